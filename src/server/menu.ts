/**
 * The add-on's menu (Extensions ▸ KPI) and what its items do. Each item runs a
 * global function of `globals.ts` by name; the names live here, next to the labels.
 */

import { MENU, UI } from '../core/messages';
import type { ReportPreview } from '../core/views';
import type { SpreadsheetHandle } from './services/spreadsheet';
import type { MenuEntries, UiHandle } from './services/ui';
import { setUpTrackingSheet } from './setup';

/** The global functions the menu items run. */
export const MENU_FUNCTIONS = {
  setUp: 'kpiSetUpTrackingSheet',
  addDivision: 'kpiShowAddDivision',
  checkData: 'kpiShowCheckData',
  newFiscalYear: 'kpiShowNewFiscalYear',
  openSidebar: 'kpiOpenSidebar',
} as const;

/** The HTML files of dist/ the menu opens, and their sizes. */
export const PAGES = {
  sidebar: 'sidebar',
  addDivision: { file: 'add-division', width: 440, height: 600 },
  checkData: { file: 'check-data', width: 520, height: 420 },
  newFiscalYear: { file: 'fiscal-year', width: 460, height: 540 },
  /** A report's preview: wide enough for an A4 page (210 mm is 794 px at 96 dpi) and its scroll bar. */
  reportPreview: { width: 860, height: 640 },
} as const;

/** The menu's entries, in order. */
export function menuEntries(): MenuEntries {
  return [
    { label: MENU.openSidebar, functionName: MENU_FUNCTIONS.openSidebar },
    null,
    { label: MENU.setUp, functionName: MENU_FUNCTIONS.setUp },
    { label: MENU.addDivision, functionName: MENU_FUNCTIONS.addDivision },
    { label: MENU.checkData, functionName: MENU_FUNCTIONS.checkData },
    { label: MENU.newFiscalYear, functionName: MENU_FUNCTIONS.newFiscalYear },
    null,
    // The reports live in the sidebar, next to the division they are for.
    { label: MENU.reports, functionName: MENU_FUNCTIONS.openSidebar },
  ];
}

/**
 * Adds the add-on's menu under Extensions. It is all `onOpen` does: the items are
 * the same in every authorization mode, so building them reads nothing (no sheet,
 * no properties) and works in `AuthMode.NONE`
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
export function addKpiMenu(ui: UiHandle): void {
  ui.addAddOnMenu(menuEntries());
}

/** Runs set-up and tells the user what it did. */
export function setUpFromMenu(spreadsheet: SpreadsheetHandle, ui: UiHandle): void {
  const outcome = setUpTrackingSheet(spreadsheet);
  ui.alert(MENU.setUpTitle, MENU.setUpDone(outcome.createdTabs, outcome.added, outcome.formulaCellsLeft));
}

/** Opens the sidebar. */
export function openSidebar(ui: UiHandle): void {
  ui.showSidebar(PAGES.sidebar, MENU.sidebarTitle);
}

/** Opens the add-division dialog. */
export function showAddDivision(ui: UiHandle): void {
  const { file, width, height } = PAGES.addDivision;
  ui.showDialog(file, MENU.addDivisionTitle, width, height);
}

/** Opens a report's preview (its whole HTML document) in a modal dialog as wide as an A4 page. */
export function showReportPreview(ui: UiHandle, preview: ReportPreview): void {
  const { width, height } = PAGES.reportPreview;
  ui.showHtmlDialog(preview.html, UI.previewDialogTitle(preview.fileName), width, height);
}

/** Opens the check-data dialog. */
export function showCheckData(ui: UiHandle): void {
  const { file, width, height } = PAGES.checkData;
  ui.showDialog(file, MENU.checkDataTitle, width, height);
}

/** Opens the "start a new fiscal year" dialog. */
export function showNewFiscalYear(ui: UiHandle): void {
  const { file, width, height } = PAGES.newFiscalYear;
  ui.showDialog(file, MENU.newFiscalYearTitle, width, height);
}
