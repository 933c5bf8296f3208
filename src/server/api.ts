/**
 * The one list of what the sidebar and dialogs may call through
 * `google.script.run`. The client builds its calls from this module's type
 * (`src/client/server.ts`), so renaming a function here breaks the client's
 * compile, not the user's click. Each is also exposed to Apps Script as a global
 * by `globals.ts`.
 */

import type { Round } from '../core/card';
import type {
  ActionResult,
  BatchStatus,
  DataProblem,
  ReportOutcome,
  ReportPreview,
  SidebarData,
} from '../core/views';
import { cancelBatch, continueBatch, currentBatch, startBatch } from './reports/batch';
import { generateOneReport, generateSummary, previewReport } from './reports/generate';
import { appsScriptSpreadsheet } from './services/apps-script-spreadsheet';
import { sidebarData } from './sidebar';
import { addDivisionToSheet, listDataProblems, selectSheetCell } from './tracking';

/**
 * แถบข้าง: ข้อมูลหน่วยงานที่เลือกและภาพรวม — Sidebar: the selected division and the summary.
 *
 * @return {Object} ข้อมูลแถบข้าง — The sidebar's data.
 */
export function getSidebarData(): SidebarData {
  return sidebarData(appsScriptSpreadsheet());
}

/**
 * เพิ่มหน่วยงาน — Adds a division to every round's tab.
 *
 * @param {string} name ชื่อหน่วยงาน — The division's name.
 * @param {string} head ชื่อผู้อำนวยการ — The head's name.
 * @return {Object} ผลการเพิ่ม — What happened.
 */
export function addDivision(name: string, head: string): ActionResult {
  return addDivisionToSheet(appsScriptSpreadsheet(), name, head);
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
 * แสดงตัวอย่างรายงานของหน่วยงาน — The report form of a division, as HTML, before generating it.
 * The division is found again by its name: the row is where the sidebar last saw it.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @param {number} row แถวที่แถบข้างเห็นหน่วยงาน — The row the sidebar saw the division on.
 * @param {string} division ชื่อหน่วยงานที่แถบข้างแสดง — The division's name as the sidebar shows it.
 * @return {Object} ตัวอย่างรายงาน — The preview.
 */
export function previewDivisionReport(round: Round, row: number, division: string): ReportPreview {
  return previewReport(appsScriptSpreadsheet(), Number(round) as Round, Number(row), textOf(division));
}

/**
 * สร้างรายงานผลของหน่วยงาน (Google Doc และ PDF) — Generates the report form of one division.
 * The division is found again by its name: the row is where the sidebar last saw it, and
 * the report and its links go to the division's row now, or nothing is made.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @param {number} row แถวที่แถบข้างเห็นหน่วยงาน — The row the sidebar saw the division on.
 * @param {string} division ชื่อหน่วยงานที่แถบข้างแสดง — The division's name as the sidebar shows it.
 * @return {Object} ผลการสร้าง — What happened, with the links.
 */
export function generateDivisionReport(round: Round, row: number, division: string): ReportOutcome {
  return generateOneReport(Number(round) as Round, Number(row), textOf(division));
}

/**
 * สร้างรายงานสรุปผลของทุกหน่วยงาน — Generates the summary report of a round.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @return {Object} ผลการสร้าง — What happened, with the links.
 */
export function generateSummaryReport(round: Round): ReportOutcome {
  return generateSummary(Number(round) as Round);
}

/**
 * เริ่มสร้างรายงานทุกหน่วยงานของรอบ — Starts the batch of reports for every division of a round.
 *
 * @param {number} round รอบ 1 หรือ 2 — The round.
 * @return {Object} ความคืบหน้า — The batch's progress.
 */
export function startReportBatch(round: Round): BatchStatus {
  return startBatch(Number(round) as Round);
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

/** A text argument as sent: anything else (a page from before the argument existed) is `''`, refused as no division. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
