import {
  DEFAULT_TABLE_BORDER,
  DRIVE_SNAPSHOT_FORMAT,
  FakeDocuments,
  FakeDrive,
  NEW_DOC_FONT,
  NEW_DOC_PAGE,
  NOT_FOUND_MESSAGE,
  ROOT_FOLDER_ID,
} from '../../emulator/documents';
import {
  type DocumentsService,
  type DriveService,
  GOOGLE_DOC_MIME_TYPE,
  PDF_MIME_TYPE,
} from '../../src/server/services/documents';

function setUp() {
  const drive = new FakeDrive();
  const docs = new FakeDocuments(drive);
  return { drive, docs, driveService: drive as DriveService, docsService: docs as DocumentsService };
}

describe('a new Doc', () => {
  it('is a Google Doc in the root of My Drive, US Letter in Arial 11, holding one empty paragraph', () => {
    const { drive, docsService } = setUp();
    const draft = docsService.create('รายงานผล_กองคลัง_รอบ1_2566');
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

  it('the PDF of a Doc not yet saved misses what was written; saved, it has all of it', () => {
    const { drive, docs } = setUp();
    const folder = drive.createFolder('รายงาน');
    const doc = docs.create('รายงานผล');
    doc.appendParagraph({ text: 'เนื้อหา' });
    const early = drive.createPdf(doc.id, folder.id, 'ก่อนบันทึก');
    expect(drive.fileInfo(early.id).pdf?.content.body).toEqual([expect.objectContaining({ text: '' })]);
    doc.saveAndClose();
    const pdf = drive.createPdf(doc.id, folder.id, 'รายงานผล');
    expect(drive.fileInfo(pdf.id).pdf).toEqual({ fromDocId: doc.id, content: doc.content() });
  });
});

describe('Drive folders', () => {
  it('a folder made is found by id, with its name and url', () => {
    const { driveService } = setUp();
    const made = driveService.createFolder('รายงานผล KPI 2566');
    expect(made.url).toBe(`https://drive.google.com/drive/folders/${made.id}`);
    expect(driveService.folder(made.id)).toEqual(made);
  });

  it('a missing, trashed or unreachable folder is undefined', () => {
    const { drive } = setUp();
    const trashed = drive.addFolder('เก่า', { trashed: true });
    const outside = drive.addFolder('ของผู้ใช้', { visibleToApp: false });
    expect(drive.folder('no-such-id')).toBeUndefined();
    expect(drive.folder(trashed.id)).toBeUndefined();
    expect(drive.folder(outside.id)).toBeUndefined();
    drive.setFolderTrashed(trashed.id, false);
    expect(drive.folder(trashed.id)?.name).toBe('เก่า');
  });

  it('a folder deleted for good is gone', () => {
    const { drive } = setUp();
    const folder = drive.createFolder('ก');
    drive.deleteForever(folder.id);
    expect(drive.folder(folder.id)).toBeUndefined();
  });
});

describe('Drive files', () => {
  it('a file is found by id whether trashed or not, with its trashed state', () => {
    const { drive } = setUp();
    const doc = new FakeDocuments(drive).create('รายงาน');
    expect(drive.file(doc.id)).toEqual({
      id: doc.id,
      name: 'รายงาน',
      mimeType: GOOGLE_DOC_MIME_TYPE,
      url: doc.url,
      trashed: false,
    });
    drive.setTrashed(doc.id, true);
    expect(drive.file(doc.id)?.trashed).toBe(true);
    drive.setTrashed(doc.id, false);
    expect(drive.file(doc.id)?.trashed).toBe(false);
    expect(drive.file('no-such-id')).toBeUndefined();
  });

  it('only the owner may trash a file, as in My Drive', () => {
    const { drive } = setUp();
    const pdf = drive.addFile('รายงานผล.pdf', PDF_MIME_TYPE, { owner: 'somchai@example.com' });
    expect(() => drive.setTrashed(pdf.id, true)).toThrow('Access denied: DriveApp.');
    expect(drive.fileInfo(pdf.id).trashed).toBe(false);
    drive.actAs('somchai@example.com');
    drive.setTrashed(pdf.id, true);
    expect(drive.fileInfo(pdf.id).trashed).toBe(true);
  });

  it('moving a file puts it in the folder and out of wherever it was', () => {
    const { drive, docs } = setUp();
    const folder = drive.createFolder('รายงาน');
    const doc = docs.create('รายงานผล');
    drive.moveToFolder(doc.id, folder.id);
    expect(drive.fileInfo(doc.id).parentIds).toEqual([folder.id]);
    expect(drive.filesIn(folder.id).map((file) => file.id)).toEqual([doc.id]);
    expect(drive.filesIn(ROOT_FOLDER_ID)).toEqual([]);
  });

  it('files named so in a folder leave out trashed ones and other folders', () => {
    const { drive } = setUp();
    const folder = drive.createFolder('รายงาน');
    const other = drive.createFolder('อื่น');
    const kept = drive.addFile('รายงานผล.pdf', PDF_MIME_TYPE, { parentId: folder.id });
    drive.addFile('รายงานผล.pdf', PDF_MIME_TYPE, { parentId: folder.id, trashed: true });
    drive.addFile('รายงานผล.pdf', PDF_MIME_TYPE, { parentId: other.id });
    drive.addFile('รายงานผล (1).pdf', PDF_MIME_TYPE, { parentId: folder.id });
    expect(drive.filesNamed(folder.id, 'รายงานผล.pdf').map((file) => file.id)).toEqual([kept.id]);
    expect(drive.filesIn(folder.id, { includeTrashed: true })).toHaveLength(3);
  });

  it('the PDF of a Doc is a new file <name>.pdf in the folder, shown in Drive’s viewer', () => {
    const { drive, docs } = setUp();
    const folder = drive.createFolder('รายงาน');
    const doc = docs.create('รายงานผล_กองคลัง_รอบ1_2566');
    doc.saveAndClose();
    const pdf = drive.createPdf(doc.id, folder.id, 'รายงานผล_กองคลัง_รอบ1_2566');
    expect(pdf).toEqual({
      id: pdf.id,
      name: 'รายงานผล_กองคลัง_รอบ1_2566.pdf',
      mimeType: PDF_MIME_TYPE,
      url: `https://drive.google.com/file/d/${pdf.id}/view`,
      trashed: false,
    });
    expect(drive.fileInfo(pdf.id).parentIds).toEqual([folder.id]);
  });

  it('only a Doc (or a PDF) converts to PDF', () => {
    const { drive } = setUp();
    const text = drive.addFile('notes.txt', 'text/plain');
    expect(() => drive.createPdf(text.id, ROOT_FOLDER_ID, 'notes')).toThrow(
      'Converting from text/plain to application/pdf is not supported.',
    );
  });

  it('ids that find nothing throw Drive’s message where Drive would throw', () => {
    const { drive, docs } = setUp();
    const doc = docs.create('a');
    const hidden = drive.addFolder('ของผู้ใช้', { visibleToApp: false });
    expect(() => drive.setTrashed('no-such-id', true)).toThrow(NOT_FOUND_MESSAGE);
    expect(() => drive.moveToFolder(doc.id, 'no-such-id')).toThrow(NOT_FOUND_MESSAGE);
    expect(() => drive.moveToFolder(doc.id, hidden.id)).toThrow(NOT_FOUND_MESSAGE);
    expect(() => drive.createPdf('no-such-id', ROOT_FOLDER_ID, 'x')).toThrow(NOT_FOUND_MESSAGE);
    expect(() => drive.filesNamed('no-such-id', 'x')).toThrow(NOT_FOUND_MESSAGE);
  });
});

describe('call counts', () => {
  it('every call of the interfaces is counted; reading the state back is not', () => {
    const { drive, docs } = setUp();
    const folder = drive.createFolder('รายงาน');
    const doc = docs.create('รายงานผล');
    doc.setPage(NEW_DOC_PAGE);
    doc.setFont({ family: 'Sarabun', size: 14 });
    doc.appendParagraph({ text: 'ก' });
    doc.appendParagraph({ text: 'ข' });
    doc.appendTable({ rows: [[{ text: 'ค' }]] });
    doc.saveAndClose();
    drive.moveToFolder(doc.id, folder.id);
    drive.createPdf(doc.id, folder.id, 'รายงานผล');
    drive.document(doc.id).text();
    drive.snapshot();
    expect(docs.calls).toEqual({
      create: 1,
      setPage: 1,
      setFont: 1,
      appendParagraph: 2,
      appendTable: 1,
      appendHorizontalRule: 0,
      appendPageBreak: 0,
      saveAndClose: 1,
    });
    expect(drive.calls).toEqual({
      folder: 0,
      createFolder: 1,
      file: 0,
      setTrashed: 0,
      moveToFolder: 1,
      filesNamed: 0,
      createPdf: 1,
    });
    drive.resetCalls();
    docs.resetCalls();
    expect(Object.values(drive.calls).every((count) => count === 0)).toBe(true);
    expect(Object.values(docs.calls).every((count) => count === 0)).toBe(true);
  });
});

describe('snapshots', () => {
  it('are plain JSON data that restore the same Drive, Docs closed', () => {
    const { drive, docs } = setUp();
    const folder = drive.createFolder('รายงาน');
    const doc = docs.create('รายงานผล');
    doc.setFont({ family: 'Sarabun', size: 14 });
    doc.appendParagraph({ text: [{ text: 'ลิงก์', link: 'https://example.com/a' }] });
    doc.saveAndClose();
    drive.moveToFolder(doc.id, folder.id);
    drive.createPdf(doc.id, folder.id, 'รายงานผล');
    const snapshot = drive.snapshot();
    expect(snapshot.format).toBe(DRIVE_SNAPSHOT_FORMAT);
    expect(JSON.parse(JSON.stringify(drive))).toEqual(snapshot);

    const restored = FakeDrive.fromSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(restored.snapshot()).toEqual(snapshot);
    expect(restored.document(doc.id).paragraphs()[0]?.runs[0]?.link).toBe('https://example.com/a');
    expect(restored.document(doc.id).isOpen).toBe(false);
    // New ids do not collide with restored ones.
    expect(restored.createFolder('ใหม่').id).not.toBe(folder.id);
  });

  it('a snapshot of something else is refused', () => {
    expect(() => FakeDrive.fromSnapshot({ format: 'other' } as never)).toThrow('not a fake Drive snapshot');
  });
});
