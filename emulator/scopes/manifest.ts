/**
 * The manifest (`appsscript.json`) as the emulator reads it: the OAuth scopes the
 * script declares and the advanced services it enables
 * (https://developers.google.com/apps-script/manifest,
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 */

import { readFileSync } from 'node:fs';

/** An enabled advanced service: its global's name and the API behind it. */
export interface EnabledAdvancedService {
  readonly userSymbol: string;
  readonly serviceId: string;
  readonly version: string;
}

/** The parts of `appsscript.json` the emulator enforces. */
export interface Manifest {
  readonly timeZone?: string;
  readonly runtimeVersion?: string;
  /** The script's explicit scopes (full URLs). */
  readonly oauthScopes?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly EnabledAdvancedService[] };
}

/** Reads and parses a manifest file. */
export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/**
 * The manifest's declared scopes. A manifest without `oauthScopes` leaves Apps
 * Script to guess them from the code; the emulator does not guess, and refuses it,
 * as the add-on must declare the narrowest scopes (PRODUCT.md §5).
 */
export function declaredScopes(manifest: Manifest): readonly string[] {
  if (!Array.isArray(manifest.oauthScopes)) {
    throw new Error(
      'appsscript.json declares no oauthScopes: the emulator checks every call against explicit scopes (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes)',
    );
  }
  return manifest.oauthScopes;
}

/** The advanced services the manifest enables. */
export function enabledAdvancedServices(manifest: Manifest): readonly EnabledAdvancedService[] {
  return manifest.dependencies?.enabledAdvancedServices ?? [];
}
