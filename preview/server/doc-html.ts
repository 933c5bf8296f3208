/**
 * A Google Doc of the in-memory Drive as an HTML page: its page size and margins,
 * default font, paragraphs with their named styles and runs, tables, rules and
 * page breaks, exactly as the add-on wrote them. The preview shows generated
 * reports this way and prints the page to PDF with headless Chromium.
 *
 * Print layout is Google's and nothing more: a paragraph's keepWithNext keeps it
 * and the element after it on one page (a chain of them with the element after
 * the chain goes in one `break-inside: avoid` block), keepLinesTogether keeps
 * its lines together, a row with preventOverflow never splits, pinned header rows
 * are the table's `<thead>` (Chromium repeats it on every printed page), and the
 * default footer is printed in the page's bottom margin box (`@page
 * @bottom-*`, Chromium ≥ 131) on every page. No page numbers: Docs' APIs cannot
 * insert them, so the add-on's Docs have none.
 *
 * Sizes are the runs' own (the adapter sets every paragraph's size explicitly,
 * which overrides the named style's); a named style brings only its spacing
 * where the paragraph sets none (Docs' defaults: Title 0/3 pt, Subtitle 0/16,
 * Heading 1 20/6, Heading 2 18/6, Heading 3 16/4).
 */

import type { BodyElement, DocContent, ParagraphState, RunState, TableState } from '../../emulator/documents';
import { safeLink } from '../../src/core/links';

/** Space above and below of Docs' named styles, in points. */
const NAMED_SPACING: Record<string, readonly [number, number]> = {
  title: [0, 3],
  subtitle: [0, 16],
  heading1: [20, 6],
  heading2: [18, 6],
  heading3: [16, 4],
  normal: [0, 0],
};

/** Text made inert in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The page of a Doc: `content` is what it holds, `title` the file's name. */
export function docHtml(title: string, content: DocContent, options: { banner?: string } = {}): string {
  const { page, font } = content;
  const footer = content.footer === null ? '' : footerCss(content.footer, font.family);
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
.keep { break-inside: avoid; }
.keep-lines { break-inside: avoid; }
tr.whole { break-inside: avoid; }
thead { display: table-header-group; }
.banner { font-family: 'Sarabun', sans-serif; font-size: 11pt; background: #fef7e0; border-bottom: 1px solid #f9e3a3; padding: 8px 16px; }
${footer}
@media print { body { background: #fff; } .sheet { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; } .banner { display: none; } }
`;
  const banner = options.banner === undefined ? '' : `<div class="banner">${options.banner}</div>`;
  const body = keptTogether(content.body)
    .map((group) => {
      const html = group.map((element) => elementHtml(element, font.size)).join('\n');
      return group.length > 1 ? `<div class="keep">${html}</div>` : html;
    })
    .join('\n');
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

/**
 * The body in groups printed on one page each: a paragraph with keepWithNext
 * joins the element after it (a chain of them ends with the first element
 * without it); every other element is alone.
 */
export function keptTogether(body: readonly BodyElement[]): BodyElement[][] {
  const groups: BodyElement[][] = [];
  let open: BodyElement[] | undefined;
  for (const element of body) {
    if (open === undefined) {
      open = [element];
      groups.push(open);
    } else {
      open.push(element);
    }
    if (!(element.kind === 'paragraph' && element.keepWithNext)) open = undefined;
  }
  return groups;
}

/** The footer in the page's bottom margin box on its side, in the Doc's font and the footer's size. */
function footerCss(footer: ParagraphState, family: string): string {
  const box =
    footer.align === 'right' ? 'bottom-right' : footer.align === 'center' ? 'bottom-center' : 'bottom-left';
  const size = footer.runs[0]?.fontSize;
  const text = footer.text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3C ')
    .replace(/\n/g, '\\A ');
  return `@page { @${box} { content: "${text}"; font-family: '${family.replace(/'/g, '')}', 'Sarabun', 'Laksaman', sans-serif;${
    size === undefined ? '' : ` font-size: ${size}pt;`
  }${footer.runs[0]?.bold ? ' font-weight: 700;' : ''} } }`;
}

function elementHtml(element: BodyElement, baseSize: number): string {
  switch (element.kind) {
    case 'paragraph': {
      const [above, below] = NAMED_SPACING[element.heading] ?? [0, 0];
      const before = element.spaceBefore ?? above;
      const after = element.spaceAfter ?? below;
      const style = [
        `text-align:${element.align}`,
        before === 0 ? '' : `margin-top:${before}pt`,
        after === 0 ? '' : `margin-bottom:${after}pt`,
        element.indentStart === null ? '' : `margin-left:${element.indentStart}pt`,
      ]
        .filter(Boolean)
        .join(';');
      const runs = element.runs.map((run) => runHtml(run, baseSize)).join('');
      const keep = element.keepLinesTogether ? ' class="keep-lines"' : '';
      return `<p${keep} style="${style}">${runs === '' ? '&nbsp;' : runs}</p>`;
    }
    case 'table': {
      const widths = element.columnWidths;
      const border = `${element.borderWidth}pt solid ${element.borderColor}`;
      const rowHtml = (row: TableState['rows'][number], index: number) =>
        `<tr${element.preventOverflow[index] ? ' class="whole"' : ''}>${row
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
            const runs = cell.runs.map((run) => runHtml(run, baseSize)).join('');
            return `<td style="${style}"><p>${runs === '' ? '&nbsp;' : runs}</p></td>`;
          })
          .join('')}</tr>`;
      const rows = element.rows.map(rowHtml);
      const pinned = element.pinnedHeaderRows;
      const head = pinned > 0 ? `<thead>${rows.slice(0, pinned).join('')}</thead>` : '';
      return `<table>${head}<tbody>${rows.slice(pinned).join('')}</tbody></table>`;
    }
    case 'horizontalRule':
      return '<hr>';
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function runHtml(run: RunState, baseSize: number): string {
  const style = [
    run.bold ? 'font-weight:700' : '',
    run.italic ? 'font-style:italic' : '',
    run.underline ? 'text-decoration:underline' : '',
    run.color === null ? '' : `color:${run.color}`,
    run.fontSize === baseSize ? '' : `font-size:${run.fontSize}pt`,
  ]
    .filter(Boolean)
    .join(';');
  const text = escapeHtml(run.text);
  const span = style === '' ? text : `<span style="${style}">${text}</span>`;
  // Only an http(s) address becomes a link: a Doc may hold any link, and this page runs in the preview.
  const href = run.link === null ? undefined : safeLink(run.link);
  return href === undefined ? span : `<a href="${escapeHtml(href)}">${span}</a>`;
}
