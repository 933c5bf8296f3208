/**
 * Report inputs built the way the add-on builds them: a round's tab as a table of
 * cells read by `trackingRows`, the settings tab read by `readSettings`, each row's
 * standing from `roundStatus`.
 */

import type { Round } from '../../src/core/card';
import { type CellValue, createDateReader } from '../../src/core/cells';
import { BANGKOK_OFFSET_MINUTES, type DayNumber, dayFromIso, fixedOffsetDayOf } from '../../src/core/dates';
import type { SummaryEntry } from '../../src/core/report';
import { locateColumns, SETTINGS, type SettingKey, TAB, trackingColumns } from '../../src/core/template';
import {
  readSettings,
  roundStatus,
  type SettingCell,
  type TrackingRow,
  type TrackingSettings,
  trackingRows,
} from '../../src/core/tracking';
import type { RoundStatus } from '../../src/core/views';

export const readDate = createDateReader(fixedOffsetDayOf(BANGKOK_OFFSET_MINUTES));

/** The settings tab as set-up writes it, with some values changed. */
export function settingsWith(values: Partial<Record<SettingKey, CellValue>> = {}): TrackingSettings {
  const cells = new Map<SettingKey, SettingCell>();
  SETTINGS.forEach((setting, index) => {
    const value = setting.key in values ? values[setting.key] : setting.initial;
    cells.set(setting.key, { row: index + 2, column: 2, value });
  });
  return readSettings(cells, TAB.settings, [], TAB.holidays, readDate);
}

/** A division's cells by column key (`division`, `progress`, `evidence:forumDone`, `due`, …). */
export type DivisionCells = Readonly<Record<string, CellValue>>;

/** A round's tab read back: its rows and each row's standing. */
export interface ReadTab {
  readonly sheetName: string;
  readonly rows: readonly TrackingRow[];
  readonly statuses: readonly RoundStatus[];
  readonly entries: readonly SummaryEntry[];
}

/** A round's tab holding these divisions, read as the sidebar reads it, `today` in Bangkok. */
export function readTab(
  round: Round,
  divisions: readonly DivisionCells[],
  settings: TrackingSettings,
  today = '2023-12-25',
  fiscalYear = 2566,
): ReadTab {
  const columns = trackingColumns(round);
  const header = columns.map((column) => column.header);
  const table: CellValue[][] = [
    header,
    ...divisions.map((division) => columns.map((column) => division[column.key] ?? '')),
  ];
  const rows = trackingRows(round, table, locateColumns(round, header));
  const sheetName = TAB.round(round, fiscalYear);
  const context = { settings, readDate, today: dayFromIso(today) };
  const statuses = rows.map((row) => roundStatus(round, sheetName, row, context));
  const entries = rows.map((row, index) => ({
    division: row.division,
    status: statuses[index] as RoundStatus,
  }));
  return { sheetName, rows, statuses, entries };
}

/** One division's row and standing. */
export function readOne(
  round: Round,
  division: DivisionCells,
  settings: TrackingSettings,
  today?: string,
): { row: TrackingRow; status: RoundStatus } {
  const tab = readTab(round, [division], settings, today);
  const row = tab.rows[0];
  const status = tab.statuses[0];
  if (row === undefined || status === undefined) throw new Error('the division was not read back');
  return { row, status };
}

/** 25 ธันวาคม 2566. */
export const REPORT_DAY: DayNumber = dayFromIso('2023-12-25');

/** Milestone cells of a round, in the card's order, as a row of the tab. */
export function milestones(round: Round, values: readonly CellValue[]): DivisionCells {
  const inputs =
    round === 1
      ? ['reviewDone', 'planDone', 'progress']
      : ['progress', 'workflowManualDone', 'trainingDone', 'forumDone', 'reportSent'];
  return Object.fromEntries(inputs.map((input, index) => [input, values[index] ?? '']));
}
