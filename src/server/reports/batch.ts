/**
 * Reports for every division of a round, in chunks the sidebar asks for one after
 * another, each well under Apps Script's 30-second limit. Progress is kept in
 * document properties after every division, so a closed sidebar (or a run cut
 * short) resumes where it stopped; one batch at a time per spreadsheet, under the
 * document lock.
 */

import type { Round } from '../../core/card';
import { REPORT_RUN } from '../../core/messages';
import { formatThaiDate } from '../../core/thai';
import type { BatchError, BatchStatus } from '../../core/views';
import { dayOfInZone, timeOfDayInZone } from '../services/calendar';
import { type PropertyStore, readJson, writeJson } from '../services/properties';
import { readRoundTabs } from '../tracking';
import {
  appsScriptReportServices,
  LOCK_WAIT_MS,
  type ReportServices,
  readReportContext,
  reportDivision,
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

interface StoredBatch {
  readonly id: string;
  readonly round: Round;
  readonly user: string;
  readonly startedAt: number;
  updatedAt: number;
  /** The rows of the round's tab to report, in order. */
  readonly rows: number[];
  next: number;
  current: string;
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
      batch.current = row?.division ?? '';
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

/** The batch in progress or last run, for a sidebar that opens again; `null` when none. */
export function currentBatch(services: ReportServices = appsScriptReportServices()): BatchStatus | null {
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
  batch.errors = [...batch.errors, { division: division.slice(0, 60), reason: reason.slice(0, 100) }].slice(
    -KEPT_ERRORS,
  );
}

function readBatch(properties: PropertyStore): StoredBatch | undefined {
  return readJson<StoredBatch>(properties, BATCH_PROPERTY);
}

function saveBatch(properties: PropertyStore, batch: StoredBatch): void {
  writeJson(properties, BATCH_PROPERTY, batch);
}

function statusOf(services: ReportServices, batch: StoredBatch): BatchStatus {
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
    startedAt: startedAtText(services, batch.startedAt),
    message,
  };
}

function busyStatus(services: ReportServices, batch: StoredBatch | undefined, message?: string): BatchStatus {
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

function startedAtText(services: ReportServices, time: number): string {
  const zone = services.spreadsheet.timeZone();
  const instant = new Date(time);
  const { hours, minutes } = timeOfDayInZone(zone, instant);
  return REPORT_RUN.time(formatThaiDate(dayOfInZone(zone)(instant), { style: 'short' }), hours, minutes);
}
