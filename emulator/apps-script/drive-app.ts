/**
 * `DriveApp` as the add-on's Drive adapter (`src/server/services/apps-script-documents.ts`)
 * calls it, over the in-memory `FakeDrive`: files and folders by id (trashed ones
 * too, as `getFileById` finds them), files of a folder by name, trashing, moving,
 * and a Doc's PDF made with `getAs` and `createFile`. What the add-on may not see
 * (made outside it, under the `drive.file` scope) is not found, with Drive's message.
 */

import { PDF_MIME_TYPE } from '../../src/server/services/documents';
import { type FakeDrive, type FileState, type FolderState, NOT_FOUND_MESSAGE } from '../documents';

/** `Blob` of a Doc as a PDF, not yet a file. */
export class PdfBlobFacade {
  private name: string;

  constructor(
    /** @internal */ readonly docId: string,
    docName: string,
  ) {
    this.name = `${docName}.pdf`;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): PdfBlobFacade {
    this.name = String(name);
    return this;
  }

  getContentType(): string {
    return PDF_MIME_TYPE;
  }
}

/** `File`. */
export class FileFacade {
  constructor(
    private readonly drive: FakeDrive,
    private readonly id: string,
  ) {}

  private get state(): FileState {
    return this.drive.fileInfo(this.id);
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.state.name;
  }

  getMimeType(): string {
    return this.state.mimeType;
  }

  getUrl(): string {
    return this.state.url;
  }

  isTrashed(): boolean {
    return this.state.trashed;
  }

  setTrashed(trashed: boolean): FileFacade {
    this.drive.setTrashed(this.id, Boolean(trashed));
    return this;
  }

  moveTo(folder: FolderFacade): FileFacade {
    this.drive.moveToFolder(this.id, folder.getId());
    return this;
  }

  getAs(contentType: string): PdfBlobFacade {
    if (contentType !== PDF_MIME_TYPE) throw unsupported(`converting to ${contentType}`);
    return new PdfBlobFacade(this.id, this.state.name);
  }
}

/** `FileIterator`. */
export class FileIteratorFacade {
  private index = 0;

  constructor(private readonly files: readonly FileFacade[]) {}

  hasNext(): boolean {
    return this.index < this.files.length;
  }

  next(): FileFacade {
    const file = this.files[this.index++];
    if (file === undefined) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return file;
  }
}

/** `Folder`. */
export class FolderFacade {
  constructor(
    private readonly drive: FakeDrive,
    private readonly id: string,
  ) {}

  private get state(): FolderState {
    return this.drive.folderInfo(this.id);
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.state.name;
  }

  getUrl(): string {
    return this.state.url;
  }

  isTrashed(): boolean {
    return this.state.trashed;
  }

  /** The files of this folder with the name, trashed ones too, as Drive lists them. */
  getFilesByName(name: string): FileIteratorFacade {
    const files = this.drive
      .filesIn(this.id, { includeTrashed: true })
      .filter((file) => file.visibleToApp && file.name === String(name))
      .map((file) => new FileFacade(this.drive, file.id));
    return new FileIteratorFacade(files);
  }

  /** A new file in this folder from a blob: here only the PDF of a Doc. */
  createFile(blob: PdfBlobFacade): FileFacade {
    if (!(blob instanceof PdfBlobFacade)) throw unsupported('files from anything but a Doc’s PDF');
    const name = blob.getName().replace(/\.pdf$/i, '');
    const pdf = this.drive.createPdf(blob.docId, this.id, name);
    return new FileFacade(this.drive, pdf.id);
  }
}

/** The `DriveApp` global. */
export interface DriveAppFacade {
  getFileById(id: string): FileFacade;
  getFolderById(id: string): FolderFacade;
  createFolder(name: string): FolderFacade;
}

/** `DriveApp` over the in-memory Drive. */
export function fakeDriveApp(drive: () => FakeDrive): DriveAppFacade {
  return {
    getFileById(id) {
      const found = lookUp(() => drive().fileInfo(String(id)));
      return new FileFacade(drive(), found.id);
    },
    getFolderById(id) {
      const found = lookUp(() => drive().folderInfo(String(id)));
      return new FolderFacade(drive(), found.id);
    },
    createFolder(name) {
      return new FolderFacade(drive(), drive().createFolder(String(name)).id);
    },
  };
}

/** An item the add-on may see, or Drive's "not found". */
function lookUp<T extends { visibleToApp: boolean }>(find: () => T): T {
  let found: T;
  try {
    found = find();
  } catch {
    throw new Error(NOT_FOUND_MESSAGE);
  }
  if (!found.visibleToApp) throw new Error(NOT_FOUND_MESSAGE);
  return found;
}

function unsupported(what: string): Error {
  return new Error(`DriveApp facade: ${what} is not supported by the in-memory Drive.`);
}
