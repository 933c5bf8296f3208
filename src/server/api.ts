/**
 * The one list of what the sidebar and dialogs may call through
 * `google.script.run`. The client builds its calls from this module's type
 * (`src/client/server.ts`), so renaming a function here breaks the client's
 * compile, not the user's click. Each is also exposed to Apps Script as a global
 * by `globals.ts`.
 */

import type { Round } from '../core/card';
import type { ActionResult, BatchStatus, DataProblem, ReportOutcome, SidebarData } from '../core/views';
import { type FiscalYearPlan, fiscalYearPlan, startFiscalYear } from './fiscal-year';
import { showReportPreview } from './menu';
import { cancelBatch, continueBatch, currentBatch, startBatch } from './reports/batch';
import { generateOneReport, generateSummary, previewReport } from './reports/generate';
import { appsScriptSpreadsheet } from './services/apps-script-spreadsheet';
import { appsScriptUi } from './services/apps-script-ui';
import { sidebarData, wholeRoundRefusal } from './sidebar';
import {
  type AddDivisionDetails,
  addDivisionsToSheet,
  addDivisionToSheet,
  listDataProblems,
  selectSheetCell,
} from './tracking';

/**
 * แถบข้าง: ข้อมูลหน่วยงานที่เลือกและภาพรวม — Sidebar: the selected division and the summary.
 *
 * @return {Object} ข้อมูลแถบข้าง — The sidebar's data.
 */
export function getSidebarData(): SidebarData {
  return sidebarData(appsScriptSpreadsheet());
}

/**
 * เพิ่มหน่วยงาน — Adds a division to every round's tab; in the tab of a round it is
 * not assessed in, its "ไม่ประเมินรอบนี้" box is ticked.
 *
 * @param {string} name ชื่อหน่วยงาน — The division's name.
 * @param {string} head ชื่อผู้อำนวยการ — The head's name.
 * @param {Object=} details ผู้รายงาน โทรศัพท์ และรอบที่ประเมิน — Reporter, phone, and the rounds that apply (default both).
 * @return {Object} ผลการเพิ่ม — What happened.
 */
export function addDivision(name: string, head: string, details?: AddDivisionDetails): ActionResult {
  return addDivisionToSheet(appsScriptSpreadsheet(), name, head, detailsOf(details));
}

/**
 * เพิ่มหลายหน่วยงาน — Adds a pasted list of divisions, one a line (name, head,
 * reporter, phone; tab- or comma-separated), all or none.
 *
 * @param {string} list รายชื่อ บรรทัดละหนึ่งหน่วยงาน — The list.
 * @param {number[]=} rounds รอบที่ประเมิน — The rounds that apply (default both).
 * @return {Object} ผลการเพิ่ม — What happened, or every line to fix.
 */
export function addDivisions(list: string, rounds?: readonly Round[]): ActionResult {
  return addDivisionsToSheet(appsScriptSpreadsheet(), textOf(list), roundsArgument(rounds));
}

/**
 * ตรวจข้อมูล: รายการเซลล์ที่ผิดพลาด — Every bad cell of the tracking tabs, with its address and Thai message.
 *
 * @return {Object[]} รายการปัญหา — The problems.
 */
export function checkData(): DataProblem[] {
  return listDataProblems(appsScriptSpreadsheet());
}

/**
 * เลือกเซลล์ — Selects a cell (from the check-data list).
 *
 * @param {string} sheetName ชื่อแท็บ — The tab.
 * @param {string} cell เซลล์ เช่น C7 — The cell in A1 notation.
 */
export function selectCell(sheetName: string, cell: string): void {
  selectSheetCell(appsScriptSpreadsheet(), sheetName, cell);
}

/**
 * เปิดตัวอย่างรายงานของหน่วยงานในหน้าต่างขนาดหน้า A4 — Opens the report form of a division in a
 * modal dialog as wide as an A4 page (not in the 300 px sidebar). The division is found again by its name.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @param {number} row แถวที่แถบข้างเห็นหน่วยงาน — The row the sidebar saw the division on.
 * @param {string} division ชื่อหน่วยงานที่แถบข้างแสดง — The division's name as the sidebar shows it.
 * @param {string=} sheetName แท็บของรอบ เช่น "รอบ 1/2570" (ไม่ระบุ = แท็บแรกของรอบ) — The round's tab (default: the round's first).
 * @return {string} ชื่อไฟล์ของรายงาน — The report's file name.
 */
export function showDivisionReportPreview(
  round: Round,
  row: number,
  division: string,
  sheetName?: string,
): string {
  const preview = previewReport(
    appsScriptSpreadsheet(),
    Number(round) as Round,
    Number(row),
    textOf(division),
    tabArgument(sheetName),
  );
  showReportPreview(appsScriptUi(), preview);
  return preview.fileName;
}

/**
 * สร้างรายงานผลของหน่วยงาน (Google Doc และ PDF) — Generates the report form of one division.
 * The division is found again by its name: the row is where the sidebar last saw it, and
 * the report and its links go to the division's row now, or nothing is made.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @param {number} row แถวที่แถบข้างเห็นหน่วยงาน — The row the sidebar saw the division on.
 * @param {string} division ชื่อหน่วยงานที่แถบข้างแสดง — The division's name as the sidebar shows it.
 * @param {string=} sheetName แท็บของรอบ เช่น "รอบ 1/2570" (ไม่ระบุ = แท็บแรกของรอบ) — The round's tab (default: the round's first).
 * @return {Object} ผลการสร้าง — What happened, with the links.
 */
export function generateDivisionReport(
  round: Round,
  row: number,
  division: string,
  sheetName?: string,
): ReportOutcome {
  return generateOneReport(
    Number(round) as Round,
    Number(row),
    textOf(division),
    undefined,
    tabArgument(sheetName),
  );
}

/**
 * สร้างรายงานสรุปผลของทุกหน่วยงาน — Generates the summary report of a round.
 * The sidebar names the tab its button is labelled with: a tab that is gone, of another
 * round is refused (nothing is made); each fiscal year's tab of the round is its own.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @param {string} sheetName แท็บของรอบที่ปุ่มระบุ เช่น "รอบ 2/2566" — The round's tab the button names.
 * @return {Object} ผลการสร้าง — What happened, with the links.
 */
export function generateSummaryReport(round: Round, sheetName?: string): ReportOutcome {
  const refused = wholeRoundRefusal(appsScriptSpreadsheet(), Number(round), sheetName);
  if (refused !== undefined) return { ok: false, message: refused, docUrl: '', pdfUrl: '' };
  return generateSummary(Number(round) as Round, undefined, tabArgument(sheetName));
}

/**
 * เริ่มสร้างรายงานทุกหน่วยงานของรอบ — Starts the batch of reports for every division of a round.
 * The tab named is checked as for the summary; a refusal is thrown, with its Thai reason.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @param {string} sheetName แท็บของรอบที่ปุ่มระบุ เช่น "รอบ 2/2566" — The round's tab the button names.
 * @return {Object} ความคืบหน้า — The batch's progress.
 */
export function startReportBatch(round: Round, sheetName?: string): BatchStatus {
  const refused = wholeRoundRefusal(appsScriptSpreadsheet(), Number(round), sheetName);
  if (refused !== undefined) throw new Error(refused);
  return startBatch(Number(round) as Round, undefined, tabArgument(sheetName));
}

/**
 * เริ่มปีงบประมาณใหม่: ปีที่เสนอและวันครบกำหนดที่เลื่อนไปหนึ่งปี — What the new-fiscal-year dialog
 * proposes: the year (the settings' fiscal year + 1, or the year given) and each round's due date moved on.
 *
 * @param {number=} year ปีงบประมาณที่ผู้ใช้พิมพ์ (ไม่บังคับ) — The year typed, if any.
 * @return {Object} ปีและวันครบกำหนด — The year and the due dates.
 */
export function getFiscalYearPlan(year?: number | string): FiscalYearPlan {
  return fiscalYearPlan(appsScriptSpreadsheet(), year);
}

/**
 * เริ่มปีงบประมาณใหม่ — Starts a fiscal year: its round tabs with the latest year's divisions and
 * the due dates confirmed; the settings and holidays move to the year; earlier years' tabs are protected.
 *
 * @param {number} year ปีงบประมาณ พ.ศ. — The fiscal year.
 * @param {string[]} dues วันครบกำหนดส่งของแต่ละรอบ เช่น ["10/4/2027", "10/10/2027"] — Each round's due date as typed.
 * @return {Object} ผลการทำงาน — What happened, or why nothing was done.
 */
export function startNewFiscalYear(year: number | string, dues: readonly string[]): ActionResult {
  return startFiscalYear(appsScriptSpreadsheet(), year, dues);
}

/**
 * สร้างรายงานชุดถัดไป — Reports the next few divisions of a batch.
 *
 * @param {string} batchId รหัสชุดงาน — The batch.
 * @return {Object} ความคืบหน้า — The batch's progress.
 */
export function continueReportBatch(batchId: string): BatchStatus {
  return continueBatch(String(batchId));
}

/**
 * ยกเลิกการสร้างรายงาน — Cancels a batch after the division in progress.
 *
 * @param {string} batchId รหัสชุดงาน — The batch.
 * @return {Object} ความคืบหน้า — The batch's progress.
 */
export function cancelReportBatch(batchId: string): BatchStatus {
  return cancelBatch(String(batchId));
}

/**
 * ชุดงานสร้างรายงานที่กำลังทำหรือทำล่าสุด — The batch in progress or last run, to resume or watch.
 * The sidebar asks every few seconds while it shows a batch it does not drive, so
 * this reads one document property and nothing else (no sheet, no Drive).
 *
 * @return {Object} ความคืบหน้า หรือ null — The batch's progress, or null.
 */
export function getReportBatch(): BatchStatus | null {
  return currentBatch();
}

/** The details as sent: anything else is none (a page from before they existed). */
function detailsOf(details: unknown): AddDivisionDetails {
  if (details === null || typeof details !== 'object') return {};
  const { reporter, reporterPhone, rounds } = details as Record<string, unknown>;
  return {
    reporter: textOf(reporter),
    reporterPhone: textOf(reporterPhone),
    ...(rounds === undefined ? {} : { rounds: roundsArgument(rounds) }),
  };
}

/** Rounds as sent: an array of 1 and 2 (others dropped); not an array is both. */
function roundsArgument(rounds: unknown): Round[] | undefined {
  if (!Array.isArray(rounds)) return undefined;
  return rounds.map(Number).filter((round): round is Round => round === 1 || round === 2);
}

/** A tab name as sent: a text, else none (the round's first tab). */
function tabArgument(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A text argument as sent: anything else (a page from before the argument existed) is `''`, refused as no division. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
