// DevTools-trace helpers shared by the browser benchmarks: record a trace through CDP, pick the extension's
// outermost script events, and sum their wall and CPU time or find the longest task holding them.
// Benchmark tooling only; never used by the extension.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike dur, it leaves out time the thread waited for a CPU on a busy machine. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; scriptName?: string; functionName?: string; message?: string } };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Starts tracing; the returned function stops it and gives every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  // Playwright types only a few CDP events; these two are standard Tracing events.
  const session = cdp as unknown as { on(e: string, f: (p: { value: TraceEvent[] }) => void): void; once(e: string, f: () => void): void };
  session.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/**
 * Outermost script events of the extension (its static id, or the per-session id Chrome gives web-accessible
 * files such as the on-demand offer module), trimmed so nested work is never counted twice.
 */
export function extensionScriptEvents(events: TraceEvent[], extensionId: string): TraceEvent[] {
  const ours = (e: TraceEvent) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return url.startsWith(`chrome-extension://${extensionId}/`) || /^chrome-extension:\/\/[0-9a-f-]{36}\//.test(url);
  };
  const list = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && ours(e)).sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  let until = -1;
  for (const e of list) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts >= until) {
      outer.push(e);
      until = end;
    } else if (end > until) {
      const part = end - until;
      outer.push({ ...e, ts: until, dur: part, tdur: e.tdur === undefined || !e.dur ? undefined : (e.tdur * part) / e.dur });
      until = end;
    }
  }
  return outer;
}

export const sumMs = (events: TraceEvent[]) => events.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
export const sumCpuMs = (events: TraceEvent[]) => events.reduce((n, e) => n + (e.tdur ?? e.dur ?? 0), 0) / 1000;

/** The main-thread tasks of the renderer that ran the given script events. */
export function tasksOfThread(events: TraceEvent[], ours: TraceEvent[]): TraceEvent[] {
  if (ours.length === 0) return [];
  const { tid, pid } = ours[0]!;
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.tid === tid && e.pid === pid && e.dur !== undefined);
}

export function longestTaskWith(events: TraceEvent[], ours: TraceEvent[]): number {
  if (ours.length === 0) return 0;
  const holding = tasksOfThread(events, ours).filter((t) => ours.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  // A task is at least as long as the script work in it (also when the trace shows no task around it).
  return Math.max(0, ...holding.map((t) => t.dur ?? 0), ...ours.map((e) => e.dur ?? 0)) / 1000;
}
