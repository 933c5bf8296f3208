/**
 * The emulator's Advanced Drive service (v3): present only where the manifest
 * enables it, reaching only what the declared scopes reach (`drive.file`: what
 * the add-on made, for the user running it), answering in Drive's own words.
 */

import { PdfBlobFacade } from '../../../emulator/apps-script/document-app';
import {
  type AdvancedDriveFacade,
  advancedDriveGlobals,
  DRIVE_SCOPES,
  fakeAdvancedDrive,
  GoogleJsonResponseException,
} from '../../../emulator/apps-script/drive-advanced';
import { appsScriptServices } from '../../../emulator/apps-script/index';
import { FakeDocuments, FakeDrive, ROOT_FOLDER_ID } from '../../../emulator/documents';
import { projectManifest } from '../../../emulator/install';
import type { Manifest } from '../../../emulator/scopes/manifest';
import { FakeSpreadsheet } from '../../../emulator/spreadsheet';
import {
  FOLDER_MIME_TYPE,
  GOOGLE_DOC_MIME_TYPE,
  PDF_MIME_TYPE,
} from '../../../src/server/services/documents';

const ME = 'me@example.com';

function setUp(scopes: readonly string[] = [DRIVE_SCOPES.file]): {
  drive: FakeDrive;
  Drive: AdvancedDriveFacade;
} {
  const drive = new FakeDrive({ user: ME });
  return { drive, Drive: fakeAdvancedDrive(() => drive, scopes) };
}

const notFound = (method: string, id: string) =>
  `API call to drive.files.${method} failed with error: File not found: ${id}.`;

/** The error a call throws. */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('it did not throw');
}

describe('the Drive global', () => {
  const services = (manifest: Manifest) =>
    appsScriptServices({
      spreadsheet: new FakeSpreadsheet(),
      documents: new FakeDocuments(new FakeDrive()),
      manifest,
    });

  it('exists under its userSymbol only where the manifest enables the service', () => {
    const manifest = projectManifest();
    expect(Object.keys(services(manifest))).toContain('Drive');
    const { dependencies: _dropped, ...without } = manifest;
    expect(Object.keys(services(without))).not.toContain('Drive');
    const renamed = advancedDriveGlobals(
      {
        ...manifest,
        dependencies: {
          enabledAdvancedServices: [{ userSymbol: 'DriveV3', serviceId: 'drive', version: 'v3' }],
        },
      },
      () => new FakeDrive(),
    );
    expect(Object.keys(renamed)).toEqual(['DriveV3']);
  });

  it('refuses a version it does not model', () => {
    expect(() =>
      advancedDriveGlobals(
        {
          oauthScopes: [DRIVE_SCOPES.file],
          dependencies: {
            enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v2' }],
          },
        },
        () => new FakeDrive(),
      ),
    ).toThrow('not modelled');
  });
});

describe('what the scopes reach', () => {
  it('drive.file: only what the add-on made for this user; the rest is Drive’s 404', () => {
    const { drive, Drive } = setUp();
    const made = drive.addFolder('ของส่วนเสริม', { byAddOn: true });
    const own = drive.addFolder('ของผู้ใช้');
    const theirs = drive.addFolder('ของคนอื่น', { owner: 'other@example.org', byAddOn: true });
    expect(Drive.Files.get(made.id)).toEqual({
      kind: 'drive#file',
      id: made.id,
      name: 'ของส่วนเสริม',
      mimeType: FOLDER_MIME_TYPE,
    });
    for (const id of [own.id, theirs.id, 'no-such-id']) {
      const error = thrown(() => Drive.Files.get(id));
      expect(error).toBeInstanceOf(GoogleJsonResponseException);
      expect(error.name).toBe('GoogleJsonResponseException');
      expect(error.message).toBe(notFound('get', id));
    }
    expect(Drive.Files.list({ fields: 'files(id)' }).files).toEqual([{ id: made.id }]);
  });

  it('another user running the add-on reaches what the add-on made for them, not for others', () => {
    const { drive, Drive } = setUp();
    const mine = drive.addFolder('ของฉัน', { byAddOn: true });
    drive.actAs('other@example.org');
    expect(() => Drive.Files.get(mine.id)).toThrow(notFound('get', mine.id));
    const theirs = Drive.Files.create({ name: 'ของเขา', mimeType: FOLDER_MIME_TYPE }, null, { fields: 'id' });
    expect(drive.folderInfo(theirs.id as string)).toMatchObject({
      owner: 'other@example.org',
      addOnUsers: ['other@example.org'],
    });
  });

  it('drive: the user’s own files too; drive.readonly: reads them, never writes', () => {
    const full = setUp([DRIVE_SCOPES.full]);
    const own = full.drive.addFolder('ของผู้ใช้');
    expect(full.Drive.Files.get(own.id).name).toBe('ของผู้ใช้');
    const readonly = setUp([DRIVE_SCOPES.readonly]);
    const mine = readonly.drive.addFolder('ของผู้ใช้');
    expect(readonly.Drive.Files.get(mine.id).name).toBe('ของผู้ใช้');
    expect(() => readonly.Drive.Files.update({ trashed: true }, mine.id)).toThrow(
      'API call to drive.files.update failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('no Drive scope: every call is Drive’s refusal of the token, counted', () => {
    const { drive, Drive } = setUp(['https://www.googleapis.com/auth/documents']);
    const made = drive.addFolder('ก', { byAddOn: true });
    expect(() => Drive.Files.get(made.id)).toThrow(
      'API call to drive.files.get failed with error: Request had insufficient authentication scopes.',
    );
    expect(() => Drive.Files.create({ name: 'ข', mimeType: FOLDER_MIME_TYPE })).toThrow(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
    expect(() => Drive.Files.list()).toThrow('Request had insufficient authentication scopes.');
    expect(drive.calls).toEqual({ create: 1, get: 1, update: 0, list: 1 });
    expect(drive.allFolders()).toHaveLength(1);
  });
});

describe('Files.create', () => {
  it('a folder in the root (or under `root`), a Doc in a folder, both made by the add-on', () => {
    const { drive, Drive } = setUp();
    const folder = Drive.Files.create({ name: 'รายงาน', mimeType: FOLDER_MIME_TYPE }, null, {
      fields: 'id,name,mimeType,parents,trashed,webViewLink,ownedByMe',
    });
    expect(folder).toEqual({
      id: folder.id,
      name: 'รายงาน',
      mimeType: FOLDER_MIME_TYPE,
      parents: [ROOT_FOLDER_ID],
      trashed: false,
      webViewLink: `https://drive.google.com/drive/folders/${folder.id}`,
      ownedByMe: true,
    });
    const doc = Drive.Files.create({
      name: 'รายงานผล',
      mimeType: GOOGLE_DOC_MIME_TYPE,
      parents: [folder.id as string],
    });
    expect(Object.keys(doc)).toEqual(['kind', 'id', 'name', 'mimeType']);
    expect(drive.fileInfo(doc.id as string)).toMatchObject({ parentIds: [folder.id], addOnUsers: [ME] });
    expect(drive.document(doc.id as string).isBlank).toBe(true);
    const underRoot = Drive.Files.create({ name: 'อีก', mimeType: FOLDER_MIME_TYPE, parents: ['root'] });
    expect(drive.folderInfo(underRoot.id as string).parentId).toBe(ROOT_FOLDER_ID);
  });

  it('the PDF from a Doc’s blob, holding the Doc as saved when the blob was made', () => {
    const { drive, Drive } = setUp();
    const folder = drive.addFolder('รายงาน', { byAddOn: true });
    const doc = drive.document(drive.addDocument('รายงานผล', { parentId: folder.id, byAddOn: true }).id);
    doc.appendParagraph({ text: 'เนื้อหา' });
    doc.saveAndClose();
    const blob = new PdfBlobFacade(doc.id, doc.name, doc.saved());
    const pdf = Drive.Files.create({ name: 'รายงานผล.pdf', parents: [folder.id] }, blob, {
      fields: 'id,mimeType,webViewLink',
    });
    expect(pdf.mimeType).toBe(PDF_MIME_TYPE);
    expect(pdf.webViewLink).toBe(`https://drive.google.com/file/d/${pdf.id}/view?usp=drivesdk`);
    expect(drive.fileInfo(pdf.id as string)).toMatchObject({
      name: 'รายงานผล.pdf',
      parentIds: [folder.id],
      addOnUsers: [ME],
      pdf: { fromDocId: doc.id, content: doc.saved() },
    });
    // Without a name, the blob's.
    expect(Drive.Files.create({ parents: [folder.id] }, blob).name).toBe('รายงานผล.pdf');
  });

  it('not in a folder the add-on cannot reach: Drive’s 404 for the parent, nothing made', () => {
    const { drive, Drive } = setUp();
    const own = drive.addFolder('ของผู้ใช้');
    expect(() => Drive.Files.create({ name: 'x', mimeType: FOLDER_MIME_TYPE, parents: [own.id] })).toThrow(
      notFound('create', own.id),
    );
    expect(drive.allFolders()).toHaveLength(1);
  });

  it('refuses, naming it, what the emulator does not know Drive to do', () => {
    const { drive, Drive } = setUp();
    const folder = drive.addFolder('ก', { byAddOn: true });
    const file = drive.addFile('ข.pdf', PDF_MIME_TYPE, { parentId: folder.id, byAddOn: true });
    const other = drive.addFolder('ค', { byAddOn: true });
    for (const call of [
      () => Drive.Files.create({ name: 'x', mimeType: 'text/plain' }),
      () => Drive.Files.create({ name: 'x', mimeType: FOLDER_MIME_TYPE, parents: [folder.id, other.id] }),
      () => Drive.Files.create({ name: 'x', mimeType: FOLDER_MIME_TYPE, parents: [file.id] }),
      () => Drive.Files.create({ name: 'x', mimeType: FOLDER_MIME_TYPE, description: 'y' } as never),
      () => Drive.Files.create({ name: 'x' }, { getBytes: () => [] }),
      () => Drive.Files.create({ mimeType: FOLDER_MIME_TYPE }),
      () => Drive.Files.get(folder.id, { fields: 'size' }),
      () => Drive.Files.get(folder.id, { supportsAllDrives: true }),
    ]) {
      expect(call).toThrow('not modelled by the emulator');
    }
  });
});

describe('Files.get', () => {
  it('answers the fields asked for, all of them for *, trashed items too', () => {
    const { drive, Drive } = setUp();
    const folder = drive.addFolder('ก', { byAddOn: true, trashed: true });
    expect(Drive.Files.get(folder.id, { fields: 'id, trashed' })).toEqual({ id: folder.id, trashed: true });
    expect(Object.keys(Drive.Files.get(folder.id, { fields: '*' })).sort()).toEqual([
      'id',
      'kind',
      'mimeType',
      'name',
      'ownedByMe',
      'parents',
      'trashed',
      'webViewLink',
    ]);
  });
});

describe('Files.update', () => {
  it('trashes and restores, renames, and moves with addParents/removeParents', () => {
    const { drive, Drive } = setUp();
    const a = drive.addFolder('ก', { byAddOn: true });
    const b = drive.addFolder('ข', { byAddOn: true });
    const file = drive.addFile('ค.pdf', PDF_MIME_TYPE, { parentId: a.id, byAddOn: true });
    expect(Drive.Files.update({ trashed: true }, file.id, null, { fields: 'trashed' })).toEqual({
      trashed: true,
    });
    Drive.Files.update({ trashed: false, name: 'ง.pdf' }, file.id);
    Drive.Files.update({}, file.id, null, { addParents: b.id, removeParents: a.id });
    expect(drive.fileInfo(file.id)).toMatchObject({ name: 'ง.pdf', trashed: false, parentIds: [b.id] });
    Drive.Files.update({ trashed: true }, a.id);
    expect(drive.folderInfo(a.id).trashed).toBe(true);
  });

  it('an item the user does not own is not theirs to change: Drive’s 403, nothing changed', () => {
    const { drive, Drive } = setUp();
    const shared = drive.addFile('ของคนอื่น.pdf', PDF_MIME_TYPE, {
      owner: 'other@example.org',
      addOnUsers: [ME],
    });
    expect(() => Drive.Files.update({ trashed: true }, shared.id)).toThrow(
      `API call to drive.files.update failed with error: The user does not have sufficient permissions for file ${shared.id}.`,
    );
    expect(drive.fileInfo(shared.id).trashed).toBe(false);
  });

  it('what the add-on cannot reach is Drive’s 404; two parents, new content and other fields are refused', () => {
    const { drive, Drive } = setUp();
    const own = drive.addFile('ของผู้ใช้.pdf', PDF_MIME_TYPE);
    expect(() => Drive.Files.update({ trashed: true }, own.id)).toThrow(notFound('update', own.id));
    const a = drive.addFolder('ก', { byAddOn: true });
    const file = drive.addFile('ข.pdf', PDF_MIME_TYPE, { parentId: a.id, byAddOn: true });
    expect(() => Drive.Files.update({}, file.id, null, { addParents: ROOT_FOLDER_ID })).toThrow(
      'not modelled',
    );
    expect(() => Drive.Files.update({}, file.id, new PdfBlobFacade('x', 'x', {} as never))).toThrow(
      'not modelled',
    );
    expect(() => Drive.Files.update({ starred: true } as never, file.id)).toThrow('not modelled');
    expect(drive.fileInfo(file.id).parentIds).toEqual([a.id]);
  });
});

describe('Files.list', () => {
  it('answers what the add-on reaches for the q terms it models', () => {
    const { drive, Drive } = setUp();
    const folder = drive.addFolder('รายงาน', { byAddOn: true });
    const pdf = drive.addFile('ก.pdf', PDF_MIME_TYPE, { parentId: folder.id, byAddOn: true });
    drive.addFile('ข.pdf', PDF_MIME_TYPE, { parentId: folder.id, byAddOn: true, trashed: true });
    drive.addFile('ค.pdf', PDF_MIME_TYPE, { parentId: folder.id });
    const doc = drive.addDocument("รายงาน 'ก'", { parentId: folder.id, byAddOn: true });
    const ids = (q: string) => Drive.Files.list({ q, fields: 'files(id)' }).files.map((file) => file.id);
    expect(ids(`'${folder.id}' in parents and trashed = false`)).toEqual([pdf.id, doc.id]);
    expect(ids(`'${folder.id}' in parents and mimeType = '${PDF_MIME_TYPE}'`)).toHaveLength(2);
    expect(ids("name = 'รายงาน \\'ก\\''")).toEqual([doc.id]);
    expect(ids("'root' in parents")).toEqual([folder.id]);
    expect(Drive.Files.list({ q: 'trashed = true' })).toEqual({
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: [expect.objectContaining({ kind: 'drive#file', name: 'ข.pdf' })],
    });
    expect(() => Drive.Files.list({ q: "name contains 'ก'" })).toThrow('not modelled');
    expect(() => Drive.Files.list({ orderBy: 'name' })).toThrow('not modelled');
  });
});

describe('DocumentApp’s PDF blob, as Files.create takes it', () => {
  it('openById, write, save; opened again, getAs gives the PDF of the saved Doc', () => {
    const drive = new FakeDrive({ user: ME });
    const documents = new FakeDocuments(drive);
    const { DocumentApp, Drive } = appsScriptServices({
      spreadsheet: new FakeSpreadsheet(),
      documents,
      manifest: projectManifest(),
    }) as {
      DocumentApp: {
        openById(id: string): {
          getBody(): { appendParagraph(text: string): unknown };
          saveAndClose(): void;
          getAs(type: string): { getName(): string; getContentType(): string };
        };
      };
      Drive: AdvancedDriveFacade;
    };
    const folder = Drive.Files.create({ name: 'รายงาน', mimeType: FOLDER_MIME_TYPE });
    const made = Drive.Files.create({
      name: 'รายงานผล',
      mimeType: GOOGLE_DOC_MIME_TYPE,
      parents: [folder.id as string],
    });
    const doc = DocumentApp.openById(made.id as string);
    doc.getBody().appendParagraph('ผลการดำเนินงาน');
    // Before saving, the PDF misses what was written.
    const early = DocumentApp.openById(made.id as string).getAs(PDF_MIME_TYPE);
    doc.saveAndClose();
    expect(() => doc.getAs(PDF_MIME_TYPE)).toThrow('Document is closed');
    const blob = DocumentApp.openById(made.id as string).getAs(PDF_MIME_TYPE);
    expect([blob.getName(), blob.getContentType()]).toEqual(['รายงานผล.pdf', PDF_MIME_TYPE]);
    const pdf = Drive.Files.create({ name: 'รายงานผล.pdf', parents: [folder.id as string] }, blob);
    const earlyPdf = Drive.Files.create({ name: 'ก่อน.pdf', parents: [folder.id as string] }, early);
    expect(drive.fileInfo(pdf.id as string).pdf?.content).toEqual(
      drive.document(made.id as string).content(),
    );
    expect(drive.fileInfo(earlyPdf.id as string).pdf?.content.body).toEqual([
      expect.objectContaining({ text: '' }),
    ]);
    // A Doc with content is not written again by the facade (reading it back is not modelled).
    expect(() => DocumentApp.openById(made.id as string).getBody()).toThrow('not supported');
    expect(() => DocumentApp.openById(made.id as string).getAs('text/plain')).toThrow('not supported');
  });
});
