/**
 * A Google Doc of the in-memory Drive as an HTML page: its page size and margins,
 * default font, paragraphs with their named styles and runs, tables, rules and
 * page breaks, exactly as the add-on wrote them. The preview shows generated
 * reports this way and prints the page to PDF with headless Chromium.
 */

import type { BodyElement, DocContent, RunState } from '../../emulator/documents';
import { safeLink } from '../../src/core/links';

const HEADING_SCALE: Record<string, number> = {
  title: 1.9,
  subtitle: 1.3,
  heading1: 1.45,
  heading2: 1.25,
  heading3: 1.1,
  normal: 1,
};

/** Text made inert in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The page of a Doc: `content` is what it holds, `title` the file's name. */
export function docHtml(title: string, content: DocContent, options: { banner?: string } = {}): string {
  const { page, font } = content;
  const css = `
@page { size: ${page.width}pt ${page.height}pt; margin: ${page.marginTop}pt ${page.marginRight}pt ${page.marginBottom}pt ${page.marginLeft}pt; }
body { margin: 0; background: #e8eaed; font-family: '${font.family.replace(/'/g, '')}', 'Sarabun', 'Laksaman', sans-serif; font-size: ${font.size}pt; color: #000; }
.sheet { width: ${page.width}pt; min-height: ${page.height}pt; box-sizing: border-box; margin: 16pt auto; background: #fff;
  padding: ${page.marginTop}pt ${page.marginRight}pt ${page.marginBottom}pt ${page.marginLeft}pt; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; line-height: 1.3; white-space: pre-wrap; }
table { border-collapse: collapse; margin: 4pt 0; }
td { vertical-align: top; padding: 3pt 5pt; }
hr { border: 0; border-top: 1px solid #888; margin: 6pt 0; }
.page-break { break-after: page; }
.banner { font-family: 'Sarabun', sans-serif; font-size: 11pt; background: #fef7e0; border-bottom: 1px solid #f9e3a3; padding: 8px 16px; }
@media print { body { background: #fff; } .sheet { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; } .banner { display: none; } }
`;
  const banner = options.banner === undefined ? '' : `<div class="banner">${options.banner}</div>`;
  const body = content.body.map((element) => elementHtml(element, font.size)).join('\n');
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/fonts/sarabun.css">
<style>${css}</style>
</head>
<body>${banner}<main class="sheet">
${body}
</main></body>
</html>
`;
}

function elementHtml(element: BodyElement, baseSize: number): string {
  switch (element.kind) {
    case 'paragraph': {
      const style = [
        `text-align:${element.align}`,
        element.spaceBefore === null ? '' : `margin-top:${element.spaceBefore}pt`,
        element.spaceAfter === null ? '' : `margin-bottom:${element.spaceAfter}pt`,
        element.indentStart === null ? '' : `margin-left:${element.indentStart}pt`,
        element.heading === 'normal' ? '' : 'font-weight:700',
      ]
        .filter(Boolean)
        .join(';');
      const scale = HEADING_SCALE[element.heading] ?? 1;
      const runs = element.runs.map((run) => runHtml(run, scale, baseSize)).join('');
      return `<p style="${style}">${runs === '' ? '&nbsp;' : runs}</p>`;
    }
    case 'table': {
      const widths = element.columnWidths;
      const border = `${element.borderWidth}pt solid ${element.borderColor}`;
      const rows = element.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell, column) => {
                const width = widths[column];
                const style = [
                  `border:${border}`,
                  width === null || width === undefined ? '' : `width:${width}pt`,
                  cell.background === null ? '' : `background:${cell.background}`,
                  `text-align:${cell.align}`,
                ]
                  .filter(Boolean)
                  .join(';');
                const runs = cell.runs.map((run) => runHtml(run, 1, baseSize)).join('');
                return `<td style="${style}"><p>${runs === '' ? '&nbsp;' : runs}</p></td>`;
              })
              .join('')}</tr>`,
        )
        .join('');
      return `<table>${rows}</table>`;
    }
    case 'horizontalRule':
      return '<hr>';
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function runHtml(run: RunState, scale: number, baseSize: number): string {
  const style = [
    run.bold ? 'font-weight:700' : '',
    run.italic ? 'font-style:italic' : '',
    run.underline ? 'text-decoration:underline' : '',
    run.color === null ? '' : `color:${run.color}`,
    run.fontSize === baseSize && scale === 1
      ? ''
      : `font-size:${Math.round(run.fontSize * scale * 10) / 10}pt`,
  ]
    .filter(Boolean)
    .join(';');
  const text = escapeHtml(run.text);
  const span = style === '' ? text : `<span style="${style}">${text}</span>`;
  // Only an http(s) address becomes a link: a Doc may hold any link, and this page runs in the preview.
  const href = run.link === null ? undefined : safeLink(run.link);
  return href === undefined ? span : `<a href="${escapeHtml(href)}">${span}</a>`;
}
