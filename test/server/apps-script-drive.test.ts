/**
 * The real Drive adapter (`apps-script-drive.ts`, over the Advanced Drive service
 * v3) on the emulator under the project's manifest (`drive.file`): what it makes
 * lands where the add-on asked, made by the add-on; what `drive.file` does not
 * reach is "nothing there"; every other failure is thrown as it is.
 */

import { GoogleJsonResponseException } from '../../emulator/apps-script/drive-advanced';
import { ROOT_FOLDER_ID } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator, projectManifest } from '../../emulator/install';
import { appsScriptDocuments } from '../../src/server/services/apps-script-documents';
import { appsScriptDrive, driveRefusal } from '../../src/server/services/apps-script-drive';
import { FOLDER_MIME_TYPE, GOOGLE_DOC_MIME_TYPE, PDF_MIME_TYPE } from '../../src/server/services/documents';

let emulator: InstalledEmulator | undefined;

afterEach(() => {
  emulator?.uninstall();
  emulator = undefined;
});

function install(options: Parameters<typeof installEmulator>[0] = {}): InstalledEmulator {
  emulator = installEmulator(options);
  return emulator;
}

describe('what the adapter makes', () => {
  it('a folder in the root of My Drive, made by the add-on for this user', () => {
    const { drive } = install();
    const folder = appsScriptDrive().createFolder('รายงานผล KPI 2566');
    expect(folder).toEqual({
      id: folder.id,
      name: 'รายงานผล KPI 2566',
      mimeType: FOLDER_MIME_TYPE,
      url: `https://drive.google.com/drive/folders/${folder.id}`,
      trashed: false,
    });
    expect(drive.folderInfo(folder.id)).toMatchObject({
      parentId: ROOT_FOLDER_ID,
      owner: drive.user,
      addOnUsers: [drive.user],
    });
  });

  it('an empty Google Doc in the folder, which DocumentApp then opens for writing', () => {
    const { drive } = install();
    const service = appsScriptDrive();
    const folder = service.createFolder('รายงาน');
    const doc = service.createDocument('รายงานผล_กองคลัง_รอบ1_2566', folder.id);
    expect(doc).toMatchObject({
      name: 'รายงานผล_กองคลัง_รอบ1_2566',
      mimeType: GOOGLE_DOC_MIME_TYPE,
      trashed: false,
    });
    expect(doc.url).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
    expect(drive.fileInfo(doc.id)).toMatchObject({ parentIds: [folder.id], addOnUsers: [drive.user] });
    expect(drive.document(doc.id).isBlank).toBe(true);
    const draft = appsScriptDocuments().open(doc.id);
    draft.appendParagraph({ text: 'แบบรายงานผล' });
    draft.saveAndClose();
    expect(drive.document(doc.id).text()).toBe('แบบรายงานผล');
  });

  it('the PDF of a saved Doc as <name>.pdf beside it, showing the Doc as saved', () => {
    const { drive } = install();
    const service = appsScriptDrive();
    const folder = service.createFolder('รายงาน');
    const doc = service.createDocument('ชื่อเดิมของเอกสาร', folder.id);
    const draft = appsScriptDocuments().open(doc.id);
    draft.appendParagraph({ text: 'ผลการดำเนินงาน' });
    draft.saveAndClose();
    const pdf = service.createPdf(doc.id, 'รายงานผล_กองคลัง_รอบ1_2566', folder.id);
    expect(pdf).toMatchObject({
      name: 'รายงานผล_กองคลัง_รอบ1_2566.pdf',
      mimeType: PDF_MIME_TYPE,
      trashed: false,
    });
    expect(pdf.url).toBe(`https://drive.google.com/file/d/${pdf.id}/view?usp=drivesdk`);
    const stored = drive.fileInfo(pdf.id);
    expect(stored).toMatchObject({ parentIds: [folder.id], addOnUsers: [drive.user] });
    expect(stored.pdf?.fromDocId).toBe(doc.id);
    expect(stored.pdf?.content).toEqual(drive.document(doc.id).saved());
  });

  it('a file is found with its trashed state, and trashed', () => {
    install();
    const service = appsScriptDrive();
    const folder = service.createFolder('รายงาน');
    const doc = service.createDocument('รายงานผล', folder.id);
    expect(service.file(doc.id)?.trashed).toBe(false);
    expect(service.trash(doc.id)).toBe(true);
    expect(service.file(doc.id)).toEqual({ ...doc, trashed: true });
    expect(service.file(folder.id)).toEqual(folder);
  });
});

describe('what drive.file does not reach is nothing there for the add-on', () => {
  it('a folder or file made outside the add-on, another user’s, or no such id: undefined', () => {
    const { drive } = install();
    const outside = drive.addFolder('รายงานของกอง');
    const file = drive.addFile('สรุป.pdf', PDF_MIME_TYPE, { parentId: outside.id });
    const theirs = drive.addFolder('ของคนอื่น', { owner: 'other@example.org', byAddOn: true });
    const service = appsScriptDrive();
    for (const id of [outside.id, file.id, theirs.id, '1NoSuchFileAtAll', ''])
      expect(service.file(id)).toBeUndefined();
    expect(service.trash(file.id)).toBe(false);
    expect(drive.fileInfo(file.id).trashed).toBe(false);
  });

  it('no Doc or PDF is made in a folder the add-on cannot reach', () => {
    const { drive } = install();
    const outside = drive.addFolder('รายงานของกอง');
    expect(() => appsScriptDrive().createDocument('x', outside.id)).toThrow(
      `API call to drive.files.create failed with error: File not found: ${outside.id}.`,
    );
    expect(drive.filesIn(outside.id, { includeTrashed: true })).toEqual([]);
  });

  it('a file the add-on reaches but the user may not trash (another’s): not trashed, and said so', () => {
    const { drive } = install();
    const shared = drive.addFile('ของคนอื่น.pdf', PDF_MIME_TYPE, {
      owner: 'other@example.org',
      addOnUsers: [drive.user],
    });
    expect(appsScriptDrive().trash(shared.id)).toBe(false);
    expect(drive.fileInfo(shared.id).trashed).toBe(false);
  });
});

describe('every other failure is thrown as it is', () => {
  it('a missing Drive scope, never "nothing there"', () => {
    const manifest = projectManifest();
    install({ manifest: { ...manifest, oauthScopes: ['https://www.googleapis.com/auth/documents'] } });
    const service = appsScriptDrive();
    expect(() => service.file('1AbCdEfGhIjKlMn')).toThrow(
      'API call to drive.files.get failed with error: Request had insufficient authentication scopes.',
    );
    expect(() => service.trash('1AbCdEfGhIjKlMn')).toThrow('Request had insufficient authentication scopes.');
    expect(() => service.createFolder('รายงาน')).toThrow('Request had insufficient authentication scopes.');
  });

  it('an outage', () => {
    const files = (install().globals.Drive as { Files: { get: unknown; update: unknown } }).Files;
    const outage = () => {
      throw new GoogleJsonResponseException(
        'API call to drive.files.get failed with error: Internal Error. Please try again.',
      );
    };
    files.get = outage;
    files.update = outage;
    expect(() => appsScriptDrive().file('1AbCdEfGhIjKlMn')).toThrow('Internal Error');
    expect(() => appsScriptDrive().trash('1AbCdEfGhIjKlMn')).toThrow('Internal Error');
  });

  it('without the advanced service enabled, Apps Script’s own ReferenceError', () => {
    const { dependencies: _dropped, ...manifest } = projectManifest();
    install({ manifest });
    expect(() => appsScriptDrive().file('1AbCdEfGhIjKlMn')).toThrow('Drive is not defined');
    expect(() => appsScriptDrive()).not.toThrow();
  });
});

describe('which Drive errors mean “nothing there for the add-on”', () => {
  it.each([
    ['API call to drive.files.get failed with error: File not found: 1AbC.', 'notFound'],
    [
      'GoogleJsonResponseException: API call to drive.files.update failed with error: File not found: 1AbC.',
      'notFound',
    ],
    [
      'API call to drive.files.update failed with error: The user does not have sufficient permissions for file 1AbC.',
      'accessDenied',
    ],
    [
      'API call to drive.files.get failed with error: The user has not granted the app 123456 read access to the file 1AbC.',
      'accessDenied',
    ],
    // A missing scope, however it is worded, is not a missing folder.
    [
      'You do not have permission to call DriveApp.getFolderById. Required permissions: https://www.googleapis.com/auth/drive',
      undefined,
    ],
    [
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
      undefined,
    ],
    [
      'API call to drive.files.get failed with error: Request had insufficient authentication scopes.',
      undefined,
    ],
    // DriveApp's and other services' "not found" are not Drive's answer to this adapter.
    [
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      undefined,
    ],
    ['Access denied: DriveApp.', undefined],
    ['API call to docs.documents.get failed with error: File not found: 1AbC.', undefined],
    ['We’re sorry, a server error occurred. Please wait a bit and try again.', undefined],
    ['Service invoked too many times for one day: driveapp.', undefined],
    ['Exceeded maximum execution time', undefined],
  ])('%s → %s', (message, refusal) => {
    expect(driveRefusal(new Error(message))).toBe(refusal);
  });

  it('reads the message of an error from another realm, or a plain string', () => {
    const foreign = {
      name: 'GoogleJsonResponseException',
      message: 'API call to drive.files.get failed with error: File not found: x.',
    };
    expect(driveRefusal(foreign)).toBe('notFound');
    expect(driveRefusal('API call to drive.files.get failed with error: File not found: x.')).toBe(
      'notFound',
    );
  });
});
