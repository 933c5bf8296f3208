/**
 * In-memory Google Drive and Google Docs: the state behind the emulator's
 * Advanced Drive service (`apps-script/drive-advanced.ts`) and `DocumentApp`
 * (`apps-script/document-app.ts`), for the tests and the local preview. Never
 * imported from `src/` (it stays out of the Apps Script bundle).
 *
 * - Drive holds folders and files, each with its parents, MIME type, owner,
 *   trashed state, and the users for whom the add-on made it: under the
 *   `drive.file` scope the add-on reaches only those (see the facade).
 * - A Doc keeps its real structure: page size and margins, the default font, and
 *   the body's elements in order: paragraphs (named style, alignment, spacing,
 *   indent) with their text in runs of equal attributes (bold, italic, underline,
 *   colour, font family and size, link), tables of cells (text runs, background,
 *   alignment) with column widths and borders, horizontal rules, page breaks.
 * - The layout only the Docs API sets (`apps-script/docs-advanced.ts`): a
 *   paragraph's `keepWithNext` and `keepLinesTogether`, a table's pinned header
 *   rows and its rows' `preventOverflow`; and the default footer's paragraph
 *   (`DocumentApp`'s `addFooter`).
 * - A new Doc is US Letter with 1-inch margins in Arial 11 and one empty
 *   paragraph, which the first paragraph written replaces (as the real adapter does).
 * - A Doc's PDF shows the Doc as last saved and closed: written but unsaved
 *   content is missing from it, as on Google's side.
 * - The facades count the add-on's calls here (`calls`, `documentCalls`);
 *   `snapshot()` is the whole Drive as plain JSON data, `fromSnapshot()` restores it.
 */

import {
  type CellSpec,
  type DocWriter,
  FOLDER_MIME_TYPE,
  type FontSetup,
  GOOGLE_DOC_MIME_TYPE,
  type Heading,
  type HorizontalAlign,
  type PageSetup,
  type ParagraphSpec,
  PDF_MIME_TYPE,
  type RichText,
  type TableSpec,
} from '../src/server/services/documents';
import { type Calls, resetCalls, zeroCalls } from './calls';

/** The page of a new Doc: US Letter with 1-inch margins, as Docs makes it for a US-English account. */
export const NEW_DOC_PAGE: PageSetup = {
  width: 612,
  height: 792,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
};

/** The font of a new Doc. */
export const NEW_DOC_FONT: FontSetup = { family: 'Arial', size: 11 };

/** A table's border when none is set: 1 pt black. */
export const DEFAULT_TABLE_BORDER = { width: 1, color: '#000000' } as const;

/** The user the fake Drive acts as unless told otherwise. */
export const DEFAULT_USER = 'me@example.com';

/** The id of the root of My Drive. */
export const ROOT_FOLDER_ID = 'fake-root';

/** The snapshot format this fake writes (it also reads the first one). */
export const DRIVE_SNAPSHOT_FORMAT = 'kpi-sheets/fake-drive@2';

/** A stretch of text whose attributes are all equal. */
export interface RunState {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** Text colour, `null` for the default. */
  readonly color: string | null;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly link: string | null;
}

/** A paragraph of the body. */
export interface ParagraphState {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly heading: Heading;
  readonly align: HorizontalAlign;
  readonly spaceBefore: number | null;
  readonly spaceAfter: number | null;
  readonly indentStart: number | null;
  readonly runs: readonly RunState[];
  /** Docs' `paragraphStyle.keepWithNext`: on the same page as the next paragraph. */
  readonly keepWithNext: boolean;
  /** Docs' `paragraphStyle.keepLinesTogether`: all its lines on one page. */
  readonly keepLinesTogether: boolean;
}

/** A cell of a table: one paragraph. */
export interface CellState {
  readonly text: string;
  readonly background: string | null;
  readonly align: HorizontalAlign;
  readonly runs: readonly RunState[];
}

/** A table of the body. */
export interface TableState {
  readonly kind: 'table';
  readonly rows: readonly (readonly CellState[])[];
  /** Each column's width in points, `null` where Docs shares out the page. */
  readonly columnWidths: readonly (number | null)[];
  readonly borderWidth: number;
  readonly borderColor: string;
  /** How many rows from the top are pinned as the header (Docs' `tableRowStyle.tableHeader`), repeated on every page. */
  readonly pinnedHeaderRows: number;
  /** Each row's `tableRowStyle.preventOverflow`: the row never splits across pages. */
  readonly preventOverflow: readonly boolean[];
}

/** A horizontal rule of the body. */
export interface HorizontalRuleState {
  readonly kind: 'horizontalRule';
}

/** A page break of the body. */
export interface PageBreakState {
  readonly kind: 'pageBreak';
}

/** An element of a Doc's body. */
export type BodyElement = ParagraphState | TableState | HorizontalRuleState | PageBreakState;

/** Everything a Doc holds. */
export interface DocContent {
  readonly page: PageSetup;
  readonly font: FontSetup;
  readonly body: readonly BodyElement[];
  /** The default footer's paragraph, on every page; `null` when the Doc has no footer. */
  readonly footer: ParagraphState | null;
}

/** A folder as the fake keeps it. */
export interface FolderState {
  readonly id: string;
  readonly name: string;
  /** `null` for the root. */
  readonly parentId: string | null;
  readonly trashed: boolean;
  readonly owner: string;
  /**
   * The users for whom the add-on may open it under `drive.file`: those who made
   * it with the add-on. Empty for an item made outside the add-on.
   */
  readonly addOnUsers: readonly string[];
  readonly url: string;
}

/** A file as the fake keeps it. */
export interface FileState {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly parentIds: readonly string[];
  readonly trashed: boolean;
  readonly owner: string;
  /** As for a folder: the users for whom the add-on may open it. */
  readonly addOnUsers: readonly string[];
  readonly url: string;
  /** A Google Doc's content: as written, and as last saved and closed. */
  readonly document?: { readonly open: boolean; readonly content: DocContent; readonly saved: DocContent };
  /** A PDF's content: the Doc it was made from, as it was saved then. */
  readonly pdf?: { readonly fromDocId: string; readonly content: DocContent };
}

/** A folder or a file: in Drive both are files, told apart by MIME type. */
export type ItemState = (FolderState & { readonly mimeType: typeof FOLDER_MIME_TYPE }) | FileState;

/** The whole Drive as plain JSON data. */
export interface DriveSnapshot {
  readonly format: typeof DRIVE_SNAPSHOT_FORMAT;
  readonly user: string;
  readonly nextId: number;
  readonly folders: readonly FolderState[];
  readonly files: readonly FileState[];
}

/** A call of the Advanced Drive service's `Drive.Files`, counted by its facade. */
export type DriveMethod = 'create' | 'get' | 'update' | 'list';

/** A call of `DocumentApp` or of a Doc it opened. */
export type DocumentsMethod = 'create' | 'openById' | 'getAs' | keyof DocWriter | 'saveAndClose';

const DRIVE_METHODS: readonly DriveMethod[] = ['create', 'get', 'update', 'list'];

const DOCUMENTS_METHODS: readonly DocumentsMethod[] = [
  'create',
  'openById',
  'getAs',
  'setPage',
  'setFont',
  'appendParagraph',
  'appendTable',
  'appendHorizontalRule',
  'appendPageBreak',
  'setFooter',
  'saveAndClose',
];

/** Where an item is placed, by whom and how, when it is put in the Drive. */
export interface AddItemOptions {
  /** The folder it is in; the root when absent. */
  readonly parentId?: string;
  readonly trashed?: boolean;
  /** Its owner; the current user when absent. */
  readonly owner?: string;
  /**
   * `true` when the add-on made it (for its owner); absent or `false` for an item
   * made outside the add-on, which `drive.file` does not reach.
   */
  readonly byAddOn?: boolean;
  /**
   * The users for whom the add-on may open it, when not just its maker (a user
   * who picked another's file with the add-on); wins over `byAddOn`.
   */
  readonly addOnUsers?: readonly string[];
  /** Its id; a new one when absent. */
  readonly id?: string;
}

interface FolderRecord {
  id: string;
  name: string;
  parentId: string | null;
  trashed: boolean;
  owner: string;
  addOnUsers: string[];
}

interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parentIds: string[];
  trashed: boolean;
  owner: string;
  addOnUsers: string[];
  doc?: FakeDoc;
  pdf?: { fromDocId: string; content: DocContent };
}

/** A snapshot of the first format: one flag for "the add-on may open it", for everyone. */
interface SnapshotV1 {
  readonly format: typeof DRIVE_SNAPSHOT_FORMAT_V1;
  readonly user: string;
  readonly nextId: number;
  readonly folders: readonly (Omit<FolderState, 'addOnUsers'> & { readonly visibleToApp: boolean })[];
  readonly files: readonly (Omit<FileState, 'addOnUsers'> & { readonly visibleToApp: boolean })[];
}

const DRIVE_SNAPSHOT_FORMAT_V1 = 'kpi-sheets/fake-drive@1';

/**
 * The in-memory Drive: the state behind the emulator's Advanced Drive service
 * (`apps-script/drive-advanced.ts`) and `DocumentApp`. See the file's comment for
 * what it imitates. Its methods change the state as a test or the preview sets it
 * up and read it back; the rules of what the add-on may reach are the facade's.
 *
 * @example
 * const drive = new FakeDrive();
 * const folder = drive.addFolder('รายงานผล KPI 2566', { byAddOn: true });
 * drive.folderInfo(folder.id).addOnUsers // ['me@example.com']
 */
export class FakeDrive {
  /** How often the add-on called each method of `Drive.Files` (counted by the facade). */
  readonly calls: Calls<DriveMethod> = zeroCalls(DRIVE_METHODS);
  /** How often the add-on called `DocumentApp` and its Docs, over every Doc. */
  readonly documentCalls: Calls<DocumentsMethod> = zeroCalls(DOCUMENTS_METHODS);
  private currentUser: string;
  private nextId = 0;
  private readonly folders = new Map<string, FolderRecord>();
  private readonly files = new Map<string, FileRecord>();

  constructor(options: { readonly user?: string } = {}) {
    this.currentUser = options.user ?? DEFAULT_USER;
    this.folders.set(ROOT_FOLDER_ID, {
      id: ROOT_FOLDER_ID,
      name: 'My Drive',
      parentId: null,
      trashed: false,
      owner: this.currentUser,
      addOnUsers: [],
    });
  }

  /**
   * A Drive in the state of a snapshot (see `snapshot()`); its Docs are all
   * closed. A snapshot of the first format (one `visibleToApp` flag) is read as
   * made by the add-on for the item's owner where the flag was set.
   */
  static fromSnapshot(snapshot: DriveSnapshot | SnapshotV1): FakeDrive {
    const format = snapshot?.format;
    if (format !== DRIVE_SNAPSHOT_FORMAT && format !== DRIVE_SNAPSHOT_FORMAT_V1) {
      throw new Error(`not a fake Drive snapshot (format ${JSON.stringify(format)})`);
    }
    const addOnUsers = (item: { owner: string; addOnUsers?: readonly string[]; visibleToApp?: boolean }) =>
      item.addOnUsers !== undefined ? [...item.addOnUsers] : item.visibleToApp ? [item.owner] : [];
    const drive = new FakeDrive({ user: snapshot.user });
    drive.folders.clear();
    for (const folder of snapshot.folders) {
      drive.folders.set(folder.id, {
        id: folder.id,
        name: folder.name,
        parentId: folder.parentId,
        trashed: folder.trashed,
        owner: folder.owner,
        addOnUsers: addOnUsers(folder),
      });
    }
    for (const file of snapshot.files) {
      const record: FileRecord = {
        id: file.id,
        name: file.name,
        mimeType: file.mimeType,
        parentIds: [...file.parentIds],
        trashed: file.trashed,
        owner: file.owner,
        addOnUsers: addOnUsers(file),
      };
      if (file.document) {
        record.doc = FakeDoc.restore(file.id, file.name, file.document.saved, drive.documentCalls);
      }
      if (file.pdf) {
        record.pdf = {
          fromDocId: file.pdf.fromDocId,
          content: withLayoutDefaults(copyContent(file.pdf.content)),
        };
      }
      drive.files.set(file.id, record);
    }
    drive.nextId = snapshot.nextId;
    return drive;
  }

  /** The user the add-on runs as. */
  get user(): string {
    return this.currentUser;
  }

  /** Runs as another user from now on (another person using the add-on in the same spreadsheet). */
  actAs(user: string): void {
    this.currentUser = user;
  }

  /** Puts a folder in Drive: made by the add-on (`byAddOn`) or, by default, outside it. */
  addFolder(name: string, options: AddItemOptions = {}): FolderState {
    if (name === '') throw new Error('Invalid argument: name');
    const parentId = options.parentId ?? ROOT_FOLDER_ID;
    this.requireKnownFolder(parentId);
    const owner = options.owner ?? this.currentUser;
    const folder: FolderRecord = {
      id: this.claimId(options.id, 'folder'),
      name,
      parentId,
      trashed: options.trashed ?? false,
      owner,
      addOnUsers: addOnUsersOf(options, owner),
    };
    this.folders.set(folder.id, folder);
    return this.folderState(folder);
  }

  /** Puts a file with no content the fake reads in Drive (a text file, an image…). */
  addFile(name: string, mimeType: string, options: AddItemOptions = {}): FileState {
    return this.fileState(this.putFile(name, mimeType, options, 'file'));
  }

  /** Puts a new, empty Google Doc in Drive, open for writing. */
  addDocument(name: string, options: AddItemOptions = {}): FileState {
    const file = this.putFile(name, GOOGLE_DOC_MIME_TYPE, options, 'doc');
    file.doc = new FakeDoc(file.id, name, this.documentCalls);
    return this.fileState(file);
  }

  /** Puts a PDF of a Doc's content in Drive. */
  addPdf(
    name: string,
    pdf: { readonly fromDocId: string; readonly content: DocContent },
    options: AddItemOptions = {},
  ): FileState {
    const file = this.putFile(name, PDF_MIME_TYPE, options, 'pdf');
    file.pdf = { fromDocId: pdf.fromDocId, content: copyContent(pdf.content) };
    return this.fileState(file);
  }

  /** Trashes or restores a file or a folder. */
  setTrashed(id: string, trashed: boolean): void {
    this.record(id).trashed = trashed;
  }

  /** Renames a file or a folder. */
  rename(id: string, name: string): void {
    if (name === '') throw new Error('Invalid argument: name');
    this.record(id).name = name;
  }

  /** Puts a file or folder in exactly these folders. */
  setParents(id: string, parentIds: readonly string[]): void {
    for (const parentId of parentIds) this.requireKnownFolder(parentId);
    const folder = this.folders.get(id);
    if (folder !== undefined) {
      if (folder.id === ROOT_FOLDER_ID || parentIds.length !== 1)
        throw new Error(`A folder has one parent: ${id}.`);
      folder.parentId = parentIds[0] as string;
      return;
    }
    const file = this.files.get(id);
    if (file === undefined) throw new Error(`No item ${id}.`);
    file.parentIds = [...parentIds];
  }

  /** Deletes a file or folder for good, as emptying the trash does. */
  deleteForever(id: string): void {
    if (!this.files.delete(id) && !this.folders.delete(id)) throw new Error(`No item ${id} to delete.`);
  }

  /** A file's or folder's state, `undefined` when there is none. */
  itemInfo(id: string): ItemState | undefined {
    const folder = this.folders.get(id);
    if (folder !== undefined) return { ...this.folderState(folder), mimeType: FOLDER_MIME_TYPE };
    const file = this.files.get(id);
    return file === undefined ? undefined : this.fileState(file);
  }

  /** Every file and folder but the root, in the order they were made (folders first). */
  items(): ItemState[] {
    return [...this.folders.keys(), ...this.files.keys()]
      .filter((id) => id !== ROOT_FOLDER_ID)
      .map((id) => this.itemInfo(id) as ItemState);
  }

  /** A folder's state; throws when there is none. */
  folderInfo(id: string): FolderState {
    return this.folderState(this.requireKnownFolder(id));
  }

  /** A file's state; throws when there is none. */
  fileInfo(id: string): FileState {
    const file = this.files.get(id);
    if (!file) throw new Error(`No file ${id}.`);
    return this.fileState(file);
  }

  /** The folders in the Drive but the root, trashed ones too, in the order they were made. */
  allFolders(): FolderState[] {
    return [...this.folders.values()]
      .filter((folder) => folder.id !== ROOT_FOLDER_ID)
      .map((folder) => this.folderState(folder));
  }

  /** The files of a folder in the order they were made, trashed ones only when asked. */
  filesIn(folderId: string, options: { readonly includeTrashed?: boolean } = {}): FileState[] {
    this.requireKnownFolder(folderId);
    return [...this.files.values()]
      .filter((file) => file.parentIds.includes(folderId) && (options.includeTrashed || !file.trashed))
      .map((file) => this.fileState(file));
  }

  /** The Doc with this id, to read its structure; throws when the file is no Doc. */
  document(id: string): FakeDoc {
    const doc = this.files.get(id)?.doc;
    if (!doc) throw new Error(`No Google Doc ${id}.`);
    return doc;
  }

  /** Sets every call counter (Drive's and the Docs') back to zero. */
  resetCalls(): void {
    resetCalls(this.calls);
    resetCalls(this.documentCalls);
  }

  /**
   * The whole Drive as plain JSON data: folders and files in the order they were
   * made, with each Doc's and PDF's content. Not the call counters.
   */
  snapshot(): DriveSnapshot {
    return {
      format: DRIVE_SNAPSHOT_FORMAT,
      user: this.currentUser,
      nextId: this.nextId,
      folders: [...this.folders.values()].map((folder) => this.folderState(folder)),
      files: [...this.files.values()].map((file) => this.fileState(file)),
    };
  }

  /** `JSON.stringify(drive)` writes the snapshot. */
  toJSON(): DriveSnapshot {
    return this.snapshot();
  }

  private putFile(name: string, mimeType: string, options: AddItemOptions, kind: string): FileRecord {
    if (name === '') throw new Error('Invalid argument: name');
    const parentId = options.parentId ?? ROOT_FOLDER_ID;
    this.requireKnownFolder(parentId);
    const owner = options.owner ?? this.currentUser;
    const file: FileRecord = {
      id: this.claimId(options.id, kind),
      name,
      mimeType,
      parentIds: [parentId],
      trashed: options.trashed ?? false,
      owner,
      addOnUsers: addOnUsersOf(options, owner),
    };
    this.files.set(file.id, file);
    return file;
  }

  private record(id: string): FolderRecord | FileRecord {
    const item = this.files.get(id) ?? this.folders.get(id);
    if (item === undefined || id === ROOT_FOLDER_ID) throw new Error(`No item ${id}.`);
    return item;
  }

  private claimId(given: string | undefined, kind: string): string {
    if (given === undefined) return this.newId(kind);
    if (this.files.has(given) || this.folders.has(given)) throw new Error(`The id ${given} is taken.`);
    return given;
  }

  private newId(kind: string): string {
    this.nextId++;
    return `fake-${kind}-${this.nextId}`;
  }

  private requireKnownFolder(id: string): FolderRecord {
    const folder = this.folders.get(id);
    if (!folder) throw new Error(`No folder ${id}.`);
    return folder;
  }

  private folderState(folder: FolderRecord): FolderState {
    return { ...folder, addOnUsers: [...folder.addOnUsers], url: folderUrl(folder.id) };
  }

  private fileState(file: FileRecord): FileState {
    const { doc, pdf, ...rest } = file;
    return {
      ...rest,
      parentIds: [...file.parentIds],
      addOnUsers: [...file.addOnUsers],
      url: fileUrl(file.id, file.mimeType),
      ...(doc ? { document: { open: doc.isOpen, content: doc.content(), saved: doc.saved() } } : {}),
      ...(pdf ? { pdf: { fromDocId: pdf.fromDocId, content: copyContent(pdf.content) } } : {}),
    };
  }
}

function addOnUsersOf(options: AddItemOptions, owner: string): string[] {
  if (options.addOnUsers !== undefined) return [...options.addOnUsers];
  return options.byAddOn ? [owner] : [];
}

/**
 * Google Docs over the in-memory Drive, as `DocumentApp` reaches them: a Doc made
 * by `DocumentApp.create` lands in the root; any Doc the user owns opens by id.
 *
 * @example
 * const drive = new FakeDrive();
 * const docs = new FakeDocuments(drive);
 * const doc = docs.create('รายงานผล_กองคลัง_รอบ1_2566');
 * doc.appendParagraph({ text: 'แบบรายงานผล', heading: 'title' });
 * drive.document(doc.id).paragraphs()[0]?.text // 'แบบรายงานผล'
 */
export class FakeDocuments {
  constructor(readonly drive: FakeDrive) {}

  /** How often each method was called, over every Doc (the Drive's `documentCalls`). */
  get calls(): Calls<DocumentsMethod> {
    return this.drive.documentCalls;
  }

  /**
   * A new Doc in the root, as `DocumentApp.create` makes it. Whether Drive then
   * counts it as made by the add-on under `drive.file` is not documented, so the
   * emulator says no (the add-on makes its Docs with Drive, in its folder).
   */
  create(name: string): FakeDoc {
    this.calls.create++;
    return this.drive.document(this.drive.addDocument(name).id);
  }

  /**
   * The Doc with this id, as `DocumentApp.openById` opens it: one the current user
   * owns (the `documents` scope reaches every Doc the user can open; sharing is
   * not modelled). Anything else gets Docs' own message.
   */
  open(id: string): FakeDoc {
    this.calls.openById++;
    const file = this.drive.itemInfo(id);
    if (file === undefined || file.mimeType !== GOOGLE_DOC_MIME_TYPE || file.owner !== this.drive.user) {
      throw new Error(documentMissingMessage(id));
    }
    return this.drive.document(id);
  }

  /** Sets every call counter back to zero. */
  resetCalls(): void {
    resetCalls(this.calls);
  }
}

/**
 * What `DocumentApp.openById` says of an id that opens no Doc for this user.
 * https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
export function documentMissingMessage(id: string): string {
  return `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`;
}

/** One Google Doc: written while open (by `DocumentApp`'s facade), read back with `content()` and friends. */
export class FakeDoc {
  readonly url: string;
  private page: PageSetup = { ...NEW_DOC_PAGE };
  private font: FontSetup = { ...NEW_DOC_FONT };
  private body: BodyElement[];
  private footer: ParagraphState | null = null;
  // Whether the body is still the new Doc's lone empty paragraph.
  private blankStart = true;
  private open = true;
  private savedContent: DocContent;

  constructor(
    readonly id: string,
    readonly name: string,
    private readonly calls: Calls<DocumentsMethod>,
  ) {
    this.url = docUrl(id);
    this.body = [emptyParagraph()];
    this.savedContent = this.content();
  }

  /** A closed Doc holding `content`. */
  static restore(id: string, name: string, content: DocContent, calls: Calls<DocumentsMethod>): FakeDoc {
    const doc = new FakeDoc(id, name, calls);
    doc.page = { ...content.page };
    doc.font = { ...content.font };
    const copy = withLayoutDefaults(copyContent(content));
    doc.body = copy.body as BodyElement[];
    doc.footer = copy.footer;
    doc.blankStart = false;
    doc.open = false;
    doc.savedContent = doc.content();
    return doc;
  }

  setPage(page: PageSetup): void {
    this.calls.setPage++;
    this.assertOpen();
    for (const [what, size] of Object.entries(page)) assertPoints(size, what);
    if (page.width <= 0 || page.height <= 0) throw new Error('Invalid argument: page size');
    if (
      page.marginLeft + page.marginRight >= page.width ||
      page.marginTop + page.marginBottom >= page.height
    ) {
      throw new Error('Invalid argument: margins leave no room on the page');
    }
    this.page = { ...page };
  }

  setFont(font: FontSetup): void {
    this.calls.setFont++;
    this.assertOpen();
    if (font.family.trim() === '') throw new Error('Invalid argument: font family');
    assertFontSize(font.size);
    this.font = { family: font.family, size: font.size };
    // Like setting the body's attributes: all the text so far takes the font.
    const restyle = (runs: readonly RunState[]) =>
      runs.map((run) => ({ ...run, fontFamily: font.family, fontSize: font.size }));
    this.body = this.body.map((element) => {
      if (element.kind === 'paragraph') return { ...element, runs: restyle(element.runs) };
      if (element.kind === 'table') {
        return {
          ...element,
          rows: element.rows.map((row) => row.map((cell) => ({ ...cell, runs: restyle(cell.runs) }))),
        };
      }
      return element;
    });
  }

  appendParagraph(spec: ParagraphSpec): void {
    this.calls.appendParagraph++;
    this.assertOpen();
    for (const what of ['spaceBefore', 'spaceAfter', 'indentStart'] as const) {
      const value = spec[what];
      if (value !== undefined) assertPoints(value, what);
    }
    const runs = runsOf(spec.text, spec.bold ?? false, spec.fontSize, this.font);
    const paragraph: ParagraphState = {
      kind: 'paragraph',
      text: runs.map((run) => run.text).join(''),
      heading: spec.heading ?? 'normal',
      align: spec.align ?? 'left',
      spaceBefore: spec.spaceBefore ?? null,
      spaceAfter: spec.spaceAfter ?? null,
      indentStart: spec.indentStart ?? null,
      runs,
      keepWithNext: spec.keepWithNext ?? false,
      keepLinesTogether: spec.keepLinesTogether ?? false,
    };
    if (this.takeBlankStart()) this.body = [paragraph];
    else this.body.push(paragraph);
  }

  appendTable(spec: TableSpec): void {
    this.calls.appendTable++;
    this.assertOpen();
    const columns = spec.rows[0]?.length ?? 0;
    if (columns === 0) throw new Error('A table needs at least one row and one column.');
    spec.rows.forEach((row, index) => {
      if (row.length !== columns) {
        throw new Error(`Row ${index} of the table has ${row.length} cells, the first row has ${columns}.`);
      }
    });
    const widths: (number | null)[] = Array.from({ length: columns }, () => null);
    spec.columnWidths?.forEach((width, column) => {
      if (column >= columns)
        throw new Error(`Column index (${column}) is out of range: the table has ${columns}.`);
      assertPoints(width, 'column width');
      if (width <= 0) throw new Error(`Invalid argument: column width ${width}`);
      widths[column] = width;
    });
    if (spec.borderWidth !== undefined) assertPoints(spec.borderWidth, 'border width');
    if (spec.borderColor !== undefined) assertColor(spec.borderColor);
    const headerRows = spec.headerRows ?? 0;
    if (!Number.isInteger(headerRows) || headerRows < 0 || headerRows > spec.rows.length) {
      throw new Error(`Invalid argument: ${headerRows} header rows for a table of ${spec.rows.length}`);
    }
    this.takeBlankStart();
    this.body.push({
      kind: 'table',
      rows: spec.rows.map((row) => row.map((cell) => this.cellOf(cell))),
      columnWidths: widths,
      borderWidth: spec.borderWidth ?? DEFAULT_TABLE_BORDER.width,
      borderColor: spec.borderColor ?? DEFAULT_TABLE_BORDER.color,
      pinnedHeaderRows: headerRows,
      preventOverflow: spec.rows.map(() => spec.keepRowsWhole ?? false),
    });
  }

  appendHorizontalRule(): void {
    this.calls.appendHorizontalRule++;
    this.assertOpen();
    this.takeBlankStart();
    this.body.push({ kind: 'horizontalRule' });
  }

  appendPageBreak(): void {
    this.calls.appendPageBreak++;
    this.assertOpen();
    this.takeBlankStart();
    this.body.push({ kind: 'pageBreak' });
  }

  /** Sets the default footer's paragraph (made when the Doc has none). */
  setFooter(spec: ParagraphSpec): void {
    this.calls.setFooter++;
    this.assertOpen();
    const runs = runsOf(spec.text, spec.bold ?? false, spec.fontSize, this.font);
    this.footer = {
      ...emptyParagraph(),
      text: runs.map((run) => run.text).join(''),
      heading: spec.heading ?? 'normal',
      align: spec.align ?? 'left',
      runs,
    };
  }

  /**
   * Sets layout properties of the saved Doc, as a Docs API `batchUpdate` does
   * (`apps-script/docs-advanced.ts` checks the requests first): the body's
   * elements by position, and what the Doc's PDF then shows. Not counted.
   */
  updateLayout(change: (body: BodyElement[]) => BodyElement[]): void {
    if (this.open) throw new Error('Docs API updates need the Doc saved and closed first.');
    this.body = change(copyContent(this.content()).body as BodyElement[]);
    this.savedContent = this.content();
  }

  saveAndClose(): void {
    this.calls.saveAndClose++;
    this.assertOpen();
    this.open = false;
    this.savedContent = this.content();
  }

  /** Opens the Doc for writing again, as `DocumentApp.openById` does. */
  reopen(): void {
    this.open = true;
  }

  // Reading the Doc back: never counted.

  /** Whether the Doc is still open for writing. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Whether the body is still the lone empty paragraph of a new Doc. */
  get isBlank(): boolean {
    const [first, ...rest] = this.body;
    return rest.length === 0 && first?.kind === 'paragraph' && first.text === '';
  }

  /** The page size and margins. */
  get pageSetup(): PageSetup {
    return { ...this.page };
  }

  /** The document's font. */
  get defaultFont(): FontSetup {
    return { ...this.font };
  }

  /** The body's elements, in order. */
  get elements(): readonly BodyElement[] {
    return copyContent(this.content()).body;
  }

  /** The paragraphs of the body (not those in tables), in order. */
  paragraphs(): ParagraphState[] {
    return this.elements.filter((element): element is ParagraphState => element.kind === 'paragraph');
  }

  /** The tables of the body, in order. */
  tables(): TableState[] {
    return this.elements.filter((element): element is TableState => element.kind === 'table');
  }

  /**
   * The body as text, one line per paragraph and per table row (cells joined by
   * ` | `), `---` for a rule and `[page break]`: handy for asserting order.
   */
  text(): string {
    return this.elements.map(elementText).join('\n');
  }

  /** Everything the Doc holds now, as plain data. */
  content(): DocContent {
    return copyContent({ page: this.page, font: this.font, body: this.body, footer: this.footer });
  }

  /** What the Doc held when last saved and closed (a new Doc's content before that). */
  saved(): DocContent {
    return copyContent(this.savedContent);
  }

  private cellOf(cell: CellSpec): CellState {
    if (cell.background !== undefined) assertColor(cell.background);
    const runs = runsOf(cell.text, cell.bold ?? false, cell.fontSize, this.font);
    return {
      text: runs.map((run) => run.text).join(''),
      background: cell.background ?? null,
      align: cell.align ?? 'left',
      runs,
    };
  }

  private takeBlankStart(): boolean {
    const blank = this.blankStart;
    this.blankStart = false;
    return blank;
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('Document is closed, its contents cannot be updated.');
  }
}

function elementText(element: BodyElement): string {
  switch (element.kind) {
    case 'paragraph':
      return element.text;
    case 'table':
      return element.rows.map((row) => row.map((cell) => cell.text).join(' | ')).join('\n');
    case 'horizontalRule':
      return '---';
    case 'pageBreak':
      return '[page break]';
  }
}

/** Where a Doc opens for editing. */
export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * Where Drive shows a file, as its `webViewLink` gives it: a Doc opens in Docs,
 * anything else in Drive's viewer.
 */
export function fileUrl(id: string, mimeType: string): string {
  return mimeType === GOOGLE_DOC_MIME_TYPE
    ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`
    : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
}

/** Where Drive shows a folder. */
export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** The runs of rich text with every attribute settled, neighbours of equal look merged. */
function runsOf(text: RichText, bold: boolean, fontSize: number | undefined, font: FontSetup): RunState[] {
  if (fontSize !== undefined) assertFontSize(fontSize);
  const pieces = typeof text === 'string' ? [{ text }] : text;
  const runs: RunState[] = [];
  for (const piece of pieces) {
    if (piece.color !== undefined) assertColor(piece.color);
    if (piece.fontSize !== undefined) assertFontSize(piece.fontSize);
    if (piece.text === '') continue;
    const run: RunState = {
      text: piece.text,
      bold: piece.bold ?? bold,
      italic: piece.italic ?? false,
      underline: piece.underline ?? false,
      color: piece.color ?? null,
      fontFamily: font.family,
      fontSize: piece.fontSize ?? fontSize ?? font.size,
      link: piece.link === undefined || piece.link === '' ? null : piece.link,
    };
    const last = runs[runs.length - 1];
    if (last && sameLook(last, run)) runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else runs.push(run);
  }
  return runs;
}

function sameLook(a: RunState, b: RunState): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.color === b.color &&
    a.fontFamily === b.fontFamily &&
    a.fontSize === b.fontSize &&
    a.link === b.link
  );
}

function emptyParagraph(): ParagraphState {
  return {
    kind: 'paragraph',
    text: '',
    heading: 'normal',
    align: 'left',
    spaceBefore: null,
    spaceAfter: null,
    indentStart: null,
    runs: [],
    keepWithNext: false,
    keepLinesTogether: false,
  };
}

/**
 * Content as the current Doc keeps it, from a snapshot written before the
 * layout properties existed: what is absent is Docs' default (no keeping, no
 * pinned rows, no footer).
 */
export function withLayoutDefaults(content: DocContent): DocContent {
  const paragraph = (element: ParagraphState): ParagraphState => ({
    ...element,
    keepWithNext: element.keepWithNext ?? false,
    keepLinesTogether: element.keepLinesTogether ?? false,
  });
  return {
    ...content,
    footer: content.footer ? paragraph(content.footer) : null,
    body: content.body.map((element) => {
      if (element.kind === 'paragraph') return paragraph(element);
      if (element.kind === 'table') {
        return {
          ...element,
          pinnedHeaderRows: element.pinnedHeaderRows ?? 0,
          preventOverflow: element.preventOverflow ?? element.rows.map(() => false),
        };
      }
      return element;
    }),
  };
}

function copyContent(content: DocContent): DocContent {
  return structuredClone(content) as DocContent;
}

function assertPoints(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`Invalid argument: ${what} must be a number of points ≥ 0, got ${value}`);
  }
}

function assertFontSize(size: number): void {
  // Docs offers sizes from 1 to 400 points.
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 1 || size > 400) {
    throw new Error(`Invalid argument: font size ${size}`);
  }
}

function assertColor(color: string): void {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new Error(`Invalid argument: color ${color}`);
}
