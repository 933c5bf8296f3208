/** @jest-environment jsdom */

import { BATCH_WATCH_INTERVAL_MS } from '../../src/client/batch-panel';
import { type PollerOptions, SELECTION_INTERVAL_MS, startPolling } from '../../src/client/poller';
import { closePage, setVisibility } from './page';

/** A load the test answers: each call waits until `answer` or `fail`. */
function manualLoad() {
  const waiting: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
  const startedAt: number[] = [];
  return {
    load: () =>
      new Promise<string>((resolve, reject) => {
        startedAt.push(Date.now());
        waiting.push({ resolve, reject });
      }),
    /** When each load started (the fake clock's time). */
    startedAt,
    get inFlight() {
      return waiting.length;
    },
    async answer(value: string) {
      waiting.shift()?.resolve(value);
      await jest.advanceTimersByTimeAsync(0);
    },
    async fail(message: string) {
      waiting.shift()?.reject(new Error(message));
      await jest.advanceTimersByTimeAsync(0);
    },
  };
}

/** A poller of strings keyed by themselves, telling `seen` what it hands on. */
function poll(load: () => Promise<string>, options: Partial<PollerOptions<string>> = {}) {
  const seen: string[] = [];
  const errors: string[] = [];
  const poller = startPolling<string>({
    load,
    key: (value) => value,
    onData: (value) => seen.push(value),
    onError: (error) => errors.push((error as Error).message),
    ...options,
  });
  return { poller, seen, errors };
}

/** Loads that answer at once with `value()`, counted. */
function instantLoad(value: () => string = () => 'same') {
  const startedAt: number[] = [];
  return {
    startedAt,
    load: () => {
      startedAt.push(Date.now());
      return Promise.resolve(value());
    },
  };
}

const gaps = (times: readonly number[]) =>
  times.slice(1).map((time, index) => time - (times[index] as number));

let pollers: { stop(): void }[] = [];
const started = <T extends { poller: { stop(): void } }>(value: T): T => {
  pollers.push(value.poller);
  return value;
};

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2023-04-20T05:00:00Z') });
});

afterEach(() => {
  for (const poller of pollers) poller.stop();
  pollers = [];
  closePage();
  jest.clearAllTimers();
  jest.useRealTimers();
});

describe('the pace', () => {
  it.each([
    ['the selection', SELECTION_INTERVAL_MS],
    ['a watched batch', BATCH_WATCH_INTERVAL_MS],
  ])('%s is asked for every 3 to 5 seconds', (_name, interval) => {
    expect(interval).toBeGreaterThanOrEqual(3000);
    expect(interval).toBeLessThanOrEqual(5000);
  });

  it('loads at once, then waits the interval after each answer, never sooner', async () => {
    const loads = instantLoad();
    started(poll(loads.load, { intervalMs: SELECTION_INTERVAL_MS }));
    expect(loads.startedAt).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(SELECTION_INTERVAL_MS - 1);
    expect(loads.startedAt).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(loads.startedAt).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(SELECTION_INTERVAL_MS * 10);
    expect(loads.startedAt).toHaveLength(12);
    expect(new Set(gaps(loads.startedAt))).toEqual(new Set([SELECTION_INTERVAL_MS]));
  });

  it('the sidebar default is the selection pace', async () => {
    const loads = instantLoad();
    started(poll(loads.load));
    await jest.advanceTimersByTimeAsync(SELECTION_INTERVAL_MS * 4);
    expect(gaps(loads.startedAt)).toEqual([
      SELECTION_INTERVAL_MS,
      SELECTION_INTERVAL_MS,
      SELECTION_INTERVAL_MS,
      SELECTION_INTERVAL_MS,
    ]);
  });

  it('times the next load from the end of a slow one: one load at a time', async () => {
    const loads = manualLoad();
    started(poll(loads.load, { intervalMs: 4000 }));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(loads.startedAt).toHaveLength(1);
    await loads.answer('a');
    await jest.advanceTimersByTimeAsync(3999);
    expect(loads.startedAt).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(gaps(loads.startedAt)).toEqual([14_000]);
  });

  it('can wait an interval before its first load', async () => {
    const loads = instantLoad();
    started(poll(loads.load, { intervalMs: 4000, loadAtOnce: false }));
    expect(loads.startedAt).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(4000);
    expect(loads.startedAt).toHaveLength(1);
  });

  it('hands on only answers whose key changed', async () => {
    const answers = ['a', 'a', 'b', 'b', 'a'];
    const { seen } = started(poll(() => Promise.resolve(answers.shift() ?? 'a'), { intervalMs: 3000 }));
    await jest.advanceTimersByTimeAsync(3000 * 4);
    expect(seen).toEqual(['a', 'b', 'a']);
  });

  it('waits twice as long after each failure in a row, up to the cap, and says when it recovers', async () => {
    let failing = 4;
    const loads = instantLoad();
    const recovered: number[] = [];
    const { errors } = started(
      poll(
        () => {
          loads.startedAt.push(Date.now());
          return failing-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve('back');
        },
        { intervalMs: 3000, maxIntervalMs: 20_000, onRecover: () => recovered.push(Date.now()) },
      ),
    );
    await jest.advanceTimersByTimeAsync(70_000);
    expect(errors).toEqual(['offline', 'offline', 'offline', 'offline']);
    expect(gaps(loads.startedAt).slice(0, 5)).toEqual([6000, 12_000, 20_000, 20_000, 3000]);
    expect(recovered).toHaveLength(1);
  });
});

describe('a hidden page', () => {
  it('is not polled while hidden, and is polled at once when shown again', async () => {
    const loads = instantLoad();
    started(poll(loads.load, { intervalMs: 3000 }));
    await jest.advanceTimersByTimeAsync(3000);
    expect(loads.startedAt).toHaveLength(2);
    setVisibility('hidden');
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(loads.startedAt).toHaveLength(2);

    setVisibility('visible');
    await jest.advanceTimersByTimeAsync(0);
    expect(loads.startedAt).toHaveLength(3);
    // And from there at the usual pace.
    await jest.advanceTimersByTimeAsync(2999);
    expect(loads.startedAt).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(1);
    expect(loads.startedAt).toHaveLength(4);
  });

  it('lets a load in flight end and hands on its answer, but starts no other', async () => {
    const loads = manualLoad();
    const { seen } = started(poll(loads.load, { intervalMs: 3000 }));
    setVisibility('hidden');
    await loads.answer('while hidden');
    expect(seen).toEqual(['while hidden']);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(loads.startedAt).toHaveLength(1);
    setVisibility('visible');
    expect(loads.startedAt).toHaveLength(2);
  });

  it('shown again while a load is in flight: one more load right after it, not two at once', async () => {
    const loads = manualLoad();
    started(poll(loads.load, { intervalMs: 3000 }));
    setVisibility('hidden');
    setVisibility('visible');
    expect(loads.inFlight).toBe(1);
    await loads.answer('a');
    expect(loads.startedAt).toHaveLength(2);
    expect(loads.inFlight).toBe(1);
  });

  it('does not start loading while the page opens hidden, and loads as soon as it is shown', async () => {
    setVisibility('hidden');
    const loads = instantLoad();
    started(poll(loads.load, { intervalMs: 3000 }));
    await jest.advanceTimersByTimeAsync(30_000);
    expect(loads.startedAt).toHaveLength(0);
    setVisibility('visible');
    expect(loads.startedAt).toHaveLength(1);
  });

  it('a refresh asked while hidden waits for the page to show', async () => {
    const loads = instantLoad();
    const { poller } = started(poll(loads.load, { intervalMs: 3000 }));
    setVisibility('hidden');
    poller.refresh();
    await jest.advanceTimersByTimeAsync(30_000);
    expect(loads.startedAt).toHaveLength(1);
    setVisibility('visible');
    expect(loads.startedAt).toHaveLength(2);
  });
});

describe('stopping', () => {
  it('loads nothing more, drops the answer in flight, and ignores the page showing', async () => {
    const loads = manualLoad();
    const { poller, seen } = started(poll(loads.load, { intervalMs: 3000 }));
    poller.stop();
    await loads.answer('late');
    expect(seen).toEqual([]);
    poller.refresh();
    setVisibility('hidden');
    setVisibility('visible');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(loads.startedAt).toHaveLength(1);
  });
});
