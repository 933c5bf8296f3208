/**
 * What the add-on needs of Google Docs and Drive to file a report: an empty Doc
 * made in the reports folder, written top to bottom (page, default font,
 * paragraphs, tables), then its PDF beside it, and earlier copies sent to the trash.
 *
 * Implemented over Apps Script by `apps-script-documents.ts` (`DocumentApp`, the
 * Docs part) and `apps-script-drive.ts` (the Advanced Drive service v3: under the
 * `drive.file` scope it reaches the files the add-on made, which is all it needs;
 * `DriveApp` would need the full `drive` scope for every method). Tests run those
 * adapters against the emulator's `Drive` and `DocumentApp`.
 * Sizes are in points (1/72 inch), as Docs measures them; colours are CSS `#rrggbb`.
 */

/** Points in one centimetre. */
export const POINTS_PER_CM = 28.3465;

/** A4 in points. */
export const A4 = { width: 595.276, height: 841.89 } as const;

/**
 * A length in centimetres as points.
 *
 * @example cm(3) // 85.0395
 */
export function cm(centimetres: number): number {
  return centimetres * POINTS_PER_CM;
}

/** The page: its size and margins, in points. */
export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly marginRight: number;
}

/** The font of the whole document. */
export interface FontSetup {
  /** A family Docs knows by name, such as `Sarabun` (a Google Font). */
  readonly family: string;
  /** In points. */
  readonly size: number;
}

/** How a paragraph lines up. */
export type HorizontalAlign = 'left' | 'center' | 'right' | 'justify';

/** A paragraph's named style, as in Docs' style menu. */
export type Heading = 'normal' | 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3';

/** A stretch of text with its own look; absent fields follow the paragraph. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Text colour, `#rrggbb`. */
  readonly color?: string;
  readonly fontSize?: number;
  /** Makes the run a link to this address. */
  readonly link?: string;
}

/** Text of a paragraph or cell: plain, or runs that each have their own look. */
export type RichText = string | readonly TextRun[];

/** A paragraph to append. */
export interface ParagraphSpec {
  readonly text: RichText;
  /** `normal` when absent. */
  readonly heading?: Heading;
  /** `left` when absent. */
  readonly align?: HorizontalAlign;
  /** Bold for the whole paragraph (a run may still say otherwise). */
  readonly bold?: boolean;
  /** In points; the document's font size when absent. */
  readonly fontSize?: number;
  /** Space above and below, in points. */
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  /** Indent of the paragraph's start, in points. */
  readonly indentStart?: number;
  /**
   * Keeps this paragraph on the same page as the next one (Docs'
   * `paragraphStyle.keepWithNext`): a chain of them and the element after stay together.
   */
  readonly keepWithNext?: boolean;
  /** Keeps all the lines of this paragraph on one page (Docs' `paragraphStyle.keepLinesTogether`). */
  readonly keepLinesTogether?: boolean;
}

/** One cell of a table to append: one paragraph of text. */
export interface CellSpec {
  readonly text: RichText;
  readonly bold?: boolean;
  /** Cell background, `#rrggbb`. */
  readonly background?: string;
  readonly align?: HorizontalAlign;
  readonly fontSize?: number;
}

/** A table to append: every row has the same number of cells. */
export interface TableSpec {
  readonly rows: readonly (readonly CellSpec[])[];
  /** Width of each column in points; Docs shares the page width when absent. */
  readonly columnWidths?: readonly number[];
  /** Border width in points (0 hides the borders). */
  readonly borderWidth?: number;
  readonly borderColor?: string;
  /**
   * How many rows, from the top, are the table's header, repeated at the top of
   * every page the table runs onto (Docs' `PinTableHeaderRowsRequest`). None when absent.
   */
  readonly headerRows?: number;
  /**
   * No row splits across pages: each row is wholly on one page (Docs'
   * `tableRowStyle.preventOverflow` on every row).
   */
  readonly keepRowsWhole?: boolean;
}

/**
 * Writes a document's body from top to bottom. Nothing is ever inserted above
 * what is already there: a renderer lays out its parts in reading order.
 */
export interface DocWriter {
  /** Sets the page size and margins. */
  setPage(page: PageSetup): void;
  /**
   * Sets the font of all the text written so far and of everything appended after
   * (a paragraph, cell or run may still set its own size). Call it first.
   */
  setFont(font: FontSetup): void;
  appendParagraph(paragraph: ParagraphSpec): void;
  appendTable(table: TableSpec): void;
  appendHorizontalRule(): void;
  appendPageBreak(): void;
  /**
   * Sets the text of the Doc's default footer, shown at the bottom of every page.
   * Text only: Docs' APIs cannot insert a page-number field.
   */
  setFooter(paragraph: ParagraphSpec): void;
}

/** A new Google Doc being written. */
export interface DocumentDraft extends DocWriter {
  readonly id: string;
  readonly name: string;
  /** Where the Doc opens for editing. */
  readonly url: string;
  /**
   * Saves and closes the Doc. Until then its PDF would not show what was written;
   * after it, writing throws.
   */
  saveAndClose(): void;
}

/** Opens Google Docs for writing. */
export interface DocumentsService {
  /**
   * The Doc with this id, to write into: best a new, empty one (a draft only
   * appends, after whatever the Doc holds).
   */
  open(id: string): DocumentDraft;
}

/** A Drive folder. */
export interface FolderRef {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

/** A Drive file or folder as it was when looked up. */
export interface FileRef extends FolderRef {
  readonly mimeType: string;
  readonly trashed: boolean;
}

/** MIME type of a Google Doc in Drive. */
export const GOOGLE_DOC_MIME_TYPE = 'application/vnd.google-apps.document';
/** MIME type of a Drive folder. */
export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
/** MIME type of a PDF. */
export const PDF_MIME_TYPE = 'application/pdf';

/**
 * What the add-on needs of Drive: its reports folder, new Docs and PDFs in it,
 * and trashing what they replace. Every item is one the add-on made (the
 * `drive.file` scope reaches no other).
 */
export interface DriveService {
  /**
   * The file or folder with this id, trashed or not; `undefined` only when Drive
   * answers that there is none or that the add-on may not open it. Any other
   * failure (a missing scope, an outage) is thrown as it is.
   */
  file(id: string): FileRef | undefined;
  /** A new folder named `name` in the root of My Drive. */
  createFolder(name: string): FileRef;
  /** A new, empty Google Doc named `name` in a folder. */
  createDocument(name: string, folderId: string): FileRef;
  /**
   * The PDF of a Google Doc as a new file `<name>.pdf` in a folder. The Doc must
   * be saved and closed first, or the PDF misses what was written.
   */
  createPdf(docId: string, name: string, folderId: string): FileRef;
  /** Sends a file to the trash. */
  trash(fileId: string): void;
}
