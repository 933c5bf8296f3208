/**
 * `PropertiesService` as the add-on's properties adapter
 * (`src/server/services/apps-script-properties.ts`) calls it, over the in-memory
 * `FakeProperties` of the spreadsheet.
 */

import type { FakeProperties } from '../properties';
import { NODE_REALM, type Realm } from './sheet-values';

/** `Properties`. */
export class PropertiesFacade {
  constructor(
    private readonly store: FakeProperties,
    private readonly realm: Realm,
  ) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): PropertiesFacade {
    this.store.set(String(key), String(value));
    return this;
  }

  deleteProperty(key: string): PropertiesFacade {
    this.store.delete(String(key));
    return this;
  }

  getKeys(): string[] {
    return this.realm.Array.from(this.store.keys());
  }

  getProperties(): Record<string, string> {
    const all: Record<string, string> = {};
    for (const key of this.store.keys()) all[key] = this.store.get(key) ?? '';
    return all;
  }
}

/** The `PropertiesService` global: the document's properties (user and script ones are not kept). */
export interface PropertiesServiceFacade {
  getDocumentProperties(): PropertiesFacade;
}

/** `PropertiesService` over the spreadsheet's in-memory properties. */
export function fakePropertiesService(
  store: () => FakeProperties,
  realm: () => Realm = () => NODE_REALM,
): PropertiesServiceFacade {
  return { getDocumentProperties: () => new PropertiesFacade(store(), realm()) };
}
