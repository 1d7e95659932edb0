// Offer extraction: JSON-LD fields (title, employer, location, salary, description HTML as plain text),
// microdata, the main-content fallback, scripts and styles ignored, and the length cap. Nothing from the
// extracted HTML ever reaches the live document.
import { describe, expect, it } from 'vitest';
import { extractOffer, MAX_OFFER_LENGTH } from '../../src/content/extract-offer.js';
import { htmlToText, mainContentElement } from '../../src/content/page-text.js';
import { fixture, parseHtml } from './content-helpers.js';

const page = (head: string, body: string) => parseHtml(`<!doctype html><html><head><title>Site title</title>${head}</head><body>${body}</body></html>`);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`;

describe('extractOffer from JSON-LD', () => {
  it('takes title, employer, location, salary and description from the JobPosting', () => {
    const offer = extractOffer(fixture('scam-compound-offer.html'));
    expect(offer.kind).toBe('job-offer');
    expect(offer.source).toBe('json-ld');
    expect(offer.title).toBe('Customer Service Representative (Overseas)');
    const lines = offer.text.split('\n');
    expect(lines[0]).toBe('Customer Service Representative (Overseas)');
    expect(lines).toContain('Golden Bridge Network Co., Ltd.');
    expect(lines).toContain('Sihanoukville, KH');
    expect(lines).toContain('USD 1500-2800 per month');
    expect(lines).toContain('Free flight ticket, visa and accommodation provided by the company');
    expect(offer.text).toContain('contact HR on Telegram @gbn_hr_fast');
  });

  it('turns description HTML into text without markup, and never touches the live document', () => {
    const marker = `lg-${Math.random().toString(36).slice(2)}`;
    const doc = page(jsonLd({
      '@type': 'JobPosting',
      title: 'Typist',
      description: `<p>Line one &amp; more</p><img src="x" onerror="document.body.dataset.${marker}='1'"><script>window.pwned=1</script><ul><li>Point A</li><li>Point B</li></ul>`,
    }), '<main><p>Short.</p></main>');
    const before = document.body.innerHTML;
    const offer = extractOffer(doc);
    expect(offer.text).toBe('Typist\nLine one & more\nPoint A\nPoint B\nShort.'); // thin description: the page's main text follows
    expect(offer.text).not.toMatch(/[<>]/);
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.dataset[marker]).toBeUndefined();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('reads @graph, Country objects, yearly ranges and array employment types', () => {
    const offer = extractOffer(fixture('legit-overseas-job.html'));
    expect(offer.source).toBe('json-ld');
    expect(offer.title).toBe('Registered Nurse – Aged Care');
    expect(offer.text).toContain('Christchurch, Canterbury, New Zealand');
    expect(offer.text).toContain('NZD 78000-92000 per year');
    expect(offer.text).toContain('FULL_TIME, PERMANENT');
    expect(offer.text).toContain('Relocation allowance, temporary housing, professional development');
  });

  it('adds the main content when the structured description is too thin to judge', () => {
    const doc = page(jsonLd({ '@type': 'JobPosting', title: 'Admin', description: 'See below.' }),
      `<nav>Home · Jobs</nav><main><h1>Admin</h1><p>${'Full details of the role are written here on the page. '.repeat(6)}</p></main>`);
    const offer = extractOffer(doc);
    expect(offer.text.startsWith('Admin\nSee below.\n')).toBe(true);
    expect(offer.text).toContain('Full details of the role are written here on the page.');
    expect(offer.text).not.toContain('Home · Jobs');
  });
});

describe('extractOffer from microdata', () => {
  it('takes the JobPosting element text, its title and values kept in meta tags', () => {
    const offer = extractOffer(fixture('lowongan-microdata.html'));
    expect(offer.source).toBe('microdata');
    expect(offer.title).toBe('Admin Online (Penempatan Luar Negeri)');
    expect(offer.text.split('\n')[0]).toBe('Admin Online (Penempatan Luar Negeri)');
    expect(offer.text).toContain('PT Sukses Digital Global · Phnom Penh, Kamboja');
    expect(offer.text).toContain('Gaji Rp 20 juta – 30 juta per bulan');
    expect(offer.text).toContain('Telegram @loker_kamboja_cepat');
    expect(offer.text).toContain('IDR');
    expect(offer.text).not.toContain('pageReady');
    expect(offer.text).not.toContain('Info Loker Example (fixture uji)');
  });
});

describe('extractOffer from the main content', () => {
  const filler = 'The work is in a warehouse near the harbour, five days a week, with training in the first month. ';

  it('prefers <main> and leaves navigation and footer out', () => {
    const offer = extractOffer(page('', `<header><nav>Menu: Home, About</nav></header><main><h1>Packer wanted</h1><p>${filler.repeat(3)}</p></main><footer>Copyright footer</footer>`));
    expect(offer.source).toBe('main-content');
    expect(offer.title).toBe('Packer wanted');
    expect(offer.text.startsWith('Packer wanted\nThe work is in a warehouse')).toBe(true);
    expect(offer.text).not.toContain('Menu');
    expect(offer.text).not.toContain('Copyright');
  });

  it('uses [role=main], then the longest <article>', () => {
    expect(extractOffer(page('', `<div>Sidebar links</div><div role="main"><p>${filler.repeat(3)}</p></div>`)).text).not.toContain('Sidebar');
    const doc = page('', `<article><p>Short teaser.</p></article><article><h2>Packer</h2><p>${filler.repeat(4)}</p></article>`);
    expect(mainContentElement(doc)?.textContent).toContain('Packer');
    expect(extractOffer(doc).text).not.toContain('Short teaser');
  });

  it('falls back to the largest block of paragraphs', () => {
    const doc = page('', `<div class="top"><a href="/">Logo</a> <a href="/a">Link A</a></div>
      <div class="layout"><div class="side"><p>Other ads: cooks, drivers.</p></div>
      <div class="content"><p>${filler}</p><p>${filler}</p><p>${filler}</p></div></div>`);
    expect(mainContentElement(doc)?.className).toBe('content');
    const offer = extractOffer(doc);
    expect(offer.title).toBe('Site title');
    expect(offer.text).toContain('warehouse');
    expect(offer.text).not.toContain('Other ads');
  });

  it('ignores script, style, noscript, template and hidden text', () => {
    const doc = page('<style>.x{color:red}</style>', `<main><p>${filler.repeat(3)}</p><script>var secret = "script text";</script>
      <style>p{}</style><noscript>Enable JS</noscript><template><p>template text</p></template><p hidden>hidden text</p></main>`);
    const { text } = extractOffer(doc);
    for (const unwanted of ['script text', 'color:red', 'p{}', 'Enable JS', 'template text', 'hidden text']) expect(text).not.toContain(unwanted);
  });

  it('puts blocks on their own lines and keeps inline text together', () => {
    const doc = page('', `<main><h1>Title</h1><p>Pay: <b>USD 900</b>/month</p><ul><li>One</li><li>Two</li></ul>${'<p>More text here for length.</p>'.repeat(8)}</main>`);
    expect(extractOffer(doc).text.split('\n').slice(0, 4)).toEqual(['Title', 'Pay: USD 900/month', 'One', 'Two']);
  });

  it('caps the text length (default 200,000 characters)', () => {
    const big = page('', `<main>${'<p>A long line of page text that repeats.</p>'.repeat(6000)}</main>`);
    expect(extractOffer(big).text.length).toBe(MAX_OFFER_LENGTH);
    expect(extractOffer(big, 1000).text.length).toBe(1000);
    const bigLd = page(jsonLd({ '@type': 'JobPosting', title: 'T', description: 'word '.repeat(60_000) }), '');
    expect(extractOffer(bigLd, 5000).text.length).toBeLessThanOrEqual(5000);
  });

  it('gives empty text for an empty page', () => {
    expect(extractOffer(parseHtml('<!doctype html><html><head></head><body></body></html>')).text).toBe('');
  });
});

describe('htmlToText', () => {
  it('keeps plain text as it is, one line per line', () => {
    expect(htmlToText('Line 1\n\n\nLine   2', 100)).toBe('Line 1\n\nLine 2');
  });
  it('decodes entities and drops tags', () => {
    expect(htmlToText('<b>5 &lt; 6</b> &amp; <i>ok</i>', 100)).toBe('5 < 6 & ok');
  });
});
