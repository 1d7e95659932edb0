// Options page entry: loads settings and the chosen language, and wires the settings form, the site lists
// and the pack details to storage and the background. Wiring only.
import hotlinesFile from '../../assets/hotlines.json';
import type { HotlinesFile } from '../shared/hotlines.js';
import { openPage } from '../shared/open-page.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { loadSettings, saveSettings, SETTINGS_KEYS } from '../shared/settings.js';
import { countryChoices } from './country-choices.js';
import { setupSettingsForm } from './settings-form.js';
import { showPackInfo } from './show-pack-info.js';
import { ADAPTER_STATUS_PREFIX, showSiteSupport } from './show-site-support.js';
import { setupUpdatePanel } from './update-panel.js';
import { writeUpdateOptions } from '../shared/update-options.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

async function main(): Promise<void> {
  const { settings, defaults, t, language } = await openPage();

  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  } catch {
    regions = null;
  }
  const directory = (hotlinesFile as HotlinesFile).entries.map((e) => e.country);
  const form = setupSettingsForm(
    {
      country: $('#country'),
      language: $('#language'),
      bannerLevel: $('#banner-level'),
      allowedList: $('#allowed-sites'),
      allowedEmpty: $('#allowed-empty'),
      pausedList: $('#paused-sites'),
      pausedEmpty: $('#paused-empty'),
      status: $('#status'),
    },
    {
      settings,
      countries: countryChoices(directory, (code) => regions?.of(code), new Intl.Collator(language)),
      save: (changes) => saveSettings(chrome.storage.local, changes),
      t,
      onLanguageChange: () => location.reload(),
    },
  );
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEYS.allowedSites in changes || SETTINGS_KEYS.pausedSites in changes)) return;
    void loadSettings(chrome.storage.local, defaults).then((next) => form.showSites(next));
  });

  // Site readers that could not read their site in this session (statuses kept by the worker).
  const siteSupport = { list: $('#site-support'), allOk: $('#site-support-ok') };
  const showSites = async () => showSiteSupport(siteSupport, await chrome.storage.session.get(null), t);
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && Object.keys(changes).some((key) => key.startsWith(ADAPTER_STATUS_PREFIX))) void showSites().catch(() => undefined);
  });
  await showSites().catch(() => undefined);

  const updates = setupUpdatePanel(
    {
      packs: $('#packs-in-use'),
      problems: $('#pack-problems'),
      sources: $('#update-sources'),
      useDefault: $('#use-default-source'),
      addForm: $('#add-source'),
      addInput: $('#source-url'),
      checkNow: $('#check-updates'),
      status: $('#updates-status'),
    },
    {
      getStatus: () => sendToBackground('get-update-status', {}),
      checkNow: () => sendToBackground('check-updates-now', {}),
      saveOptions: (options) => writeUpdateOptions(chrome.storage.local, options),
      t,
      formatTime: (ms) => new Date(ms).toLocaleString(language),
    },
  );
  await updates.refresh();

  await showPackInfo(
    { list: $('#pack-info'), error: $('#pack-error'), outdated: $('#pack-outdated') },
    () => sendToBackground('get-pack-info', {}),
    t,
  );
}

main().finally(() => {
  document.body.dataset.ready = '1';
});
