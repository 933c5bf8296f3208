/**
 * The service calls of each user action, counted by the emulator through dist/
 * (the table `npm run bench` prints): what each action may touch, as rules.
 */

import { type ActionCalls, serviceCallsPerAction } from '../../bench/service-calls';
import { DIST } from './dist';

const DIVISIONS = 12;
const table = serviceCallsPerAction(DIST, DIVISIONS);

function action(prefix: string): ActionCalls {
  const found = table.find((row) => row.action.startsWith(prefix));
  if (found === undefined) throw new Error(`no action ${prefix}`);
  return found;
}

const methods = (row: ActionCalls, pattern: RegExp) =>
  Object.keys(row.byMethod).filter((key) => pattern.test(key));
const count = (row: ActionCalls, key: string) => row.byMethod[key] ?? 0;
const WRITES = /\.(set[A-Z]\w*|insert\w*|protect|remove\w*|clear\w*|append\w*|create\w*|update)$/;

describe('service calls per action, through dist/ on the emulator', () => {
  it('a batch-progress poll reads one document property and touches no sheet, Doc or Drive file', () => {
    const poll = action('one batch-progress poll');
    expect(methods(poll, /^(Spreadsheet|Document|Drive_v3)\./)).toEqual([]);
    expect(count(poll, 'Properties.Properties.getProperty')).toBe(1);
    expect(poll.total).toBeLessThanOrEqual(5);
  });

  it('a sidebar refresh writes nothing and reads each tab in at most two blocks', () => {
    const refresh = action('one sidebar refresh');
    expect(methods(refresh, WRITES)).toEqual([]);
    // Settings, holidays, the card (KPI_CARD), and per round tab the name column then one block down to the last division.
    expect(count(refresh, 'Spreadsheet.Range.getValues')).toBeLessThanOrEqual(7);
  });

  it('set-up run again on a complete sheet writes nothing', () => {
    const again = action('set-up again');
    expect(methods(again, WRITES).filter((key) => key !== 'Base.Ui.alert')).toEqual([]);
  });

  it('one report makes its folder, its Doc and its PDF: three Drive creations and nothing else in Drive', () => {
    const report = action('one report');
    expect(count(report, 'Drive_v3.Drive.V3.Collection.FilesCollection.create')).toBe(3);
    expect(methods(report, /^Drive_v3\./)).toEqual(['Drive_v3.Drive.V3.Collection.FilesCollection.create']);
  });

  it(`a batch of ${DIVISIONS} makes two files a division and writes each row once`, () => {
    const batch = action(`a batch of ${DIVISIONS}`);
    expect(count(batch, 'Drive_v3.Drive.V3.Collection.FilesCollection.create')).toBe(2 * DIVISIONS);
    expect(count(batch, 'Spreadsheet.Range.setValues')).toBe(DIVISIONS);
  });
});
