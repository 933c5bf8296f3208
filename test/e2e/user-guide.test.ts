/**
 * The formula examples of docs/user-guide.md give what the guide says: each
 * table row `| \`=FORMULA\` | \`RESULT\` | … |` is typed into a cell of an
 * in-memory sheet and computed by dist/'s custom functions, as the preview does.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formulaEngine } from '../../emulator/apps-script/formulas';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { gridRange } from '../../src/server/services/spreadsheet';
import { DIST } from '../bundle/dist';

const GUIDE = join(__dirname, '..', '..', 'docs', 'user-guide.md');
const EXAMPLE = /^\|\s*`(=[^`]+)`\s*\|\s*`([^`]*)`\s*\|/;

const examples = readFileSync(GUIDE, 'utf8')
  .split('\n')
  .map((line) => EXAMPLE.exec(line))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => [match[1] as string, match[2] as string] as const);

describe('the user guide’s formula examples', () => {
  const spreadsheet = new FakeSpreadsheet();
  const addOn = loadAddOn({ distDir: DIST, spreadsheet });
  spreadsheet.setFormulaEvaluator(
    formulaEngine({
      spreadsheet: () => spreadsheet,
      customFunction: (name) => (addOn.has(name) ? (...args) => addOn.call(name, ...args) : undefined),
      realm: addOn.realm,
    }).evaluator,
  );

  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples)('%s gives %s', (formula, result) => {
    const sheet = spreadsheet.tab('Sheet1');
    sheet.writeFormulas(gridRange(1, 1), [[formula]]);
    expect(String(sheet.valueAt(1, 1))).toBe(result);
  });
});
