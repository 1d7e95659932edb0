// Decides cheaply whether a page is a job offer: schema.org JobPosting (JSON-LD or microdata), a known job
// board, or job words in the URL, the title or the first heading. It runs on every page, so on other pages
// it costs one structured-data query, a heading query and a few string searches: no regular expression to
// compile, no URL object, and it never extracts the page's text or walks the DOM.
import { findJsonLdJobPostings } from './json-ld-job-posting.js';
import { findJobBoard } from './job-board-hosts.js';

export type JobPageReason = 'json-ld' | 'microdata' | 'job-board' | 'url' | 'heading';

const MICRODATA = '[itemtype*="schema.org/JobPosting"]';
const STRUCTURED = `${MICRODATA}, script[type="application/ld+json"]`;

/** English path segments that mark a job page only as a whole segment ("/jobs/123", not "/fake-job-offers"), between spaces. */
const URL_SEGMENTS = ' job jobs career careers vacancy vacancies jobdetail job-detail jobdetails job-details joblisting job-listing ' +
  'joblistings job-listings viewjob jobposting job-posting hiring ';
/** Words that mark a job page anywhere in the path or query (Indonesian, Vietnamese, Chinese, Thai). */
const URL_WORDS = ['lowongan', 'loker', 'tuyen-dung', 'tuyendung', 'viec-lam', 'vieclam', 'tuyển', 'việc-làm', '招聘', '诚聘', '誠聘', '求职', 'รับสมัคร', 'สมัครงาน'];
/** Query parameters that name a job. */
const URL_PARAMS = ['job_id=', 'jobid=', 'vacancy_id=', 'vacancyid='];
/** Heading and title words, matched as whole words in Latin scripts on lower-cased text. */
const HEADING_WORDS = ['hiring', 'vacancy', 'vacancies', 'job opening', 'job openings', 'now recruiting', 'lowongan', 'loker', 'dibutuhkan',
  'tuyển dụng', 'tuyển gấp', 'cần tuyển', 'nafasi za kazi', 'vacante', 'vaga de emprego'];
/** Heading words in scripts without spaces between words: matched anywhere. */
const HEADING_ANYWHERE = ['招聘', '诚聘', '誠聘', '急招', '急聘', '高薪聘', 'รับสมัคร', 'ตำแหน่งงานว่าง', 'ជ្រើសរើសបុគ្គលិក', 'ဝန်ထမ်းခေါ်', '채용', '구인', 'भर्ती'];

/** Latin letters (with the accented blocks Vietnamese and Indonesian use) and digits: what makes up a word. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** True when `word` occurs in `text` with no word character right before or after it. */
export function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)))) return true;
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Host, path and query of an http(s) address, without building a URL object; null for anything else. */
function splitUrl(href: string): { host: string; path: string; search: string } | null {
  const scheme = href.indexOf('://');
  const name = scheme === -1 ? '' : href.slice(0, scheme).toLowerCase();
  if (name !== 'http' && name !== 'https') return null;
  const rest = href.slice(scheme + 3);
  const hash = rest.indexOf('#');
  const address = hash === -1 ? rest : rest.slice(0, hash);
  const query = address.indexOf('?');
  const beforeQuery = query === -1 ? address : address.slice(0, query);
  const slash = beforeQuery.indexOf('/');
  let host = slash === -1 ? beforeQuery : beforeQuery.slice(0, slash);
  host = host.slice(host.lastIndexOf('@') + 1);
  if (!host.startsWith('[')) host = host.split(':')[0]!;
  return { host, path: slash === -1 ? '/' : beforeQuery.slice(slash), search: query === -1 ? '' : address.slice(query) };
}

function urlHasJobCue(path: string, search: string): boolean {
  const decoded = safeDecode(path).toLowerCase();
  if (decoded.split('/').some((segment) => segment !== '' && URL_SEGMENTS.includes(` ${segment} `))) return true;
  const query = safeDecode(search).toLowerCase();
  if (URL_WORDS.some((word) => decoded.includes(word) || query.includes(word))) return true;
  return URL_PARAMS.some((param) => query.includes(`?${param}`) || query.includes(`&${param}`));
}

/**
 * The text of the page's first h1. Read through XPath: that returns a string without creating a wrapper for
 * the heading element, which costs about half a millisecond in a content script's fresh isolated world.
 */
function firstHeading(doc: Document): string {
  try {
    return doc.evaluate('string(//h1[1])', doc, null, 2 /* XPathResult.STRING_TYPE */, null).stringValue;
  } catch {
    return doc.querySelector('h1')?.textContent ?? '';
  }
}

function headingHasJobCue(doc: Document): boolean {
  const h1 = firstHeading(doc);
  for (const text of [doc.title, h1.slice(0, 300)]) {
    if (!text) continue;
    const lower = text.toLowerCase();
    if (HEADING_WORDS.some((word) => hasWord(lower, word)) || HEADING_ANYWHERE.some((word) => text.includes(word))) return true;
  }
  return false;
}

/**
 * Why the page looks like a job offer, or null when it does not. One query answers whether the page has
 * structured data at all; JSON-LD is parsed only when a script mentions JobPosting.
 */
export function detectJobPage(doc: Document, href: string): JobPageReason | null {
  if (doc.querySelector(STRUCTURED) !== null) {
    if (doc.querySelector(MICRODATA)) return 'microdata';
    if (findJsonLdJobPostings(doc).length > 0) return 'json-ld';
  }
  const url = splitUrl(href);
  if (url && findJobBoard(url.host, url.path)) return 'job-board';
  if (url && urlHasJobCue(url.path, url.search)) return 'url';
  if (headingHasJobCue(doc)) return 'heading';
  return null;
}
