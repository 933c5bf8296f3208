/**
 * The preview's HTTP server: the page, the pages of dist/ with their
 * `google.script` shim, the Sarabun font, and a small JSON API over the
 * workbook, with server-sent events to keep the page in step.
 */

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { MENU_FUNCTIONS } from '../../src/server/menu';
import type { CellEditRequest, MenuRunRequest, ScriptRunRequest, SelectionView } from '../shared/protocol';
import { driveAnswer, type PdfPrinter } from './drive-pages';
import { distPage, GOOGLE_SCRIPT_SHIM, sarabunCss, sarabunFile } from './pages';
import { refusal } from './request-guard';
import type { Workbook } from './workbook';

/** Where the server finds its files. */
export interface ServerFiles {
  readonly root: string;
  readonly distDir: string;
  /** The bundled page script (preview/.build/page.js). */
  readonly pageScript: string;
  /** Prints the in-memory Drive's PDFs. */
  readonly printer: PdfPrinter;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
};

/**
 * The HTTP server over a workbook. It answers only requests addressed to itself
 * and takes changes only from its own page (`request-guard.ts`); it prints PDFs
 * from its own bound address, never from a name a request gave.
 */
export function previewServer(workbook: Workbook, files: ServerFiles): Server {
  const pageDir = join(files.root, 'preview/page');
  const server: Server = createServer((request, response) => {
    const { address, port } = server.address() as AddressInfo;
    const refused = refusal(request, port);
    if (refused !== undefined) {
      // Read nothing of a refused request's body and change nothing.
      send(response, refused.status, 'json', JSON.stringify({ ok: false, error: refused.error }));
      return;
    }
    const own = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
    handle(workbook, files, pageDir, own, request, response).catch((error: Error) => {
      if (!response.headersSent)
        send(response, 500, 'json', JSON.stringify({ ok: false, error: error.message }));
      else response.end();
    });
  });
  // Node closes an idle kept-alive connection after 5 s, which races a client reusing it
  // (a reset "read ECONNRESET" after a slow PDF print): keep idle connections well beyond
  // what a page or test waits between two requests.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

async function handle(
  workbook: Workbook,
  files: ServerFiles,
  pageDir: string,
  own: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', own);
  const path = url.pathname;
  if (request.method === 'GET') {
    if (path === '/' || path === '/index.html')
      return send(response, 200, 'html', readFileSync(join(pageDir, 'index.html')));
    if (path === '/preview/app.js') return send(response, 200, 'js', readFileSync(files.pageScript));
    if (path === '/preview/app.css')
      return send(response, 200, 'css', readFileSync(join(pageDir, 'styles.css')));
    if (path === '/preview/google-script.js') return send(response, 200, 'js', GOOGLE_SCRIPT_SHIM);
    if (path === '/fonts/sarabun.css')
      return send(response, 200, 'css', sarabunCss(files.root), 'max-age=86400');
    if (path.startsWith('/fonts/files/')) {
      const name = path.slice('/fonts/files/'.length);
      const font = sarabunFile(files.root, name);
      if (font === undefined) return notFound(response);
      return send(response, 200, name.endsWith('.woff2') ? 'woff2' : 'woff', font, 'max-age=86400');
    }
    if (path.startsWith('/html/')) {
      const page = distPage(files.distDir, path.slice('/html/'.length).replace(/\.html$/, ''));
      return page === undefined ? notFound(response) : send(response, 200, 'html', page);
    }
    if (path === '/api/state') return json(response, workbook.state());
    if (path === '/api/sheet') {
      const name = url.searchParams.get('name') ?? '';
      if (!workbook.state().tabs.includes(name)) return notFound(response);
      return json(response, workbook.sheet(name, Number(url.searchParams.get('rows') ?? 0) || 0));
    }
    if (path === '/api/events') return events(workbook, request, response);
    const drive = /^\/drive\/([\w-]+)(\/print)?$/.exec(path);
    if (drive) {
      // Chromium prints the page from the address the server listens on, never the request's Host.
      const answer = await driveAnswer(
        workbook.drive,
        drive[1] as string,
        drive[2] !== undefined,
        own,
        files.printer,
      );
      if (answer.kind === 'pdf') {
        response.writeHead(200, {
          'content-type': TYPES.pdf as string,
          'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(answer.name)}`,
          'cache-control': 'no-store',
        });
        return void response.end(answer.bytes);
      }
      return send(response, answer.status, 'html', answer.html);
    }
    return notFound(response);
  }
  if (request.method === 'POST') {
    const body = await readJson(request);
    if (path === '/api/select') {
      const { sheet, row, column } = body as SelectionView;
      workbook.select(String(sheet), Number(row), Number(column));
      return json(response, { ok: true });
    }
    if (path === '/api/cell') {
      const { sheet, row, column, input } = body as CellEditRequest;
      workbook.edit(
        String(sheet),
        Number(row),
        Number(column),
        typeof input === 'boolean' ? input : String(input),
      );
      return json(response, { ok: true });
    }
    if (path === '/api/open') return json(response, workbook.run(MENU_FUNCTIONS.openSidebar));
    if (path === '/api/menu')
      return json(response, workbook.run(String((body as MenuRunRequest).functionName)));
    if (path === '/api/script-run') {
      const { name, args } = body as ScriptRunRequest;
      return json(response, workbook.run(String(name), Array.isArray(args) ? args : []));
    }
    if (path === '/api/reset') {
      workbook.reset();
      return json(response, { ok: true });
    }
    return notFound(response);
  }
  send(response, 405, 'json', JSON.stringify({ ok: false, error: 'method not allowed' }));
}

function events(workbook: Workbook, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(`retry: 1000\n\n`);
  const stop = workbook.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  request.on('close', () => {
    clearInterval(keepAlive);
    stop();
  });
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

function json(response: ServerResponse, value: unknown): void {
  send(response, 200, 'json', JSON.stringify(value));
}

function notFound(response: ServerResponse): void {
  send(response, 404, 'json', JSON.stringify({ ok: false, error: 'not found' }));
}

function send(
  response: ServerResponse,
  status: number,
  type: keyof typeof TYPES,
  body: string | Buffer,
  cache = 'no-store',
): void {
  response.writeHead(status, { 'content-type': TYPES[type] as string, 'cache-control': cache });
  response.end(body);
}
