/**
 * The sidebar's one data call: the division under the cursor in every round where
 * it is listed, and each round's summary. The sidebar asks every few seconds, so the
 * call is kept cheap: each tab is read once (a round's tab only down to its last
 * division, after a narrow read of the name column), nothing is written.
 */

import type { Round } from '../core/card';
import { cleanText } from '../core/cells';
import { hashText } from '../core/hash';
import { TRACKING } from '../core/messages';
import { FIRST_DATA_ROW } from '../core/template';
import { roundStatus, summarizeRound } from '../core/tracking';
import type { DivisionView, RoundStatus, SidebarData } from '../core/views';
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
  if (tabs.length === 0) return withKey({ division: null, hint: TRACKING.notSetUp, summary: [] });
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

  const cursor = spreadsheet.activeCell();
  const selectedTab = statusesByTab.find(({ tab }) => tab.sheet.name === cursor?.sheetName);
  const selected =
    cursor === undefined || cursor.row < FIRST_DATA_ROW
      ? undefined
      : selectedTab?.statuses.find(({ row }) => row.row === cursor.row && row.division !== '');
  if (selectedTab === undefined || selected === undefined) {
    return withKey({ division: null, hint: TRACKING.pickDivision, summary });
  }

  const key = nameKey(selected.row.division);
  const rounds: RoundStatus[] = [];
  for (const { statuses } of statusesByTab) {
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
  return withKey({ division, hint: '', summary });
}

function nameKey(name: string): string {
  return cleanText(name).toLocaleLowerCase('th');
}

/** Adds the key that changes exactly when the content does: a hash of the content. */
function withKey(data: Omit<SidebarData, 'key'>): SidebarData {
  return { key: hashText(JSON.stringify(data)), ...data };
}
