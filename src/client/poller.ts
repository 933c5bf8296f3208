/**
 * Keeps the sidebar on the selected division: asks the server every couple of
 * seconds and hands on the answer only when its `key` changed, so an unchanged
 * sheet never touches the page (no flicker, focus and scroll untouched).
 */

import type { SidebarData } from '../core/views';

/** What the poller calls and whom it tells. */
export interface PollerOptions {
  readonly load: () => Promise<SidebarData>;
  /** Hears data whose key differs from the last shown. */
  readonly onData: (data: SidebarData) => void;
  /** Hears every failed load, and every failure to draw what was loaded. */
  readonly onError: (error: unknown) => void;
  /** Hears the first good load after failures. */
  readonly onRecover: () => void;
  /** Between loads; doubled after each failure in a row, up to {@link PollerOptions.maxIntervalMs}. */
  readonly intervalMs?: number;
  readonly maxIntervalMs?: number;
}

/** A running poller. */
export interface Poller {
  /** Loads now (after the load in flight, if any), then keeps the usual pace. */
  refresh(): void;
}

/** Starts polling at once. One load at a time: the next is timed from the end of the last. */
export function startPolling(options: PollerOptions): Poller {
  const interval = options.intervalMs ?? 2000;
  const maxInterval = options.maxIntervalMs ?? 30000;
  let lastKey: string | undefined;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loading = false;
  let again = false;

  const schedule = () => {
    const delay = failures === 0 ? interval : Math.min(maxInterval, interval * 2 ** failures);
    timer = setTimeout(tick, delay);
  };

  const tick = () => {
    timer = undefined;
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    options
      .load()
      .then((data) => {
        if (failures > 0) options.onRecover();
        failures = 0;
        if (data.key === lastKey) return;
        options.onData(data);
        // Only once drawn: data that failed to draw is tried again on the next load.
        lastKey = data.key;
      })
      .catch((error: unknown) => {
        failures += 1;
        options.onError(error);
      })
      .finally(() => {
        loading = false;
        if (again) {
          again = false;
          tick();
        } else if (timer === undefined) {
          schedule();
        }
      });
  };

  tick();
  return {
    refresh() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      tick();
    },
  };
}
