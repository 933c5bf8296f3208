/**
 * Generating report files: the Doc and its PDF in the reports folder, replacing
 * the division's earlier files for the round (tracked by file id in document
 * properties, never by a name search), and the links and status written back to
 * its row.
 *
 * A division is its name as {@link divisionKey} compares it: the record of its
 * files is keyed by the SHA-256 of that key (two divisions never share one), and a
 * second row with the same name is refused rather than given the first one's files.
 * Every file the add-on makes is recorded before the next step, so a run that fails
 * or is killed half-way leaves nothing the next run does not send to the trash.
 */

import type { Round } from '../../core/card';
import { cleanText, isBlank } from '../../core/cells';
import { digestText } from '../../core/digest';
import { divisionKey } from '../../core/division-name';
import { REPORT_RUN } from '../../core/messages';
import { buildDivisionReport, buildSummaryReport, refusalReason } from '../../core/report';
import { renderReportHtml } from '../../core/report-html';
import type { DivisionReport, SummaryReport } from '../../core/report-model';
import { FIRST_DATA_ROW } from '../../core/template';
import { formatThaiDate } from '../../core/thai';
import { roundStatus, type TrackingRow } from '../../core/tracking';
import type { ReportOutcome, ReportPreview } from '../../core/views';
import { appsScriptDocuments } from '../services/apps-script-documents';
import { appsScriptDrive } from '../services/apps-script-drive';
import { appsScriptDocumentLock } from '../services/apps-script-lock';
import { appsScriptDocumentProperties } from '../services/apps-script-properties';
import { appsScriptSpreadsheet } from '../services/apps-script-spreadsheet';
import {
  type DocumentsService,
  type DriveService,
  FOLDER_MIME_TYPE,
  type FolderRef,
} from '../services/documents';
import type { DocumentLock } from '../services/lock';
import type { PropertyStore } from '../services/properties';
import { gridRange, type SpreadsheetHandle } from '../services/spreadsheet';
import { inertText, readSheetContext, type SheetContext, writeSetting } from '../settings';
import { type RoundTab, readRoundTabs } from '../tracking';
import { renderDivisionDoc, renderSummaryDoc } from './doc-renderer';

/** Everything report generation talks to. */
export interface ReportServices {
  readonly spreadsheet: SpreadsheetHandle;
  readonly documents: DocumentsService;
  readonly drive: DriveService;
  readonly properties: PropertyStore;
  readonly lock: DocumentLock;
  /** Who is running this (an opaque key: telling users apart needs no extra scope). */
  readonly userKey: string;
  readonly now: () => Date;
}

/** The real services, for the add-on in Apps Script. */
export function appsScriptReportServices(): ReportServices {
  return {
    spreadsheet: appsScriptSpreadsheet(),
    documents: appsScriptDocuments(),
    drive: appsScriptDrive(),
    properties: appsScriptDocumentProperties(),
    lock: appsScriptDocumentLock(),
    userKey: temporaryUserKey(),
    now: () => new Date(),
  };
}

/** Who runs this call, as an opaque key (`Session.getTemporaryActiveUserKey()`; needs no extra scope). */
export function temporaryUserKey(): string {
  try {
    return typeof Session !== 'undefined' ? Session.getTemporaryActiveUserKey() : 'local';
  } catch {
    return 'unknown';
  }
}

/** The spreadsheet read once, for one call or one chunk of a batch. */
export interface ReportContext {
  readonly services: ReportServices;
  readonly sheet: SheetContext;
  readonly tabs: readonly RoundTab[];
  /** The reports folder once found or created, so a chunk looks it up once. */
  folder?: FolderRef;
  /** Each tab's named rows by division key, in row order, once worked out. */
  divisions?: Map<RoundTab, ReadonlyMap<string, readonly TrackingRow[]>>;
  /** {@link divisionKey} of each name met, by the text as read (a chunk meets each name many times). */
  nameKeys?: Map<string, string>;
  /** The keys of the file records in the document's properties, once listed. */
  fileRecords?: Set<string>;
}

/** Reads what every report needs: settings, holidays and the round tabs (one read each). */
export function readReportContext(services: ReportServices): ReportContext {
  return {
    services,
    sheet: readSheetContext(services.spreadsheet, services.now()),
    tabs: readRoundTabs(services.spreadsheet),
  };
}

/** How long to wait for the document lock before telling the user another run holds it. */
export const LOCK_WAIT_MS = 5_000;

/**
 * The HTML preview of a division's report form: of `division` (the name the
 * sidebar showed on `row`), found again as {@link findDivision} does.
 */
export function previewReport(
  spreadsheet: SpreadsheetHandle,
  round: Round,
  row: number,
  division: string,
  sheetName?: string,
): ReportPreview {
  const sheet = readSheetContext(spreadsheet);
  const tabs = readRoundTabs(spreadsheet);
  const { tab, trackingRow } = findDivision({}, tabs, round, row, division, sheetName);
  const report = divisionReport(sheet, tab, trackingRow);
  return { fileName: report.fileName, html: renderReportHtml(report) };
}

/**
 * Generates one division's report, under the document lock: of `division` (the
 * name the sidebar showed on `row`), found again as {@link findDivision} does, so
 * a row inserted or a sort since the sidebar's last refresh never gives one
 * division's report and links to another.
 */
export function generateOneReport(
  round: Round,
  row: number,
  division: string,
  services: ReportServices = appsScriptReportServices(),
  sheetName?: string,
): ReportOutcome {
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return failure(REPORT_RUN.lockBusy);
  try {
    const context = readReportContext(services);
    const { tab, trackingRow } = findDivision(context, context.tabs, round, row, division, sheetName);
    return reportDivision(context, tab, trackingRow);
  } catch (error) {
    return failure(reasonOf(error));
  } finally {
    services.lock.release();
  }
}

/** Generates a round's summary report, under the document lock. */
export function generateSummary(
  round: Round,
  services: ReportServices = appsScriptReportServices(),
  sheetName?: string,
): ReportOutcome {
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return failure(REPORT_RUN.lockBusy);
  try {
    const context = readReportContext(services);
    const tab = roundTabOf(context.tabs, round, sheetName);
    if (tab === undefined) return failure(REPORT_RUN.roundTabMissing(round));
    const divisions = tab.rows
      .filter((row) => row.division !== '')
      .map((row) => ({
        division: row.division,
        status: roundStatus(round, tab.sheet.name, row, context.sheet),
      }));
    const report = buildSummaryReport({
      round,
      divisions,
      settings: context.sheet.settings,
      reportDay: context.sheet.today,
      sheetName: tab.sheet.name,
    });
    const files = writeReportFiles(context, summaryFilesKey(report.fiscalYear, round), report, (writer) =>
      renderSummaryDoc(report, writer),
    );
    return { ok: true, message: REPORT_RUN.summaryDone(round), docUrl: files.docUrl, pdfUrl: files.pdfUrl };
  } catch (error) {
    return failure(reasonOf(error));
  } finally {
    services.lock.release();
  }
}

/**
 * Generates one division's Doc and PDF and writes the links and status to its
 * row; a failure is written to the row as `ผิดพลาด: …` and returned, not thrown.
 * A row whose name (as {@link divisionKey} compares it) is also on a row above is
 * refused: one division, one set of report files. A row with data problems never
 * becomes an official form: nothing is made, its status cell says which cells to
 * fix (`ต้องแก้ไขข้อมูล: …`), and the outcome is `refused`. The caller holds the lock.
 */
export function reportDivision(context: ReportContext, tab: RoundTab, row: TrackingRow): ReportOutcome {
  const same = divisionRows(context, tab).get(nameKey(context, row.division)) ?? [row];
  const occurrence = Math.max(
    same.findIndex((entry) => entry.row === row.row),
    0,
  );
  try {
    const first = same[0];
    if (first !== undefined && first.row !== row.row) {
      throw new Error(REPORT_RUN.duplicateDivision(first.row));
    }
    const report = divisionReport(context.sheet, tab, row);
    const refusal = refusalReason({ problems: report.dataProblems });
    if (refusal !== undefined) {
      const target = rowNow(context, tab, row, occurrence);
      if (target !== undefined)
        writeRowReport(tab, target, undefined, undefined, REPORT_RUN.statusRefused(refusal));
      return {
        ok: false,
        refused: true,
        message: REPORT_RUN.refusedDivision(row.division, refusal),
        docUrl: '',
        pdfUrl: '',
      };
    }
    const key = divisionFilesKey(report.fiscalYear, tab.round, row.division);
    const files = writeReportFiles(context, key, report, (writer) => renderDivisionDoc(report, writer));
    const date = formatThaiDate(context.sheet.today, { style: 'short' });
    const status = REPORT_RUN.statusDone(date);
    const target = rowNow(context, tab, row, occurrence);
    if (target !== undefined) writeRowReport(tab, target, files.docUrl, files.pdfUrl, status);
    return { ok: true, message: REPORT_RUN.divisionDone(row.division), ...files };
  } catch (error) {
    const reason = reasonOf(error);
    try {
      const target = rowNow(context, tab, row, occurrence);
      if (target !== undefined)
        writeRowReport(tab, target, undefined, undefined, REPORT_RUN.statusFailed(reason));
    } catch {
      // The sheet itself failed: the outcome still carries the reason.
    }
    return failure(reason);
  }
}

/**
 * The {@link divisionKey} of a name cell's text, as the tab's rows read it
 * ({@link cleanText} first), remembered for the call.
 */
export function nameKey(context: Pick<ReportContext, 'nameKeys'>, text: string): string {
  context.nameKeys ??= new Map();
  let key = context.nameKeys.get(text);
  if (key === undefined) {
    key = divisionKey(cleanText(text));
    context.nameKeys.set(text, key);
  }
  return key;
}

/**
 * Where a division's row is now, read again just before its link and status are
 * written: making a Doc and its PDF takes seconds, in which a user may insert or
 * delete rows above it. The `occurrence`-th row (from 0) whose name is the
 * division's; `undefined` when the division is no longer in the tab.
 */
function rowNow(
  context: Pick<ReportContext, 'nameKeys'>,
  tab: RoundTab,
  row: TrackingRow,
  occurrence: number,
): number | undefined {
  const last = tab.sheet.lastRow();
  if (last < FIRST_DATA_ROW) return undefined;
  const names = tab.sheet.readValues(
    gridRange(FIRST_DATA_ROW, row.divisionColumn, last - FIRST_DATA_ROW + 1, 1),
  );
  const key = nameKey(context, row.division);
  let seen = 0;
  for (let index = 0; index < names.length; index++) {
    const value = names[index]?.[0];
    if (isBlank(value ?? '') || nameKey(context, String(value)) !== key) continue;
    if (seen === occurrence) return FIRST_DATA_ROW + index;
    seen++;
  }
  return undefined;
}

/**
 * The named rows of a round's tab by division key, each key's rows in row order
 * (worked out once per tab and call): the first row of a key is the division, any
 * other is a duplicate.
 */
export function divisionRows(
  context: Pick<ReportContext, 'divisions' | 'nameKeys'>,
  tab: RoundTab,
): ReadonlyMap<string, readonly TrackingRow[]> {
  context.divisions ??= new Map();
  let rows = context.divisions.get(tab);
  if (rows === undefined) {
    const byKey = new Map<string, TrackingRow[]>();
    for (const row of tab.rows) {
      if (row.division === '') continue;
      const key = nameKey(context, row.division);
      const same = byKey.get(key);
      if (same === undefined) byKey.set(key, [row]);
      else same.push(row);
    }
    rows = byKey;
    context.divisions.set(tab, rows);
  }
  return rows;
}

function divisionReport(sheet: SheetContext, tab: RoundTab, row: TrackingRow): DivisionReport {
  return buildDivisionReport({
    round: tab.round,
    row,
    status: roundStatus(tab.round, tab.sheet.name, row, sheet),
    settings: sheet.settings,
    reportDay: sheet.today,
  });
}

/**
 * Finds a division in a round's tab as it is now, by an id of its
 * {@link divisionKey} and which of the rows with that key it is (0 for the first):
 * on `rowGiven` when that row still holds it (where it is unless rows moved), else
 * on every row whose id it is. The ids of all rows are worked out once per finder,
 * so a batch's chunk pays for them once. An empty list: the division is gone.
 */
export function divisionFinder(
  context: Pick<ReportContext, 'divisions' | 'nameKeys'>,
  tab: RoundTab,
  idOf: (key: string, occurrence: number) => string,
): (id: string, rowGiven: number) => readonly TrackingRow[] {
  const byKey = divisionRows(context, tab);
  const byRow = new Map(tab.rows.map((row) => [row.row, row]));
  let byId: Map<string, TrackingRow[]> | undefined;
  return (id, rowGiven) => {
    const there = byRow.get(rowGiven);
    if (there !== undefined && there.division !== '') {
      const key = nameKey(context, there.division);
      const occurrence = byKey.get(key)?.indexOf(there) ?? -1;
      if (occurrence >= 0 && idOf(key, occurrence) === id) return [there];
    }
    if (byId === undefined) {
      const all = new Map<string, TrackingRow[]>();
      for (const [key, same] of byKey) {
        same.forEach((row, occurrence) => {
          const rowId = idOf(key, occurrence);
          all.set(rowId, [...(all.get(rowId) ?? []), row]);
        });
      }
      byId = all;
    }
    return byId.get(id) ?? [];
  };
}

/**
 * The row of the division the sidebar showed as `division` on `row`: that row if
 * it still holds the division (as {@link divisionKey} compares names), else the
 * one row it is on now. Throws a Thai message when it is on no row (deleted or
 * renamed), or when it has moved and its name is on several rows (which one was
 * meant cannot be told).
 */
function findDivision(
  context: Pick<ReportContext, 'divisions' | 'nameKeys'>,
  tabs: readonly RoundTab[],
  round: Round,
  row: number,
  division: string,
  sheetName?: string,
): { tab: RoundTab; trackingRow: TrackingRow } {
  const tab = roundTabOf(tabs, round, sheetName);
  if (tab === undefined) throw new Error(REPORT_RUN.roundTabMissing(round));
  const key = nameKey(context, division);
  if (key === '') throw new Error(REPORT_RUN.divisionNotFound(round, row));
  // A name's id is its key: every row with the name is a candidate.
  const found = divisionFinder(context, tab, (name) => name)(key, row);
  const [trackingRow] = found;
  if (trackingRow === undefined)
    throw new Error(REPORT_RUN.divisionNoLongerThere(cleanText(division), round));
  if (found.length > 1)
    throw new Error(
      REPORT_RUN.divisionOnRows(
        cleanText(division),
        round,
        found.map((entry) => entry.row),
      ),
    );
  return { tab, trackingRow };
}

/**
 * The round's tab an action is for: the tab named, when it is a tab of the round
 * (each fiscal year has its own); else, for a caller that names none, the round's
 * first tab (the latest year's, which "start a new fiscal year" puts first).
 * `undefined` when there is none.
 */
export function roundTabOf(
  tabs: readonly RoundTab[],
  round: Round,
  sheetName?: string,
): RoundTab | undefined {
  if (sheetName !== undefined && sheetName !== '')
    return tabs.find((entry) => entry.round === round && entry.sheet.name === sheetName);
  return tabs.find((entry) => entry.round === round);
}

/** The prefix of every property that records a report's files. */
export const FILES_PROPERTY_PREFIX = 'KPI_REPORT_FILES_';

/**
 * The most file records kept. Each is at most {@link FILE_RECORD_BYTES}; with the
 * batch's properties they stay well inside the 500 KB a document's properties may
 * hold (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 * Past it, the records of the oldest fiscal year go first: forgetting a record
 * only means that report's next copy does not replace the old one.
 */
export const MAX_FILE_RECORDS = 900;

/** The most bytes one file record takes, key and value. */
export const FILE_RECORD_BYTES = 460;

/** The most bytes of a record's value: ids of files left to trash beyond it are dropped, oldest first. */
const FILE_RECORD_VALUE_BYTES = 400;

/**
 * The key of a division's report files for a fiscal year and round: the SHA-256
 * of its {@link divisionKey}, so names that are the same division share it and
 * no two divisions ever do (22 base64url characters, 132 bits).
 *
 * @example divisionFilesKey(2566, 1, 'กองคลัง') // '2566_1_' + 22 characters
 */
export function divisionFilesKey(fiscalYear: number, round: Round, division: string): string {
  return `${fiscalYear}_${round}_${digestText(`division\u0000${divisionKey(division)}`)}`;
}

/** The key of a round's summary report files. */
export function summaryFilesKey(fiscalYear: number, round: Round): string {
  return `${fiscalYear}_${round}_summary`;
}

/** The property that records a report's files. */
export function filesProperty(key: string): string {
  return `${FILES_PROPERTY_PREFIX}${key}`;
}

/**
 * A report's files as recorded: the Doc and PDF its row links to (`d`, `p`), and
 * files to send to the trash (`t`): those a newer pair replaced, and every file an
 * attempt made, from the moment it is made until the attempt completes.
 */
interface FileRecord {
  readonly d?: string;
  readonly p?: string;
  readonly t: readonly string[];
}

/** The record kept under `property`; `undefined` when there is none (a value that is no record counts as one, empty). */
function readRecord(properties: PropertyStore, property: string): FileRecord | undefined {
  const text = properties.get(property);
  if (text === undefined) return undefined;
  let stored: { d?: unknown; p?: unknown; t?: unknown } | undefined;
  try {
    stored = JSON.parse(text);
  } catch {
    stored = undefined;
  }
  const id = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  if (stored === undefined || stored === null || typeof stored !== 'object') return { t: [] };
  const doc = id(stored.d);
  const pdf = id(stored.p);
  const trash = Array.isArray(stored.t)
    ? stored.t.filter((entry): entry is string => id(entry) !== undefined)
    : [];
  return { ...(doc === undefined ? {} : { d: doc }), ...(pdf === undefined ? {} : { p: pdf }), t: trash };
}

function saveRecord(properties: PropertyStore, property: string, record: FileRecord): void {
  let trash = [...new Set(record.t)].filter((id) => id !== record.d && id !== record.p);
  const text = () => JSON.stringify({ ...record, t: trash });
  // Bounded whatever happens: ids that could not be trashed time after time are given up, oldest first.
  while (trash.length > 0 && utf8Bytes(text()) > FILE_RECORD_VALUE_BYTES) trash = trash.slice(1);
  properties.set(property, text());
}

/**
 * Sends the record's `t` files to the trash and records what is left. A file Drive
 * says is gone or out of reach (another user's) is done with; one it failed to
 * trash for another reason stays recorded, for the next run.
 */
function trashRecorded(context: ReportContext, property: string, record: FileRecord): FileRecord {
  // The report's own pair is never in the list to trash (a list read back from elsewhere is not trusted).
  const trash = record.t.filter((id) => id !== record.d && id !== record.p);
  if (trash.length === 0) return record;
  const left = trash.filter((id) => {
    try {
      context.services.drive.trash(id);
      return false;
    } catch {
      return true;
    }
  });
  const after = { ...record, t: left };
  saveRecord(context.services.properties, property, after);
  return after;
}

/**
 * Makes room for a new record: past {@link MAX_FILE_RECORDS}, the oldest fiscal
 * year's records go (records from before keys carried a year, first).
 */
function roomForRecord(context: ReportContext, property: string): void {
  const { properties } = context.services;
  context.fileRecords ??= new Set(properties.keys().filter((key) => key.startsWith(FILES_PROPERTY_PREFIX)));
  const records = context.fileRecords;
  if (records.has(property)) return;
  if (records.size >= MAX_FILE_RECORDS) {
    const oldestFirst = [...records].sort((a, b) => recordAge(a) - recordAge(b) || (a < b ? -1 : 1));
    for (const key of oldestFirst.slice(0, records.size - MAX_FILE_RECORDS + 1)) {
      properties.delete(key);
      records.delete(key);
    }
  }
  records.add(property);
}

/** A record's fiscal year, for eviction (0 for a record whose key has none). */
function recordAge(property: string): number {
  const year = /^(\d{4})_/.exec(property.slice(FILES_PROPERTY_PREFIX.length))?.[1];
  return year === undefined ? 0 : Number(year);
}

/**
 * Writes a new Doc and PDF into the reports folder and makes them the report's
 * files, sending the earlier ones to the trash. Each new file is recorded (as one
 * to trash) before the next step, and made the report's only when both are whole:
 * at any moment the record points at a complete pair, and whatever a failed or
 * killed attempt made is trashed by this attempt's end or the next one's start.
 */
function writeReportFiles(
  context: ReportContext,
  key: string,
  report: DivisionReport | SummaryReport,
  render: (writer: Parameters<typeof renderDivisionDoc>[1]) => void,
): { docUrl: string; pdfUrl: string } {
  const { drive, documents, properties } = context.services;
  const folder = reportsFolder(context);
  const property = filesProperty(key);
  const earlier = readRecord(properties, property);
  if (earlier === undefined) roomForRecord(context, property);
  // What an earlier attempt left behind goes first, so a run that keeps failing piles nothing up.
  let record = trashRecorded(context, property, earlier ?? { t: [] });
  const made: string[] = [];
  let urls: { docUrl: string; pdfUrl: string };
  try {
    const doc = drive.createDocument(report.fileName, folder.id);
    made.push(doc.id);
    record = { ...record, t: [...record.t, doc.id] };
    saveRecord(properties, property, record);
    const draft = documents.open(doc.id);
    render(draft);
    draft.saveAndClose();
    const pdf = drive.createPdf(doc.id, report.fileName, folder.id);
    made.push(pdf.id);
    const replaced = [record.d, record.p].filter((id): id is string => id !== undefined);
    const complete = { d: doc.id, p: pdf.id, t: [...record.t, ...replaced].filter((id) => id !== doc.id) };
    saveRecord(properties, property, complete);
    record = complete;
    made.length = 0;
    urls = { docUrl: doc.url, pdfUrl: pdf.url };
  } catch (error) {
    // This attempt's files are no one's report: trashed now; any that cannot be stay recorded for the next run.
    if (made.length > 0) {
      try {
        trashRecorded(context, property, { ...record, t: [...new Set([...record.t, ...made])] });
      } catch {
        // The record still lists the Doc: the next attempt trashes it.
      }
    }
    throw storeFull(error) ? new Error(REPORT_RUN.propertiesFull) : error;
  }
  try {
    trashRecorded(context, property, record);
  } catch {
    // The new pair is whole and recorded; what it replaces stays listed, for the next run to trash.
  }
  return urls;
}

/** Whether an error is the property service saying its store is full. */
function storeFull(error: unknown): boolean {
  return /exceeded the property storage quota|Argument too large/.test(reasonOf(error));
}

/** The bytes of `text` in UTF-8, as the property limits count them (a Thai letter is 3). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The Drive id in a link (`…/folders/<id>`, `…/d/<id>/…`, `…?id=<id>`) or a bare
 * id; `undefined` for anything else. Whether it is a folder is Drive's to say.
 *
 * @example folderIdOf('https://drive.google.com/drive/u/0/folders/1AbCdEfGhIj?usp=sharing') // '1AbCdEfGhIj'
 */
export function folderIdOf(text: string): string | undefined {
  const match = /\/(?:folders|d)\/([\w-]{10,})|[?&]id=([\w-]{10,})|^([\w-]{10,})$/.exec(text.trim());
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

/**
 * The reports folder's address for a link, without looking it up: the folder met
 * in this call, else the setting when it is a link; `''` when neither.
 */
export function knownFolderUrl(context: Pick<ReportContext, 'folder' | 'sheet'>): string {
  if (context.folder !== undefined) return context.folder.url;
  const setting = (context.sheet.settings.text.reportFolder ?? '').trim();
  return /^https:\/\/drive\.google\.com\//.test(setting) ? setting : '';
}

/** The document property that keeps the id of the reports folder the add-on made or was given. */
export const FOLDER_PROPERTY = 'KPI_REPORT_FOLDER_ID';

/**
 * The reports folder: the one in settings, or, when none is set, the one the
 * add-on made before (its id kept in document properties), or else a new
 * `รายงานผล KPI <year>` folder. Either of the last two is written back into the
 * setting, its named range and row restored if they were lost: one folder, however
 * often the setting goes missing. A folder the add-on cannot open (one made outside
 * it: `drive.file` does not reach it), one in the trash, or a link to no folder is
 * a Thai message saying what to do; a new folder is never made in its place.
 */
function reportsFolder(context: ReportContext): FolderRef {
  if (context.folder !== undefined) return context.folder;
  context.folder = findOrCreateFolder(context);
  return context.folder;
}

function findOrCreateFolder(context: ReportContext): FolderRef {
  const setting = (context.sheet.settings.text.reportFolder ?? '').trim();
  const { drive, spreadsheet, properties } = context.services;
  const known = properties.get(FOLDER_PROPERTY);
  if (setting !== '') {
    const id = folderIdOf(setting);
    if (id === undefined) throw new Error(REPORT_RUN.folderLinkInvalid(setting));
    const found = drive.file(id);
    if (found === undefined) throw new Error(REPORT_RUN.folderInaccessible);
    if (found.mimeType !== FOLDER_MIME_TYPE) throw new Error(REPORT_RUN.folderNotAFolder(found.name));
    if (found.trashed) throw new Error(REPORT_RUN.folderTrashed(found.name));
    if (known !== found.id) properties.set(FOLDER_PROPERTY, found.id);
    return found;
  }
  if (known !== undefined && known !== '') {
    // Out of this user's reach (another user's), trashed or no folder: a new one, as for a first report.
    const found = drive.file(known);
    if (found !== undefined && found.mimeType === FOLDER_MIME_TYPE && !found.trashed) {
      writeSetting(spreadsheet, 'reportFolder', found.url);
      return found;
    }
  }
  const year = context.sheet.settings.fiscalYear ?? 2566;
  const folder = drive.createFolder(REPORT_RUN.folderName(year));
  // Kept before anything else can fail: the next call finds it even if the setting cannot be written.
  properties.set(FOLDER_PROPERTY, folder.id);
  writeSetting(spreadsheet, 'reportFolder', folder.url);
  return folder;
}

/** Writes a row's report link, PDF link and status: one write when the columns are side by side. */
function writeRowReport(
  tab: RoundTab,
  row: number,
  docUrl: string | undefined,
  pdfUrl: string | undefined,
  status: string,
): void {
  const cells: [string, string | undefined][] = [
    ['reportLink', docUrl],
    ['pdfLink', pdfUrl],
    ['reportStatus', status],
  ];
  const columns = cells.map(([key]) => tab.columns.get(key));
  const first = columns[0];
  const together =
    docUrl !== undefined &&
    pdfUrl !== undefined &&
    first !== undefined &&
    columns.every((c, i) => c === first + i);
  if (together) {
    tab.sheet.writeValues(gridRange(row, first, 1, 3), [cells.map(([, value]) => inertText(value ?? ''))]);
    return;
  }
  cells.forEach(([, value], index) => {
    const column = columns[index];
    if (value !== undefined && column !== undefined)
      tab.sheet.writeValues(gridRange(row, column), [[inertText(value)]]);
  });
}

function failure(message: string): ReportOutcome {
  return { ok: false, message: REPORT_RUN.failed(message), docUrl: '', pdfUrl: '' };
}

/**
 * A reason for a user: our Thai messages as they are; Google's errors as their
 * own message, without a leading `Exception:`. An error from another realm (a
 * service's, in the emulator) is read by its message too, never `instanceof`.
 */
export function reasonOf(error: unknown): string {
  const own =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const message = typeof own === 'string' ? own : String(error);
  return message.replace(/^(Exception|Error):\s*/, '').slice(0, 300) || REPORT_RUN.unknownError;
}
