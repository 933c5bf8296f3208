/**
 * OAuth scopes by their short names: the table stores `spreadsheets.currentonly`
 * for `https://www.googleapis.com/auth/spreadsheets.currentonly`, as the scopes
 * page (https://developers.google.com/identity/protocols/oauth2/scopes) groups
 * them, and every message and manifest uses the full URL.
 */

/** What every Google OAuth scope of the table starts with. */
export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** The full scope URL of a short name. @example scopeUrl('drive') // 'https://www.googleapis.com/auth/drive' */
export function scopeUrl(short: string): string {
  return short.startsWith('https://') ? short : `${SCOPE_PREFIX}${short}`;
}

/** The short name of a scope URL. @example shortScope('https://www.googleapis.com/auth/drive') // 'drive' */
export function shortScope(url: string): string {
  return url.startsWith(SCOPE_PREFIX) ? url.slice(SCOPE_PREFIX.length) : url;
}
