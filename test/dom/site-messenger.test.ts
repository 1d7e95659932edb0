// The Messenger adapter on its fixture (an approximation of the app's DOM): the thread's rows with the
// user's own messages recognised by their "You sent" / "You replied" heading, later rows of a run taking the
// direction of the run's heading, the time from a datetime in the row or the time row above the run, time
// rows and typing indicators skipped, the thread id from the URL, on messenger.com and facebook.com/messages.
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

  it('gives a later row of a run the direction of the run\'s heading, and stops looking at a time row', () => {
    const { doc, url } = siteFixture('messenger');
    const root = messenger.findRoot(doc, url) as Element;
    const rows = [...root.querySelectorAll(messenger.itemSelector)];
    const row = (text: string) => rows.find((r) => r.textContent!.includes(text))!;
    // The user's second message has no heading of its own: it is still the user's.
    expect(messenger.readItem(row('Is it in Bangkok?'))).toMatchObject({ direction: 'outgoing', time: '09:12' });
    // The recruiter's run after the time row: its heading is the recruiter's, never the user's above the time row.
    row('Online marketing').querySelector('h5')!.remove();
    expect(messenger.readItem(row('Online marketing'))).toMatchObject({ direction: 'incoming', time: '09:40' });
    row('Hello, I am from').querySelector('h5')!.querySelector('span')!.textContent = 'You sent';
    expect(messenger.readItem(row('Hello, I am from'))).toMatchObject({ direction: 'outgoing' });
  });

  it('takes a message\'s own datetime before the time row above it', () => {
    const { doc, url } = siteFixture('messenger');
    const root = messenger.findRoot(doc, url) as Element;
    const row = [...root.querySelectorAll(messenger.itemSelector)].find((r) => r.textContent!.includes('Which border?'))!;
    row.querySelector('[role="gridcell"]')!.insertAdjacentHTML('beforeend', '<time datetime="2025-03-01T09:47:00Z"></time>');
    expect(messenger.readItem(row)).toMatchObject({ direction: 'outgoing', time: '2025-03-01T09:47:00.000Z' });
  });

  it('never reads the sender heading as message text', () => {
    const { doc, url } = siteFixture('messenger');
    const root = messenger.findRoot(doc, url) as Element;
    const texts = [...root.querySelectorAll(messenger.itemSelector)].map((el) => messenger.readItem(el)?.text ?? '');
    expect(texts.join('|')).not.toMatch(/Recruiter Example|You sent/);
  });
});
