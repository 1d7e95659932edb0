// Background service worker entry: wires the pack store, settings, tab reports, badge, message router,
// context menu and tab lifecycle to the browser. Wiring only; logic lives in the modules it imports.
// Never logs page text.
import { scoreConversation, scoreText } from '../engine/index.js';
import hotlinesFile from '../../assets/hotlines.json';
import { countryFromLocale, type HotlinesFile } from '../shared/hotlines.js';
import { defaultSettings, loadSettings, SETTINGS_KEYS } from '../shared/settings.js';
import { fetchPackagedJson } from './packaged-json.js';
import { createPackService } from './pack-service.js';
import { createUpdateController } from './update-controller.js';
import { parsePublicKeyFile, type PublicKeyFile } from '../shared/pack-signature.js';
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

/** Public keys trusted to sign pack updates, shipped in keys/ (listed in keys/index.json). */
const bundledKeys = async (): Promise<PublicKeyFile[]> => {
  const names = (await fetchPackagedJson(chrome.runtime.getURL('keys/index.json'))) as string[];
  const files = await Promise.all(names.map((n) => fetchPackagedJson(chrome.runtime.getURL(`keys/${n}`))));
  return files.map(parsePublicKeyFile).filter((k): k is PublicKeyFile => k !== null);
};
const packStore = createPackService({
  loadBundled: () => fetchPackagedJson(chrome.runtime.getURL(BUNDLED_PACK)),
  storage: chrome.storage.local,
  trustedKeys: bundledKeys,
  onProblem: (problem) => console.warn(`[lureguard] packs: ${problem}`),
});
const updates = createUpdateController({
  storage: chrome.storage.local,
  // Managed storage exists only where a policy can be set; elsewhere it rejects, which means "no policy".
  readManagedPolicy: () => chrome.storage.managed.get(null),
  bundledKeys,
  packs: packStore,
  fetch: (input, init) => fetch(input, init),
  alarms: chrome.alarms,
  random: Math.random,
  now: Date.now,
  today: () => new Date().toISOString().slice(0, 10),
});
chrome.alarms.onAlarm.addListener((alarm) => void updates.onAlarm(alarm.name).catch((error: unknown) => console.warn('[lureguard] update check failed:', error instanceof Error ? error.message : error)));

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
      updates,
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
  updates.ensureScheduled().catch(() => undefined);
  createMenu().catch((error: unknown) => console.error('[lureguard] context menu not created:', error instanceof Error ? error.message : error));
};
// Menus normally persist, but recreating them at browser start costs nothing and survives a lost menu.
chrome.runtime.onInstalled.addListener(setUp);
chrome.runtime.onStartup.addListener(setUp);

// For debugging and the browser tests (a native context menu cannot be clicked headless): the same code path
// as the menu item. Reachable only from the worker's own global scope, never from web pages.
(globalThis as { lureguard?: unknown }).lureguard = { checkSelection };
