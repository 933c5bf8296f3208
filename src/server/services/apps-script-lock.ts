/**
 * `DocumentLock` over the real `LockService.getDocumentLock()`. The `Lock` object
 * is fetched on first use and kept, because `hasLock` and `releaseLock` answer
 * for the object that `tryLock` was called on.
 *
 * Nothing here runs at load time: `LockService` is only touched inside calls.
 */

import type { DocumentLock } from './lock';

/**
 * The bound spreadsheet's document lock, for this run of the script.
 *
 * @example const lock = appsScriptDocumentLock(); if (lock.tryLock(10_000)) try { … } finally { lock.release(); }
 */
export function appsScriptDocumentLock(): DocumentLock {
  let lock: GoogleAppsScript.Lock.Lock | undefined;
  const held = (): GoogleAppsScript.Lock.Lock => {
    if (lock === undefined) {
      // `getDocumentLock` gives null when the script runs outside a document.
      const documentLock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
      if (documentLock === null) {
        throw new Error('No document lock: the script is not running in a spreadsheet.');
      }
      lock = documentLock;
    }
    return lock;
  };
  return {
    tryLock: (timeoutMs) => held().tryLock(timeoutMs),
    hasLock: () => lock?.hasLock() ?? false,
    release() {
      lock?.releaseLock();
    },
  };
}
