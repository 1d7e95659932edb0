// The Messenger adapter on its fixture (an approximation of the app's DOM): the thread's rows with the
// user's own messages recognised by their "You sent" heading, date lines and typing indicators skipped,
// the thread id from the URL, on messenger.com and on facebook.com/messages only.
import { describe, expect, it } from 'vitest';
import { messenger } from '../../src/content/sites/messenger.js';
import { sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('messenger adapter', () => {
  sharedAdapterChecks(messenger, 'messenger');

  it('serves facebook.com/messages but not the rest of facebook.com', () => {
    expect(messenger.handles(new URL('https://www.facebook.com/messages/t/700000004/'))).toBe(true);
    expect(messenger.chatId(document.body, new URL('https://www.facebook.com/messages/e2ee/t/700000004/'))).toBe('700000004');
    expect(messenger.handles(new URL('https://www.facebook.com/groups/800000005/'))).toBe(false);
  });

  it('waits in the inbox without an open thread', () => {
    const { doc } = siteFixture('messenger');
    doc.querySelector('[role="main"]')!.remove();
    expect(messenger.findRoot(doc, new URL('https://www.messenger.com/'))).toBe('waiting');
    expect(messenger.findRoot(doc, new URL('https://www.messenger.com/t/700000004/'))).toBeNull();
  });

  it('never reads the sender heading as message text', () => {
    const { doc, url } = siteFixture('messenger');
    const root = messenger.findRoot(doc, url) as Element;
    const texts = [...root.querySelectorAll(messenger.itemSelector)].map((el) => messenger.readItem(el)?.text ?? '');
    expect(texts.join('|')).not.toMatch(/Recruiter Example|You sent/);
  });
});
