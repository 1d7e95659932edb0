// When the in-page banner appears: from the level chosen in options (default warning), never on allowed or
// paused sites, always for a check the user asked for; help lists the user's country, then destinations.
import { describe, expect, it } from 'vitest';
import { decideBanner, helpFor, suppressionFor } from '../../src/background/banner-decision.js';
import type { Level, Verdict } from '../../src/engine/types.js';
import type { HotlineEntry } from '../../src/shared/hotlines.js';
import type { Settings } from '../../src/shared/settings.js';

const entry = (id: string, country: string): HotlineEntry => ({
  id, country, countryName: country, organisation: id, contacts: [{ kind: 'phone', value: '1' }], source: 'https://example.org/', verified: null,
});
const HOTLINES = [entry('th', 'TH'), entry('id-a', 'ID'), entry('id-b', 'ID'), entry('xx', 'XX'), entry('vn', 'VN')];
const SETTINGS: Settings = { country: 'ID', language: 'auto', bannerLevel: 'warning', allowedSites: ['ok.example'], pausedSites: ['quiet.example'] };
const verdict = (level: Level, destinations: string[] = []): Verdict => ({ level, score: 50, signals: [], destinations });

describe('decideBanner', () => {
  it.each([
    ['none', 'warning', false], ['caution', 'warning', false], ['warning', 'warning', true], ['danger', 'warning', true],
    ['caution', 'caution', true], ['warning', 'danger', false], ['danger', 'danger', true],
  ] as const)('a %s verdict with the banner level at %s: show=%s', (level, bannerLevel, show) => {
    const decision = decideBanner({ verdict: verdict(level), settings: { ...SETTINGS, bannerLevel }, host: 'jobs.example', hotlines: HOTLINES });
    expect(decision.show).toBe(show);
    expect(decision.minLevel).toBe(bannerLevel);
    if (!show) expect(decision.reason).toBe('below-level');
  });

  it('never shows on an allowed or paused site (or its subdomains)', () => {
    const danger = verdict('danger');
    expect(decideBanner({ verdict: danger, settings: SETTINGS, host: 'm.ok.example', hotlines: HOTLINES })).toMatchObject({ show: false, reason: 'site-allowed' });
    expect(decideBanner({ verdict: danger, settings: SETTINGS, host: 'quiet.example', hotlines: HOTLINES })).toMatchObject({ show: false, reason: 'site-paused' });
  });

  it('always shows a check the user asked for, whatever the level or site', () => {
    expect(decideBanner({ verdict: verdict('none'), settings: SETTINGS, host: 'ok.example', hotlines: HOTLINES, requested: true }))
      .toMatchObject({ show: true });
  });

  it('offers the user\'s hotlines first, then the destinations\', without worldwide directories', () => {
    const decision = decideBanner({ verdict: verdict('danger', ['TH', 'KH']), settings: SETTINGS, host: null, hotlines: HOTLINES });
    expect(decision.help.map((h) => h.id)).toEqual(['id-a', 'id-b', 'th']);
  });

  it('gives empty help when nothing is known (the banner still names the embassy)', () => {
    expect(helpFor(HOTLINES, null, ['KH'])).toEqual([]);
  });

  it('suppressionFor prefers allowed over paused', () => {
    expect(suppressionFor('x.example', { allowedSites: ['x.example'], pausedSites: ['x.example'] })).toBe('site-allowed');
    expect(suppressionFor('y.example', { allowedSites: ['x.example'], pausedSites: [] })).toBeUndefined();
  });
});
