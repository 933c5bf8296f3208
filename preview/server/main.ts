/**
 * Starts the preview: opens the workbook (the data file, or the sample made
 * anew), serves the page and prints the address.
 */

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { previewClock } from './clock';
import { PDF_INSTALL_HINT, PdfPrinter } from './drive-pages';
import { previewServer } from './http';
import { Workbook } from './workbook';

/** How to start. */
export interface PreviewOptions {
  /** The repository's root. */
  readonly root: string;
  /** The port; 0 picks a free one. */
  readonly port: number;
  readonly dataFile: string;
  /** The preview's today: `yyyy-mm-dd`, `now`, or undefined for the sample's. */
  readonly today?: string;
  /** Chromium, for PDFs. */
  readonly chromePath?: string;
}

/** A running preview. */
export interface RunningPreview {
  /** The address to open: `http://localhost:<port>`. */
  readonly url: string;
  /** The address it listens on: 127.0.0.1, never another interface. */
  readonly host: string;
  readonly port: number;
  readonly workbook: Workbook;
  close(): Promise<void>;
}

/** Opens the workbook and starts serving it on localhost. */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const clock = previewClock(options.today);
  const chrome = options.chromePath ?? '/usr/bin/chromium';
  const printer = new PdfPrinter(existsSync(chrome) ? chrome : undefined);
  const workbook = new Workbook({
    distDir: join(options.root, 'dist'),
    dataFile: options.dataFile,
    now: clock.now,
    pdf: printer.available,
    log: (line) => console.log(line),
  });
  const server = previewServer(workbook, {
    root: options.root,
    distDir: join(options.root, 'dist'),
    pageScript: join(options.root, 'preview/.build/page.js'),
    printer,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${options.port} is in use: start it on another, e.g. PORT=8081 npm start`)
          : error,
      );
    });
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { address: host, port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  console.log(`KPI preview (ตัวอย่างชีตติดตามผล): ${url}`);
  console.log(`  data file: ${options.dataFile}`);
  console.log(`  today in the preview: ${clock.description}`);
  if (!printer.available)
    console.log(`  PDFs: no Chromium at ${chrome}; install it with: ${PDF_INSTALL_HINT}`);
  const stop = () => {
    server.closeAllConnections();
    server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    url,
    host,
    port,
    workbook,
    close: () =>
      new Promise((resolve) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
