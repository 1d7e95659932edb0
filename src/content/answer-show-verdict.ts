// Answers the background's `show-verdict` message ("Check this text with Lureguard") by loading the offer
// module on demand and showing the result banner. Used by both content-script entries; refuses messages
// that are not from this extension or not well formed. Never logs the verdict. The detector starts
// listening only once the user selects text or opens a context menu (the menu item needs a selection),
// which keeps the messaging API out of pages where nobody asks.
import type { Reply } from '../shared/messages.js';
import type { PageModule } from './load-page-module.js';
import { isShowVerdictMessage } from './show-verdict-message.js';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: Reply<{ shown: boolean }>) => void) => boolean;

export function answerShowVerdict(extensionId: string, load: () => Promise<typeof PageModule>): Listener {
  return (message, sender, sendResponse) => {
    if (sender.id !== extensionId || !isShowVerdictMessage(message)) return false;
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
