#!/usr/bin/env node
/**
 * Builds dist/, exactly what `clasp push` sends to Apps Script:
 *   dist/bundle.js      src/server/globals.ts and everything it imports, one IIFE
 *                       that defines the global `KpiSheets` and touches no service
 *   dist/globals.js     one top-level `function NAME(params)` per export of
 *                       globals.ts, its JSDoc copied directly above it
 *   dist/appsscript.json the manifest
 *   dist/PAGE.html      one self-contained page per src/client/PAGE.html template
 *                       (sidebar, add-division, check-data): src/client/PAGE.ts
 *                       bundled and src/client/styles.css, both inlined, nothing
 *                       loaded from anywhere else
 *
 * `--explain` (npm start) also prints what was built and how to deploy it.
 */

import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const globalsSource = join(root, 'src/server/globals.ts');
export const BUNDLE_GLOBAL = 'KpiSheets';

/**
 * The exported functions of globals.ts: name, parameter names and the JSDoc block
 * directly above each, in order. `export { a, b } from './module'` re-exports are
 * followed to their declarations in that module, which carry the JSDoc.
 */
export function readGlobals(sourcePath = globalsSource, only = undefined) {
  const text = readFileSync(sourcePath, 'utf8');
  const source = ts.createSourceFile(sourcePath, text, ts.ScriptTarget.Latest, true);
  const entries = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && statement.exportClause) {
      const names = statement.exportClause.elements.map((element) => element.name.text);
      const target = join(dirname(sourcePath), `${statement.moduleSpecifier.text}.ts`);
      const found = readGlobals(target, names);
      const missing = names.filter((name) => !found.some((entry) => entry.name === name));
      if (missing.length > 0)
        throw new Error(`${relative(root, target)}: no exported function ${missing.join(', ')}`);
      entries.push(...found);
      continue;
    }
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const name = statement.name.text;
    if (only !== undefined && !only.includes(name)) continue;
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const jsdoc = comments
      .map((range) => text.slice(range.pos, range.end))
      .filter((comment) => comment.startsWith('/**'))
      .pop();
    if (!jsdoc) throw new Error(`${relative(root, sourcePath)}: export ${name} has no JSDoc block above it`);
    if (name.endsWith('_')) throw new Error(`${name}: a trailing _ makes a function private in Apps Script`);
    const params = statement.parameters.map((parameter) => parameter.name.getText(source));
    entries.push({ name, params, jsdoc });
  }
  return entries;
}

/** The top-level declarations Apps Script reads, one per global, JSDoc directly above. */
export function globalsFile(entries) {
  const header = '// Built by `npm run build` from src/server/globals.ts. Do not edit.\n';
  const functions = entries.map(({ name, params, jsdoc }) => {
    const list = params.join(', ');
    return `${jsdoc}\nfunction ${name}(${list}) {\n  return ${BUNDLE_GLOBAL}.${name}(${list});\n}\n`;
  });
  return `${header}\n${functions.join('\n')}`;
}

async function bundleServer() {
  const result = await build({
    entryPoints: [globalsSource],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    // Apps Script's V8 runtime: keep to syntax it is documented to run.
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  return `// Built by \`npm run build\` from src/. Do not edit.\n${output.text}`;
}

const clientDir = join(root, 'src/client');

/** The marker in a page template that the build replaces with `<style>` or `<script>`. */
const INLINE_MARKER = /<!--\s*inline:\s*([\w.-]+)\s*-->/g;

/**
 * `code` safe inside an inline `<script>` or `<style>` element: the HTML parser ends
 * such an element at the first `</script` (or `</style`) whatever the JS or CSS
 * around it means, and `<!--` can switch it into a mode that hides what follows.
 * `<\/` and `<\!--` read the same in JS strings, regular expressions and CSS.
 */
export function escapeInline(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The page `template` with each `<!-- inline: NAME -->` marker replaced: `styles.css`
 * by a `<style>` element of `css`, `PAGE.ts` by a `<script>` element of `js`. Each
 * must appear exactly once, and the result must load nothing from outside.
 */
export function inlinePage(template, page, css, js) {
  const found = [];
  const html = template.replace(INLINE_MARKER, (_marker, name) => {
    found.push(name);
    // A function replacement: `$&` and friends in minified code stay as they are.
    if (name === 'styles.css') return `<style>${escapeInline(css, 'style')}</style>`;
    if (name === `${page}.ts`) return `<script>${escapeInline(js, 'script')}</script>`;
    throw new Error(`src/client/${page}.html: unknown inline marker "${name}"`);
  });
  const expected = ['styles.css', `${page}.ts`];
  for (const name of expected) {
    const count = found.filter((entry) => entry === name).length;
    if (count !== 1)
      throw new Error(`src/client/${page}.html: needs <!-- inline: ${name} --> once, found ${count}`);
  }
  const external =
    /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=|@import|url\(\s*['"]?(?:https?:)?\/\//i.exec(html);
  if (external) throw new Error(`dist/${page}.html would load something from outside: ${external[0]}`);
  return html;
}

/** The pages: every src/client/*.html template, each with its .ts entry. */
function clientPages() {
  return readdirSync(clientDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

async function bundleClient(page) {
  const result = await build({
    entryPoints: [join(clientDir, `${page}.ts`)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    tsconfig: join(clientDir, 'tsconfig.json'),
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim();
}

async function buildPages() {
  const styles = await transform(readFileSync(join(clientDir, 'styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
  });
  for (const page of clientPages()) {
    const template = readFileSync(join(clientDir, `${page}.html`), 'utf8');
    const html = inlinePage(template, page, styles.code.trim(), await bundleClient(page));
    writeFileSync(join(dist, `${page}.html`), html);
  }
}

async function main() {
  const explain = process.argv.includes('--explain');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'bundle.js'), await bundleServer());
  const entries = readGlobals();
  writeFileSync(join(dist, 'globals.js'), globalsFile(entries));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  await buildPages();

  const files = readdirSync(dist).sort();
  const summary = files.map(
    (file) => `  dist/${file}  ${(statSync(join(dist, file)).size / 1024).toFixed(1)} KiB`,
  );
  console.log(`Built ${files.length} files for Apps Script:\n${summary.join('\n')}`);
  const customFunctions = entries
    .filter((entry) => entry.jsdoc.includes('@customfunction'))
    .map((e) => e.name);
  console.log(`Custom functions: ${customFunctions.join(', ')}`);
  if (explain) {
    console.log(
      [
        '',
        'To use it in a Google Sheet (see README "Deploy to Google Sheets"), once:',
        '  npx clasp login',
        '  npm run deploy -- --create           # a new spreadsheet with its bound script',
        '     (or: npm run deploy -- --script-id <ID>   to link an existing script)',
        'Then, after every change:',
        '  npm run deploy                       # builds and runs clasp push',
        'In the sheet, type for example: =KPISCORE(1, C2:E200, F2:F200, G2:G200, TODAY())',
      ].join('\n'),
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`Build failed: ${error.message}`);
    process.exit(1);
  });
}
