// Site adapter for LinkedIn: the job on a job page or in the search's detail pane (one post), and messaging
// threads (one item per message). Fixtures: test/fixtures/sites/linkedin-job.html and linkedin-messaging.html,
// APPROXIMATIONS written from general knowledge of the site's DOM (#job-details, .jobs-details, .msg-s-*
// with --other on the other person's messages, data-event-urn), not saved from the live site. Its class names
// are LinkedIn's readable BEM names, not generated ones; ids and data attributes first. Never reads names.
import { clockTime, readFields, readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const JOB = '.jobs-details, .job-view-layout';
const JOB_FIELDS = [
  '.job-details-jobs-unified-top-card__job-title, h1',
  '.job-details-jobs-unified-top-card__company-name',
  '.job-details-jobs-unified-top-card__primary-description-container, .job-details-jobs-unified-top-card__tertiary-description-container',
  '.job-details-preferences-and-skills, .job-details-fit-level-preferences',
  '#job-details',
];
const MESSAGE = '.msg-s-event-listitem';

const isMessaging = (url: URL) => url.pathname.startsWith('/messaging/');
const jobIdOf = (url: URL) => /\/jobs\/view\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('currentJobId');

function findRoot(doc: Document, url: URL): RootResult {
  if (isMessaging(url)) {
    const list = doc.querySelector('.msg-s-message-list-content') ?? doc.querySelector('.msg-s-message-list');
    if (list) return list;
    return /\/messaging\/thread\//.test(url.pathname) ? null : 'waiting';
  }
  if (!jobIdOf(url)) return 'waiting'; // a jobs list without a selected job
  const details = doc.querySelector('#job-details');
  return details?.closest(JOB) ?? doc.querySelector(JOB);
}

function readMessage(el: Element): SiteItem | null {
  const text = readText(el.querySelector('.msg-s-event-listitem__body') ?? el.querySelector('p'));
  if (!text) return null;
  const item: SiteItem = {
    kind: 'message',
    key: el.getAttribute('data-event-urn'),
    text,
    direction: el.classList.contains('msg-s-event-listitem--other') ? 'incoming' : 'outgoing',
  };
  const time = clockTime(el.querySelector('.msg-s-message-group__timestamp')?.textContent);
  if (time) item.time = time;
  return item;
}

function readJob(el: Element): SiteItem | null {
  const text = readFields(el, JOB_FIELDS, 50_000);
  if (!text) return null;
  return { kind: 'post', key: null, text, title: readText(el.querySelector(JOB_FIELDS[0]!), 300) };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  handles: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && (isMessaging(url) || url.pathname.startsWith('/jobs/')),
  mode: (url) => (isMessaging(url) ? 'chat' : 'posts'),
  findRoot,
  chatId: (_root, url) => (isMessaging(url) ? /\/messaging\/thread\/([^/]+)/.exec(url.pathname)?.[1] ?? '' : `job:${jobIdOf(url) ?? ''}`),
  itemSelector: `${MESSAGE}, ${JOB}`,
  readItem: (el) => (el.matches(MESSAGE) ? readMessage(el) : readJob(el)),
  placeWarning: (itemEl, warning) => {
    if (itemEl.matches(MESSAGE)) itemEl.after(warning);
    else (itemEl.querySelector(JOB_FIELDS[0]!)?.parentElement ?? itemEl).append(warning);
  },
};
