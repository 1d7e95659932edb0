// Decides cheaply whether a page is a job offer: schema.org JobPosting (JSON-LD or microdata), a known job
// board, or job words in the URL, the title or the first heading. On other pages it costs a few
// querySelector calls and string tests: it never extracts the page's text or walks the DOM.
import { findJsonLdJobPostings } from './json-ld-job-posting.js';
import { findJobBoard, JOB_BOARD_HOSTS, type JobBoardHost } from './job-board-hosts.js';

export type JobPageReason = 'json-ld' | 'microdata' | 'job-board' | 'url' | 'heading';

/** English path segments that mark a job page only as a whole segment ("/jobs/123", not "/fake-job-offers"). */
const URL_SEGMENT = /^(?:jobs?|careers?|vacanc(?:y|ies)|job-?details?|job-?listings?|viewjob|job-?posting|hiring)$/;
/** Words that mark a job page anywhere in the path or query (Indonesian, Vietnamese, Chinese, Thai). */
const URL_WORD = /lowongan|loker|tuyen-?dung|viec-?lam|tuyển|việc-làm|招聘|诚聘|誠聘|求职|รับสมัคร|สมัครงาน|[?&](?:job_?id|jobid|vacancy_?id)=/;
/**
 * Heading and title words, matched as whole words in Latin scripts on lower-cased text. Written without
 * Unicode property escapes: compiling those costs milliseconds on every page, and this test runs on all.
 */
const HEADING_WORDS = /(?:^|[^a-z0-9\u00c0-\u024f\u1e00-\u1eff])(?:hiring|vacanc(?:y|ies)|job openings?|job vacanc(?:y|ies)|now recruiting|lowongan(?: kerja)?|loker|dibutuhkan|tuyển dụng|tuyển gấp|cần tuyển|nafasi za kazi|vacante|vaga de emprego)(?:$|[^a-z0-9\u00c0-\u024f\u1e00-\u1eff])/;
/** Heading words in scripts without spaces between words: matched anywhere. */
const HEADING_CJK = /招聘|诚聘|誠聘|急招|急聘|高薪聘|รับสมัคร|ตำแหน่งงานว่าง|ជ្រើសរើសបុគ្គលិក|ဝန်ထမ်းခေါ်|채용|구인|भर्ती/;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function urlHasJobCue(url: URL): boolean {
  const path = safeDecode(url.pathname).toLowerCase();
  if (path.split('/').some((segment) => URL_SEGMENT.test(segment))) return true;
  return URL_WORD.test(path) || URL_WORD.test(safeDecode(url.search).toLowerCase());
}

function headingHasJobCue(doc: Document): boolean {
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  for (const text of [doc.title, h1.slice(0, 300)]) {
    if (text && (HEADING_WORDS.test(text.toLowerCase()) || HEADING_CJK.test(text))) return true;
  }
  return false;
}

/**
 * Why the page looks like a job offer, or null when it does not. The cheapest tests run first; JSON-LD is
 * parsed only when a script mentions JobPosting.
 */
export function detectJobPage(doc: Document, href: string, hosts: readonly JobBoardHost[] = JOB_BOARD_HOSTS): JobPageReason | null {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  if (doc.querySelector('[itemtype*="schema.org/JobPosting"]')) return 'microdata';
  if (findJsonLdJobPostings(doc).length > 0) return 'json-ld';
  if (url && findJobBoard(url.hostname, url.pathname, hosts)) return 'job-board';
  if (url && urlHasJobCue(url)) return 'url';
  if (headingHasJobCue(doc)) return 'heading';
  return null;
}
