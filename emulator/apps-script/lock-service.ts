/**
 * `LockService` as the add-on's lock adapter (`src/server/services/apps-script-lock.ts`)
 * calls it, over the in-memory `FakeLockState`: each `getDocumentLock()` is the
 * running user's view of the spreadsheet's one document lock.
 */

import type { FakeLock, FakeLockState } from '../lock';

/** `Lock`. */
export class LockFacade {
  constructor(private readonly lock: FakeLock) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.lock.tryLock(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.lock.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  hasLock(): boolean {
    return this.lock.hasLock();
  }

  releaseLock(): void {
    this.lock.release();
  }
}

/** The `LockService` global. */
export interface LockServiceFacade {
  getDocumentLock(): LockFacade;
}

/** `LockService` over one lock state; `user` is who runs the script now. */
export function fakeLockService(state: () => FakeLockState, user: () => string): LockServiceFacade {
  return { getDocumentLock: () => new LockFacade(state().lockFor(user())) };
}
