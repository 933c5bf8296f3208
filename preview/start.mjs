#!/usr/bin/env node
/**
 * `npm start`: builds dist/ (what `clasp push` sends), bundles the preview's
 * server and page with esbuild into preview/.build/, and starts the preview on
 * http://localhost:8080.
 *
 * Environment:
 *   PORT           the port (8080; 0 picks a free one)
 *   PREVIEW_DATA   the data file (preview/.data/spreadsheet.json)
 *   PREVIEW_TODAY  the preview's today, yyyy-mm-dd (the sample's 2023-10-16), or "now"
 *   CHROME_PATH    Chromium for PDFs (/usr/bin/chromium)
 * `--no-build` skips building dist/ (the tests build it first).
 */

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'preview/.build');

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  }
  await build({
    entryPoints: [join(root, 'preview/server/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(out, 'server.mjs'),
    external: ['esbuild', 'playwright-core'],
    sourcemap: 'inline',
    charset: 'utf8',
    logLevel: 'warning',
  });
  await build({
    entryPoints: [join(root, 'preview/page/main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    outfile: join(out, 'page.js'),
    tsconfig: join(root, 'preview/page/tsconfig.json'),
    charset: 'utf8',
    logLevel: 'warning',
  });
  const { startPreview } = await import(pathToFileURL(join(out, 'server.mjs')).href);
  await startPreview({
    root,
    port: Number(process.env.PORT ?? 8080),
    dataFile: process.env.PREVIEW_DATA || join(root, 'preview/.data/spreadsheet.json'),
    today: process.env.PREVIEW_TODAY || undefined,
    chromePath: process.env.CHROME_PATH || undefined,
  });
}

main().catch((error) => {
  console.error(`The preview did not start: ${error.message}`);
  process.exit(1);
});
