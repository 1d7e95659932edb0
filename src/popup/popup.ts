// Popup entry: loads settings and the chosen language, asks the background for the current tab's report and
// wires the report, advice, hotlines, "This looks wrong" and "Check a message" to it. Wiring only.
// Never logs or stores what the user pastes.
import type { Verdict } from '../engine/types.js';
import hotlinesFile from '../../assets/hotlines.json';
import type { HotlinesFile } from '../shared/hotlines.js';
import { openPage } from '../shared/open-page.js';
import { sendToBackground } from '../shared/send-to-background.js';
import { addSite, hostOf, removeSite, type SiteList } from '../shared/settings.js';
import { setupCheckForm } from './check-form.js';
import { renderHelp } from './render-help.js';
import { renderReport, reportHeadingKey, type ReportState } from './render-report.js';
import { setupSiteControls } from './site-controls.js';
import { resolveTargetTab } from './target-tab.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const hotlines = (hotlinesFile as HotlinesFile).entries;

async function main(): Promise<void> {
  const { settings, defaults, t, language } = await openPage();

  const tabId = await resolveTargetTab(location.search, async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]);
  const loadState = async (): Promise<ReportState> => {
    if (tabId === null) return { kind: 'no-tab' };
    try {
      return { kind: 'report', report: (await sendToBackground('get-tab-report', { tabId })).report };
    } catch (error) {
      return { kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
    }
  };

  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  } catch {
    regions = null;
  }
  let pageDestinations: string[] = [];
  let checkedDestinations: string[] = [];
  const showHelp = () =>
    $('#help').replaceChildren(renderHelp(document, {
      entries: hotlines,
      userCountry: settings.country,
      destinations: [...pageDestinations, ...checkedDestinations],
      countryName: (code) => regions?.of(code),
    }, t));

  const render = (state: ReportState) => {
    $('#report-heading').textContent = t(reportHeadingKey(state));
    $('#report').replaceChildren(renderReport(document, state, t));
    pageDestinations = state.kind === 'report' ? (state.report?.verdict?.destinations ?? []) : [];
    showHelp();
  };

  const state = await loadState();
  render(state);
  const report = state.kind === 'report' ? state.report : null;
  const host = report !== null && report.kind !== 'selection' ? hostOf(report.url) : null;
  const listedIn: SiteList | null = host === null ? null
    : settings.allowedSites.includes(host) ? 'allowedSites' : settings.pausedSites.includes(host) ? 'pausedSites' : null;
  // The worker updates the stored report too; the popup shows the change at once without waiting for it.
  const renderSuppressed = (suppressed: 'site-allowed' | 'site-paused' | undefined) => {
    if (report === null) return;
    const { suppressed: _old, ...rest } = report;
    render({ kind: 'report', report: suppressed === undefined ? rest : { ...rest, suppressed } });
  };
  setupSiteControls(
    { container: $('#site-controls'), allow: $('#allow-site'), pause: $('#pause-site'), undo: $('#undo-site'), status: $('#site-status') },
    {
      host,
      listedIn,
      addSite: async (list, site) => {
        await addSite(chrome.storage.local, defaults, list, site);
        renderSuppressed(list === 'allowedSites' ? 'site-allowed' : 'site-paused');
      },
      removeSite: async (list, site) => {
        await removeSite(chrome.storage.local, defaults, list, site);
        renderSuppressed(undefined);
      },
      t,
    },
  );

  setupCheckForm(
    { form: $('#check-form'), textarea: $('#check-text'), result: $('#check-result') },
    {
      scoreText: (text) => sendToBackground('score-text', { text }),
      t,
      onVerdict: (verdict: Verdict) => {
        checkedDestinations = verdict.destinations;
        showHelp();
      },
    },
  );
  $('#open-options').addEventListener('click', () => void chrome.runtime.openOptionsPage());
}

main()
  .catch((error: unknown) => {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = chrome.i18n.getMessage('popupError', error instanceof Error ? error.message : String(error));
    document.querySelector('main')?.prepend(p);
  })
  .finally(() => {
    document.body.dataset.ready = '1';
  });
