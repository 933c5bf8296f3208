/**
 * dist/ loaded as Apps Script loads it (every `dist/*.js`, in name order, into
 * one fresh global scope: a Node vm) with the service facades of `index.ts` as
 * its globals, under the manifest it ships (dist/appsscript.json). What runs is
 * exactly what `clasp push` sends.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type AuthMode, authModeName, authModeOf, runInAuthMode } from '../scopes/auth-mode';
import { ServiceCalls } from '../scopes/guard';
import { type Manifest, readManifest } from '../scopes/manifest';
import { type AppsScriptServicesOptions, appsScriptServices } from './index';
import type { Realm } from './sheet-values';

/** How to load the add-on. */
export interface AddOnOptions
  extends Omit<AppsScriptServicesOptions, 'realm' | 'htmlFiles' | 'manifest' | 'calls'> {
  /** The built add-on: `dist/`. */
  readonly distDir: string;
  /** The manifest to enforce; `<distDir>/appsscript.json`, what `clasp push` sends, when absent. */
  readonly manifest?: Manifest;
  /**
   * The script's clock in milliseconds since 1970 (`new Date()`, `Date.now()`);
   * the machine's when absent. The preview sets a sample's "today" this way.
   */
  readonly now?: () => number;
}

/** The add-on in its vm. */
export interface AddOn {
  readonly context: vm.Context;
  /** The vm's own `Date` and `Array`, as Apps Script passes values. */
  readonly realm: Realm;
  /** The names of the HTML files of dist/ (without `.html`). */
  readonly htmlFiles: readonly string[];
  /** The global functions dist/ declares, in the order they appeared. */
  readonly functions: readonly string[];
  /** Whether the add-on defines a global function of this name. */
  has(name: string): boolean;
  /** Calls a global function of the add-on with arguments rebuilt in its realm. */
  call(name: string, ...args: unknown[]): unknown;
  /** A value rebuilt in the add-on's realm: its own `Date`s and `Array`s. */
  inRealm(value: unknown): unknown;
  /** Runs a script in the add-on's global scope, as the Apps Script editor's console would. */
  evaluate(code: string): unknown;
  /** The manifest the calls are checked against. */
  readonly manifest: Manifest;
  /** Every service call the add-on made, by `Type.method` (reset with `serviceCalls.reset()`). */
  readonly serviceCalls: ServiceCalls;
  /**
   * Calls a global function in an authorization mode: `customFunction` as Sheets
   * computes a custom function, `none` as `onOpen` of an add-on not yet used in
   * the document. `call` runs in `full`, as a menu item or a sidebar call does.
   */
  callAs(mode: AuthMode, name: string, ...args: unknown[]): unknown;
  /**
   * Runs a simple trigger (`onOpen`, `onInstall`) with its event, in the event's
   * authorization mode (`FULL` unless told): `runTrigger('onOpen', { authMode: 'NONE' })`.
   */
  runTrigger(name: string, event?: { readonly authMode?: string }): unknown;
}

/**
 * Loads every dist/*.js into a fresh vm whose globals are the facades over the
 * given fakes, under dist/appsscript.json unless another manifest is given.
 */
export function loadAddOn(options: AddOnOptions): AddOn {
  const files = readdirSync(options.distDir).sort();
  const htmlFiles = files.filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -5));
  const manifest = options.manifest ?? readManifest(join(options.distDir, 'appsscript.json'));
  const serviceCalls = new ServiceCalls();
  let realm: Realm | undefined;
  const context = vm.createContext(
    appsScriptServices({
      ...options,
      manifest,
      calls: serviceCalls,
      htmlFiles,
      realm: () => {
        if (realm === undefined) throw new Error('the add-on was called before it was loaded');
        return realm;
      },
    }),
  );
  realm = {
    Date: vm.runInContext('Date', context) as DateConstructor,
    Array: vm.runInContext('Array', context) as ArrayConstructor,
  };
  if (options.now !== undefined) installClock(context, options.now);
  const before = new Set(globalFunctions(context));
  for (const name of files.filter((file) => file.endsWith('.js'))) {
    vm.runInContext(readFileSync(join(options.distDir, name), 'utf8'), context, { filename: name });
  }
  const loaded = realm;
  const inRealm = (value: unknown): unknown => {
    if (Object.prototype.toString.call(value) === '[object Date]')
      return new loaded.Date((value as Date).getTime());
    if (Array.isArray(value)) return loaded.Array.from(value, inRealm);
    return value;
  };
  const globals = context as Record<string, unknown>;
  const functions = globalFunctions(context).filter((name) => !before.has(name));
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = globals[name];
    if (typeof fn !== 'function') throw new Error(`dist/ defines no function ${name}`);
    return fn(...args.map(inRealm));
  };
  return {
    context,
    realm: loaded,
    htmlFiles,
    functions,
    has: (name) => functions.includes(name),
    call,
    inRealm,
    evaluate: (code) => vm.runInContext(code, context),
    manifest,
    serviceCalls,
    callAs: (mode, name, ...args) => runInAuthMode(mode, () => call(name, ...args)),
    runTrigger(name, event = {}) {
      const mode = authModeOf(event.authMode ?? 'FULL');
      // ScriptApp is not modelled: the event carries the mode's name (`e.authMode` is `ScriptApp.AuthMode.X`).
      return runInAuthMode(mode, () => call(name, { ...event, authMode: authModeName(mode) }));
    },
  };
}

function globalFunctions(context: vm.Context): string[] {
  return vm.runInContext(
    'Object.getOwnPropertyNames(globalThis).filter(function (name) { return typeof globalThis[name] === "function"; })',
    context,
  ) as string[];
}

/**
 * Replaces the vm's `Date` with one whose "now" is `now()`. Dates made from a
 * time or parts are the vm's own, so `instanceof Date` and every method still hold.
 */
function installClock(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(
    `(function (now) {
      var RealDate = Date;
      function ClockDate() {
        if (!new.target) return new RealDate(now()).toString();
        if (arguments.length === 0) return new RealDate(now());
        return new (Function.prototype.bind.apply(RealDate, [null].concat(Array.prototype.slice.call(arguments))))();
      }
      ClockDate.prototype = RealDate.prototype;
      ClockDate.now = function () { return now(); };
      ClockDate.UTC = RealDate.UTC;
      ClockDate.parse = RealDate.parse;
      globalThis.Date = ClockDate;
    })`,
    context,
  ) as (clock: () => number) => void;
  install(now);
}
