/**
 * Service calls per user action, counted by the emulator's scope guard (every
 * Apps Script method the add-on calls, by `Type.method`), through dist/ loaded as
 * Apps Script loads it. `npm run bench` prints the table; `service-calls.test.ts`
 * holds the budgets, so a change that makes an action chattier fails a test
 * rather than a stopwatch.
 *
 * Quotas that these calls count against: https://developers.google.com/apps-script/guides/services/quotas
 */

import { type AddOn, loadAddOn } from '../emulator/apps-script/vm-host';
import { newEmulatorState } from '../emulator/install';
import type { FakeSpreadsheet } from '../emulator/spreadsheet';
import { trackingColumns } from '../src/core/template';
import { gridRange } from '../src/server/services/spreadsheet';

/** One action's calls: the total, and the total of each service (`Spreadsheet`, `Drive_v3`, …). */
export interface ActionCalls {
  readonly action: string;
  readonly total: number;
  readonly byService: Readonly<Record<string, number>>;
  readonly byMethod: Readonly<Record<string, number>>;
}

/** The add-on over fresh in-memory state, and that state. */
function freshAddOn(distDir: string, now: number) {
  const state = newEmulatorState();
  return { state, addOn: loadAddOn({ distDir, ...state, now: () => now }) };
}

/** Types `count` divisions into round 1's tab, straight into the state (not counted: a person typed them). */
function typeDivisions(spreadsheet: FakeSpreadsheet, count: number): void {
  const sheet = spreadsheet.tab('รอบ 1/2566');
  const column = (key: string) => trackingColumns(1).findIndex((entry) => entry.key === key) + 1;
  sheet.ensureSize(count + 10, sheet.maxColumns());
  for (let index = 0; index < count; index++) {
    const row = index + 2;
    const cells: Record<string, unknown> = {
      division: `กองที่ ${index + 1}`,
      head: `ผู้อำนวยการ ${index + 1}`,
      reviewDone: true,
      planDone: index % 2 === 0,
      progress: (index % 11) * 10,
      due: 45026,
      submitted: 45026 + (index % 5),
    };
    for (const [key, value] of Object.entries(cells))
      sheet.writeValues(gridRange(row, column(key)), [[value as string | number | boolean]]);
  }
}

/** Counts what `run` calls. */
function measure(addOn: AddOn, action: string, run: () => void): ActionCalls {
  addOn.serviceCalls.reset();
  run();
  const byMethod = addOn.serviceCalls.snapshot();
  const byService: Record<string, number> = {};
  for (const [key, count] of Object.entries(byMethod)) {
    const service = key.split('.')[0] as string;
    byService[service] = (byService[service] ?? 0) + count;
  }
  return { action, total: addOn.serviceCalls.total(), byService, byMethod };
}

/** Runs a batch to its end, as the sidebar drives it: start, then continue until it is no longer running. */
function runBatch(addOn: AddOn, round: number): void {
  const started = addOn.call('startReportBatch', round) as { id: string; state: string };
  let status = started;
  for (let guard = 0; status.state === 'running' && guard < 1000; guard++) {
    status = addOn.call('continueReportBatch', started.id) as { id: string; state: string };
  }
  if (status.state !== 'done') throw new Error(`the batch ended ${status.state}`);
}

/** The table: each action on a tracking sheet of `divisions` divisions in round 1. */
export function serviceCallsPerAction(distDir: string, divisions = 200): ActionCalls[] {
  // 20 April 2023, noon in Bangkok: after round 1 was due.
  const { state, addOn } = freshAddOn(distDir, Date.UTC(2023, 3, 20, 5));
  const rows: ActionCalls[] = [];
  rows.push(measure(addOn, 'set-up on a new sheet', () => addOn.call('kpiSetUpTrackingSheet')));
  typeDivisions(state.spreadsheet, divisions);
  rows.push(
    measure(addOn, `set-up again (${divisions} divisions)`, () => addOn.call('kpiSetUpTrackingSheet')),
  );
  state.spreadsheet.select('รอบ 1/2566', gridRange(5, 1));
  rows.push(
    measure(addOn, 'open the sidebar (menu + first data call)', () => {
      addOn.call('kpiOpenSidebar');
      addOn.call('getSidebarData');
    }),
  );
  rows.push(measure(addOn, 'one sidebar refresh', () => addOn.call('getSidebarData')));
  rows.push(measure(addOn, 'one report', () => addOn.call('generateDivisionReport', 1, 2, 'กองที่ 1')));
  const started = addOn.call('startReportBatch', 1) as { id: string };
  rows.push(measure(addOn, 'one batch-progress poll', () => addOn.call('getReportBatch')));
  addOn.call('cancelReportBatch', started.id);
  rows.push(measure(addOn, `a batch of ${divisions}`, () => runBatch(addOn, 1)));
  return rows;
}
