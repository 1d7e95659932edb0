// The background's answers to UI messages: scores a text against the current pack, reports pack details.
// Takes the pack store and the scorer as parameters. Never logs or stores the text it scores.
import type { BackgroundHandlers } from './message-router.js';
import type { PackInfo } from '../shared/messages.js';
import type { Verdict } from '../engine/types.js';

export interface BackgroundHandlerDeps<C> {
  getPack: () => Promise<{ compiled: C; info: PackInfo }>;
  score: (pack: C, text: string, opts: { locale?: string }) => Verdict;
  /** The UI language, so signal titles and advice come in it when the pack has them. */
  locale: () => string;
}

export function createBackgroundHandlers<C>(deps: BackgroundHandlerDeps<C>): BackgroundHandlers {
  return {
    'score-text': async ({ text }) => {
      const { compiled } = await deps.getPack();
      return { verdict: deps.score(compiled, text, { locale: deps.locale() }) };
    },
    'get-pack-info': async () => (await deps.getPack()).info,
  };
}
