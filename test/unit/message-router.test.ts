// The background message router: own-extension senders only, known types, well-formed fields, a size
// limit on text, coded errors, and no logging of message contents.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessageRouter, routeMessage, type BackgroundHandlers, type MessageRouterDeps } from '../../src/background/message-router.js';
import { MAX_CHAT_MESSAGES, MAX_TEXT_LENGTH } from '../../src/shared/messages.js';
import type { Verdict } from '../../src/engine/types.js';
import type { BannerDecision, TabReport } from '../../src/shared/messages.js';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE_ORIGIN = `chrome-extension://${OWN_ID}/`;
const own = { id: OWN_ID };
const popup = { id: OWN_ID, url: `${PAGE_ORIGIN}popup.html` };
const contentScript = { id: OWN_ID, url: 'https://jobs.example/offer/1', tab: { id: 7 }, frameId: 0 };
const report: TabReport = { url: 'https://jobs.example/offer/1', kind: 'job-offer', verdict: null, checkedAt: 1 };
const verdict: Verdict = { level: 'none', score: 0, signals: [], destinations: [] };

const banner: BannerDecision = { show: false, reason: 'below-level', minLevel: 'warning', help: [] };

function deps(overrides: Partial<BackgroundHandlers> = {}): MessageRouterDeps & { scored: string[]; seen: unknown[] } {
  const scored: string[] = [];
  const seen: unknown[] = [];
  return {
    scored,
    seen,
    extensionId: OWN_ID,
    pageOrigin: PAGE_ORIGIN,
    handlers: {
      'score-text': async ({ text }) => {
        scored.push(text);
        return { verdict };
      },
      'get-pack-info': async () => ({ id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' }),
      'report-page': async (request, sender) => {
        seen.push([request, sender]);
        scored.push(request.text);
        return { verdict, banner };
      },
      'report-problem': async (request) => (seen.push(request), {}),
      'report-chat': async (request) => (seen.push(request), { verdict: { ...verdict, messages: [] }, banner }),
      'report-adapter-status': async (request) => (seen.push(request), {}),
      'get-tab-report': async (request) => (seen.push(request), { report }),
      'get-update-status': async () => UPDATE_STATUS,
      'check-updates-now': async () => UPDATE_STATUS,
      ...overrides,
    },
  };
}

afterEach(() => vi.restoreAllMocks());

const UPDATE_STATUS = { packs: [], sources: [], problems: [], optionSources: [], useDefaultSource: true };

describe('message router', () => {
  it('answers score-text with the verdict from its handler', async () => {
    const d = deps();
    await expect(routeMessage(d, { type: 'score-text', text: 'hello' }, own)).resolves.toEqual({ ok: true, value: { verdict } });
    expect(d.scored).toEqual(['hello']);
  });

  it('answers get-pack-info', async () => {
    const reply = await routeMessage(deps(), { type: 'get-pack-info' }, own);
    expect(reply).toEqual({ ok: true, value: { id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' } });
  });

  it('passes handlers only the known fields', async () => {
    const seen: unknown[] = [];
    const d = deps({ 'score-text': async (request) => (seen.push(request), { verdict }) });
    await routeMessage(d, { type: 'score-text', text: 'a', extra: 'dropped' }, own);
    expect(seen).toEqual([{ type: 'score-text', text: 'a' }]);
  });

  it('refuses messages from another extension or from no extension', async () => {
    for (const sender of [{ id: 'otherextensionidotherextensionid' }, {}]) {
      const d = deps();
      const reply = await routeMessage(d, { type: 'score-text', text: 'x' }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(d.scored).toEqual([]);
    }
  });

  it('refuses unknown types, including inherited property names', async () => {
    for (const type of ['delete-everything', 'toString', '__proto__', 42, undefined]) {
      const reply = await routeMessage(deps(), { type }, own);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    }
  });

  it('refuses non-objects and a text that is not a string', async () => {
    for (const message of [null, 'score-text', ['score-text'], 7]) {
      expect(await routeMessage(deps(), message, own)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    for (const text of [undefined, 12, { toString: () => 'x' }, ['a']]) {
      expect(await routeMessage(deps(), { type: 'score-text', text }, own)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
  });

  it(`accepts a text of exactly ${MAX_TEXT_LENGTH} characters and refuses a longer one with a clear error`, async () => {
    const d = deps();
    expect(await routeMessage(d, { type: 'score-text', text: 'a'.repeat(MAX_TEXT_LENGTH) }, own)).toMatchObject({ ok: true });
    const reply = await routeMessage(d, { type: 'score-text', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, own);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'text-too-long', message: `text is ${MAX_TEXT_LENGTH + 1} characters; at most ${MAX_TEXT_LENGTH} can be checked` },
    });
    expect(d.scored).toHaveLength(1);
  });

  it('turns a handler failure into a coded error and reports it without the message', async () => {
    const onHandlerError = vi.fn();
    const d = { ...deps({ 'score-text': async () => { throw new Error('pack broken'); } }), onHandlerError };
    const reply = await routeMessage(d, { type: 'score-text', text: 'secret page text' }, own);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'score-text failed: pack broken' } });
    expect(onHandlerError).toHaveBeenCalledWith('score-text', expect.any(Error));
    expect(JSON.stringify(onHandlerError.mock.calls)).not.toContain('secret page text');
  });

  it('never writes to the console, whatever the message', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const d = deps();
    await routeMessage(d, { type: 'score-text', text: 'secret page text' }, own);
    await routeMessage(d, { type: 'score-text', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, own);
    await routeMessage(d, { type: 'nope', text: 'secret page text' }, own);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('passes report-page from a content script to its handler with the sender, keeping only known fields', async () => {
    const d = deps();
    const message = { type: 'report-page', url: 'https://jobs.example/offer/1', kind: 'job-offer', text: 'offer', title: 'Job', extra: 1 };
    await expect(routeMessage(d, message, contentScript)).resolves.toEqual({ ok: true, value: { verdict, banner } });
    expect(d.seen).toEqual([[{ type: 'report-page', url: 'https://jobs.example/offer/1', kind: 'job-offer', text: 'offer', title: 'Job' }, contentScript]]);
  });

  it('refuses a malformed report-page: url, kind, text and title are checked', async () => {
    const good = { type: 'report-page', url: 'https://a.example/', kind: 'page', text: 'x' };
    const bad: Record<string, unknown>[] = [
      { ...good, url: 42 },
      { ...good, url: `https://a.example/${'x'.repeat(2048)}` },
      { ...good, kind: 'web-page' },
      { ...good, kind: undefined },
      { ...good, text: ['x'] },
      { ...good, title: 5 },
      { ...good, title: 'x'.repeat(1001) },
    ];
    for (const message of bad) {
      const d = deps();
      expect(await routeMessage(d, message, contentScript), JSON.stringify(message).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
      expect(d.scored).toEqual([]);
    }
    const long = await routeMessage(deps(), { ...good, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, contentScript);
    expect(long).toMatchObject({ ok: false, error: { code: 'text-too-long' } });
  });

  it('accepts report-page and report-problem only from a content script in a tab', async () => {
    for (const sender of [own, popup, { id: OWN_ID, tab: { id: 3 }, url: `${PAGE_ORIGIN}popup.html` }, { id: OWN_ID, tab: { id: -1 } }]) {
      const d = deps();
      expect(await routeMessage(d, { type: 'report-page', url: 'https://a.example/', kind: 'page', text: 'x' }, sender))
        .toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(await routeMessage(d, { type: 'report-problem', url: 'https://a.example/', problem: 'extract-failed' }, sender))
        .toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(d.seen).toEqual([]);
    }
  });

  it('checks report-problem: a url and a known problem code, nothing else passes', async () => {
    const d = deps();
    expect(await routeMessage(d, { type: 'report-problem', url: 'https://a.example/', problem: 'text-too-long', text: 'secret' }, contentScript))
      .toEqual({ ok: true, value: {} });
    expect(d.seen).toEqual([{ type: 'report-problem', url: 'https://a.example/', problem: 'text-too-long' }]);
    for (const problem of ['broken', undefined, 3]) {
      expect(await routeMessage(d, { type: 'report-problem', url: 'https://a.example/', problem }, contentScript))
        .toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
  });

  it('checks report-chat: site, chatId and each message, with the total text within the limit', async () => {
    const good = { type: 'report-chat', url: 'https://chat.example/', site: 'whatsapp-web', chatId: 'c1', messages: [
      { id: 'm1', text: 'hello', direction: 'incoming', time: '2026-01-01T10:00', extra: 'dropped' },
      { id: 'm2', text: 'hi', direction: 'outgoing' },
    ] };
    const d = deps();
    expect(await routeMessage(d, good, contentScript)).toMatchObject({ ok: true });
    expect(d.seen).toEqual([{ type: 'report-chat', url: 'https://chat.example/', site: 'whatsapp-web', chatId: 'c1', messages: [
      { id: 'm1', text: 'hello', direction: 'incoming', time: '2026-01-01T10:00' },
      { id: 'm2', text: 'hi', direction: 'outgoing' },
    ] }]);
    const message = good.messages[0]!;
    for (const bad of [
      { ...good, site: 'WhatsApp Web' }, { ...good, chatId: 7 }, { ...good, messages: 'hello' },
      { ...good, messages: Array.from({ length: MAX_CHAT_MESSAGES + 1 }, () => message) },
      { ...good, messages: [{ ...message, direction: 'sideways' }] }, { ...good, messages: [{ ...message, text: 1 }] },
      { ...good, messages: [null] }, { ...good, messages: [{ ...message, id: 'x'.repeat(257) }] },
    ]) {
      expect(await routeMessage(deps(), bad, contentScript)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    const long = { ...good, messages: [{ ...message, text: 'a'.repeat(MAX_TEXT_LENGTH) }, { ...message, text: 'b' }] };
    expect(await routeMessage(deps(), long, contentScript)).toMatchObject({ ok: false, error: { code: 'text-too-long' } });
    expect(await routeMessage(deps(), good, popup)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('checks report-adapter-status: a site id, ok or degraded, and a short detail', async () => {
    const d = deps();
    expect(await routeMessage(d, { type: 'report-adapter-status', site: 'zalo', status: 'degraded', detail: 'no chat root' }, contentScript))
      .toEqual({ ok: true, value: {} });
    expect(d.seen).toEqual([{ type: 'report-adapter-status', site: 'zalo', status: 'degraded', detail: 'no chat root' }]);
    for (const bad of [{ site: 'zalo', status: 'broken' }, { site: '', status: 'ok' }, { site: 'zalo', status: 'ok', detail: 'x'.repeat(501) }]) {
      expect(await routeMessage(deps(), { type: 'report-adapter-status', ...bad }, contentScript)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
  });

  it('answers get-tab-report for the extension\'s own pages only, with a whole-number tab id', async () => {
    const d = deps();
    expect(await routeMessage(d, { type: 'get-tab-report', tabId: 7 }, popup)).toEqual({ ok: true, value: { report } });
    expect(await routeMessage(d, { type: 'get-tab-report', tabId: 7 }, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await routeMessage(d, { type: 'get-tab-report', tabId: 7 }, { id: 'otherextensionidotherextensionid', url: `${PAGE_ORIGIN}x` }))
      .toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    for (const tabId of [1.5, -1, '7', NaN, Infinity, undefined]) {
      expect(await routeMessage(d, { type: 'get-tab-report', tabId }, popup)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    expect(d.seen).toEqual([{ type: 'get-tab-report', tabId: 7 }]);
    expect(await routeMessage(d, { type: 'check-updates-now' }, popup)).toEqual({ ok: true, value: UPDATE_STATUS });
    expect(await routeMessage(d, { type: 'check-updates-now' }, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('works as an onMessage listener: keeps the channel open and replies once', async () => {
    const listener = createMessageRouter(deps());
    const reply = await new Promise((resolve) => {
      expect(listener({ type: 'score-text', text: 'hi' }, own, resolve)).toBe(true);
    });
    expect(reply).toEqual({ ok: true, value: { verdict } });
  });
});
