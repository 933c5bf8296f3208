/**
 * Generating report files: the Doc and its PDF in the reports folder, replacing
 * the division's earlier files for the round (tracked by file id in document
 * properties, never by a name search), and the links and status written back to
 * its row.
 */

import type { Round } from '../../core/card';
import { hashText } from '../../core/hash';
import { REPORT_RUN } from '../../core/messages';
import { buildDivisionReport, buildSummaryReport } from '../../core/report';
import { renderReportHtml } from '../../core/report-html';
import type { DivisionReport, SummaryReport } from '../../core/report-model';
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
import { type PropertyStore, readJson, writeJson } from '../services/properties';
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

/** The HTML preview of a division's report form. */
export function previewReport(spreadsheet: SpreadsheetHandle, round: Round, row: number): ReportPreview {
  const sheet = readSheetContext(spreadsheet);
  const tabs = readRoundTabs(spreadsheet);
  const { tab, trackingRow } = findRow(tabs, round, row);
  const report = divisionReport(sheet, tab, trackingRow);
  return { fileName: report.fileName, html: renderReportHtml(report) };
}

/** Generates one division's report, under the document lock. */
export function generateOneReport(
  round: Round,
  row: number,
  services: ReportServices = appsScriptReportServices(),
): ReportOutcome {
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return failure(REPORT_RUN.lockBusy);
  try {
    const context = readReportContext(services);
    const { tab, trackingRow } = findRow(context.tabs, round, row);
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
): ReportOutcome {
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return failure(REPORT_RUN.lockBusy);
  try {
    const context = readReportContext(services);
    const tab = context.tabs.find((entry) => entry.round === round);
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
    const files = writeReportFiles(context, `${round}_summary`, report, (writer) =>
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
 * The caller holds the lock.
 */
export function reportDivision(context: ReportContext, tab: RoundTab, row: TrackingRow): ReportOutcome {
  try {
    const report = divisionReport(context.sheet, tab, row);
    const key = `${tab.round}_${hashText(row.division.toLocaleLowerCase('th'))}`;
    const files = writeReportFiles(context, key, report, (writer) => renderDivisionDoc(report, writer));
    const date = formatThaiDate(context.sheet.today, { style: 'short' });
    const status =
      report.dataProblems.length === 0
        ? REPORT_RUN.statusDone(date)
        : REPORT_RUN.statusDoneWithProblems(date, report.dataProblems.length);
    writeRowReport(tab, row.row, files.docUrl, files.pdfUrl, status);
    return { ok: true, message: REPORT_RUN.divisionDone(row.division), ...files };
  } catch (error) {
    const reason = reasonOf(error);
    try {
      writeRowReport(tab, row.row, undefined, undefined, REPORT_RUN.statusFailed(reason));
    } catch {
      // The sheet itself failed: the outcome still carries the reason.
    }
    return failure(reason);
  }
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

function findRow(
  tabs: readonly RoundTab[],
  round: Round,
  row: number,
): { tab: RoundTab; trackingRow: TrackingRow } {
  const tab = tabs.find((entry) => entry.round === round);
  if (tab === undefined) throw new Error(REPORT_RUN.roundTabMissing(round));
  const trackingRow = tab.rows.find((entry) => entry.row === row && entry.division !== '');
  if (trackingRow === undefined) throw new Error(REPORT_RUN.divisionNotFound(round, row));
  return { tab, trackingRow };
}

/** The files of one report, as tracked in document properties. */
interface TrackedFiles {
  readonly docId: string;
  readonly pdfId: string;
}

/** The property that tracks a report's files. */
export function filesProperty(key: string): string {
  return `KPI_REPORT_FILES_${key}`;
}

/**
 * Writes a new Doc and PDF into the reports folder, records their ids, then moves
 * the earlier ones to the trash: at any moment the ids recorded point at a
 * complete pair, so an interrupted run never leaves two tracked copies. The Doc
 * is made in the folder (one Drive call), then opened to be written.
 */
function writeReportFiles(
  context: ReportContext,
  key: string,
  report: DivisionReport | SummaryReport,
  render: (writer: Parameters<typeof renderDivisionDoc>[1]) => void,
): { docUrl: string; pdfUrl: string } {
  const { drive, documents, properties } = context.services;
  const folder = reportsFolder(context);
  const doc = drive.createDocument(report.fileName, folder.id);
  const draft = documents.open(doc.id);
  render(draft);
  draft.saveAndClose();
  const pdf = drive.createPdf(draft.id, report.fileName, folder.id);
  const property = filesProperty(key);
  const earlier = readJson<TrackedFiles>(properties, property);
  writeJson(properties, property, { docId: draft.id, pdfId: pdf.id } satisfies TrackedFiles);
  for (const id of earlier === undefined ? [] : [earlier.docId, earlier.pdfId]) {
    if (id === draft.id || id === pdf.id) continue;
    // Another user's earlier file is out of this user's reach (Drive says not
    // found or access denied): it stays, untracked; the new pair is complete.
    const file = drive.file(id);
    if (file !== undefined && !file.trashed) drive.trash(id);
  }
  return { docUrl: doc.url, pdfUrl: pdf.url };
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
 * The reports folder: the one in settings, or, when none is set, a new
 * `รายงานผล KPI <year>` folder whose link is written into the setting. A folder
 * the add-on cannot open (one made outside it: `drive.file` does not reach it),
 * one in the trash, or a link to no folder is a Thai message saying what to do;
 * a new folder is never made in its place.
 */
function reportsFolder(context: ReportContext): FolderRef {
  if (context.folder !== undefined) return context.folder;
  context.folder = findOrCreateFolder(context);
  return context.folder;
}

function findOrCreateFolder(context: ReportContext): FolderRef {
  const setting = (context.sheet.settings.text.reportFolder ?? '').trim();
  const { drive, spreadsheet } = context.services;
  if (setting !== '') {
    const id = folderIdOf(setting);
    if (id === undefined) throw new Error(REPORT_RUN.folderLinkInvalid(setting));
    const found = drive.file(id);
    if (found === undefined) throw new Error(REPORT_RUN.folderInaccessible);
    if (found.mimeType !== FOLDER_MIME_TYPE) throw new Error(REPORT_RUN.folderNotAFolder(found.name));
    if (found.trashed) throw new Error(REPORT_RUN.folderTrashed(found.name));
    return found;
  }
  const year = context.sheet.settings.fiscalYear ?? 2566;
  const folder = drive.createFolder(REPORT_RUN.folderName(year));
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
