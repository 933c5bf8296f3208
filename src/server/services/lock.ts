/**
 * What the add-on needs of a lock: one run at a time per spreadsheet (a report
 * batch, the writing of a row's links). The one implementation (`apps-script-lock.ts`)
 * is `LockService.getDocumentLock()`; tests run it on the emulator, whose lock
 * (`emulator/lock.ts`) lets them play two users who contend for it.
 */

/** The document lock of the bound spreadsheet, as held by this run of the script. */
export interface DocumentLock {
  /**
   * Waits up to `timeoutMs` milliseconds for the lock; `true` when this run now
   * holds it (also when it already did), `false` when another run kept it.
   */
  tryLock(timeoutMs: number): boolean;
  /** Whether this run holds the lock. */
  hasLock(): boolean;
  /** Lets the lock go; nothing happens when this run does not hold it. */
  release(): void;
}
