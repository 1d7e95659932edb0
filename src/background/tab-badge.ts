// The toolbar badge and tooltip of one tab for its report: "!" at warning and "!!" at danger, with a colour;
// no badge text at caution or below (the tooltip still says what was found); nothing when the user allowed
// or paused the site. Takes the action API and translations as parameters. Never shows page text.
import type { Level } from '../engine/types.js';
import type { TabReport } from '../shared/messages.js';
import type { Translate } from '../shared/localize-page.js';

export interface Badge {
  text: string;
  /** Background colour; only used when text is not empty. */
  color?: string;
  title: string;
}

/** The part of chrome.action the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

const BADGE: Partial<Record<Level, { text: string; color: string }>> = {
  warning: { text: '!', color: '#b45309' },
  danger: { text: '!!', color: '#b3261e' },
};

const TITLE_KEYS: Record<Level, string> = {
  none: 'badgeTitleNone',
  caution: 'badgeTitleCaution',
  warning: 'badgeTitleWarning',
  danger: 'badgeTitleDanger',
};

export function badgeFor(report: TabReport | null, t: Translate): Badge {
  const plain = t('actionTitle') || 'Lureguard';
  if (report === null) return { text: '', title: plain };
  if (report.suppressed !== undefined) {
    return { text: '', title: t(report.suppressed === 'site-allowed' ? 'badgeTitleAllowed' : 'badgeTitlePaused') || plain };
  }
  if (report.verdict === null) return { text: '', title: report.problem ? t('badgeTitleProblem') || plain : plain };
  const level = report.verdict.level;
  const title = t(TITLE_KEYS[level]) || plain;
  const badge = BADGE[level];
  return badge ? { text: badge.text, color: badge.color, title } : { text: '', title };
}

/** Applies a badge to one tab. A tab that closed meanwhile is not an error. */
export async function applyBadge(action: BadgeAction, tabId: number, badge: Badge): Promise<void> {
  try {
    if (badge.text !== '' && badge.color) {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab is gone (closed or discarded): nothing to show.
  }
}
