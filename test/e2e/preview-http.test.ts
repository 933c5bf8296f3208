/**
 * The preview's HTTP server against forged requests, started in-process on a free
 * port of 127.0.0.1: another site's Host (DNS rebinding) gets 421, a change from
 * another origin or not sent as JSON gets 403, and none of them changes the saved
 * data. The PDF printer is told the server's own address, never the request's
 * Host. Only 127.0.0.1 is ever contacted; no Chromium is started.
 */

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfPrinter } from '../../preview/server/drive-pages';
import { previewServer } from '../../preview/server/http';
import { type RunningPreview, startPreview } from '../../preview/server/main';
import { ownHosts, ownOrigins, refusal } from '../../preview/server/request-guard';
import { companionFiles, Workbook } from '../../preview/server/workbook';
import { DIST } from '../bundle/dist';
import { ROOT } from './preview-process';

const TODAY = '2023-10-16';

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** One HTTP request to 127.0.0.1:`port`, with exactly the headers given (Host included). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
        setHost: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A copy of the sample's data files, made once by the add-on through dist/. */
const folder = mkdtempSync(join(tmpdir(), 'kpi-preview-http-'));
const sampleFile = join(folder, 'sample', 'spreadsheet.json');
function sampleCopy(name: string): string {
  const dataFile = join(folder, name, 'spreadsheet.json');
  mkdirSync(join(folder, name), { recursive: true });
  copyFileSync(sampleFile, dataFile);
  copyFileSync(companionFiles(sampleFile).drive, companionFiles(dataFile).drive);
  copyFileSync(companionFiles(sampleFile).properties, companionFiles(dataFile).properties);
  return dataFile;
}

beforeAll(() => {
  new Workbook({ distDir: DIST, dataFile: sampleFile, now: () => Date.parse(`${TODAY}T03:00:00Z`) });
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('which requests the preview answers (the rule)', () => {
  const PORT = 8080;
  const json = { 'content-type': 'application/json' };

  it.each([['localhost:8080'], ['127.0.0.1:8080'], ['[::1]:8080'], ['LocalHost:8080']])(
    'a read addressed to %s is answered',
    (host) => {
      expect(refusal({ method: 'GET', headers: { host } }, PORT)).toBeUndefined();
    },
  );

  it.each([
    [undefined],
    [''],
    ['evil.example'],
    ['evil.example:8080'],
    ['localhost'],
    ['localhost:8081'],
    ['127.0.0.1.evil.example:8080'],
    ['localhost.:8080'],
    ['0.0.0.0:8080'],
    ['[::ffff:127.0.0.1]:8080'],
  ])('a request addressed to host %p is misdirected (421)', (host) => {
    expect(refusal({ method: 'GET', headers: host === undefined ? {} : { host } }, PORT)?.status).toBe(421);
    expect(
      refusal({ method: 'POST', headers: { host, origin: 'http://localhost:8080', ...json } }, PORT)?.status,
    ).toBe(421);
  });

  it.each([
    [undefined, 'application/json'],
    ['null', 'application/json'],
    ['https://evil.example', 'application/json'],
    ['http://localhost:8081', 'application/json'],
    ['http://localhost:8080.evil.example', 'application/json'],
    ['http://localhost:8080', 'text/plain'],
    ['http://localhost:8080', 'text/plain;charset=UTF-8'],
    ['http://localhost:8080', 'application/x-www-form-urlencoded'],
    ['http://localhost:8080', 'multipart/form-data; boundary=x'],
    ['http://localhost:8080', undefined],
  ])('a change from origin %p sent as %p is forbidden (403)', (origin, type) => {
    const headers: Record<string, string> = { host: 'localhost:8080' };
    if (origin !== undefined) headers.origin = origin;
    if (type !== undefined) headers['content-type'] = type;
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect([method, refusal({ method, headers }, PORT)?.status]).toEqual([method, 403]);
    }
  });

  it('a change from the preview’s own page, as JSON, is answered, on every own name', () => {
    for (const [index, origin] of ownOrigins(PORT).entries()) {
      const host = ownHosts(PORT)[index] as string;
      for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON']) {
        expect(
          refusal({ method: 'POST', headers: { host, origin, 'content-type': type } }, PORT),
        ).toBeUndefined();
      }
    }
  });
});

describe('the running preview refuses forged requests and keeps the data', () => {
  let preview: RunningPreview;
  let dataFile: string;
  let port: number;
  const saved = () =>
    [dataFile, companionFiles(dataFile).drive, companionFiles(dataFile).properties].map((file) =>
      readFileSync(file, 'utf8'),
    );

  beforeAll(async () => {
    dataFile = sampleCopy('running');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      preview = await startPreview({
        root: ROOT,
        port: 0,
        dataFile,
        today: TODAY,
        chromePath: join(folder, 'no-chromium'),
      });
    } finally {
      log.mockRestore();
    }
    port = preview.port;
  }, 60_000);

  afterAll(async () => {
    await preview?.close();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(preview.host).toBe('127.0.0.1');
    expect(preview.url).toBe(`http://localhost:${port}`);
  });

  it('answers its own page’s reads', async () => {
    for (const host of ownHosts(port)) {
      const answer = await send(port, { path: '/api/state', headers: { host } });
      expect([host, answer.status]).toEqual([host, 200]);
      expect(JSON.parse(answer.body).tabs).toContain('รอบ 2/2566');
    }
  });

  it.each([
    ['GET', '/api/state'],
    ['GET', '/api/sheet?name=%E0%B8%A3%E0%B8%AD%E0%B8%9A%202%2F2566'],
    ['GET', '/api/events'],
    ['GET', '/'],
    ['GET', '/html/sidebar'],
    ['GET', '/drive/anything'],
    ['POST', '/api/reset'],
    ['POST', '/api/cell'],
    ['POST', '/api/script-run'],
  ])(
    '%s %s addressed to another site’s name is misdirected (421) and reads or changes nothing',
    async (method, path) => {
      const before = saved();
      const version = preview.workbook.state().version;
      for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port + 1}`]) {
        const answer = await send(port, {
          method,
          path,
          headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
          body:
            method === 'POST'
              ? JSON.stringify({ sheet: 'รอบ 2/2566', row: 3, column: 1, input: 'x' })
              : undefined,
        });
        expect([host, answer.status]).toEqual([host, 421]);
        expect(answer.body).not.toContain('รอบ 2/2566');
      }
      expect(saved()).toEqual(before);
      expect(preview.workbook.state().version).toBe(version);
    },
  );

  const ROW_3 = JSON.stringify({ sheet: 'รอบ 2/2566', row: 3, column: 1, input: 'เปลี่ยนชื่อโดยเว็บอื่น' });
  const RUN = JSON.stringify({ name: 'addDivision', args: ['กองจากเว็บอื่น', 'ใครก็ได้'] });

  it.each([
    ['/api/reset', 'https://evil.example', 'text/plain;charset=UTF-8', '{}'],
    ['/api/reset', 'https://evil.example', 'application/json', '{}'],
    ['/api/reset', undefined, 'application/json', '{}'],
    ['/api/cell', 'null', 'application/json', ROW_3],
    ['/api/cell', 'http://localhost', 'text/plain', ROW_3],
    ['/api/cell', undefined, 'text/plain', ROW_3],
    ['/api/script-run', 'https://evil.example', 'text/plain', RUN],
    ['/api/script-run', 'own', 'text/plain', RUN],
    ['/api/script-run', 'own', 'application/x-www-form-urlencoded', RUN],
    [
      '/api/select',
      'https://evil.example',
      'application/json',
      JSON.stringify({ sheet: 'ตั้งค่า', row: 1, column: 1 }),
    ],
  ])(
    'POST %s from origin %p as %p is forbidden (403) and changes nothing',
    async (path, origin, type, body) => {
      const before = saved();
      const state = preview.workbook.state();
      const headers: Record<string, string> = { host: `localhost:${port}`, 'content-type': type };
      if (origin !== undefined) headers.origin = origin === 'own' ? `http://localhost:${port}` : origin;
      const answer = await send(port, { method: 'POST', path, headers, body });
      expect(answer.status).toBe(403);
      expect(saved()).toEqual(before);
      expect(preview.workbook.state()).toEqual(state);
    },
  );

  it('the same change from the preview’s own page, as JSON, is made (the refusals above are not all refusals)', async () => {
    const before = saved();
    const answer = await send(port, {
      method: 'POST',
      path: '/api/cell',
      headers: {
        host: `127.0.0.1:${port}`,
        origin: `http://127.0.0.1:${port}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ sheet: 'รอบ 2/2566', row: 3, column: 15, input: 'แก้จากหน้าของตัวอย่าง' }),
    });
    expect(answer.status).toBe(200);
    expect(preview.workbook.current.tab('รอบ 2/2566').valueAt(3, 15)).toBe('แก้จากหน้าของตัวอย่าง');
    expect(saved()[0]).not.toBe(before[0]);
  });
});

describe('the PDF printer', () => {
  /** A printer that only notes the address it is asked to print. */
  class RecordingPrinter extends PdfPrinter {
    readonly urls: string[] = [];
    constructor() {
      super(join(folder, 'no-chromium'));
    }
    override async print(_key: string, url: string): Promise<Buffer> {
      this.urls.push(url);
      return Buffer.from('%PDF-1.4 test');
    }
  }

  let server: Server;
  let port: number;
  let pdfId: string;
  const printer = new RecordingPrinter();

  beforeAll(async () => {
    const workbook = new Workbook({
      distDir: DIST,
      dataFile: sampleCopy('printer'),
      now: () => Date.parse(`${TODAY}T03:00:00Z`),
    });
    const doc = workbook.drive.addDocument('รายงานผล_กองคลัง_รอบ2_2566');
    const content = workbook.drive.document(doc.id);
    content.appendParagraph({ text: 'กองคลัง' });
    content.saveAndClose();
    pdfId = workbook.drive.addPdf('รายงานผล_กองคลัง_รอบ2_2566.pdf', {
      fromDocId: doc.id,
      content: content.saved(),
    }).id;
    server = previewServer(workbook, {
      root: ROOT,
      distDir: DIST,
      pageScript: join(ROOT, 'preview/.build/page.js'),
      printer,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 60_000);

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('prints a PDF from the server’s own bound address, whatever name the page used', async () => {
    for (const host of [`localhost:${port}`, `[::1]:${port}`]) {
      const answer = await send(port, { path: `/drive/${pdfId}`, headers: { host } });
      expect([host, answer.status, answer.body]).toEqual([host, 200, '%PDF-1.4 test']);
    }
    expect(printer.urls).toEqual([
      `http://127.0.0.1:${port}/drive/${pdfId}/print`,
      `http://127.0.0.1:${port}/drive/${pdfId}/print`,
    ]);
  });

  it('never prints for a forged Host', async () => {
    const asked = printer.urls.length;
    const answer = await send(port, { path: `/drive/${pdfId}`, headers: { host: 'evil.example' } });
    expect(answer.status).toBe(421);
    expect(printer.urls.length).toBe(asked);
  });
});
