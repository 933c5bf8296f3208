/**
 * The batch's status call, what a sidebar polls every few seconds while it watches
 * a batch: through the real adapters on the emulator, it reads one document
 * property and nothing else, and that property stays within Apps Script's limits
 * however many divisions and however long their names.
 */

import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES } from '../../emulator/properties';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { REPORT_RUN } from '../../src/core/messages';
import type { BatchStatus } from '../../src/core/views';
import { continueReportBatch, getReportBatch, startReportBatch } from '../../src/server/api';
import {
  BATCH_LIST_BUDGET,
  BATCH_LIST_PROPERTY,
  BATCH_PROPERTY,
  BATCH_PROPERTY_BUDGET,
  KEPT_NAME_CHARS,
  MAX_BATCH_DIVISIONS,
} from '../../src/server/reports/batch';
import {
  FILE_RECORD_BYTES,
  FILES_PROPERTY_PREFIX,
  FOLDER_PROPERTY,
  MAX_FILE_RECORDS,
} from '../../src/server/reports/generate';
import { gridRange } from '../../src/server/services/spreadsheet';
import { columnOf, trackingFixture } from './tracking-fixture';

/** The services a status call must not touch: the spreadsheet, Docs, Drive, the lock. */
const FORBIDDEN = ['SpreadsheetApp', 'DocumentApp', 'Drive', 'DriveApp', 'LockService', 'HtmlService'];

let emulator: InstalledEmulator | undefined;
let user = 'user-a';

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
  user = 'user-a';
});

/** Round 1 with `count` divisions named by `name`, their milestones and dates typed in. */
function divisions(count: number, name: (index: number) => string): FakeSpreadsheet {
  const spreadsheet = trackingFixture();
  const sheet = spreadsheet.tab('รอบ 1/2566');
  sheet.ensureSize(count + 10, sheet.maxColumns());
  sheet.writeValues(
    gridRange(2, columnOf(1, 'division'), count, 2),
    Array.from({ length: count }, (_, index) => [name(index), `ผู้อำนวยการ ${index + 1}`]),
  );
  // The milestones by their columns (reporter columns sit between the head and them).
  for (const [key, value] of [
    ['reviewDone', true],
    ['planDone', false],
    ['progress', 50],
  ] as const) {
    sheet.writeValues(
      gridRange(2, columnOf(1, key), count, 1),
      Array.from({ length: count }, () => [value]),
    );
  }
  // The fixture's own row 4 has evidence that is no link: these divisions are clean.
  sheet.writeValues(gridRange(4, columnOf(1, 'evidence:planDone')), [['']]);
  sheet.writeValues(
    gridRange(2, columnOf(1, 'due'), count, 2),
    Array.from({ length: count }, () => [45026, 45027]),
  );
  return spreadsheet;
}

/** The emulator serving `spreadsheet`, the user of each call being `user`; its service calls counted in `calls`. */
function serve(spreadsheet: FakeSpreadsheet) {
  emulator = installEmulator({ spreadsheet, user: () => user });
  return { emulator, calls: emulator.serviceCalls };
}

/** Runs `run` with the globals `names` replaced by `make(name)`, putting them back after. */
function withGlobals<T>(names: readonly string[], make: (name: string) => unknown, run: () => T): T {
  const target = globalThis as Record<string, unknown>;
  const saved = new Map(names.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)]));
  for (const name of names) target[name] = make(name);
  try {
    return run();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete target[name];
      else Object.defineProperty(target, name, descriptor);
    }
  }
}

/**
 * Replaces the services a status call must not touch with traps that record any use
 * (and throw, as a missing scope would), for the length of `run`.
 */
function withForbiddenServices<T>(run: () => T): { result: T; touched: string[] } {
  const touched: string[] = [];
  const trap = (name: string) =>
    new Proxy(
      {},
      {
        get(_target, property) {
          if (typeof property === 'symbol') return undefined;
          touched.push(`${name}.${property}`);
          throw new Error(`${name}.${property} was used by a status call`);
        },
      },
    );
  return { result: withGlobals(FORBIDDEN, trap, run), touched };
}

/** Runs `run` with services whose every call throws a long error, as a service that is down does. */
function withFailingServices<T>(names: readonly string[], run: () => T): T {
  const failing: unknown = new Proxy(() => undefined, {
    get: (_target, property) => (typeof property === 'symbol' ? undefined : failing),
    apply() {
      throw new Error(`Exception: ${'Service unavailable. '.repeat(200)}`);
    },
  });
  return withGlobals(names, () => failing, run);
}

describe('the batch status call', () => {
  it('reads one document property: no sheet, no Drive, no Docs, no lock', () => {
    const spreadsheet = divisions(12, (index) => `กองที่ ${index + 1}`);
    const { emulator: installed, calls } = serve(spreadsheet);
    const started = startReportBatch(1);
    expect(started).toMatchObject({ state: 'running', total: 12, done: 0 });
    const advanced = continueReportBatch(started.id);
    spreadsheet.resetCalls();
    installed.properties.resetCalls();
    calls.reset();

    const result = getReportBatch();

    // One poll: who asks, one property read, and formatting the start time. Nothing of the sheet.
    expect(calls.snapshot()).toEqual({
      'Base.Session.getTemporaryActiveUserKey': 1,
      'Properties.PropertiesService.getDocumentProperties': 1,
      'Properties.Properties.getProperty': 1,
      'Utilities.Utilities.formatDate': 2,
    });
    expect(spreadsheet.calls.total).toBe(0);
    expect(installed.properties.calls).toEqual({ get: 1, set: 0, delete: 0, keys: 0 });
    // Nor when those services are taken away altogether.
    const trapped = withForbiddenServices(() => getReportBatch());
    expect(trapped.touched).toEqual([]);
    expect(trapped.result).toEqual(result);
    // What the chunk said, the status says: the same figures, the same time, from the property alone.
    expect(result).toEqual(advanced);
    expect(result).toMatchObject({ state: 'running', total: 12, done: 4, current: 'กองที่ 4', mine: true });
    expect(result?.startedAt).toMatch(/^\d{1,2} \S+ \d{4} \d{2}:\d{2} น\.$/);
  });

  it("another user's status names the running batch as busy, still from the property alone", () => {
    const spreadsheet = divisions(6, (index) => `กองที่ ${index + 1}`);
    serve(spreadsheet);
    const { id } = startReportBatch(1);
    continueReportBatch(id);
    spreadsheet.resetCalls();
    user = 'user-b';

    const { result, touched } = withForbiddenServices(() => getReportBatch());

    expect(touched).toEqual([]);
    expect(spreadsheet.calls.total).toBe(0);
    expect(result).toMatchObject({ id, state: 'busy', mine: false, done: 4, total: 6 });
    expect(result?.message).toContain('ทำแล้ว 4/6');
  });

  it('is null, and reads nothing else, when no batch was ever run', () => {
    const { calls } = serve(trackingFixture());
    expect(getReportBatch()).toBeNull();
    expect(calls.snapshot()).toEqual({
      'Base.Session.getTemporaryActiveUserKey': 1,
      'Properties.PropertiesService.getDocumentProperties': 1,
      'Properties.Properties.getProperty': 1,
    });
  });
});

describe("the batch's property", () => {
  it('stays under 9 KB through a batch of 250 divisions with 3,500-character names, every one failing', () => {
    const longName = (index: number) => `กองที่ ${index + 1} ${'ก'.repeat(3500)}`;
    const spreadsheet = divisions(250, longName);
    const { emulator: installed } = serve(spreadsheet);
    const { id, total } = startReportBatch(1);
    expect(total).toBe(250);
    // Every division fails with a long reason: Drive and Docs answer nothing but errors.
    const sizes: number[] = [];
    const status = withFailingServices(['Drive', 'DocumentApp'], () => {
      let answer: BatchStatus = continueReportBatch(id);
      sizes.push(Buffer.byteLength(installed.properties.get(BATCH_PROPERTY) ?? '', 'utf8'));
      for (let calls = 1; answer.state === 'running' && calls < 200; calls++) {
        answer = continueReportBatch(id);
        sizes.push(Buffer.byteLength(installed.properties.get(BATCH_PROPERTY) ?? '', 'utf8'));
      }
      return answer;
    });

    expect(status).toMatchObject({ state: 'done', done: 250, total: 250 });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(status.errors.length).toBeGreaterThan(0);
    expect(status.message).toBe('สร้างรายงานเสร็จ 0/250 หน่วยงาน ผิดพลาด 250 หน่วยงาน (ดูสถานะในแต่ละแถว)');
    for (const error of status.errors) {
      expect(Array.from(error.division).length).toBeLessThanOrEqual(KEPT_NAME_CHARS);
      expect(error.division.startsWith('กองที่ ')).toBe(true);
      expect(error.reason.length).toBeLessThanOrEqual(100);
    }
    expect(Array.from(status.current).length).toBeLessThanOrEqual(KEPT_NAME_CHARS);
    expect(status.current).toMatch(/^กองที่ 250 ก+…$/);

    // The status a watching sidebar reads is the same, from the property alone.
    spreadsheet.resetCalls();
    const watched = withForbiddenServices(() => getReportBatch());
    expect(watched.touched).toEqual([]);
    expect(watched.result).toEqual(status);
  });

  it('keeps a batch of 1,000 divisions in a few bytes; its list of divisions in parts under the value limit', () => {
    const spreadsheet = divisions(1000, (index) => `ก${index + 1}`);
    const { emulator: installed } = serve(spreadsheet);
    const { id } = startReportBatch(1);
    const stored = installed.properties.get(BATCH_PROPERTY) ?? '';
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThan(1024);
    const list = listProperties(installed);
    expect(list.length).toBeGreaterThan(1);
    for (const [, value] of list)
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(list.reduce((sum, [, value]) => sum + Buffer.byteLength(value, 'utf8'), 0)).toBeLessThanOrEqual(
      BATCH_LIST_BUDGET,
    );
    expect(getReportBatch()).toMatchObject({ id, total: 1000, done: 0 });
  });

  it('a list too long to keep names keeps rows: a division gone is then named by its row at the start', () => {
    const spreadsheet = divisions(1500, (index) => `สำนักงานส่งเสริมและพัฒนาระบบงานที่ ${index + 1}`);
    const { emulator: installed } = serve(spreadsheet);
    const { id } = startReportBatch(1);
    const list = listProperties(installed);
    expect(list.reduce((sum, [, value]) => sum + Buffer.byteLength(value, 'utf8'), 0)).toBeLessThanOrEqual(
      BATCH_LIST_BUDGET,
    );
    // The first division's name is cleared before its turn.
    spreadsheet.tab('รอบ 1/2566').writeValues(gridRange(2, columnOf(1, 'division')), [['']]);
    const status = continueReportBatch(id);
    expect(status.errors).toEqual([
      { division: REPORT_RUN.divisionAtRow(2), reason: REPORT_RUN.divisionGone(1), kind: 'skipped' },
    ]);
    expect(status.done).toBe(4);
  });

  it(`refuses a batch of more than ${MAX_BATCH_DIVISIONS} divisions, in Thai, storing nothing`, () => {
    const spreadsheet = divisions(MAX_BATCH_DIVISIONS + 1, (index) => `ก${index + 1}`);
    const { emulator: installed } = serve(spreadsheet);
    expect(() => startReportBatch(1)).toThrow(
      REPORT_RUN.tooManyDivisions(1, MAX_BATCH_DIVISIONS + 1, MAX_BATCH_DIVISIONS),
    );
    expect(installed.properties.keys()).toEqual([]);
  });
});

/** The properties of the batch's list of divisions, as `[key, value]`. */
function listProperties(installed: InstalledEmulator): [string, string][] {
  return Object.entries(installed.properties.snapshot()).filter(([key]) =>
    key.startsWith(BATCH_LIST_PROPERTY),
  );
}

/** Every property's size in UTF-8 bytes, and the whole store's. */
function storeSizes(installed: InstalledEmulator): { largest: number; total: number } {
  const values = Object.entries(installed.properties.snapshot());
  const largest = Math.max(0, ...values.map(([, value]) => Buffer.byteLength(value, 'utf8')));
  return { largest, total: installed.properties.bytes };
}

describe('everything the reports keep in document properties (issue 10, finding 8)', () => {
  it('a batch of 100 divisions with 3,500-character names runs through its continue calls to the end, every value under 9 KB', () => {
    const longName = (index: number) => `กองที่ ${index + 1} ${'ก'.repeat(3500)}`;
    const spreadsheet = divisions(100, longName);
    const { emulator: installed } = serve(spreadsheet);
    const { id, total } = startReportBatch(1);
    expect(total).toBe(100);
    const sizes = [storeSizes(installed)];
    let status: BatchStatus = continueReportBatch(id);
    sizes.push(storeSizes(installed));
    for (let calls = 1; status.state === 'running' && calls < 200; calls++) {
      status = continueReportBatch(id);
      sizes.push(storeSizes(installed));
    }

    expect(status).toMatchObject({ state: 'done', done: 100, total: 100, errors: [] });
    expect(status.message).toBe('สร้างรายงานครบ 100 หน่วยงานแล้ว');
    expect(Math.max(...sizes.map((size) => size.largest))).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(Math.max(...sizes.map((size) => size.total))).toBeLessThanOrEqual(MAX_STORE_BYTES);
    expect(Array.from(status.current).length).toBeLessThanOrEqual(KEPT_NAME_CHARS);
    // Each division's record: one per division (and the folder's id), each of a bounded size whatever the name.
    const records = Object.entries(installed.properties.snapshot()).filter(([key]) =>
      key.startsWith(FILES_PROPERTY_PREFIX),
    );
    expect(records).toHaveLength(100);
    for (const [key, value] of records)
      expect(Buffer.byteLength(key + value, 'utf8')).toBeLessThanOrEqual(FILE_RECORD_BYTES);
    const sheet = spreadsheet.tab('รอบ 1/2566');
    for (const row of [2, 51, 101])
      expect(String(sheet.valueAt(row, columnOf(1, 'reportStatus')))).toMatch(/^สำเร็จ /);
  });

  it('the most it can ever keep, batch, list and file records at their limits, fits the 500 KB a store holds', () => {
    // A file record's key: the prefix, a year, a round and a 22-character digest.
    expect(FILES_PROPERTY_PREFIX.length + '2566_1_'.length + 22).toBeLessThanOrEqual(60);
    const most =
      BATCH_PROPERTY_BUDGET +
      BATCH_LIST_BUDGET +
      MAX_FILE_RECORDS * FILE_RECORD_BYTES +
      Buffer.byteLength(FOLDER_PROPERTY, 'utf8') +
      100;
    expect(most).toBeLessThan(MAX_STORE_BYTES);
  });

  it(`earlier years' records fill the store to ${MAX_FILE_RECORDS}: a new year's reports drop the oldest year's first, and every report is made`, () => {
    const spreadsheet = divisions(12, (index) => `กองที่ ${index + 1}`);
    const { emulator: installed } = serve(spreadsheet);
    // Records of reports made in 2560–2565 (ids as long as Drive's), up to the limit.
    const id = (n: number) => `1${String(n).padStart(43, 'x')}`;
    for (let n = 0; n < MAX_FILE_RECORDS; n++) {
      const year = 2560 + (n % 6);
      installed.properties.set(
        `${FILES_PROPERTY_PREFIX}${year}_${1 + (n % 2)}_${String(n).padStart(22, 'k')}`,
        JSON.stringify({ d: id(2 * n), p: id(2 * n + 1), t: [] }),
      );
    }
    const { id: batchId } = startReportBatch(1);
    let status: BatchStatus = continueReportBatch(batchId);
    while (status.state === 'running') status = continueReportBatch(batchId);

    expect(status.message).toBe('สร้างรายงานครบ 12 หน่วยงานแล้ว');
    const keys = installed.properties.keys().filter((key) => key.startsWith(FILES_PROPERTY_PREFIX));
    expect(keys).toHaveLength(MAX_FILE_RECORDS);
    const byYear = (year: number) =>
      keys.filter((key) => key.startsWith(`${FILES_PROPERTY_PREFIX}${year}_`)).length;
    expect(byYear(2566)).toBe(12);
    expect(byYear(2560)).toBe(MAX_FILE_RECORDS / 6 - 12);
    for (const year of [2561, 2562, 2563, 2564, 2565]) expect(byYear(year)).toBe(MAX_FILE_RECORDS / 6);
    expect(storeSizes(installed).total).toBeLessThanOrEqual(MAX_STORE_BYTES);
  });
});
