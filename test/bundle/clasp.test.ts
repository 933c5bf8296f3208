import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './dist';

const ROOT = join(__dirname, '..', '..');

describe('clasp push sends exactly dist/', () => {
  it('show-file-status lists every dist/ file and nothing else (offline, no login)', () => {
    // clasp needs a script id to answer at all; a checkout gets one from `npm run deploy` (never
    // committed), so the check runs on a copy linked as the deploy script links it, with an empty HOME.
    const project = mkdtempSync(join(tmpdir(), 'kpi-clasp-'));
    try {
      writeFileSync(
        join(project, '.clasp.json'),
        JSON.stringify({ scriptId: 'offline-placeholder', rootDir: 'dist' }),
      );
      cpSync(join(ROOT, '.claspignore'), join(project, '.claspignore'));
      cpSync(DIST, join(project, 'dist'), { recursive: true });
      // Files that must never be pushed, were they ever left in dist/.
      writeFileSync(join(project, 'dist', 'bundle.js.map'), '{}');
      writeFileSync(join(project, 'dist', 'NOTES.md'), 'notes');
      cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));

      const home = join(project, 'home');
      const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
        cwd: project,
        env: { ...process.env, HOME: home, USERPROFILE: home },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      const status = JSON.parse(run.stdout) as { filesToPush: string[] };
      const distFiles = readdirSync(DIST)
        .map((file) => `dist/${file}`)
        .sort();
      expect([...status.filesToPush].sort()).toEqual(distFiles);
      expect(distFiles).toEqual([
        'dist/add-division.html',
        'dist/appsscript.json',
        'dist/bundle.js',
        'dist/check-data.html',
        'dist/fiscal-year.html',
        'dist/globals.js',
        'dist/sidebar.html',
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
