// Answers the background's `show-verdict` message ("Check this text with Lureguard") by loading the offer
// module on demand, which checks the message and shows the result banner. Used by both content-script
// entries; refuses messages from anyone but this extension. Never logs the verdict. The detector listens
// only once the user selects text or opens a context menu (the menu item needs a selection), which keeps
// the messaging API out of pages where nobody asks.
import type { Reply } from '../shared/messages.js';
import type { PageModule } from './load-page-module.js';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: Reply<{ shown: boolean }>) => void) => boolean;

export function answerShowVerdict(extensionId: string, load: () => Promise<typeof PageModule>): Listener {
  return (message, sender, sendResponse) => {
    // Only the type is looked at here; the offer module checks the whole message before using any of it.
    if (sender.id !== extensionId || (message as { type?: unknown } | null)?.type !== 'show-verdict') return false;
    load()
      .then((module) => module.showSelectionVerdict(message), () => false)
      .then((shown) => sendResponse({ ok: true, value: { shown } }));
    return true;
  };
}

/** Calls `listen` once, at the first selection change or context menu in the document. */
export function whenSelecting(doc: Document, listen: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    doc.removeEventListener('selectionchange', once);
    doc.removeEventListener('contextmenu', once, true);
    listen();
  };
  doc.addEventListener('selectionchange', once);
  doc.addEventListener('contextmenu', once, true);
}
