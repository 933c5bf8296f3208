/**
 * The gate every Apps Script call of the emulator goes through: each service
 * global is wrapped in a Proxy typed with its Apps Script type, and every object
 * a method returns is wrapped with the type the reference declares it returns
 * (arrays item by item), so each call is known as `Type.method` however deep.
 * On each call the guard
 *
 * 1. counts it (`ServiceCalls`, for the bench's "service calls per action");
 * 2. refuses a method the scope table does not know, loudly, so the emulator
 *    never accepts a call it does not model;
 * 3. applies the running authorization mode (`auth-mode.ts`): a custom function
 *    may only read the spreadsheet and use services that need no authorization
 *    (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services),
 *    `AuthMode.NONE` only builds the add-on's menu and uses services that need no
 *    authorization (https://developers.google.com/apps-script/reference/script/auth-mode,
 *    https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle);
 * 4. throws Apps Script's own error when the manifest declares none of the
 *    method's documented scopes
 *    (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 *
 * Property reads that are not methods (enums such as `SpreadsheetApp.ProtectionType`)
 * pass; a property that holds a service object (`Drive.Files`) is wrapped too.
 * The facades behind the guard never see a Proxy: arguments are unwrapped.
 */

import { type AuthMode, currentAuthMode } from './auth-mode';
import { declaredScopes, type Manifest } from './manifest';
import { className, type MethodScopes, type ScopeTable, scopeTable } from './table';

/** Calls counted by `Type.method` (`Spreadsheet.Range.getValues`). */
export class ServiceCalls {
  private readonly counts = new Map<string, number>();

  /** Counts one call. */
  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The count of one `Type.method`, 0 if never called. */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Every count, by `Type.method`, sorted by name. */
  snapshot(): Record<string, number> {
    const sorted: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) sorted[key] = this.counts.get(key) as number;
    return sorted;
  }

  /** All calls counted. */
  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** Starts counting from zero. */
  reset(): void {
    this.counts.clear();
  }
}

/** What the guard checks against. */
export interface GuardOptions {
  /** The script's manifest: its `oauthScopes`. */
  readonly manifest: Manifest;
  /** Where calls are counted. */
  readonly calls?: ServiceCalls;
  /** The scope table; the emulator's by default. */
  readonly table?: ScopeTable;
}

/** A guard over one script's globals. */
export interface ScopeGuard {
  /** The global `name` (a service object) behind the guard, typed as the reference types it. */
  global<T>(name: string, service: T): T;
  /** Any object behind the guard as an Apps Script type (`Spreadsheet.Sheet`, `Drive`). */
  wrap<T>(value: T, type: string): T;
  readonly calls: ServiceCalls;
}

/** `(a || b)` as Apps Script lists several scopes, the one URL alone otherwise. */
export function requiredPermissions(scopes: readonly string[]): string {
  return scopes.length === 1 ? (scopes[0] as string) : `(${scopes.join(' || ')})`;
}

/** How Apps Script names a method in its errors: `DriveApp.createFolder`; an advanced service's REST method. */
export function callName(entry: MethodScopes): string {
  return entry.rest ?? `${className(entry.type)}.${entry.method}`;
}

/**
 * The error of a call the manifest's scopes do not cover, in Apps Script's words:
 * "Specified permissions are not sufficient to call DriveApp.createFolder.
 * Required permissions: https://www.googleapis.com/auth/drive", several scopes as
 * "(a || b)"; for an advanced service, the REST API's answer to a token without
 * the scope, as the service throws it ("API call to drive.files.create failed
 * with error: Request had insufficient authentication scopes.").
 */
export function insufficientScopes(entry: MethodScopes): Error {
  if (entry.rest !== undefined) {
    const error = new Error(
      `API call to ${entry.rest} failed with error: Request had insufficient authentication scopes.`,
    );
    error.name = 'GoogleJsonResponseException';
    return error;
  }
  return new Error(
    `Specified permissions are not sufficient to call ${callName(entry)}. Required permissions: ${requiredPermissions(entry.scopes)}`,
  );
}

/**
 * The error of a call the running mode does not allow: "You do not have
 * permission to call DriveApp.getFoldersByName. Required permissions: (… || …).
 * For more information, see …#authorization-is"; a method that lists no scopes
 * is named alone, as `writeRefused` does.
 */
export function noPermission(entry: MethodScopes): Error {
  if (entry.scopes.length === 0) return writeRefused(entry);
  return new Error(
    `You do not have permission to call ${callName(entry)}. Required permissions: ${requiredPermissions(entry.scopes)}. For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is`,
  );
}

/**
 * The error of a write a custom function may not make: Google names the method
 * alone, "You do not have permission to call setValue".
 */
export function writeRefused(entry: MethodScopes): Error {
  return new Error(`You do not have permission to call ${entry.method}`);
}

/** The error of a method the emulator does not model (not in the scope table, or no facade for it). */
export function notModelled(type: string, method: string): Error {
  return new Error(
    `The Apps Script emulator does not know ${type}.${method}: model it (its scopes in emulator/scopes, from the reference page, and a facade) before calling it`,
  );
}

const READ = /^(get|is|has|can)[A-Z]/;

/** Other spreadsheets: "Cannot open other spreadsheets (SpreadsheetApp.openById() or SpreadsheetApp.openByUrl())". */
const OTHER_SPREADSHEETS = new Set(['open', 'openById', 'openByUrl', 'create']);

/** Property stores' writes: a custom function runs as no user and may not change them. */
const PROPERTY_WRITES = /^(set|delete)/;

/**
 * Throws the error Google gives when a custom function may not make this call.
 * Reads of the spreadsheet are allowed without authorization (AuthMode
 * CUSTOM_FUNCTION: "read-only access to the Spreadsheet service ... permitted
 * without authorization"), so they need no declared scope.
 */
function customFunctionRule(entry: MethodScopes): void {
  if (entry.type === 'Spreadsheet.SpreadsheetApp' && entry.method === 'getUi') {
    // https://developers.google.com/apps-script/guides/sheets/functions: no UI from a custom function.
    throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  if (entry.type === 'Spreadsheet.SpreadsheetApp' && OTHER_SPREADSHEETS.has(entry.method)) {
    throw noPermission(entry);
  }
  if (entry.type.startsWith('Spreadsheet.')) {
    // "Read only (can use most get*() methods, but not set*())"; builders change nothing.
    if (entry.scopes.length === 0 || READ.test(entry.method)) return;
    throw writeRefused(entry);
  }
  if (entry.type.startsWith('Properties.') && PROPERTY_WRITES.test(entry.method)) {
    // Not confirmed: the guide only says editors "can't set user properties"; the emulator refuses every write.
    throw writeRefused(entry);
  }
  if (entry.scopes.length > 0) throw noPermission(entry);
}

/** What `onOpen` may do in `AuthMode.NONE`: build the add-on's menu. */
const MENU_BUILDING = new Set([
  'Spreadsheet.SpreadsheetApp.getUi',
  'Document.DocumentApp.getUi',
  'Base.Ui.createAddonMenu',
  'Base.Ui.createMenu',
  'Base.Menu.addItem',
  'Base.Menu.addSeparator',
  'Base.Menu.addSubMenu',
  'Base.Menu.addToUi',
]);

/**
 * The stores of the document and user, which the AuthMode reference's own
 * example says do not work in `AuthMode.NONE` although they list no scopes.
 */
const DOCUMENT_STORES = /^(Properties|Lock|Cache)\./;

function noneRule(entry: MethodScopes): void {
  if (MENU_BUILDING.has(`${entry.type}.${entry.method}`)) return;
  if (DOCUMENT_STORES.test(entry.type) || entry.scopes.length > 0) throw noPermission(entry);
}

/** Checks one call in a mode against the declared scopes; throws Apps Script's error when refused. */
export function authorize(entry: MethodScopes, mode: AuthMode, declared: readonly string[]): void {
  if (mode === 'customFunction') {
    // What a custom function may call needs no authorization at all.
    customFunctionRule(entry);
    return;
  }
  if (mode === 'none') {
    noneRule(entry);
  }
  if (entry.scopes.length > 0 && !entry.scopes.some((scope) => declared.includes(scope))) {
    throw insufficientScopes(entry);
  }
}

/**
 * A guard over one script's globals, checking every call against `manifest`.
 *
 * @example
 *   const guard = scopeGuard({ manifest });
 *   globals.SpreadsheetApp = guard.global('SpreadsheetApp', fakeSpreadsheetApp(...));
 */
export function scopeGuard(options: GuardOptions): ScopeGuard {
  const table = options.table ?? scopeTable();
  const declared = declaredScopes(options.manifest);
  const calls = options.calls ?? new ServiceCalls();
  const targets = new WeakMap<object, object>();
  const proxies = new WeakMap<object, Map<string, object>>();
  // Calls the facades make while serving a call (Sheets computing a custom function
  // while the add-on reads cells) are not the add-on's: only outermost calls count.
  let depth = 0;

  const unwrap = (value: unknown): unknown => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const target = targets.get(value as object);
    if (target !== undefined) return target;
    if (Array.isArray(value) && value.some((item) => unwrap(item) !== item)) {
      // `map` keeps the array's own realm (the vm's), as the facades expect.
      return Array.prototype.map.call(value, unwrap);
    }
    return value;
  };

  const wrap = <T>(value: T, type: string): T => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const base = type.replace(/(\[\])+$/, '');
    if (Array.isArray(value)) return Array.prototype.map.call(value, (item) => wrap(item, base)) as T;
    const target = (targets.get(value as object) ?? value) as object;
    let byType = proxies.get(target);
    if (byType === undefined) {
      byType = new Map();
      proxies.set(target, byType);
    }
    const known = byType.get(base);
    if (known !== undefined) return known as T;
    const proxy = new Proxy(target, handler(base));
    targets.set(proxy, target);
    byType.set(base, proxy);
    return proxy as T;
  };

  const handler = (type: string): ProxyHandler<object> => {
    const methods = new Map<string, (...args: unknown[]) => unknown>();
    return {
      get(target, property) {
        if (typeof property === 'symbol') return Reflect.get(target, property);
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value === 'function') {
          // `toString` and the like, inherited from Object, are JavaScript's, not the service's.
          if ((Object.prototype as unknown as Record<string, unknown>)[property] === value) return value;
          let method = methods.get(property);
          if (method === undefined) {
            method = guardedMethod(type, property, target, value as (...args: unknown[]) => unknown);
            methods.set(property, method);
          }
          return method;
        }
        if (value === undefined && table.method(type, property) !== undefined) {
          // Apps Script has the method, the facade does not: it is checked as any call, then refused loudly.
          return guardedMethod(type, property, target, undefined);
        }
        const held = table.property(type, property);
        return held === undefined ? value : wrap(value, held);
      },
    };
  };

  const guardedMethod =
    (type: string, name: string, target: object, method: ((...args: unknown[]) => unknown) | undefined) =>
    (...args: unknown[]): unknown => {
      if (depth === 0) calls.record(`${type}.${name}`);
      const entry = table.method(type, name);
      if (entry === undefined) throw notModelled(type, name);
      authorize(entry, currentAuthMode(), declared);
      if (method === undefined) throw notModelled(type, name);
      depth++;
      let result: unknown;
      try {
        result = method.apply(target, args.map(unwrap));
      } finally {
        depth--;
      }
      return entry.returns === undefined ? result : wrap(result, entry.returns);
    };

  return {
    global<T>(name: string, service: T): T {
      const type = table.globalType(name);
      if (type === undefined) throw new Error(`The scope table types no Apps Script global ${name}`);
      return wrap(service, type);
    },
    wrap,
    calls,
  };
}
