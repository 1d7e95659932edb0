// Site adapter for JobStreet (SEEK's platform: *.jobstreet.com and the older country domains): the job on a
// job page (one post), and on a search page every job card of the results (one post each, keyed by its
// data-job-id) plus the detail pane beside them. Fixtures: test/fixtures/sites/jobstreet.html and
// jobstreet-search.html, APPROXIMATIONS written from general knowledge of SEEK's DOM, which marks its parts
// with data-automation attributes (job-detail-title, advertiser-name, jobAdDetails; normalJob / premiumJob
// cards with jobTitle, jobCompany, jobLocation, jobSalary, jobShortDescription), not saved from the live site.
// Data attributes only. Reads only.
import { listRoot, readFields, readText, searchKey, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const JOB = '[data-automation="jobDetailsPage"], [data-automation="splitViewJobDetailsWrapper"]';
const TITLE = '[data-automation="job-detail-title"]';
const FIELDS = [
  TITLE,
  '[data-automation="advertiser-name"]',
  '[data-automation="job-detail-location"]',
  '[data-automation="job-detail-classifications"]',
  '[data-automation="job-detail-work-type"]',
  '[data-automation="job-detail-salary"]',
  '[data-automation="jobAdDetails"]',
];
const CARD = 'article[data-job-id], [data-automation="normalJob"], [data-automation="premiumJob"]';
const at = (name: string) => `[data-automation="${name}"]`;
const CARD_FIELDS = ['jobTitle', 'jobCompany', 'jobCardLocation"], [data-automation="jobLocation', 'jobSalary', 'jobShortDescription'].map(at);

const jobIdOf = (url: URL) => /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('jobId');

function findRoot(doc: Document, url: URL): RootResult {
  const details = doc.querySelector('[data-automation="jobAdDetails"]');
  const job = details?.closest(JOB) ?? doc.querySelector(JOB);
  const cards = doc.querySelectorAll(CARD);
  const list = doc.querySelector(at('searchResults')) ?? (cards.length > 0 ? listRoot(cards[0]!, cards[cards.length - 1]!) : null);
  if (list) return listRoot(list, job);
  if (job) return job;
  return jobIdOf(url) ? null : 'waiting';
}

function readItem(el: Element): SiteItem | null {
  if (el.matches(CARD)) {
    const text = readFields(el, CARD_FIELDS, 20_000);
    return text ? { kind: 'post', key: el.getAttribute('data-job-id'), text, title: readText(el.querySelector(CARD_FIELDS[0]!), 300) } : null;
  }
  if (el.querySelector(JOB)) return null; // the pane's wrapper around the job: the inner one is read
  const text = readFields(el, FIELDS, 50_000);
  return text ? { kind: 'post', key: null, text, title: readText(el.querySelector(TITLE), 300) } : null;
}

export const jobstreet: SiteAdapter = {
  id: 'jobstreet',
  handles: (url) => /(^|\.)jobstreet\.(?:com|co\.id|com\.my|com\.ph|com\.sg)$/.test(url.hostname),
  mode: () => 'posts',
  findRoot,
  // A results list keeps its id while the user picks jobs in it (the pane's new job is a changed item).
  chatId: (root, url) => (root.matches(JOB) ? `job:${jobIdOf(url) ?? url.pathname}` : searchKey(url, 'jobId', 'type')),
  itemSelector: `${JOB}, ${CARD}`,
  readItem,
  placeWarning: (itemEl, warning) => (itemEl.matches(CARD) ? itemEl : (itemEl.querySelector(TITLE) ?? itemEl)).after(warning),
};
