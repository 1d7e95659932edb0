// Shows the rule pack in use (id, version, publish and expiry dates) on the options page.
// Writes text with textContent only. Takes the pack-info source and translations as parameters.
import type { PackInfo } from '../shared/messages.js';
import type { Translate } from '../shared/localize-page.js';

export interface PackInfoElements {
  list: HTMLElement;
  error: HTMLElement;
}

const FIELDS = ['id', 'version', 'published', 'expires'] as const;

export async function showPackInfo(elements: PackInfoElements, getPackInfo: () => Promise<PackInfo>, t: Translate): Promise<void> {
  try {
    const info = await getPackInfo();
    for (const field of FIELDS) {
      const cell = elements.list.querySelector<HTMLElement>(`[data-field="${field}"]`);
      if (cell) cell.textContent = info[field];
    }
    elements.error.hidden = true;
  } catch (error) {
    elements.list.hidden = true;
    elements.error.textContent = t('optionsPackError', error instanceof Error ? error.message : String(error));
    elements.error.hidden = false;
  }
}
