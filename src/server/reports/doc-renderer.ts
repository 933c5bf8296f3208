/**
 * The report form and the round's summary laid out as a Google Doc: A4, margins
 * 3 cm left, 2 cm right, 2.5 cm top and bottom, Sarabun throughout. Every part of
 * the model appears once, in the model's order, with its values as the model
 * wrote them: this file decides where things go and how they look, nothing else.
 *
 * Print-ready through Docs' own layout hints: headings and the labels of a text
 * keep with what follows them, the report date and every signature line keep
 * together (a chain of keep-with-next), no table row splits across pages, the
 * summary's header row repeats on every page, and a footer names the paper on
 * every page. Every table header fits its column (widths measured for Sarabun),
 * so no header breaks inside a word. A division's form fits on 2 A4 pages.
 *
 * A form with data problems is never rendered (generating it is refused), so no
 * `⚠` and no cell address ever reaches a Doc.
 */

import { safeLink } from '../../core/links';
import { DOC_REPORT, REPORT } from '../../core/messages';
import type {
  DivisionReport,
  ReportFigure,
  ReportLevel,
  ReportSignature,
  SummaryReport,
} from '../../core/report-model';
import {
  A4,
  type CellSpec,
  cm,
  type DocWriter,
  type FontSetup,
  type PageSetup,
  type ParagraphSpec,
  type TableSpec,
  type TextRun,
} from '../services/documents';

/** The page of every report: A4 with the official margins. */
export const REPORT_PAGE: PageSetup = {
  width: A4.width,
  height: A4.height,
  marginTop: cm(2.5),
  marginBottom: cm(2.5),
  marginLeft: cm(3),
  marginRight: cm(2),
};

/**
 * The font of every report. Google's Sarabun is drawn larger than the TH Sarabun
 * of printed forms, so 14 pt here reads like their 16 pt.
 */
export const REPORT_FONT: FontSetup = { family: 'Sarabun', size: 14 };

/** The width between the margins, in points: what the tables share. */
export const TEXT_WIDTH = REPORT_PAGE.width - REPORT_PAGE.marginLeft - REPORT_PAGE.marginRight;

/**
 * The summary's page: A4 landscape with the same margins, so its nine columns leave
 * the division's name and the remarks room to read (a round's table, as offices print it).
 */
export const SUMMARY_PAGE: PageSetup = { ...REPORT_PAGE, width: A4.height, height: A4.width };

/** The width between the summary page's margins, in points. */
export const SUMMARY_TEXT_WIDTH = SUMMARY_PAGE.width - SUMMARY_PAGE.marginLeft - SUMMARY_PAGE.marginRight;

/** The colours of the form. */
export const REPORT_COLORS = {
  headerBackground: '#d9e2f3',
  labelBackground: '#f2f2f2',
  reachedBackground: '#e2efda',
  met: '#1e7b34',
  notMet: '#c00000',
  link: '#1155cc',
  problem: '#c00000',
  bar: '#4472c4',
} as const;

/** Point sizes: the title 18 pt; tables smaller than the text so the form fits on 2 pages. */
export const SIZE = {
  title: 18,
  subtitle: 13,
  heading: 14,
  text: 11,
  table: 11,
  signature: 12,
  summaryTable: 10,
  small: 10,
  footer: 9,
  bar: 10,
} as const;

/**
 * Lays out a division's report form: title block, the indicator (name, weight,
 * description, condition) and division, the level table (✓/✗ and evidence by
 * name, linked), the score table (or "not assessed this round"), the narrative,
 * contacts, the report date and the signature block.
 *
 * @example renderDivisionDoc(buildDivisionReport(input), documents.open(drive.createDocument(report.fileName, folderId).id))
 */
export function renderDivisionDoc(report: DivisionReport, writer: DocWriter): void {
  setUp(writer, report.footer);
  titleBlock(writer, report.title);
  labelled(writer, [[REPORT.label.indicator, report.indicatorName]]);
  labelled(writer, [[REPORT.label.weight, report.weight]]);
  labelled(writer, [[REPORT.label.description, report.description]], SIZE.text);
  labelled(writer, [[REPORT.label.condition, report.condition]], SIZE.text);
  labelled(writer, [[REPORT.label.round, report.roundLabel]]);
  labelled(writer, [
    [REPORT.label.division, report.division],
    [REPORT.label.head, report.head],
  ]);

  // The level table may start at a page's foot and go on over the page: its
  // header row repeats there, its rows stay whole, the heading is not tied to it all.
  heading(writer, REPORT.label.levelsHeading, false);
  writer.appendTable(levelTable(report.levels));
  writer.appendParagraph({
    text: DOC_REPORT.legend(REPORT.label.met, REPORT.label.notMet),
    fontSize: SIZE.small,
    spaceBefore: 2,
  });

  heading(writer, REPORT.label.scoreHeading);
  labelled(
    writer,
    [
      [REPORT.label.due, report.due === '' ? DOC_REPORT.blank : report.due],
      [REPORT.label.submitted, report.submitted === '' ? DOC_REPORT.notSubmitted : report.submitted],
    ],
    SIZE.signature,
  );
  if (report.exempt) {
    writer.appendParagraph({
      text: [{ text: `${REPORT.notAssessed} `, bold: true }, { text: report.notAssessed }],
      spaceBefore: 4,
      keepLinesTogether: true,
    });
  } else {
    writer.appendTable(scoreTable(report.figures));
  }

  heading(writer, REPORT.label.narrativeHeading);
  for (const item of report.narrative) {
    const [first = DOC_REPORT.blank, ...rest] = lines(item.value);
    writer.appendParagraph({
      text: [{ text: `${item.label} `, bold: true }, { text: first }],
      fontSize: SIZE.text,
      spaceBefore: 3,
      keepLinesTogether: true,
    });
    for (const line of rest) writer.appendParagraph({ text: line, fontSize: SIZE.text, indentStart: cm(1) });
  }

  // The contacts are the people who sign: each signature names the person, the role and the phone.
  const phones = new Map(report.contacts.map((contact) => [contact.role, contact.phone]));
  signatureBlock(writer, report.reportDate, report.signatures, phones);
}

/**
 * Lays out a round's summary: title block, the table of divisions (submitted
 * date, days late, penalty, level, score, weighted, remarks; its header on every
 * page), the totals (who has not submitted, whose data needs fixing, what the
 * average counts), the divisions at each level with a bar chart, contacts, the
 * report date and the signature block.
 *
 * @example renderSummaryDoc(buildSummaryReport(input), documents.open(drive.createDocument(report.fileName, folderId).id))
 */
export function renderSummaryDoc(report: SummaryReport, writer: DocWriter): void {
  setUp(writer, report.footer, SUMMARY_PAGE);
  titleBlock(writer, report.title);
  labelled(writer, [[REPORT.label.indicator, report.indicatorName]]);
  labelled(writer, [[REPORT.label.round, report.roundLabel]]);

  // A table that may run over pages: its header row repeats instead of the heading keeping with it.
  heading(writer, REPORT.label.summaryTableHeading, false);
  if (report.rows.length === 0) {
    writer.appendParagraph({ text: REPORT.label.noDivisions });
  } else {
    const centered = (text: string): CellSpec => ({ text, align: 'center' });
    writer.appendTable({
      rows: [
        headerRow(SUMMARY_COLUMNS.map(([label]) => label)),
        ...report.rows.map((row) => [
          centered(row.number),
          { text: row.division },
          centered(row.submitted),
          centered(row.daysLate),
          centered(row.penalty),
          centered(row.level),
          centered(row.score),
          centered(row.weighted),
          { text: row.remarks },
        ]),
      ].map((row) => row.map((cell) => ({ fontSize: SIZE.summaryTable, ...cell }))),
      columnWidths: widths(
        SUMMARY_COLUMNS.map(([, width]) => width),
        SUMMARY_TEXT_WIDTH,
      ),
      headerRows: 1,
      keepRowsWhole: true,
    });
  }

  heading(writer, REPORT.label.totalsHeading);
  writer.appendTable(figureTable(report.totals, SUMMARY_TEXT_WIDTH));

  heading(writer, REPORT.label.countsHeading);
  writer.appendTable({
    rows: [
      headerRow([REPORT.label.levelColumn, REPORT.label.countColumn, DOC_REPORT.chartColumn]),
      ...report.countsByLevel.map(({ level, count, countText }) => [
        { text: REPORT.levelOf(level), align: 'center' as const },
        { text: countText, align: 'center' as const },
        // The chart: one block per division, so bars compare at a glance and print as they show.
        { text: [{ text: DOC_REPORT.bar.repeat(count), color: REPORT_COLORS.bar, fontSize: SIZE.bar }] },
      ]),
    ].map((row) => row.map((cell) => ({ fontSize: SIZE.table, ...cell }))),
    columnWidths: widths([80, 90, 0], SUMMARY_TEXT_WIDTH),
    keepRowsWhole: true,
  });

  // As on the division's form, the people who sign carry their phones, so the signatures share a page with the last table.
  const phones = new Map(report.contacts.map((contact) => [contact.role, contact.phone]));
  signatureBlock(writer, report.reportDate, report.signatures, phones, SUMMARY_TEXT_WIDTH);
}

/**
 * The summary's columns and their widths in points (0: what the others leave).
 * Each header is a few whole words; a column is at least as wide as its longest
 * word in Sarabun 10 pt bold plus the cell's padding, so a header wraps only
 * between words ("คะแนน / ถ่วงน้ำหนัก", never "น้ำ / หนัก").
 */
export const SUMMARY_COLUMNS: readonly (readonly [string, number])[] = [
  [REPORT.label.number, 22],
  [REPORT.label.division, 0],
  [REPORT.label.submittedColumn, 76],
  [REPORT.label.daysLateColumn, 42],
  [REPORT.label.penaltyColumn, 44],
  [REPORT.label.levelReachedColumn, 36],
  [REPORT.label.netColumn, 42],
  [REPORT.label.weightedColumn, 66],
  [REPORT.label.remarksColumn, 150],
];

/** The level table's columns and their widths in points (0: what the others leave), as {@link SUMMARY_COLUMNS}. */
export const LEVEL_COLUMNS: readonly (readonly [string, number])[] = [
  [REPORT.label.levelColumn, 50],
  [REPORT.label.milestoneColumn, 0],
  [REPORT.label.resultColumn, 64],
  [REPORT.label.evidenceColumn, 100],
];

function setUp(writer: DocWriter, footer: string, page: PageSetup = REPORT_PAGE): void {
  writer.setPage(page);
  writer.setFont(REPORT_FONT);
  writer.setFooter({ text: footer, fontSize: SIZE.footer, align: 'center' });
}

function titleBlock(writer: DocWriter, title: readonly string[]): void {
  title.forEach((line, index) => {
    const first = index === 0;
    writer.appendParagraph({
      text: line,
      heading: first ? 'title' : 'subtitle',
      align: 'center',
      bold: true,
      fontSize: first ? SIZE.title : SIZE.subtitle,
      spaceAfter: index === title.length - 1 ? 8 : 0,
      keepWithNext: true,
      keepLinesTogether: true,
    });
  });
}

/** One line of labelled values (`หน่วยงาน กองคลัง   ผู้อำนวยการ …`), the labels bold. */
function labelled(writer: DocWriter, pairs: readonly (readonly [string, string])[], fontSize?: number): void {
  const runs: TextRun[] = [];
  pairs.forEach(([label, value], index) => {
    runs.push({ text: `${index === 0 ? '' : '    '}${label} `, bold: true }, { text: value });
  });
  writer.appendParagraph({ text: runs, ...(fontSize === undefined ? {} : { fontSize }) });
}

/** A section heading, kept with what follows (unless that is a table that may run over pages). */
function heading(writer: DocWriter, text: string, keepWithNext = true): void {
  writer.appendParagraph({
    text,
    heading: 'heading1',
    bold: true,
    fontSize: SIZE.heading,
    spaceBefore: 6,
    spaceAfter: 2,
    keepWithNext,
    keepLinesTogether: true,
  });
}

function headerRow(labels: readonly string[]): CellSpec[] {
  return labels.map((text) => ({
    text,
    bold: true,
    align: 'center',
    background: REPORT_COLORS.headerBackground,
  }));
}

/** The level table: a row per milestone, the level named on its first row and shaded when reached. */
function levelTable(levels: readonly ReportLevel[]): TableSpec {
  const rows: CellSpec[][] = [headerRow(LEVEL_COLUMNS.map(([label]) => label))];
  for (const level of levels) {
    const levelCell = (first: boolean): CellSpec => ({
      text: first ? REPORT.levelOf(level.label) : '',
      align: 'center',
      bold: true,
      ...(level.reached ? { background: REPORT_COLORS.reachedBackground } : {}),
    });
    if (level.milestones.length === 0) {
      rows.push([
        levelCell(true),
        { text: REPORT.label.noMilestone, align: 'center' },
        result(level.reached),
        { text: '' },
      ]);
      continue;
    }
    level.milestones.forEach((milestone, index) => {
      rows.push([
        levelCell(index === 0),
        { text: milestone.text },
        // The card's text of a half already says "(0.5 คะแนน)".
        result(milestone.met),
        evidence(milestone.evidence, milestone.evidenceName),
      ]);
    });
  }
  return {
    rows: rows.map((row) => row.map((cell) => ({ fontSize: SIZE.table, ...cell }))),
    columnWidths: widths(LEVEL_COLUMNS.map(([, width]) => width)),
    headerRows: 1,
    keepRowsWhole: true,
  };
}

function result(met: boolean): CellSpec {
  return {
    text: [
      {
        text: met ? DOC_REPORT.met : DOC_REPORT.notMet,
        bold: true,
        color: met ? REPORT_COLORS.met : REPORT_COLORS.notMet,
      },
    ],
    align: 'center',
  };
}

/**
 * Evidence by its name, linked to its address (the name means something on
 * paper, the link on screen); text that is no web address as typed, never a link.
 */
function evidence(address: string, name: string): CellSpec {
  const url = safeLink(address);
  if (url === undefined) return { text: address };
  const link: TextRun = {
    text: name === '' ? url : name,
    link: url,
    color: REPORT_COLORS.link,
    underline: true,
  };
  return { text: [link] };
}

/** The figures side by side under their labels: level, days late, penalty, net and weighted score. */
function scoreTable(figures: readonly ReportFigure[]): TableSpec {
  const share = [80, 80, 0, 78, 104].slice(0, figures.length);
  return {
    rows: [
      headerRow(figures.map((figure) => figure.label)),
      figures.map((figure) => ({ text: figure.value, align: 'center' as const, bold: true })),
    ].map(sized),
    columnWidths: widths(share),
    headerRows: 1,
    keepRowsWhole: true,
  };
}

/** Labelled figures a row each, the label shaded on the left, the value (which may run long) beside it. */
function figureTable(figures: readonly ReportFigure[], textWidth = TEXT_WIDTH): TableSpec {
  return {
    rows: figures
      .map((figure) => [
        { text: figure.label, background: REPORT_COLORS.labelBackground },
        { text: figure.value },
      ])
      .map(sized),
    columnWidths: widths([150, 0], textWidth),
    keepRowsWhole: true,
  };
}

function sized(row: readonly CellSpec[]): CellSpec[] {
  return row.map((cell) => ({ fontSize: SIZE.table, ...cell }));
}

/**
 * The report date and the signature lines, each with its role. The date and every
 * signature line are one keep-with-next chain, so they share a page: never a
 * signature alone on a page, never a page break between a line and its name.
 */
function signatureBlock(
  writer: DocWriter,
  reportDate: string,
  signatures: readonly ReportSignature[],
  phones: ReadonlyMap<string, string> = new Map(),
  textWidth = TEXT_WIDTH,
): void {
  const fontSize = SIZE.signature;
  const chain: ParagraphSpec[] = [
    { text: `${REPORT.label.reportDate} ${reportDate}`, align: 'right', spaceBefore: 10, fontSize },
  ];
  // Each signature in the right half of the page, the official place for it.
  const indentStart = Math.round(textWidth * (textWidth > TEXT_WIDTH ? 0.55 : 0.4));
  for (const signature of signatures) {
    chain.push(
      {
        text: DOC_REPORT.signLine(REPORT.label.sign),
        align: 'center',
        indentStart,
        spaceBefore: 8,
        fontSize,
      },
      { text: DOC_REPORT.signName(signature.name), align: 'center', indentStart, fontSize },
      { text: roleLine(signature.role, phones.get(signature.role)), align: 'center', indentStart, fontSize },
    );
  }
  chain.forEach((paragraph, index) => {
    writer.appendParagraph({
      ...paragraph,
      keepLinesTogether: true,
      ...(index < chain.length - 1 ? { keepWithNext: true } : {}),
    });
  });
}

/** A signature's role, with the phone when the form lists one (`ผู้รายงาน โทรศัพท์ 0 2141 5001`). */
function roleLine(role: string, phone: string | undefined): string {
  return phone === undefined
    ? role
    : `${role}  ${REPORT.label.phone} ${phone === '' ? DOC_REPORT.blank : phone}`;
}

/** Free text a line per paragraph (a cell's line breaks kept), `–` when blank. */
function lines(text: string): string[] {
  const kept = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return kept.length === 0 ? [DOC_REPORT.blank] : kept;
}

/** Column widths filling the text width: the one given as 0 takes what the others leave. */
function widths(columns: readonly number[], textWidth = TEXT_WIDTH): number[] {
  const fixed = columns.reduce((sum, width) => sum + width, 0);
  return columns.map((width) => (width === 0 ? textWidth - fixed : width));
}
