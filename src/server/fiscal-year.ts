/**
 * "Start a new fiscal year" (menu): the round tabs of the new year, made as set-up
 * makes round tabs, with the latest year's divisions (names, heads, reporters and
 * phones, nothing they did) and the due dates the user confirmed; the settings move
 * to the new year and its holidays are added. Earlier years' tabs keep every value
 * and get a warning-only protection: their reports can still be made.
 */

import { ROUNDS, type Round } from '../core/card';
import { CellProblem, cleanText, createDateReader, readWholeNumber } from '../core/cells';
import { type DayNumber, dayFromCivil, isoFromDay } from '../core/dates';
import { dayYearsOn, fiscalYearOfTab, latestFiscalYear } from '../core/fiscal-year';
import { holidaysForFiscalYear } from '../core/holidays';
import { FISCAL_YEAR } from '../core/messages';
import { NAMES, roundOfTab, TAB } from '../core/template';
import type { ActionResult } from '../core/views';
import { dayOfInZone } from './services/calendar';
import { gridRange, type SpreadsheetHandle } from './services/spreadsheet';
import { readSheetContext, serialOfDay, writeSetting } from './settings';
import { completeRoundTab, fillHolidays } from './setup';
import { fillNewRoundTab, type NewDivision, readRoundTabs } from './tracking';

/** The lowest and highest fiscal year accepted, as the settings' year cell accepts them. */
export const FISCAL_YEAR_RANGE = { min: 2500, max: 2700 } as const;

/** What the dialog shows before the user confirms. */
export interface FiscalYearPlan {
  /** The latest year of the round tabs (0 when the sheet has none). */
  readonly latestYear: number;
  /** The year proposed: the settings' fiscal year + 1 (or the year asked for). */
  readonly year: number;
  /** Each round's due date moved on to `year`, as the guide says to type a date: `d/m/yyyy`, C.E. */
  readonly due: readonly { readonly round: Round; readonly text: string }[];
}

/** A due date as the guide recommends typing it: `10/4/2024` (day/month/year C.E.). */
export function dueText(day: DayNumber): string {
  const [year, month, date] = isoFromDay(day).split('-').map(Number);
  return `${date}/${month}/${year}`;
}

/**
 * The year the dialog proposes and each round's due date moved on to it: the
 * settings' due date of the round moved on by the years between the settings'
 * fiscal year and `year`; where the setting cannot be read, the card's default day
 * (10 April, 10 October) of that year.
 */
export function fiscalYearPlan(spreadsheet: SpreadsheetHandle, asked?: unknown): FiscalYearPlan {
  const latestYear = latestFiscalYear(spreadsheet.sheets().map((sheet) => sheet.name)) ?? 0;
  const { settings } = readSheetContext(spreadsheet);
  const base = settings.fiscalYear ?? (latestYear > 0 ? latestYear : undefined);
  const askedYear =
    typeof asked === 'number' || typeof asked === 'string' ? readWholeNumber(asked) : undefined;
  const year =
    askedYear !== undefined && askedYear >= FISCAL_YEAR_RANGE.min && askedYear <= FISCAL_YEAR_RANGE.max
      ? askedYear
      : Math.max(base ?? 0, latestYear) + 1;
  const due = ROUNDS.map((round) => {
    const setting = settings.due[round];
    const day =
      setting !== undefined && base !== undefined
        ? dayYearsOn(setting, year - base)
        : defaultDue(round, year);
    return { round, text: dueText(day) };
  });
  return { latestYear, year, due };
}

/** The card's default due day of a round in fiscal year `year`: 10 April, 10 October (C.E.). */
function defaultDue(round: Round, year: number): DayNumber {
  const ce = year - 543;
  return round === 1 ? dayFromCivil(ce, 4, 10) : dayFromCivil(ce, 10, 10);
}

/**
 * Starts fiscal year `year` with the due dates confirmed (one text a round, in
 * round order). Refused, with nothing changed: a year that is not a whole number
 * in {@link FISCAL_YEAR_RANGE}, one that already has tabs, one not after the
 * latest year's tabs, a due date that cannot be read.
 */
export function startFiscalYear(spreadsheet: SpreadsheetHandle, year: unknown, dues: unknown): ActionResult {
  const names = spreadsheet.sheets().map((sheet) => sheet.name);
  const latest = latestFiscalYear(names);
  if (latest === undefined) return { ok: false, message: FISCAL_YEAR.notSetUp };
  const shown = cleanText(String(year ?? ''));
  const wanted = readWholeNumber(typeof year === 'number' ? year : shown);
  if (wanted === undefined) return { ok: false, message: FISCAL_YEAR.yearNotNumber(shown) };
  if (wanted < FISCAL_YEAR_RANGE.min || wanted > FISCAL_YEAR_RANGE.max)
    return { ok: false, message: FISCAL_YEAR.yearOutOfRange(wanted) };
  const existing = names.filter((name) => fiscalYearOfTab(name) === wanted);
  if (existing.length > 0) return { ok: false, message: FISCAL_YEAR.yearExists(wanted, existing) };
  if (wanted <= latest) return { ok: false, message: FISCAL_YEAR.yearNotAfter(wanted, latest) };

  const texts = Array.isArray(dues) ? dues : [];
  const readDate = createDateReader(dayOfInZone(spreadsheet.timeZone()));
  const due = new Map<Round, DayNumber>();
  for (const round of ROUNDS) {
    const text = cleanText(String(texts[round - 1] ?? ''));
    if (text === '') return { ok: false, message: FISCAL_YEAR.dueMissing(round) };
    const label = FISCAL_YEAR.dueLabel(round);
    const day = readDate(text, label);
    if (day instanceof CellProblem) {
      return { ok: false, message: FISCAL_YEAR.dueUnreadable(round, text, day.message) };
    }
    due.set(round, day);
  }

  // The latest year's divisions, round by round, in their tabs' order.
  const latestTabs = readRoundTabs(spreadsheet, { through: 'lastDivision' }).filter(
    (tab) => fiscalYearOfTab(tab.sheet.name) === latest,
  );
  const divisionsOf = (round: Round): NewDivision[] => {
    const tab = latestTabs.find((entry) => entry.round === round) ?? latestTabs[0];
    return (tab?.rows ?? [])
      .filter((row) => row.division !== '')
      .map((row) => ({
        name: row.division,
        head: row.head,
        reporter: row.text.reporter ?? '',
        reporterPhone: row.text.reporterPhone ?? '',
      }));
  };

  // The new year's tabs go before the earlier years': a tab found by its round alone is this year's.
  const firstRoundTab = spreadsheet.sheets().findIndex((sheet) => roundOfTab(sheet.name) !== undefined);
  const made = ROUNDS.map((round, index) => {
    const sheet = spreadsheet.insertSheet(TAB.round(round, wanted), firstRoundTab + index);
    completeRoundTab(sheet, round);
    return { round, sheet };
  });
  // Then the settings: the new rows take their due dates from them, as "add division" does.
  writeYearSettings(spreadsheet, wanted, due);
  const holidays = holidaysForFiscalYear(wanted);
  fillHolidays(spreadsheet, wanted);
  const context = readSheetContext(spreadsheet);
  let count = 0;
  for (const { round, sheet } of made) {
    const divisions = divisionsOf(round);
    fillNewRoundTab(sheet, round, divisions, context);
    count = Math.max(count, divisions.length);
  }
  const created = made.map(({ sheet }) => sheet.name);

  closeEarlierYears(spreadsheet, wanted);
  return {
    ok: true,
    message: FISCAL_YEAR.done(wanted, created, count, holidays?.holidays.length),
  };
}

/** The settings' fiscal year and due dates, written as set-up writes them (a number, date serials). */
function writeYearSettings(
  spreadsheet: SpreadsheetHandle,
  year: number,
  due: ReadonlyMap<Round, DayNumber>,
): void {
  const named = new Map(spreadsheet.namedRanges().map((entry) => [entry.name, entry]));
  const write = (name: string, key: 'fiscalYear' | 'dueRound1' | 'dueRound2', value: number, iso: string) => {
    const cell = named.get(name);
    const sheet = cell === undefined ? undefined : spreadsheet.sheet(cell.sheetName);
    if (cell === undefined || sheet === undefined) {
      writeSetting(spreadsheet, key, iso);
      return;
    }
    sheet.writeValues(gridRange(cell.range.row, cell.range.column), [[value]]);
  };
  write(NAMES.fiscalYear, 'fiscalYear', year, String(year));
  for (const round of ROUNDS) {
    const day = due.get(round) as DayNumber;
    const key = round === 1 ? 'dueRound1' : 'dueRound2';
    write(NAMES[key], key, serialOfDay(day), dueText(day));
  }
}

/**
 * Protects every earlier year's round tab, whole, with a warning (editing asks "are
 * you sure?"): its values stay as they were. A tab already protected so is left alone.
 */
function closeEarlierYears(spreadsheet: SpreadsheetHandle, year: number): void {
  for (const sheet of spreadsheet.sheets()) {
    const tabYear = fiscalYearOfTab(sheet.name);
    if (tabYear === undefined || tabYear >= year) continue;
    const description = FISCAL_YEAR.closedProtection(tabYear);
    if (sheet.protections().some((protection) => protection.description === description)) continue;
    sheet.protect(gridRange(1, 1, sheet.maxRows(), sheet.maxColumns()), description);
  }
}
