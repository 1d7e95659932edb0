// Site adapter for JobStreet (SEEK's platform: *.jobstreet.com and the older country domains): the job on a
// job page or in the search's detail pane (one post). Fixture: test/fixtures/sites/jobstreet.html, an
// APPROXIMATION written from general knowledge of the site's DOM, which marks its parts with data-automation
// attributes (job-detail-title, advertiser-name, job-detail-location, job-detail-salary, jobAdDetails), not
// saved from the live site. Data attributes only. Reads only.
import { readFields, readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

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

const jobIdOf = (url: URL) => /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('jobId');

function findRoot(doc: Document, url: URL): RootResult {
  const details = doc.querySelector('[data-automation="jobAdDetails"]');
  const job = details?.closest(JOB) ?? doc.querySelector(JOB);
  if (job) return job;
  return jobIdOf(url) ? null : 'waiting';
}

function readItem(el: Element): SiteItem | null {
  const text = readFields(el, FIELDS, 50_000);
  return text ? { kind: 'post', key: null, text, title: readText(el.querySelector(TITLE), 300) } : null;
}

export const jobstreet: SiteAdapter = {
  id: 'jobstreet',
  handles: (url) => /(^|\.)jobstreet\.(?:com|co\.id|com\.my|com\.ph|com\.sg)$/.test(url.hostname),
  mode: () => 'posts',
  findRoot,
  chatId: (_root, url) => `job:${jobIdOf(url) ?? url.pathname}`,
  itemSelector: JOB,
  readItem,
  placeWarning: (itemEl, warning) => (itemEl.querySelector(TITLE) ?? itemEl).after(warning),
};
