// The job-offer detector: structured data (JSON-LD including @graph and arrays, microdata), known job
// boards, URL and heading cues in several languages, and pages that are not offers (news about scam
// compounds, a blog, a shop) — on which it must not read the page's text.
import { describe, expect, it, vi } from 'vitest';
import { findJobBoard } from '../../src/content/job-board-hosts.js';
import { detectJobPage, hasWord } from '../../src/content/job-page-detector.js';
import { fixture, parseHtml } from './content-helpers.js';

const page = (head: string, body = '<p>Hello</p>') => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const NEUTRAL_URL = 'https://www.example.org/p/123';

describe('detectJobPage: structured data', () => {
  it('finds a JobPosting in JSON-LD', () => {
    expect(detectJobPage(fixture('scam-compound-offer.html'), NEUTRAL_URL)).toBe('json-ld');
  });

  it('finds a JobPosting inside @graph in an array of JSON-LD blocks', () => {
    expect(detectJobPage(fixture('legit-overseas-job.html'), NEUTRAL_URL)).toBe('json-ld');
  });

  it('accepts @type given as an array or as a full schema.org URL', () => {
    expect(detectJobPage(page(jsonLd({ '@type': ['Thing', 'JobPosting'], title: 'x' })), NEUTRAL_URL)).toBe('json-ld');
    expect(detectJobPage(page(jsonLd({ '@type': 'https://schema.org/JobPosting', title: 'x' })), NEUTRAL_URL)).toBe('json-ld');
  });

  it('ignores malformed JSON-LD and JSON-LD that only mentions the word', () => {
    expect(detectJobPage(page('<script type="application/ld+json">{"@type": "JobPosting", oops</script>'), NEUTRAL_URL)).toBeNull();
    expect(detectJobPage(page(jsonLd({ '@type': 'Article', headline: 'What a JobPosting is' })), NEUTRAL_URL)).toBeNull();
  });

  it('finds microdata JobPosting', () => {
    expect(detectJobPage(fixture('lowongan-microdata.html'), NEUTRAL_URL)).toBe('microdata');
    expect(detectJobPage(page('', '<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Cook</h1></div>'), NEUTRAL_URL)).toBe('microdata');
  });
});

describe('detectJobPage: hosts, URLs and headings', () => {
  it.each([
    'https://id.jobstreet.com/id/job/12345678',
    'https://www.jobstreet.com.my/job/555',
    'https://glints.com/id/opportunities/jobs/abc',
    'https://www.topcv.vn/viec-lam/abc.html',
    'https://www.104.com.tw/job/7abcd',
    'https://www.linkedin.com/jobs/view/123',
    'https://www.brightermonday.co.ke/listings/x',
  ])('treats a job-board URL as an offer: %s', (url) => {
    expect(detectJobPage(page('<title>Anything</title>'), url)).not.toBeNull();
  });

  it('matches hosts by suffix on a dot boundary and respects path-scoped entries', () => {
    expect(findJobBoard('vn.indeed.com', '/viewjob')).not.toBeNull();
    expect(findJobBoard('notindeed.com', '/')).toBeNull();
    expect(findJobBoard('www.linkedin.com', '/feed/')).toBeNull();
    expect(findJobBoard('www.linkedin.com', '/jobs/view/1')).not.toBeNull();
  });

  it.each([
    'https://example.com/jobs/4411',
    'https://example.com/careers/customer-service',
    'https://example.com/vacancy/12',
    'https://example.co.id/lowongan-kerja-admin-kamboja',
    'https://example.vn/tuyen-dung/nhan-vien-cskh',
    'https://example.vn/viec-lam-nuoc-ngoai',
    'https://example.cn/%E6%8B%9B%E8%81%98/123',
    'https://example.com/view?jobid=991',
  ])('treats a URL with a job cue as an offer: %s', (url) => {
    expect(detectJobPage(page('<title>Page</title>'), url)).toBe('url');
  });

  it.each([
    ['<title>We are hiring: data entry staff</title>', ''],
    ['<title>Page</title>', '<h1>Lowongan kerja admin online</h1>'],
    ['<title>Tuyển dụng nhân viên chăm sóc khách hàng</title>', ''],
    ['<title>高薪招聘客服</title>', ''],
    ['<title>รับสมัครพนักงานแอดมิน</title>', ''],
    ['<title>Vacancies at our Bangkok office</title>', ''],
  ])('treats a page whose title or heading is a job ad as an offer: %s %s', (head, body) => {
    expect(detectJobPage(page(head, body), NEUTRAL_URL)).toBe('heading');
  });

  it('does not take "job" inside a news slug or headline as a cue', () => {
    expect(detectJobPage(page('<title>Fake job offers lure hundreds abroad</title>'), 'https://news.example.com/2026/02/fake-job-offers-lure-hundreds')).toBeNull();
  });
});

describe('detectJobPage: pages that are not offers', () => {
  it.each([
    ['news-scam-compounds.html', 'https://news.example.com/world/2026/02/14/rescued-workers-scam-compounds'],
    ['plain-page.html', 'https://greencorner.example.net/2026/01/chillies-on-a-balcony'],
    ['shop-page.html', 'https://shop.example.com/products/water-bottle-750'],
  ])('%s is not an offer', (name, url) => {
    expect(detectJobPage(fixture(name), url)).toBeNull();
  });

  it('reads no page text on a page that is not an offer: only JSON-LD scripts and the first heading', () => {
    const doc = fixture('news-scam-compounds.html');
    const read: string[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    const spy = vi.spyOn(Node.prototype, 'textContent', 'get').mockImplementation(function (this: Node) {
      read.push(this.nodeName);
      return descriptor.get!.call(this) as string | null;
    });
    const all = vi.spyOn(doc, 'querySelectorAll');
    try {
      expect(detectJobPage(doc, 'https://news.example.com/world/a')).toBeNull();
    } finally {
      spy.mockRestore();
    }
    expect(new Set(read)).toEqual(new Set(['SCRIPT', 'H1']));
    // One query for JSON-LD scripts; no broad element scans.
    expect(all.mock.calls.map((c) => c[0])).toEqual(['script[type="application/ld+json"]']);
  });

  it('survives an invalid URL', () => {
    expect(detectJobPage(fixture('plain-page.html'), 'not a url')).toBeNull();
  });
});

describe('detectJobPage: cheap string tests', () => {
  it('matches heading words only as whole words, also next to accented letters', () => {
    expect(hasWord('we are hiring now', 'hiring')).toBe(true);
    expect(hasWord('rehiring policy', 'hiring')).toBe(false);
    expect(hasWord('hiringé', 'hiring')).toBe(false);
    expect(hasWord('cần tuyển gấp', 'cần tuyển')).toBe(true);
  });

  it('reads host, path and query from the address itself (ports, user info, fragments, other schemes)', () => {
    const doc = page('<title>Page</title>');
    expect(detectJobPage(doc, 'https://user@www.glints.com:8443/id/x#top')).toBe('job-board');
    expect(detectJobPage(doc, 'HTTPS://example.com/Jobs/1')).toBe('url');
    expect(detectJobPage(doc, 'https://example.com/search?q=lowongan+admin')).toBe('url');
    expect(detectJobPage(doc, 'https://example.com/page#jobs')).toBeNull();
    expect(detectJobPage(doc, 'ftp://example.com/jobs/1')).toBeNull();
  });
});
