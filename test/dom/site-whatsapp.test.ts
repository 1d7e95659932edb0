// The WhatsApp Web adapter on its fixture (an approximation of the app's DOM): the open chat's messages with
// direction from data-id and the clock time, media and system notes skipped, the chat id from the message
// ids, and a waiting state while no chat is open.
import { describe, expect, it } from 'vitest';
import { whatsapp } from '../../src/content/sites/whatsapp.js';
import { CHAT_JID, longFriendlyChat, whatsappPage } from '../fixtures/sites/generate-whatsapp-chat.js';
import { readAll, sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('whatsapp adapter', () => {
  sharedAdapterChecks(whatsapp, 'whatsapp');

  it('waits while the chat list shows and no chat is open', () => {
    const { doc, url } = siteFixture('whatsapp');
    doc.getElementById('main')!.remove();
    expect(whatsapp.findRoot(doc, url)).toBe('waiting');
  });

  it('does not recognise the page when messages exist but #main is gone (the app changed)', () => {
    const { doc, url } = siteFixture('whatsapp');
    const main = doc.getElementById('main')!;
    main.removeAttribute('id');
    doc.getElementById('side')!.remove();
    expect(whatsapp.findRoot(doc, url)).toBeNull();
  });

  it('never reads the draft in the message box or the sender name', () => {
    const { doc, url } = siteFixture('whatsapp');
    const root = whatsapp.findRoot(doc, url) as Element;
    const texts = [...root.querySelectorAll(whatsapp.itemSelector)].map((el) => JSON.stringify(whatsapp.readItem(el)));
    expect(texts.join()).not.toMatch(/draft|Agent Example|Me Example/);
  });

  it('serves only web.whatsapp.com', () => {
    expect(whatsapp.handles(new URL('https://www.whatsapp.com/'))).toBe(false);
  });
});

describe('whatsapp adapter on the generated benchmark chat', () => {
  it('reads all 5,000 messages of the generated page, with the same structure as the fixture', () => {
    const lines = longFriendlyChat(5_000);
    const doc = new DOMParser().parseFromString(whatsappPage(lines), 'text/html');
    const root = whatsapp.findRoot(doc, new URL('https://web.whatsapp.com/')) as Element;
    const items = readAll(whatsapp, root);
    expect(items).toHaveLength(5_000);
    expect(items[4_999]).toMatchObject({ kind: 'message', direction: lines[4_999]!.direction, text: lines[4_999]!.text, time: lines[4_999]!.time });
    expect(whatsapp.chatId(root, new URL('https://web.whatsapp.com/'))).toBe(CHAT_JID);
  });
});
