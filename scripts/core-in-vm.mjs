/**
 * Bundles a TypeScript entry of src/ with esbuild, as the add-on's build does
 * (IIFE, ES2019, UTF-8), and runs it in a fresh `vm` global scope whose global
 * `Core` holds the entry's exports. The bench and the screenshot script use it
 * to run the core exactly as Apps Script would, without Apps Script.
 */

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A vm context with `Core` defined from `contents` (TypeScript importing `./src/...`). */
export async function coreInVm(contents, name) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}-entry.ts`, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Core',
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const context = vm.createContext({});
  new vm.Script(result.outputFiles[0].text, { filename: `${name}.js` }).runInContext(context);
  return context;
}
