/**
 * The Advanced Docs service (`Docs`, the Docs REST API v1) as the add-on's Docs
 * adapter (`src/server/services/apps-script-documents.ts`) calls it, over the
 * in-memory Docs of `../documents.ts`: `Docs.Documents.get` to read where each
 * structural element starts and ends, and one `Docs.Documents.batchUpdate` to set
 * what `DocumentApp` cannot (a paragraph's keepWithNext / keepLinesTogether, a
 * table's pinned header rows and its rows' preventOverflow).
 *
 * - The Doc as `get` gives it (https://developers.google.com/docs/api/concepts/structure,
 *   https://developers.google.com/docs/api/reference/rest/v1/documents#Document):
 *   the body's `content` begins with a `sectionBreak` ending at index 1; a
 *   paragraph spans its text and the `\n` that ends it (UTF-16 code units); a
 *   horizontal rule or a page break is a paragraph element of length 1 in a
 *   paragraph of its own (`DocumentApp`'s `appendHorizontalRule` / `appendPageBreak`
 *   make it "contained in a new Paragraph"); a table counts 1 for its start, 1
 *   for each row's, 1 for each cell's, its cells' paragraphs, and 1 for its end.
 *   A footer is its own segment, indexed from 0. Pinned header rows show as the
 *   rows' `tableRowStyle.tableHeader`
 *   (https://developers.google.com/docs/api/reference/rest/v1/documents#TableRowStyle).
 * - `batchUpdate` validates every request before applying any, and applies all
 *   or none (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate).
 *   Errors are the advanced service's `GoogleJsonResponseException` with the
 *   API's text, "Invalid requests[i].<kind>: …".
 * - Stricter than Google where unsure (see emulator/README.md): `get` and
 *   `batchUpdate` refuse a Doc that `DocumentApp` still holds open (unsaved
 *   changes), an empty batch, `updateParagraphStyle` over anything but whole
 *   body paragraphs, and every request kind, field, option and segment not listed here.
 */

import { GOOGLE_DOC_MIME_TYPE } from '../../src/server/services/documents';
import type {
  BodyElement,
  DocContent,
  FakeDocuments,
  ParagraphState,
  RunState,
  TableState,
} from '../documents';
import { declaredScopes, enabledAdvancedServices, type Manifest } from '../scopes/manifest';
import { GoogleJsonResponseException } from './drive-advanced';

/** The `Docs` global. */
export interface AdvancedDocsFacade {
  readonly Documents: {
    get(documentId: string, optionalArgs?: object): DocsDocument;
    batchUpdate(resource: unknown, documentId: string): DocsBatchUpdateResponse;
  };
  newBatchUpdateDocumentRequest(): Record<string, unknown>;
  newDocument(): Record<string, unknown>;
}

/** A `Document` resource, the parts the emulator gives. */
export interface DocsDocument {
  readonly documentId: string;
  readonly title: string;
  readonly body: { readonly content: readonly DocsStructuralElement[] };
  readonly documentStyle: Record<string, unknown>;
  readonly footers?: Record<string, { readonly footerId: string; readonly content: DocsStructuralElement[] }>;
}

/** A `StructuralElement`: `startIndex` is absent when 0, as the API omits zero values. */
export interface DocsStructuralElement {
  readonly startIndex?: number;
  readonly endIndex: number;
  readonly sectionBreak?: Record<string, unknown>;
  readonly paragraph?: Record<string, unknown>;
  readonly table?: Record<string, unknown>;
}

/** The answer of `batchUpdate`. */
export interface DocsBatchUpdateResponse {
  readonly documentId: string;
  readonly replies: readonly Record<string, never>[];
}

/** Where an element of the body is, as `get` counts. */
interface Placed {
  readonly bodyIndex: number;
  readonly element: BodyElement;
  readonly startIndex: number;
  readonly endIndex: number;
}

const NAMED_STYLES: Record<string, string> = {
  normal: 'NORMAL_TEXT',
  title: 'TITLE',
  subtitle: 'SUBTITLE',
  heading1: 'HEADING_1',
  heading2: 'HEADING_2',
  heading3: 'HEADING_3',
};

const ALIGNMENTS: Record<string, string> = {
  left: 'START',
  center: 'CENTER',
  right: 'END',
  justify: 'JUSTIFIED',
};

/**
 * Every request kind of the Docs API v1 (`Request` in the discovery document,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request):
 * one the emulator does not model is refused as such, any other name as the API
 * refuses an unknown field.
 */
const REQUEST_KINDS = new Set([
  'addDocumentTab',
  'createFooter',
  'createFootnote',
  'createHeader',
  'createNamedRange',
  'createParagraphBullets',
  'deleteContentRange',
  'deleteFooter',
  'deleteHeader',
  'deleteNamedRange',
  'deleteParagraphBullets',
  'deletePositionedObject',
  'deleteTab',
  'deleteTableColumn',
  'deleteTableRow',
  'insertInlineImage',
  'insertPageBreak',
  'insertPerson',
  'insertSectionBreak',
  'insertTable',
  'insertTableColumn',
  'insertTableRow',
  'insertText',
  'mergeTableCells',
  'pinTableHeaderRows',
  'replaceAllText',
  'replaceImage',
  'replaceNamedRangeContent',
  'unmergeTableCells',
  'updateDocumentStyle',
  'updateDocumentTabProperties',
  'updateParagraphStyle',
  'updateSectionStyle',
  'updateTableCellStyle',
  'updateTableColumnProperties',
  'updateTableRowStyle',
  'updateTextStyle',
]);

const MODELLED = new Set(['updateParagraphStyle', 'updateTableRowStyle', 'pinTableHeaderRows']);

/**
 * The globals the manifest's advanced Docs service adds: `{ [userSymbol]: Docs }`,
 * or none when the manifest does not enable it.
 */
export function advancedDocsGlobals(
  manifest: Manifest,
  documents: () => FakeDocuments,
): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const service of enabledAdvancedServices(manifest)) {
    if (service.serviceId !== 'docs') continue;
    if (service.version !== 'v1') throw notModelled(`the Docs advanced service ${service.version}`);
    globals[service.userSymbol] = fakeAdvancedDocs(documents, declaredScopes(manifest));
  }
  return globals;
}

/**
 * `Docs` over the in-memory Docs. The scope guard checks each method's scopes
 * (`emulator/scopes/advanced.ts`); a Doc opens as `DocumentApp.openById` opens it
 * (one the user owns), anything else is Docs' 404.
 */
export function fakeAdvancedDocs(
  documents: () => FakeDocuments,
  _scopes: readonly string[],
): AdvancedDocsFacade {
  const open = (method: 'get' | 'batchUpdate', id: unknown) => {
    if (typeof id !== 'string' || id === '') throw docsError(method, 'Invalid argument: documentId');
    const fake = documents();
    const file = fake.drive.itemInfo(id);
    if (file === undefined || file.mimeType !== GOOGLE_DOC_MIME_TYPE || file.owner !== fake.drive.user) {
      throw docsError(method, 'Requested entity was not found.');
    }
    const doc = fake.drive.document(id);
    if (doc.isOpen) {
      throw new Error(
        `Docs facade: docs.documents.${method} on a Doc that DocumentApp holds open (unsaved changes) is refused by the emulator: call saveAndClose() first (what Google does then is not documented).`,
      );
    }
    return doc;
  };
  return {
    Documents: {
      get(documentId, optionalArgs) {
        if (optionalArgs !== undefined && Object.keys(optionalArgs).length > 0) {
          throw notModelled(`Documents.get with ${Object.keys(optionalArgs).join(', ')}`);
        }
        const doc = open('get', documentId);
        return documentResource(doc.id, doc.name, doc.saved());
      },
      batchUpdate(resource, documentId) {
        const doc = open('batchUpdate', documentId);
        const requests = requestsOf(resource);
        const content = doc.saved();
        const placed = placeBody(content.body);
        const changes = requests.map((request, index) => validate(request, index, placed));
        doc.updateLayout((body) => {
          for (const change of changes) change(body);
          return body;
        });
        return { documentId: doc.id, replies: requests.map(() => ({})) };
      },
    },
    newBatchUpdateDocumentRequest: () => ({}),
    newDocument: () => ({}),
  };
}

/** The structural elements of a body after its opening section break, with their indexes. */
export function placeBody(body: readonly BodyElement[]): Placed[] {
  let index = 1;
  return body.map((element, bodyIndex) => {
    const startIndex = index;
    index += elementLength(element);
    return { bodyIndex, element, startIndex, endIndex: index };
  });
}

function elementLength(element: BodyElement): number {
  switch (element.kind) {
    case 'paragraph':
      return element.text.length + 1;
    case 'horizontalRule':
    case 'pageBreak':
      return 2;
    case 'table':
      // Table start, each row's and cell's start, the cells' paragraphs, the table's end.
      return (
        2 +
        element.rows.reduce(
          (sum, row) => sum + 1 + row.reduce((cells, cell) => cells + 1 + cell.text.length + 1, 0),
          0,
        )
      );
  }
}

/** The `Document` resource of a Doc's content. */
export function documentResource(id: string, title: string, content: DocContent): DocsDocument {
  const footerId = content.footer === null ? undefined : `kix.footer-${id}`;
  const points = (magnitude: number) => ({ magnitude, unit: 'PT' });
  const structural: DocsStructuralElement[] = [
    {
      endIndex: 1,
      sectionBreak: {
        sectionStyle: {
          columnSeparatorStyle: 'NONE',
          contentDirection: 'LEFT_TO_RIGHT',
          sectionType: 'CONTINUOUS',
        },
      },
    },
    ...placeBody(content.body).map((placed) => structuralOf(placed)),
  ];
  const resource: DocsDocument = {
    documentId: id,
    title,
    body: { content: structural },
    documentStyle: {
      pageSize: { width: points(content.page.width), height: points(content.page.height) },
      marginTop: points(content.page.marginTop),
      marginBottom: points(content.page.marginBottom),
      marginLeft: points(content.page.marginLeft),
      marginRight: points(content.page.marginRight),
      ...(footerId === undefined ? {} : { defaultFooterId: footerId }),
    },
    ...(footerId === undefined || content.footer === null
      ? {}
      : {
          footers: {
            [footerId]: {
              footerId,
              content: [
                withStart(0, content.footer.text.length + 1, { paragraph: paragraphOf(content.footer, 0) }),
              ],
            },
          },
        }),
  };
  return resource;
}

function withStart(
  startIndex: number,
  endIndex: number,
  rest: Omit<DocsStructuralElement, 'startIndex' | 'endIndex'>,
): DocsStructuralElement {
  return { ...(startIndex === 0 ? {} : { startIndex }), endIndex, ...rest };
}

function structuralOf(placed: Placed): DocsStructuralElement {
  const { element, startIndex, endIndex } = placed;
  switch (element.kind) {
    case 'paragraph':
      return withStart(startIndex, endIndex, { paragraph: paragraphOf(element, startIndex) });
    case 'horizontalRule':
    case 'pageBreak':
      return withStart(startIndex, endIndex, {
        paragraph: {
          elements: [
            { startIndex, endIndex: startIndex + 1, [element.kind]: {} },
            { startIndex: startIndex + 1, endIndex, textRun: { content: '\n', textStyle: {} } },
          ],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' },
        },
      });
    case 'table':
      return withStart(startIndex, endIndex, { table: tableOf(element, startIndex) });
  }
}

function paragraphOf(paragraph: ParagraphState, startIndex: number): Record<string, unknown> {
  const elements: Record<string, unknown>[] = [];
  let index = startIndex;
  const runs = paragraph.runs.length === 0 ? [] : paragraph.runs;
  runs.forEach((run, position) => {
    const content = position === runs.length - 1 ? `${run.text}\n` : run.text;
    elements.push({
      startIndex: index,
      endIndex: index + content.length,
      textRun: { content, textStyle: textStyleOf(run) },
    });
    index += content.length;
  });
  if (runs.length === 0)
    elements.push({ startIndex: index, endIndex: index + 1, textRun: { content: '\n', textStyle: {} } });
  const style: Record<string, unknown> = {
    namedStyleType: NAMED_STYLES[paragraph.heading],
    alignment: ALIGNMENTS[paragraph.align],
    direction: 'LEFT_TO_RIGHT',
  };
  if (paragraph.spaceBefore !== null) style.spaceAbove = { magnitude: paragraph.spaceBefore, unit: 'PT' };
  if (paragraph.spaceAfter !== null) style.spaceBelow = { magnitude: paragraph.spaceAfter, unit: 'PT' };
  if (paragraph.indentStart !== null) style.indentStart = { magnitude: paragraph.indentStart, unit: 'PT' };
  if (paragraph.keepWithNext) style.keepWithNext = true;
  if (paragraph.keepLinesTogether) style.keepLinesTogether = true;
  return { elements, paragraphStyle: style };
}

function textStyleOf(run: RunState): Record<string, unknown> {
  const style: Record<string, unknown> = {
    weightedFontFamily: { fontFamily: run.fontFamily, weight: 400 },
    fontSize: { magnitude: run.fontSize, unit: 'PT' },
  };
  if (run.bold) style.bold = true;
  if (run.italic) style.italic = true;
  if (run.underline) style.underline = true;
  if (run.color !== null) style.foregroundColor = { color: { rgbColor: rgbOf(run.color) } };
  if (run.link !== null) style.link = { url: run.link };
  return style;
}

/** `#rrggbb` as the API's `RgbColor`, each channel 0–1. */
function rgbOf(color: string): { red: number; green: number; blue: number } {
  const channel = (at: number) => Number.parseInt(color.slice(at, at + 2), 16) / 255;
  return { red: channel(1), green: channel(3), blue: channel(5) };
}

function tableOf(table: TableState, startIndex: number): Record<string, unknown> {
  let index = startIndex + 1;
  const tableRows = table.rows.map((row, rowIndex) => {
    const rowStart = index;
    index += 1;
    const tableCells = row.map((cell) => {
      const cellStart = index;
      index += 1;
      const paragraphStart = index;
      index += cell.text.length + 1;
      const paragraph: ParagraphState = {
        kind: 'paragraph',
        text: cell.text,
        heading: 'normal',
        align: cell.align,
        spaceBefore: null,
        spaceAfter: null,
        indentStart: null,
        runs: cell.runs,
        keepWithNext: false,
        keepLinesTogether: false,
      };
      return {
        startIndex: cellStart,
        endIndex: index,
        content: [
          { startIndex: paragraphStart, endIndex: index, paragraph: paragraphOf(paragraph, paragraphStart) },
        ],
        tableCellStyle:
          cell.background === null
            ? {}
            : { backgroundColor: { color: { rgbColor: rgbOf(cell.background) } } },
      };
    });
    const tableRowStyle: Record<string, unknown> = {};
    if (rowIndex < table.pinnedHeaderRows) tableRowStyle.tableHeader = true;
    if (table.preventOverflow[rowIndex]) tableRowStyle.preventOverflow = true;
    return { startIndex: rowStart, endIndex: index, tableCells, tableRowStyle };
  });
  return { rows: table.rows.length, columns: table.rows[0]?.length ?? 0, tableRows };
}

// batchUpdate

type Change = (body: BodyElement[]) => void;

function requestsOf(resource: unknown): Record<string, unknown>[] {
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) {
    throw docsError('batchUpdate', 'Invalid JSON payload received.');
  }
  for (const key of Object.keys(resource)) {
    if (key === 'writeControl') throw notModelled('batchUpdate with writeControl');
    if (key !== 'requests') {
      throw docsError(
        'batchUpdate',
        `Invalid JSON payload received. Unknown name "${key}": Cannot find field.`,
      );
    }
  }
  const requests = (resource as { requests?: unknown }).requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw new Error(
      'Docs facade: a batchUpdate with no requests is refused by the emulator (the add-on must not call it for nothing).',
    );
  }
  return requests.map((request, index) => {
    if (typeof request !== 'object' || request === null) {
      throw docsError('batchUpdate', `Invalid JSON payload received. Invalid value at 'requests[${index}]'.`);
    }
    return request as Record<string, unknown>;
  });
}

function validate(request: Record<string, unknown>, index: number, placed: readonly Placed[]): Change {
  const kinds = Object.keys(request);
  for (const kind of kinds) {
    if (!REQUEST_KINDS.has(kind)) {
      throw docsError(
        'batchUpdate',
        `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${index}]': Cannot find field.`,
      );
    }
  }
  if (kinds.length !== 1) {
    throw docsError(
      'batchUpdate',
      `Invalid requests[${index}]: exactly one kind of request must be set, got ${kinds.length === 0 ? 'none' : kinds.join(', ')}.`,
    );
  }
  const kind = kinds[0] as string;
  if (!MODELLED.has(kind)) throw notModelled(`the ${kind} request`);
  const body = request[kind];
  if (typeof body !== 'object' || body === null) throw invalid(index, kind, 'The request is empty.');
  const fail = (message: string) => invalid(index, kind, message);
  const segmentEnd = placed[placed.length - 1]?.endIndex ?? 1;
  switch (kind) {
    case 'updateParagraphStyle':
      return paragraphStyleChange(body as Record<string, unknown>, placed, segmentEnd, fail);
    case 'updateTableRowStyle':
      return tableRowStyleChange(body as Record<string, unknown>, placed, segmentEnd, fail);
    default:
      return pinHeaderRowsChange(body as Record<string, unknown>, placed, segmentEnd, fail);
  }
}

type Fail = (message: string) => Error;

function onlyKeys(body: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw notModelled(`${what}.${key}`);
  }
}

/** `fields` as a list, refusing an empty one as the API does and any field not modelled. */
function fieldsOf(value: unknown, modelled: readonly string[], fail: Fail, what: string): string[] {
  if (typeof value !== 'string' || value.trim() === '') {
    throw fail("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  }
  const fields = value.split(',').map((field) => field.trim());
  for (const field of fields) {
    if (!modelled.includes(field)) throw notModelled(`${what} of the field ${JSON.stringify(field)}`);
  }
  return fields;
}

function indexOf(value: unknown, what: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw fail(`${what} must be a whole number ≥ 0, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The table starting at `tableStartLocation`; Docs refuses a location that is not a table's start. */
function tableAt(location: unknown, placed: readonly Placed[], segmentEnd: number, fail: Fail): Placed {
  if (typeof location !== 'object' || location === null) throw fail('The table start location is missing.');
  onlyKeys(location as Record<string, unknown>, ['index', 'segmentId'], 'tableStartLocation');
  const { index, segmentId } = location as { index?: unknown; segmentId?: unknown };
  if (segmentId !== undefined && segmentId !== '') throw notModelled('a table outside the body (segmentId)');
  const at = indexOf(index ?? 0, 'The table start index', fail);
  if (at >= segmentEnd) {
    throw fail(`Index ${at} must be less than the end index of the referenced segment, ${segmentEnd}.`);
  }
  const table = placed.find((entry) => entry.startIndex === at && entry.element.kind === 'table');
  if (table === undefined) throw fail(`The table start location (index ${at}) is not the start of a table.`);
  return table;
}

function paragraphStyleChange(
  body: Record<string, unknown>,
  placed: readonly Placed[],
  segmentEnd: number,
  fail: Fail,
): Change {
  onlyKeys(body, ['range', 'paragraphStyle', 'fields'], 'updateParagraphStyle');
  const fields = fieldsOf(body.fields, ['keepWithNext', 'keepLinesTogether'], fail, 'updateParagraphStyle');
  const range = body.range;
  if (typeof range !== 'object' || range === null) throw fail('The range is missing.');
  onlyKeys(range as Record<string, unknown>, ['startIndex', 'endIndex', 'segmentId'], 'range');
  const { startIndex, endIndex, segmentId } = range as Record<string, unknown>;
  if (segmentId !== undefined && segmentId !== '')
    throw notModelled('a paragraph style outside the body (segmentId)');
  const start = indexOf(startIndex ?? 0, 'The start index', fail);
  const end = indexOf(endIndex ?? 0, 'The end index', fail);
  if (end <= start) throw fail('The range should not be empty.');
  if (end > segmentEnd) {
    throw fail(`Index ${end - 1} must be less than the end index of the referenced segment, ${segmentEnd}.`);
  }
  const covered = placed.filter((entry) => entry.startIndex < end && entry.endIndex > start);
  const first = covered[0];
  const last = covered[covered.length - 1];
  if (
    first === undefined ||
    last === undefined ||
    first.startIndex !== start ||
    last.endIndex !== end ||
    covered.some((entry) => entry.element.kind !== 'paragraph')
  ) {
    // Google styles every paragraph the range overlaps; the emulator wants the exact body paragraphs meant.
    throw notModelled(`updateParagraphStyle over ${start}–${end}, which is not whole body paragraphs`);
  }
  const style = (body.paragraphStyle ?? {}) as Record<string, unknown>;
  const values: Partial<Record<'keepWithNext' | 'keepLinesTogether', boolean>> = {};
  for (const field of fields as ('keepWithNext' | 'keepLinesTogether')[]) {
    const value = style[field];
    if (value !== undefined && typeof value !== 'boolean')
      throw fail(`paragraphStyle.${field} must be true or false.`);
    // A field listed without a value goes back to the default, false.
    values[field] = value === true;
  }
  return (elements) => {
    for (const entry of covered) {
      elements[entry.bodyIndex] = { ...(elements[entry.bodyIndex] as ParagraphState), ...values };
    }
  };
}

function tableRowStyleChange(
  body: Record<string, unknown>,
  placed: readonly Placed[],
  segmentEnd: number,
  fail: Fail,
): Change {
  onlyKeys(body, ['tableStartLocation', 'rowIndices', 'tableRowStyle', 'fields'], 'updateTableRowStyle');
  const fields = fieldsOf(body.fields, ['preventOverflow'], fail, 'updateTableRowStyle');
  const table = tableAt(body.tableStartLocation, placed, segmentEnd, fail);
  const rows = (table.element as TableState).rows.length;
  const given = body.rowIndices;
  if (given !== undefined && !Array.isArray(given)) throw fail('rowIndices must be a list.');
  const indices = given === undefined || given.length === 0 ? [...Array(rows).keys()] : given;
  for (const row of indices) {
    if (indexOf(row, 'A row index', fail) >= rows)
      throw fail(`Row index ${row} is out of range: the table has ${rows} rows.`);
  }
  const style = (body.tableRowStyle ?? {}) as Record<string, unknown>;
  const value = style.preventOverflow;
  if (value !== undefined && typeof value !== 'boolean')
    throw fail('tableRowStyle.preventOverflow must be true or false.');
  const prevent = fields.includes('preventOverflow') && value === true;
  return (elements) => {
    const current = elements[table.bodyIndex] as TableState;
    const preventOverflow = [...current.preventOverflow];
    for (const row of indices as number[]) preventOverflow[row] = prevent;
    elements[table.bodyIndex] = { ...current, preventOverflow };
  };
}

function pinHeaderRowsChange(
  body: Record<string, unknown>,
  placed: readonly Placed[],
  segmentEnd: number,
  fail: Fail,
): Change {
  onlyKeys(body, ['tableStartLocation', 'pinnedHeaderRowsCount'], 'pinTableHeaderRows');
  const table = tableAt(body.tableStartLocation, placed, segmentEnd, fail);
  const rows = (table.element as TableState).rows.length;
  const count = indexOf(body.pinnedHeaderRowsCount ?? 0, 'pinnedHeaderRowsCount', fail);
  if (count > rows) throw fail(`pinnedHeaderRowsCount ${count} is more than the table's ${rows} rows.`);
  return (elements) => {
    elements[table.bodyIndex] = { ...(elements[table.bodyIndex] as TableState), pinnedHeaderRows: count };
  };
}

/** The advanced service's error with the API's answer. */
export function docsError(method: 'get' | 'batchUpdate', message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(
    `API call to docs.documents.${method} failed with error: ${message}`,
  );
}

function invalid(index: number, kind: string, message: string): GoogleJsonResponseException {
  return docsError('batchUpdate', `Invalid requests[${index}].${kind}: ${message}`);
}

function notModelled(what: string): Error {
  return new Error(
    `Docs facade: ${what} is not modelled by the emulator (it refuses what it does not know Docs to do).`,
  );
}
