/**
 * In-memory document properties that behave like
 * `PropertiesService.getDocumentProperties()` for what `PropertyStore` offers, for
 * the tests and the local preview. Never imported from `src/`.
 *
 * - Values are strings; `get` of a missing key is `undefined`.
 * - The service's limits hold, counted in UTF-8 bytes as Google counts them (a
 *   Thai letter is 3 bytes): 9 KB for one value, 500 KB for the whole store
 *   (keys and values). Going over throws the service's own message and stores nothing.
 * - Every call is counted (`calls`); `snapshot()` is the store as a plain object.
 */

import type { PropertyStore } from '../src/server/services/properties';
import { type Calls, resetCalls, zeroCalls } from './calls';

/** The most one value may hold, in bytes. */
export const MAX_VALUE_BYTES = 9 * 1024;
/** The most the whole store may hold (keys and values), in bytes. */
export const MAX_STORE_BYTES = 500 * 1024;

/** What the service says when a value is over its limit. */
export const VALUE_TOO_LARGE_MESSAGE = 'Argument too large: value';
/** What the service says when the store would be over its limit. */
export const STORE_FULL_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** A method of `PropertyStore`. */
export type PropertiesMethod = keyof PropertyStore;

/**
 * The in-memory store. See the file's comment for what it imitates.
 *
 * @example
 * const properties = new FakeProperties({ batch: '{"next":3}' });
 * properties.get('batch') // '{"next":3}'
 * properties.calls.get // 1
 */
export class FakeProperties {
  /** How often each method was called. */
  readonly calls: Calls<PropertiesMethod> = zeroCalls<PropertiesMethod>(['get', 'set', 'delete', 'keys']);
  private readonly values = new Map<string, string>();

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [key, value] of Object.entries(initial)) this.put(key, value);
  }

  get(key: string): string | undefined {
    this.calls.get++;
    return this.values.get(key);
  }

  set(key: string, value: string): void {
    this.calls.set++;
    this.put(key, value);
  }

  delete(key: string): void {
    this.calls.delete++;
    this.values.delete(key);
  }

  keys(): string[] {
    this.calls.keys++;
    return [...this.values.keys()];
  }

  // Beyond the interface: never counted.

  /** The bytes the store holds, keys and values, as counted against its limit. */
  get bytes(): number {
    let total = 0;
    for (const [key, value] of this.values) total += byteLength(key) + byteLength(value);
    return total;
  }

  /** Every key and value, keys sorted. */
  snapshot(): Record<string, string> {
    const entries = [...this.values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }

  /** `JSON.stringify(properties)` writes the snapshot. */
  toJSON(): Record<string, string> {
    return this.snapshot();
  }

  /** Sets every call counter back to zero. */
  resetCalls(): void {
    resetCalls(this.calls);
  }

  private put(key: string, value: string): void {
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    // The service stores what it is given as a string.
    const text = String(value);
    if (byteLength(text) > MAX_VALUE_BYTES) throw new Error(VALUE_TOO_LARGE_MESSAGE);
    const previous = this.values.get(key);
    const without = this.bytes - (previous === undefined ? 0 : byteLength(key) + byteLength(previous));
    if (without + byteLength(key) + byteLength(text) > MAX_STORE_BYTES) throw new Error(STORE_FULL_MESSAGE);
    this.values.set(key, text);
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
