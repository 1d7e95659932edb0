// Shows the allowed or paused sites in options, each with a remove button named after its site, and an
// empty note when there are none. Text nodes only. The remove action and translations are passed in.
import type { Translate } from '../shared/localize-page.js';

export function renderSiteList(list: HTMLElement, empty: HTMLElement, hosts: readonly string[], onRemove: (host: string) => void, t: Translate): void {
  const doc = list.ownerDocument;
  list.replaceChildren();
  empty.hidden = hosts.length > 0;
  list.hidden = hosts.length === 0;
  for (const host of hosts) {
    const item = doc.createElement('li');
    item.dataset.host = host;
    const name = doc.createElement('span');
    name.className = 'host';
    name.textContent = host;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = t('optionsRemove');
    button.setAttribute('aria-label', t('optionsRemoveSite', host));
    button.addEventListener('click', () => onRemove(host));
    item.append(name, ' ', button);
    list.append(item);
  }
}
