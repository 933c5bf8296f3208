/**
 * The preview started as `npm start` starts it (`node preview/start.mjs`), on a
 * free port with its own data file in a temporary folder, dist/ already built.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..');

/** A running preview. */
export interface PreviewProcess {
  readonly url: string;
  readonly dataFile: string;
  /** Everything it printed. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the preview and waits for its address. */
export async function startPreviewProcess(env: Record<string, string> = {}): Promise<PreviewProcess> {
  const folder = mkdtempSync(join(tmpdir(), 'kpi-preview-'));
  const dataFile = join(folder, 'spreadsheet.json');
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'preview/start.mjs'), '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', PREVIEW_DATA: dataFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the preview did not start in 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataFile,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}
