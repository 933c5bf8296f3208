/**
 * The report form of one division and the summary of a round, as data
 * (report-model.ts): everything worded and every figure written, so that the
 * Doc, PDF and HTML renderers only lay it out.
 *
 * Figures are written one way everywhere: a level as it is (`0`, `2.5`, `5`),
 * points with 2 decimals (`0.30`, `2.30`), a weighted score with 4 (`0.1150`),
 * days as `3 วัน`, dates in B.E. (`25 ธันวาคม 2566`). With the Thai-digits
 * setting every number and date the report writes is in Thai digits; what people
 * typed (names, free text) is kept as typed, and file names keep Arabic digits so
 * Drive sorts and searches them.
 */

import { type Card, cardOf, type Round } from './card';
import { cleanText } from './cells';
import { readDateText } from './date-text';
import { civilFromDay, type DayNumber, dayFromCivil } from './dates';
import { divideRounded, type ExactDecimal, formatDecimal, shiftDecimal, toScaled } from './decimal';
import { safeLink } from './links';
import { INDICATOR_DESCRIPTION, INDICATOR_NAME, indicatorCondition, REPORT, REPORT_RUN } from './messages';
import type {
  DivisionReport,
  ReportContact,
  ReportLevel,
  ReportMilestone,
  ReportSignature,
  SummaryReport,
  SummaryRow,
} from './report-model';
import { DEFAULT_INDICATOR_CONDITION } from './template';
import { buddhistYear, formatThaiDate, toThaiDigits } from './thai';
import type { TrackingRow, TrackingSettings } from './tracking';
import { summarizeRound, withCardTexts } from './tracking';
import type { RoundStatus } from './views';

/** What a division's report form is made from. */
export interface DivisionReportInput {
  readonly round: Round;
  /** The division's row of the round's tab (name, head, free text). */
  readonly row: TrackingRow;
  /** Its standing, from `roundStatus` (the same figures as the sheet's formulas). */
  readonly status: RoundStatus;
  readonly settings: TrackingSettings;
  /** The day the report is made, in the spreadsheet's zone. */
  readonly reportDay: DayNumber;
}

/** One division of a round's summary: its name and its standing. */
export interface SummaryEntry {
  readonly division: string;
  readonly status: RoundStatus;
}

/** What a round's summary is made from. */
export interface SummaryReportInput {
  readonly round: Round;
  /** The round's divisions in the order of the tab. */
  readonly divisions: readonly SummaryEntry[];
  readonly settings: TrackingSettings;
  readonly reportDay: DayNumber;
  /** The round's tab (`รอบ 2/2566`), whose year is the report's; taken from the statuses when absent. */
  readonly sheetName?: string;
}

/** The longest division part of a file name, in characters. */
export const MAX_FILE_NAME_DIVISION = 100;

/**
 * The report form of one division for one round.
 *
 * @example buildDivisionReport({ round: 2, row, status, settings, reportDay }).fileName // 'รายงานผล_กองคลัง_รอบ2_2566'
 */
export function buildDivisionReport(input: DivisionReportInput): DivisionReport {
  const { round, row, status, settings, reportDay } = input;
  const write = writer(settings.thaiDigits);
  const name = indicatorName(settings);
  const fiscalYear = reportFiscalYear(round, status.sheetName, settings, reportDay);
  const clean = status.problems.length === 0;
  const exempt = status.exempt === true;
  const levelValue = exempt ? null : (status.level ?? (clean ? 0 : null));
  const weightPercent = write(formatDecimal(shiftDecimal(settings.weight, 2)));
  const figure = (value: number | null, format: (value: number) => string) =>
    value === null && !clean ? REPORT.notComputed : write(format(value ?? 0));
  const round_ = REPORT.roundShort(write(String(round)), write(String(fiscalYear)));
  const reporter = row.text.reporter ?? '';
  const [collector, supervisor] = reportContacts(settings, write);

  return {
    kind: 'division',
    title: [REPORT.formTitle, REPORT.cardTitle, REPORT.fiscalYear(write(String(fiscalYear)))],
    indicatorName: name,
    weight: REPORT.weight(weightPercent),
    fiscalYear,
    round,
    roundLabel: roundLabel(round, fiscalYear, settings.thaiDigits),
    division: row.division,
    head: row.head,
    description: settings.text.indicatorDescription || INDICATOR_DESCRIPTION,
    condition: conditionText(settings, write),
    exempt,
    notAssessed: exempt ? REPORT.notAssessedNote : '',
    levels: reportLevels(round, status, levelValue, write, settings.card),
    figures: exempt
      ? []
      : [
          { label: REPORT.figure.level, value: figure(levelValue, String) },
          {
            label: REPORT.figure.daysLate,
            value: figure(status.daysLate, (days) => REPORT.days(String(days))),
          },
          {
            label: REPORT.figure.penalty(write(formatRate(settings.rate))),
            value: figure(status.penalty, (points) => formatPoints(points)),
          },
          { label: REPORT.figure.net, value: figure(status.score, (points) => formatPoints(points)) },
          {
            label: REPORT.figure.weighted(weightPercent),
            value: figure(status.weighted, (weighted) => formatWeighted(weighted)),
          },
        ],
    due: longDate(status.due, settings.thaiDigits),
    submitted: longDate(status.submitted, settings.thaiDigits),
    narrative: [
      { label: REPORT.narrative.results, value: row.text.results ?? '' },
      { label: REPORT.narrative.problems, value: row.text.problems ?? '' },
      { label: REPORT.narrative.suggestions, value: row.text.suggestions ?? '' },
    ],
    dataProblems: status.problems,
    contacts: [
      { role: REPORT.reporter, name: reporter, phone: write(row.text.reporterPhone ?? '') },
      collector as ReportContact,
      supervisor as ReportContact,
    ],
    reportDate: formatThaiDate(reportDay, { thaiDigits: settings.thaiDigits }),
    signatures: [
      { role: REPORT.reporter, name: reporter },
      { role: REPORT.headRole(row.division), name: row.head },
      ...contactSignatures(settings),
    ],
    footer: REPORT.footer([name, row.division, round_]),
    fileName: REPORT.fileName(safeFileNamePart(row.division), String(round), String(fiscalYear)),
  };
}

/**
 * The summary of a round over all its divisions: a line per division, the count
 * at each level (the same counts as the sidebar's), and the totals.
 *
 * @example buildSummaryReport({ round: 1, divisions: [], settings, reportDay }).fileName // 'รายงานสรุปผล_รอบ1_2566'
 */
export function buildSummaryReport(input: SummaryReportInput): SummaryReport {
  const { round, divisions, settings, reportDay } = input;
  const write = writer(settings.thaiDigits);
  const sheetName = input.sheetName ?? divisions[0]?.status.sheetName ?? '';
  const fiscalYear = reportFiscalYear(round, sheetName, settings, reportDay);
  const statuses = divisions.map((entry) => entry.status);
  const summary = summarizeRound(round, sheetName, statuses);

  const roundDue = settings.due[round];
  const rows: SummaryRow[] = divisions.map(({ division, status }, index) => {
    const clean = status.problems.length === 0;
    const exempt = status.exempt === true && clean;
    // Nothing is computed for a row to fix or one not assessed: its figures are `–`.
    const zeroWhenClean = (value: number | null) => (exempt || !clean ? null : (value ?? 0));
    const written = (value: number | null, format: (value: number) => string) =>
      value === null ? REPORT.notComputed : write(format(value));
    const levelValue = zeroWhenClean(status.level);
    const remarks: string[] = [];
    if (!clean) remarks.push(REPORT.remark.needsFix);
    else if (exempt) remarks.push(REPORT.remark.notAssessed);
    else {
      if (status.submitted === '') remarks.push(REPORT.remark.notSubmitted);
      const due = dayOf(status.due);
      if (due !== undefined && roundDue !== undefined && due !== roundDue)
        remarks.push(REPORT.remark.extended(write(status.due)));
    }
    return {
      number: write(String(index + 1)),
      division,
      submitted: status.submitted === '' || !clean ? REPORT.notComputed : write(status.submitted),
      level: written(levelValue, String),
      daysLate: written(zeroWhenClean(status.daysLate), String),
      penalty: written(zeroWhenClean(status.penalty), formatPoints),
      score: written(zeroWhenClean(status.score), formatPoints),
      weighted: written(zeroWhenClean(status.weighted), formatWeighted),
      remarks: remarks.join(', '),
      levelValue,
    };
  });

  // The average of the scores that could be computed, exact to 0.01 point: rows to
  // fix and rows not assessed are left out, and the text says so.
  const scored: number[] = [];
  const needsFix: string[] = [];
  const exempt: string[] = [];
  const notSubmitted: string[] = [];
  // Late among the rows the table gives figures for (a row to fix shows none).
  let late = 0;
  divisions.forEach(({ division, status }) => {
    if (status.problems.length > 0) needsFix.push(division);
    else if (status.exempt === true) exempt.push(division);
    else {
      scored.push(toScaled(status.score ?? 0, 2));
      if (status.submitted === '') notSubmitted.push(division);
      if ((status.daysLate ?? 0) > 0) late++;
    }
  });
  const total = scored.reduce((sum, score) => sum + score, 0);
  const countText = (names: readonly string[]) => (names.length === 0 ? '' : write(String(names.length)));
  const basis = REPORT.averageBasis(write(String(scored.length)), countText(needsFix), countText(exempt));
  const average =
    scored.length === 0
      ? `${REPORT.notComputed} (${basis})`
      : `${write(formatScaled(divideRounded(total, scored.length), 2, 2))} (${basis})`;
  const named = (names: readonly string[]) => REPORT.divisionsNamed(write(String(names.length)), names);

  return {
    kind: 'summary',
    title: [
      REPORT.summaryTitle,
      REPORT.cardTitle,
      REPORT.fiscalYearRound(write(String(fiscalYear)), write(String(round))),
    ],
    indicatorName: indicatorName(settings),
    fiscalYear,
    round,
    roundLabel: roundLabel(round, fiscalYear, settings.thaiDigits),
    rows,
    countsByLevel: summary.byLevel.map(({ level, count }) => ({
      level: write(level),
      count,
      countText: write(String(count)),
    })),
    totals: [
      { label: REPORT.totals.divisions, value: REPORT.divisions(write(String(summary.divisions))) },
      { label: REPORT.totals.late, value: REPORT.divisions(write(String(late))) },
      { label: REPORT.totals.notSubmitted, value: named(notSubmitted) },
      { label: REPORT.totals.withProblems, value: named(needsFix) },
      ...(exempt.length === 0 ? [] : [{ label: REPORT.totals.exempt, value: named(exempt) }]),
      { label: REPORT.totals.average, value: average },
    ],
    contacts: reportContacts(settings, write),
    reportDate: formatThaiDate(reportDay, { thaiDigits: settings.thaiDigits }),
    signatures: contactSignatures(settings),
    footer: REPORT.footer([
      REPORT.summaryTitle,
      REPORT.roundShort(write(String(round)), write(String(fiscalYear))),
    ]),
    fileName: REPORT.summaryFileName(String(round), String(fiscalYear)),
  };
}

/**
 * A round's period in B.E.: round 1 is 1 October of the year before to 31 March,
 * round 2 is 1 April to 30 September.
 *
 * @example roundLabel(1, 2566, false) // 'รอบ 1/2566 (1 ตุลาคม 2565 – 31 มีนาคม 2566)'
 */
export function roundLabel(round: Round, fiscalYear: number, thaiDigits: boolean): string {
  const { first, last } = roundPeriod(round, fiscalYear);
  const write = writer(thaiDigits);
  return REPORT.roundLabel(
    write(String(round)),
    write(String(fiscalYear)),
    formatThaiDate(first, { thaiDigits }),
    formatThaiDate(last, { thaiDigits }),
  );
}

/**
 * The first and last day of a round of a fiscal year (B.E.).
 *
 * @example roundPeriod(2, 2566) // { first: dayFromCivil(2023, 4, 1), last: dayFromCivil(2023, 9, 30) }
 */
export function roundPeriod(round: Round, fiscalYear: number): { first: DayNumber; last: DayNumber } {
  const year = fiscalYear - buddhistYear(0);
  return round === 1
    ? { first: dayFromCivil(year - 1, 10, 1), last: dayFromCivil(year, 3, 31) }
    : { first: dayFromCivil(year, 4, 1), last: dayFromCivil(year, 9, 30) };
}

/**
 * The fiscal year (B.E.) a report is for: the year of the round's tab
 * (`รอบ 2/2566`), else the fiscal-year setting, else the latest fiscal year whose
 * round had begun by the report day (a round 2 report in November is for the
 * year that ended in September).
 *
 * @example reportFiscalYear(2, 'รอบ 2/2566', settings, reportDay) // 2566
 */
export function reportFiscalYear(
  round: Round,
  sheetName: string,
  settings: Pick<TrackingSettings, 'fiscalYear'>,
  reportDay: DayNumber,
): number {
  const tab = /^รอบ [12]\/(\d{4})$/.exec(sheetName.trim());
  if (tab) return Number(tab[1]);
  if (settings.fiscalYear !== undefined) return settings.fiscalYear;
  const { year, month } = civilFromDay(reportDay);
  const ceFiscalYear = round === 1 ? (month >= 10 ? year + 1 : year) : month >= 4 ? year : year - 1;
  return buddhistYear(ceFiscalYear);
}

// Characters Drive or a downloaded copy cannot hold in a name, or that would mislead.
const UNSAFE_IN_NAME = /[/\\:*?"<>|]/g;
// Bidirectional controls can make a name display as something else.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
const COMBINING_MARK = /\p{M}/u;

/**
 * A division's name made safe for a Drive file name: no `/` or other characters
 * file systems refuse, no control or bidi characters, spaces collapsed, at most
 * {@link MAX_FILE_NAME_DIVISION} characters (never cutting a tone mark from its
 * letter); `ไม่ระบุหน่วยงาน` when nothing is left.
 *
 * @example safeFileNamePart('กอง/ศูนย์  เทคโนโลยี\n') // 'กอง-ศูนย์ เทคโนโลยี'
 */
export function safeFileNamePart(name: string): string {
  let text = '';
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    text += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : char;
  }
  text = cleanText(text.replace(BIDI_CONTROLS, '').replace(UNSAFE_IN_NAME, '-'));
  const chars = Array.from(text);
  if (chars.length > MAX_FILE_NAME_DIVISION) {
    let end = MAX_FILE_NAME_DIVISION;
    while (end > 0 && COMBINING_MARK.test(chars[end] ?? '')) end--;
    text = chars.slice(0, end).join('').trim();
  }
  return text === '' ? REPORT.unnamedDivision : text;
}

/**
 * A scaled integer written with at least `minDecimals` and at most `decimals`
 * decimals (trailing zeros beyond the minimum dropped).
 *
 * @example formatScaled(100_000, 6, 2) // '0.10'
 * @example formatScaled(250, 2, 0) // '2.5'
 */
export function formatScaled(units: number, decimals: number, minDecimals: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(units))).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/**
 * Points written with 2 decimals, exactly.
 *
 * @example formatPoints(2.3) // '2.30'
 */
export function formatPoints(points: number): string {
  return formatScaled(toScaled(points, 2), 2, 2);
}

/**
 * A weighted score written with 4 decimals, exactly.
 *
 * @example formatWeighted(0.115) // '0.1150'
 */
export function formatWeighted(weighted: number): string {
  return formatScaled(toScaled(weighted, 4), 4, 4);
}

/**
 * A penalty rate written exactly as set, with at least 2 decimals like the card's
 * `0.10`.
 *
 * @example formatRate(parseDecimal('0.0049995')) // '0.0049995'
 */
export function formatRate(rate: ExactDecimal): string {
  const text = formatDecimal(rate);
  const point = text.indexOf('.');
  const decimals = point < 0 ? 0 : text.length - point - 1;
  return decimals >= 2 ? text : `${point < 0 ? `${text}.` : text}${'0'.repeat(2 - decimals)}`;
}

type Write = (text: string) => string;

function writer(thaiDigits: boolean): Write {
  return thaiDigits ? toThaiDigits : (text) => text;
}

/** The indicator's name as the settings hold it; the card's when blank or not in the sheet. */
function indicatorName(settings: TrackingSettings): string {
  return settings.text.indicatorName || INDICATOR_NAME;
}

/**
 * The card's condition as the settings hold it. Blank, absent or still set-up's
 * text, it is the card's sentence with the penalty rate as set (so a changed rate
 * shows); text the user wrote is kept as typed.
 */
function conditionText(settings: TrackingSettings, write: Write): string {
  const typed = settings.text.indicatorCondition ?? '';
  return typed === '' || typed === DEFAULT_INDICATOR_CONDITION
    ? indicatorCondition(write(formatRate(settings.rate)))
    : typed;
}

/** The card's levels 1–5 with their official milestones, each met or not as the status says. */
function reportLevels(
  round: Round,
  status: RoundStatus,
  levelValue: number | null,
  write: Write,
  card: Card | undefined,
): ReportLevel[] {
  const checks = [...status.checklist];
  return withCardTexts(cardOf(round), card).general.levels.map((rule) => {
    const milestones: ReportMilestone[] = rule.requirements.map((requirement) => {
      const check = checks.shift();
      if (check === undefined || check.level !== rule.level) {
        throw new Error(`status checklist does not follow round ${round}'s card at level ${rule.level}`);
      }
      return {
        text: write(requirement.official),
        met: check.met,
        points: check.partialPoints === undefined ? '' : write(REPORT.points(String(check.partialPoints))),
        evidence: check.evidence,
        evidenceName: check.evidence === '' ? '' : evidenceName(check.evidence),
      };
    });
    return {
      level: rule.level,
      label: write(String(rule.level)),
      milestones,
      reached: levelValue !== null && rule.level <= levelValue,
    };
  });
}

function reportContacts(settings: TrackingSettings, write: Write): ReportContact[] {
  const text = settings.text;
  return [
    { role: REPORT.collector, name: text.collector ?? '', phone: write(text.collectorPhone ?? '') },
    { role: REPORT.supervisor, name: text.supervisor ?? '', phone: write(text.supervisorPhone ?? '') },
  ];
}

function contactSignatures(settings: TrackingSettings): ReportSignature[] {
  return [
    { role: REPORT.collector, name: settings.text.collector ?? '' },
    { role: REPORT.supervisor, name: settings.text.supervisor ?? '' },
  ];
}

/** A status date (`10 ต.ค. 2566`) as a day, `undefined` when blank or no date. */
function dayOf(shortDate: string): DayNumber | undefined {
  if (shortDate === '') return undefined;
  const reading = readDateText(shortDate);
  return reading.kind === 'day' ? reading.day : undefined;
}

/** A status date (`10 ต.ค. 2566`) written in full (`10 ตุลาคม 2566`); text that is no date stays as it is. */
function longDate(shortDate: string, thaiDigits: boolean): string {
  if (shortDate === '') return '';
  const reading = readDateText(shortDate);
  return reading.kind === 'day' ? formatThaiDate(reading.day, { thaiDigits }) : shortDate;
}

/** The longest file name an evidence name keeps, in characters (the link keeps the whole address). */
export const MAX_EVIDENCE_NAME = 40;

const GOOGLE_KINDS: readonly (readonly [RegExp, string])[] = [
  [/^docs\.google\.com\/document\//, REPORT.evidence.document],
  [/^docs\.google\.com\/spreadsheets\//, REPORT.evidence.spreadsheet],
  [/^docs\.google\.com\/presentation\//, REPORT.evidence.presentation],
  [/^(docs\.google\.com\/forms\/|forms\.gle\/)/, REPORT.evidence.form],
  [/^drive\.google\.com\/(drive\/(u\/\d+\/)?)?folders\//, REPORT.evidence.driveFolder],
  [/^drive\.google\.com\//, REPORT.evidence.driveFile],
];

/**
 * Evidence named for paper, where an address means nothing: a Google file by its
 * kind, anything else by its file name (the address's last path part, decoded)
 * and its site; the site alone when the address names no file. Text that is no
 * web address is returned as it is. The link keeps the whole address as its target.
 *
 * @example evidenceName('https://example.org/kpi/2566/r2/manual.pdf') // 'manual.pdf (example.org)'
 * @example evidenceName('https://docs.google.com/document/d/1AbC/edit') // 'Google เอกสาร'
 */
export function evidenceName(evidence: string): string {
  const link = safeLink(evidence);
  if (link === undefined) return evidence;
  const rest = link.replace(/^https?:\/\//i, '');
  const lowered = rest.toLowerCase().replace(/^www\./, '');
  for (const [pattern, name] of GOOGLE_KINDS) if (pattern.test(lowered)) return name;
  const host = (/^[^/?#]+/.exec(rest)?.[0] ?? rest)
    .replace(/:\d+$/, '')
    .replace(/^www\./i, '')
    .toLowerCase();
  const path =
    rest
      .slice(host.length)
      .replace(/^(:\d+)?/, '')
      .split(/[?#]/)[0] ?? '';
  const last = path
    .split('/')
    .filter((part) => part !== '')
    .pop();
  if (last === undefined) return host;
  let file = last;
  try {
    file = decodeURIComponent(last);
  } catch {
    // A broken escape: the name as written.
  }
  file = cleanText(file);
  const chars = Array.from(file);
  if (chars.length > MAX_EVIDENCE_NAME) file = `${chars.slice(0, MAX_EVIDENCE_NAME - 1).join('')}…`;
  return REPORT.evidence.file(file, host);
}

/**
 * Why a division's row cannot become an official form: its data problems, named
 * by their cells (`F7, C9`), for its status cell and the user; `undefined` when it can.
 *
 * @example refusalReason({ problems: ['F7: ไม่มีวันนี้ในปฏิทิน: 31/9/2566'] }) // 'ข้อมูลในแถวนี้ต้องแก้ไขก่อนที่ช่อง F7 …'
 */
export function refusalReason(status: Pick<RoundStatus, 'problems'>): string | undefined {
  if (status.problems.length === 0) return undefined;
  const cells: string[] = [];
  // A problem of no cell of the row: the sheet's card cannot be read (its row and column named).
  const whole: string[] = [];
  for (const problem of status.problems) {
    const cell = /^([A-Z]{1,3}\d+):/.exec(problem)?.[1];
    if (cell === undefined) whole.push(problem);
    else if (!cells.includes(cell)) cells.push(cell);
  }
  if (whole.length > 0) return REPORT_RUN.refusedCard(whole.join('; '));
  return REPORT_RUN.refusedCells(cells);
}
