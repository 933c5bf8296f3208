/**
 * The in-memory Drive and Docs as state: Docs written element by element (as
 * `DocumentApp`'s facade writes them), Drive's items with their owner, parents,
 * trashed state and the users the add-on made them for, and snapshots. What the
 * add-on may reach through the Advanced Drive service is the facade's, tested in
 * `apps-script/drive-advanced.test.ts`.
 */

import {
  DEFAULT_TABLE_BORDER,
  DRIVE_SNAPSHOT_FORMAT,
  FakeDocuments,
  FakeDrive,
  NEW_DOC_FONT,
  NEW_DOC_PAGE,
  ROOT_FOLDER_ID,
} from '../../emulator/documents';
import { FOLDER_MIME_TYPE, GOOGLE_DOC_MIME_TYPE, PDF_MIME_TYPE } from '../../src/server/services/documents';

function setUp() {
  const drive = new FakeDrive();
  const docs = new FakeDocuments(drive);
  return { drive, docs };
}

describe('a new Doc', () => {
  it('is a Google Doc in the root of My Drive, US Letter in Arial 11, holding one empty paragraph', () => {
    const { drive, docs } = setUp();
    const draft = docs.create('รายงานผล_กองคลัง_รอบ1_2566');
    expect(draft.url).toBe(`https://docs.google.com/document/d/${draft.id}/edit`);
    expect(drive.fileInfo(draft.id)).toMatchObject({
      name: 'รายงานผล_กองคลัง_รอบ1_2566',
      mimeType: GOOGLE_DOC_MIME_TYPE,
      parentIds: [ROOT_FOLDER_ID],
      trashed: false,
      owner: drive.user,
    });
    const doc = drive.document(draft.id);
    expect(doc.pageSetup).toEqual(NEW_DOC_PAGE);
    expect(doc.defaultFont).toEqual(NEW_DOC_FONT);
    expect(doc.elements).toEqual([expect.objectContaining({ kind: 'paragraph', text: '', runs: [] })]);
  });

  it('the first paragraph written takes the place of the empty one', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendParagraph({ text: 'แบบรายงานผล' });
    doc.appendParagraph({ text: 'รอบ 1/2566' });
    expect(doc.paragraphs().map((paragraph) => paragraph.text)).toEqual(['แบบรายงานผล', 'รอบ 1/2566']);
  });

  it('a table written first leaves the empty paragraph above it, as Docs does', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendTable({ rows: [[{ text: 'x' }]] });
    expect(doc.elements.map((element) => element.kind)).toEqual(['paragraph', 'table']);
  });

  it('each Doc gets its own id', () => {
    const { docs } = setUp();
    const ids = new Set([docs.create('a').id, docs.create('a').id, docs.create('a').id]);
    expect(ids.size).toBe(3);
  });

  it('an empty name is refused, as DocumentApp.create refuses it', () => {
    expect(() => setUp().docs.create('')).toThrow('Invalid argument: name');
  });
});

describe('paragraphs', () => {
  it('keep their named style, alignment, spacing and indent', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendParagraph({
      text: 'ผลการดำเนินงาน',
      heading: 'heading1',
      align: 'center',
      spaceBefore: 12,
      spaceAfter: 6,
      indentStart: 28.3465,
    });
    doc.appendParagraph({ text: 'ข้อความ' });
    expect(doc.paragraphs()).toEqual([
      expect.objectContaining({
        heading: 'heading1',
        align: 'center',
        spaceBefore: 12,
        spaceAfter: 6,
        indentStart: 28.3465,
      }),
      expect.objectContaining({
        heading: 'normal',
        align: 'left',
        spaceBefore: null,
        spaceAfter: null,
        indentStart: null,
      }),
    ]);
  });

  it('keep their text in runs of equal look: a run says what differs, the paragraph the rest', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.setFont({ family: 'Sarabun', size: 14 });
    doc.appendParagraph({
      text: [
        { text: 'หน่วยงาน ', bold: true },
        { text: 'กองคลัง' },
        { text: ' ' },
        {
          text: 'เปิดหลักฐาน',
          link: 'https://drive.google.com/file/d/abc/view',
          color: '#1155cc',
          underline: true,
        },
      ],
      fontSize: 12,
    });
    const base = {
      italic: false,
      underline: false,
      color: null,
      fontFamily: 'Sarabun',
      fontSize: 12,
      link: null,
    };
    expect(doc.paragraphs()[0]).toMatchObject({
      text: 'หน่วยงาน กองคลัง เปิดหลักฐาน',
      runs: [
        { ...base, text: 'หน่วยงาน ', bold: true },
        // Two runs of the same look are one stretch of text, as in Docs.
        { ...base, text: 'กองคลัง ', bold: false },
        {
          ...base,
          text: 'เปิดหลักฐาน',
          bold: false,
          underline: true,
          color: '#1155cc',
          link: 'https://drive.google.com/file/d/abc/view',
        },
      ],
    });
  });

  it('bold for the paragraph holds unless a run says otherwise', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendParagraph({ text: [{ text: 'ก' }, { text: 'ข', bold: false }], bold: true });
    expect(doc.paragraphs()[0]?.runs.map((run) => [run.text, run.bold])).toEqual([
      ['ก', true],
      ['ข', false],
    ]);
  });

  it('refuse colours that are not #rrggbb and sizes Docs does not offer', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    expect(() => doc.appendParagraph({ text: [{ text: 'x', color: 'red' }] })).toThrow(
      'Invalid argument: color',
    );
    expect(() => doc.appendParagraph({ text: 'x', fontSize: 0 })).toThrow('Invalid argument: font size');
    expect(() => doc.appendParagraph({ text: 'x', spaceBefore: -1 })).toThrow(
      'Invalid argument: spaceBefore',
    );
  });
});

describe('page and font', () => {
  it('the page keeps its size and margins in points', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    const a4 = {
      width: 595.276,
      height: 841.89,
      marginTop: 70.86625,
      marginBottom: 70.86625,
      marginLeft: 85.0395,
      marginRight: 56.693,
    };
    doc.setPage(a4);
    expect(doc.pageSetup).toEqual(a4);
  });

  it('margins that leave no room are refused', () => {
    const { docs } = setUp();
    expect(() => docs.create('a').setPage({ ...NEW_DOC_PAGE, marginLeft: 400, marginRight: 300 })).toThrow(
      'margins leave no room',
    );
  });

  it('setting the font restyles the text so far, and text written later takes it too', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendParagraph({ text: 'ก่อน', fontSize: 20 });
    doc.appendTable({ rows: [[{ text: 'ช่อง' }]] });
    doc.setFont({ family: 'Sarabun', size: 14 });
    doc.appendParagraph({ text: 'หลัง' });
    doc.appendParagraph({ text: 'ใหญ่', fontSize: 18 });
    const [before, after, large] = doc.paragraphs();
    expect(before?.runs[0]).toMatchObject({ fontFamily: 'Sarabun', fontSize: 14 });
    expect(doc.tables()[0]?.rows[0]?.[0]?.runs[0]).toMatchObject({ fontFamily: 'Sarabun', fontSize: 14 });
    expect(after?.runs[0]).toMatchObject({ fontFamily: 'Sarabun', fontSize: 14 });
    expect(large?.runs[0]).toMatchObject({ fontFamily: 'Sarabun', fontSize: 18 });
    expect(doc.defaultFont).toEqual({ family: 'Sarabun', size: 14 });
  });
});

describe('tables', () => {
  it('keep rows of cells with their text, background and alignment, column widths and border', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendTable({
      rows: [
        [
          { text: 'ระดับ', bold: true, background: '#d9e2f3', align: 'center' },
          { text: 'ผล', bold: true, background: '#d9e2f3', align: 'center' },
        ],
        [{ text: 'ระดับ 1' }, { text: [{ text: '✓', color: '#1e7b34' }] }],
      ],
      columnWidths: [60, 100],
    });
    const [table] = doc.tables();
    expect(table?.columnWidths).toEqual([60, 100]);
    expect(table?.borderWidth).toBe(DEFAULT_TABLE_BORDER.width);
    expect(table?.borderColor).toBe(DEFAULT_TABLE_BORDER.color);
    expect(table?.rows.map((row) => row.map((cell) => [cell.text, cell.background, cell.align]))).toEqual([
      [
        ['ระดับ', '#d9e2f3', 'center'],
        ['ผล', '#d9e2f3', 'center'],
      ],
      [
        ['ระดับ 1', null, 'left'],
        ['✓', null, 'left'],
      ],
    ]);
    expect(table?.rows[0]?.[0]?.runs[0]?.bold).toBe(true);
    expect(table?.rows[1]?.[1]?.runs[0]?.color).toBe('#1e7b34');
  });

  it('columns not given a width are left to Docs', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendTable({ rows: [[{ text: 'a' }, { text: 'b' }, { text: 'c' }]], columnWidths: [50] });
    expect(doc.tables()[0]?.columnWidths).toEqual([50, null, null]);
  });

  it('must be rectangular, have a cell, and widths only for columns they have', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    expect(() => doc.appendTable({ rows: [] })).toThrow('at least one row');
    expect(() => doc.appendTable({ rows: [[{ text: 'a' }, { text: 'b' }], [{ text: 'c' }]] })).toThrow(
      'Row 1 of the table has 1 cells, the first row has 2.',
    );
    expect(() => doc.appendTable({ rows: [[{ text: 'a' }]], columnWidths: [10, 20] })).toThrow(
      'Column index (1) is out of range',
    );
    expect(() => doc.appendTable({ rows: [[{ text: 'a', background: 'green' }]] })).toThrow(
      'Invalid argument: color',
    );
    expect(doc.tables()).toEqual([]);
  });
});

describe('rules, page breaks and reading the body back', () => {
  it('keeps every element in order', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendParagraph({ text: 'หัวเรื่อง' });
    doc.appendHorizontalRule();
    doc.appendTable({
      rows: [
        [{ text: 'ก' }, { text: 'ข' }],
        [{ text: 'ค' }, { text: 'ง' }],
      ],
    });
    doc.appendPageBreak();
    doc.appendParagraph({ text: 'ท้าย' });
    expect(doc.elements.map((element) => element.kind)).toEqual([
      'paragraph',
      'horizontalRule',
      'table',
      'pageBreak',
      'paragraph',
    ]);
    expect(doc.text()).toBe('หัวเรื่อง\n---\nก | ข\nค | ง\n[page break]\nท้าย');
  });

  it('what is read back is a copy', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.appendParagraph({ text: 'ก' });
    const elements = doc.elements as unknown as { text: string }[];
    (elements[0] as { text: string }).text = 'changed';
    expect(doc.paragraphs()[0]?.text).toBe('ก');
  });
});

describe('save and close', () => {
  it('after it, writing throws as the real service does', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    doc.saveAndClose();
    expect(doc.isOpen).toBe(false);
    const closed = 'Document is closed, its contents cannot be updated.';
    expect(() => doc.appendParagraph({ text: 'x' })).toThrow(closed);
    expect(() => doc.appendTable({ rows: [[{ text: 'x' }]] })).toThrow(closed);
    expect(() => doc.setPage(NEW_DOC_PAGE)).toThrow(closed);
    expect(() => doc.saveAndClose()).toThrow(closed);
  });

  it('a Doc opened again takes writing again; a new one is blank until written', () => {
    const { docs } = setUp();
    const doc = docs.create('a');
    expect(doc.isBlank).toBe(true);
    doc.saveAndClose();
    doc.reopen();
    doc.appendParagraph({ text: 'x' });
    expect(doc.isBlank).toBe(false);
    expect(doc.saved().body).toEqual([expect.objectContaining({ text: '' })]);
  });
});

describe('DocumentApp’s Docs', () => {
  it('DocumentApp.create makes a Doc in the root, not one made by the add-on for Drive', () => {
    const { drive, docs } = setUp();
    const doc = docs.create('รายงานผล');
    expect(drive.fileInfo(doc.id)).toMatchObject({
      parentIds: [ROOT_FOLDER_ID],
      owner: drive.user,
      addOnUsers: [],
    });
  });

  it('a Doc the user owns opens by id; anything else gets Docs’ own message', () => {
    const { drive, docs } = setUp();
    const mine = drive.addDocument('ของฉัน', { byAddOn: true });
    const theirs = drive.addDocument('ของคนอื่น', { owner: 'other@example.org' });
    const pdf = drive.addFile('a.pdf', PDF_MIME_TYPE);
    expect(docs.open(mine.id).name).toBe('ของฉัน');
    for (const id of [theirs.id, pdf.id, 'no-such-id']) {
      expect(() => docs.open(id)).toThrow(
        `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
      );
    }
    expect(docs.calls.openById).toBe(4);
  });
});

describe('Drive items', () => {
  it('a folder or file is put where asked, made by the add-on for its owner or outside it', () => {
    const { drive } = setUp();
    const folder = drive.addFolder('รายงานผล KPI 2566', { byAddOn: true });
    expect(folder).toEqual({
      id: folder.id,
      name: 'รายงานผล KPI 2566',
      parentId: ROOT_FOLDER_ID,
      trashed: false,
      owner: drive.user,
      addOnUsers: [drive.user],
      url: `https://drive.google.com/drive/folders/${folder.id}`,
    });
    const doc = drive.addDocument('รายงานผล', { parentId: folder.id, byAddOn: true });
    expect(doc).toMatchObject({
      mimeType: GOOGLE_DOC_MIME_TYPE,
      parentIds: [folder.id],
      addOnUsers: [drive.user],
    });
    expect(doc.url).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
    const outside = drive.addFile('สรุป.pdf', PDF_MIME_TYPE, { owner: 'other@example.org' });
    expect(outside).toMatchObject({
      owner: 'other@example.org',
      addOnUsers: [],
      parentIds: [ROOT_FOLDER_ID],
    });
    expect(outside.url).toBe(`https://drive.google.com/file/d/${outside.id}/view?usp=drivesdk`);
    const picked = drive.addFile('ของคนอื่น.pdf', PDF_MIME_TYPE, {
      owner: 'other@example.org',
      addOnUsers: ['me@example.com'],
    });
    expect(picked.addOnUsers).toEqual(['me@example.com']);
    expect(() => drive.addFile('x', PDF_MIME_TYPE, { parentId: 'no-such-folder' })).toThrow(
      'No folder no-such-folder.',
    );
    expect(() => drive.addFolder('')).toThrow('Invalid argument: name');
  });

  it('any item is read back by id, a folder with its MIME type; the root is no item', () => {
    const { drive } = setUp();
    const folder = drive.addFolder('ก');
    const file = drive.addFile('ข.pdf', PDF_MIME_TYPE, { parentId: folder.id });
    expect(drive.itemInfo(folder.id)).toMatchObject({ mimeType: FOLDER_MIME_TYPE, name: 'ก' });
    expect(drive.itemInfo(file.id)).toMatchObject({ mimeType: PDF_MIME_TYPE, parentIds: [folder.id] });
    expect(drive.itemInfo('no-such-id')).toBeUndefined();
    expect(drive.items().map((item) => item.id)).toEqual([folder.id, file.id]);
    expect(drive.allFolders().map((item) => item.id)).toEqual([folder.id]);
  });

  it('items are trashed and restored, renamed, moved; deleted for good they are gone', () => {
    const { drive } = setUp();
    const folder = drive.addFolder('ก');
    const other = drive.addFolder('ข');
    const file = drive.addFile('ค.pdf', PDF_MIME_TYPE, { parentId: folder.id });
    drive.setTrashed(folder.id, true);
    drive.setTrashed(file.id, true);
    expect([drive.folderInfo(folder.id).trashed, drive.fileInfo(file.id).trashed]).toEqual([true, true]);
    expect(drive.filesIn(folder.id)).toEqual([]);
    expect(drive.filesIn(folder.id, { includeTrashed: true })).toHaveLength(1);
    drive.setTrashed(file.id, false);
    drive.rename(file.id, 'ง.pdf');
    drive.setParents(file.id, [other.id]);
    expect(drive.fileInfo(file.id)).toMatchObject({ name: 'ง.pdf', parentIds: [other.id], trashed: false });
    drive.setParents(other.id, [folder.id]);
    expect(drive.folderInfo(other.id).parentId).toBe(folder.id);
    expect(() => drive.setParents(other.id, [folder.id, ROOT_FOLDER_ID])).toThrow('A folder has one parent');
    expect(() => drive.setTrashed(ROOT_FOLDER_ID, true)).toThrow('No item fake-root.');
    drive.deleteForever(file.id);
    expect(drive.itemInfo(file.id)).toBeUndefined();
    expect(() => drive.deleteForever(file.id)).toThrow(`No item ${file.id} to delete.`);
  });

  it('a PDF keeps the content it was made from', () => {
    const { drive, docs } = setUp();
    const doc = docs.create('รายงานผล');
    doc.appendParagraph({ text: 'เนื้อหา' });
    doc.saveAndClose();
    const pdf = drive.addPdf('รายงานผล.pdf', { fromDocId: doc.id, content: doc.saved() }, { byAddOn: true });
    expect(drive.fileInfo(pdf.id).pdf).toEqual({ fromDocId: doc.id, content: doc.content() });
    expect(pdf.mimeType).toBe(PDF_MIME_TYPE);
  });
});

describe('call counts', () => {
  it('start at zero for Drive and the Docs, and reset together', () => {
    const { drive, docs } = setUp();
    expect(drive.calls).toEqual({ create: 0, get: 0, update: 0, list: 0 });
    const doc = docs.create('รายงานผล');
    doc.setPage(NEW_DOC_PAGE);
    doc.appendParagraph({ text: 'ก' });
    doc.saveAndClose();
    drive.document(doc.id).text();
    drive.snapshot();
    expect(docs.calls).toEqual({
      create: 1,
      openById: 0,
      getAs: 0,
      setPage: 1,
      setFont: 0,
      appendParagraph: 1,
      appendTable: 0,
      appendHorizontalRule: 0,
      appendPageBreak: 0,
      setFooter: 0,
      saveAndClose: 1,
    });
    drive.calls.get++;
    drive.resetCalls();
    expect(Object.values(drive.calls).every((count) => count === 0)).toBe(true);
    expect(Object.values(docs.calls).every((count) => count === 0)).toBe(true);
  });
});

describe('snapshots', () => {
  it('are plain JSON data that restore the same Drive, Docs closed', () => {
    const { drive, docs } = setUp();
    const folder = drive.addFolder('รายงาน', { byAddOn: true });
    const doc = drive.document(drive.addDocument('รายงานผล', { parentId: folder.id, byAddOn: true }).id);
    doc.setFont({ family: 'Sarabun', size: 14 });
    doc.appendParagraph({ text: [{ text: 'ลิงก์', link: 'https://example.com/a' }] });
    doc.saveAndClose();
    drive.addPdf(
      'รายงานผล.pdf',
      { fromDocId: doc.id, content: doc.saved() },
      { parentId: folder.id, byAddOn: true },
    );
    drive.addFile('ของผู้ใช้.pdf', PDF_MIME_TYPE, { owner: 'other@example.org' });
    docs.create('ราก').saveAndClose();
    const snapshot = drive.snapshot();
    expect(snapshot.format).toBe(DRIVE_SNAPSHOT_FORMAT);
    expect(JSON.parse(JSON.stringify(drive))).toEqual(snapshot);

    const restored = FakeDrive.fromSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(restored.snapshot()).toEqual(snapshot);
    expect(restored.document(doc.id).paragraphs()[0]?.runs[0]?.link).toBe('https://example.com/a');
    expect(restored.document(doc.id).isOpen).toBe(false);
    // New ids do not collide with restored ones.
    expect(restored.addFolder('ใหม่').id).not.toBe(folder.id);
  });

  it('a snapshot of the first format is read: visible to the add-on means made by it for the owner', () => {
    const v1 = {
      format: 'kpi-sheets/fake-drive@1',
      user: 'me@example.com',
      nextId: 2,
      folders: [
        {
          id: ROOT_FOLDER_ID,
          name: 'My Drive',
          parentId: null,
          trashed: false,
          owner: 'me@example.com',
          visibleToApp: true,
          url: '',
        },
        {
          id: 'fake-folder-1',
          name: 'รายงาน',
          parentId: ROOT_FOLDER_ID,
          trashed: false,
          owner: 'me@example.com',
          visibleToApp: true,
          url: '',
        },
      ],
      files: [
        {
          id: 'fake-file-2',
          name: 'x.pdf',
          mimeType: PDF_MIME_TYPE,
          parentIds: ['fake-folder-1'],
          trashed: false,
          owner: 'o@example.org',
          visibleToApp: false,
          url: '',
        },
      ],
    };
    const drive = FakeDrive.fromSnapshot(v1 as never);
    expect(drive.folderInfo('fake-folder-1').addOnUsers).toEqual(['me@example.com']);
    expect(drive.fileInfo('fake-file-2').addOnUsers).toEqual([]);
    expect(drive.snapshot().format).toBe(DRIVE_SNAPSHOT_FORMAT);
  });

  it('a snapshot of something else is refused', () => {
    expect(() => FakeDrive.fromSnapshot({ format: 'other' } as never)).toThrow('not a fake Drive snapshot');
  });
});
