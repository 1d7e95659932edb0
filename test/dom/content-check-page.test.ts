// The content script's page check: nothing is sent for pages that are not offers; an offer's text goes to
// the background as `report-page`, and the banner appears only when the background says so; a page that
// cannot be read or a background that does not answer ends quietly with `report-problem`. Also the shape
// check of the `show-verdict` message.
import { describe, expect, it, vi } from 'vitest';
import { checkPage, withTimeout, type Send } from '../../src/content/check-page.js';
import { detectJobPage } from '../../src/content/job-page-detector.js';
import { isShowVerdictMessage } from '../../src/content/show-verdict-message.js';
import type { PageReportReply } from '../../src/shared/messages.js';
import { fixture, hotline, signal, verdict } from './content-helpers.js';

const OFFER_URL = 'https://jobs.example.com/listing/8812';
const reply = (show: boolean): PageReportReply => ({
  verdict: verdict(show ? 'danger' : 'none'),
  banner: { show, minLevel: 'warning', help: [] },
});

function recorder(answer: (type: string) => Promise<unknown>) {
  const calls: { type: string; request: Record<string, unknown> }[] = [];
  const send = ((type: string, request: Record<string, unknown>) => {
    calls.push({ type, request });
    return answer(type);
  }) as unknown as Send;
  return { calls, send };
}

describe('checkPage', () => {
  it('sends nothing and shows nothing on a page that is not an offer', async () => {
    const { calls, send } = recorder(async () => reply(true));
    const showBanner = vi.fn();
    const outcome = await checkPage({ detect: detectJobPage, doc: fixture('news-scam-compounds.html'), url: 'https://news.example.com/world/a', send, showBanner });
    expect(outcome).toBe('not-an-offer');
    expect(calls).toEqual([]);
    expect(showBanner).not.toHaveBeenCalled();
  });

  it('sends the extracted offer as report-page and shows the banner when the background decides so', async () => {
    const { calls, send } = recorder(async () => reply(true));
    const showBanner = vi.fn();
    const outcome = await checkPage({ detect: detectJobPage, doc: fixture('scam-compound-offer.html'), url: OFFER_URL, send, showBanner });
    expect(outcome).toBe('banner');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.type).toBe('report-page');
    expect(calls[0]!.request).toMatchObject({ url: OFFER_URL, kind: 'job-offer', title: 'Customer Service Representative (Overseas)' });
    expect(calls[0]!.request.text).toContain('Telegram @gbn_hr_fast');
    expect(Object.keys(calls[0]!.request).sort()).toEqual(['kind', 'text', 'title', 'url']);
    expect(showBanner).toHaveBeenCalledWith(reply(true));
  });

  it('shows no banner when the background says not to', async () => {
    const { send } = recorder(async () => reply(false));
    const showBanner = vi.fn();
    expect(await checkPage({ detect: detectJobPage, doc: fixture('legit-overseas-job.html'), url: OFFER_URL, send, showBanner })).toBe('no-banner');
    expect(showBanner).not.toHaveBeenCalled();
  });

  it('gives up quietly after the timeout when the background does not answer, and reports the problem', async () => {
    vi.useFakeTimers();
    try {
      const { calls, send } = recorder((type) => (type === 'report-page' ? new Promise(() => undefined) : Promise.resolve({})));
      const showBanner = vi.fn();
      const done = checkPage({ detect: detectJobPage, doc: fixture('scam-compound-offer.html'), url: OFFER_URL, send, showBanner, timeoutMs: 1000 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(await done).toBe('worker-unreachable');
      expect(calls.map((c) => c.type)).toEqual(['report-page', 'report-problem']);
      expect(calls[1]!.request).toEqual({ url: OFFER_URL, problem: 'worker-unreachable' });
      expect(showBanner).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never throws when sending fails synchronously or asynchronously (for example after an extension update)', async () => {
    const throwing = (() => {
      throw new Error('Extension context invalidated.');
    }) as unknown as Send;
    await expect(checkPage({ detect: detectJobPage, doc: fixture('scam-compound-offer.html'), url: OFFER_URL, send: throwing, showBanner: vi.fn() })).resolves.toBe('worker-unreachable');
    const { calls, send } = recorder(async () => {
      throw Object.assign(new Error('too long'), { code: 'text-too-long' });
    });
    await expect(checkPage({ detect: detectJobPage, doc: fixture('scam-compound-offer.html'), url: OFFER_URL, send, showBanner: vi.fn() })).resolves.toBe('worker-unreachable');
    expect(calls[1]!.request).toEqual({ url: OFFER_URL, problem: 'text-too-long' });
  });

  it('reports extract-failed, without page text, when the page cannot be read', async () => {
    const { calls, send } = recorder(async () => ({}));
    const outcome = await checkPage({
      detect: detectJobPage,
      doc: fixture('scam-compound-offer.html'), url: OFFER_URL, send, showBanner: vi.fn(),
      extract: () => {
        throw new Error('weird page');
      },
    });
    expect(outcome).toBe('extract-failed');
    expect(calls).toEqual([{ type: 'report-problem', request: { url: OFFER_URL, problem: 'extract-failed' } }]);
  });

  it('does not call the background for an offer page with no text', async () => {
    const { calls, send } = recorder(async () => reply(true));
    const doc = new DOMParser().parseFromString('<html><head><title></title></head><body></body></html>', 'text/html');
    expect(await checkPage({ detect: detectJobPage, doc, url: 'https://example.com/jobs/1', send, showBanner: vi.fn() })).toBe('empty');
    expect(calls).toEqual([]);
  });

  it('skips documents that are not HTML', async () => {
    const { calls, send } = recorder(async () => reply(true));
    const doc = new DOMParser().parseFromString('<feed xmlns="http://www.w3.org/2005/Atom"><title>jobs</title></feed>', 'application/xml');
    expect(await checkPage({ detect: detectJobPage, doc, url: 'https://example.com/jobs/feed.xml', send, showBanner: vi.fn() })).toBe('not-html');
    expect(calls).toEqual([]);
  });

  it('a banner that fails to render does not break the page', async () => {
    const { send } = recorder(async () => reply(true));
    const outcome = await checkPage({ detect: detectJobPage, doc: fixture('scam-compound-offer.html'), url: OFFER_URL, send, showBanner: () => {
      throw new Error('no shadow DOM');
    } });
    expect(outcome).toBe('no-banner');
  });
});

describe('withTimeout', () => {
  it('passes the value through when in time', async () => {
    await expect(withTimeout(Promise.resolve(3), 50)).resolves.toBe(3);
  });
});

describe('isShowVerdictMessage', () => {
  const good = { type: 'show-verdict', origin: 'selection', verdict: verdict('warning', [signal('a', 20, ['x'])]), banner: { show: true, minLevel: 'warning', help: [hotline()] } };

  it('accepts a well-formed message', () => {
    expect(isShowVerdictMessage(good)).toBe(true);
  });

  it.each([
    ['another type', { ...good, type: 'report-page' }],
    ['an unknown level', { ...good, verdict: { ...good.verdict, level: 'extreme' } }],
    ['signals that are not a list', { ...good, verdict: { ...good.verdict, signals: 'x' } }],
    ['evidence without text', { ...good, verdict: { ...good.verdict, signals: [{ ...good.verdict.signals[0], evidence: [{ start: 0 }] }] } }],
    ['help entries without a source', { ...good, banner: { ...good.banner, help: [{ id: 'x', organisation: 'y', countryName: 'z', contacts: [] }] } }],
    ['another origin', { ...good, origin: 'page' }],
    ['null', null],
  ])('refuses %s', (_name, message) => {
    expect(isShowVerdictMessage(message)).toBe(false);
  });
});
