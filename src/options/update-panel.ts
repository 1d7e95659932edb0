// The options page's "Rule-pack updates" section: the packs in use (outdated ones marked), why a stored pack
// was not used, each update source with its last check and last error in plain words, the user's own
// sources, and "Check for updates now". Text goes in with textContent only. Dependencies come in as parameters.
import type { Translate } from '../shared/localize-page.js';
import type { UpdateStatus } from '../shared/messages.js';
import { isAcceptableSourceUrl, type UpdateOptions } from '../shared/update-options.js';

export interface UpdatePanelElements {
  packs: HTMLUListElement;
  problems: HTMLUListElement;
  sources: HTMLUListElement;
  useDefault: HTMLInputElement;
  addForm: HTMLFormElement;
  addInput: HTMLInputElement;
  checkNow: HTMLButtonElement;
  status: HTMLElement;
}

export interface UpdatePanelDeps {
  getStatus: () => Promise<UpdateStatus>;
  checkNow: () => Promise<UpdateStatus>;
  saveOptions: (options: UpdateOptions) => Promise<void>;
  t: Translate;
  formatTime: (ms: number) => string;
}

function item(doc: Document, text: string, className?: string): HTMLLIElement {
  const li = doc.createElement('li');
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

export function setupUpdatePanel(el: UpdatePanelElements, deps: UpdatePanelDeps) {
  const { t } = deps;
  const doc = el.packs.ownerDocument;
  let current: UpdateStatus | null = null;

  function render(status: UpdateStatus): void {
    current = status;
    el.packs.replaceChildren(
      ...status.packs.map((p) => {
        const origin = p.from === 'bundled' ? t('optionsUpdatesBuiltIn') : t('optionsUpdatesFromSource', p.source ?? '');
        const li = item(doc, `${p.name ?? p.id} ${p.version} — ${origin}`);
        if (p.outdated) {
          const note = doc.createElement('strong');
          note.textContent = ` ${t('optionsPackOutdated', p.expires)}`;
          li.append(note);
        }
        return li;
      }),
    );
    el.problems.replaceChildren(...status.problems.map((p) => item(doc, p, 'error')));
    el.problems.hidden = status.problems.length === 0;
    el.sources.replaceChildren(
      ...status.sources.map((s) => {
        const li = doc.createElement('li');
        const head = doc.createElement('div');
        head.textContent = `${s.url} (${t(s.origin === 'default' ? 'optionsUpdatesOriginDefault' : s.origin === 'policy' ? 'optionsUpdatesOriginPolicy' : 'optionsUpdatesOriginYours')})`;
        const checked = doc.createElement('div');
        checked.className = 'help';
        checked.textContent = s.lastCheck ? t('optionsUpdatesLastCheck', deps.formatTime(s.lastCheck)) : t('optionsUpdatesNotChecked');
        li.append(head, checked);
        if (s.lastError) {
          const err = doc.createElement('div');
          err.className = 'error';
          err.textContent = t('optionsUpdatesLastError', s.lastError);
          li.append(err);
        } else if (s.lastResult) {
          const ok = doc.createElement('div');
          ok.className = 'help';
          ok.textContent = s.lastResult;
          li.append(ok);
        }
        if (s.origin === 'options') {
          const remove = doc.createElement('button');
          remove.type = 'button';
          remove.textContent = t('optionsUpdatesRemove');
          remove.setAttribute('aria-label', t('optionsUpdatesRemoveLabel', s.url));
          remove.addEventListener('click', () => void save(status.optionSources.filter((u) => u !== s.url), status.useDefaultSource));
          li.append(remove);
        }
        return li;
      }),
    );
    el.useDefault.checked = status.useDefaultSource;
  }

  async function refresh(): Promise<void> {
    try {
      render(await deps.getStatus());
    } catch (err) {
      el.status.textContent = t('optionsUpdatesFailed', (err as Error).message);
    }
  }

  async function save(sources: string[], useDefaultSource: boolean): Promise<void> {
    await deps.saveOptions({ sources, useDefaultSource });
    await refresh();
  }

  el.useDefault.addEventListener('change', () => void save(current?.optionSources ?? [], el.useDefault.checked));
  el.addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = el.addInput.value.trim();
    if (!isAcceptableSourceUrl(url)) {
      el.status.textContent = t('optionsUpdatesBadUrl');
      return;
    }
    el.addInput.value = '';
    void save([...new Set([...(current?.optionSources ?? []), url])], current?.useDefaultSource ?? true).then(() => {
      el.status.textContent = t('optionsUpdatesAdded');
    });
  });
  el.checkNow.addEventListener('click', () => {
    el.checkNow.disabled = true;
    el.status.textContent = t('optionsUpdatesChecking');
    deps
      .checkNow()
      .then((status) => {
        render(status);
        el.status.textContent = t('optionsUpdatesChecked');
      })
      .catch((err: unknown) => {
        el.status.textContent = t('optionsUpdatesFailed', err instanceof Error ? err.message : String(err));
      })
      .finally(() => {
        el.checkNow.disabled = false;
      });
  });
  return { refresh };
}
