// The in-page warning: a banner in a shadow root (closed in production) on a <lureguard-banner> host, with
// role=alert, the level as word and icon, the top signs with their exact quoted evidence, advice, hotlines
// with source and date plus the embassy fallback, and "Show on page". Every page or pack string goes in
// through textContent or attributes only, never as HTML. Keyboard: focusable buttons, Escape dismisses.
import type { Level, Signal, Verdict } from '../engine/types.js';
import type { HotlineEntry } from '../shared/hotlines.js';
import type { Translate } from '../shared/localize-page.js';
import { BANNER_CSS, HOST_STYLE } from './banner-styles.js';
import { browserHighlightApi, highlightEvidence, revealRange, type HighlightApi } from './highlight-evidence.js';

export const BANNER_TAG = 'lureguard-banner';
export const BANNER_ATTRIBUTE = 'data-lureguard-banner';
const TOP_SIGNS = 3;
const EVIDENCE_PER_SIGN = 2;
const MAX_HOTLINES = 2;
const MAX_CONTACTS = 2;

export interface BannerInput {
  verdict: Verdict;
  /** Hotlines to offer (from the worker's BannerDecision). */
  help: readonly HotlineEntry[];
  /** 'page' for a job offer found on the page, 'selection' for "Check this text with Lureguard". */
  origin: 'page' | 'selection';
}

export interface BannerDeps {
  doc: Document;
  t: Translate;
  /** 'closed' in the extension; tests in jsdom pass 'open' to look inside. */
  mode?: ShadowRootMode;
  /** The Custom Highlight API, or null to select matches instead; defaults to the browser's. */
  highlightApi?: HighlightApi | null;
  onDismiss?: () => void;
}

export interface BannerHandle {
  host: HTMLElement;
  dismiss(): void;
}

const cap = (level: Level) => `${level.charAt(0).toUpperCase()}${level.slice(1)}`;

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Icon shapes per level: an octagon (danger), a triangle (warning), a circle (caution, none), and the mark inside. */
const ICONS: Record<Level, { shape: string; mark: string }> = {
  danger: { shape: 'M7 1h10l6 6v10l-6 6H7l-6-6V7z', mark: 'M11 6h2v8h-2zM11 16h2v2h-2z' },
  warning: { shape: 'M12 1 23 22H1z', mark: 'M11 8h2v7h-2zM11 17h2v2h-2z' },
  caution: { shape: 'M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22z', mark: 'M11 10h2v8h-2zM11 6h2v2h-2z' },
  none: { shape: 'M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22z', mark: 'M10 15.6 6.4 12 5 13.4l5 5 9-9L17.6 8z' },
};

function icon(doc: Document, level: Level): SVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = doc.createElementNS(SVG_NS, 'path');
  shape.setAttribute('d', ICONS[level].shape);
  shape.setAttribute('fill', 'currentColor');
  const mark = doc.createElementNS(SVG_NS, 'path');
  mark.setAttribute('d', ICONS[level].mark);
  mark.setAttribute('fill', '#fff');
  svg.append(shape, mark);
  return svg;
}

/**
 * The strongest signs first (by weight), at most `count`, one per category while other categories remain:
 * three combination rules that quote the same words tell the reader less than three different signs.
 */
export function topSignals(signals: readonly Signal[], count: number = TOP_SIGNS): Signal[] {
  const sorted = [...signals].sort((a, b) => b.weight - a.weight);
  const seen = new Set<string>();
  const diverse = sorted.filter((s) => !seen.has(s.category) && seen.add(s.category));
  return [...diverse, ...sorted.filter((s) => !diverse.includes(s))].slice(0, count);
}

function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function hotlineItem(doc: Document, entry: HotlineEntry, t: Translate): HTMLLIElement {
  const item = el(doc, 'li', { 'data-hotline': entry.id }, el(doc, 'strong', {}, entry.organisation), ` (${entry.countryName})`);
  for (const contact of entry.contacts.slice(0, MAX_CONTACTS)) {
    const link = contact.kind === 'web' ? safeHttpUrl(contact.value) : null;
    const value = link
      ? el(doc, 'a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'contact' }, contact.value)
      : el(doc, 'span', { class: 'contact' }, contact.value);
    const label = contact.kind === 'sms' ? t('bannerContactSms') : contact.kind === 'whatsapp' ? t('bannerContactWhatsapp') : '';
    item.append(label ? ` · ${label} ` : ' ', value);
    if (contact.note) item.append(` (${contact.note})`);
  }
  const meta = el(doc, 'span', { class: 'meta' });
  const source = safeHttpUrl(entry.source);
  if (source) meta.append(' · ', el(doc, 'a', { href: source, target: '_blank', rel: 'noopener noreferrer', 'data-source': '' }, t('bannerHelpSource')));
  if (entry.verified) meta.append(' · ', el(doc, 'span', { 'data-verified': '' }, t('bannerHelpVerified', entry.verified)));
  item.append(meta);
  return item;
}

function headlineKey(level: Level, origin: BannerInput['origin']): string {
  return origin === 'selection' ? `bannerSelectionHeadline${cap(level)}` : `bannerHeadline${cap(level)}`;
}

/** Builds the banner and inserts it at the top of the page; returns a handle to dismiss it. */
export function showBanner(input: BannerInput, deps: BannerDeps): BannerHandle {
  const { doc, t } = deps;
  const { verdict, origin } = input;
  const level = verdict.level;
  const serious = level === 'warning' || level === 'danger';
  const highlightApi = deps.highlightApi === undefined ? browserHighlightApi() : deps.highlightApi;

  const host = doc.createElement(BANNER_TAG);
  host.setAttribute(BANNER_ATTRIBUTE, level);
  host.setAttribute('data-origin', origin);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: deps.mode ?? 'closed' });

  const lang = t('@@ui_locale').replace(/_/g, '-');
  const banner = el(doc, 'section', { class: `banner level-${level}`, role: 'alert', 'aria-labelledby': 'lg-headline', 'data-level': level });
  if (lang) banner.setAttribute('lang', lang);
  const dir = t('@@bidi_dir');
  if (dir === 'rtl' || dir === 'ltr') banner.setAttribute('dir', dir);

  // Head (always visible, also when the details are hidden): level word and icon, headline, controls, status.
  const details = el(doc, 'div', { class: 'body', id: 'lg-details' });
  const toggle = el(doc, 'button', { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'lg-details', 'data-action': 'toggle' }, t('bannerHideDetails'));
  const close = el(doc, 'button', { type: 'button', 'aria-label': t('bannerDismissLabel'), 'data-action': 'dismiss' }, t('bannerDismiss'));
  const status = el(doc, 'p', { class: 'status', role: 'status' });
  const signs = topSignals(verdict.signals);
  const evidenceTexts = verdict.signals.flatMap((s) => s.evidence.map((e) => e.text)).slice(0, 40);
  const show = evidenceTexts.length > 0
    ? el(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'show-on-page' }, t('bannerShowOnPage'))
    : null;
  banner.append(
    el(doc, 'div', { class: 'head' },
      el(doc, 'span', { class: 'level', 'data-testid': 'level' }, icon(doc, level), t(`bannerLevel${cap(level)}`)),
      el(doc, 'span', { class: 'brand' }, t('extShortName')),
      el(doc, 'h2', { id: 'lg-headline' }, t(headlineKey(level, origin))),
      el(doc, 'span', { class: 'controls' }, show, signs.length > 0 || serious ? toggle : null, close),
      status,
    ),
    details,
  );

  // "Show on page": marks every piece of evidence, hides the details so the page can be read, and moves to
  // the next match on each press. The button stays in the head, so keyboard focus is never lost.
  if (show) {
    let ranges: Range[] | null = null;
    let painted = false;
    let next = 0;
    show.addEventListener('click', () => {
      if (ranges === null) ({ ranges, painted } = highlightEvidence(doc, evidenceTexts, highlightApi));
      if (ranges.length === 0) {
        status.textContent = t('bannerEvidenceNotFound');
        return;
      }
      setExpanded(false);
      revealRange(doc, ranges[next % ranges.length]!, !painted);
      next++;
      status.textContent = t('bannerEvidenceMarked', String(ranges.length));
    });
  }

  // Signs with their evidence, exactly as quoted from the text (repeated quotes shown once).
  if (signs.length > 0) {
    const list = el(doc, 'ul', { class: 'signs', 'data-testid': 'signs' });
    for (const signal of signs) {
      const item = el(doc, 'li', { 'data-rule': `${signal.pack}/${signal.rule}` }, el(doc, 'span', { class: 'sign-title' }, signal.title));
      const quotes = [...new Map(signal.evidence.map((e) => [e.text.trim().toLowerCase(), e.text])).values()];
      for (const text of quotes.slice(0, EVIDENCE_PER_SIGN)) item.append(' ', el(doc, 'q', { class: 'evidence' }, text));
      list.append(item);
    }
    details.append(el(doc, 'h3', {}, t('bannerSignsHeading')), list);
    if (verdict.signals.length > signs.length) {
      details.append(el(doc, 'p', { class: 'note' }, t('bannerMoreSigns', String(verdict.signals.length - signs.length))));
    }
  } else if (level === 'none') {
    details.append(el(doc, 'p', { class: 'note' }, t('bannerNoneNote')));
  }

  if (level !== 'none') {
    details.append(
      el(doc, 'h3', {}, t('bannerAdviceHeading')),
      el(doc, 'ul', { class: 'advice' }, ...['bannerAdvicePassport', 'bannerAdviceCheckAgency', 'bannerAdviceTouristVisa'].map((key) => el(doc, 'li', {}, t(key)))),
    );
  }
  if (serious) {
    const help = el(doc, 'div', { class: 'help', 'data-testid': 'help' }, el(doc, 'h3', {}, t('bannerHelpHeading')));
    const lines = input.help.slice(0, MAX_HOTLINES);
    if (lines.length > 0) help.append(el(doc, 'ul', { class: 'hotlines' }, ...lines.map((entry) => hotlineItem(doc, entry, t))));
    help.append(el(doc, 'p', { class: 'note', 'data-testid': 'embassy' }, t(lines.length > 0 ? 'bannerHelpEmbassyOr' : 'bannerHelpEmbassy')));
    help.append(el(doc, 'p', { class: 'note' }, t('bannerNotYourFault')));
    details.append(help);
  }

  const style = el(doc, 'style', {});
  style.textContent = BANNER_CSS;
  root.append(style, banner);

  function setExpanded(expanded: boolean): void {
    details.hidden = !expanded;
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = t(expanded ? 'bannerHideDetails' : 'bannerShowDetails');
  }

  const focusedBefore = doc.activeElement;
  let dismissed = false;
  function dismiss(): void {
    if (dismissed) return;
    dismissed = true;
    const hadFocus = doc.activeElement === host;
    host.remove();
    if (hadFocus && focusedBefore instanceof HTMLElement && focusedBefore.isConnected && focusedBefore !== doc.body) {
      focusedBefore.focus({ preventScroll: true });
    }
    deps.onDismiss?.();
  }

  toggle.addEventListener('click', () => setExpanded(details.hidden));
  close.addEventListener('click', dismiss);
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dismiss();
    }
  });

  (doc.body ?? doc.documentElement).prepend(host);
  return { host, dismiss };
}
