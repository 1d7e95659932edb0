// The Telegram Web adapters on their fixtures (approximations of the /k and /a clients' DOM): the active
// chat's messages with direction and time, service and action notes skipped, times and reactions kept out
// of the text, the chat id from the URL, and each client served only under its own path.
import { describe, expect, it } from 'vitest';
import { telegramA } from '../../src/content/sites/telegram-a.js';
import { telegramK } from '../../src/content/sites/telegram-k.js';
import { sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('telegram K adapter', () => {
  sharedAdapterChecks(telegramK, 'telegram-k');

  it('serves /k and not /a', () => {
    expect(telegramK.handles(new URL('https://web.telegram.org/a/#1'))).toBe(false);
  });

  it('reads only the active chat when the client keeps other chats in the page', () => {
    const { doc, url } = siteFixture('telegram-k');
    expect((telegramK.findRoot(doc, url) as Element).closest('.chat')!.getAttribute('data-peer-id')).toBe('500000002');
  });

  it('waits on the chat list with no chat open', () => {
    const { doc } = siteFixture('telegram-k');
    doc.querySelector('.chat.active')!.classList.remove('active');
    expect(telegramK.findRoot(doc, new URL('https://web.telegram.org/k/'))).toBe('waiting');
  });
});

describe('telegram A adapter', () => {
  sharedAdapterChecks(telegramA, 'telegram-a');

  it('serves /a and not /k', () => {
    expect(telegramA.handles(new URL('https://web.telegram.org/k/#1'))).toBe(false);
  });

  it('waits with no chat open, and does not recognise an open chat without its message list', () => {
    const { doc } = siteFixture('telegram-a');
    doc.querySelector('.MessageList')!.remove();
    expect(telegramA.findRoot(doc, new URL('https://web.telegram.org/a/'))).toBe('waiting');
    expect(telegramA.findRoot(doc, new URL('https://web.telegram.org/a/#600000003'))).toBeNull();
  });
});
