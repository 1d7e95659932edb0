// Background service worker entry: wires the pack store, the message handlers and the router to the
// browser. Wiring only; logic lives in the modules it imports. Never logs page text.
import { compilePack, isCompatibleCompiledPack, scoreText, ENGINE_FORMAT, type CompiledPack, type PackSource } from '../engine/index.js';
import { createPackStore, fetchPackagedJson } from './pack-store.js';
import { createBackgroundHandlers } from './background-handlers.js';
import { createMessageRouter } from './message-router.js';

const BUNDLED_PACK = 'packs/core.json';

const packStore = createPackStore<PackSource, CompiledPack>({
  loadSource: () => fetchPackagedJson(chrome.runtime.getURL(BUNDLED_PACK)),
  compile: compilePack,
  check: (pack) => {
    if (!isCompatibleCompiledPack(pack)) throw new Error('not a compiled pack of this engine format');
    scoreText(pack, '');
  },
  storage: chrome.storage.local,
  engineFormat: ENGINE_FORMAT,
  onCacheProblem: (problem) => console.warn(`[lureguard] pack cache: ${problem}`),
});

chrome.runtime.onMessage.addListener(
  createMessageRouter({
    extensionId: chrome.runtime.id,
    handlers: createBackgroundHandlers({
      getPack: () => packStore.getPack(),
      score: scoreText,
      locale: () => chrome.i18n.getUILanguage(),
    }),
    onHandlerError: (type, error) => console.error(`[lureguard] ${type} failed:`, error instanceof Error ? error.message : error),
  }),
);

const warmUp = () => {
  packStore.getPack().catch((error: unknown) => console.error('[lureguard] bundled pack failed to load:', error));
};
chrome.runtime.onInstalled.addListener(warmUp);
chrome.runtime.onStartup.addListener(warmUp);
