/**
 * A tab as the page's grid shows it: each cell's text under its number format,
 * its colours (format, then the first conditional rule that matches, as Sheets
 * applies them), checkboxes, protection, notes, the message of a formula's
 * `#ERROR!` and the warning mark of a value its validation does not accept.
 */

import type { FormulaEngine } from '../../emulator/apps-script/formulas';
import type { BooleanFormatRule, FakeSheet } from '../../emulator/spreadsheet';
import { parseBlockA1 } from '../../src/core/a1';
import { safeLink } from '../../src/core/links';
import type { GridRange, SheetValue, Validation } from '../../src/server/services/spreadsheet';
import { previewLink } from '../shared/drive-links';
import type { CellStyle, CellView, SheetView } from '../shared/protocol';
import { displayText, inputText } from './cell-format';

/** Rows shown below the last one with something in it, like an empty area to type in. */
const SPARE_ROWS = 6;
/** Rows shown at least. */
const MIN_ROWS = 24;

/** The view of a tab. */
export function sheetView(sheet: FakeSheet, timeZone: string, engine: FormulaEngine, minRows = 0): SheetView {
  const maxRows = sheet.maxRows();
  const maxColumns = sheet.maxColumns();
  const all = sheet.peekValues({ row: 1, column: 1, rows: maxRows, columns: maxColumns });
  let lastUsedRow = 0;
  let lastUsedColumn = 0;
  all.forEach((line, i) => {
    line.forEach((value, j) => {
      if (value !== '' || sheet.formulaAt(i + 1, j + 1) !== '') {
        lastUsedRow = Math.max(lastUsedRow, i + 1);
        lastUsedColumn = Math.max(lastUsedColumn, j + 1);
      }
    });
  });
  const rows = Math.min(maxRows, Math.max(lastUsedRow + SPARE_ROWS, MIN_ROWS, minRows));
  const columns = Math.min(maxColumns, Math.max(lastUsedColumn + 1, 8));
  // Colour scales are not drawn: the preview shows the boolean rules.
  const rules = sheet.formatRules().flatMap((rule) => (rule.kind === 'boolean' ? [rule] : []));
  const protections = sheet.protections();
  const formulaCells = spilledArea(sheet, engine);

  const cells: CellView[][] = [];
  for (let row = 1; row <= rows; row++) {
    const line: CellView[] = [];
    for (let column = 1; column <= columns; column++) {
      const value = all[row - 1]?.[column - 1] ?? '';
      const format = sheet.formatAt(row, column);
      const formula = sheet.formulaAt(row, column);
      const validation = sheet.validationAt(row, column);
      const computed = formula !== '' || formulaCells.has(`${row}:${column}`);
      const style = styleOf(format, rules, row, column, value);
      const protection = protections.find((entry) => contains(entry.range, row, column))?.description;
      const checkbox = validation?.rule.kind === 'checkbox' && (typeof value === 'boolean' || value === '');
      const note = sheet.noteAt(row, column);
      const error = value === '#ERROR!' ? engine.errorAt(sheet.name, row, column) : undefined;
      const invalid = computed ? undefined : validationProblem(validation, value);
      // Sheets makes a link of a web address; only http(s) ones, never `javascript:` and the like.
      const link = typeof value === 'string' && !checkbox ? safeLink(value) : undefined;
      line.push({
        text: checkbox ? '' : displayText(value, format.numberFormat, timeZone),
        // A spilled cell shows its formula in the formula bar, greyed out, as in Sheets.
        input: computed
          ? formula || (formulaCells.get(`${row}:${column}`) ?? '')
          : inputText(value, format.numberFormat, timeZone),
        ...(computed && formula === '' ? { spilled: true } : {}),
        ...(link !== undefined ? { link: previewLink(link) } : {}),
        ...(checkbox ? { checked: value === true } : {}),
        ...(computed ? { computed: true } : {}),
        ...(protection !== undefined ? { protection } : {}),
        ...(Object.keys(style).length > 0 ? { style } : {}),
        ...(note !== '' ? { note } : {}),
        ...(error !== undefined ? { error } : {}),
        ...(invalid !== undefined ? { invalid } : {}),
      });
    }
    cells.push(line);
  }
  const widths = Array.from({ length: columns }, (_, index) => sheet.columnWidth(index + 1));
  return { name: sheet.name, rows, columns, maxRows, frozenRows: sheet.frozenRows(), widths, cells };
}

/** The cells covered by a formula's spilled result, other than the formula's own cell, and that formula. */
function spilledArea(sheet: FakeSheet, engine: FormulaEngine): Map<string, string> {
  const area = new Map<string, string>();
  for (const a1 of Object.keys(sheet.toSnapshot().cells)) {
    const { row, column } = parseBlockA1(a1);
    if (sheet.formulaAt(row, column) === '') continue;
    const formula = sheet.formulaAt(row, column);
    const shape = engine.shapeAt(sheet.name, row, column) ?? { rows: 1, columns: 1 };
    for (let i = 0; i < shape.rows; i++) {
      for (let j = 0; j < shape.columns; j++)
        if (i > 0 || j > 0) area.set(`${row + i}:${column + j}`, formula);
    }
  }
  return area;
}

function contains(range: GridRange, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.rows &&
    column >= range.column &&
    column < range.column + range.columns
  );
}

function styleOf(
  format: ReturnType<FakeSheet['formatAt']>,
  rules: readonly BooleanFormatRule[],
  row: number,
  column: number,
  value: SheetValue,
): CellStyle {
  const style: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
  if (format.background !== undefined) style.background = format.background;
  if (format.fontColor !== undefined) style.color = format.fontColor;
  if (format.bold !== undefined) style.bold = format.bold;
  if (format.wrap !== undefined) style.wrap = format.wrap;
  if (format.horizontalAlignment !== undefined) style.align = format.horizontalAlignment;
  else if (typeof value === 'number' || Object.prototype.toString.call(value) === '[object Date]') {
    style.align = 'right';
  } else if (typeof value === 'boolean') style.align = 'center';
  if (format.verticalAlignment !== undefined) style.valign = format.verticalAlignment;
  const rule = rules.find(
    (candidate) => candidate.ranges.some((range) => contains(range, row, column)) && meets(candidate, value),
  );
  if (rule !== undefined) {
    if (rule.format.background !== undefined) style.background = rule.format.background;
    if (rule.format.fontColor !== undefined) style.color = rule.format.fontColor;
    if (rule.format.bold !== undefined) style.bold = rule.format.bold;
  }
  return style;
}

/** Whether a value meets a rule's criteria; criteria the preview cannot judge (custom formulas) never apply. */
function meets(rule: BooleanFormatRule, value: SheetValue): boolean {
  const [first, second] = rule.values;
  const number = typeof value === 'number' ? value : undefined;
  switch (rule.criteria) {
    case 'NUMBER_BETWEEN':
      return number !== undefined && number >= Number(first) && number <= Number(second);
    case 'NUMBER_GREATER_THAN':
      return number !== undefined && number > Number(first);
    case 'NUMBER_LESS_THAN':
      return number !== undefined && number < Number(first);
    case 'TEXT_STARTS_WITH':
      return typeof value === 'string' && value.startsWith(String(first));
    case 'TEXT_CONTAINS':
      return typeof value === 'string' && value.includes(String(first));
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    default:
      return false;
  }
}

/** The help text when a value breaks its (warning-only) validation, as Sheets marks the cell. */
function validationProblem(validation: Validation | null, value: SheetValue): string | undefined {
  if (validation === null || value === '') return undefined;
  const rule = validation.rule;
  let ok: boolean;
  switch (rule.kind) {
    case 'checkbox':
      ok = typeof value === 'boolean';
      break;
    case 'date':
      ok = typeof value === 'number' || Object.prototype.toString.call(value) === '[object Date]';
      break;
    case 'numberBetween':
      ok = typeof value === 'number' && value >= rule.min && value <= rule.max;
      break;
    case 'list':
      ok = rule.values.includes(String(value));
      break;
    case 'url':
      ok = typeof value === 'string' && /^https?:\/\/\S+$/i.test(value);
      break;
  }
  return ok ? undefined : validation.help || 'ข้อมูลไม่ตรงกับกฎการตรวจสอบข้อมูล';
}
