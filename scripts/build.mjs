#!/usr/bin/env node
/**
 * Builds dist/, exactly what `clasp push` sends to Apps Script:
 *   dist/bundle.js      src/server/globals.ts and everything it imports, one IIFE
 *                       that defines the global `KpiSheets` and touches no service
 *   dist/globals.js     one top-level `function NAME(params)` per export of
 *                       globals.ts, its JSDoc copied directly above it
 *   dist/appsscript.json the manifest
 *
 * `--explain` (npm start) also prints what was built and how to deploy it.
 */

import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const globalsSource = join(root, 'src/server/globals.ts');
export const BUNDLE_GLOBAL = 'KpiSheets';

/**
 * The exported functions of globals.ts: name, parameter names and the JSDoc block
 * directly above each.
 */
export function readGlobals(sourcePath = globalsSource) {
  const text = readFileSync(sourcePath, 'utf8');
  const source = ts.createSourceFile(sourcePath, text, ts.ScriptTarget.Latest, true);
  const entries = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const jsdoc = comments
      .map((range) => text.slice(range.pos, range.end))
      .filter((comment) => comment.startsWith('/**'))
      .pop();
    const name = statement.name.text;
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

async function main() {
  const explain = process.argv.includes('--explain');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'bundle.js'), await bundleServer());
  const entries = readGlobals();
  writeFileSync(join(dist, 'globals.js'), globalsFile(entries));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));

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
        'To use it in a Google Sheet (once per machine and spreadsheet, see README "Deploy"):',
        '  npx clasp login',
        '  npx clasp create --type sheets --title "KPI ปรับปรุงกระบวนการ" --rootDir dist',
        '     (or put an existing script id in .clasp.json "scriptId")',
        'Then, after every change:',
        '  npm run deploy        # builds and runs clasp push',
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
