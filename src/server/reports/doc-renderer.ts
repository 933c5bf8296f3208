/**
 * The report form and the round's summary laid out as a Google Doc: A4, margins
 * 3 cm left, 2 cm right, 2.5 cm top and bottom, Sarabun throughout. Every part of
 * the model appears once, in the model's order, with its values as the model
 * wrote them: this file decides where things go and how they look, nothing else.
 */

import { safeLink } from '../../core/links';
import { DOC_REPORT, REPORT, WARNING_PREFIX } from '../../core/messages';
import type {
  DivisionReport,
  ReportContact,
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

const SIZE = { title: 18, subtitle: 16, heading: 15, table: 13, small: 12, bar: 10 } as const;

/**
 * Lays out a division's report form: title block, the indicator and division,
 * the level table (✓/✗ and evidence links), the score table, the narrative, any
 * data problems, contacts, the report date and the signature block.
 *
 * @example renderDivisionDoc(buildDivisionReport(input), documents.open(drive.createDocument(report.fileName, folderId).id))
 */
export function renderDivisionDoc(report: DivisionReport, writer: DocWriter): void {
  setUp(writer);
  titleBlock(writer, report.title);
  labelled(writer, REPORT.label.indicator, report.indicatorName);
  labelled(writer, REPORT.label.weight, report.weight);
  labelled(writer, REPORT.label.round, report.roundLabel);
  labelled(writer, REPORT.label.division, report.division);
  labelled(writer, REPORT.label.head, report.head);

  heading(writer, REPORT.label.levelsHeading);
  writer.appendTable(levelTable(report.levels));
  writer.appendParagraph({
    text: DOC_REPORT.legend(REPORT.label.met, REPORT.label.notMet),
    fontSize: SIZE.small,
    spaceBefore: 4,
  });

  heading(writer, REPORT.label.scoreHeading);
  writer.appendTable(
    figureTable([
      { label: REPORT.label.due, value: report.due },
      {
        label: REPORT.label.submitted,
        value: report.submitted === '' ? DOC_REPORT.notSubmitted : report.submitted,
      },
      ...report.figures,
    ]),
  );

  heading(writer, REPORT.label.narrativeHeading);
  for (const item of report.narrative) {
    writer.appendParagraph({ text: item.label, bold: true, spaceBefore: 6 });
    for (const line of lines(item.value)) writer.appendParagraph({ text: line, indentStart: cm(1) });
  }

  if (report.dataProblems.length > 0) {
    heading(writer, REPORT.label.dataProblems);
    for (const problem of report.dataProblems) {
      writer.appendParagraph({
        text: [{ text: `${WARNING_PREFIX}${problem}`, color: REPORT_COLORS.problem }],
      });
    }
  }

  closing(writer, report.contacts, report.reportDate, report.signatures);
}

/**
 * Lays out a round's summary: title block, the table of divisions, the totals,
 * the divisions at each level with a bar chart, contacts, the report date and
 * the signature block.
 *
 * @example renderSummaryDoc(buildSummaryReport(input), documents.open(drive.createDocument(report.fileName, folderId).id))
 */
export function renderSummaryDoc(report: SummaryReport, writer: DocWriter): void {
  setUp(writer);
  titleBlock(writer, report.title);
  labelled(writer, REPORT.label.indicator, report.indicatorName);
  labelled(writer, REPORT.label.round, report.roundLabel);

  heading(writer, REPORT.label.summaryTableHeading);
  if (report.rows.length === 0) {
    writer.appendParagraph({ text: REPORT.label.noDivisions });
  } else {
    const centered = (text: string): CellSpec => ({ text, align: 'center' });
    writer.appendTable({
      rows: [
        headerRow([
          REPORT.label.number,
          REPORT.label.division,
          REPORT.label.levelReachedColumn,
          REPORT.label.daysLateColumn,
          REPORT.label.netColumn,
          REPORT.label.weightedColumn,
        ]),
        ...report.rows.map((row) => [
          centered(row.number),
          { text: row.division },
          centered(row.level),
          centered(row.daysLate),
          centered(row.score),
          centered(row.weighted),
        ]),
      ],
      columnWidths: widths([30, 0, 62, 62, 62, 80]),
    });
  }

  heading(writer, REPORT.label.totalsHeading);
  writer.appendTable(figureTable(report.totals));

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
    ],
    columnWidths: widths([80, 90, 0]),
  });

  closing(writer, report.contacts, report.reportDate, report.signatures);
}

function setUp(writer: DocWriter): void {
  writer.setPage(REPORT_PAGE);
  writer.setFont(REPORT_FONT);
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
      spaceAfter: index === title.length - 1 ? 12 : 0,
    });
  });
}

function labelled(writer: DocWriter, label: string, value: string): void {
  writer.appendParagraph({ text: [{ text: `${label} `, bold: true }, { text: value }] });
}

function heading(writer: DocWriter, text: string): void {
  writer.appendParagraph({
    text,
    heading: 'heading1',
    bold: true,
    fontSize: SIZE.heading,
    spaceBefore: 12,
    spaceAfter: 6,
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
  const rows: CellSpec[][] = [
    headerRow([
      REPORT.label.levelColumn,
      REPORT.label.milestoneColumn,
      REPORT.label.resultColumn,
      REPORT.label.evidenceColumn,
    ]),
  ];
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
        evidence(milestone.evidence),
      ]);
    });
  }
  return {
    rows: rows.map((row) => row.map((cell) => ({ fontSize: SIZE.table, ...cell }))),
    columnWidths: widths([52, 0, 70, 78]),
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

/** An http(s) address as a "เปิดหลักฐาน" link; any other evidence as the plain text typed (never a link). */
function evidence(text: string): CellSpec {
  const url = safeLink(text);
  if (url === undefined) return { text, align: 'center' };
  const link: TextRun = {
    text: DOC_REPORT.evidenceLink,
    link: url,
    color: REPORT_COLORS.link,
    underline: true,
  };
  return { text: [link], align: 'center' };
}

/** Labelled figures, a row each: the label shaded on the left, the value on the right. */
function figureTable(figures: readonly ReportFigure[]): TableSpec {
  return {
    rows: figures.map((figure) => [
      { text: figure.label, background: REPORT_COLORS.labelBackground },
      { text: figure.value, align: 'center' },
    ]),
    columnWidths: widths([0, 150]),
  };
}

/** Contacts, the report date and the signature block: how both reports end. */
function closing(
  writer: DocWriter,
  contacts: readonly ReportContact[],
  reportDate: string,
  signatures: readonly ReportSignature[],
): void {
  heading(writer, REPORT.label.contactsHeading);
  writer.appendTable({
    rows: [
      headerRow([DOC_REPORT.roleColumn, DOC_REPORT.nameColumn, REPORT.label.phone]),
      ...contacts.map((contact) => [{ text: contact.role }, { text: contact.name }, { text: contact.phone }]),
    ],
    columnWidths: widths([150, 0, 140]),
  });

  writer.appendParagraph({
    text: `${REPORT.label.reportDate} ${reportDate}`,
    align: 'right',
    spaceBefore: 12,
  });

  // Each signature in the right half of the page, the official place for it.
  const indentStart = TEXT_WIDTH / 2;
  for (const signature of signatures) {
    writer.appendParagraph({
      text: DOC_REPORT.signLine(REPORT.label.sign),
      align: 'center',
      indentStart,
      spaceBefore: 30,
    });
    writer.appendParagraph({ text: DOC_REPORT.signName(signature.name), align: 'center', indentStart });
    writer.appendParagraph({ text: signature.role, align: 'center', indentStart });
  }
}

/** Free text a line per paragraph (a cell's line breaks kept), `–` when blank. */
function lines(text: string): string[] {
  const kept = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return kept.length === 0 ? [DOC_REPORT.blank] : kept;
}

/** Column widths filling the text width: the one given as 0 takes what the others leave. */
function widths(columns: readonly number[]): number[] {
  const fixed = columns.reduce((sum, width) => sum + width, 0);
  return columns.map((width) => (width === 0 ? TEXT_WIDTH - fixed : width));
}
