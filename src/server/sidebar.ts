/**
 * The sidebar's one data call: the division under the cursor in every round where
 * it is listed, and each round's summary. The sidebar asks every few seconds, so the
 * call is kept cheap: each tab is read once (a round's tab only down to its last
 * division, after a narrow read of the name column), nothing is written.
 */

import type { Round } from '../core/card';
import { cleanText } from '../core/cells';
import { fiscalYearOfTab } from '../core/fiscal-year';
import { hashText } from '../core/hash';
import { REPORT_RUN, TRACKING } from '../core/messages';
import { FIRST_DATA_ROW, roundOfTab } from '../core/template';
import { roundStatus, summarizeRound } from '../core/tracking';
import type { ActiveRoundTab, DivisionView, RoundStatus, SidebarData } from '../core/views';
import type { SpreadsheetHandle } from './services/spreadsheet';
import { readSheetContext } from './settings';
import { readRoundTabs } from './tracking';

/**
 * What the sidebar shows now.
 *
 * @example sidebarData(appsScriptSpreadsheet()).division?.name // 'กองคลัง'
 */
export function sidebarData(spreadsheet: SpreadsheetHandle, now: Date = new Date()): SidebarData {
  // Rows past the last division hold no division to select or count.
  const tabs = readRoundTabs(spreadsheet, { through: 'lastDivision' });
  const cursor = spreadsheet.activeCell();
  const activeRound = activeRoundTab(cursor?.sheetName);
  if (tabs.length === 0)
    return withKey({ division: null, hint: TRACKING.notSetUp, summary: [], activeRound });
  const context = readSheetContext(spreadsheet, now);

  const statusesByTab = tabs.map((tab) => ({
    tab,
    statuses: tab.rows.map((row) => ({ row, status: roundStatus(tab.round, tab.sheet.name, row, context) })),
  }));
  const summary = statusesByTab.map(({ tab, statuses }) =>
    summarizeRound(
      tab.round,
      tab.sheet.name,
      statuses.filter(({ row }) => row.division !== '').map(({ status }) => status),
    ),
  );

  const selectedTab = statusesByTab.find(({ tab }) => tab.sheet.name === cursor?.sheetName);
  const selected =
    cursor === undefined || cursor.row < FIRST_DATA_ROW
      ? undefined
      : selectedTab?.statuses.find(({ row }) => row.row === cursor.row && row.division !== '');
  if (selectedTab === undefined || selected === undefined) {
    return withKey({ division: null, hint: TRACKING.pickDivision, summary, activeRound });
  }

  const key = nameKey(selected.row.division);
  const rounds: RoundStatus[] = [];
  // The rounds of the selected tab's fiscal year: another year's row of the division is another report.
  const year = fiscalYearOfTab(selectedTab.tab.sheet.name);
  for (const { tab, statuses } of statusesByTab) {
    if (fiscalYearOfTab(tab.sheet.name) !== year) continue;
    const match = statuses.find(({ row }) => nameKey(row.division) === key);
    if (match !== undefined && !rounds.some((status) => status.round === match.status.round))
      rounds.push(match.status);
  }
  rounds.sort((a, b) => a.round - b.round);
  const division: DivisionView = {
    name: selected.row.division,
    head: selected.row.head,
    selectedRound: selectedTab.tab.round as Round,
    rounds,
  };
  return withKey({ division, hint: '', summary, activeRound });
}

/**
 * The active tab as a round's tab (`รอบ 2/2566`: round 2 of 2566), `null` when it
 * is not one (settings, holidays, a tab of the user's).
 *
 * @example activeRoundTab('รอบ 2/2566') // { round: 2, sheetName: 'รอบ 2/2566', fiscalYear: 2566 }
 */
export function activeRoundTab(sheetName: string | undefined): ActiveRoundTab | null {
  if (sheetName === undefined) return null;
  const round = roundOfTab(sheetName);
  const year = fiscalYearOfTab(sheetName);
  if (round === undefined || year === undefined) return null;
  return { round, sheetName, fiscalYear: year };
}

/**
 * Why a whole-round action (every division's report, the summary) of `round` must
 * not run, or `undefined` when it may: the sidebar sends the tab its button names,
 * and the server acts on that tab (with several fiscal years, each year's tab of
 * the round is its own). A stale sidebar (a tab renamed or deleted since its last
 * refresh, a label of another round) is refused rather than given another round's
 * reports. A caller that names no tab (a script, a page from before the tab was
 * sent) is not checked, and gets the first tab of the round.
 *
 * @example wholeRoundRefusal(spreadsheet, 1, 'รอบ 2/2566') // 'แท็บ "รอบ 2/2566" เป็นของรอบ 2 …'
 */
export function wholeRoundRefusal(
  spreadsheet: SpreadsheetHandle,
  round: number,
  sheetName: unknown,
): string | undefined {
  if (sheetName === undefined || sheetName === null) return undefined;
  const named = typeof sheetName === 'string' ? sheetName : String(sheetName);
  const names = spreadsheet.sheets().map((sheet) => sheet.name);
  if (!names.includes(named)) return REPORT_RUN.roundTabGone(named);
  const tabRound = roundOfTab(named);
  if (tabRound !== round) return REPORT_RUN.roundTabMismatch(round, named);
  return undefined;
}

function nameKey(name: string): string {
  return cleanText(name).toLocaleLowerCase('th');
}

/** Adds the key that changes exactly when the content does: a hash of the content. */
function withKey(data: Omit<SidebarData, 'key'>): SidebarData {
  return { key: hashText(JSON.stringify(data)), ...data };
}
