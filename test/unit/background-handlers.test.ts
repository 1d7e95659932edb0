// The background's message handlers: score in the chosen language, report pack details, keep a tab's report
// and badge for a reported page (no page text stored), record problems, and answer the popup.
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers, type BackgroundHandlerDeps } from '../../src/background/background-handlers.js';
import type { TabReports } from '../../src/background/tab-reports.js';
import type { Verdict } from '../../src/engine/types.js';
import type { HotlineEntry } from '../../src/shared/hotlines.js';
import type { ChatItem, TabReport } from '../../src/shared/messages.js';
import type { Settings } from '../../src/shared/settings.js';

const INFO = { id: 'core', version: '1.0.0', published: '2026-01-01', expires: '2026-07-01' };
const SECRET = 'secret page text ZQX-4417';
const caution: Verdict = { level: 'caution', score: 25, signals: [], destinations: [] };
const danger: Verdict = { level: 'danger', score: 90, signals: [], destinations: ['TH'] };
const entry = (id: string, country: string): HotlineEntry => ({
  id, country, countryName: country, organisation: id, contacts: [{ kind: 'phone', value: '123' }], source: 'https://example.org/', verified: '2025',
});
const HOTLINES = [entry('id-line', 'ID'), entry('th-line', 'TH'), entry('vn-line', 'VN')];
const SETTINGS: Settings = { country: 'ID', language: 'auto', bannerLevel: 'warning', allowedSites: ['trusted.example'], pausedSites: [] };

function memoryReports(): TabReports & { data: Map<number, TabReport> } {
  const data = new Map<number, TabReport>();
  return {
    data,
    get: async (id) => data.get(id) ?? null,
    all: async () => new Map(data),
    set: async (id, r) => void data.set(id, r),
    remove: async (id) => void data.delete(id),
  };
}

function setup(verdict: Verdict = caution, settings: Partial<Settings> = {}) {
  const compiled = { marker: 'compiled' };
  const score = vi.fn((_pack: unknown, _text: string, _opts: { locale?: string }) => verdict);
  const reports = memoryReports();
  const showBadge = vi.fn(async (_tabId: number, _report: TabReport | null) => {});
  const scoreChat = vi.fn((_pack: unknown, messages: readonly ChatItem[], _opts: { locale?: string }) => ({ ...verdict, messages: messages.map((m) => m.id) }));
  const recordAdapterStatus = vi.fn(async (_site: string, _status: 'ok' | 'degraded', _detail?: string) => {});
  const deps: BackgroundHandlerDeps<typeof compiled> = {
    getPack: async () => ({ compiled, info: INFO }),
    score,
    getSettings: async () => ({ ...SETTINGS, ...settings }),
    browserLanguage: () => 'id',
    hotlines: HOTLINES,
    now: () => 1000,
    reports,
    showBadge,
    scoreChat,
    recordAdapterStatus,
    updates: { status: async () => UPDATE_STATUS, checkNow: async () => ({ ...UPDATE_STATUS, problems: ['checked'] }) },
  };
  return { handlers: createBackgroundHandlers(deps), score, scoreChat, recordAdapterStatus, reports, showBadge, compiled };
}

const tab = (id: number, frameId = 0) => ({ id: 'ext', tab: { id }, frameId, url: 'https://jobs.example/1' });

const UPDATE_STATUS = { packs: [], sources: [], problems: [], optionSources: [], useDefaultSource: true };

describe('background handlers', () => {
  it('score-text scores the text with the compiled pack in the browser language when the setting is auto', async () => {
    const { handlers, score, compiled } = setup();
    await expect(handlers['score-text']({ type: 'score-text', text: 'lowongan' }, {})).resolves.toEqual({ verdict: caution });
    expect(score).toHaveBeenCalledWith(compiled, 'lowongan', { locale: 'id' });
  });

  it('score-text uses the language chosen in options', async () => {
    const { handlers, score, compiled } = setup(caution, { language: 'vi' });
    await handlers['score-text']({ type: 'score-text', text: 'x' }, {});
    expect(score).toHaveBeenCalledWith(compiled, 'x', { locale: 'vi' });
  });

  it('get-pack-info returns the bundled pack header', async () => {
    const { handlers } = setup();
    await expect(handlers['get-pack-info']({ type: 'get-pack-info' }, {})).resolves.toEqual(INFO);
  });

  it('report-page keeps the verdict (never the text) as the tab report, sets the badge and decides the banner', async () => {
    const { handlers, reports, showBadge } = setup(danger);
    const reply = await handlers['report-page']({ type: 'report-page', url: 'https://jobs.example/1', kind: 'job-offer', text: SECRET }, tab(5));
    expect(reply.verdict).toBe(danger);
    expect(reply.banner).toMatchObject({ show: true, minLevel: 'warning' });
    expect(reply.banner.help.map((h) => h.id)).toEqual(['id-line', 'th-line']);
    const report = { url: 'https://jobs.example/1', kind: 'job-offer', verdict: danger, checkedAt: 1000 };
    expect(reports.data.get(5)).toEqual(report);
    expect(showBadge).toHaveBeenCalledWith(5, report);
    expect(JSON.stringify([...reports.data])).not.toContain(SECRET);
  });

  it('report-page below the banner level: no banner, but the report is kept', async () => {
    const { handlers, reports } = setup(caution);
    const reply = await handlers['report-page']({ type: 'report-page', url: 'https://jobs.example/1', kind: 'job-offer', text: 'x' }, tab(5));
    expect(reply.banner).toMatchObject({ show: false, reason: 'below-level' });
    expect(reports.data.get(5)?.verdict).toBe(caution);
  });

  it('report-page on an allowed site: no banner, and the report says the site is allowed', async () => {
    const { handlers, reports } = setup(danger);
    const reply = await handlers['report-page']({ type: 'report-page', url: 'https://jobs.trusted.example/1', kind: 'job-offer', text: 'x' }, tab(5));
    expect(reply.banner).toMatchObject({ show: false, reason: 'site-allowed' });
    expect(reports.data.get(5)).toMatchObject({ suppressed: 'site-allowed', verdict: danger });
  });

  it('a frame inside the page replaces the tab report only when it found more', async () => {
    const { handlers, reports } = setup(caution);
    reports.data.set(5, { url: 'https://jobs.example/1', kind: 'job-offer', verdict: danger, checkedAt: 1 });
    await handlers['report-page']({ type: 'report-page', url: 'https://ads.example/frame', kind: 'page', text: 'x' }, tab(5, 3));
    expect(reports.data.get(5)?.verdict).toBe(danger);
    await handlers['report-page']({ type: 'report-page', url: 'https://jobs.example/2', kind: 'job-offer', text: 'x' }, tab(5, 0));
    expect(reports.data.get(5)?.verdict).toBe(caution);
  });

  it('report-problem records the problem for the tab, keeping a verdict for the same page', async () => {
    const { handlers, reports, showBadge } = setup();
    await handlers['report-problem']({ type: 'report-problem', url: 'https://a.example/', problem: 'extract-failed' }, tab(8));
    expect(reports.data.get(8)).toEqual({ url: 'https://a.example/', kind: 'page', verdict: null, problem: 'extract-failed', checkedAt: 1000 });
    expect(showBadge).toHaveBeenCalledWith(8, reports.data.get(8));
    reports.data.set(9, { url: 'https://b.example/', kind: 'job-offer', verdict: danger, checkedAt: 1 });
    await handlers['report-problem']({ type: 'report-problem', url: 'https://b.example/', problem: 'text-too-long' }, tab(9));
    expect(reports.data.get(9)).toMatchObject({ verdict: danger, problem: 'text-too-long' });
  });

  it('get-tab-report answers with the kept report or null', async () => {
    const { handlers, reports } = setup();
    const report: TabReport = { url: 'https://a.example/', kind: 'page', verdict: caution, checkedAt: 2 };
    reports.data.set(4, report);
    await expect(handlers['get-tab-report']({ type: 'get-tab-report', tabId: 4 }, {})).resolves.toEqual({ report });
    await expect(handlers['get-tab-report']({ type: 'get-tab-report', tabId: 99 }, {})).resolves.toEqual({ report: null });
  });

  it('report-chat scores the conversation, keeps it as the tab\'s "message" report (no message text) and decides the banner', async () => {
    const { handlers, scoreChat, reports, showBadge, compiled } = setup(danger);
    const messages: ChatItem[] = [{ id: 'm1', text: SECRET, direction: 'incoming' }, { id: 'm2', text: 'ok', direction: 'outgoing' }];
    const reply = await handlers['report-chat']({ type: 'report-chat', url: 'https://chat.example/', site: 'zalo', chatId: 'c', messages }, tab(6));
    expect(scoreChat).toHaveBeenCalledWith(compiled, messages, { locale: 'id' });
    expect(reply.verdict.messages).toEqual(['m1', 'm2']);
    expect(reply.banner).toMatchObject({ show: true });
    expect(reports.data.get(6)).toMatchObject({ url: 'https://chat.example/', kind: 'message', verdict: { level: 'danger' } });
    expect(showBadge).toHaveBeenCalledWith(6, reports.data.get(6));
    expect(JSON.stringify([...reports.data])).not.toContain(SECRET);
  });

  it('report-adapter-status records the adapter\'s status', async () => {
    const { handlers, recordAdapterStatus } = setup();
    await handlers['report-adapter-status']({ type: 'report-adapter-status', site: 'zalo', status: 'degraded', detail: 'root missing' }, tab(1));
    expect(recordAdapterStatus).toHaveBeenCalledWith('zalo', 'degraded', 'root missing');
  });

  it('report-page without a tab fails instead of guessing one', async () => {
    const { handlers } = setup();
    await expect(handlers['report-page']({ type: 'report-page', url: 'u', kind: 'page', text: 'x' }, { id: 'ext' })).rejects.toThrow(/tab/);
  });

  it('reports update status and runs a check on demand', async () => {
    const { handlers } = setup();
    expect(await handlers['get-update-status']({ type: 'get-update-status' }, {})).toEqual(UPDATE_STATUS);
    expect((await handlers['check-updates-now']({ type: 'check-updates-now' }, {})).problems).toEqual(['checked']);
  });
});
