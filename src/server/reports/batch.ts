/**
 * Reports for every division of a round, in chunks the sidebar asks for one after
 * another, each well under Apps Script's 30-second limit. Progress is kept in
 * document properties after every division, so a closed sidebar (or a run cut
 * short) resumes where it stopped; one batch at a time per spreadsheet, under the
 * document lock.
 *
 * A batch is a list of divisions, not of rows: rows move while a batch runs (a row
 * inserted above, a row deleted, a sort), so each division's row is found again,
 * by its name as {@link divisionKey} compares it, when its turn comes. A division
 * no longer in the tab is skipped and listed with the reason; the final message
 * counts what was made, what failed and what was skipped.
 *
 * The status call ({@link currentBatch}, what a sidebar polls every few seconds)
 * reads one property and nothing else: no sheet, no Drive, no lock. So that
 * property holds everything a status shows, each piece bounded (a property value
 * is at most 9 KB, all of them 500 KB:
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
 * counts, names and reasons cut short, the last few errors only. The list of
 * divisions, which grows with the tab, lives in properties of its own, each under
 * the value limit: a short digest of each division, and its name cut short while
 * the list stays small.
 */

import type { Round } from '../../core/card';
import { digestText } from '../../core/digest';
import { REPORT_RUN } from '../../core/messages';
import { formatThaiDate } from '../../core/thai';
import type { TrackingRow } from '../../core/tracking';
import type { BatchError, BatchStatus } from '../../core/views';
import { appsScriptDocumentProperties } from '../services/apps-script-properties';
import { DEFAULT_TIME_ZONE, dayOfInZone, timeOfDayInZone } from '../services/calendar';
import { type PropertyStore, readJson, writeJson } from '../services/properties';
import { readRoundTabs } from '../tracking';
import {
  appsScriptReportServices,
  divisionFinder,
  knownFolderUrl,
  LOCK_WAIT_MS,
  nameKey,
  type ReportServices,
  readReportContext,
  reportDivision,
  roundTabOf,
  temporaryUserKey,
  utf8Bytes,
} from './generate';

/** The document property holding the batch in progress or last run. */
export const BATCH_PROPERTY = 'KPI_REPORT_BATCH';

/** The document properties holding a batch's list of divisions: this prefix and 0, 1, … */
export const BATCH_LIST_PROPERTY = 'KPI_REPORT_BATCH_LIST_';

/** Divisions one call reports at most: a Doc and a PDF take a few seconds each. */
export const CHUNK_SIZE = 4;

/** No new division is started after this long in one call (Apps Script stops at 30 s). */
export const CHUNK_TIME_MS = 18_000;

/** A running batch untouched this long was abandoned (its sidebar closed mid-way): others may start. */
export const STALE_MS = 15 * 60_000;

/** Errors kept in the property (all of them are on their rows); a property holds 9 KB. */
const KEPT_ERRORS = 20;

/** The most characters of a division's name kept in the property (the row has it whole). */
export const KEPT_NAME_CHARS = 60;

/** The most characters of an error's reason kept in the property (the row has it whole). */
const KEPT_REASON_CHARS = 100;

/**
 * The most bytes the batch's property may take: under the service's 9 KB a value,
 * with room to spare (errors beyond it are dropped, oldest first).
 */
export const BATCH_PROPERTY_BUDGET = 8 * 1024;

/** The most divisions one batch takes: its list stays inside {@link BATCH_LIST_BUDGET}. */
export const MAX_BATCH_DIVISIONS = 2000;

/** The most bytes of one property of the list (under the 9 KB a value). */
const LIST_PART_BYTES = 8 * 1024;

/** The most bytes the whole list may take, in all its properties. */
export const BATCH_LIST_BUDGET = 64 * 1024;

/** Characters of a division's digest in the list: 72 bits, unique among any tab's divisions. */
const DIGEST_CHARS = 12;

/** The most characters of a division's name kept in the list, to name it if it is skipped. */
const LIST_NAME_CHARS = 30;

/** One division of a batch: its digest, its row when the batch started, and its name cut short (or `''`). */
type ListEntry = [digest: string, row: number, name: string];

interface StoredBatch {
  /** The form of the stored batch: one that is not this one is read as no batch. */
  readonly v: 2;
  readonly id: string;
  readonly round: Round;
  /** The round's tab the batch is for (absent in a batch stored before: the round's first tab). */
  readonly sheet?: string;
  readonly user: string;
  readonly startedAt: number;
  updatedAt: number;
  /** The divisions in the list, and how many properties it takes. */
  readonly total: number;
  readonly parts: number;
  /** How many divisions of the list are behind it. */
  next: number;
  made: number;
  failed: number;
  skipped: number;
  /** Divisions whose rows need fixing first: no form made (absent in a batch stored before). */
  refused?: number;
  /** The reports folder's address once known, for the finished batch's link. */
  folder?: string;
  /** The division in hand or last reported, cut to {@link KEPT_NAME_CHARS}. */
  current: string;
  /** The spreadsheet's time zone when the batch started, so a status needs no spreadsheet call. */
  readonly zone?: string;
  /** The last few failed or skipped divisions, each with its reason. */
  errors: BatchError[];
  state: 'running' | 'done' | 'cancelled';
}

/** Starts a batch for a round, or returns the one this user has running for it. */
export function startBatch(
  round: Round,
  services: ReportServices = appsScriptReportServices(),
  sheetName?: string,
): BatchStatus {
  const stored = readBatch(services.properties);
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return busyStatus(services, stored, REPORT_RUN.lockBusy);
  try {
    const now = services.now().getTime();
    if (stored !== undefined && isLive(stored, now)) {
      if (stored.user !== services.userKey) return busyStatus(services, stored);
      if (stored.round === round && (sheetName === undefined || (stored.sheet ?? sheetName) === sheetName))
        return statusOf(services, stored);
    }
    const tab = roundTabOf(readRoundTabs(services.spreadsheet), round, sheetName);
    if (tab === undefined) throw new Error(REPORT_RUN.roundTabMissing(round));
    const named = tab.rows.filter((row) => row.division !== '');
    if (named.length > MAX_BATCH_DIVISIONS)
      throw new Error(REPORT_RUN.tooManyDivisions(round, named.length, MAX_BATCH_DIVISIONS));
    const entries = listOf(named);
    // The list first: a batch property never names a list that is not there.
    const parts = saveList(services.properties, entries, stored?.parts ?? 0);
    const batch: StoredBatch = {
      v: 2,
      id: `${now.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`,
      round,
      sheet: tab.sheet.name,
      user: services.userKey,
      startedAt: now,
      updatedAt: now,
      zone: services.spreadsheet.timeZone(),
      total: entries.length,
      parts,
      next: 0,
      made: 0,
      failed: 0,
      skipped: 0,
      refused: 0,
      current: '',
      errors: [],
      state: entries.length === 0 ? 'done' : 'running',
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
    const list = readList(services.properties, batch.parts);
    const context = readReportContext(services);
    const tab = roundTabOf(context.tabs, batch.round, batch.sheet);
    if (tab === undefined) throw new Error(REPORT_RUN.roundTabMissing(batch.round));
    const find = divisionFinder(context, tab, entryDigest);
    let reported = 0;
    while (batch.next < batch.total && reported < CHUNK_SIZE) {
      if (reported > 0 && services.now().getTime() - started >= CHUNK_TIME_MS) break;
      // A cancel does not wait for the lock: look before each division.
      if (readBatch(services.properties)?.state === 'cancelled') {
        batch.state = 'cancelled';
        break;
      }
      const entry = list[batch.next];
      // Digests are unique: at most one row is found.
      const row = entry === undefined ? undefined : find(entry[0], entry[1])[0];
      if (row === undefined) {
        // Deleted or renamed since the batch started (or its list was lost): nothing to make, nothing to mark.
        const name =
          entry === undefined
            ? REPORT_RUN.divisionInBatch(batch.next + 1)
            : entry[2] || REPORT_RUN.divisionAtRow(entry[1]);
        batch.current = keptText(name, KEPT_NAME_CHARS);
        batch.skipped++;
        recordError(batch, name, REPORT_RUN.divisionGone(batch.round), 'skipped');
      } else {
        batch.current = keptText(row.division, KEPT_NAME_CHARS);
        const outcome = reportDivision(context, tab, row);
        if (outcome.ok) batch.made++;
        else if (outcome.refused === true) {
          // Its row needs fixing: listed by name and row, the reason (the cells) is on its status cell.
          batch.refused = (batch.refused ?? 0) + 1;
          recordError(
            batch,
            row.division,
            outcome.message.replace(REPORT_RUN.refusedDivision(row.division, ''), ''),
            'refused',
            row.row,
          );
        } else {
          batch.failed++;
          recordError(
            batch,
            row.division,
            outcome.message.replace(REPORT_RUN.failed(''), ''),
            'failed',
            row.row,
          );
        }
        const folder = knownFolderUrl(context);
        if (folder !== '') batch.folder = folder;
      }
      batch.next++;
      if (batch.next >= batch.total) batch.state = 'done';
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

/**
 * Stops a batch; the division in progress (if any) finishes. Only the user who
 * started it may, while it is live; another user is told so, and may take over one
 * left untouched for {@link STALE_MS}, as {@link startBatch} lets them.
 */
export function cancelBatch(
  batchId: string,
  services: ReportServices = appsScriptReportServices(),
): BatchStatus {
  const stored = readBatch(services.properties);
  if (stored === undefined || stored.id !== batchId) throw new Error(REPORT_RUN.batchNotFound);
  const now = services.now().getTime();
  if (stored.user !== services.userKey && isLive(stored, now)) {
    return busyStatus(services, stored, REPORT_RUN.cancelNotOwner(startedAtText(stored), STALE_MS / 60_000));
  }
  if (stored.state === 'running') {
    stored.state = 'cancelled';
    stored.updatedAt = now;
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

function recordError(
  batch: StoredBatch,
  division: string,
  reason: string,
  kind: NonNullable<BatchError['kind']>,
  row?: number,
): void {
  batch.errors = [
    ...batch.errors,
    {
      division: keptText(division, KEPT_NAME_CHARS),
      reason: keptText(reason, KEPT_REASON_CHARS),
      kind,
      ...(row === undefined ? {} : { row }),
    },
  ].slice(-KEPT_ERRORS);
}

/** Text cut to `max` characters, an ellipsis showing where (whole code points: a cut never splits one). */
function keptText(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/**
 * The digest that finds a division's row again: of its key and which of the rows
 * with that key it is (0 for the first), so a duplicate row is an entry of its own
 * (and is refused when its turn comes, as a duplicate always is).
 */
function entryDigest(key: string, occurrence: number): string {
  return digestText(`${occurrence}\u0000${key}`, DIGEST_CHARS);
}

/** The list of a batch: its divisions in row order, names kept while the list stays small. */
function listOf(rows: readonly TrackingRow[]): ListEntry[] {
  const context = {};
  const seen = new Map<string, number>();
  const entries: ListEntry[] = rows.map((row) => {
    const key = nameKey(context, row.division);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return [entryDigest(key, occurrence), row.row, keptText(row.division, LIST_NAME_CHARS)];
  });
  // A long list keeps digests and rows only: a skipped division is then named by its row at the start.
  if (utf8Bytes(JSON.stringify(entries)) > BATCH_LIST_BUDGET)
    return entries.map(([digest, row]) => [digest, row, '']);
  return entries;
}

/** Writes the list in parts under the value limit, removing the parts of an earlier list beyond them; the parts' count. */
function saveList(properties: PropertyStore, entries: readonly ListEntry[], earlierParts: number): number {
  const parts: ListEntry[][] = [[]];
  let bytes = 2;
  for (const entry of entries) {
    const size = utf8Bytes(JSON.stringify(entry)) + 1;
    if (bytes + size > LIST_PART_BYTES) {
      parts.push([]);
      bytes = 2;
    }
    (parts[parts.length - 1] as ListEntry[]).push(entry);
    bytes += size;
  }
  parts.forEach((part, index) => {
    writeJson(properties, `${BATCH_LIST_PROPERTY}${index}`, part);
  });
  for (let index = parts.length; index < earlierParts; index++)
    properties.delete(`${BATCH_LIST_PROPERTY}${index}`);
  return parts.length;
}

function readList(properties: PropertyStore, parts: number): ListEntry[] {
  const entries: ListEntry[] = [];
  for (let index = 0; index < parts; index++) {
    const part = readJson<unknown>(properties, `${BATCH_LIST_PROPERTY}${index}`);
    if (!Array.isArray(part)) continue;
    for (const entry of part) {
      if (Array.isArray(entry) && typeof entry[0] === 'string')
        entries.push([entry[0], Number(entry[1]) || 0, typeof entry[2] === 'string' ? entry[2] : '']);
    }
  }
  return entries;
}

function readBatch(properties: PropertyStore): StoredBatch | undefined {
  const stored = readJson<StoredBatch>(properties, BATCH_PROPERTY);
  if (stored === undefined || stored === null || typeof stored !== 'object' || stored.v !== 2)
    return undefined;
  return stored;
}

function saveBatch(properties: PropertyStore, batch: StoredBatch): void {
  const stored: StoredBatch = { ...batch };
  // Only the kept errors can grow long; the oldest go first until the value fits.
  while (utf8Bytes(JSON.stringify(stored)) > BATCH_PROPERTY_BUDGET && stored.errors.length > 0) {
    stored.errors = stored.errors.slice(1);
  }
  writeJson(properties, BATCH_PROPERTY, stored);
}

function statusOf(services: Pick<ReportServices, 'userKey'>, batch: StoredBatch): BatchStatus {
  const { total } = batch;
  const counts = {
    total,
    made: batch.made,
    failed: batch.failed,
    skipped: batch.skipped,
    refused: batch.refused ?? 0,
  };
  const message =
    batch.state === 'done'
      ? total === 0
        ? REPORT_RUN.noDivisions(batch.round)
        : REPORT_RUN.batchDone(counts)
      : batch.state === 'cancelled'
        ? REPORT_RUN.batchCancelled(counts)
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
    refused: batch.refused ?? 0,
    folderUrl: batch.folder ?? '',
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
    message: message ?? REPORT_RUN.otherUserBatch(batch.round, startedAt, batch.next, batch.total),
  };
}

/** When the batch started, in the zone it was started in (a batch saved before zones were kept: Bangkok). */
function startedAtText(batch: StoredBatch): string {
  const zone = typeof batch.zone === 'string' && batch.zone !== '' ? batch.zone : DEFAULT_TIME_ZONE;
  const instant = new Date(batch.startedAt);
  const { hours, minutes } = timeOfDayInZone(zone, instant);
  return REPORT_RUN.time(formatThaiDate(dayOfInZone(zone)(instant), { style: 'short' }), hours, minutes);
}
