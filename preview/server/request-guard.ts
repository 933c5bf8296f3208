/**
 * Which requests the preview answers. It listens on 127.0.0.1 only, but a web
 * page the user visits can still reach it through the browser: by a name of its
 * own that resolves to 127.0.0.1 (DNS rebinding: the request then carries a
 * foreign Host) or by a cross-site POST (a form or a `no-cors` fetch, sent as
 * `text/plain`). So the preview answers only requests addressed to itself by
 * Host, and changes data only for requests from its own page: its own Origin and
 * a JSON body (which a foreign page cannot send without a CORS preflight, which
 * the preview never grants).
 */

import type { IncomingHttpHeaders } from 'node:http';

/** Why a request is refused: its HTTP status and a message for the developer's console. */
export interface Refusal {
  readonly status: 403 | 421;
  readonly error: string;
}

/** The names the preview's own page may use for it. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * The Host headers that address the preview on `port` (case does not matter):
 * `localhost`, `127.0.0.1` or `[::1]` with that port (or without it on port 80).
 *
 * @example ownHosts(8080) // ['localhost:8080', '127.0.0.1:8080', '[::1]:8080']
 */
export function ownHosts(port: number): string[] {
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  return port === 80 ? [...hosts, ...LOOPBACK_NAMES] : hosts;
}

/**
 * The origins of the preview's own pages on `port`.
 *
 * @example ownOrigins(8080)[0] // 'http://localhost:8080'
 */
export function ownOrigins(port: number): string[] {
  return ownHosts(port).map((host) => `http://${host}`);
}

/** Methods that only read. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Why the preview on `port` must not answer this request, or `undefined` when it
 * may: 421 for a Host other than its own; 403 for a write (any method but GET
 * and HEAD) without its own Origin or without a JSON body.
 *
 * @example refusal({ method: 'GET', headers: { host: 'evil.example' } }, 8080)?.status // 421
 */
export function refusal(
  request: { readonly method?: string; readonly headers: IncomingHttpHeaders },
  port: number,
): Refusal | undefined {
  const host = (request.headers.host ?? '').toLowerCase();
  if (!ownHosts(port).includes(host)) {
    return {
      status: 421,
      error: `misdirected request: this preview answers only to ${ownHosts(port).join(', ')}`,
    };
  }
  if (SAFE_METHODS.has((request.method ?? 'GET').toUpperCase())) return undefined;
  const origin = (request.headers.origin ?? '').toLowerCase();
  if (!ownOrigins(port).includes(origin)) {
    return { status: 403, error: 'forbidden: a change must come from the preview’s own page' };
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 403, error: 'forbidden: a change must be sent as application/json' };
  }
  return undefined;
}
