// Background service worker entry: wires the pack store, settings, tab reports, badge, message router,
// context menu and tab lifecycle to the browser. Wiring only; logic lives in the modules it imports.
// Never logs page text.
import { compilePack, isCompatibleCompiledPack, scoreConversation, scoreText, ENGINE_FORMAT, type CompiledPack, type PackSource } from '../engine/index.js';
import hotlinesFile from '../../assets/hotlines.json';
import { countryFromLocale, type HotlinesFile } from '../shared/hotlines.js';
import { defaultSettings, loadSettings, SETTINGS_KEYS } from '../shared/settings.js';
import { createPackStore, fetchPackagedJson } from './pack-store.js';
import { createBackgroundHandlers } from './background-handlers.js';
import { createMessageRouter } from './message-router.js';
import { createTabReports } from './tab-reports.js';
import { applyBadge, badgeFor } from './tab-badge.js';
import { CHECK_SELECTION_MENU_ID, createSelectionChecker } from './check-selection.js';
import { createTabLifecycle } from './tab-lifecycle.js';
import { refreshReports } from './refresh-reports.js';
import { createTranslations } from './worker-translations.js';
import { createAdapterStatusStore } from './adapter-status.js';

const BUNDLED_PACK = 'packs/core.json';
const hotlines = (hotlinesFile as HotlinesFile).entries;

const packStore = createPackStore<PackSource, CompiledPack>({
  loadSource: () => fetchPackagedJson(chrome.runtime.getURL(BUNDLED_PACK)),
  compile: (source) => compilePack(source, { form: 'shipped' }),
  check: (pack) => {
    if (!isCompatibleCompiledPack(pack)) throw new Error('not a compiled pack of this engine format');
    scoreText(pack, '');
  },
  storage: chrome.storage.local,
  engineFormat: ENGINE_FORMAT,
  onCacheProblem: (problem) => console.warn(`[lureguard] pack cache: ${problem}`),
});

const browserLanguage = () => chrome.i18n.getUILanguage();
const getSettings = () =>
  loadSettings(chrome.storage.local, defaultSettings({ locales: [browserLanguage(), navigator.language], countryFromLocale }));
const translations = createTranslations(async () => (await getSettings()).language, {
  browserTranslate: (key, substitutions) => chrome.i18n.getMessage(key, substitutions),
  browserLanguage: browserLanguage(),
  readJson: (path) => fetchPackagedJson(chrome.runtime.getURL(path)),
});
const reports = createTabReports(chrome.storage.session);
const showBadge = async (tabId: number, report: Parameters<typeof badgeFor>[0]) =>
  applyBadge(chrome.action, tabId, badgeFor(report, await translations()));
const assessDeps = { getPack: () => packStore.getPack(), score: scoreText, getSettings, browserLanguage, hotlines, now: Date.now };

chrome.runtime.onMessage.addListener(
  createMessageRouter({
    extensionId: chrome.runtime.id,
    pageOrigin: chrome.runtime.getURL(''),
    handlers: createBackgroundHandlers({
      ...assessDeps,
      reports,
      showBadge,
      scoreChat: scoreConversation,
      recordAdapterStatus: createAdapterStatusStore(chrome.storage.session, Date.now).record,
    }),
    onHandlerError: (type, error) => console.error(`[lureguard] ${type} failed:`, error instanceof Error ? error.message : error),
  }),
);

const checkSelection = createSelectionChecker({
  ...assessDeps,
  reports,
  showBadge,
  sendToTab: (tabId, message, frameId) =>
    frameId === undefined ? chrome.tabs.sendMessage(tabId, message) : chrome.tabs.sendMessage(tabId, message, { frameId }),
});
chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== CHECK_SELECTION_MENU_ID) return;
  checkSelection(info, tab).catch((error: unknown) =>
    console.error('[lureguard] checking the selection failed:', error instanceof Error ? error.message : 'unknown error'));
});

const createMenu = async () => {
  const t = await translations();
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: CHECK_SELECTION_MENU_ID, title: t('contextMenuCheckSelection'), contexts: ['selection'] });
};

const lifecycle = createTabLifecycle({ reports, showBadge });
const ignore = () => undefined; // a tab or the session storage gone mid-way: nothing left to update
chrome.tabs.onRemoved.addListener((tabId) => void lifecycle.onRemoved(tabId).catch(ignore));
chrome.tabs.onUpdated.addListener((tabId, change) => void lifecycle.onUpdated(tabId, change).catch(ignore));

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (SETTINGS_KEYS.allowedSites in changes || SETTINGS_KEYS.pausedSites in changes) {
    void refreshReports({ reports, getSettings, showBadge }).catch(ignore);
  }
  if (SETTINGS_KEYS.language in changes) {
    translations()
      .then((t) => chrome.contextMenus.update(CHECK_SELECTION_MENU_ID, { title: t('contextMenuCheckSelection') }))
      .catch(() => createMenu()) // the menu was not there (yet): create it with the new title
      .catch(() => undefined);
  }
});

const warmUp = () => {
  packStore.getPack().catch((error: unknown) => console.error('[lureguard] bundled pack failed to load:', error));
};
const setUp = () => {
  warmUp();
  createMenu().catch((error: unknown) => console.error('[lureguard] context menu not created:', error instanceof Error ? error.message : error));
};
// Menus normally persist, but recreating them at browser start costs nothing and survives a lost menu.
chrome.runtime.onInstalled.addListener(setUp);
chrome.runtime.onStartup.addListener(setUp);

// For debugging and the browser tests (a native context menu cannot be clicked headless): the same code path
// as the menu item. Reachable only from the worker's own global scope, never from web pages.
(globalThis as { lureguard?: unknown }).lureguard = { checkSelection };
