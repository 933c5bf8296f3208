/**
 * Loads dist/ as Apps Script does: every `dist/*.js` file, in name order, into one
 * fresh global scope (a Node `vm` context) holding only the globals given.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

/** The built script files, in the order Apps Script loads them. */
export function distScripts(): { name: string; code: string }[] {
  return readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ name, code: readFileSync(join(DIST, name), 'utf8') }));
}

/** A loaded add-on: its global scope, and helpers to call into it with its own values. */
export interface LoadedDist {
  readonly context: vm.Context;
  /** Calls a global function of the add-on. */
  call(name: string, ...args: unknown[]): unknown;
  /** A value rebuilt in the add-on's realm: its own `Date` and `Array`, as Apps Script passes them. */
  inRealm(value: unknown): unknown;
  /** The names of the global functions defined. */
  functionNames(): string[];
}

/** Loads every dist/*.js into a fresh context whose only globals are `globals`. */
export function loadDist(globals: Record<string, unknown> = {}): LoadedDist {
  const context = vm.createContext({ ...globals });
  for (const script of distScripts()) vm.runInContext(script.code, context, { filename: script.name });
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  const RealmArray = vm.runInContext('Array', context) as ArrayConstructor;
  const inRealm = (value: unknown): unknown => {
    if (value instanceof Date) return new RealmDate(value.getTime());
    if (Array.isArray(value)) return RealmArray.from(value.map(inRealm));
    return value;
  };
  return {
    context,
    inRealm,
    call: (name, ...args) => {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`dist/ defines no function ${name}`);
      return fn(...args.map(inRealm));
    },
    functionNames: () =>
      vm.runInContext(
        'Object.getOwnPropertyNames(globalThis).filter((name) => typeof globalThis[name] === "function")',
        context,
      ) as string[],
  };
}
