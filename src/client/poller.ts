/**
 * Asking the server again and again, cheaply: one call at a time, a few seconds
 * apart, handing on an answer only when its key changed (so an unchanged sheet
 * never touches the page: no flicker, focus and scroll untouched), and not at all
 * while the page is hidden. Each call is a round trip to Google and counts
 * against the user's daily Apps Script quota, so a sidebar left open in a
 * background tab asks for nothing until it is shown again, and then at once
 * (https://developer.mozilla.org/en-US/docs/Web/API/Document/visibilitychange_event).
 */

/** Between two loads of the sidebar's selection: it follows the cursor, so the shortest of 3–5 s. */
export const SELECTION_INTERVAL_MS = 3000;

/** The longest wait after failures in a row. */
export const MAX_INTERVAL_MS = 30000;

/** What the poller calls and whom it tells. */
export interface PollerOptions<T> {
  readonly load: () => Promise<T>;
  /** What tells two answers apart: an answer with the key last shown is not handed on. */
  readonly key: (data: T) => string;
  /** Hears data whose key differs from the last shown. */
  readonly onData: (data: T) => void;
  /** Hears every failed load, and every failure to draw what was loaded. */
  readonly onError: (error: unknown) => void;
  /** Hears the first good load after failures. */
  readonly onRecover?: () => void;
  /** Between loads; doubled after each failure in a row, up to {@link PollerOptions.maxIntervalMs}. */
  readonly intervalMs?: number;
  readonly maxIntervalMs?: number;
  /** Whether the first load is at once (the default) or one interval from now. */
  readonly loadAtOnce?: boolean;
  /** The page whose visibility pauses the polling; `document` by default. */
  readonly page?: Document;
}

/** A running poller. */
export interface Poller {
  /** Loads now (after the load in flight, if any), then keeps the usual pace; while hidden, on showing. */
  refresh(): void;
  /** Stops for good: no further load, and the answer of one in flight is dropped. */
  stop(): void;
}

/**
 * Starts polling. One load at a time: the next is timed from the end of the last.
 * While the page is hidden no load starts (one in flight still ends); when it is
 * shown again the poller loads at once and keeps its pace from there.
 *
 * @example startPolling({ load: () => server.getSidebarData(), key: (data) => data.key, onData: draw, onError: show })
 */
export function startPolling<T>(options: PollerOptions<T>): Poller {
  const interval = options.intervalMs ?? SELECTION_INTERVAL_MS;
  const maxInterval = options.maxIntervalMs ?? MAX_INTERVAL_MS;
  const page = options.page ?? (typeof document === 'undefined' ? undefined : document);
  let lastKey: string | undefined;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loading = false;
  let again = false;
  let stopped = false;

  // Only 'hidden' pauses: a page being pre-rendered or of unknown state keeps polling.
  const hidden = () => page?.visibilityState === 'hidden';

  const cancelTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (delay: number) => {
    cancelTimer();
    if (stopped || hidden()) return;
    timer = setTimeout(tick, delay);
  };

  const nextDelay = () => (failures === 0 ? interval : Math.min(maxInterval, interval * 2 ** failures));

  const tick = () => {
    timer = undefined;
    if (stopped || hidden()) return;
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    options
      .load()
      .then((data) => {
        if (stopped) return;
        if (failures > 0) options.onRecover?.();
        failures = 0;
        const key = options.key(data);
        if (key === lastKey) return;
        options.onData(data);
        // Only once drawn: data that failed to draw is tried again on the next load.
        lastKey = key;
      })
      .catch((error: unknown) => {
        if (stopped) return;
        failures += 1;
        options.onError(error);
      })
      .finally(() => {
        loading = false;
        if (again) {
          again = false;
          tick();
        } else if (timer === undefined) {
          schedule(nextDelay());
        }
      });
  };

  const onVisibility = () => {
    if (stopped) return;
    if (hidden()) {
      cancelTimer();
      return;
    }
    // Shown again: what changed meanwhile is wanted now, whatever the wait was.
    cancelTimer();
    tick();
  };
  page?.addEventListener('visibilitychange', onVisibility);

  if (options.loadAtOnce ?? true) tick();
  else schedule(interval);

  return {
    refresh() {
      if (stopped) return;
      cancelTimer();
      tick();
    },
    stop() {
      stopped = true;
      cancelTimer();
      page?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
