/**
 * The card as a table the user edits (PRODUCT.md §7): its seven columns, the
 * built-in 2566 card written as such a table, and the reader that turns a table
 * into a card.
 */

import type {
  Card,
  CardCheck,
  CardInput,
  CardInterpolation,
  CardLevel,
  CardRequirement,
  CardRound,
  InputReading,
} from './card';
import {
  CellProblem,
  type CellValue,
  cleanText,
  describeValue,
  isBlank,
  readDecimal,
  readProgress,
  readWholeNumber,
} from './cells';
import {
  compareDecimals,
  decimalOfNumber,
  type ExactDecimal,
  formatDecimal,
  parseDecimal,
  roundDecimal,
} from './decimal';
import { CARD_ERROR, CARD_WORDS, CELL, COLUMN, MILESTONE_TEXT } from './messages';
import { toArabicDigits } from './thai';

/** The card table's seven column names, in order (the header row of `บัตรตัวชี้วัด`). */
export const CARD_TABLE_HEADER: readonly string[] = CARD_WORDS.header;

/** The kind words of column `ชนิด`, as a user types them. */
export const CARD_KINDS: readonly string[] = Object.values(CARD_WORDS.kind);

const DONE = CARD_WORDS.kind.done;
const PERCENT = CARD_WORDS.kind.percent;

/**
 * The built-in 2566 card as table rows (no header), one row per requirement. Its
 * input names are the tracking sheet's milestone column names; "–" levels have no
 * rows.
 */
export const BUILT_IN_CARD_TABLE: readonly (readonly (string | number)[])[] = [
  [1, 1, COLUMN.reviewDone, DONE, '', '', MILESTONE_TEXT.reviewDone.official],
  [1, 3, COLUMN.planDone, DONE, '', '', MILESTONE_TEXT.planDone.official],
  [1, 5, COLUMN.progress, PERCENT, 50, '', MILESTONE_TEXT.progress50.official],
  [2, 1, COLUMN.progress, PERCENT, 80, '', MILESTONE_TEXT.progress80.official],
  [2, 2, COLUMN.progress, PERCENT, 100, '', MILESTONE_TEXT.progress100.official],
  [2, 3, COLUMN.workflowManualDone, DONE, '', 0.5, MILESTONE_TEXT.workflowManualDone.official],
  [2, 3, COLUMN.trainingDone, DONE, '', 0.5, MILESTONE_TEXT.trainingDone.official],
  [2, 4, COLUMN.forumDone, DONE, '', '', MILESTONE_TEXT.forumDone.official],
  [2, 5, COLUMN.reportSent, DONE, '', '', MILESTONE_TEXT.reportSent.official],
];

const KIND_OF_WORD = new Map<string, CardCheck>(
  (Object.keys(CARD_WORDS.kind) as (keyof typeof CARD_WORDS.kind)[]).map((check) => [
    CARD_WORDS.kind[check],
    check,
  ]),
);

const READING_OF: Readonly<Record<CardCheck, InputReading>> = {
  done: 'flag',
  percent: 'percent',
  percentInterpolated: 'percent',
  value: 'value',
  valueAtMost: 'value',
  valueInterpolated: 'value',
};

const SHORT_TEXT = new Map<string, string>(
  Object.values(MILESTONE_TEXT).map((text) => [text.official, text.short]),
);

/** The most rounds a card has, and its levels. */
export const MAX_CARD_ROUNDS = 4;
const LEVELS = [1, 2, 3, 4, 5] as const;

enum Column {
  Round = 0,
  Level = 1,
  Input = 2,
  Kind = 3,
  Threshold = 4,
  Partial = 5,
  Text = 6,
}

/** A card table row, read on its own. */
interface TableRow {
  readonly row: number;
  readonly round: number;
  readonly level: number;
  readonly input: string;
  readonly check: CardCheck;
  readonly kindWord: string;
  readonly percent: number;
  readonly value: ExactDecimal | undefined;
  readonly partial: ExactDecimal | undefined;
  readonly partialText: string;
  readonly text: string;
}

/** Thrown for a card that cannot be read: its message names the card's row and column. */
function fail(row: number, column: Column, problem: string): never {
  throw new Error(CARD_ERROR.at(row, CARD_TABLE_HEADER[column] as string, problem));
}

/**
 * A card from its table, as a custom function receives the range: rows of cells.
 * The header row is recognised by its words and skipped, blank rows are ignored.
 * A card that cannot be read throws an `Error` whose Thai message names the row
 * (1 = the range's first row) and the column.
 *
 * @example readCardTable(BUILT_IN_CARD_TABLE).rounds.length // 2
 */
export function readCardTable(values: unknown): Card {
  const rows: TableRow[] = [];
  const table = Array.isArray(values) ? values : [[values]];
  for (let index = 0; index < table.length; index++) {
    const raw: unknown = table[index];
    const cells: readonly CellValue[] = Array.isArray(raw) ? raw : [raw];
    let blank = true;
    for (let column = 0; blank && column < CARD_TABLE_HEADER.length; column++) blank = isBlank(cells[column]);
    if (blank || isHeader(cells)) continue;
    rows.push(readRow(index + 1, cells));
  }
  if (rows.length === 0) throw new Error(CARD_ERROR.empty());
  const roundCount = Math.max(...rows.map((row) => row.round));
  const rounds: CardRound[] = [];
  for (let round = 1; round <= roundCount; round++) {
    const own = rows.filter((row) => row.round === round);
    if (own.length === 0) {
      const after = rows.find((row) => row.round > round) as TableRow;
      fail(after.row, Column.Round, CARD_ERROR.roundGap(round));
    }
    rounds.push(readRound(round, own));
  }
  return { rounds };
}

function isHeader(cells: readonly CellValue[]): boolean {
  return (
    typeof cells[Column.Round] === 'string' &&
    cleanText(cells[Column.Round] as string) === CARD_TABLE_HEADER[Column.Round] &&
    typeof cells[Column.Level] === 'string' &&
    cleanText(cells[Column.Level] as string) === CARD_TABLE_HEADER[Column.Level]
  );
}

function readRow(row: number, cells: readonly CellValue[]): TableRow {
  const round = readWholeNumber(cells[Column.Round]);
  if (round === undefined || round < 1 || round > MAX_CARD_ROUNDS) {
    fail(row, Column.Round, CARD_ERROR.roundInvalid(describeValue(cells[Column.Round])));
  }
  const level = readWholeNumber(cells[Column.Level]);
  if (level === undefined || level < 1 || level > 5) {
    fail(row, Column.Level, CARD_ERROR.levelInvalid(describeValue(cells[Column.Level])));
  }
  const input = textOf(cells[Column.Input]);
  if (input === '') fail(row, Column.Input, CARD_ERROR.inputMissing());
  const kindWord = textOf(cells[Column.Kind]);
  const check = KIND_OF_WORD.get(kindWord);
  if (check === undefined) {
    fail(row, Column.Kind, CARD_ERROR.kindUnknown(describeValue(cells[Column.Kind]), CARD_KINDS));
  }
  const thresholdCell = cells[Column.Threshold];
  let percent = 0;
  let value: ExactDecimal | undefined;
  if (check === 'done') {
    if (!isBlank(thresholdCell)) {
      fail(row, Column.Threshold, CARD_ERROR.thresholdNotForDone(kindWord, describeValue(thresholdCell)));
    }
  } else if (isBlank(thresholdCell)) {
    fail(row, Column.Threshold, CARD_ERROR.thresholdMissing(kindWord));
  } else if (READING_OF[check] === 'percent') {
    const reading = readProgress(thresholdCell);
    if (reading instanceof CellProblem) {
      fail(row, Column.Threshold, CARD_ERROR.thresholdPercentRange(describeValue(thresholdCell)));
    }
    percent = reading;
    value = decimalOfNumber(reading);
  } else {
    value = readDecimal(thresholdCell);
    if (value === undefined) {
      fail(row, Column.Threshold, CARD_ERROR.thresholdNotNumber(describeValue(thresholdCell)));
    }
  }
  const partialCell = cells[Column.Partial];
  let partial: ExactDecimal | undefined;
  if (!isBlank(partialCell)) {
    partial = readDecimal(partialCell);
    if (
      partial === undefined ||
      partial.negative ||
      partial.digits === '0' ||
      partial.exponent < -2 ||
      compareDecimals(partial, ONE) > 0
    ) {
      fail(row, Column.Partial, CARD_ERROR.partialInvalid(describeValue(partialCell)));
    }
  }
  const text = textOf(cells[Column.Text]);
  if (text === '') fail(row, Column.Text, CARD_ERROR.textMissing());
  return {
    row,
    round,
    level,
    input,
    check,
    kindWord,
    percent,
    value,
    partial,
    partialText: isBlank(partialCell) ? '' : describeValue(partialCell),
    text,
  };
}

const ONE = parseDecimal('1') as ExactDecimal;

function textOf(value: CellValue): string {
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function readRound(round: number, rows: readonly TableRow[]): CardRound {
  const inputs: CardInput[] = [];
  const inputIndex = new Map<string, number>();
  const kindOfInput = new Map<string, TableRow>();
  for (const row of rows) {
    const first = kindOfInput.get(row.input);
    if (first === undefined) {
      kindOfInput.set(row.input, row);
      inputIndex.set(row.input, inputs.length);
      inputs.push({ name: row.input, reading: READING_OF[row.check] });
    } else if (READING_OF[first.check] !== READING_OF[row.check]) {
      fail(row.row, Column.Kind, CARD_ERROR.inputKindDiffers(row.input, row.kindWord, first.kindWord));
    }
  }
  const interpolated = rows.find((row) => isInterpolated(row.check));
  const interpolation = interpolated === undefined ? undefined : readInterpolation(interpolated, rows);
  const levels: CardLevel[] = LEVELS.map((level) => {
    const own = rows.filter((row) => row.level === level);
    const first = own[0];
    for (const row of own) {
      if (first !== undefined && row.partialText !== first.partialText && !samePartial(row, first)) {
        fail(
          row.row,
          Column.Partial,
          CARD_ERROR.partialDiffers(row.partialText || '–', first.partialText || '–'),
        );
      }
    }
    const requirements = own.map(
      (row): CardRequirement => ({
        inputIndex: inputIndex.get(row.input) as number,
        check: row.check,
        percent: row.percent,
        value: row.value,
        official: row.text,
        short: SHORT_TEXT.get(row.text) ?? row.text,
        row: row.row,
      }),
    );
    const partial = first?.partial;
    return partial === undefined
      ? { level, requirements }
      : { level, requirements, partialPoints: roundDecimal(partial, 2) };
  });
  return interpolation === undefined
    ? { round, inputs, levels }
    : {
        round,
        inputs,
        levels,
        interpolation: { ...interpolation, inputIndex: inputIndex.get(interpolated?.input ?? '') as number },
      };
}

function samePartial(a: TableRow, b: TableRow): boolean {
  if (a.partial === undefined || b.partial === undefined) return a.partial === b.partial;
  return compareDecimals(a.partial, b.partial) === 0;
}

function isInterpolated(check: CardCheck): boolean {
  return check === 'percentInterpolated' || check === 'valueInterpolated';
}

/** An interpolation round's thresholds, or why its shape is wrong (PRODUCT.md §7). */
function readInterpolation(
  first: TableRow,
  rows: readonly TableRow[],
): Omit<CardInterpolation, 'inputIndex'> {
  const kind = first.kindWord;
  const byLevel = new Map<number, TableRow>();
  for (const row of rows) {
    if (row.check !== first.check) fail(row.row, Column.Kind, CARD_ERROR.interpolationMixed(kind));
    if (row.input !== first.input) fail(row.row, Column.Input, CARD_ERROR.interpolationInputs(kind));
    if (row.partial !== undefined) fail(row.row, Column.Partial, CARD_ERROR.interpolationPartial());
    if (byLevel.has(row.level)) {
      fail(
        row.row,
        Column.Level,
        CARD_ERROR.interpolationLevels(kind, CARD_ERROR.interpolationLevelTwice(row.level)),
      );
    }
    byLevel.set(row.level, row);
  }
  const missing = LEVELS.filter((level) => !byLevel.has(level));
  if (missing.length > 0) {
    const last = rows[rows.length - 1] as TableRow;
    fail(
      last.row,
      Column.Level,
      CARD_ERROR.interpolationLevels(kind, CARD_ERROR.interpolationLevelMissing(missing.join(', '))),
    );
  }
  const thresholds: ExactDecimal[] = [];
  let previous: TableRow | undefined;
  for (const level of LEVELS) {
    const row = byLevel.get(level) as TableRow;
    const threshold = row.value as ExactDecimal;
    if (previous !== undefined && compareDecimals(threshold, previous.value as ExactDecimal) <= 0) {
      fail(
        row.row,
        Column.Threshold,
        CARD_ERROR.interpolationNotIncreasing(
          formatDecimal(threshold),
          formatDecimal(previous.value as ExactDecimal),
        ),
      );
    }
    thresholds.push(threshold);
    previous = row;
  }
  return { thresholds };
}

const ROUND_TEXT = /^(?:รอบ\s*(?:ที่)?|round)?\s*([1-9]\d*)(?:\.0+)?(?:\s*\/\s*\d{2,4})?$/i;

/**
 * A round of a card read from a table: `1`…`4` as the card has, also `"รอบ 3"`,
 * `"รอบที่ 4"`, `"3/2570"`.
 *
 * @example readCardRound('รอบ 3', quarterlyCard) // 3
 */
export function readCardRound(value: CellValue, card: Card): CardRound | CellProblem {
  let round: number | undefined;
  if (typeof value === 'number') round = value;
  else if (typeof value === 'string') {
    const match = ROUND_TEXT.exec(toArabicDigits(cleanText(value)));
    if (match) round = Number(match[1]);
  }
  const found = round === undefined || !Number.isInteger(round) ? undefined : card.rounds[round - 1];
  if (found !== undefined) return found;
  // A card of two rounds speaks as the built-in one does, so the 2566 card as a table gives the same texts.
  const shown = describeValue(value);
  return new CellProblem(
    card.rounds.length === 2
      ? CELL.roundUnknown(shown)
      : CARD_ERROR.roundOutOfCard(shown, card.rounds.length),
  );
}
