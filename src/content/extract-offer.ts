// Extracts the text of a job offer from a page for scoring: JSON-LD JobPosting fields first (title,
// employer, location, salary, description and the like), else the microdata JobPosting, else the page's
// main content; capped in length. Pure DOM reading on the Document it is given: never modifies the page,
// never inserts page text as HTML (descriptions are parsed inertly with DOMParser), never logs.
import { findJsonLdJobPostings, isObject, type JsonObject } from './json-ld-job-posting.js';
import { htmlToText, mainContentElement, textOfElement } from './page-text.js';

export const MAX_OFFER_LENGTH = 200_000;

export interface ExtractedOffer {
  kind: 'job-offer';
  title: string;
  text: string;
  /** Where the text came from. */
  source: 'json-ld' | 'microdata' | 'main-content';
}

/** Below this many characters a structured description is too thin to score alone; the main content is added. */
const THIN_DESCRIPTION = 80;
const TITLE_MAX = 300;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A name-like value: a string, or an object's name (Organization, Place, Country). */
function nameOf(value: unknown): string {
  if (isObject(value)) return str(value.name) || str(value['@value']);
  return str(value);
}

function addressText(value: unknown): string {
  if (!isObject(value)) return str(value);
  const parts = ['streetAddress', 'addressLocality', 'addressRegion', 'addressCountry'].map((key) => nameOf(value[key]));
  return parts.filter((p) => p !== '').join(', ');
}

function locationText(value: unknown): string {
  return asList(value)
    .map((place) => (isObject(place) ? addressText(place.address) || nameOf(place) : str(place)))
    .filter((p) => p !== '')
    .join('; ');
}

const UNIT_WORDS: Record<string, string> = { HOUR: 'per hour', DAY: 'per day', WEEK: 'per week', MONTH: 'per month', YEAR: 'per year' };

/** "USD 1500-2500 per month" from a MonetaryAmount (value a number or a QuantitativeValue). */
function salaryText(value: unknown): string {
  return asList(value)
    .map((amount) => {
      if (!isObject(amount)) return str(amount);
      const currency = str(amount.currency);
      const inner = amount.value;
      let figure = '';
      let unit = str(amount.unitText);
      if (isObject(inner)) {
        const min = str(inner.minValue);
        const max = str(inner.maxValue);
        figure = min && max ? `${min}-${max}` : str(inner.value) || min || max;
        unit = str(inner.unitText) || unit;
      } else {
        figure = str(inner);
      }
      if (!figure) return '';
      const period = UNIT_WORDS[unit.toUpperCase()] ?? unit.toLowerCase();
      return [currency, figure, period].filter((p) => p !== '').join(' ');
    })
    .filter((p) => p !== '')
    .join('; ');
}

const TEXT_FIELDS = ['responsibilities', 'qualifications', 'skills', 'experienceRequirements', 'educationRequirements', 'jobBenefits', 'incentiveCompensation'];

function jsonLdText(posting: JsonObject, maxLength: number): { title: string; text: string; thin: boolean } {
  const title = htmlToText(str(posting.title) || str(posting.name), TITLE_MAX);
  const description = htmlToText(str(posting.description), maxLength);
  const lines = [
    title,
    nameOf(posting.hiringOrganization),
    locationText(posting.jobLocation),
    locationText(posting.applicantLocationRequirements),
    salaryText(posting.baseSalary) || salaryText(posting.estimatedSalary),
    asList(posting.employmentType).map(str).filter(Boolean).join(', '),
    description,
    ...TEXT_FIELDS.flatMap((field) => asList(posting[field]).map((v) => htmlToText(nameOf(v), maxLength))),
  ];
  return { title, text: lines.filter((line) => line !== '').join('\n'), thin: description.length < THIN_DESCRIPTION };
}

/** Values that microdata keeps in attributes rather than text (meta content, time datetime). */
function microdataAttributeValues(root: Element): string[] {
  const values: string[] = [];
  for (const meta of root.querySelectorAll('meta[itemprop][content]')) {
    const prop = meta.getAttribute('itemprop') ?? '';
    if (/^(?:title|name|currency|value|minValue|maxValue|unitText|addressLocality|addressRegion|addressCountry|employmentType)$/.test(prop)) {
      values.push(meta.getAttribute('content') ?? '');
    }
  }
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

function microdataTitle(root: Element): string {
  const el = root.querySelector('[itemprop~="title"]');
  if (!el) return '';
  return (el.getAttribute('content') ?? textOfElement(el, TITLE_MAX)).trim();
}

function pageTitle(doc: Document): string {
  const h1 = doc.querySelector('h1');
  const text = h1 ? textOfElement(h1, TITLE_MAX) : '';
  return (text || doc.title || '').replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX);
}

function capped(text: string, maxLength: number): string {
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

/** The offer's title and text, taken from the best source the page has. Empty text when the page has none. */
export function extractOffer(doc: Document, maxLength: number = MAX_OFFER_LENGTH): ExtractedOffer {
  const [posting] = findJsonLdJobPostings(doc);
  if (posting) {
    const fields = jsonLdText(posting, maxLength);
    let text = fields.text;
    if (fields.thin) {
      const main = mainContentElement(doc);
      if (main) text = `${text}\n${textOfElement(main, maxLength)}`;
    }
    return { kind: 'job-offer', title: fields.title || pageTitle(doc), text: capped(text, maxLength), source: 'json-ld' };
  }
  const root = doc.querySelector('[itemtype*="schema.org/JobPosting"]');
  if (root) {
    const title = microdataTitle(root) || pageTitle(doc);
    const body = textOfElement(root, maxLength);
    const text = [title && !body.startsWith(title) ? title : '', body, ...microdataAttributeValues(root)].filter((p) => p !== '').join('\n');
    return { kind: 'job-offer', title, text: capped(text, maxLength), source: 'microdata' };
  }
  const title = pageTitle(doc);
  const main = mainContentElement(doc);
  const body = main ? textOfElement(main, maxLength) : '';
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return { kind: 'job-offer', title, text: capped(text.trim(), maxLength), source: 'main-content' };
}
