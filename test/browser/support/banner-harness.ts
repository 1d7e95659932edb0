// A page-side harness for accessibility checks of the real banner module: renders showBanner() with an OPEN
// shadow root (axe cannot enter a closed one) and the English messages. Bundled by the test with esbuild and
// injected into a fixture page; never part of the extension.
import en from '../../../assets/_locales/en/messages.json';
import { showBanner, type BannerInput } from '../../../src/content/banner.js';
import { createTranslator } from '../../../src/shared/translator.js';

const t = createTranslator(en);
(globalThis as { renderLureguardBanner?: (input: BannerInput) => void }).renderLureguardBanner = (input) => {
  showBanner(input, { doc: document, t, mode: 'open' });
};
