/**
 * What the add-on needs of Google Docs and Drive to file a report: a new Doc
 * written top to bottom (page, default font, paragraphs, tables), then its PDF
 * beside it in a folder, and earlier copies sent to the trash.
 *
 * Two implementations: `apps-script-documents.ts` over the real `DocumentApp` and
 * `DriveApp` (in the Apps Script bundle), and the in-memory one in
 * `emulator/documents.ts` (tests and the local preview, never bundled).
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

/** Creates Google Docs. */
export interface DocumentsService {
  /** A new, empty Doc named `name` in the root of the user's My Drive. */
  create(name: string): DocumentDraft;
}

/** A Drive folder. */
export interface FolderRef {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

/** A Drive file as it was when looked up. */
export interface FileRef {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly url: string;
  readonly trashed: boolean;
}

/** MIME type of a Google Doc in Drive. */
export const GOOGLE_DOC_MIME_TYPE = 'application/vnd.google-apps.document';
/** MIME type of a PDF. */
export const PDF_MIME_TYPE = 'application/pdf';

/** What the add-on needs of Drive: folders, moving, trashing, PDFs. */
export interface DriveService {
  /** The folder with this id; `undefined` when there is none, it is trashed or the user cannot open it. */
  folder(id: string): FolderRef | undefined;
  /** A new folder named `name` in the root of My Drive. */
  createFolder(name: string): FolderRef;
  /** The file with this id, trashed or not; `undefined` when there is none or the user cannot open it. */
  file(id: string): FileRef | undefined;
  /** Sends a file to the trash (`true`) or takes it back out (`false`). */
  setTrashed(fileId: string, trashed: boolean): void;
  /** Moves a file into a folder, out of wherever it was. */
  moveToFolder(fileId: string, folderId: string): void;
  /** The files of a folder with exactly this name that are not in the trash. */
  filesNamed(folderId: string, name: string): FileRef[];
  /**
   * Makes the PDF of a Google Doc as a new file `<name>.pdf` in a folder. The Doc
   * must be saved and closed first, or the PDF misses what was written.
   */
  createPdf(docId: string, folderId: string, name: string): FileRef;
}
