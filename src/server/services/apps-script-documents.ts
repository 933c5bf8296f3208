/**
 * `DocumentsService` over the real `DocumentApp`: a Doc opened by id (the Drive
 * adapter, `apps-script-drive.ts`, makes it in the reports folder). A draft writes
 * through `Body`: page size and margins with `setPageWidth` and friends,
 * paragraphs and tables appended with their look set element by element, links
 * with `Text.setLinkUrl`; the default footer with `Document.addFooter`.
 *
 * What `DocumentApp` cannot set (a paragraph's keepWithNext / keepLinesTogether,
 * a table's pinned header rows and rows that never split across pages) goes
 * through the Advanced Docs service (`Docs`, the Docs API v1) once the Doc is
 * saved and closed: `Docs.Documents.get` tells where each element starts, and
 * one `Docs.Documents.batchUpdate` sets them all; none when nothing asks for them.
 * The k-th child of `DocumentApp`'s body is the k-th structural element of the
 * API's `body.content` after the section break every body begins with
 * (https://developers.google.com/docs/api/concepts/structure); the adapter checks
 * the kind (and a table's row count) of each element it styles, and throws
 * rather than style the wrong one.
 *
 * Page numbers: neither `DocumentApp` nor the Docs API can insert one (the API
 * reads `AutoText` PAGE_NUMBER but has no request that inserts it), so the
 * footer is text only.
 *
 * Nothing here runs at load time: the service is only touched inside calls.
 */

import type {} from './docs-api';
import type {
  DocumentDraft,
  DocumentsService,
  FontSetup,
  Heading,
  HorizontalAlign,
  ParagraphSpec,
  RichText,
  TableSpec,
} from './documents';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Text = GoogleAppsScript.Document.Text;
type Element = GoogleAppsScript.Document.Element;
type DocsRequest = GoogleAppsScript.Docs.Schema.Request;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** What the Docs API sets on one body element once the Doc is saved. */
type LayoutHint =
  | {
      readonly kind: 'paragraph';
      readonly element: Element;
      readonly keepWithNext: boolean;
      readonly keepLinesTogether: boolean;
    }
  | {
      readonly kind: 'table';
      readonly element: Element;
      readonly rows: number;
      readonly headerRows: number;
      readonly keepRowsWhole: boolean;
    };

/**
 * Google Docs, over the real service.
 *
 * @example appsScriptDocuments().open(drive.createDocument('รายงานผล_กองคลัง_รอบ1_2566', folderId).id)
 */
export function appsScriptDocuments(): DocumentsService {
  return { open: (id) => documentDraft(DocumentApp.openById(id)) };
}

/** A writer over an open Doc, best a new one (it only appends). */
export function documentDraft(doc: Document): DocumentDraft {
  const body = doc.getBody();
  let font: FontSetup | undefined;
  const hints: LayoutHint[] = [];
  // A new Doc's body is one empty paragraph (Docs never has an empty body): the
  // first paragraph written takes its place rather than leave a blank line on top.
  let blankStart = startsBlank(body);
  const take = (): boolean => {
    const blank = blankStart;
    blankStart = false;
    return blank;
  };
  return {
    id: doc.getId(),
    name: doc.getName(),
    url: doc.getUrl(),
    setPage(page) {
      body
        .setPageWidth(page.width)
        .setPageHeight(page.height)
        .setMarginTop(page.marginTop)
        .setMarginBottom(page.marginBottom)
        .setMarginLeft(page.marginLeft)
        .setMarginRight(page.marginRight);
    },
    setFont(setup) {
      font = { family: setup.family, size: setup.size };
      body.setAttributes(textAttributes(font, undefined, undefined));
    },
    appendParagraph(spec) {
      const text = plainText(spec.text);
      let paragraph: Paragraph;
      if (take()) {
        paragraph = body.getChild(0).asParagraph();
        paragraph.setText(text);
      } else {
        paragraph = body.appendParagraph(text);
      }
      styleParagraph(paragraph, spec, font);
      if (spec.keepWithNext || spec.keepLinesTogether) {
        hints.push({
          kind: 'paragraph',
          element: paragraph,
          keepWithNext: spec.keepWithNext ?? false,
          keepLinesTogether: spec.keepLinesTogether ?? false,
        });
      }
    },
    appendTable(spec) {
      take();
      const table = writeTable(body, spec, font);
      const headerRows = spec.headerRows ?? 0;
      if (headerRows > 0 || spec.keepRowsWhole) {
        hints.push({
          kind: 'table',
          element: table,
          rows: spec.rows.length,
          headerRows,
          keepRowsWhole: spec.keepRowsWhole ?? false,
        });
      }
    },
    appendHorizontalRule() {
      take();
      body.appendHorizontalRule();
    },
    appendPageBreak() {
      take();
      body.appendPageBreak();
    },
    setFooter(spec) {
      const footer = doc.getFooter() ?? doc.addFooter();
      footer.setText(plainText(spec.text));
      // A footer section holds at least one paragraph; `setText` leaves exactly one.
      const paragraph = footer.getChild(0).asParagraph();
      paragraph.setAlignment(horizontalAlignment(spec.align ?? 'left'));
      paragraph.setAttributes(textAttributes(font, spec.fontSize, spec.bold ?? false));
      styleRuns(paragraph.editAsText(), spec.text);
    },
    saveAndClose() {
      // Positions are read before closing: the body refuses every call after.
      const placed = hints.map((hint) => ({ hint, position: body.getChildIndex(hint.element) }));
      doc.saveAndClose();
      if (placed.length > 0) applyLayout(doc.getId(), placed);
    },
  };
}

/**
 * Sets the layout hints through the Docs API: one `get` for the indexes, one
 * `batchUpdate` with every request.
 */
function applyLayout(id: string, placed: readonly { hint: LayoutHint; position: number }[]): void {
  const documents = (Docs as GoogleAppsScript.Docs).Documents;
  const content = documents.get(id).body?.content ?? [];
  // The body begins with a section break, which DocumentApp does not list as a child.
  const elements = content.slice(1);
  const requests: DocsRequest[] = [];
  for (const { hint, position } of placed) {
    const element = elements[position];
    requests.push(...layoutRequests(hint, element, position));
  }
  documents.batchUpdate({ requests }, id);
}

/** The requests of one hint on its structural element; throws when the element is not what was written. */
function layoutRequests(
  hint: LayoutHint,
  element: StructuralElement | undefined,
  position: number,
): DocsRequest[] {
  const startIndex = element?.startIndex ?? 0;
  const endIndex = element?.endIndex;
  if (hint.kind === 'paragraph') {
    if (element?.paragraph === undefined || endIndex === undefined) {
      throw new Error(`Docs shows no paragraph at body position ${position}, where one was written.`);
    }
    return [
      {
        updateParagraphStyle: {
          range: { startIndex, endIndex },
          paragraphStyle: { keepWithNext: hint.keepWithNext, keepLinesTogether: hint.keepLinesTogether },
          fields: 'keepWithNext,keepLinesTogether',
        },
      },
    ];
  }
  const rows = element?.table?.tableRows?.length;
  if (rows !== hint.rows) {
    throw new Error(
      `Docs shows no table of ${hint.rows} rows at body position ${position}, where one was written.`,
    );
  }
  const tableStartLocation = { index: startIndex };
  const requests: DocsRequest[] = [];
  if (hint.keepRowsWhole) {
    requests.push({
      updateTableRowStyle: {
        tableStartLocation,
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    });
  }
  if (hint.headerRows > 0) {
    requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: hint.headerRows } });
  }
  return requests;
}

function startsBlank(body: Body): boolean {
  if (body.getNumChildren() !== 1) return false;
  const first = body.getChild(0);
  return first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '';
}

/** The text of rich text, runs joined. */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}

/** `DocumentApp.ParagraphHeading` of a heading. */
export function paragraphHeading(heading: Heading): GoogleAppsScript.Document.ParagraphHeading {
  const headings = DocumentApp.ParagraphHeading;
  switch (heading) {
    case 'normal':
      return headings.NORMAL;
    case 'title':
      return headings.TITLE;
    case 'subtitle':
      return headings.SUBTITLE;
    case 'heading1':
      return headings.HEADING1;
    case 'heading2':
      return headings.HEADING2;
    case 'heading3':
      return headings.HEADING3;
  }
}

/** `DocumentApp.HorizontalAlignment` of an alignment. */
export function horizontalAlignment(align: HorizontalAlign): GoogleAppsScript.Document.HorizontalAlignment {
  const alignments = DocumentApp.HorizontalAlignment;
  switch (align) {
    case 'left':
      return alignments.LEFT;
    case 'center':
      return alignments.CENTER;
    case 'right':
      return alignments.RIGHT;
    case 'justify':
      return alignments.JUSTIFY;
  }
}

/**
 * The text attributes every paragraph and cell gets explicitly: the document's
 * font (a heading's named style would otherwise bring its own), the size and
 * bold. Keys are `DocumentApp.Attribute` values, as `setAttributes` wants.
 */
export function textAttributes(
  font: FontSetup | undefined,
  fontSize: number | undefined,
  bold: boolean | undefined,
): Record<string, string | number | boolean> {
  const names = DocumentApp.Attribute;
  const attributes: Record<string, string | number | boolean> = {};
  if (font !== undefined) attributes[names.FONT_FAMILY] = font.family;
  const size = fontSize ?? font?.size;
  if (size !== undefined) attributes[names.FONT_SIZE] = size;
  if (bold !== undefined) attributes[names.BOLD] = bold;
  return attributes;
}

function styleParagraph(paragraph: Paragraph, spec: ParagraphSpec, font: FontSetup | undefined): void {
  // The heading first: it resets the paragraph to its named style, which the
  // explicit attributes below then override.
  paragraph.setHeading(paragraphHeading(spec.heading ?? 'normal'));
  paragraph.setAlignment(horizontalAlignment(spec.align ?? 'left'));
  if (spec.spaceBefore !== undefined) paragraph.setSpacingBefore(spec.spaceBefore);
  if (spec.spaceAfter !== undefined) paragraph.setSpacingAfter(spec.spaceAfter);
  if (spec.indentStart !== undefined) paragraph.setIndentStart(spec.indentStart);
  paragraph.setAttributes(textAttributes(font, spec.fontSize, spec.bold ?? false));
  styleRuns(paragraph.editAsText(), spec.text);
}

function writeTable(
  body: Body,
  spec: TableSpec,
  font: FontSetup | undefined,
): GoogleAppsScript.Document.Table {
  const table = body.appendTable(spec.rows.map((row) => row.map((cell) => plainText(cell.text))));
  spec.columnWidths?.forEach((width, column) => {
    table.setColumnWidth(column, width);
  });
  if (spec.borderWidth !== undefined) table.setBorderWidth(spec.borderWidth);
  if (spec.borderColor !== undefined) table.setBorderColor(spec.borderColor);
  spec.rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      const tableCell = table.getCell(rowIndex, column);
      if (cell.background !== undefined) tableCell.setBackgroundColor(cell.background);
      // `appendTable(cells)` gives each cell one paragraph holding its text.
      const paragraph = tableCell.getChild(0).asParagraph();
      paragraph.setAlignment(horizontalAlignment(cell.align ?? 'left'));
      paragraph.setAttributes(textAttributes(font, cell.fontSize, cell.bold ?? false));
      styleRuns(paragraph.editAsText(), cell.text);
    });
  });
  return table;
}

/** Sets each run's own look on its stretch of `text` (offsets inclusive, as Docs counts them). */
export function styleRuns(text: Text, rich: RichText): void {
  if (typeof rich === 'string') return;
  let start = 0;
  for (const run of rich) {
    const end = start + run.text.length - 1;
    if (run.text.length > 0) {
      if (run.bold !== undefined) text.setBold(start, end, run.bold);
      if (run.italic !== undefined) text.setItalic(start, end, run.italic);
      if (run.underline !== undefined) text.setUnderline(start, end, run.underline);
      if (run.color !== undefined) text.setForegroundColor(start, end, run.color);
      if (run.fontSize !== undefined) text.setFontSize(start, end, run.fontSize);
      if (run.link !== undefined && run.link !== '') text.setLinkUrl(start, end, run.link);
    }
    start += run.text.length;
  }
}
