/**
 * The report model as one self-contained HTML document: an A4 form with inline
 * CSS, no script and nothing fetched from elsewhere, for the sidebar's preview
 * (an iframe's `srcdoc`) and for local use. It lays the model out and adds no
 * figures of its own; every text is escaped.
 */

import { safeLink } from './links';
import { DOC_REPORT, REPORT } from './messages';
import { refusalReason } from './report';
import type {
  DivisionReport,
  Report,
  ReportContact,
  ReportFigure,
  ReportLevel,
  ReportSignature,
  SummaryReport,
} from './report-model';

/** The fonts of Thai official documents first, then Thai fonts common on each system. */
export const REPORT_FONT_STACK =
  "'Sarabun','TH Sarabun New','TH SarabunPSK','Laksaman','Noto Sans Thai','Garuda',sans-serif";

/**
 * A report as a complete HTML document (`<!doctype html>` … `</html>`).
 *
 * @example renderReportHtml(buildDivisionReport(input)).startsWith('<!doctype html>') // true
 */
export function renderReportHtml(report: Report): string {
  const body = report.kind === 'division' ? divisionBody(report) : summaryBody(report);
  return [
    '<!doctype html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.fileName)}</title>`,
    `<style>${STYLES}${report.kind === 'summary' ? LANDSCAPE : ''}</style>`,
    '</head>',
    `<body><main class="page">${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/**
 * Text made inert in HTML, in element content and in quoted attributes.
 *
 * @example escapeHtml('<img src=x>') // '&lt;img src=x&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function divisionBody(report: DivisionReport): string {
  const label = REPORT.label;
  return [
    notReady(report.dataProblems),
    titleBlock(report.title),
    infoTable([
      [label.indicator, report.indicatorName],
      [label.weight, report.weight],
      [label.round, report.roundLabel],
      [label.division, report.division],
      [label.head, report.head],
      [label.due, report.due],
      [label.submitted, report.submitted === '' ? DOC_REPORT.notSubmitted : report.submitted],
    ]),
    `<p class="card-text"><strong>${escapeHtml(label.description)}</strong> ${escapeHtml(report.description)}</p>`,
    `<p class="card-text"><strong>${escapeHtml(label.condition)}</strong> ${escapeHtml(report.condition)}</p>`,
    `<h2>${escapeHtml(label.levelsHeading)}</h2>`,
    levelTable(report.levels),
    `<h2>${escapeHtml(label.scoreHeading)}</h2>`,
    report.exempt
      ? `<p class="not-assessed"><strong>${escapeHtml(REPORT.notAssessed)}</strong> ${escapeHtml(report.notAssessed)}</p>`
      : figureTable(report.figures),
    `<h2>${escapeHtml(label.narrativeHeading)}</h2>`,
    report.narrative.map(narrativeItem).join(''),
    contactsBlock(report.contacts),
    reportDate(report.reportDate),
    signatureBlock(report.signatures),
  ].join('\n');
}

function summaryBody(report: SummaryReport): string {
  const label = REPORT.label;
  return [
    titleBlock(report.title),
    infoTable([
      [label.indicator, report.indicatorName],
      [label.round, report.roundLabel],
    ]),
    `<h2>${escapeHtml(label.summaryTableHeading)}</h2>`,
    summaryTable(report),
    `<h2>${escapeHtml(label.countsHeading)}</h2>`,
    levelChart(report.countsByLevel),
    `<h2>${escapeHtml(label.totalsHeading)}</h2>`,
    totalsTable(report.totals),
    contactsBlock(report.contacts),
    reportDate(report.reportDate),
    signatureBlock(report.signatures),
  ].join('\n');
}

function titleBlock(lines: readonly string[]): string {
  const [first = '', ...rest] = lines;
  return `<header class="title"><h1>${escapeHtml(first)}</h1>${rest
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')}</header>`;
}

function infoTable(rows: readonly (readonly [string, string])[]): string {
  const body = rows
    .map(
      ([label, value]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td>${value === '' ? blank() : escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table class="info"><tbody>${body}</tbody></table>`;
}

function levelTable(levels: readonly ReportLevel[]): string {
  const label = REPORT.label;
  const head = `<thead><tr><th class="col-level">${escapeHtml(label.levelColumn)}</th><th>${escapeHtml(
    label.milestoneColumn,
  )}</th><th class="col-result">${escapeHtml(label.resultColumn)}</th><th class="col-evidence">${escapeHtml(
    label.evidenceColumn,
  )}</th></tr></thead>`;
  const rows = levels.map((level) => {
    const levelClass = level.reached ? 'level reached' : 'level';
    if (level.milestones.length === 0) {
      const dash = escapeHtml(label.noMilestone);
      return `<tr class="no-milestone"><td class="${levelClass}">${escapeHtml(level.label)}</td><td class="dash">${dash}</td><td class="dash">${dash}</td><td class="dash">${dash}</td></tr>`;
    }
    return level.milestones
      .map((milestone, index) => {
        const levelCell =
          index === 0
            ? `<td class="${levelClass}" rowspan="${level.milestones.length}">${escapeHtml(level.label)}</td>`
            : '';
        const result = milestone.met
          ? `<span class="mark met" aria-hidden="true">✓</span> ${escapeHtml(label.met)}`
          : `<span class="mark not-met" aria-hidden="true">✗</span> ${escapeHtml(label.notMet)}`;
        const points =
          milestone.met && milestone.points !== ''
            ? `<span class="points">(${escapeHtml(milestone.points)})</span>`
            : '';
        return `<tr>${levelCell}<td class="milestone">${escapeHtml(milestone.text)}</td><td class="result">${result}${points}</td><td class="evidence">${evidenceLink(milestone.evidence, milestone.evidenceName)}</td></tr>`;
      })
      .join('');
  });
  return `<table class="grid levels">${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** An http(s) address as a link by its readable name, opening in a new tab; any other evidence as escaped text. */
function evidenceLink(evidence: string, name: string): string {
  if (evidence === '') return `<span class="dash">${escapeHtml(REPORT.label.noMilestone)}</span>`;
  const link = safeLink(evidence);
  if (link === undefined) return escapeHtml(evidence);
  const url = escapeHtml(link);
  return `<a href="${url}" title="${url}" target="_blank" rel="noopener noreferrer">${escapeHtml(name === '' ? link : name)}</a>`;
}

function figureTable(figures: readonly ReportFigure[]): string {
  const head = figures.map((figure) => `<th>${escapeHtml(figure.label)}</th>`).join('');
  const values = figures.map((figure) => `<td>${escapeHtml(figure.value)}</td>`).join('');
  return `<table class="grid figures"><thead><tr>${head}</tr></thead><tbody><tr>${values}</tr></tbody></table>`;
}

/**
 * A form whose row has data problems is never made into an official Doc: its
 * preview says so above the form, naming the cells to fix, and does not print.
 */
function notReady(problems: readonly string[]): string {
  const reason = refusalReason({ problems });
  if (reason === undefined) return '';
  return `<section class="not-ready" role="note"><h3>${escapeHtml(REPORT.label.dataProblems)}</h3><p>${escapeHtml(reason)}</p></section>`;
}

function narrativeItem(item: ReportFigure): string {
  const body =
    item.value === ''
      ? '<div class="fill-lines"><span></span><span></span></div>'
      : `<p class="narrative">${escapeHtml(item.value)}</p>`;
  return `<section class="narrative-item"><h3>${escapeHtml(item.label)}</h3>${body}</section>`;
}

function contactsBlock(contacts: readonly ReportContact[]): string {
  const rows = contacts
    .map(
      (contact) =>
        `<tr><th scope="row">${escapeHtml(contact.role)}</th><td><span class="contact-name">${
          contact.name === '' ? blank() : escapeHtml(contact.name)
        }</span> <span class="contact-phone">${escapeHtml(REPORT.label.phone)} ${
          contact.phone === '' ? blank() : escapeHtml(contact.phone)
        }</span></td></tr>`,
    )
    .join('');
  return `<h2>${escapeHtml(REPORT.label.contactsHeading)}</h2><table class="info contacts"><tbody>${rows}</tbody></table>`;
}

function reportDate(date: string): string {
  return `<p class="report-date">${escapeHtml(REPORT.label.reportDate)} ${escapeHtml(date)}</p>`;
}

function signatureBlock(signatures: readonly ReportSignature[]): string {
  const boxes = signatures
    .map(
      (signature) =>
        `<div class="signature"><p>${escapeHtml(REPORT.label.sign)} <span class="sign-line"></span></p><p>(${
          signature.name === '' ? '<span class="name-line"></span>' : ` ${escapeHtml(signature.name)} `
        })</p><p class="role">${escapeHtml(signature.role)}</p></div>`,
    )
    .join('');
  return `<section class="signatures">${boxes}</section>`;
}

/** The summary's columns: header and CSS class, in the Doc's order. */
const SUMMARY_HEADERS: readonly (readonly [string, string])[] = [
  [REPORT.label.number, 'col-number'],
  [REPORT.label.division, 'col-division'],
  [REPORT.label.submittedColumn, 'col-submitted'],
  [REPORT.label.daysLateColumn, 'col-late'],
  [REPORT.label.penaltyColumn, 'col-penalty'],
  [REPORT.label.levelReachedColumn, 'col-level'],
  [REPORT.label.netColumn, 'col-net'],
  [REPORT.label.weightedColumn, 'col-weighted'],
  [REPORT.label.remarksColumn, 'col-remarks'],
];

function summaryTable(report: SummaryReport): string {
  const label = REPORT.label;
  const head = `<thead><tr>${SUMMARY_HEADERS.map(
    ([text, className]) => `<th class="${className}">${escapeHtml(text)}</th>`,
  ).join('')}</tr></thead>`;
  const cell = (text: string, className: string) => `<td class="${className}">${escapeHtml(text)}</td>`;
  const rows =
    report.rows.length === 0
      ? `<tr><td colspan="${SUMMARY_HEADERS.length}" class="empty">${escapeHtml(label.noDivisions)}</td></tr>`
      : report.rows
          .map(
            (row) =>
              `<tr>${[
                cell(row.number, 'number'),
                cell(row.division, 'division'),
                cell(row.submitted, 'number'),
                cell(row.daysLate, 'number'),
                cell(row.penalty, 'number'),
                cell(row.level, 'number'),
                cell(row.score, 'number'),
                cell(row.weighted, 'number'),
                cell(row.remarks, 'remarks'),
              ].join('')}</tr>`,
          )
          .join('');
  return `<table class="grid summary">${head}<tbody>${rows}</tbody></table>`;
}

function levelChart(counts: SummaryReport['countsByLevel']): string {
  const most = Math.max(1, ...counts.map((entry) => entry.count));
  const rows = counts
    .map((entry) => {
      const width = Math.round((entry.count / most) * 1000) / 10;
      return `<div class="bar-row"><span class="bar-label">${escapeHtml(REPORT.levelOf(entry.level))}</span><span class="bar-track"><span class="bar" style="width:${width}%"></span><span class="bar-count">${escapeHtml(
        entry.countText,
      )}</span></span></div>`;
    })
    .join('');
  return `<figure class="chart" role="img" aria-label="${escapeHtml(REPORT.label.countsHeading)}">${rows}<figcaption>${escapeHtml(
    REPORT.label.countColumn,
  )}</figcaption></figure>`;
}

function totalsTable(totals: readonly ReportFigure[]): string {
  return infoTable(totals.map((total) => [total.label, total.value] as const));
}

function blank(): string {
  return '<span class="name-line"></span>';
}

/** The summary prints on A4 landscape, as its Doc does. */
const LANDSCAPE = `
@page { size: A4 landscape; }
.page { width: 297mm; min-height: 210mm; }
`;

const STYLES = `
@page { size: A4; margin: 2.5cm 2cm 2.5cm 3cm; }
* { box-sizing: border-box; }
html { background: #d9d9d9; }
body {
  margin: 0;
  color: #000;
  font-family: ${REPORT_FONT_STACK};
  font-size: 12pt;
  font-size-adjust: 0.52;
  line-height: 1.55;
}
.page {
  width: 210mm;
  min-height: 297mm;
  margin: 24px auto;
  padding: 2.5cm 2cm 2.5cm 3cm;
  background: #fff;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
}
h1, h2, h3, p { margin: 0; }
.title { text-align: center; margin-bottom: 14pt; }
.title h1 { font-size: 1.3em; font-weight: 700; }
.title p { font-weight: 700; }
h2 { font-size: 1em; font-weight: 700; margin: 14pt 0 5pt; }
h3 { font-size: 1em; font-weight: 700; }
table { width: 100%; border-collapse: collapse; }
.info th { width: 34%; padding: 1pt 8pt 1pt 0; text-align: left; font-weight: 700; vertical-align: top; white-space: nowrap; }
.info td { padding: 1pt 0; vertical-align: top; }
.grid th, .grid td { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top; }
.grid thead th { background: #efefef; font-weight: 700; text-align: center; vertical-align: middle; }
.levels .col-level { width: 9%; }
.levels .col-result { width: 22%; }
.levels .col-evidence { width: 24%; }
.levels thead th { font-size: 0.95em; }
.levels td.level { text-align: center; font-weight: 700; }
.levels td.reached { background: #f2f2f2; }
.levels td.dash, .dash { text-align: center; color: #555; }
.levels td.milestone { text-align: left; }
.result .mark { font-family: 'DejaVu Sans', 'Segoe UI Symbol', sans-serif; font-weight: 700; }
.result .points { display: block; font-size: 0.9em; }
.evidence { font-size: 0.74em; line-height: 1.35; overflow-wrap: anywhere; word-break: break-all; }
.evidence a { color: #1a4c8b; }
.evidence .dash { display: block; font-size: 1.35em; }
.figures th { font-size: 0.92em; }
.figures td { text-align: center; font-weight: 700; }
.not-ready { margin-bottom: 12pt; border: 1pt solid #8a4b00; border-left-width: 4pt; padding: 4pt 8pt; color: #5c3200; background: #fff8e6; }
.card-text { margin: 2pt 0; font-size: 0.95em; }
.not-assessed { border: 0.75pt solid #000; padding: 6pt 8pt; text-align: center; }
.narrative-item { margin-bottom: 6pt; }
.narrative { text-indent: 2.5em; white-space: pre-wrap; }
.fill-lines span { display: block; height: 1.55em; border-bottom: 1pt dotted #000; }
.contact-name { display: inline-block; min-width: 12.5em; padding-right: 1em; }
.contact-phone { display: inline-block; }
.report-date { margin-top: 14pt; text-align: right; }
.signatures { display: flex; flex-wrap: wrap; margin-top: 18pt; page-break-inside: avoid; break-inside: avoid; }
.signature { width: 50%; padding: 0 6pt; margin-top: 18pt; text-align: center; }
.sign-line { display: inline-block; width: 60%; border-bottom: 1pt dotted #000; }
.name-line { display: inline-block; width: 55%; min-width: 6em; border-bottom: 1pt dotted #000; }
.signature .role { overflow-wrap: anywhere; }
/* An odd number of signatures: the first (the reporter) stands alone on the right. */
.signature:first-child:nth-last-child(odd) { margin-left: 50%; }
.summary { font-size: 0.85em; }
.summary thead th { font-size: 0.95em; padding-left: 3pt; padding-right: 3pt; }
.summary td { vertical-align: middle; padding-left: 3pt; padding-right: 3pt; }
.summary .col-number { width: 5%; }
.summary .col-submitted { width: 14%; }
.summary .col-late, .summary .col-penalty, .summary .col-net { width: 9.5%; }
.summary .col-level { width: 8%; }
.summary .col-weighted { width: 12.5%; }
.summary .col-remarks { width: 20%; }
.summary td.remarks { font-size: 0.95em; }
.summary td.number { text-align: center; font-variant-numeric: tabular-nums; }
.summary td.empty { text-align: center; color: #555; }
.summary tbody tr:nth-child(even) td { background: #f7f7f7; }
.chart { margin: 0; padding: 8pt 10pt 4pt; border: 0.75pt solid #000; }
.bar-row { display: flex; align-items: center; margin: 3pt 0; }
.bar-label { flex: 0 0 5em; font-weight: 700; }
.bar-track { flex: 1; display: flex; align-items: center; border-left: 1pt solid #000; min-height: 1.4em; }
.bar { display: block; height: 1.05em; background: #4a4a4a; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.bar-count { padding-left: 5pt; font-weight: 700; }
.chart figcaption { text-align: right; font-size: 0.85em; color: #333; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .grid thead { display: table-header-group; }
  .grid tr { break-inside: avoid; }
  .evidence a { color: #000; text-decoration: none; }
  .not-ready { display: none; }
}
@media screen and (max-width: 820px) {
  html { background: #fff; }
  .page { width: auto; min-height: 0; margin: 0; padding: 16px 14px; box-shadow: none; }
  .info th { white-space: normal; }
  .title h1 { font-size: 1.1em; }
}
`;
