// Shows the rule pack in use (name, id, version, publish and expiry dates) on the options page, and warns
// when the pack is past its expiry date (it still applies, but may miss new patterns). Writes text with
// textContent only. Takes the pack-info source, today's date and translations as parameters.
import type { PackInfo } from '../shared/messages.js';
import type { Translate } from '../shared/localize-page.js';

export interface PackInfoElements {
  list: HTMLElement;
  error: HTMLElement;
  /** Shown when the pack is outdated. */
  outdated?: HTMLElement;
}

const FIELDS = ['name', 'id', 'version', 'published', 'expires'] as const;

/** True when `today` (YYYY-MM-DD) is after the pack's expiry date; an unreadable date counts as not expired. */
export function isPackOutdated(info: PackInfo, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(info.expires) && today > info.expires;
}

export async function showPackInfo(
  elements: PackInfoElements,
  getPackInfo: () => Promise<PackInfo>,
  t: Translate,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<void> {
  try {
    const info = await getPackInfo();
    for (const field of FIELDS) {
      const cell = elements.list.querySelector<HTMLElement>(`[data-field="${field}"]`);
      if (cell) cell.textContent = info[field] ?? info.id;
    }
    elements.error.hidden = true;
    if (elements.outdated) {
      const outdated = isPackOutdated(info, today);
      elements.outdated.hidden = !outdated;
      elements.outdated.textContent = outdated ? t('optionsPackOutdated', info.expires) : '';
    }
  } catch (error) {
    elements.list.hidden = true;
    elements.error.textContent = t('optionsPackError', error instanceof Error ? error.message : String(error));
    elements.error.hidden = false;
  }
}
