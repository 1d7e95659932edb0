// Site adapter for Indeed (*.indeed.com): the job on a /viewjob page or in the search's job pane (one post).
// Fixture: test/fixtures/sites/indeed.html, an APPROXIMATION written from general knowledge of the site's
// DOM (#jobDescriptionText, data-testid="jobsearch-JobInfoHeader-title", inlineHeader-companyName and
// -companyLocation, #salaryInfoAndJobType), not saved from the live site. Ids and data-testid attributes
// first; the one class it relies on, jobsearch-JobComponent, is Indeed's readable component name. Reads only.
import { readFields, readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const JOB = '.jobsearch-JobComponent, [data-testid="jobsearch-ViewJobLayout"]';
const TITLE = '[data-testid="jobsearch-JobInfoHeader-title"], h1, h2.jobsearch-JobInfoHeader-title';
const FIELDS = [
  TITLE,
  '[data-testid="inlineHeader-companyName"], [data-company-name]',
  '[data-testid="inlineHeader-companyLocation"], [data-testid="job-location"]',
  '#salaryInfoAndJobType, [data-testid="jobsearch-OtherJobDetailsContainer"]',
  '#jobDetailsSection',
  '#jobDescriptionText',
];

const jobIdOf = (url: URL) => url.searchParams.get('jk') ?? url.searchParams.get('vjk');

function findRoot(doc: Document, url: URL): RootResult {
  const description = doc.getElementById('jobDescriptionText');
  const job = description?.closest(JOB) ?? doc.querySelector(JOB);
  if (job) return job;
  return jobIdOf(url) || url.pathname.startsWith('/viewjob') ? null : 'waiting';
}

function readItem(el: Element): SiteItem | null {
  const text = readFields(el, FIELDS, 50_000);
  return text ? { kind: 'post', key: null, text, title: readText(el.querySelector(TITLE), 300) } : null;
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  handles: (url) => /(^|\.)indeed\.com$/.test(url.hostname) && (url.pathname.startsWith('/viewjob') || url.pathname.startsWith('/jobs') || url.pathname.startsWith('/q-') || url.pathname === '/'),
  mode: () => 'posts',
  findRoot,
  chatId: (_root, url) => `job:${jobIdOf(url) ?? url.pathname}`,
  itemSelector: JOB,
  readItem,
  placeWarning: (itemEl, warning) => (itemEl.querySelector(TITLE)?.parentElement ?? itemEl).append(warning),
};
