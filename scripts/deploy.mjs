#!/usr/bin/env node
/**
 * `npm run deploy`: builds dist/ and sends it to the Apps Script project this
 * checkout is linked to, with Google's own clasp.
 *
 *   npm run deploy                          build, then `clasp push --force`
 *   npm run deploy -- --create              first time: a new spreadsheet "KPI" with its bound script
 *   npm run deploy -- --create-standalone   first time: a standalone project, to run as a test deployment
 *   npm run deploy -- --script-id <ID>      first time: link an existing script (its ID or editor URL)
 *
 * The link is `.clasp.json` (`scriptId`, `"rootDir": "dist"`), written by clasp or
 * by this script and never committed (.gitignore): a committed one with an empty
 * `scriptId` made `clasp create` stop at "Project file already exists".
 *
 * clasp 3 ends some failures with exit code 0 (its CLI swallows its own command
 * errors: node_modules/@google/clasp/build/src/index.js), so each step is judged
 * by what it left behind, a script id in .clasp.json or "Pushed" in its output,
 * and not by its exit code alone. Every failure ends here with exit code 1 and
 * says what to do next.
 *
 * `CLASP_BIN` runs another clasp (the tests give a stand-in).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projectFile = join(root, '.clasp.json');
const clasp = process.env.CLASP_BIN || join(root, 'node_modules', '.bin', 'clasp');

/** The project's title: the new spreadsheet's name, and the add-on's name under Extensions (MENU.title). */
const PROJECT_TITLE = 'KPI';

/** Where clasp keeps the files: what `npm run build` writes and `.claspignore` filters. */
const ROOT_DIR = 'dist';

const USAGE = [
  'Usage:',
  '  npm run deploy                          build dist/ and push it to the linked project',
  '  npm run deploy -- --create              first time: a new spreadsheet with its bound script',
  '  npm run deploy -- --create-standalone   first time: a standalone project (for a test deployment)',
  '  npm run deploy -- --script-id <ID>      first time: link an existing script (ID or editor URL)',
].join('\n');

const NOT_LINKED = [
  'No Apps Script project is linked to this checkout yet (no .clasp.json with a scriptId).',
  'First time, log in with `npx clasp login`, then either',
  '  npm run deploy -- --create              a new spreadsheet with its bound script, or',
  '  npm run deploy -- --script-id <ID>      an existing script: Extensions ▸ Apps Script ▸ Project settings ▸ Script ID',
  'See README, "Deploy to Google Sheets".',
].join('\n');

/** Ends the run: the message on stderr, exit code 1. */
function fail(message) {
  console.error(`\ndeploy: ${message}`);
  process.exit(1);
}

/** What was asked: push only, create first, or link first. */
function parseArguments(args) {
  if (args.length === 0) return { action: 'push' };
  if (args.length === 1 && args[0] === '--create') return { action: 'create', type: 'sheets' };
  if (args.length === 1 && args[0] === '--create-standalone') return { action: 'create', type: 'standalone' };
  if (args[0] === '--script-id' && args.length === 2)
    return { action: 'link', scriptId: scriptIdOf(args[1]) };
  const linkArgument = /^--script-id=(.*)$/.exec(args[0] ?? '');
  if (linkArgument && args.length === 1) return { action: 'link', scriptId: scriptIdOf(linkArgument[1]) };
  return fail(`cannot read the arguments: ${args.join(' ')}\n${USAGE}`);
}

/**
 * The script id in a bare id or an editor URL
 * (https://script.google.com/d/<ID>/edit, https://script.google.com/home/projects/<ID>/edit).
 */
function scriptIdOf(text) {
  const trimmed = String(text).trim();
  const fromUrl = /^https:\/\/script\.google\.com\/(?:d|home\/projects)\/([^/?#]+)/.exec(trimmed);
  const id = fromUrl ? fromUrl[1] : trimmed;
  if (!/^[A-Za-z0-9_-]{20,}$/.test(id)) {
    fail(
      `"${trimmed}" is not a script id. Copy it from the script editor: Project settings (the gear) ▸ IDs ▸ Script ID.`,
    );
  }
  return id;
}

/** `.clasp.json` as found: absent, unreadable (fails), or its settings. */
function readProject() {
  if (!existsSync(projectFile)) return undefined;
  try {
    const settings = JSON.parse(readFileSync(projectFile, 'utf8'));
    if (settings === null || typeof settings !== 'object') throw new Error('not an object');
    return settings;
  } catch (error) {
    return fail(
      `.clasp.json cannot be read (${error.message}). Delete it and link the project again.\n${USAGE}`,
    );
  }
}

/** The linked script id, or undefined. */
function linkedScriptId(settings) {
  return typeof settings?.scriptId === 'string' && settings.scriptId.trim() !== ''
    ? settings.scriptId
    : undefined;
}

/** Runs clasp on this checkout's project file, shows what it said, and returns it. */
function runClasp(args) {
  console.log(`> clasp ${args.join(' ')}`);
  const run = spawnSync(clasp, ['-P', root, ...args], { cwd: root, encoding: 'utf8' });
  if (run.error) fail(`could not run clasp (${clasp}): ${run.error.message}`);
  if (run.stdout) process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr);
  return { status: run.status, output: `${run.stdout ?? ''}\n${run.stderr ?? ''}` };
}

/** What to do about what clasp said. */
function nextStep(output) {
  if (/No credentials found/i.test(output)) {
    return 'You are not logged in to Google: run `npx clasp login` (on a machine without a browser: `npx clasp login --no-localhost`), then run this again.';
  }
  if (/Apps Script API/i.test(output)) {
    return 'Turn on the Apps Script API for your account at https://script.google.com/home/usersettings, wait a minute, then run this again.';
  }
  if (/Project file already exists/i.test(output)) {
    return 'A .clasp.json is in the way: delete it, then run this again.';
  }
  return 'Read clasp’s message above; `npx clasp show-authorized-user` tells whether you are logged in.';
}

function create(type) {
  const settings = readProject();
  const linked = linkedScriptId(settings);
  if (linked !== undefined) {
    fail(
      `this checkout is already linked to script ${linked} (.clasp.json): \`npm run deploy\` pushes to it. To start over, delete .clasp.json.`,
    );
  }
  if (settings !== undefined) {
    // Without a script id it links nothing, and `clasp create` refuses to run beside it.
    console.log('Removing .clasp.json: it names no script.');
    rmSync(projectFile);
  }
  const { status, output } = runClasp([
    'create',
    '--type',
    type,
    '--title',
    PROJECT_TITLE,
    '--rootDir',
    ROOT_DIR,
  ]);
  const created = readProject();
  if (linkedScriptId(created) === undefined) {
    fail(`clasp did not create the project (exit code ${status}). ${nextStep(output)}`);
  }
  if (created.rootDir !== ROOT_DIR) {
    writeFileSync(projectFile, `${JSON.stringify({ ...created, rootDir: ROOT_DIR }, null, 2)}\n`);
  }
}

function link(scriptId) {
  const linked = linkedScriptId(readProject());
  if (linked === scriptId) return;
  if (linked !== undefined) {
    fail(
      `this checkout is already linked to script ${linked} (.clasp.json). To link ${scriptId} instead, delete .clasp.json first.`,
    );
  }
  writeFileSync(projectFile, `${JSON.stringify({ scriptId, rootDir: ROOT_DIR }, null, 2)}\n`);
  console.log(`Linked to script ${scriptId} (.clasp.json).`);
}

function push() {
  const settings = readProject();
  if (linkedScriptId(settings) === undefined) fail(NOT_LINKED);
  if (settings.rootDir !== ROOT_DIR) {
    fail(
      `.clasp.json has "rootDir": ${JSON.stringify(settings.rootDir)}; it must be "${ROOT_DIR}", what the build writes.`,
    );
  }
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('the build failed (see above); nothing was pushed.');
  // --force: dist/appsscript.json is ours to send; without it a non-interactive clasp skips the push, exit code 0.
  const { status, output } = runClasp(['push', '--force']);
  if (status !== 0 || !/Pushed|already up to date/i.test(output)) {
    fail(`clasp did not push (exit code ${status}). ${nextStep(output)}`);
  }
  // clasp writes the spreadsheet's id as parentId, a string or a list of one.
  const container = [settings.parentId].flat().find((id) => typeof id === 'string' && id !== '');
  console.log(
    container
      ? `\nDone. Reload the spreadsheet: https://docs.google.com/spreadsheets/d/${container}/edit`
      : '\nDone. Reload the spreadsheet the script is bound to, or run its test deployment (README, "Deploy").',
  );
}

const request = parseArguments(process.argv.slice(2));
if (request.action === 'create') create(request.type);
if (request.action === 'link') link(request.scriptId);
push();
