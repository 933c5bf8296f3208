/**
 * Reports for every division of a round, in chunks the sidebar asks for one after
 * another, each well under Apps Script's 30-second limit. Progress is kept in
 * document properties after every division, so a closed sidebar (or a run cut
 * short) resumes where it stopped; one batch at a time per spreadsheet, under the
 * document lock.
 *
 * The status call ({@link currentBatch}, what a sidebar polls every few seconds)
 * reads that one property and nothing else: no sheet, no Drive, no lock. So the
 * property holds everything a status shows, each piece bounded (a property value is
 * at most 9 KB, all of them 500 KB:
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
 * the rows as runs, names and reasons cut short, the last few errors only.
 */

import type { Round } from '../../core/card';
import { REPORT_RUN } from '../../core/messages';
import { formatThaiDate } from '../../core/thai';
import type { BatchError, BatchStatus } from '../../core/views';
import { appsScriptDocumentProperties } from '../services/apps-script-properties';
import { DEFAULT_TIME_ZONE, dayOfInZone, timeOfDayInZone } from '../services/calendar';
import { type PropertyStore, readJson, writeJson } from '../services/properties';
import { readRoundTabs } from '../tracking';
import {
  appsScriptReportServices,
  LOCK_WAIT_MS,
  type ReportServices,
  readReportContext,
  reportDivision,
  temporaryUserKey,
} from './generate';

/** The document property holding the batch in progress or last run. */
export const BATCH_PROPERTY = 'KPI_REPORT_BATCH';

/** Divisions one call reports at most: a Doc and a PDF take a few seconds each. */
export const CHUNK_SIZE = 4;

/** No new division is started after this long in one call (Apps Script stops at 30 s). */
export const CHUNK_TIME_MS = 18_000;

/** A running batch untouched this long was abandoned (its sidebar closed mid-way): others may start. */
export const STALE_MS = 15 * 60_000;

/** Errors kept in the property (all of them are on their rows); a property holds 9 KB. */
const KEPT_ERRORS = 10;

/** The most characters of a division's name kept in the property (the row has it whole). */
export const KEPT_NAME_CHARS = 60;

/** The most characters of an error's reason kept in the property (the row has it whole). */
const KEPT_REASON_CHARS = 100;

/**
 * The most bytes the batch's property may take: under the service's 9 KB a value,
 * with room to spare (errors beyond it are dropped, oldest first).
 */
export const BATCH_PROPERTY_BUDGET = 8 * 1024;

interface StoredBatch {
  readonly id: string;
  readonly round: Round;
  readonly user: string;
  readonly startedAt: number;
  updatedAt: number;
  /** The rows of the round's tab to report, in order (stored as runs, see {@link StoredRuns}). */
  readonly rows: number[];
  next: number;
  /** The division in hand or last reported, cut to {@link KEPT_NAME_CHARS}. */
  current: string;
  /** The spreadsheet's time zone when the batch started, so a status needs no spreadsheet call. */
  readonly zone?: string;
  errors: BatchError[];
  errorCount: number;
  state: 'running' | 'done' | 'cancelled';
}

/** Starts a batch for a round, or returns the one this user has running for it. */
export function startBatch(round: Round, services: ReportServices = appsScriptReportServices()): BatchStatus {
  const stored = readBatch(services.properties);
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return busyStatus(services, stored, REPORT_RUN.lockBusy);
  try {
    const now = services.now().getTime();
    if (stored !== undefined && isLive(stored, now)) {
      if (stored.user !== services.userKey) return busyStatus(services, stored);
      if (stored.round === round) return statusOf(services, stored);
    }
    const tab = readRoundTabs(services.spreadsheet).find((entry) => entry.round === round);
    if (tab === undefined) throw new Error(REPORT_RUN.roundTabMissing(round));
    const rows = tab.rows.filter((row) => row.division !== '').map((row) => row.row);
    const batch: StoredBatch = {
      id: `${now.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`,
      round,
      user: services.userKey,
      startedAt: now,
      updatedAt: now,
      zone: services.spreadsheet.timeZone(),
      rows,
      next: 0,
      current: '',
      errors: [],
      errorCount: 0,
      state: rows.length === 0 ? 'done' : 'running',
    };
    saveBatch(services.properties, batch);
    return statusOf(services, batch);
  } finally {
    services.lock.release();
  }
}

/** Reports the next few divisions of a batch and says where it stands. */
export function continueBatch(
  batchId: string,
  services: ReportServices = appsScriptReportServices(),
): BatchStatus {
  const stored = readBatch(services.properties);
  if (stored === undefined || stored.id !== batchId) throw new Error(REPORT_RUN.batchNotFound);
  if (stored.state !== 'running') return statusOf(services, stored);
  if (stored.user !== services.userKey) return busyStatus(services, stored);
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return busyStatus(services, stored, REPORT_RUN.lockBusy);
  try {
    // Read again under the lock: a cancel may have landed in between.
    const batch = readBatch(services.properties);
    if (batch === undefined || batch.id !== batchId) throw new Error(REPORT_RUN.batchNotFound);
    if (batch.state !== 'running') return statusOf(services, batch);
    const started = services.now().getTime();
    const context = readReportContext(services);
    const tab = context.tabs.find((entry) => entry.round === batch.round);
    if (tab === undefined) throw new Error(REPORT_RUN.roundTabMissing(batch.round));
    let reported = 0;
    while (batch.next < batch.rows.length && reported < CHUNK_SIZE) {
      if (reported > 0 && services.now().getTime() - started >= CHUNK_TIME_MS) break;
      // A cancel does not wait for the lock: look before each division.
      if (readBatch(services.properties)?.state === 'cancelled') {
        batch.state = 'cancelled';
        break;
      }
      const rowNumber = batch.rows[batch.next] as number;
      const row = tab.rows.find((entry) => entry.row === rowNumber && entry.division !== '');
      batch.current = keptText(row?.division ?? '', KEPT_NAME_CHARS);
      if (row === undefined) {
        recordError(batch, `#${rowNumber}`, REPORT_RUN.divisionNotFound(batch.round, rowNumber));
      } else {
        const outcome = reportDivision(context, tab, row);
        if (!outcome.ok) recordError(batch, row.division, outcome.message.replace(REPORT_RUN.failed(''), ''));
      }
      batch.next++;
      if (batch.next === batch.rows.length) batch.state = 'done';
      batch.updatedAt = services.now().getTime();
      if (readBatch(services.properties)?.state === 'cancelled') batch.state = 'cancelled';
      saveBatch(services.properties, batch);
      reported++;
    }
    return statusOf(services, batch);
  } finally {
    services.lock.release();
  }
}

/** Stops a batch; the division in progress (if any) finishes. */
export function cancelBatch(
  batchId: string,
  services: ReportServices = appsScriptReportServices(),
): BatchStatus {
  const stored = readBatch(services.properties);
  if (stored === undefined || stored.id !== batchId) throw new Error(REPORT_RUN.batchNotFound);
  if (stored.state === 'running') {
    stored.state = 'cancelled';
    stored.updatedAt = services.now().getTime();
    saveBatch(services.properties, stored);
  }
  return statusOf(services, stored);
}

/** What a status call reads: the document's properties and who is asking, nothing else. */
export type BatchStatusServices = Pick<ReportServices, 'properties' | 'userKey' | 'now'>;

/** The real services of a status call: no spreadsheet, no Drive, no lock is opened. */
export function appsScriptBatchStatusServices(): BatchStatusServices {
  return {
    properties: appsScriptDocumentProperties(),
    userKey: temporaryUserKey(),
    now: () => new Date(),
  };
}

/**
 * The batch in progress or last run, for a sidebar that opens again or watches a
 * batch it does not drive; `null` when none. One property read, nothing else.
 */
export function currentBatch(
  services: BatchStatusServices = appsScriptBatchStatusServices(),
): BatchStatus | null {
  const stored = readBatch(services.properties);
  if (stored === undefined) return null;
  if (
    stored.state === 'running' &&
    stored.user !== services.userKey &&
    isLive(stored, services.now().getTime())
  ) {
    return busyStatus(services, stored);
  }
  return statusOf(services, stored);
}

function isLive(batch: StoredBatch, now: number): boolean {
  return batch.state === 'running' && now - batch.updatedAt < STALE_MS;
}

function recordError(batch: StoredBatch, division: string, reason: string): void {
  batch.errorCount++;
  batch.errors = [
    ...batch.errors,
    { division: keptText(division, KEPT_NAME_CHARS), reason: keptText(reason, KEPT_REASON_CHARS) },
  ].slice(-KEPT_ERRORS);
}

/** Text cut to `max` characters, an ellipsis showing where (whole code points: a cut never splits one). */
function keptText(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/**
 * `rows` as kept in the property: runs of consecutive rows as `[first, last]`, so
 * 1,000 divisions in one block take a few bytes rather than 5 KB.
 */
type StoredRuns = [number, number][];

/** The batch as kept in the property. */
type StoredForm = Omit<StoredBatch, 'rows'> & { runs?: StoredRuns; rows?: number[] };

function readBatch(properties: PropertyStore): StoredBatch | undefined {
  const stored = readJson<StoredForm>(properties, BATCH_PROPERTY);
  if (stored === undefined || stored === null || typeof stored !== 'object') return undefined;
  const { runs, rows, ...rest } = stored;
  // A batch saved before rows were kept as runs has them listed one by one.
  return { ...rest, rows: Array.isArray(runs) ? rowsOfRuns(runs) : Array.isArray(rows) ? rows : [] };
}

function saveBatch(properties: PropertyStore, batch: StoredBatch): void {
  const { rows, ...rest } = batch;
  const stored: StoredForm = { ...rest, runs: runsOfRows(rows) };
  // Only the kept errors can grow long; the oldest go first until the value fits.
  while (utf8Bytes(JSON.stringify(stored)) > BATCH_PROPERTY_BUDGET && stored.errors.length > 0) {
    stored.errors = stored.errors.slice(1);
  }
  writeJson(properties, BATCH_PROPERTY, stored);
}

function runsOfRows(rows: readonly number[]): StoredRuns {
  const runs: StoredRuns = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

function rowsOfRuns(runs: readonly unknown[]): number[] {
  const rows: number[] = [];
  for (const run of runs) {
    if (!Array.isArray(run)) continue;
    const [first, last] = run as unknown[];
    // Rows of a sheet (at most 10 million cells): a run longer than that was not written here.
    if (!Number.isInteger(first) || !Number.isInteger(last) || (last as number) - (first as number) > 1e6)
      continue;
    for (let row = first as number; row <= (last as number); row++) rows.push(row);
  }
  return rows;
}

/** The bytes of `text` in UTF-8, as the property limits count them (a Thai letter is 3). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function statusOf(services: Pick<ReportServices, 'userKey'>, batch: StoredBatch): BatchStatus {
  const total = batch.rows.length;
  const message =
    batch.state === 'done'
      ? total === 0
        ? REPORT_RUN.noDivisions(batch.round)
        : REPORT_RUN.batchDone(total, batch.errorCount)
      : batch.state === 'cancelled'
        ? REPORT_RUN.batchCancelled(batch.next, total)
        : REPORT_RUN.batchRunning(batch.next, total, batch.current);
  return {
    id: batch.id,
    round: batch.round,
    state: batch.state,
    total,
    done: batch.next,
    current: batch.current,
    errors: batch.errors,
    mine: batch.user === services.userKey,
    startedAt: startedAtText(batch),
    message,
  };
}

function busyStatus(
  services: Pick<ReportServices, 'userKey'>,
  batch: StoredBatch | undefined,
  message?: string,
): BatchStatus {
  if (batch === undefined) {
    return {
      id: '',
      round: 1,
      state: 'busy',
      total: 0,
      done: 0,
      current: '',
      errors: [],
      mine: false,
      startedAt: '',
      message: message ?? REPORT_RUN.lockBusy,
    };
  }
  const status = statusOf(services, batch);
  const startedAt = status.startedAt;
  return {
    ...status,
    state: 'busy',
    message: message ?? REPORT_RUN.otherUserBatch(batch.round, startedAt, batch.next, batch.rows.length),
  };
}

/** When the batch started, in the zone it was started in (a batch saved before zones were kept: Bangkok). */
function startedAtText(batch: StoredBatch): string {
  const zone = typeof batch.zone === 'string' && batch.zone !== '' ? batch.zone : DEFAULT_TIME_ZONE;
  const instant = new Date(batch.startedAt);
  const { hours, minutes } = timeOfDayInZone(zone, instant);
  return REPORT_RUN.time(formatThaiDate(dayOfInZone(zone)(instant), { style: 'short' }), hours, minutes);
}
