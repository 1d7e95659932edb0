// Site adapter for LinkedIn: the job on a job page (one post); on a jobs search or collection, every job card
// of the list (one post each, keyed by data-occludable-job-id) plus the detail pane; and messaging threads (one
// item per message). Fixtures: test/fixtures/sites/linkedin-job.html, linkedin-search.html and
// linkedin-messaging.html, APPROXIMATIONS written from general knowledge of the site's DOM (#job-details,
// .jobs-details, .scaffold-layout__list cards with artdeco-entity-lockup title / subtitle / caption / metadata,
// .msg-s-* with --other on the other person's messages, data-event-urn), not saved from the live site. Its class
// names are LinkedIn's readable BEM names, not generated ones; ids and data attributes first. Never reads names.
import { clockTime, listRoot, readFields, readText, searchKey, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const JOB = '.jobs-details, .job-view-layout';
const JOB_FIELDS = [
  '.job-details-jobs-unified-top-card__job-title, h1',
  '.job-details-jobs-unified-top-card__company-name',
  '.job-details-jobs-unified-top-card__primary-description-container, .job-details-jobs-unified-top-card__tertiary-description-container',
  '.job-details-preferences-and-skills, .job-details-fit-level-preferences',
  '#job-details',
];
const MESSAGE = '.msg-s-event-listitem';
/** A card: LinkedIn keeps the list entry (emptied while off screen) and fills it when it scrolls into view. */
const CARD = '[data-occludable-job-id]';
const CARD_TITLE = '.job-card-list__title--link, .job-card-container__link, .artdeco-entity-lockup__title a';
const CARD_FIELDS = ['.artdeco-entity-lockup__subtitle', '.artdeco-entity-lockup__caption', '.artdeco-entity-lockup__metadata'];

const isMessaging = (url: URL) => url.pathname.startsWith('/messaging/');
const jobIdOf = (url: URL) => /\/jobs\/view\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('currentJobId');

function findRoot(doc: Document, url: URL): RootResult {
  if (isMessaging(url)) {
    const list = doc.querySelector('.msg-s-message-list-content') ?? doc.querySelector('.msg-s-message-list');
    if (list) return list;
    return /\/messaging\/thread\//.test(url.pathname) ? null : 'waiting';
  }
  const details = doc.querySelector('#job-details')?.closest(JOB) ?? doc.querySelector(JOB);
  const list = doc.querySelector('.scaffold-layout__list, .jobs-search-results-list');
  if (list) return listRoot(list, details);
  if (!jobIdOf(url)) return 'waiting'; // a jobs page still loading its list
  return details;
}

function readCard(el: Element): SiteItem | null {
  const link = el.querySelector(CARD_TITLE);
  const title = readText(link, 300) || (link?.getAttribute('aria-label') ?? '').trim();
  const rest = readFields(el, CARD_FIELDS, 5_000);
  if (!title) return null; // not yet filled in
  return { kind: 'post', key: el.getAttribute('data-occludable-job-id'), text: rest ? `${title}\n${rest}` : title, title };
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
  if (el.querySelector(JOB)) return null; // a layout around the job: the inner one is read
  const text = readFields(el, JOB_FIELDS, 50_000);
  if (!text) return null;
  return { kind: 'post', key: null, text, title: readText(el.querySelector(JOB_FIELDS[0]!), 300) };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  handles: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && (isMessaging(url) || url.pathname.startsWith('/jobs/')),
  mode: (url) => (isMessaging(url) ? 'chat' : 'posts'),
  findRoot,
  chatId: (root, url) => {
    if (isMessaging(url)) return /\/messaging\/thread\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    // A list keeps its id while the user picks jobs in it (the pane's new job is a changed item).
    return root.matches(JOB) ? `job:${jobIdOf(url) ?? ''}` : searchKey(url, 'currentJobId');
  },
  itemSelector: `${MESSAGE}, ${JOB}, ${CARD}`,
  readItem: (el) => (el.matches(MESSAGE) ? readMessage(el) : el.matches(CARD) ? readCard(el) : readJob(el)),
  placeWarning: (itemEl, warning) => {
    // A message or a card: right after it (a card's list entry is emptied off screen, the warning stays).
    if (itemEl.matches(MESSAGE) || itemEl.matches(CARD)) itemEl.after(warning);
    else (itemEl.querySelector(JOB_FIELDS[0]!)?.parentElement ?? itemEl).append(warning);
  },
};
