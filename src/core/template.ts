/**
 * The tracking spreadsheet's template as data: the settings, the holidays tab and
 * each round's columns. Set-up applies it; reading the sheet locates columns by
 * their headers, so columns added by a later template land at the end and nothing
 * a user typed moves.
 */

import { openColumnsA1 } from './a1';
import { cardOf, type MilestoneInputId, type Round } from './card';
import {
  CARD_CONTACTS,
  COLUMN_HEADER,
  DAY_COUNT_NAME,
  INDICATOR_DESCRIPTION,
  INDICATOR_NAME,
  indicatorCondition,
  SETTING_TEXT,
  SHEET,
  YES_NO,
} from './messages';

/** The first fiscal year the card describes. */
export const DEFAULT_FISCAL_YEAR = 2566;

/** What a round-tab column holds. */
export type ColumnKind =
  | 'division'
  | 'head'
  | 'flag'
  | 'exempt'
  | 'progress'
  | 'evidence'
  | 'due'
  | 'submitted'
  | 'text'
  | 'formula'
  | 'reportLink'
  | 'pdfLink'
  | 'reportStatus';

/** Keys of the formula columns, in order. */
export type FormulaKey = 'level' | 'daysLate' | 'penalty' | 'score' | 'weighted' | 'next';

/** A column of a round's tab. */
export interface TrackingColumn {
  /** A stable id: `division`, `reviewDone`, `evidence:reviewDone`, `score`, … */
  readonly key: string;
  readonly kind: ColumnKind;
  /** The Thai header, by which the column is found again. */
  readonly header: string;
  /** The header's note: what the column means. */
  readonly note: string;
  /** Width in pixels that fits the Thai text. */
  readonly width: number;
  /** The milestone cell it holds (flag, progress, evidence columns). */
  readonly input?: MilestoneInputId;
  /** A number format for its data cells: `@` keeps a phone number's leading 0 as typed. */
  readonly numberFormat?: string;
}

/** The named ranges the formulas use. */
export const NAMES = {
  fiscalYear: 'KPI_FISCAL_YEAR',
  dueRound1: 'KPI_DUE_ROUND_1',
  dueRound2: 'KPI_DUE_ROUND_2',
  ratePerDay: 'KPI_RATE_PER_DAY',
  weight: 'KPI_WEIGHT',
  dayCount: 'KPI_DAY_COUNT',
  countUnsubmitted: 'KPI_COUNT_UNSUBMITTED',
  asOf: 'KPI_AS_OF',
  supervisor: 'KPI_SUPERVISOR',
  supervisorPhone: 'KPI_SUPERVISOR_PHONE',
  collector: 'KPI_COLLECTOR',
  collectorPhone: 'KPI_COLLECTOR_PHONE',
  thaiDigits: 'KPI_THAI_DIGITS',
  reportFolder: 'KPI_REPORT_FOLDER',
  indicatorName: 'KPI_INDICATOR_NAME',
  indicatorDescription: 'KPI_INDICATOR_DESCRIPTION',
  indicatorCondition: 'KPI_INDICATOR_CONDITION',
  holidays: 'KPI_HOLIDAYS',
  /** The card table (`บัตรตัวชี้วัด`): its header row and {@link CARD_ROWS} rows below. */
  card: 'KPI_CARD',
} as const;

/** The card's condition as set-up writes it: the card's penalty of 0.10 points a day. */
export const DEFAULT_INDICATOR_CONDITION = indicatorCondition('0.10');

/** A setting's key. */
export type SettingKey = keyof typeof SETTING_TEXT;

/** How a setting's value is checked in the sheet. */
export type SettingInput = 'year' | 'date' | 'rate' | 'weight' | 'dayCount' | 'yesNo' | 'text' | 'formula';

/** A row of the `ตั้งค่า` tab. */
export interface SettingSpec {
  readonly key: SettingKey;
  readonly name: (typeof NAMES)[SettingKey];
  readonly label: string;
  readonly help: string;
  readonly input: SettingInput;
  /** The value set-up writes (an ISO date for dates; a formula starts with `=`). */
  readonly initial: string | number;
  /** A Sheets number format for the value cell. */
  readonly numberFormat?: string;
}

const setting = (
  key: SettingKey,
  input: SettingInput,
  initial: string | number,
  numberFormat?: string,
): SettingSpec => ({ key, name: NAMES[key], ...SETTING_TEXT[key], input, initial, numberFormat });

/**
 * The settings, in the order of the tab. Due dates default to the card's worked
 * examples (10 April and 10 October 2023); the office sets its own.
 */
export const SETTINGS: readonly SettingSpec[] = [
  setting('fiscalYear', 'year', DEFAULT_FISCAL_YEAR, '0'),
  setting('dueRound1', 'date', '2023-04-10', 'd/m/yyyy'),
  setting('dueRound2', 'date', '2023-10-10', 'd/m/yyyy'),
  setting('ratePerDay', 'rate', 0.1, '0.00'),
  setting('weight', 'weight', 0.05, '0%'),
  setting('dayCount', 'dayCount', DAY_COUNT_NAME.calendar),
  setting('countUnsubmitted', 'yesNo', YES_NO.yes),
  setting('asOf', 'formula', `=IF(${NAMES.countUnsubmitted}="${YES_NO.yes}", TODAY(), "")`, 'd/m/yyyy'),
  setting('supervisor', 'text', CARD_CONTACTS.supervisor, '@'),
  setting('supervisorPhone', 'text', CARD_CONTACTS.supervisorPhone, '@'),
  setting('collector', 'text', CARD_CONTACTS.collector, '@'),
  setting('collectorPhone', 'text', CARD_CONTACTS.collectorPhone, '@'),
  setting('thaiDigits', 'yesNo', YES_NO.no),
  setting('reportFolder', 'text', '', '@'),
  setting('indicatorName', 'text', INDICATOR_NAME, '@'),
  setting('indicatorDescription', 'text', INDICATOR_DESCRIPTION, '@'),
  setting('indicatorCondition', 'text', DEFAULT_INDICATOR_CONDITION, '@'),
];

/**
 * How date cells show: day/month/year with the Christian-era year. Sheets' date
 * tokens have no era and no Buddhist year (https://developers.google.com/sheets/api/guides/formats),
 * so a B.E. year cannot come from a date value's format; the add-on's own texts
 * (sidebar, reports, messages) show B.E.
 */
export const DATE_NUMBER_FORMAT = 'd/m/yyyy';

/** How the progress column shows its fraction: `1` is `100%`, `0.65` is `65%`. */
export const PROGRESS_NUMBER_FORMAT = '0%';

/** The settings tab's columns: label, value, help. */
export const SETTINGS_COLUMNS = { label: 1, value: 2, help: 3 } as const;

/**
 * The longest division name accepted, in UTF-16 code units after `cleanText`
 * (a Thai letter, vowel or tone mark is one): a Drive file name must stay readable.
 */
export const MAX_DIVISION_NAME = 150;

/** Rows of the holidays tab reserved for dates (the named range covers them). */
export const HOLIDAY_ROWS = 200;

/**
 * Rows of the card tab below its header that `KPI_CARD` covers: room for a card of
 * many more requirements than the 2566 card's nine (blank rows are ignored).
 */
export const CARD_ROWS = 60;

/**
 * The card tab's column widths in pixels, left to right: the numbers narrow, the
 * input name as wide as the longest milestone column name on one line
 * ("ผังกระบวนการ/มาตรฐาน/คู่มือ (ระดับ 3 ส่วนแรก)"), the wording wide and wrapped
 * (test/core/template.test.ts estimates them).
 */
export const CARD_COLUMN_WIDTHS: readonly number[] = [70, 70, 410, 120, 90, 120, 560];

/** Tab names. */
export const TAB = {
  settings: SHEET.settingsTab,
  holidays: SHEET.holidaysTab,
  card: SHEET.cardTab,
  round: (round: Round, fiscalYear: number) => SHEET.roundTab(round, fiscalYear),
} as const;

/**
 * The round a tab name is for: `รอบ 1/2566` is round 1; any other name none.
 *
 * @example roundOfTab('รอบ 2/2567') // 2
 */
export function roundOfTab(name: string): Round | undefined {
  const match = /^รอบ ([12])\/\d{4}$/.exec(name.trim());
  if (!match) return undefined;
  return match[1] === '1' ? 1 : 2;
}

const MILESTONE_HEADER: Record<MilestoneInputId, (round: Round) => { header: string; note: string }> = {
  reviewDone: () => COLUMN_HEADER.reviewDone,
  planDone: () => COLUMN_HEADER.planDone,
  progress: (round) => (round === 1 ? COLUMN_HEADER.progressRound1 : COLUMN_HEADER.progressRound2),
  workflowManualDone: () => COLUMN_HEADER.workflowManualDone,
  trainingDone: () => COLUMN_HEADER.trainingDone,
  forumDone: () => COLUMN_HEADER.forumDone,
  reportSent: () => COLUMN_HEADER.reportSent,
};

/**
 * Widths of the milestone columns and of their evidence columns. Each header's
 * longest unbroken piece ("แผนปรับปรุงกระบวนการ") fits on one line of a bold
 * header, and a browser's Thai line breaking (which splits compounds such as
 * คืบ|หน้า or แลก|เปลี่ยน where a line runs out) ends each line between whole
 * words at these widths: test/core/template.test.ts estimates every piece, and
 * test/e2e/exemption.e2e.ts checks the lines Chromium lays out.
 */
const MILESTONE_WIDTH: Record<MilestoneInputId, { readonly cell: number; readonly evidence: number }> = {
  reviewDone: { cell: 150, evidence: 160 },
  planDone: { cell: 190, evidence: 190 },
  progress: { cell: 185, evidence: 230 },
  workflowManualDone: { cell: 170, evidence: 150 },
  trainingDone: { cell: 120, evidence: 160 },
  forumDone: { cell: 210, evidence: 250 },
  reportSent: { cell: 230, evidence: 210 },
};

/**
 * The columns of a round's tab, left to right: division and head, the round's
 * milestone cells side by side (the custom functions read them as one range), an
 * evidence link per milestone, due and submitted dates, free text for the report,
 * the formula columns, and the report's link and status.
 */
export function trackingColumns(round: Round): readonly TrackingColumn[] {
  const card = cardOf(round);
  const columns: TrackingColumn[] = [
    { key: 'division', kind: 'division', ...COLUMN_HEADER.division, width: 220 },
    { key: 'head', kind: 'head', ...COLUMN_HEADER.head, width: 180 },
    { key: 'reporter', kind: 'text', ...COLUMN_HEADER.reporter, width: 180 },
    { key: 'reporterPhone', kind: 'text', ...COLUMN_HEADER.reporterPhone, width: 150, numberFormat: '@' },
  ];
  for (const input of card.inputs) {
    const kind = input === 'progress' ? 'progress' : 'flag';
    columns.push({
      key: input,
      kind,
      ...MILESTONE_HEADER[input](round),
      width: MILESTONE_WIDTH[input].cell,
      input,
    });
  }
  for (const input of card.inputs) {
    const { header } = MILESTONE_HEADER[input](round);
    columns.push({
      key: `evidence:${input}`,
      kind: 'evidence',
      ...COLUMN_HEADER.evidence(header),
      width: MILESTONE_WIDTH[input].evidence,
      input,
    });
  }
  columns.push(
    { key: 'due', kind: 'due', ...COLUMN_HEADER.due, width: 120 },
    { key: 'submitted', kind: 'submitted', ...COLUMN_HEADER.submitted, width: 120 },
    { key: 'exempt', kind: 'exempt', ...COLUMN_HEADER.exempt, width: 130 },
    { key: 'results', kind: 'text', ...COLUMN_HEADER.results, width: 220 },
    { key: 'problems', kind: 'text', ...COLUMN_HEADER.problems, width: 200 },
    { key: 'suggestions', kind: 'text', ...COLUMN_HEADER.suggestions, width: 200 },
    { key: 'level', kind: 'formula', ...COLUMN_HEADER.level, width: 90 },
    { key: 'daysLate', kind: 'formula', ...COLUMN_HEADER.daysLate, width: 90 },
    { key: 'penalty', kind: 'formula', ...COLUMN_HEADER.penalty, width: 120 },
    { key: 'score', kind: 'formula', ...COLUMN_HEADER.score, width: 100 },
    { key: 'weighted', kind: 'formula', ...COLUMN_HEADER.weighted, width: 145 },
    { key: 'next', kind: 'formula', ...COLUMN_HEADER.next, width: 300 },
    { key: 'reportLink', kind: 'reportLink', ...COLUMN_HEADER.reportLink, width: 180 },
    { key: 'pdfLink', kind: 'pdfLink', ...COLUMN_HEADER.pdfLink, width: 180 },
    { key: 'reportStatus', kind: 'reportStatus', ...COLUMN_HEADER.reportStatus, width: 180 },
  );
  return columns;
}

/** Where each column of a round's tab is: key → 1-based column number. */
export type ColumnMap = ReadonlyMap<string, number>;

/**
 * Finds the template's columns in a header row by their header text (trimmed).
 * Columns not found are absent from the map.
 */
export function locateColumns(round: Round, headerRow: readonly unknown[]): ColumnMap {
  const byHeader = new Map<string, number>();
  headerRow.forEach((cell, index) => {
    if (typeof cell === 'string' && cell.trim() !== '' && !byHeader.has(cell.trim())) {
      byHeader.set(cell.trim(), index + 1);
    }
  });
  const map = new Map<string, number>();
  for (const column of trackingColumns(round)) {
    const found = byHeader.get(column.header);
    if (found !== undefined) map.set(column.key, found);
  }
  return map;
}

/** The first data row of a round's tab (row 1 holds the headers). */
export const FIRST_DATA_ROW = 2;

/**
 * The one formula of a formula column, placed in its first data row and covering
 * the whole table with open-ended ranges, so one custom-function call fills the
 * column. A row whose "ไม่ประเมินรอบนี้" box is ticked shows that text instead of
 * the function's result: `ARRAYFORMULA(IF(…))` picks, row by row, between the text
 * and the one call's column of results (the function's arguments are exactly as
 * PRODUCT.md §1 and §7 have them). `KPILEVEL`, `KPINEXT` and `KPISCORE` take the
 * card table `KPI_CARD` as their last argument, so editing the card re-scores the
 * sheet. Every column the formula reads must be in `columns`.
 *
 * @example columnFormula('level', 1, columns) // '=ARRAYFORMULA(IF(U2:U=TRUE, "ไม่ประเมินรอบนี้", KPILEVEL(1, E2:G, KPI_CARD)))'
 */
export function columnFormula(key: FormulaKey, round: Round, columns: ColumnMap): string {
  return wrappedFormula(customFunctionCall(key, round, columns, true), columns);
}

/**
 * The formulas earlier templates wrote in a formula column, oldest first: the bare
 * custom-function call (before "ไม่ประเมินรอบนี้"), then the call wrapped for the
 * exemption but without the card argument (before `KPI_CARD`). Set-up recognises
 * exactly these in a column's first data cell and moves them to
 * {@link columnFormula}; any other formula there is the user's. A formula that has
 * not changed (`KPIPENALTY`, …) is not listed.
 *
 * @example previousColumnFormulas('level', 1, columns) // ['=KPILEVEL(1, E2:G)', '=ARRAYFORMULA(IF(U2:U=TRUE, "ไม่ประเมินรอบนี้", KPILEVEL(1, E2:G)))']
 */
export function previousColumnFormulas(key: FormulaKey, round: Round, columns: ColumnMap): readonly string[] {
  const call = customFunctionCall(key, round, columns, false);
  const current = columnFormula(key, round, columns);
  const previous = [`=${call}`];
  if (columns.has('exempt')) previous.push(wrappedFormula(call, columns));
  return previous.filter((formula) => formula !== current);
}

/** A call wrapped so a row whose "ไม่ประเมินรอบนี้" box is ticked shows that text. */
function wrappedFormula(call: string, columns: ColumnMap): string {
  const exempt = columns.get('exempt');
  if (exempt === undefined) throw new Error('column exempt is missing from the map');
  return `=ARRAYFORMULA(IF(${openColumnsA1(FIRST_DATA_ROW, exempt)}=TRUE, "${SHEET.exemptResult}", ${call}))`;
}

/** The one custom-function call of a formula column, without the `=`; `withCard` passes `KPI_CARD` last. */
function customFunctionCall(key: FormulaKey, round: Round, columns: ColumnMap, withCard: boolean): string {
  const column = (name: string) => {
    const number = columns.get(name);
    if (number === undefined) throw new Error(`column ${name} is missing from the map`);
    return openColumnsA1(FIRST_DATA_ROW, number);
  };
  const milestones = milestoneRange(round, columns);
  const dates = `${column('due')}, ${column('submitted')}, ${NAMES.asOf}`;
  const counting = `${NAMES.dayCount}, ${NAMES.holidays}`;
  const card = withCard ? `, ${NAMES.card}` : '';
  switch (key) {
    case 'level':
      return `KPILEVEL(${round}, ${milestones}${card})`;
    case 'daysLate':
      return `KPILATEDAYS(${dates}, ${counting})`;
    case 'penalty':
      return `KPIPENALTY(${dates}, ${NAMES.ratePerDay}, ${counting})`;
    case 'score':
      return `KPISCORE(${round}, ${milestones}, ${dates}, ${NAMES.ratePerDay}, ${counting}${card})`;
    case 'weighted':
      return `KPIWEIGHTED(${column('score')}, ${NAMES.weight})`;
    case 'next':
      return `KPINEXT(${round}, ${milestones}${card})`;
  }
}

/** The milestone cells as one range (`C2:E`), or joined side by side when a user moved them apart. */
function milestoneRange(round: Round, columns: ColumnMap): string {
  const numbers = cardOf(round).inputs.map((input) => {
    const number = columns.get(input);
    if (number === undefined) throw new Error(`column ${input} is missing from the map`);
    return number;
  });
  const first = numbers[0] as number;
  const contiguous = numbers.every((number, index) => number === first + index);
  if (contiguous) return openColumnsA1(FIRST_DATA_ROW, first, numbers.length);
  return `{${numbers.map((number) => openColumnsA1(FIRST_DATA_ROW, number)).join(', ')}}`;
}

/** The formula columns' keys, in order. */
export const FORMULA_KEYS: readonly FormulaKey[] = [
  'level',
  'daysLate',
  'penalty',
  'score',
  'weighted',
  'next',
];
