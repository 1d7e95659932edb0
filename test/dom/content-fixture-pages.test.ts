// The fixture pages end to end without a browser: detection, extraction, then the real core pack scores
// the extracted text, so the fixtures the browser tests serve behave as those tests expect (the offer
// reaches warning or danger, the legitimate overseas job and the pages that are not offers do not), and
// the evidence the banner quotes can be found on the page.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/cli/load-pack.js';
import { extractOffer } from '../../src/content/extract-offer.js';
import { findTextRanges } from '../../src/content/highlight-evidence.js';
import { detectJobPage } from '../../src/content/job-page-detector.js';
import { scoreText, type CompiledPack, type Level } from '../../src/engine/index.js';
import { fixture, loadIntoDocument } from './content-helpers.js';
import { readFileSync } from 'node:fs';

const RANK: Record<Level, number> = { none: 0, caution: 1, warning: 2, danger: 3 };
let pack: CompiledPack;

beforeAll(() => {
  const loaded = loadAndValidate('rules/packs/core', { realRegexCheck: false });
  if (!loaded.ok) throw new Error(`core pack does not load: ${loaded.issues.map((i) => i.code).join(', ')}`);
  pack = loaded.compiled;
});

const score = (name: string) => scoreText(pack, extractOffer(fixture(name)).text);

describe('fixture pages with the core pack', () => {
  it.each(['scam-compound-offer.html', 'lowongan-microdata.html'])('%s is detected and scores at danger', (name) => {
    expect(detectJobPage(fixture(name), 'https://www.example.org/p/1')).not.toBeNull();
    expect(score(name).level).toBe('danger');
  });

  it('the legitimate overseas job with relocation support is detected but stays below warning', () => {
    expect(detectJobPage(fixture('legit-overseas-job.html'), 'https://careers.example.org/jobs/nursing/rn-aged-care')).toBe('json-ld');
    expect(RANK[score('legit-overseas-job.html').level]).toBeLessThan(RANK.warning);
  });

  it('the news article about scam compounds stays at caution at most even if scored', () => {
    expect(RANK[score('news-scam-compounds.html').level]).toBeLessThanOrEqual(RANK.caution);
  });

  it.each(['plain-page.html', 'shop-page.html'])('%s scores none', (name) => {
    expect(score(name).level).toBe('none');
  });

  it('most evidence of the offer can be found on the rendered page for "Show on page"', () => {
    const verdict = score('scam-compound-offer.html');
    loadIntoDocument(readFileSync('test/fixtures/pages/scam-compound-offer.html', 'utf8'));
    const texts = [...new Set(verdict.signals.flatMap((s) => s.evidence.map((e) => e.text.trim())))];
    const found = texts.filter((text) => findTextRanges(document, [text]).length > 0);
    expect(found.length / texts.length).toBeGreaterThan(0.75);
  });
});
