/**
 * The worked card examples of docs/user-guide.md (section "ใส่บัตรตัวชี้วัดของหน่วยงานเอง")
 * give what the guide says, through dist/ in a `vm`: each card table of the section
 * (a markdown table whose header is the card's seven column names) is written into
 * the tab `บัตรตัวชี้วัด` of an in-memory spreadsheet and named `KPI_CARD` as set-up
 * names it (the header and blank rows below), and each numbered formula row after it,
 * `| n | \`=FORMULA\` | \`RESULT\` | … |`, is typed into a cell and computed by the
 * add-on's custom functions (AuthMode.CUSTOM_FUNCTION). A row whose result is
 * `#ERROR!` quotes the call error's message in backticks in its last column. The
 * cards are read from the guide, so the guide and these tests cannot drift.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formulaEngine } from '../../emulator/apps-script/formulas';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { BUILT_IN_CARD_TABLE, CARD_KINDS, CARD_TABLE_HEADER } from '../../src/core/card-table';
import { gridRange } from '../../src/server/services/spreadsheet';
import { DIST } from './dist';

const GUIDE = join(__dirname, '..', '..', 'docs', 'user-guide.md');
const SECTION_TITLE = 'ใส่บัตรตัวชี้วัดของหน่วยงานเอง';
const CARD_TAB = 'บัตรตัวชี้วัด';
/** Blank rows the named range holds below the card, as set-up leaves room to add rows. */
const BLANK_ROWS_BELOW = 5;
const FORMULA_ROW = /^\|\s*(\d+)\s*\|\s*`(=[^`]+)`\s*\|\s*`([^`]*)`\s*\|(.*)\|\s*$/;

type CardCell = string | number;

interface FormulaExample {
  readonly number: number;
  readonly formula: string;
  readonly result: string;
  /** For an `#ERROR!` result: the message quoted in the last column. */
  readonly message: string | undefined;
}

interface CardExample {
  readonly rows: CardCell[][];
  readonly formulas: FormulaExample[];
}

/** The cells of a markdown table line, trimmed. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

/** A card cell as a user types it into the sheet: a number, or text ('' when blank). */
function cardCell(text: string): CardCell {
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The section's card tables, each with the formula rows that follow it. */
function readExamples(markdown: string): CardExample[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^## /.test(line) && line.includes(SECTION_TITLE));
  if (start < 0) throw new Error(`docs/user-guide.md has no section "${SECTION_TITLE}"`);
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const examples: CardExample[] = [];
  let inCard: CardExample | undefined;
  for (const line of section) {
    const isTable = line.trim().startsWith('|');
    if (!isTable) {
      inCard = undefined;
      continue;
    }
    const cells = cellsOf(line);
    if (cells.join('|') === CARD_TABLE_HEADER.join('|')) {
      inCard = { rows: [], formulas: [] };
      examples.push(inCard);
      continue;
    }
    if (inCard !== undefined) {
      if (!cells.every((cell) => /^:?-+:?$/.test(cell))) inCard.rows.push(cells.map(cardCell));
      continue;
    }
    const formula = FORMULA_ROW.exec(line);
    const current = examples[examples.length - 1];
    if (formula !== null && current !== undefined) {
      const quoted = /`([^`]+)`/.exec(formula[4] as string);
      current.formulas.push({
        number: Number(formula[1]),
        formula: formula[2] as string,
        result: formula[3] as string,
        message: formula[3] === '#ERROR!' ? quoted?.[1] : undefined,
      });
    }
  }
  return examples;
}

const examples = readExamples(readFileSync(GUIDE, 'utf8'));
const [seed, quarterly, broken] = examples;

/** A spreadsheet holding the card in `บัตรตัวชี้วัด` as `KPI_CARD`, computed by dist/'s functions. */
function sheetWithCard(rows: readonly CardCell[][]) {
  const spreadsheet = new FakeSpreadsheet();
  const addOn = loadAddOn({ distDir: DIST, spreadsheet });
  const engine = formulaEngine({
    spreadsheet: () => spreadsheet,
    customFunction: (name) =>
      addOn.has(name) ? (...args) => addOn.callAs('customFunction', name, ...args) : undefined,
    realm: addOn.realm,
  });
  spreadsheet.setFormulaEvaluator(engine.evaluator);
  const card = spreadsheet.insertSheet(CARD_TAB);
  const table = [[...CARD_TABLE_HEADER], ...rows];
  card.writeValues(gridRange(1, 1, table.length, CARD_TABLE_HEADER.length), table);
  spreadsheet.setNamedRange(
    'KPI_CARD',
    CARD_TAB,
    gridRange(1, 1, table.length + BLANK_ROWS_BELOW, CARD_TABLE_HEADER.length),
  );
  return { spreadsheet, engine };
}

describe('the user guide’s card examples', () => {
  it('are three cards: the seed 2566 card, a quarterly card and an unreadable one, each with formulas', () => {
    expect(examples).toHaveLength(3);
    for (const example of examples) expect(example.formulas.length).toBeGreaterThanOrEqual(1);
    expect(seed?.formulas.length).toBeGreaterThanOrEqual(6);
    expect(quarterly?.formulas.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) {
      expect(example.formulas.map((formula) => formula.number)).toEqual(
        example.formulas.map((_formula, index) => index + 1),
      );
    }
  });

  it('shows the seed 2566 card exactly as the built-in card table', () => {
    expect(seed?.rows).toEqual(BUILT_IN_CARD_TABLE.map((row) => [...row]));
  });

  it('shows a quarterly card of another shape: 4 rounds, each interpolated over levels 1–5', () => {
    const rows = quarterly?.rows ?? [];
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set([CARD_KINDS[4]]));
  });

  describe.each([
    ['the seed 2566 card', seed],
    ['the quarterly budget card', quarterly],
    ['the unreadable card', broken],
  ])('%s', (_name, example) => {
    const { spreadsheet, engine } = sheetWithCard(example?.rows ?? []);
    const cases = (example?.formulas ?? []).map((formula) => [formula.number, formula] as const);
    it.each(cases)('formula %i gives what the guide says', (_number, example) => {
      const sheet = spreadsheet.tab('Sheet1');
      sheet.writeFormulas(gridRange(1, 1), [[example.formula]]);
      expect(String(sheet.valueAt(1, 1))).toBe(example.result);
      if (example.result === '#ERROR!') {
        expect(example.message).toBeDefined();
        expect(engine.errorAt('Sheet1', 1, 1)).toBe(example.message);
      }
    });
  });
});
