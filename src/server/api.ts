/**
 * The one list of what the sidebar and dialogs may call through
 * `google.script.run`. The client builds its calls from this module's type
 * (`src/client/server.ts`), so renaming a function here breaks the client's
 * compile, not the user's click. Each is also exposed to Apps Script as a global
 * by `globals.ts`.
 */

import type { ActionResult, DataProblem, SidebarData } from '../core/views';
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
