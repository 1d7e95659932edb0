// Recognises a well-formed `show-verdict` message from the background ("Check this text with Lureguard").
// Shape checks only: no DOM, no browser APIs. Anything malformed is refused, never partly used.
import type { Level } from '../engine/types.js';
import type { ContentRequest } from '../shared/messages.js';

const LEVEL_NAMES: readonly Level[] = ['none', 'caution', 'warning', 'danger'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isSignal(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return typeof value.title === 'string' && typeof value.rule === 'string' && typeof value.weight === 'number' &&
    Array.isArray(value.evidence) && value.evidence.every((e) => isRecord(e) && typeof e.text === 'string');
}

function isHotline(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && typeof value.organisation === 'string' &&
    typeof value.countryName === 'string' && typeof value.source === 'string' &&
    Array.isArray(value.contacts) && value.contacts.every((c) => isRecord(c) && typeof c.value === 'string');
}

export function isShowVerdictMessage(message: unknown): message is ContentRequest<'show-verdict'> {
  if (!isRecord(message) || message.type !== 'show-verdict' || message.origin !== 'selection') return false;
  const { verdict, banner } = message;
  if (!isRecord(verdict) || !LEVEL_NAMES.includes(verdict.level as Level) || !Array.isArray(verdict.signals)) return false;
  if (!verdict.signals.every(isSignal)) return false;
  return isRecord(banner) && Array.isArray(banner.help) && banner.help.every(isHotline);
}
