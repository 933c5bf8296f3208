/**
 * Print layout through the real Docs adapter on the emulator: what `DocumentApp`
 * cannot set (keepWithNext, keepLinesTogether, pinned header rows, rows that never
 * split) goes through the Advanced Docs service once the Doc is saved, and the
 * default footer through `Document.addFooter`. Each test reads back the exact
 * element the property landed on, in the emulator's Doc and in `Docs.Documents.get`.
 */

import { FakeDrive, type ParagraphState, type TableState } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator, projectManifest } from '../../emulator/install';
import { appsScriptDocuments } from '../../src/server/services/apps-script-documents';
import type { DocumentDraft } from '../../src/server/services/documents';

let emulator: InstalledEmulator;

afterEach(() => {
  emulator?.uninstall();
});

function newDoc(options: Parameters<typeof installEmulator>[0] = {}): { draft: DocumentDraft; id: string } {
  emulator = installEmulator(options);
  const folder = emulator.drive.addFolder('รายงานผล KPI 2566', { byAddOn: true });
  const file = emulator.drive.addDocument('รายงานผล_กองคลัง_รอบ1_2566', {
    parentId: folder.id,
    byAddOn: true,
  });
  return { draft: appsScriptDocuments().open(file.id), id: file.id };
}

const calls = (key: string): number => emulator.serviceCalls.count(key);
const GET = 'Docs.Collection.DocumentsCollection.get';
const BATCH = 'Docs.Collection.DocumentsCollection.batchUpdate';

function writeForm(draft: DocumentDraft): void {
  draft.setFont({ family: 'Sarabun', size: 16 });
  draft.appendParagraph({ text: 'แบบรายงานผล', heading: 'title' });
  draft.appendTable({
    rows: [
      [{ text: 'ลำดับ' }, { text: 'หน่วยงาน' }],
      [{ text: '1' }, { text: 'กองคลัง' }],
      [{ text: '2' }, { text: 'กองการเจ้าหน้าที่' }],
    ],
    headerRows: 1,
    keepRowsWhole: true,
  });
  draft.appendHorizontalRule();
  draft.appendParagraph({ text: 'ลงชื่อ', keepWithNext: true });
  draft.appendParagraph({ text: '(นายสมชาย ใจดี)', keepWithNext: true, keepLinesTogether: true });
  draft.appendParagraph({ text: 'ผู้อำนวยการกองคลัง' });
  draft.setFooter({ text: 'แบบรายงานผล กองคลัง รอบ 1', align: 'center', fontSize: 10 });
  draft.saveAndClose();
}

describe('print layout through the Docs API', () => {
  it('ends with each property on exactly the element that asked for it, after one get and one batchUpdate', () => {
    const { draft, id } = newDoc();
    writeForm(draft);
    const doc = emulator.drive.document(id);
    const [title, table, rule, sign, name, position] = doc.elements;
    expect((title as ParagraphState).keepWithNext).toBe(false);
    expect(table).toMatchObject({ kind: 'table', pinnedHeaderRows: 1, preventOverflow: [true, true, true] });
    expect(rule).toEqual({ kind: 'horizontalRule' });
    expect(sign).toMatchObject({ text: 'ลงชื่อ', keepWithNext: true, keepLinesTogether: false });
    expect(name).toMatchObject({ text: '(นายสมชาย ใจดี)', keepWithNext: true, keepLinesTogether: true });
    expect(position).toMatchObject({
      text: 'ผู้อำนวยการกองคลัง',
      keepWithNext: false,
      keepLinesTogether: false,
    });
    expect(doc.saved().footer).toMatchObject({ text: 'แบบรายงานผล กองคลัง รอบ 1', align: 'center' });
    expect(doc.saved().footer?.runs[0]).toMatchObject({ fontFamily: 'Sarabun', fontSize: 10 });
    expect(calls(GET)).toBe(1);
    expect(calls(BATCH)).toBe(1);
  });

  it('shows in Docs.Documents.get as Google indexes it: section break, paragraphs with their newline, table markers', () => {
    const { draft, id } = newDoc();
    writeForm(draft);
    const got = Docs?.Documents.get(id) as GoogleAppsScript.Docs.Schema.Document;
    const content = got.body?.content ?? [];
    // 'แบบรายงานผล' is 11 UTF-16 units: 1–13 with its newline.
    // A paragraph is its text and its newline; a table 1 for its start, 1 per row, 1 per cell
    // before the cell's paragraph, and 1 for its end.
    const cells = [
      ['ลำดับ', 'หน่วยงาน'],
      ['1', 'กองคลัง'],
      ['2', 'กองการเจ้าหน้าที่'],
    ];
    const tableLength =
      2 + cells.reduce((sum, row) => sum + 1 + row.reduce((n, cell) => n + 1 + cell.length + 1, 0), 0);
    const lengths = [
      'แบบรายงานผล'.length + 1,
      tableLength,
      2,
      'ลงชื่อ'.length + 1,
      '(นายสมชาย ใจดี)'.length + 1,
      'ผู้อำนวยการกองคลัง'.length + 1,
    ];
    let at = 1;
    const expected: [number | undefined, number][] = [[undefined, 1]];
    for (const length of lengths) {
      expected.push([at, at + length]);
      at += length;
    }
    expect(tableLength).toBe(56);
    expect(content.map((element) => [element.startIndex, element.endIndex])).toEqual(expected);
    const rows = content[2]?.table?.tableRows ?? [];
    expect(rows.map((row) => row.tableRowStyle)).toEqual([
      { tableHeader: true, preventOverflow: true },
      { preventOverflow: true },
      { preventOverflow: true },
    ]);
    expect(rows[0]?.tableCells?.[0]?.content?.[0]?.startIndex).toBe(16);
    expect(content[3]?.paragraph?.elements?.[0]).toMatchObject({ horizontalRule: {} });
    expect(content[4]?.paragraph?.paragraphStyle).toMatchObject({ keepWithNext: true });
    expect(content[4]?.paragraph?.paragraphStyle?.keepLinesTogether).toBeUndefined();
    expect(content[5]?.paragraph?.paragraphStyle).toMatchObject({
      keepWithNext: true,
      keepLinesTogether: true,
    });
    expect(content[6]?.paragraph?.elements?.map((element) => element.textRun?.content)).toEqual([
      'ผู้อำนวยการกองคลัง\n',
    ]);
    const footerId = (got.documentStyle as { defaultFooterId?: string }).defaultFooterId as string;
    expect(
      (got as { footers?: Record<string, { content: GoogleAppsScript.Docs.Schema.StructuralElement[] }> })
        .footers?.[footerId]?.content[0]?.endIndex,
    ).toBe('แบบรายงานผล กองคลัง รอบ 1'.length + 1);
  });

  it('keeps the properties in the PDF made afterwards and through a Drive snapshot', () => {
    const { draft, id } = newDoc();
    writeForm(draft);
    const pdf = emulator.drive.addPdf('form.pdf', {
      fromDocId: id,
      content: emulator.drive.document(id).saved(),
    });
    const restored = FakeDrive.fromSnapshot(JSON.parse(JSON.stringify(emulator.drive.snapshot())));
    const table = restored.document(id).tables()[0] as TableState;
    expect(table.pinnedHeaderRows).toBe(1);
    expect(table.preventOverflow).toEqual([true, true, true]);
    expect(restored.document(id).paragraphs()[1]).toMatchObject({ keepWithNext: true });
    expect(restored.document(id).saved().footer?.text).toBe('แบบรายงานผล กองคลัง รอบ 1');
    expect(restored.fileInfo(pdf.id).pdf?.content.body[1]).toMatchObject({ pinnedHeaderRows: 1 });
  });

  it('calls the Docs API not at all when nothing asks for layout', () => {
    const { draft } = newDoc();
    draft.appendParagraph({ text: 'แบบรายงานผล' });
    draft.appendTable({ rows: [[{ text: 'ก' }]] });
    draft.saveAndClose();
    expect(calls(GET)).toBe(0);
    expect(calls(BATCH)).toBe(0);
  });

  it('answers as the API does when the manifest has none of the documents, drive or drive.file scopes', () => {
    const { draft, id } = newDoc();
    draft.saveAndClose();
    emulator.uninstall();
    const manifest = projectManifest();
    emulator = installEmulator({
      documents: emulator.documents,
      manifest: { ...manifest, oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] },
    });
    expect(() => Docs?.Documents.get(id)).toThrow(
      'API call to docs.documents.get failed with error: Request had insufficient authentication scopes.',
    );
    expect(() => Docs?.Documents.batchUpdate({ requests: [] }, id)).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Request had insufficient authentication scopes.',
    );
  });
});
