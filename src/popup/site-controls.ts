// "This looks wrong": lets the user allow the current site or pause Lureguard on it, says what happened,
// and offers to undo (also possible later in options). Takes the site store and translations as
// parameters; stores only the host name, never page content.
import type { Translate } from '../shared/localize-page.js';
import type { SiteList } from '../shared/settings.js';

export interface SiteControlElements {
  /** The "This looks wrong" block; hidden when there is no site to act on. */
  container: HTMLElement;
  allow: HTMLButtonElement;
  pause: HTMLButtonElement;
  undo: HTMLButtonElement;
  /** A live region for what happened. */
  status: HTMLElement;
}

export interface SiteControlDeps {
  /** Host of the current tab's page, or null when there is none (no report, a browser page). */
  host: string | null;
  /** The list the host is on already, if any (so the popup can offer undo straight away). */
  listedIn: SiteList | null;
  addSite: (list: SiteList, host: string) => Promise<unknown>;
  removeSite: (list: SiteList, host: string) => Promise<unknown>;
  t: Translate;
}

export function setupSiteControls(elements: SiteControlElements, deps: SiteControlDeps): void {
  const { container, allow, pause, undo, status } = elements;
  const { host, t } = deps;
  if (host === null) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  let listed: SiteList | null = deps.listedIn;

  const show = () => {
    allow.hidden = listed !== null;
    pause.hidden = listed !== null;
    undo.hidden = listed === null;
  };
  const run = async (action: () => Promise<unknown>, messageKey: string) => {
    try {
      await action();
      status.textContent = t(messageKey, host);
      status.classList.remove('error');
    } catch (error) {
      status.textContent = t('popupSiteError', error instanceof Error ? error.message : String(error));
      status.classList.add('error');
    }
    show();
  };

  allow.addEventListener('click', () => void run(async () => {
    await deps.addSite('allowedSites', host);
    listed = 'allowedSites';
  }, 'popupSiteAllowed'));
  pause.addEventListener('click', () => void run(async () => {
    await deps.addSite('pausedSites', host);
    listed = 'pausedSites';
  }, 'popupSitePaused'));
  undo.addEventListener('click', () => void run(async () => {
    if (listed !== null) await deps.removeSite(listed, host);
    listed = null;
  }, 'popupSiteUndone'));
  show();
}
