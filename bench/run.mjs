#!/usr/bin/env node
/**
 * `npm run bench` (builds first): one KPISCORE call over 100,000 rows of mixed
 * spellings, run from the built dist/*.js in a fresh `vm` global scope with fake
 * Apps Script services, against a plain loop over the core scorer (src/core
 * bundled by esbuild, run in its own `vm` context) on the same rows. The same
 * KPISCORE call again with the card argument (the 2566 card written as a table,
 * as set-up's `KPI_CARD` passes it), and the plain loop once more in the main
 * realm (a plain Node module, not a `vm`: inside a `vm` every built-in lookup is
 * slow, so a vm baseline alone hides that kind of cost).
 *
 * Prints, for 10,000 and 100,000 rows: the median time of each, the ratios and ms
 * per 1000 rows; the service calls one KPISCORE call makes; and whether the
 * targets hold (≤ 3× the vm plain loop, growing linearly; with the card ≤ 1.5×
 * without it). Exits non-zero when a ratio target fails or the sides disagree on
 * any row.
 *
 * Then the service calls of each user action (open the sidebar, one poll, set-up
 * on a new sheet and again, one report, a batch of 200), counted by the emulator's
 * scope guard through dist/ (`bench/service-calls.ts`).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { coreInVm } from '../scripts/core-in-vm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const SIZES = [10_000, 100_000];
const WARMUP_RUNS = 3;
const MEASURED_RUNS = 7;
const RATIO_TARGET = 3;
const CARD_RATIO_TARGET = 1.5;
const LINEAR_RANGE = [5, 15];
const SEED = 0x6b706931;
const BAD_CELL_SHARE = 0.01;
const BLANK_ROW_SHARE = 0.005;
const BLANK_SUBMITTED_SHARE = 0.1;

// ---------------------------------------------------------------- the rows

/** mulberry32: a small seeded PRNG, so every run scores the same rows. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const MS_PER_DAY = 86_400_000;
const SERIAL_OF_EPOCH = 25569;

const ROUNDS = [1, '1', 'รอบ 1', 'รอบที่ 2', '2/2566', 2];
const FLAGS = [true, false, 1, 0, '', 'ใช่', 'x', '✓', 'ไม่', '-'];
const PROGRESS = [0.6, 60, '60%', '๑๐๐%', 'ร้อยละ 80', ''];
const BAD = {
  round: [3, 'รอบ 3'],
  flag: ['done?', 2],
  progress: [150, 'abc'],
  due: ['31/02/2566', 'พรุ่งนี้'],
  submitted: ['13/13/2566', 'เมื่อวาน'],
};

const pad2 = (value) => String(value).padStart(2, '0');

/**
 * A day (days since 1970-01-01) written one of the ways a sheet holds it. A Date
 * cell is `{ date: ms }` here (Bangkok midnight); each vm context makes its own.
 */
function dateCell(day, pick) {
  const civil = new Date(day * MS_PER_DAY);
  const year = civil.getUTCFullYear();
  const month = civil.getUTCMonth() + 1;
  const dayOfMonth = civil.getUTCDate();
  switch (pick) {
    case 0:
    case 1:
      return { date: day * MS_PER_DAY - BANGKOK_OFFSET_MS };
    case 2:
      return day + SERIAL_OF_EPOCH;
    case 3:
      return `${pad2(dayOfMonth)}/${pad2(month)}/${year + 543}`;
    case 4:
      return `${dayOfMonth} ${THAI_MONTHS_SHORT[month - 1]} ${year + 543}`;
    default:
      return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
  }
}

/** The rows of the tracking sheet as plain data: round, 5 milestone cells, due, submitted. */
function generateRows(count, seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const firstDue = Date.UTC(2023, 2, 20) / MS_PER_DAY;
  const rows = new Array(count);
  for (let index = 0; index < count; index++) {
    if (random() < BLANK_ROW_SHARE) {
      rows[index] = { round: pick(ROUNDS), milestones: ['', '', '', '', ''], due: '', submitted: '' };
      continue;
    }
    const round = pick(ROUNDS);
    const isRound2 = round === 2 || (typeof round === 'string' && round.includes('2'));
    const milestones = isRound2
      ? [pick(PROGRESS), pick(FLAGS), pick(FLAGS), pick(FLAGS), pick(FLAGS)]
      : [pick(FLAGS), pick(FLAGS), pick(PROGRESS), '', ''];
    const dueDay = firstDue + Math.floor(random() * 30);
    const due = dateCell(dueDay, Math.floor(random() * 6));
    const submitted =
      random() < BLANK_SUBMITTED_SHARE
        ? ''
        : dateCell(dueDay - 5 + Math.floor(random() * 20), Math.floor(random() * 6));
    const row = { round, milestones, due, submitted };
    if (random() < BAD_CELL_SHARE) {
      const kind = pick(Object.keys(BAD));
      const value = pick(BAD[kind]);
      if (kind === 'flag')
        row.milestones[isRound2 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 2)] = value;
      else if (kind === 'progress') row.milestones[isRound2 ? 0 : 2] = value;
      else row[kind] = value;
    }
    rows[index] = row;
  }
  return rows;
}

/**
 * Runs inside a vm context: the rows as Sheets passes them to a custom function,
 * N × 1 and N × 5 arrays and Dates of that context's realm.
 */
function toColumns(rows) {
  const cell = (value) => (value !== null && typeof value === 'object' ? new Date(value.date) : value);
  const count = rows.length;
  const round = new Array(count);
  const milestones = new Array(count);
  const due = new Array(count);
  const submitted = new Array(count);
  for (let index = 0; index < count; index++) {
    const row = rows[index];
    round[index] = [row.round];
    // A literal, not .map(): the array must be this realm's, not the generator's.
    const cells = [];
    for (let column = 0; column < row.milestones.length; column++) cells.push(cell(row.milestones[column]));
    milestones[index] = cells;
    due[index] = [cell(row.due)];
    submitted[index] = [cell(row.submitted)];
  }
  return { round, milestones, due, submitted };
}

/** The columns are arrays and Dates of `context`'s realm, as Apps Script passes its own. */
function assertOwnRealm(context, columns) {
  const ownRealm = vm.runInContext(
    `(columns) => [columns.round, columns.milestones[0], columns.due[0]].every((value) => value instanceof Array) &&
      columns.due.some((row) => row[0] instanceof Date)`,
    context,
  );
  if (!ownRealm(columns))
    throw new Error('bench rows are not arrays and Dates of the vm context that reads them');
}

/** How many `Utilities.formatDate` calls one KPISCORE call should make: one per distinct Date. */
function datesRead(rows, asOf) {
  const times = new Set([asOf.date]);
  let cells = 1;
  for (const row of rows) {
    const blank = row.milestones.every((value) => value === '') && row.submitted === '';
    if (blank) continue;
    for (const value of [row.due, row.submitted]) {
      if (value !== null && typeof value === 'object') {
        times.add(value.date);
        cells++;
      }
    }
  }
  return { distinctDates: times.size, dateCells: cells };
}

// ------------------------------------------------------------- the contexts

/** The built add-on in a fresh global scope, with fake services that count their calls. */
function bundleContext() {
  const calls = { getActive: 0, getSpreadsheetTimeZone: 0, getScriptTimeZone: 0, formatDate: 0 };
  const formats = new Map();
  const spreadsheet = {
    getSpreadsheetTimeZone() {
      calls.getSpreadsheetTimeZone++;
      return 'Asia/Bangkok';
    },
  };
  const context = vm.createContext({
    SpreadsheetApp: {
      getActive() {
        calls.getActive++;
        return spreadsheet;
      },
      getActiveSpreadsheet() {
        calls.getActive++;
        return spreadsheet;
      },
    },
    Session: {
      getScriptTimeZone() {
        calls.getScriptTimeZone++;
        return 'Asia/Bangkok';
      },
    },
    Utilities: {
      formatDate(date, timeZone, pattern) {
        calls.formatDate++;
        if (pattern !== 'yyyy-MM-dd') throw new Error(`fake Utilities.formatDate: pattern ${pattern}`);
        let format = formats.get(timeZone);
        if (format === undefined) {
          format = new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          });
          formats.set(timeZone, format);
        }
        return format.format(date);
      },
    },
  });
  const files = readdirSync(dist)
    .filter((file) => file.endsWith('.js'))
    .sort();
  for (const file of files) {
    new vm.Script(readFileSync(join(dist, file), 'utf8'), { filename: join(dist, file) }).runInContext(
      context,
    );
  }
  const loaded = Object.fromEntries(Object.keys(calls).map((name) => [name, calls[name]]));
  if (Object.values(loaded).some((count) => count > 0)) {
    throw new Error(`loading dist/ touched a service: ${JSON.stringify(loaded)}`);
  }
  if (typeof context.KPISCORE !== 'function') throw new Error('dist/ defines no global KPISCORE');
  return { context, calls };
}

const CORE_ENTRY = `
export { CellProblem, createDateReader, isBlank, readRound } from './src/core/cells';
export { BANGKOK_OFFSET_MINUTES, fixedOffsetDayOf } from './src/core/dates';
export { warningText } from './src/core/messages';
export { isProblems, readDaysLate, scoreRow } from './src/core/row';
export { DEFAULT_RATE } from './src/core/scoring';
export { BUILT_IN_CARD_TABLE, CARD_TABLE_HEADER } from './src/core/card-table';
`;

/** src/core alone, bundled like the add-on, in its own global scope. */
function coreContext() {
  return coreInVm(CORE_ENTRY, 'bench-core');
}

/** src/core alone, bundled the same way, as a plain module of the main realm (no vm). */
async function coreModule() {
  const outfile = join(root, 'bench/.build/core.mjs');
  await build({
    stdin: { contents: CORE_ENTRY, resolveDir: root, sourcefile: 'bench-core-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * Runs inside the core's vm context: the plain loop, the same row semantics as
 * KPISCORE (blank row → "", bad round → ⚠ with the row's date problems, else
 * scoreRow), net in points or the ⚠ text.
 */
function plainLoop(columns, asOfCell) {
  const readDate = Core.createDateReader(Core.fixedOffsetDayOf(Core.BANGKOK_OFFSET_MINUTES));
  const asOf = readDate(asOfCell, 'asOf');
  const rules = { readDate, asOf, rate: Core.DEFAULT_RATE };
  const messages = (problems) => Core.warningText(problems.map((problem) => problem.message));
  const count = columns.round.length;
  const results = new Array(count);
  for (let index = 0; index < count; index++) {
    const cells = columns.milestones[index];
    const due = columns.due[index][0];
    const submitted = columns.submitted[index][0];
    let blank = Core.isBlank(submitted);
    for (let column = 0; blank && column < cells.length; column++) blank = Core.isBlank(cells[column]);
    if (blank) {
      results[index] = '';
      continue;
    }
    const round = Core.readRound(columns.round[index][0]);
    if (round instanceof Core.CellProblem) {
      const late = Core.readDaysLate(due, submitted, rules);
      results[index] = messages(Core.isProblems(late) ? [round, ...late] : [round]);
      continue;
    }
    const score = Core.scoreRow(round, cells, due, submitted, rules);
    results[index] = Core.isProblems(score) ? messages(score) : score.net / 100;
  }
  return results;
}

const inContext = (fn, context) => vm.runInContext(`(${fn.toString()})`, context);

// -------------------------------------------------------------- measuring

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

function compare(size, bundleResult, plainResult) {
  if (!Array.isArray(bundleResult) || bundleResult.length !== size) {
    throw new Error(
      `KPISCORE gave ${typeof bundleResult} of length ${bundleResult?.length}, not ${size} rows`,
    );
  }
  const mismatches = [];
  for (let index = 0; index < size; index++) {
    const row = bundleResult[index];
    const value = Array.isArray(row) && row.length === 1 ? row[0] : row;
    if (value !== plainResult[index]) mismatches.push({ index, kpiscore: value, plain: plainResult[index] });
  }
  if (mismatches.length > 0) {
    console.error(`MISMATCH at ${size} rows: ${mismatches.length} rows differ; first ones:`);
    for (const mismatch of mismatches.slice(0, 10)) console.error(`  ${JSON.stringify(mismatch)}`);
    throw new Error('KPISCORE and the plain loop over the core scorer disagree');
  }
}

function tally(results) {
  const counts = { score: 0, warning: 0, blank: 0 };
  for (const value of results) {
    if (value === '') counts.blank++;
    else if (typeof value === 'string') counts.warning++;
    else counts.score++;
  }
  return counts;
}

async function main() {
  const started = performance.now();
  const { context: addOn, calls } = bundleContext();
  const core = await coreContext();
  const addOnColumns = inContext(toColumns, addOn);
  const coreColumns = inContext(toColumns, core);
  const loop = inContext(plainLoop, core);
  // The main realm's plain loop: the same function, its `Core` a module of this realm.
  globalThis.Core = await coreModule();
  const asOf = { date: Date.UTC(2023, 4, 1) - BANGKOK_OFFSET_MS };
  const addOnAsOf = vm.runInContext(`new Date(${asOf.date})`, addOn);
  const coreAsOf = vm.runInContext(`new Date(${asOf.date})`, core);
  const mainAsOf = new Date(asOf.date);
  // The 2566 card as set-up writes it (header and rows), as arrays of the add-on's realm.
  const cardTable = [[...Core.CARD_TABLE_HEADER], ...Core.BUILT_IN_CARD_TABLE.map((row) => [...row])];
  const addOnCard = vm.runInContext(`(${JSON.stringify(cardTable)})`, addOn);

  const rows = [];
  const serviceCalls = [];
  for (const size of SIZES) {
    const spec = generateRows(size, SEED);
    const sheet = addOnColumns(spec);
    const copy = coreColumns(spec);
    const mainCopy = toColumns(spec);
    assertOwnRealm(addOn, sheet);
    assertOwnRealm(core, copy);
    const callKpiScore = () =>
      addOn.KPISCORE(sheet.round, sheet.milestones, sheet.due, sheet.submitted, addOnAsOf);
    const callWithCard = () =>
      addOn.KPISCORE(
        sheet.round,
        sheet.milestones,
        sheet.due,
        sheet.submitted,
        addOnAsOf,
        undefined,
        undefined,
        undefined,
        addOnCard,
      );
    const callPlain = () => loop(copy, coreAsOf);
    const callMain = () => plainLoop(mainCopy, mainAsOf);

    for (const key of Object.keys(calls)) calls[key] = 0;
    const first = timed(callKpiScore);
    serviceCalls.push({ size, ...calls, ...datesRead(spec, asOf) });
    const plainResult = callPlain();
    compare(size, first.result, plainResult);
    compare(size, callWithCard(), plainResult);
    compare(
      size,
      callMain().map((value) => [value]),
      plainResult,
    );

    const sides = { bundle: callKpiScore, card: callWithCard, plain: callPlain, main: callMain };
    const names = Object.keys(sides);
    for (let run = 0; run < WARMUP_RUNS; run++) for (const name of names) sides[name]();
    const times = Object.fromEntries(names.map((name) => [name, []]));
    for (let run = 0; run < MEASURED_RUNS; run++) {
      // Rotate which side goes first so drift (GC, JIT) falls on all.
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(run + turn) % names.length];
        times[name].push(timed(sides[name]).ms);
      }
    }
    const bundleMs = median(times.bundle);
    const cardMs = median(times.card);
    const plainMs = median(times.plain);
    const mainMs = median(times.main);
    rows.push({
      size,
      bundleMs,
      cardMs,
      plainMs,
      mainMs,
      ratio: bundleMs / plainMs,
      cardRatio: cardMs / bundleMs,
      mix: tally(plainResult),
    });
  }

  console.log(
    `KPISCORE over mixed-spelling rows (seed ${SEED.toString(16)}, median of ${MEASURED_RUNS} after ${WARMUP_RUNS} warm-up runs, node ${process.version})\n`,
  );
  console.log(
    'bundle: KPISCORE from dist/ in a vm; card: the same call with the 2566 card table as its last argument;\n' +
      'plain (vm): a plain loop over the core scorer in its own vm; plain (main): the same loop in the main realm.\n',
  );
  const header = [
    'rows',
    'bundle ms',
    'card ms',
    'plain (vm) ms',
    'plain (main) ms',
    'bundle/plain(vm)',
    'card/bundle',
    'bundle/plain(main)',
    'bundle ms/1000 rows',
    'card ms/1000 rows',
    'main ms/1000 rows',
  ];
  const table = rows.map(({ size, bundleMs, cardMs, plainMs, mainMs, ratio, cardRatio }) => [
    size.toLocaleString('en-US'),
    bundleMs.toFixed(1),
    cardMs.toFixed(1),
    plainMs.toFixed(1),
    mainMs.toFixed(1),
    `${ratio.toFixed(2)}×`,
    `${cardRatio.toFixed(2)}×`,
    `${(bundleMs / mainMs).toFixed(2)}×`,
    ((bundleMs / size) * 1000).toFixed(2),
    ((cardMs / size) * 1000).toFixed(2),
    ((mainMs / size) * 1000).toFixed(2),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((row) => row[column].length)),
  );
  const line = (cells) => `| ${cells.map((text, column) => text.padStart(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of table) console.log(line(row));

  console.log('\nRows per outcome (all four sides agree on every row):');
  for (const { size, mix } of rows) {
    console.log(
      `  ${size.toLocaleString('en-US')}: ${mix.score} scores, ${mix.warning} ⚠ texts, ${mix.blank} blank`,
    );
  }

  console.log('\nService calls in one KPISCORE call:');
  for (const { size, distinctDates, dateCells, ...counts } of serviceCalls) {
    const lookups = counts.getSpreadsheetTimeZone + counts.getScriptTimeZone;
    console.log(
      `  ${size.toLocaleString('en-US')} rows: SpreadsheetApp.getActive ${counts.getActive}, ` +
        `getSpreadsheetTimeZone ${counts.getSpreadsheetTimeZone}, Session.getScriptTimeZone ${counts.getScriptTimeZone}, ` +
        `Utilities.formatDate ${counts.formatDate} (Date cells read: ${dateCells}, distinct: ${distinctDates})` +
        `${lookups === 1 && counts.formatDate <= distinctDates ? '' : '  ✗ expected 1 zone lookup and ≤ 1 formatDate per distinct Date'}`,
    );
  }

  const ratioOk = rows.every((row) => row.ratio <= RATIO_TARGET);
  const large = rows[rows.length - 1];
  const small = rows[0];
  const growth = large.bundleMs / small.bundleMs;
  const linearOk = growth >= LINEAR_RANGE[0] && growth <= LINEAR_RANGE[1];
  const callsOk = serviceCalls.every(
    (counts) =>
      counts.getSpreadsheetTimeZone + counts.getScriptTimeZone === 1 &&
      counts.formatDate <= counts.distinctDates,
  );
  console.log('\nTargets:');
  console.log(
    `  ratio ≤ ${RATIO_TARGET}× the plain loop: ${ratioOk ? 'OK' : 'FAILED'} (${rows.map((row) => `${row.ratio.toFixed(2)}×`).join(', ')})`,
  );
  console.log(
    `  linear growth (100k / 10k time in ${LINEAR_RANGE[0]}–${LINEAR_RANGE[1]}): ${linearOk ? 'OK' : 'NOT MET'} (${growth.toFixed(2)})`,
  );
  const cardOk = rows.every((row) => row.cardRatio <= CARD_RATIO_TARGET);
  console.log(
    `  with the card argument ≤ ${CARD_RATIO_TARGET}× without it: ${cardOk ? 'OK' : 'FAILED'} (${rows.map((row) => `${row.cardRatio.toFixed(2)}×`).join(', ')})`,
  );
  console.log(`  one zone lookup per call, one formatDate per distinct Date: ${callsOk ? 'OK' : 'NOT MET'}`);
  await printServiceCalls();
  console.log(`\nTotal bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!ratioOk || !cardOk) process.exitCode = 1;
}

/** The service-call table: `bench/service-calls.ts`, bundled for Node, over dist/. */
async function printServiceCalls() {
  const outfile = join(root, 'bench/.build/service-calls.mjs');
  await build({
    entryPoints: [join(root, 'bench/service-calls.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    charset: 'utf8',
    logLevel: 'warning',
  });
  const { serviceCallsPerAction } = await import(pathToFileURL(outfile).href);
  const rows = serviceCallsPerAction(dist, 200);
  const services = [...new Set(rows.flatMap((row) => Object.keys(row.byService)))].sort();
  console.log(
    '\nApps Script service calls per action (200 divisions in round 1), counted by the emulator:\n',
  );
  const header = ['action', 'total', ...services];
  const table = rows.map((row) => [
    row.action,
    String(row.total),
    ...services.map((service) => String(row.byService[service] ?? 0)),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((cells) => cells[column].length)),
  );
  const line = (cells) =>
    `| ${cells.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cells of table) console.log(line(cells));
}

main().catch((error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
