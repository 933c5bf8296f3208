/**
 * An in-memory document lock that behaves like `LockService.getDocumentLock()`
 * for what `DocumentLock` offers, for the tests and the local preview. Never
 * imported from `src/`.
 *
 * Runs of the script (two users, or a user and a trigger) each get their own
 * `FakeLock` over one shared `FakeLockState`, so they contend as on Google's side:
 * - `tryLock(ms)` takes a free lock at once; while another run holds it, it waits
 *   up to `ms` on the state's clock and takes it if the holder lets go in time.
 * - Nobody holds the lock beyond a run's life: Apps Script frees it when the
 *   holder's run ends. The state lets a test end that run (`endRun`, the holder
 *   finished or crashed without releasing) or pass time (`advance`), after which
 *   a holder older than `maxHoldMs` (the execution time limit) has lost it.
 * - Every call is counted per lock (`calls`).
 */

import type { DocumentLock } from '../src/server/services/lock';
import { type Calls, resetCalls, zeroCalls } from './calls';

/** The longest an Apps Script run lives, in milliseconds: 6 minutes. */
export const MAX_RUN_MS = 6 * 60 * 1000;

/** A method of `DocumentLock`. */
export type LockMethod = keyof DocumentLock;

interface Holding {
  readonly lock: FakeLock;
  readonly since: number;
}

/**
 * The lock as Google keeps it for one spreadsheet: who holds it, since when, and
 * a clock in milliseconds that only moves when a test (or a wait) moves it.
 *
 * @example
 * const state = new FakeLockState();
 * const alice = state.lockFor('alice');
 * const bob = state.lockFor('bob');
 * alice.tryLock(1000); // true
 * bob.tryLock(1000); // false
 */
export class FakeLockState {
  private clock: number;
  private holding: Holding | undefined;

  constructor(options: { readonly now?: number; readonly maxHoldMs?: number } = {}) {
    this.clock = options.now ?? 0;
    this.maxHoldMs = options.maxHoldMs ?? MAX_RUN_MS;
  }

  /** How long a run can hold the lock before its run has surely ended. */
  readonly maxHoldMs: number;

  /** A new run's view of the lock. */
  lockFor(user: string): FakeLock {
    return new FakeLock(this, user);
  }

  /** The clock, in milliseconds. */
  get now(): number {
    return this.clock;
  }

  /** Passes time; a holder whose run has outlived `maxHoldMs` loses the lock. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`Time only moves forward, got ${ms} ms.`);
    this.clock += ms;
    this.settle();
  }

  /** Ends the holder's run without a release (it finished, threw or timed out): the lock is free. */
  endRun(): void {
    this.holding = undefined;
  }

  /** Who holds the lock, if anyone. */
  get holder(): string | undefined {
    this.settle();
    return this.holding?.lock.user;
  }

  /** @internal What `FakeLock` asks of the state. */
  holdingOf(): Holding | undefined {
    this.settle();
    return this.holding;
  }

  /** @internal */
  take(lock: FakeLock): void {
    this.holding = { lock, since: this.clock };
  }

  /** @internal */
  free(lock: FakeLock): void {
    if (this.holding?.lock === lock) this.holding = undefined;
  }

  /** @internal Waits (moves the clock) up to `ms`; whether the holder's run ended meanwhile. */
  waitForRelease(ms: number): boolean {
    const holding = this.holding;
    if (!holding) return true;
    const freeAt = holding.since + this.maxHoldMs;
    if (freeAt <= this.clock + ms) {
      this.clock = Math.max(this.clock, freeAt);
      this.holding = undefined;
      return true;
    }
    this.clock += ms;
    return false;
  }

  private settle(): void {
    if (this.holding && this.clock >= this.holding.since + this.maxHoldMs) this.holding = undefined;
  }
}

/** One run's document lock. Get it from `FakeLockState.lockFor`. */
export class FakeLock {
  /** How often each method was called. */
  readonly calls: Calls<LockMethod> = zeroCalls<LockMethod>(['tryLock', 'hasLock', 'release']);

  constructor(
    private readonly state: FakeLockState,
    readonly user: string,
  ) {}

  tryLock(timeoutMs: number): boolean {
    this.calls.tryLock++;
    if (!Number.isFinite(timeoutMs) || timeoutMs < 0)
      throw new Error(`Invalid argument: timeoutInMillis ${timeoutMs}`);
    const holding = this.state.holdingOf();
    if (holding?.lock === this) return true;
    if (holding && !this.state.waitForRelease(timeoutMs)) return false;
    this.state.take(this);
    return true;
  }

  hasLock(): boolean {
    this.calls.hasLock++;
    return this.state.holdingOf()?.lock === this;
  }

  release(): void {
    this.calls.release++;
    this.state.free(this);
  }

  /** Sets every call counter back to zero. */
  resetCalls(): void {
    resetCalls(this.calls);
  }
}
