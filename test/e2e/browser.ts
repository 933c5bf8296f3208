/**
 * Debian's Chromium driven by playwright-core (which brings no browser of its
 * own): found at `CHROME_PATH` or `/usr/bin/chromium`, launched headless with
 * flags that keep it off the network and quiet.
 */

import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** What to install when there is no browser. */
export const INSTALL_HINT = 'apt-get install chromium fonts-thai-tlwg';

/** The flags every launch uses. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The Chromium to drive: `CHROME_PATH`, else `/usr/bin/chromium`; a clear error when neither exists. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(
    (path): path is string => path !== undefined && path !== '',
  );
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with \`${INSTALL_HINT}\`, ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** Launches headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
}
