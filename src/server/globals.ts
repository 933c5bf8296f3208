/**
 * The one list of what Apps Script sees. The build bundles this module and writes,
 * for each exported function, a top-level `function` declaration of the same name
 * and parameters with the JSDoc block below copied directly above it: Sheets finds
 * custom functions only that way and shows that JSDoc in its formula help.
 *
 * Keep each JSDoc's first line "Thai — English", one `@param` per parameter, and
 * `@customfunction` on the custom functions.
 */

import {
  type FunctionResult,
  kpiLateDays,
  kpiLevel,
  kpiNext,
  kpiPenalty,
  kpiScore,
  kpiWeighted,
} from './functions';
import {
  addKpiMenu,
  openSidebar,
  setUpFromMenu,
  showAddDivision,
  showCheckData,
  showNewFiscalYear,
} from './menu';
import { appsScriptSpreadsheet } from './services/apps-script-spreadsheet';
import { appsScriptUi } from './services/apps-script-ui';

/**
 * ระดับคะแนนที่ทำได้ (0–5) — Level reached on the process-improvement KPI, 0–5 (round 2 can give 2.5).
 *
 * @param {number|string} round รอบการประเมิน 1 หรือ 2 (เช่น 1, "รอบ 2", "2/2566"; 1–4 ตามบัตรที่ส่งมา) หรือช่วงของรอบ — Round 1 or 2 (1–4 as the card given has), or a range of rounds.
 * @param {Array} milestones ช่องผลการดำเนินงานของแถว รอบ 1: ทบทวน, แผน, ความคืบหน้า / รอบ 2: ความคืบหน้า, ผังงาน/คู่มือ, อบรม, เวที, รายงาน — The row's milestone cells, left to right.
 * @param {Array} card [ไม่บังคับ] ตารางบัตรตัวชี้วัด เช่น KPI_CARD (ว่าง = บัตรปี 2566 ในระบบ) — Optional: the card table range, e.g. KPI_CARD; blank uses the built-in 2566 card.
 * @return {number} ระดับคะแนน — The level reached.
 * @customfunction
 */
export function KPILEVEL(round: unknown, milestones: unknown, card?: unknown): FunctionResult {
  return kpiLevel(round, milestones, card);
}

/**
 * จำนวนวันที่ส่งรายงานล่าช้า — Whole days a division's report is late, 0 or more.
 *
 * @param {Date} due วันครบกำหนดส่ง หรือช่วงของวันครบกำหนด — The due date, or a range of them.
 * @param {Date} submitted วันที่ส่งรายงาน (ว่าง = ยังไม่ส่ง) — The date the report was submitted; blank if not yet.
 * @param {Date} asOf [ไม่บังคับ] นับรายงานที่ยังไม่ส่งว่าล่าช้าถึงวันนี้ เช่น TODAY() — Optional: count unsubmitted reports as late up to this date.
 * @param {string} dayCount [ไม่บังคับ] "วันปฏิทิน" (ค่าเริ่มต้น) หรือ "วันทำการ" — Optional: "calendar" (default) or "working" days.
 * @param {Array} holidays [ไม่บังคับ] ช่วงวันหยุดราชการ สำหรับการนับวันทำการ — Optional: holidays skipped when counting working days.
 * @return {number} จำนวนวันที่ล่าช้า — Days late.
 * @customfunction
 */
export function KPILATEDAYS(
  due: unknown,
  submitted: unknown,
  asOf?: unknown,
  dayCount?: unknown,
  holidays?: unknown,
): FunctionResult {
  return kpiLateDays(due, submitted, asOf, dayCount, holidays);
}

/**
 * คะแนนที่ถูกหักเพราะส่งล่าช้า — Points deducted for a late report (0.10 a day by default).
 *
 * @param {Date} due วันครบกำหนดส่ง หรือช่วงของวันครบกำหนด — The due date, or a range of them.
 * @param {Date} submitted วันที่ส่งรายงาน (ว่าง = ยังไม่ส่ง) — The date the report was submitted; blank if not yet.
 * @param {Date} asOf [ไม่บังคับ] นับรายงานที่ยังไม่ส่งว่าล่าช้าถึงวันนี้ เช่น TODAY() — Optional: count unsubmitted reports as late up to this date.
 * @param {number} ratePerDay [ไม่บังคับ] คะแนนที่หักต่อวัน ค่าเริ่มต้น 0.10 — Optional: points per day late, default 0.10.
 * @param {string} dayCount [ไม่บังคับ] "วันปฏิทิน" (ค่าเริ่มต้น) หรือ "วันทำการ" — Optional: "calendar" (default) or "working" days.
 * @param {Array} holidays [ไม่บังคับ] ช่วงวันหยุดราชการ สำหรับการนับวันทำการ — Optional: holidays skipped when counting working days.
 * @return {number} คะแนนที่ถูกหัก — Points deducted, 2 decimals.
 * @customfunction
 */
export function KPIPENALTY(
  due: unknown,
  submitted: unknown,
  asOf?: unknown,
  ratePerDay?: unknown,
  dayCount?: unknown,
  holidays?: unknown,
): FunctionResult {
  return kpiPenalty(due, submitted, asOf, ratePerDay, dayCount, holidays);
}

/**
 * คะแนนสุทธิ = ระดับ − คะแนนที่ถูกหัก (ไม่ต่ำกว่า 0) — Net score: level minus late penalty, never below 0.
 *
 * @param {number|string} round รอบการประเมิน 1 หรือ 2 (1–4 ตามบัตรที่ส่งมา) หรือช่วงของรอบ — Round 1 or 2 (1–4 as the card given has), or a range of rounds.
 * @param {Array} milestones ช่องผลการดำเนินงานของแถว เรียงซ้ายไปขวา — The row's milestone cells, left to right.
 * @param {Date} due วันครบกำหนดส่ง หรือช่วงของวันครบกำหนด — The due date, or a range of them.
 * @param {Date} submitted วันที่ส่งรายงาน (ว่าง = ยังไม่ส่ง) — The date the report was submitted; blank if not yet.
 * @param {Date} asOf [ไม่บังคับ] นับรายงานที่ยังไม่ส่งว่าล่าช้าถึงวันนี้ เช่น TODAY() — Optional: count unsubmitted reports as late up to this date.
 * @param {number} ratePerDay [ไม่บังคับ] คะแนนที่หักต่อวัน ค่าเริ่มต้น 0.10 — Optional: points per day late, default 0.10.
 * @param {string} dayCount [ไม่บังคับ] "วันปฏิทิน" (ค่าเริ่มต้น) หรือ "วันทำการ" — Optional: "calendar" (default) or "working" days.
 * @param {Array} holidays [ไม่บังคับ] ช่วงวันหยุดราชการ สำหรับการนับวันทำการ — Optional: holidays skipped when counting working days.
 * @param {Array} card [ไม่บังคับ] ตารางบัตรตัวชี้วัด เช่น KPI_CARD (ว่าง = บัตรปี 2566 ในระบบ) — Optional: the card table range, e.g. KPI_CARD; blank uses the built-in 2566 card.
 * @return {number} คะแนนสุทธิ — Net score, 2 decimals.
 * @customfunction
 */
export function KPISCORE(
  round: unknown,
  milestones: unknown,
  due: unknown,
  submitted: unknown,
  asOf?: unknown,
  ratePerDay?: unknown,
  dayCount?: unknown,
  holidays?: unknown,
  card?: unknown,
): FunctionResult {
  return kpiScore(round, milestones, due, submitted, asOf, ratePerDay, dayCount, holidays, card);
}

/**
 * คะแนนถ่วงน้ำหนัก = คะแนน × น้ำหนัก — Weighted score: score times the indicator's weight (5 % by default).
 *
 * @param {number} score คะแนนสุทธิ หรือช่วงของคะแนน — The net score, or a range of scores.
 * @param {number} weight [ไม่บังคับ] น้ำหนักตัวชี้วัด ค่าเริ่มต้น 5% (ใส่ 5, 5% หรือ 0.05) — Optional: the weight, default 5 %.
 * @return {number} คะแนนถ่วงน้ำหนัก — Weighted score, 4 decimals.
 * @customfunction
 */
export function KPIWEIGHTED(score: unknown, weight?: unknown): FunctionResult {
  return kpiWeighted(score, weight);
}

/**
 * ขั้นต่อไปที่ต้องทำ — Thai text of the next milestone to reach; blank at level 5.
 *
 * @param {number|string} round รอบการประเมิน 1 หรือ 2 (1–4 ตามบัตรที่ส่งมา) หรือช่วงของรอบ — Round 1 or 2 (1–4 as the card given has), or a range of rounds.
 * @param {Array} milestones ช่องผลการดำเนินงานของแถว เรียงซ้ายไปขวา — The row's milestone cells, left to right.
 * @param {Array} card [ไม่บังคับ] ตารางบัตรตัวชี้วัด เช่น KPI_CARD (ว่าง = บัตรปี 2566 ในระบบ) — Optional: the card table range, e.g. KPI_CARD; blank uses the built-in 2566 card.
 * @return {string} ขั้นต่อไป — The next milestone.
 * @customfunction
 */
export function KPINEXT(round: unknown, milestones: unknown, card?: unknown): FunctionResult {
  return kpiNext(round, milestones, card);
}

/**
 * เพิ่มเมนู KPI ใต้เมนูส่วนขยายเมื่อเปิดสเปรดชีต — Adds the add-on's menu under Extensions when the spreadsheet opens.
 *
 * Runs in any authorization mode, `AuthMode.NONE` included (an add-on not yet used in this file), so it only
 * builds the menu: it reads no sheet, no property, nothing that needs authorization
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 *
 * @param {Object} event เหตุการณ์เปิดไฟล์ — The open event (its authMode does not change the menu).
 */
export function onOpen(event?: unknown): void {
  void event;
  addKpiMenu(appsScriptUi());
}

/**
 * เพิ่มเมนู KPI เมื่อติดตั้งส่วนเสริม — Adds the add-on's menu when the add-on is installed.
 *
 * Sheets runs `onInstall`, not `onOpen`, right after the install, so it calls `onOpen` for the menu to appear
 * without reloading (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 *
 * @param {Object} event เหตุการณ์ติดตั้ง — The install event.
 */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/**
 * เมนู: ตั้งค่าชีตติดตามผล — Menu: set up the tracking sheet (safe to run again).
 */
export function kpiSetUpTrackingSheet(): void {
  setUpFromMenu(appsScriptSpreadsheet(), appsScriptUi());
}

/**
 * เมนู: เพิ่มหน่วยงาน — Menu: opens the add-division dialog.
 */
export function kpiShowAddDivision(): void {
  showAddDivision(appsScriptUi());
}

/**
 * เมนู: ตรวจข้อมูล — Menu: opens the check-data dialog.
 */
export function kpiShowCheckData(): void {
  showCheckData(appsScriptUi());
}

/**
 * เมนู: เริ่มปีงบประมาณใหม่ — Menu: opens the new-fiscal-year dialog.
 */
export function kpiShowNewFiscalYear(): void {
  showNewFiscalYear(appsScriptUi());
}

/**
 * เมนู: เปิดแถบข้าง — Menu: opens the sidebar.
 */
export function kpiOpenSidebar(): void {
  openSidebar(appsScriptUi());
}

// What the sidebar and dialogs call through google.script.run: the list and its JSDoc are in api.ts.
export {
  addDivision,
  addDivisions,
  cancelReportBatch,
  checkData,
  continueReportBatch,
  generateDivisionReport,
  generateSummaryReport,
  getFiscalYearPlan,
  getReportBatch,
  getSidebarData,
  selectCell,
  showDivisionReportPreview,
  startNewFiscalYear,
  startReportBatch,
} from './api';
