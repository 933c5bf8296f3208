/**
 * The emulator's scope table: for each Apps Script type, each method's documented
 * scopes and the type it returns. Three sources, later ones winning:
 *
 * 1. `reference.json`, read from `gas-types-detailed` (Google's reference as
 *    types, each method's "Authorization" section; see `read-reference.ts`);
 * 2. `advanced.ts`, the advanced services by hand, from their REST pages;
 * 3. `overrides.ts`, where the package is behind or silent.
 *
 * Type names are those under `GoogleAppsScript` in the declarations
 * (`Spreadsheet.Range`, `Drive_v3.Drive.V3.Collection.FilesCollection`).
 */

import { ADVANCED_METHODS, ADVANCED_SERVICES, ADVANCED_TYPES, type AdvancedService } from './advanced';
import { INFERRED_SCOPES, type InferredScopes, SCOPE_OVERRIDES, type ScopeOverride } from './overrides';
import type { ReferenceTable, ReferenceType } from './read-reference';
import referenceJson from './reference.json';
import { scopeUrl } from './scope-names';

/** Where a method's scopes come from. */
export type ScopeSource = 'reference' | 'advanced' | 'override' | 'inferred';

/** What a method needs: any one of `scopes` (full URLs); none when empty. */
export interface MethodScopes {
  readonly type: string;
  readonly method: string;
  readonly scopes: readonly string[];
  /** The Apps Script type of the value returned (`Spreadsheet.Sheet[]`), absent for plain values. */
  readonly returns?: string;
  readonly source: ScopeSource;
  /** The page that lists the scopes. */
  readonly url?: string;
  /** For an advanced service: the REST method (`drive.files.create`). */
  readonly rest?: string;
}

/** The table: methods and properties by type, and the type of each service global. */
export interface ScopeTable {
  /** A method of a type, or undefined when the table does not know it. */
  method(type: string, method: string): MethodScopes | undefined;
  /** The Apps Script type held by a property (`Drive.Files`), if it holds a service object. */
  property(type: string, property: string): string | undefined;
  /** Whether the table knows the type at all. */
  hasType(type: string): boolean;
  /** The type of a built-in service global (`SpreadsheetApp` → `Spreadsheet.SpreadsheetApp`). */
  globalType(name: string): string | undefined;
  /** The advanced services known, by `serviceId` and `version`. */
  readonly advancedServices: readonly AdvancedService[];
  /** Every method known, for reports. */
  methods(): MethodScopes[];
}

/** The parts a table is built from (tests give their own overrides). */
export interface ScopeTableParts {
  readonly reference: ReferenceTable;
  readonly overrides?: readonly ScopeOverride[];
  readonly inferred?: readonly InferredScopes[];
}

/**
 * Builds a scope table from the reference and the emulator's own entries.
 *
 * @example buildScopeTable({ reference }).method('Drive.DriveApp', 'createFolder')?.scopes
 *   // ['https://www.googleapis.com/auth/drive']
 */
export function buildScopeTable(parts: ScopeTableParts): ScopeTable {
  const entries = new Map<string, MethodScopes>();
  const properties = new Map<string, string>();
  const types = new Set<string>();
  const key = (type: string, name: string) => `${type}#${name}`;
  const addType = (type: string, value: ReferenceType, source: ScopeSource) => {
    types.add(type);
    for (const [name, method] of Object.entries(value.methods)) {
      entries.set(key(type, name), {
        type,
        method: name,
        scopes: method.scopes.map(scopeUrl),
        ...(method.returns === undefined ? {} : { returns: method.returns }),
        source,
        ...(value.url === undefined ? {} : { url: value.url }),
      });
    }
    for (const [name, held] of Object.entries(value.properties ?? {})) properties.set(key(type, name), held);
  };
  for (const [type, value] of Object.entries(parts.reference.types)) addType(type, value, 'reference');
  for (const [type, value] of Object.entries(ADVANCED_TYPES)) addType(type, value, 'advanced');
  for (const [type, methods] of Object.entries(ADVANCED_METHODS)) {
    types.add(type);
    for (const [name, method] of Object.entries(methods)) {
      entries.set(key(type, name), {
        type,
        method: name,
        scopes: method.scopes.map(scopeUrl),
        source: 'advanced',
        url: method.url,
        rest: method.rest,
      });
    }
  }
  for (const inferred of parts.inferred ?? INFERRED_SCOPES) {
    for (const entry of entries.values()) {
      if (entry.type !== inferred.type || entry.scopes.length > 0) continue;
      entries.set(key(entry.type, entry.method), {
        ...entry,
        scopes: inferred.scopes.map(scopeUrl),
        source: 'inferred',
        url: inferred.url,
      });
    }
  }
  for (const override of parts.overrides ?? SCOPE_OVERRIDES) {
    types.add(override.type);
    const known = entries.get(key(override.type, override.method));
    const returns = override.returns ?? known?.returns;
    entries.set(key(override.type, override.method), {
      type: override.type,
      method: override.method,
      scopes: override.scopes.map(scopeUrl),
      ...(returns === undefined ? {} : { returns }),
      source: 'override',
      url: override.url,
    });
  }
  return {
    method: (type, name) => entries.get(key(type, name)),
    property: (type, name) => properties.get(key(type, name)),
    hasType: (type) => types.has(type),
    globalType: (name) => parts.reference.globals[name],
    advancedServices: ADVANCED_SERVICES,
    methods: () => [...entries.values()],
  };
}

let shared: ScopeTable | undefined;

/** The emulator's table: the committed reference with the advanced services and overrides. Built once. */
export function scopeTable(): ScopeTable {
  shared ??= buildScopeTable({ reference: referenceJson as unknown as ReferenceTable });
  return shared;
}

/** The class a type is called by in Apps Script's messages: `Spreadsheet.Range` → `Range`. */
export function className(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}
