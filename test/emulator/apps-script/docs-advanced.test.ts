/**
 * The emulator's Advanced Docs service is at least as strict as the Docs API:
 * each request the add-on could get wrong is refused with the API's answer (or,
 * where Google's behaviour is unknown, with the emulator's refusal), and nothing
 * of a refused batch is applied.
 */

import { type InstalledEmulator, installEmulator } from '../../../emulator/install';

let emulator: InstalledEmulator;
let id: string;
// Body: section break 0–1, 'หัวเรื่อง' 1–11, a 2×1 table from 11, 'ท้าย' after it.
let tableStart: number;
let last: { start: number; end: number };

beforeEach(() => {
  emulator = installEmulator();
  const doc = emulator.documents.create('แบบฟอร์ม');
  id = doc.id;
  doc.appendParagraph({ text: 'หัวเรื่อง' });
  doc.appendTable({ rows: [[{ text: 'ก' }], [{ text: 'ข' }]] });
  doc.appendParagraph({ text: 'ท้าย' });
  doc.saveAndClose();
  const content = docs().Documents.get(id).body?.content ?? [];
  tableStart = content[2]?.startIndex as number;
  last = { start: content[3]?.startIndex as number, end: content[3]?.endIndex as number };
});

afterEach(() => emulator.uninstall());

const docs = () => Docs as GoogleAppsScript.Docs;
const batch = (...requests: unknown[]) =>
  docs().Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);
const keep = (startIndex: number, endIndex: number, fields = 'keepWithNext') => ({
  updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { keepWithNext: true }, fields },
});

describe('Docs.Documents.batchUpdate refuses', () => {
  it('a request kind the API does not have, as an unknown field', () => {
    expect(() => batch({ keepTogether: {} })).toThrow(
      `API call to docs.documents.batchUpdate failed with error: Invalid JSON payload received. Unknown name "keepTogether" at 'requests[0]': Cannot find field.`,
    );
  });

  it('a real request kind the emulator does not model', () => {
    expect(() => batch({ insertText: { text: 'x', location: { index: 1 } } })).toThrow(
      'Docs facade: the insertText request is not modelled by the emulator',
    );
  });

  it('a missing or empty `fields`', () => {
    const missing = { updateParagraphStyle: { range: { startIndex: 1, endIndex: 11 }, paragraphStyle: {} } };
    for (const request of [missing, keep(1, 11, ''), keep(1, 11, ' ')]) {
      expect(() => batch(request)).toThrow(
        "Invalid requests[0].updateParagraphStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
      );
    }
  });

  it('an empty range and a range past the end of the body', () => {
    expect(() => batch(keep(5, 5))).toThrow(
      'Invalid requests[0].updateParagraphStyle: The range should not be empty.',
    );
    expect(() => batch(keep(last.start, last.end + 1))).toThrow(
      `Invalid requests[0].updateParagraphStyle: Index ${last.end} must be less than the end index of the referenced segment, ${last.end}.`,
    );
  });

  it('a range that is not whole body paragraphs (stricter than Google, which styles what it overlaps)', () => {
    expect(() => batch(keep(2, 11))).toThrow('which is not whole body paragraphs');
    expect(() => batch(keep(1, tableStart + 3))).toThrow('which is not whole body paragraphs');
  });

  it('a tableStartLocation that is not the start index of a table', () => {
    expect(() =>
      batch({
        pinTableHeaderRows: { tableStartLocation: { index: tableStart + 1 }, pinnedHeaderRowsCount: 1 },
      }),
    ).toThrow(
      `Invalid requests[0].pinTableHeaderRows: The table start location (index ${tableStart + 1}) is not the start of a table.`,
    );
    expect(() =>
      batch({
        updateTableRowStyle: {
          tableStartLocation: { index: 1 },
          tableRowStyle: { preventOverflow: true },
          fields: 'preventOverflow',
        },
      }),
    ).toThrow(
      'Invalid requests[0].updateTableRowStyle: The table start location (index 1) is not the start of a table.',
    );
  });

  it('more pinned header rows than the table has', () => {
    expect(() =>
      batch({ pinTableHeaderRows: { tableStartLocation: { index: tableStart }, pinnedHeaderRowsCount: 3 } }),
    ).toThrow(
      "Invalid requests[0].pinTableHeaderRows: pinnedHeaderRowsCount 3 is more than the table's 2 rows.",
    );
  });

  it('a Doc with unsaved DocumentApp changes (unsure what Google does)', () => {
    const doc = DocumentApp.openById(id);
    expect(() => batch(keep(1, 11))).toThrow('call saveAndClose() first');
    doc.saveAndClose();
  });

  it('an empty batch', () => {
    expect(() => batch()).toThrow('a batchUpdate with no requests is refused');
  });

  it('a Doc the user cannot open, with the API’s 404', () => {
    expect(() => docs().Documents.get('no-such-doc')).toThrow(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
  });

  it('all of a batch when any request is invalid: nothing is applied', () => {
    expect(() =>
      batch(keep(1, 11), {
        pinTableHeaderRows: { tableStartLocation: { index: tableStart }, pinnedHeaderRowsCount: 9 },
      }),
    ).toThrow('requests[1].pinTableHeaderRows');
    expect(emulator.drive.document(id).paragraphs()[0]?.keepWithNext).toBe(false);
  });
});

describe('Docs.Documents.batchUpdate applies', () => {
  it('exactly the listed fields on exactly the elements addressed', () => {
    batch(
      keep(1, 11, 'keepWithNext,keepLinesTogether'),
      {
        updateTableRowStyle: {
          tableStartLocation: { index: tableStart },
          rowIndices: [1],
          tableRowStyle: { preventOverflow: true },
          fields: 'preventOverflow',
        },
      },
      { pinTableHeaderRows: { tableStartLocation: { index: tableStart }, pinnedHeaderRowsCount: 2 } },
    );
    const doc = emulator.drive.document(id);
    expect(doc.paragraphs().map((p) => [p.text, p.keepWithNext, p.keepLinesTogether])).toEqual([
      ['หัวเรื่อง', true, false],
      ['ท้าย', false, false],
    ]);
    expect(doc.tables()[0]).toMatchObject({ pinnedHeaderRows: 2, preventOverflow: [false, true] });
    expect(doc.saved().body[1]).toMatchObject({ pinnedHeaderRows: 2 });
  });
});
