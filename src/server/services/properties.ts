/**
 * What the add-on needs of the document's properties: small strings kept with the
 * spreadsheet, shared by everyone who uses the add-on in it (a batch's progress).
 * The one implementation (`apps-script-properties.ts`) is `PropertiesService.getDocumentProperties()`;
 * tests run it on the emulator, whose store (`emulator/properties.ts`) keeps Google's limits.
 */

/** Properties of the bound spreadsheet: string values by key. */
export interface PropertyStore {
  /** The value of `key`, `undefined` when it has none. */
  get(key: string): string | undefined;
  /** Sets a value; throws when it is over the service's limits (9 KB a value, 500 KB in all). */
  set(key: string, value: string): void;
  /** Removes a key; nothing happens when it has no value. */
  delete(key: string): void;
  /** Every key that has a value. */
  keys(): string[];
}

/**
 * The value of `key` read back from JSON; `undefined` when there is none or it is
 * not JSON (a value written by hand or cut short must not stop the add-on).
 *
 * @example readJson<{ next: number }>(store, 'batch') // { next: 3 }
 */
export function readJson<T>(store: PropertyStore, key: string): T | undefined {
  const text = store.get(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes a value as JSON.
 *
 * @example writeJson(store, 'batch', { next: 3 }) // stores '{"next":3}'
 */
export function writeJson(store: PropertyStore, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`Cannot store ${typeof value} as JSON under "${key}".`);
  store.set(key, text);
}
