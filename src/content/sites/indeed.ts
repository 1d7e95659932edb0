// Site adapter for Indeed (*.indeed.com): the job on a /viewjob page (one post), and on a search page every
// job card of the results list (one post each, keyed by its data-jk) plus the job pane beside it. Fixtures:
// test/fixtures/sites/indeed.html and indeed-search.html, APPROXIMATIONS written from general knowledge of the
// site's DOM (#jobDescriptionText, data-testid="jobsearch-JobInfoHeader-title", inlineHeader-companyName;
// #mosaic-provider-jobcards cards with a[data-jk], data-testid company-name / text-location / jobsnippet_footer),
// not saved from the live site. Ids, data-jk and data-testid first; its readable class names (jobsearch-
// JobComponent, job_seen_beacon) are Indeed's component names, not generated ones. Reads only.
import { listRoot, readFields, readText, searchKey, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

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
/** One result card; the inner of two nested matches is skipped. */
const CARD = '[data-testid="slider_item"], .job_seen_beacon';
/** The title link (role="button", so a card's text skips it: it is read on its own). */
const CARD_TITLE = '[data-jk]';
const CARD_FIELDS = [
  CARD_TITLE,
  '[data-testid="company-name"]',
  '[data-testid="text-location"]',
  '.jobMetaDataGroup, [data-testid="attribute_snippet_testid"]',
  '[data-testid="jobsnippet_footer"], .job-snippet',
];
const LIST = '#mosaic-provider-jobcards, #mosaic-jobResults';

const jobIdOf = (url: URL) => url.searchParams.get('jk') ?? url.searchParams.get('vjk');

function findRoot(doc: Document, url: URL): RootResult {
  const description = doc.getElementById('jobDescriptionText');
  const job = description?.closest(JOB) ?? doc.querySelector(JOB);
  const list = doc.querySelector(LIST) ?? doc.querySelector('[data-jk]')?.closest('ul');
  if (list) return listRoot(list, job);
  if (job) return job;
  return jobIdOf(url) || url.pathname.startsWith('/viewjob') ? null : 'waiting';
}

function readCard(el: Element): SiteItem | null {
  const link = el.querySelector('[data-jk]');
  if (!link || el.parentElement?.closest(CARD)) return null;
  const text = readFields(el, CARD_FIELDS, 20_000);
  return text ? { kind: 'post', key: link.getAttribute('data-jk'), text, title: readText(el.querySelector(CARD_TITLE), 300) } : null;
}

function readItem(el: Element): SiteItem | null {
  if (el.matches(CARD)) return readCard(el);
  const text = readFields(el, FIELDS, 50_000);
  return text ? { kind: 'post', key: null, text, title: readText(el.querySelector(TITLE), 300) } : null;
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  handles: (url) => /(^|\.)indeed\.com$/.test(url.hostname) && (url.pathname.startsWith('/viewjob') || url.pathname.startsWith('/jobs') || url.pathname.startsWith('/q-') || url.pathname === '/'),
  mode: () => 'posts',
  findRoot,
  // A results list keeps its id while the user picks jobs in it (the pane's new job is a changed item).
  chatId: (root, url) => (root.matches(JOB) ? `job:${jobIdOf(url) ?? url.pathname}` : searchKey(url, 'vjk')),
  itemSelector: `${JOB}, ${CARD}`,
  readItem,
  placeWarning: (itemEl, warning) => {
    // A card: below it in its list entry, outside the clickable card.
    if (itemEl.matches(CARD)) (itemEl.closest('li') ?? itemEl.parentElement ?? itemEl).append(warning);
    else (itemEl.querySelector(TITLE)?.parentElement ?? itemEl).append(warning);
  },
};
