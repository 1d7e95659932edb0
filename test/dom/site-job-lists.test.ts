// Job search result lists on Indeed, JobStreet and LinkedIn (fixtures: approximations of each site's search
// page with cards and the job pane), run through the site runner in jsdom with a stand-in background that
// calls a text dangerous when it names Sihanoukville: every card is scored on its own, the inline warning goes
// next to the one card that matches and to no other, picking another job keeps the list's window (the pane's
// new job is scored, the card warnings stay), and cards that load later (more results, LinkedIn's entries
// filled when they scroll into view) are read too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../src/engine/types.js';
import { INLINE_ATTRIBUTE } from '../../src/content/inline-warning.js';
import { createSiteRunner } from '../../src/content/site-runner.js';
import { indeed } from '../../src/content/sites/indeed.js';
import { jobstreet } from '../../src/content/sites/jobstreet.js';
import { linkedin } from '../../src/content/sites/linkedin.js';
import type { SiteAdapter } from '../../src/content/sites/site-adapter.js';
import type { PageReportReply } from '../../src/shared/messages.js';
import { t } from './content-helpers.js';
import { manualScheduler, manualTimers, recorder, tick } from './scanner-helpers.js';
import { siteFixture } from './site-helpers.js';

afterEach(() => document.body.replaceChildren());

const verdictOf = (text: string): Verdict =>
  /sihanoukville/i.test(text)
    ? { level: 'danger', score: 100, signals: [], destinations: ['KH'] }
    : { level: 'none', score: 0, signals: [], destinations: [] };

function answer(call: { type: string; request: Record<string, unknown> }): unknown {
  const verdict = verdictOf(String(call.request.text ?? ''));
  if (call.type === 'score-text') return { verdict };
  if (call.type === 'report-page') {
    const show = verdict.level !== 'none';
    return { verdict, banner: show ? { show, minLevel: 'warning', help: [] } : { show, reason: 'below-level', minLevel: 'warning', help: [] } } satisfies PageReportReply;
  }
  return {};
}

interface Case {
  adapter: SiteAdapter;
  fixture: string;
  /** The element a card's key is read from, and the card element itself. */
  card: (key: string) => Element;
  scamKey: string;
  /** Another job picked in the list: the URL it gives. */
  pick: string;
}

const CASES: Case[] = [
  {
    adapter: indeed,
    fixture: 'indeed-search',
    card: (key) => document.querySelector(`[data-jk="${key}"]`)!.closest('[data-testid="slider_item"]')!,
    scamKey: '1a2b3c4d5e6f7a8b',
    pick: 'https://www.indeed.com/jobs?q=customer+service&l=&vjk=00aa11bb22cc33dd',
  },
  {
    adapter: jobstreet,
    fixture: 'jobstreet-search',
    card: (key) => document.querySelector(`article[data-job-id="${key}"]`)!,
    scamKey: '80000011',
    pick: 'https://id.jobstreet.com/id/customer-service-jobs?jobId=80000012&type=standard',
  },
  {
    adapter: linkedin,
    fixture: 'linkedin-search',
    card: (key) => document.querySelector(`[data-occludable-job-id="${key}"]`)!,
    scamKey: '4000000021',
    pick: 'https://www.linkedin.com/jobs/search/?currentJobId=4000000021&keywords=customer%20support',
  },
];

function load(c: Case) {
  const { doc, expected } = siteFixture(c.fixture);
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  let href = expected.url;
  const schedule = manualScheduler();
  const timers = manualTimers();
  const { calls, send } = recorder(answer);
  const runner = createSiteRunner({
    adapters: [c.adapter],
    doc: document,
    href: () => href,
    send,
    t,
    schedule,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    now: timers.now,
    createObserver: (cb) => new MutationObserver(cb),
    fallback: vi.fn(async () => undefined),
    shadowMode: 'open',
  });
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await tick();
      schedule.flush();
      await runner.settled();
    }
  };
  const scored = () => calls.filter((x) => x.type === 'report-page' || x.type === 'score-text').map((x) => String(x.request.text));
  return { runner, timers, settle, scored, expected, go: (next: string) => (href = next) };
}

const warnings = () => [...document.querySelectorAll(`[${INLINE_ATTRIBUTE}]`)];
/** The card a warning sits next to: the item right before it, or the card inside its previous sibling. */
const cardBefore = (warning: Element, c: Case) => {
  const before = warning.previousElementSibling;
  return before?.matches(c.adapter.itemSelector) ? before : before?.querySelector(c.adapter.itemSelector);
};

describe.each(CASES)('job search results ($fixture)', (c) => {
  it('scores every card and the pane on its own, and warns next to the one card that matches', async () => {
    const x = load(c);
    x.runner.start();
    await x.settle();
    expect(x.runner.state().phase).toBe('reading');
    // Every expected item was scored, each alone (one text per card, never the whole list).
    expect(new Set(x.scored())).toEqual(new Set(x.expected.items.map((i) => i.text)));
    const shown = warnings();
    expect(shown).toHaveLength(1);
    expect(cardBefore(shown[0]!, c)).toBe(c.card(c.scamKey));
    // Outside the card: reading the card again does not read the warning.
    expect(c.card(c.scamKey).contains(shown[0]!)).toBe(false);
    x.runner.stop();
    expect(warnings()).toHaveLength(0);
  });

  it('keeps the list when another job is picked: the pane\'s new job is scored, the card warning stays', async () => {
    const x = load(c);
    x.runner.start();
    await x.settle();
    const chatId = x.runner.state().chatId;
    const before = x.scored().length;
    x.go(c.pick);
    x.timers.advance(1_000);
    await x.settle();
    expect(x.runner.state().chatId).toBe(chatId);
    expect(x.scored().length).toBe(before); // nothing read again
    // The pane now shows the picked job (here: the scam one's words).
    const description = document.querySelector('#jobDescriptionText, [data-automation="jobAdDetails"], #job-details')!;
    description.append(document.createTextNode(' Work in Sihanoukville, flight paid.'));
    await x.settle();
    expect(x.scored().length).toBe(before + 1);
    expect(x.scored().at(-1)).toContain('Sihanoukville, flight paid');
    expect(warnings()).toHaveLength(2); // the pane's job now, and still the card
    expect(warnings().filter((w) => cardBefore(w, c) === c.card(c.scamKey))).toHaveLength(1);
    x.runner.stop();
  });

  it('reads cards that load later, and warns next to the new one that matches', async () => {
    const x = load(c);
    x.runner.start();
    await x.settle();
    const scam = c.card(c.scamKey);
    // A new card like the scam one, with another id, at the end of the list.
    const holder = (scam.closest('li') ?? scam.parentElement!) as Element;
    const copy = holder.cloneNode(true) as Element;
    copy.querySelectorAll(`[${INLINE_ATTRIBUTE}]`).forEach((w) => w.remove());
    for (const el of [copy, ...copy.querySelectorAll('*')]) {
      for (const name of ['data-jk', 'data-job-id', 'data-occludable-job-id']) if (el.hasAttribute(name)) el.setAttribute(name, '999');
    }
    holder.parentElement!.append(copy);
    await x.settle();
    expect(warnings()).toHaveLength(2);
    const newCard = copy.matches(c.adapter.itemSelector) ? copy : copy.querySelector(c.adapter.itemSelector)!;
    expect(warnings().some((w) => cardBefore(w, c) === newCard)).toBe(true);
    x.runner.stop();
  });
});

describe('LinkedIn cards filled in when they scroll into view', () => {
  it('reads an empty list entry once LinkedIn fills it', async () => {
    const x = load(CASES[2]!);
    x.runner.start();
    await x.settle();
    const empty = document.querySelector('[data-occludable-job-id="4000000033"]')!;
    const filled = document.querySelector('[data-occludable-job-id="4000000021"]')!.firstElementChild!.cloneNode(true) as Element;
    filled.querySelector('[aria-label]')!.setAttribute('aria-label', 'Typing Job');
    filled.querySelector('.visually-hidden')!.textContent = 'Typing Job (Overseas)';
    empty.append(filled);
    await x.settle();
    expect(x.scored().some((text) => text.startsWith('Typing Job (Overseas)\n'))).toBe(true);
    expect(warnings().some((w) => w.previousElementSibling === empty)).toBe(true);
    x.runner.stop();
  });
});
