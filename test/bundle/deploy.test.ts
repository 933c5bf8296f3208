/**
 * `npm run deploy` (scripts/deploy.mjs) from a fresh checkout with no Google
 * account, offline: every way it can stop ends with exit code 1, a message that
 * says what to do next, and no wrong link left behind. Each run is on a copy of
 * the checkout (scripts, sources, manifest, ignore files; node_modules linked)
 * with an empty HOME, so no login of this machine is seen.
 */

import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MENU } from '../../src/core/messages';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQ';
const BUILT = [
  'add-division.html',
  'appsscript.json',
  'bundle.js',
  'check-data.html',
  'fiscal-year.html',
  'globals.js',
  'sidebar.html',
];

let checkout: string;
let home: string;

beforeEach(() => {
  const folder = mkdtempSync(join(tmpdir(), 'kpi-deploy-'));
  checkout = join(folder, 'checkout');
  home = join(folder, 'home');
  mkdirSync(checkout);
  mkdirSync(home);
  for (const path of ['scripts', 'src', 'appsscript.json', 'package.json', '.claspignore', '.gitignore']) {
    cpSync(join(ROOT, path), join(checkout, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
});

afterEach(() => rmSync(join(checkout, '..'), { recursive: true, force: true }));

/** Runs the deploy script as `npm run deploy -- <args>` would, with only the given extra environment. */
function deploy(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^clasp_/i.test(name) && name !== 'CLASP_BIN'),
  );
  return spawnSync(process.execPath, [join(checkout, 'scripts', 'deploy.mjs'), ...args], {
    cwd: checkout,
    env: { ...clean, HOME: home, USERPROFILE: home, ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
}

/** The link the checkout has, if any. */
function link(): unknown {
  const file = join(checkout, '.clasp.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * A stand-in for clasp that writes its arguments to `clasp-calls.jsonl` and answers
 * `create` and `push` as told: what it prints and its exit code.
 */
function fakeClasp(answers: { create?: [string, number]; push?: [string, number] }): string {
  const file = join(checkout, '..', 'fake-clasp.js');
  writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
fs.appendFileSync(path.join(${JSON.stringify(checkout)}, '..', 'clasp-calls.jsonl'), JSON.stringify(args) + '\\n');
const answers = ${JSON.stringify(answers)};
const answer = answers[args[2]] || ['unexpected', 1];
console.log(answer[0]);
process.exit(answer[1]);
`,
  );
  chmodSync(file, 0o755);
  return file;
}

function claspCalls(): string[][] {
  const file = join(checkout, '..', 'clasp-calls.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[]);
}

describe('npm run deploy from a fresh checkout, without a Google account', () => {
  it('with no linked project it stops at once, says how to log in and link, and writes nothing', () => {
    const run = deploy([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No Apps Script project is linked to this checkout yet');
    expect(run.stderr).toContain('npx clasp login');
    expect(run.stderr).toContain('npm run deploy -- --create');
    expect(run.stderr).toContain('npm run deploy -- --script-id <ID>');
    expect(link()).toBeUndefined();
    expect(existsSync(join(checkout, 'dist'))).toBe(false);
  });

  it('--create runs the real clasp, which finds no login: clasp’s reason, the next step, no project file', () => {
    const run = deploy(['--create']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No credentials found.');
    expect(run.stderr).toContain('clasp did not create the project');
    expect(run.stderr).toContain('run `npx clasp login`');
    expect(link()).toBeUndefined();
  });

  it('--create beside the .clasp.json with an empty scriptId this repository used to commit gets past it', () => {
    writeFileSync(join(checkout, '.clasp.json'), JSON.stringify({ scriptId: '', rootDir: 'dist' }));
    const run = deploy(['--create']);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('Project file already exists');
    expect(run.stderr).toContain('No credentials found.');
    expect(link()).toBeUndefined();
  });

  it('--create asks clasp for a spreadsheet titled as the add-on’s menu, its files in dist/', () => {
    const clasp = fakeClasp({ create: ['Project file already exists.', 0] });
    const run = deploy(['--create'], { CLASP_BIN: clasp });
    expect(claspCalls()).toEqual([
      ['-P', checkout, 'create', '--type', 'sheets', '--title', MENU.title, '--rootDir', 'dist'],
    ]);
    // clasp 3 ends this failure with exit code 0: the script judges by the script id clasp left, and there is none.
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('clasp did not create the project (exit code 0)');
  });

  it('--create-standalone asks clasp for a standalone project of the same title', () => {
    const clasp = fakeClasp({ create: ['No credentials found.', 1] });
    const run = deploy(['--create-standalone'], { CLASP_BIN: clasp });
    expect(run.status).toBe(1);
    expect(claspCalls()[0]).toEqual([
      '-P',
      checkout,
      'create',
      '--type',
      'standalone',
      '--title',
      'KPI',
      '--rootDir',
      'dist',
    ]);
  });

  it('--script-id links the project, builds dist/, and the real clasp’s push without a login fails clearly', () => {
    const run = deploy(['--script-id', SCRIPT_ID]);
    expect(run.status).toBe(1);
    expect(link()).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(readdirSync(join(checkout, 'dist')).sort()).toEqual(BUILT);
    expect(run.stderr).toContain('No credentials found.');
    expect(run.stderr).toContain('clasp did not push');
    expect(run.stderr).toContain('run `npx clasp login`');
  });

  it('--script-id takes the script editor’s URL too', () => {
    const clasp = fakeClasp({ push: ['Pushed 6 files at 10:00:00.', 0] });
    const run = deploy(['--script-id', `https://script.google.com/d/${SCRIPT_ID}/edit`], {
      CLASP_BIN: clasp,
    });
    expect(run.status).toBe(0);
    expect(link()).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(claspCalls()).toEqual([['-P', checkout, 'push', '--force']]);
  });

  it('a script id that is not one is refused before anything is written', () => {
    const run = deploy(['--script-id', 'my sheet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"my sheet" is not a script id');
    expect(link()).toBeUndefined();
  });

  it('a checkout linked to one project is not silently relinked to another', () => {
    writeFileSync(join(checkout, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist' }));
    const other = `${SCRIPT_ID.slice(0, -3)}xyz`;
    const run = deploy(['--script-id', other]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`already linked to script ${SCRIPT_ID}`);
    expect(link()).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    const again = deploy(['--create']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`already linked to script ${SCRIPT_ID}`);
  });

  it('a push clasp skips with exit code 0 is a failure, not a silent success', () => {
    writeFileSync(join(checkout, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist' }));
    const clasp = fakeClasp({ push: ['Skipping push.', 0] });
    const run = deploy([], { CLASP_BIN: clasp });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('clasp did not push (exit code 0)');
  });

  it('a push clasp reports done ends with the spreadsheet to reload', () => {
    writeFileSync(
      join(checkout, '.clasp.json'),
      JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist', parentId: ['sheet-id-1'] }),
    );
    const clasp = fakeClasp({ push: ['Pushed 6 files at 10:00:00.', 0] });
    const run = deploy([], { CLASP_BIN: clasp });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Reload the spreadsheet: https://docs.google.com/spreadsheets/d/sheet-id-1/edit',
    );
  });

  it('a link whose rootDir is not dist/ is refused: clasp would push something else', () => {
    writeFileSync(join(checkout, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'src' }));
    const run = deploy([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('it must be "dist"');
  });

  it('unknown arguments are refused with the usage', () => {
    const run = deploy(['--push']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run deploy -- --create-standalone');
  });
});

describe('what a fresh clone gets', () => {
  it('git ignores .clasp.json, so no clone carries a link that makes `clasp create` refuse', () => {
    const check = spawnSync('git', ['check-ignore', '--no-index', '--quiet', '.clasp.json'], { cwd: ROOT });
    expect(check.status).toBe(0);
  });

  it('npm run deploy is the deploy script', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(scripts.deploy).toBe('node scripts/deploy.mjs');
  });
});
