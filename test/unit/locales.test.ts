// The UI languages: every English key exists in Indonesian and Vietnamese with the same placeholders, no
// translation is left empty or in English by accident, the store limits hold, and the translator behaves
// like chrome.i18n.getMessage (placeholders, $1 substitutions, "$$", English fallback).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, formatMessage } from '../../src/shared/translator.js';
import { effectiveLanguage, loadTranslator } from '../../src/shared/load-translator.js';

type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string) => JSON.parse(readFileSync(`assets/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
const en = read('en');
const LANGUAGES = ['id', 'vi'];
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
/** Keys whose text is the same in every language (names). */
const SAME_EVERYWHERE = new Set([
  'extShortName', 'actionTitle', 'languageEn', 'languageId', 'languageVi', 'hotlineKindSms', 'hotlineKindWhatsapp', 'hotlineKindEmail',
  'bannerContactSms', 'bannerContactWhatsapp',
]);

describe('locale files', () => {
  it('exist for English, Indonesian and Vietnamese', () => {
    expect(readdirSync('assets/_locales').sort()).toEqual(expect.arrayContaining(['en', 'id', 'vi']));
  });

  it('every English message declares each placeholder it uses', () => {
    for (const [key, entry] of Object.entries(en)) {
      const declared = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
      expect([...new Set(placeholdersIn(entry.message))], key).toEqual(declared);
    }
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const catalogue = read(lang);

    it('has every English key and no other', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });

    it('uses the same placeholders as English in every message', () => {
      for (const [key, entry] of Object.entries(en)) {
        const translated = catalogue[key];
        expect(translated, key).toBeDefined();
        expect(placeholdersIn(translated!.message), key).toEqual(placeholdersIn(entry.message));
        expect(translated!.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
      }
    });

    it('translates every message (none empty, none left in English)', () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(entry.message.trim(), key).not.toBe('');
        if (!SAME_EVERYWHERE.has(key) && /[a-z]{3}/i.test(en[key]!.message.replace(/\$[A-Z_]+\$/g, ''))) {
          expect(entry.message, key).not.toBe(en[key]!.message);
        }
      }
    });

    it('keeps the store limits (name 75, short name 12, description 132 characters)', () => {
      expect(catalogue.extName!.message.length).toBeLessThanOrEqual(75);
      expect(catalogue.extShortName!.message.length).toBeLessThanOrEqual(12);
      expect(catalogue.extDescription!.message.length).toBeLessThanOrEqual(132);
    });
  });
});

describe('translator', () => {
  const messages = {
    greet: { message: 'Halo $NAME$, skor $SCORE$', placeholders: { name: { content: '$1' }, score: { content: '$2' } } },
    price: { message: 'Costs $$5 ($1)' },
  };
  const t = createTranslator(messages, { onlyEnglish: { message: 'English only' } });

  it('fills named placeholders from substitutions, as chrome.i18n does', () => {
    expect(t('greet', ['Ana', '72'])).toBe('Halo Ana, skor 72');
    expect(t('greet', 'Ana')).toBe('Halo Ana, skor ');
    expect(t('price', 'x')).toBe('Costs $5 (x)');
  });

  it('falls back to the second catalogue, then to an empty string', () => {
    expect(t('onlyEnglish')).toBe('English only');
    expect(t('missing')).toBe('');
    expect(t('__proto__')).toBe('');
  });

  it('never treats substituted text as a placeholder', () => {
    expect(formatMessage(messages.greet, ['$SCORE$', '1'])).toBe('Halo $SCORE$, skor 1');
  });

  it('formats every real message the same way for each language', () => {
    for (const lang of ['en', ...LANGUAGES]) {
      const tr = createTranslator(read(lang), en);
      expect(tr('popupScore', '72')).toMatch(/72/);
      expect(tr('popupRuleSource', ['chat-app@2', 'core'])).toMatch(/chat-app@2.*core/);
    }
  });
});

describe('loadTranslator', () => {
  const browserTranslate = (key: string) => `browser:${key}`;

  it('uses the browser\'s translations for "auto"', async () => {
    const loaded = await loadTranslator('auto', { browserTranslate, browserLanguage: 'vi', readJson: async () => ({}) });
    expect(loaded.language).toBe('vi');
    expect(loaded.t('x')).toBe('browser:x');
  });

  it('reads the chosen language with English as fallback', async () => {
    const files: Record<string, unknown> = {
      '_locales/id/messages.json': { a: { message: 'satu' } },
      '_locales/en/messages.json': { a: { message: 'one' }, b: { message: 'two' } },
    };
    const loaded = await loadTranslator('id', { browserTranslate, browserLanguage: 'en', readJson: async (p) => files[p] });
    expect([loaded.language, loaded.t('a'), loaded.t('b')]).toEqual(['id', 'satu', 'two']);
  });

  it('falls back to the browser when a catalogue cannot be read', async () => {
    const loaded = await loadTranslator('vi', { browserTranslate, browserLanguage: 'en', readJson: async () => { throw new Error('404'); } });
    expect(loaded.t('x')).toBe('browser:x');
  });

  it('effectiveLanguage follows the browser only for "auto"', () => {
    expect(effectiveLanguage('auto', 'en-US')).toBe('en-US');
    expect(effectiveLanguage('vi', 'en-US')).toBe('vi');
  });
});
