// The in-page banner: role=alert, headline and level word per level, the top signs with their evidence
// quoted exactly, page text kept as literal text (markup creates no element), dismissal by button and by
// Escape, help with hotline source and date plus the embassy fallback, the selection result at level none,
// and "Show on page" marking the evidence through the Custom Highlight API or a selection.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BANNER_ATTRIBUTE, showBanner, topSignals, type BannerInput } from '../../src/content/banner.js';
import { findTextRanges, type HighlightApi } from '../../src/content/highlight-evidence.js';
import { hotline, loadIntoDocument, messages, signal, t, verdict } from './content-helpers.js';

const msg = (key: string) => messages[key]!.message;

function render(input: Partial<BannerInput> & Pick<BannerInput, 'verdict'>, extra: { highlightApi?: HighlightApi | null; onDismiss?: () => void } = {}) {
  const handle = showBanner({ help: [], origin: 'page', ...input }, { doc: document, t, mode: 'open', highlightApi: null, ...extra });
  const root = handle.host.shadowRoot!;
  return { ...handle, root, q: <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel) };
}

const DANGER = verdict('danger', [
  signal('chat-app-contact', 12, ['Telegram @hr_fast'], 'Contact only through a chat app'),
  signal('hub-destination', 25, ['Sihanoukville'], 'A known scam-compound hub'),
  signal('tourist-visa', 25, ['travel on a tourist visa', 'visa on arrival'], 'Work on a tourist visa'),
  signal('free-flight', 18, ['Free flight ticket'], 'Travel paid by the "employer"'),
]);

afterEach(() => {
  for (const host of document.querySelectorAll(`[${BANNER_ATTRIBUTE}]`)) host.remove();
  document.body.replaceChildren();
});

describe('banner structure', () => {
  it('is a <lureguard-banner> host with a stable attribute, at the top of the page, holding a role=alert region', () => {
    document.body.innerHTML = '<p>page</p>';
    const { host, q } = render({ verdict: DANGER });
    expect(host.tagName.toLowerCase()).toBe('lureguard-banner');
    expect(host.getAttribute(BANNER_ATTRIBUTE)).toBe('danger');
    expect(document.body.firstElementChild).toBe(host);
    expect(q('[role="alert"]')).not.toBeNull();
    expect(q('[role="alert"]')!.getAttribute('aria-labelledby')).toBe('lg-headline');
  });

  it('uses a closed shadow root unless told otherwise', () => {
    const handle = showBanner({ verdict: DANGER, help: [], origin: 'page' }, { doc: document, t, highlightApi: null });
    expect(handle.host.shadowRoot).toBeNull();
    handle.dismiss();
  });

  it.each([
    ['danger', 'bannerHeadlineDanger', 'bannerLevelDanger'],
    ['warning', 'bannerHeadlineWarning', 'bannerLevelWarning'],
  ] as const)('at %s shows the headline and the level as a word and an icon, not colour alone', (level, headline, word) => {
    const { q } = render({ verdict: verdict(level, DANGER.signals) });
    expect(q('h2')!.textContent).toBe(msg(headline));
    expect(q('[data-testid="level"]')!.textContent).toBe(msg(word));
    expect(q('[data-testid="level"] svg')).not.toBeNull();
    expect(q('.banner')!.classList.contains(`level-${level}`)).toBe(true);
  });

  it('danger wording is plain and names trafficking without blaming the reader', () => {
    expect(msg('bannerHeadlineDanger')).toBe('This job offer matches how people are trafficked into scam compounds');
  });

  it('lists the top three signs by weight, each with its evidence quoted exactly', () => {
    const { root } = render({ verdict: DANGER });
    const items = [...root.querySelectorAll('[data-testid="signs"] > li')];
    expect(items.map((li) => li.querySelector('.sign-title')!.textContent)).toEqual([
      'A known scam-compound hub', 'Work on a tourist visa', 'Travel paid by the "employer"',
    ]);
    expect([...items[1]!.querySelectorAll('q')].map((quote) => quote.textContent)).toEqual(['travel on a tourist visa', 'visa on arrival']);
    expect(root.textContent).toContain(t('bannerMoreSigns', '1'));
    expect(topSignals(DANGER.signals, 1)[0]!.rule).toBe('hub-destination');
    const sign = (rule: string, category: string, weight: number) => ({ ...DANGER.signals[0]!, rule, category, weight });
    const mixed = [sign('p1', 'trafficking-pattern', 45), sign('p2', 'trafficking-pattern', 40), sign('hub', 'high-risk-destination', 25), sign('visa', 'tourist-visa-for-work', 20)];
    expect(topSignals(mixed).map((s) => s.rule)).toEqual(['p1', 'hub', 'visa']);
    expect(topSignals(mixed.slice(0, 2)).map((s) => s.rule)).toEqual(['p1', 'p2']);
  });

  it('shows "What to do" with short advice lines', () => {
    const { q, root } = render({ verdict: DANGER });
    expect(root.textContent).toContain(msg('bannerAdviceHeading'));
    expect(q('.advice')!.children.length).toBeGreaterThanOrEqual(2);
    expect(q('.advice')!.textContent).toContain(msg('bannerAdvicePassport'));
  });
});

describe('banner keeps page and pack text literal', () => {
  it('shows markup in evidence and titles as text and creates no element from it', () => {
    const evil = '<img src=x onerror="window.__lgPwned=1">Call <b>now</b>';
    const { root } = render({ verdict: verdict('danger', [signal('x', 30, [evil], '<script>alert(1)</script> title')]) });
    expect(root.querySelector('q')!.textContent).toBe(evil);
    expect(root.querySelector('.sign-title')!.textContent).toBe('<script>alert(1)</script> title');
    expect(root.querySelector('img, b, script')).toBeNull();
    expect((window as unknown as { __lgPwned?: number }).__lgPwned).toBeUndefined();
  });

  it('shows hotline data as text and links only to http(s) sources', () => {
    const { root } = render({
      verdict: DANGER,
      help: [hotline({ organisation: '<i>Org</i>', source: 'javascript:alert(1)', contacts: [{ kind: 'web', value: 'javascript:alert(2)' }] })],
    });
    expect(root.querySelector('[data-hotline] strong')!.textContent).toBe('<i>Org</i>');
    expect(root.querySelector('i')).toBeNull();
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
  });
});

describe('banner help', () => {
  it('shows up to two hotlines with number, organisation, source link and verified date, then the embassy fallback', () => {
    const help = [
      hotline(),
      hotline({ id: 'yy-line', organisation: 'Second Line', countryName: 'Otherland', contacts: [{ kind: 'phone', value: '1234', note: 'from abroad' }], verified: '2025-10-03' }),
      hotline({ id: 'xx-third', organisation: 'Third Line' }),
    ];
    const { root, q } = render({ verdict: DANGER, help });
    const items = [...root.querySelectorAll('[data-hotline]')];
    expect(items.map((li) => li.getAttribute('data-hotline'))).toEqual(['zz-example-helpline', 'yy-line']);
    expect(items[0]!.textContent).toContain('Example Anti-Trafficking Helpline');
    expect(items[0]!.querySelector('.contact')!.textContent).toBe('0800 000 000');
    expect(items[0]!.querySelector('a[data-source]')!.getAttribute('href')).toBe('https://helpline.example.org/contact');
    expect(items[0]!.querySelector('a[data-source]')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(items[0]!.querySelector('[data-verified]')!.textContent).toBe('checked 2025-11');
    expect(items[1]!.textContent).toContain('1234 (from abroad)');
    expect(items[1]!.textContent).not.toContain('SMS');
    expect(q('[data-testid="embassy"]')!.textContent).toBe(msg('bannerHelpEmbassyOr'));
  });

  it('names SMS and WhatsApp contacts so a text line is not mistaken for a phone number', () => {
    const { q } = render({ verdict: DANGER, help: [hotline({ contacts: [{ kind: 'phone', value: '0800 111' }, { kind: 'sms', value: '2345' }] })] });
    expect(q('[data-hotline]')!.textContent).toContain('0800 111 · SMS 2345');
  });

  it('always advises the embassy, even with no hotline for the country', () => {
    const { q } = render({ verdict: DANGER, help: [] });
    expect(q('[data-hotline]')).toBeNull();
    expect(q('[data-testid="embassy"]')!.textContent).toBe(msg('bannerHelpEmbassy'));
  });
});

describe('banner dismissal and keyboard', () => {
  it('the close button removes it and reports the dismissal', () => {
    const onDismiss = vi.fn();
    const { host, q } = render({ verdict: DANGER }, { onDismiss });
    const close = q<HTMLButtonElement>('button[data-action="dismiss"]')!;
    expect(close.getAttribute('aria-label')).toBe(msg('bannerDismissLabel'));
    close.click();
    expect(host.isConnected).toBe(false);
    expect(document.querySelector(`[${BANNER_ATTRIBUTE}]`)).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('Escape inside the banner removes it', () => {
    const { host, q } = render({ verdict: DANGER });
    const button = q<HTMLButtonElement>('button[data-action="show-on-page"]')!;
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host.isConnected).toBe(false);
  });

  it('every control is a real button (focusable by keyboard)', () => {
    const { root } = render({ verdict: DANGER, help: [hotline()] });
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    for (const button of buttons) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.textContent!.trim()).not.toBe('');
    }
  });

  it('"Hide details" collapses to the headline and says so to assistive technology', () => {
    const { q } = render({ verdict: DANGER });
    const toggle = q<HTMLButtonElement>('button[data-action="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(q('#lg-details')!.hidden).toBe(true);
    expect(toggle.textContent).toBe(msg('bannerShowDetails'));
  });

  it('has a visible focus style, no fixed heights, and scrolls inside itself when tall (200% zoom)', async () => {
    const { BANNER_CSS } = await import('../../src/content/banner-styles.js');
    expect(BANNER_CSS).toMatch(/button:focus-visible[^{]*\{[^}]*outline:3px/);
    expect(BANNER_CSS).not.toMatch(/(?:^|[;{])(?:min-)?height:[\d.]+(?:px|vh|rem)/);
    expect(BANNER_CSS).toMatch(/max-height:85vh;overflow:auto/);
  });
});

describe('banner for "Check this text with Lureguard"', () => {
  it('at level none says that no warning signs were found in the selection', () => {
    const { q, root } = render({ verdict: verdict('none'), origin: 'selection' });
    expect(q('h2')!.textContent).toBe('No warning signs found in the selected text');
    expect(q('[data-testid="level"]')!.textContent).toBe(msg('bannerLevelNone'));
    expect(root.textContent).toContain(msg('bannerNoneNote'));
    expect(q('[data-testid="help"]')).toBeNull();
  });

  it('at caution shows the signs with selection wording', () => {
    const { q } = render({ verdict: verdict('caution', [signal('no-exp', 10, ['No experience needed'])]), origin: 'selection' });
    expect(q('h2')!.textContent).toBe(msg('bannerSelectionHeadlineCaution'));
    expect(q('q')!.textContent).toBe('No experience needed');
  });

  it('at danger uses the selection headline', () => {
    const { q } = render({ verdict: DANGER, origin: 'selection' });
    expect(q('h2')!.textContent).toBe(msg('bannerSelectionHeadlineDanger'));
  });
});

describe('"Show on page"', () => {
  const PAGE = `<main><p>Urgent! Free flight ticket and visa. You will
    travel   on a <b>tourist</b> visa.</p><p>Base: Sihanoukville.</p><script>var s = "Sihanoukville";</script></main>`;

  it('paints every match with the Custom Highlight API and scrolls to the first', () => {
    loadIntoDocument(PAGE);
    const set = vi.fn();
    const api: HighlightApi = { registry: { set, delete: vi.fn() }, create: (ranges) => ({ ranges }) };
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { q, root } = render({ verdict: DANGER }, { highlightApi: api });
    q<HTMLButtonElement>('button[data-action="show-on-page"]')!.click();
    expect(set).toHaveBeenCalledTimes(1);
    const ranges = (set.mock.calls[0]![1] as { ranges: Range[] }).ranges;
    expect(ranges.map((r) => r.toString().replace(/\s+/g, ' '))).toEqual(['Free flight ticket', 'travel on a tourist visa', 'Sihanoukville']);
    expect(document.querySelector('style[data-lureguard-highlight-style]')!.textContent).toContain('::highlight(lureguard-evidence)');
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(t('bannerEvidenceMarked', '3'));
    expect(q('#lg-details')!.hidden).toBe(true);
  });

  it('without the API selects the match and moves to the next one on each press', () => {
    loadIntoDocument(PAGE);
    Element.prototype.scrollIntoView = vi.fn();
    const { q } = render({ verdict: DANGER }, { highlightApi: null });
    const button = q<HTMLButtonElement>('button[data-action="show-on-page"]')!;
    button.click();
    expect(document.getSelection()!.toString()).toBe('Free flight ticket');
    button.click();
    expect(document.getSelection()!.toString().replace(/\s+/g, ' ')).toBe('travel on a tourist visa');
  });

  it('matches whole words in spaced scripts and anywhere in scripts without spaces', () => {
    loadIntoDocument('<p>Golden Bridge Network: work permit, homework.</p><p>高薪招聘客服，包机票</p><p>รับสมัครด่วนแอดมิน</p>');
    expect(findTextRanges(document, ['work']).map((r) => r.toString())).toEqual(['work']);
    expect(findTextRanges(document, ['包机票']).map((r) => r.toString())).toEqual(['包机票']);
    expect(findTextRanges(document, ['แอดมิน']).map((r) => r.toString())).toEqual(['แอดมิน']);
  });

  it('says so when the quoted words are not on the page', () => {
    loadIntoDocument('<main><p>Nothing relevant here.</p></main>');
    const { root, q } = render({ verdict: DANGER });
    q<HTMLButtonElement>('button[data-action="show-on-page"]')!.click();
    expect(root.querySelector('[role="status"]')!.textContent).toBe(msg('bannerEvidenceNotFound'));
  });
});
