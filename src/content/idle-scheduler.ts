// Runs work when the page is idle: requestIdleCallback with a timeout (so a busy web app still gets its
// turn), or a short timer with a synthetic deadline where the browser has no idle callbacks. Each call
// gets a deadline the caller checks against its own time budget. No DOM reading, no page changes.

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface IdleScheduler {
  request(callback: (deadline: IdleDeadlineLike) => void): number;
  cancel(handle: number): void;
}

type IdleWindow = {
  requestIdleCallback?: (cb: (deadline: IdleDeadlineLike) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
  performance: { now(): number };
};

/** Longest wait for an idle period before the work runs anyway. */
export const IDLE_TIMEOUT_MS = 500;
/** Time a timer-based batch may take where there are no idle callbacks. */
const FALLBACK_BUDGET_MS = 8;

export function idleScheduler(win: IdleWindow = globalThis as unknown as IdleWindow): IdleScheduler {
  if (typeof win.requestIdleCallback === 'function' && typeof win.cancelIdleCallback === 'function') {
    const request = win.requestIdleCallback.bind(win);
    const cancel = win.cancelIdleCallback.bind(win);
    return { request: (cb) => request(cb, { timeout: IDLE_TIMEOUT_MS }), cancel };
  }
  return {
    request: (cb) =>
      win.setTimeout(() => {
        const start = win.performance.now();
        cb({ timeRemaining: () => Math.max(0, FALLBACK_BUDGET_MS - (win.performance.now() - start)) });
      }, 16),
    cancel: (handle) => win.clearTimeout(handle),
  };
}
