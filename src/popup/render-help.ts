// Renders "Get help" in the popup: "contact your embassy or consulate" first (for someone already abroad it
// is the first call), then the hotlines for the user's country, for each destination country the offer
// names, and worldwide, each with organisation, numbers exactly as in assets/hotlines.json, scope, source
// link and verified date. Text nodes only; never rewrites a number. Directory and translations passed in.
import { selectHotlines, type HotlineContactKind, type HotlineEntry } from '../shared/hotlines.js';
import type { Translate } from '../shared/localize-page.js';
import { element } from './render-verdict.js';

const KIND_KEYS: Record<HotlineContactKind, string> = {
  phone: 'hotlineKindPhone',
  sms: 'hotlineKindSms',
  whatsapp: 'hotlineKindWhatsapp',
  web: 'hotlineKindWeb',
  email: 'hotlineKindEmail',
};

export interface HelpInput {
  entries: readonly HotlineEntry[];
  userCountry: string | null;
  destinations: readonly string[];
  /** Country code → name in the UI language (Intl.DisplayNames); falls back to the directory's English name. */
  countryName: (code: string) => string | undefined;
}

/** An http(s) link that opens in a new tab; anything else becomes plain text. */
function link(doc: Document, href: string, text: string): HTMLElement {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return element(doc, 'span', text);
  const a = element(doc, 'a', text);
  a.href = url.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function renderContact(doc: Document, contact: HotlineEntry['contacts'][number], t: Translate): HTMLElement {
  const li = element(doc, 'li', undefined, 'contact');
  li.append(element(doc, 'span', `${t(KIND_KEYS[contact.kind])}: `, 'contact-kind'));
  const value = contact.kind === 'web'
    ? link(doc, /^https?:\/\//i.test(contact.value) ? contact.value : `https://${contact.value}`, contact.value)
    : element(doc, 'span', contact.value);
  value.classList.add('contact-value');
  value.dataset.testid = 'hotline-number';
  li.append(value);
  if (contact.note) li.append(element(doc, 'span', ` (${contact.note})`, 'contact-note'));
  return li;
}

export function renderHotline(doc: Document, entry: HotlineEntry, t: Translate): HTMLElement {
  const li = element(doc, 'li', undefined, 'hotline');
  li.dataset.testid = 'hotline';
  li.dataset.country = entry.country;
  li.append(element(doc, 'strong', entry.organisation, 'organisation'));
  const contacts = element(doc, 'ul', undefined, 'contacts');
  for (const contact of entry.contacts) contacts.append(renderContact(doc, contact, t));
  li.append(contacts);
  if (entry.scope) li.append(element(doc, 'p', t('hotlineScope', entry.scope), 'scope'));
  if (entry.verdictNote) li.append(element(doc, 'p', t('hotlineNote', entry.verdictNote), 'scope'));
  if (entry.hours) li.append(element(doc, 'p', t('hotlineHours', entry.hours), 'hours'));
  const source = element(doc, 'p', undefined, 'source');
  source.append(link(doc, entry.source, t('hotlineSource')), element(doc, 'span', ` · ${entry.verified === null ? t('hotlineVerifiedUnknown') : t('hotlineVerified', entry.verified)}`));
  li.append(source);
  return li;
}

function group(doc: Document, heading: string, entries: readonly HotlineEntry[], t: Translate, emptyText?: string): HTMLElement {
  const section = element(doc, 'section', undefined, 'hotline-group');
  section.append(element(doc, 'h3', heading));
  if (entries.length === 0) {
    if (emptyText) section.append(element(doc, 'p', emptyText, 'status'));
    return section;
  }
  const list = element(doc, 'ul', undefined, 'hotlines');
  for (const entry of entries) list.append(renderHotline(doc, entry, t));
  section.append(list);
  return section;
}

export function renderHelp(doc: Document, input: HelpInput, t: Translate): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const embassy = element(doc, 'p', t('helpEmbassy'), 'embassy');
  embassy.dataset.testid = 'help-embassy';
  fragment.append(embassy);
  const selection = selectHotlines(input.entries, { userCountry: input.userCountry, destinationCountries: input.destinations });
  const name = (code: string) =>
    input.countryName(code) ?? input.entries.find((e) => e.country === code)?.countryName ?? code;
  if (input.userCountry === null) {
    fragment.append(element(doc, 'p', t('helpNoCountry'), 'status'));
  } else {
    fragment.append(group(doc, t('helpForCountry', name(input.userCountry)), selection.forUser, t, t('helpNoLines', name(input.userCountry))));
  }
  const shown = new Set<string>(input.userCountry === null ? [] : [input.userCountry]);
  for (const code of input.destinations) {
    const upper = code.toUpperCase();
    if (shown.has(upper) || !/^[A-Z]{2}$/.test(upper)) continue;
    shown.add(upper);
    const entries = selection.forDestinations.filter((e) => e.country === upper);
    fragment.append(group(doc, t('helpForDestination', name(upper)), entries, t, t('helpNoLinesDestination', name(upper))));
  }
  if (selection.global.length > 0) fragment.append(group(doc, t('helpWorldwide'), selection.global, t));
  return fragment;
}
