/**
 * The real adapters' translation code (Docs, Drive, lock, properties), run over a
 * small hand-written stand-in of the Apps Script objects. The stand-in stores
 * what Docs stores (page and margins, each paragraph's named style, alignment and
 * spacing, attributes per character, cells' backgrounds, column widths) and what
 * Drive stores (parents, trashed state, names), so each test writes through an
 * adapter and checks the values that end up there.
 */

import { FakeDocuments, FakeDrive } from '../../emulator/documents';
import type { DivisionReport } from '../../src/core/report-model';
import { REPORT_PAGE, renderDivisionDoc } from '../../src/server/reports/doc-renderer';
import {
  appsScriptDocuments,
  appsScriptDrive,
  documentDraft,
  isNotFound,
} from '../../src/server/services/apps-script-documents';
import { appsScriptDocumentLock } from '../../src/server/services/apps-script-lock';
import { appsScriptDocumentProperties } from '../../src/server/services/apps-script-properties';
import { GOOGLE_DOC_MIME_TYPE, PDF_MIME_TYPE } from '../../src/server/services/documents';

const enumOf = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, name])) as { [P in K]: P };

const Attribute = enumOf('FONT_FAMILY', 'FONT_SIZE', 'BOLD');
const ParagraphHeading = enumOf('NORMAL', 'TITLE', 'SUBTITLE', 'HEADING1', 'HEADING2', 'HEADING3');
const HorizontalAlignment = enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
const ElementType = enumOf('PARAGRAPH', 'TABLE', 'HORIZONTAL_RULE', 'PAGE_BREAK');

type Style = Record<string, unknown>;

/** `Text`: styles stretches of its paragraph's characters, offsets inclusive, as Docs checks them. */
class StandInText {
  constructor(private readonly paragraph: StandInParagraph) {}
  setBold = (start: number, end: number, bold: boolean) => this.style(start, end, 'BOLD', bold);
  setItalic = (start: number, end: number, italic: boolean) => this.style(start, end, 'ITALIC', italic);
  setUnderline = (start: number, end: number, underline: boolean) =>
    this.style(start, end, 'UNDERLINE', underline);
  setForegroundColor = (start: number, end: number, color: string) =>
    this.style(start, end, 'FOREGROUND_COLOR', color);
  setFontSize = (start: number, end: number, size: number) => this.style(start, end, 'FONT_SIZE', size);
  setLinkUrl = (start: number, end: number, url: string) => this.style(start, end, 'LINK_URL', url);
  private style(start: number, end: number, key: string, value: unknown) {
    const length = this.paragraph.text.length;
    if (start < 0 || start > end || end >= length) {
      throw new Error(`Index (${end}) must be less than the content length (${length}).`);
    }
    for (let index = start; index <= end; index++) (this.paragraph.chars[index] as Style)[key] = value;
    return this;
  }
}

class StandInParagraph {
  text = '';
  chars: Style[] = [];
  heading = 'NORMAL';
  alignment = 'LEFT';
  spacing: { before?: number; after?: number } = {};
  indentStart: number | undefined;
  constructor(text: string) {
    this.setText(text);
  }
  getType = () => ElementType.PARAGRAPH;
  asParagraph = () => this;
  getText = () => this.text;
  setText(text: string) {
    this.text = text;
    this.chars = Array.from(text, () => ({}));
  }
  setHeading(heading: string) {
    this.heading = heading;
    return this;
  }
  setAlignment(alignment: string) {
    this.alignment = alignment;
    return this;
  }
  setSpacingBefore(points: number) {
    this.spacing.before = points;
    return this;
  }
  setSpacingAfter(points: number) {
    this.spacing.after = points;
    return this;
  }
  setIndentStart(points: number) {
    this.indentStart = points;
    return this;
  }
  /** Text attributes set on a paragraph apply to all of its characters. */
  setAttributes(attributes: Style) {
    for (const char of this.chars) Object.assign(char, attributes);
    return this;
  }
  editAsText = () => new StandInText(this);
  /** The characters carrying `key` = `value`, as the text they make. */
  textWith(key: string, value: unknown): string {
    return Array.from(this.text)
      .filter((_, index) => this.chars[index]?.[key] === value)
      .join('');
  }
}

class StandInCell {
  background: string | undefined;
  readonly paragraph: StandInParagraph;
  constructor(text: string) {
    this.paragraph = new StandInParagraph(text);
  }
  getChild(index: number) {
    if (index !== 0) throw new Error('Child index (1) must be less than the number of child elements (1).');
    return this.paragraph;
  }
  setBackgroundColor(color: string) {
    this.background = color;
    return this;
  }
}

class StandInTable {
  readonly rows: StandInCell[][];
  readonly widths: (number | undefined)[] = [];
  borderWidth: number | undefined;
  borderColor: string | undefined;
  constructor(cells: string[][]) {
    this.rows = cells.map((row) => row.map((text) => new StandInCell(text)));
  }
  getType = () => ElementType.TABLE;
  getCell(row: number, column: number) {
    const cell = this.rows[row]?.[column];
    if (!cell) throw new Error(`Child index (${column}) must be less than the number of child elements.`);
    return cell;
  }
  setColumnWidth(column: number, width: number) {
    if (column >= (this.rows[0]?.length ?? 0)) throw new Error(`Column index (${column}) is out of range.`);
    this.widths[column] = width;
    return this;
  }
  setBorderWidth(width: number) {
    this.borderWidth = width;
    return this;
  }
  setBorderColor(color: string) {
    this.borderColor = color;
    return this;
  }
}

type Child = StandInParagraph | StandInTable | { getType(): string };

class StandInBody {
  // A new Doc's body: one empty paragraph.
  readonly children: Child[] = [new StandInParagraph('')];
  readonly page: Record<string, number> = {};
  attributes: Style = {};
  getNumChildren = () => this.children.length;
  getChild = (index: number) => this.children[index] as StandInParagraph;
  setPageWidth = (points: number) => this.set('width', points);
  setPageHeight = (points: number) => this.set('height', points);
  setMarginTop = (points: number) => this.set('marginTop', points);
  setMarginBottom = (points: number) => this.set('marginBottom', points);
  setMarginLeft = (points: number) => this.set('marginLeft', points);
  setMarginRight = (points: number) => this.set('marginRight', points);
  setAttributes(attributes: Style) {
    this.attributes = { ...this.attributes, ...attributes };
    return this;
  }
  appendParagraph(text: string) {
    const paragraph = new StandInParagraph(text);
    this.children.push(paragraph);
    return paragraph;
  }
  appendTable(cells: string[][]) {
    const table = new StandInTable(cells);
    this.children.push(table);
    return table;
  }
  appendHorizontalRule() {
    this.children.push({ getType: () => ElementType.HORIZONTAL_RULE });
  }
  appendPageBreak() {
    this.children.push({ getType: () => ElementType.PAGE_BREAK });
  }
  paragraphs = () =>
    this.children.filter((child): child is StandInParagraph => child instanceof StandInParagraph);
  tables = () => this.children.filter((child): child is StandInTable => child instanceof StandInTable);
  private set(key: string, points: number) {
    this.page[key] = points;
    return this;
  }
}

class StandInDocument {
  readonly body = new StandInBody();
  saved = false;
  constructor(
    readonly id: string,
    readonly name: string,
  ) {}
  getId = () => this.id;
  getName = () => this.name;
  getUrl = () => `https://docs.google.com/document/d/${this.id}/edit`;
  getBody = () => this.body;
  saveAndClose() {
    this.saved = true;
  }
}

const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

class StandInBlob {
  constructor(
    readonly contentType: string,
    public name: string,
    readonly sourceId: string,
  ) {}
  setName(name: string) {
    this.name = name;
    return this;
  }
}

class StandInFile {
  trashed = false;
  parents: StandInFolder[] = [];
  blob: StandInBlob | undefined;
  constructor(
    readonly id: string,
    public name: string,
    readonly mimeType: string,
  ) {}
  getId = () => this.id;
  getName = () => this.name;
  getMimeType = () => this.mimeType;
  getUrl = () =>
    this.mimeType === GOOGLE_DOC_MIME_TYPE
      ? `https://docs.google.com/document/d/${this.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
  isTrashed = () => this.trashed;
  setTrashed(trashed: boolean) {
    this.trashed = trashed;
    return this;
  }
  moveTo(folder: StandInFolder) {
    this.parents = [folder];
    return this;
  }
  getAs(contentType: string) {
    return new StandInBlob(contentType, `${this.name}.pdf`, this.id);
  }
}

class StandInFolder {
  trashed = false;
  constructor(
    readonly drive: StandInDrive,
    readonly id: string,
    readonly name: string,
  ) {}
  getId = () => this.id;
  getName = () => this.name;
  getUrl = () => `https://drive.google.com/drive/folders/${this.id}`;
  isTrashed = () => this.trashed;
  getFilesByName(name: string) {
    const files = [...this.drive.files.values()].filter(
      (file) => file.name === name && file.parents.includes(this),
    );
    return { hasNext: () => files.length > 0, next: () => files.shift() as StandInFile };
  }
  createFile(blob: StandInBlob) {
    const file = this.drive.addFile(blob.name, blob.contentType);
    file.parents = [this];
    file.blob = blob;
    return file;
  }
}

class StandInDrive {
  readonly files = new Map<string, StandInFile>();
  readonly folders = new Map<string, StandInFolder>();
  /** When set, every lookup fails with this message (an outage). */
  failure: string | undefined;
  private next = 0;
  addFile(name: string, mimeType: string) {
    const file = new StandInFile(`file-${++this.next}`, name, mimeType);
    this.files.set(file.id, file);
    return file;
  }
  addFolder(name: string) {
    const folder = new StandInFolder(this, `folder-${++this.next}`, name);
    this.folders.set(folder.id, folder);
    return folder;
  }
  readonly app = {
    getFileById: (id: string) => this.find(this.files, id),
    getFolderById: (id: string) => this.find(this.folders, id),
    createFolder: (name: string) => this.addFolder(name),
  };
  private find<T>(items: Map<string, T>, id: string): T {
    if (this.failure !== undefined) throw new Error(this.failure);
    if (id === '') throw new Error('Invalid argument: id');
    const item = items.get(id);
    if (item === undefined) throw new Error(NOT_FOUND);
    return item;
  }
}

const globals = globalThis as Record<string, unknown>;
let created: StandInDocument[] = [];
let drive: StandInDrive;

beforeEach(() => {
  created = [];
  drive = new StandInDrive();
  globals.DocumentApp = {
    Attribute,
    ParagraphHeading,
    HorizontalAlignment,
    ElementType,
    create(name: string) {
      const doc = new StandInDocument(`doc-${created.length + 1}`, name);
      created.push(doc);
      return doc;
    },
  };
  globals.DriveApp = drive.app;
});

afterEach(() => {
  for (const name of ['DocumentApp', 'DriveApp', 'LockService', 'PropertiesService']) delete globals[name];
});

function newDraft() {
  const draft = appsScriptDocuments().create('รายงานผล_กองคลัง_รอบ1_2566');
  const doc = created[created.length - 1] as StandInDocument;
  return { draft, doc, body: doc.body };
}

describe('a Doc written through the adapter', () => {
  it('is created by name and answers with its id, name and url', () => {
    const { draft, doc } = newDraft();
    expect([draft.id, draft.name, draft.url]).toEqual([doc.id, 'รายงานผล_กองคลัง_รอบ1_2566', doc.getUrl()]);
    draft.saveAndClose();
    expect(doc.saved).toBe(true);
  });

  it('sets the page size and margins on the body, in points', () => {
    const { draft, body } = newDraft();
    draft.setPage(REPORT_PAGE);
    expect(body.page).toEqual({ ...REPORT_PAGE });
  });

  it('the first paragraph fills the new Doc’s empty one; the others follow it', () => {
    const { draft, body } = newDraft();
    draft.appendParagraph({ text: 'แบบรายงานผล' });
    draft.appendParagraph({ text: 'รอบ 1/2566' });
    expect(body.paragraphs().map((paragraph) => paragraph.text)).toEqual(['แบบรายงานผล', 'รอบ 1/2566']);
  });

  it('a table written first keeps the empty paragraph above it', () => {
    const { draft, body } = newDraft();
    draft.appendTable({ rows: [[{ text: 'ก' }]] });
    draft.appendParagraph({ text: 'ข' });
    expect(body.children.map((child) => child.getType())).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
  });

  it('named styles and alignments become DocumentApp’s values', () => {
    const { draft, body } = newDraft();
    const headings = ['normal', 'title', 'subtitle', 'heading1', 'heading2', 'heading3'] as const;
    for (const heading of headings) draft.appendParagraph({ text: heading, heading });
    for (const align of ['left', 'center', 'right', 'justify'] as const)
      draft.appendParagraph({ text: align, align });
    expect(body.paragraphs().map((paragraph) => [paragraph.heading, paragraph.alignment])).toEqual([
      ['NORMAL', 'LEFT'],
      ['TITLE', 'LEFT'],
      ['SUBTITLE', 'LEFT'],
      ['HEADING1', 'LEFT'],
      ['HEADING2', 'LEFT'],
      ['HEADING3', 'LEFT'],
      ['NORMAL', 'LEFT'],
      ['NORMAL', 'CENTER'],
      ['NORMAL', 'RIGHT'],
      ['NORMAL', 'JUSTIFY'],
    ]);
  });

  it('spacing and indent are set in points only when given', () => {
    const { draft, body } = newDraft();
    draft.appendParagraph({ text: 'ก', spaceBefore: 12, spaceAfter: 6, indentStart: 226.77 });
    draft.appendParagraph({ text: 'ข' });
    const [spaced, plain] = body.paragraphs();
    expect([spaced?.spacing, spaced?.indentStart]).toEqual([{ before: 12, after: 6 }, 226.77]);
    expect([plain?.spacing, plain?.indentStart]).toEqual([{}, undefined]);
  });

  it('the font goes on the body and on every paragraph, so a heading’s own style does not win', () => {
    const { draft, body } = newDraft();
    draft.setFont({ family: 'Sarabun', size: 14 });
    draft.appendParagraph({ text: 'ผลการดำเนินงาน', heading: 'heading1', fontSize: 15, bold: true });
    draft.appendParagraph({ text: 'ข้อความ' });
    expect(body.attributes).toEqual({ FONT_FAMILY: 'Sarabun', FONT_SIZE: 14 });
    const [heading, normal] = body.paragraphs();
    expect(
      heading?.chars.every((char) => char.FONT_FAMILY === 'Sarabun' && char.FONT_SIZE === 15 && char.BOLD),
    ).toBe(true);
    expect(
      normal?.chars.every((char) => char.FONT_FAMILY === 'Sarabun' && char.FONT_SIZE === 14 && !char.BOLD),
    ).toBe(true);
  });

  it('each run styles exactly its own characters', () => {
    const { draft, body } = newDraft();
    const url = 'https://drive.google.com/file/d/1AbC/view';
    draft.setFont({ family: 'Sarabun', size: 14 });
    draft.appendParagraph({
      text: [
        { text: 'หลักฐาน: ', bold: true },
        { text: '', link: 'https://ignored.example' },
        { text: 'เปิดหลักฐาน', link: url, color: '#1155cc', underline: true },
        { text: ' (ไฟล์ PDF)', fontSize: 12, italic: true },
      ],
    });
    const [paragraph] = body.paragraphs();
    expect(paragraph?.text).toBe('หลักฐาน: เปิดหลักฐาน (ไฟล์ PDF)');
    expect(paragraph?.textWith('LINK_URL', url)).toBe('เปิดหลักฐาน');
    expect(paragraph?.textWith('FOREGROUND_COLOR', '#1155cc')).toBe('เปิดหลักฐาน');
    expect(paragraph?.textWith('UNDERLINE', true)).toBe('เปิดหลักฐาน');
    expect(paragraph?.textWith('BOLD', true)).toBe('หลักฐาน: ');
    expect(paragraph?.textWith('ITALIC', true)).toBe(' (ไฟล์ PDF)');
    expect(paragraph?.textWith('FONT_SIZE', 12)).toBe(' (ไฟล์ PDF)');
    expect(paragraph?.textWith('FONT_SIZE', 14)).toBe('หลักฐาน: เปิดหลักฐาน');
    expect(paragraph?.textWith('LINK_URL', 'https://ignored.example')).toBe('');
  });

  it('tables get their text, column widths, border, backgrounds and each cell’s look', () => {
    const { draft, body } = newDraft();
    draft.setFont({ family: 'Sarabun', size: 14 });
    draft.appendTable({
      rows: [
        [
          { text: 'ระดับ', bold: true, background: '#d9e2f3', align: 'center' },
          { text: 'หลักฐาน', bold: true, background: '#d9e2f3', align: 'center' },
        ],
        [
          { text: 'ระดับ 1', fontSize: 13 },
          { text: [{ text: 'เปิดหลักฐาน', link: 'https://example.com/e1' }], align: 'center' },
        ],
      ],
      columnWidths: [60, 393.54],
      borderWidth: 1,
      borderColor: '#000000',
    });
    const [table] = body.tables();
    expect(table?.rows.map((row) => row.map((cell) => cell.paragraph.text))).toEqual([
      ['ระดับ', 'หลักฐาน'],
      ['ระดับ 1', 'เปิดหลักฐาน'],
    ]);
    expect([table?.widths, table?.borderWidth, table?.borderColor]).toEqual([[60, 393.54], 1, '#000000']);
    expect(table?.rows.map((row) => row.map((cell) => [cell.background, cell.paragraph.alignment]))).toEqual([
      [
        ['#d9e2f3', 'CENTER'],
        ['#d9e2f3', 'CENTER'],
      ],
      [
        [undefined, 'LEFT'],
        [undefined, 'CENTER'],
      ],
    ]);
    const header = table?.rows[0]?.[0]?.paragraph;
    expect(header?.chars.every((char) => char.BOLD === true && char.FONT_FAMILY === 'Sarabun')).toBe(true);
    expect(table?.rows[1]?.[0]?.paragraph.textWith('FONT_SIZE', 13)).toBe('ระดับ 1');
    expect(table?.rows[1]?.[1]?.paragraph.textWith('LINK_URL', 'https://example.com/e1')).toBe('เปิดหลักฐาน');
  });

  it('rules and page breaks are appended in place', () => {
    const { draft, body } = newDraft();
    draft.appendHorizontalRule();
    draft.appendParagraph({ text: 'ก' });
    draft.appendPageBreak();
    expect(body.children.map((child) => child.getType())).toEqual([
      'PARAGRAPH',
      'HORIZONTAL_RULE',
      'PARAGRAPH',
      'PAGE_BREAK',
    ]);
  });

  it('a whole report form comes out with the same structure as in the in-memory Docs', () => {
    const report: DivisionReport = {
      kind: 'division',
      title: ['แบบรายงานผลการดำเนินงานตามตัวชี้วัด', 'ประจำปีงบประมาณ พ.ศ. 2566'],
      indicatorName: 'ระดับความสำเร็จของการปรับปรุงกระบวนการ',
      weight: 'ร้อยละ 5',
      fiscalYear: 2566,
      round: 1,
      roundLabel: 'รอบ 1/2566 (1 ตุลาคม 2565 – 31 มีนาคม 2566)',
      division: 'กองคลัง',
      head: 'นางสาวสมศรี ใจดี',
      levels: [
        {
          level: 1,
          label: '1',
          reached: true,
          milestones: [
            { text: 'ทบทวนกระบวนการ', met: true, points: '', evidence: 'https://example.com/review' },
          ],
        },
        { level: 2, label: '2', reached: true, milestones: [] },
      ],
      figures: [{ label: 'คะแนนสุทธิ', value: '2.00' }],
      due: '10 เมษายน 2566',
      submitted: '',
      narrative: [{ label: 'ผลการดำเนินงาน', value: 'บรรทัดแรก\nบรรทัดที่สอง' }],
      dataProblems: [],
      contacts: [{ role: 'ผู้จัดเก็บข้อมูล', name: 'นายฉัตรพน ไพพินิจ', phone: '0-2653-4444' }],
      reportDate: '25 ธันวาคม 2566',
      signatures: [{ role: 'ผู้อำนวยการกองคลัง', name: 'นางสาวสมศรี ใจดี' }],
      fileName: 'รายงานผล_กองคลัง_รอบ1_2566',
    };
    const { draft, body } = newDraft();
    renderDivisionDoc(report, draft);
    const fake = new FakeDocuments(new FakeDrive()).create(report.fileName);
    renderDivisionDoc(report, fake);

    const real = body.children.map((child) =>
      child instanceof StandInParagraph
        ? child.text
        : child instanceof StandInTable
          ? child.rows.map((row) => row.map((cell) => cell.paragraph.text).join(' | ')).join('\n')
          : child.getType(),
    );
    expect(real.join('\n')).toBe(fake.text());
    expect(body.page).toEqual({ ...fake.pageSetup });
    const evidence = body.tables()[0]?.rows[1]?.[4]?.paragraph;
    expect(evidence?.textWith('LINK_URL', 'https://example.com/review')).toBe(evidence?.text);
  });

  it('the adapter touches DocumentApp only when called', () => {
    delete globals.DocumentApp;
    expect(() => appsScriptDocuments()).not.toThrow();
    expect(() => appsScriptDocuments().create('x')).toThrow();
  });

  it('a draft over an existing Doc with content appends after it', () => {
    const doc = new StandInDocument('doc-x', 'เดิม');
    doc.body.getChild(0).setText('มีอยู่แล้ว');
    const draft = documentDraft(doc as unknown as GoogleAppsScript.Document.Document);
    draft.appendParagraph({ text: 'ใหม่' });
    expect(doc.body.paragraphs().map((paragraph) => paragraph.text)).toEqual(['มีอยู่แล้ว', 'ใหม่']);
  });
});

describe('Drive through the adapter', () => {
  it('a folder is found by id; missing, unopenable, blank or trashed ones are undefined', () => {
    const folder = drive.addFolder('รายงานผล KPI 2566');
    const service = appsScriptDrive();
    expect(service.folder(folder.id)).toEqual({
      id: folder.id,
      name: 'รายงานผล KPI 2566',
      url: folder.getUrl(),
    });
    expect(service.folder('no-such-id')).toBeUndefined();
    expect(service.folder('')).toBeUndefined();
    folder.trashed = true;
    expect(service.folder(folder.id)).toBeUndefined();
  });

  it('an outage is thrown, not taken for a missing folder', () => {
    const folder = drive.addFolder('รายงาน');
    drive.failure = 'We’re sorry, a server error occurred. Please wait a bit and try again.';
    expect(() => appsScriptDrive().folder(folder.id)).toThrow('server error');
    expect(() => appsScriptDrive().file('x')).toThrow('server error');
  });

  it('a new folder is made by name', () => {
    const made = appsScriptDrive().createFolder('รายงานผล KPI 2567');
    expect(drive.folders.get(made.id)?.name).toBe('รายงานผล KPI 2567');
  });

  it('a file is found with its trashed state; a missing one is undefined', () => {
    const file = drive.addFile('รายงานผล.pdf', PDF_MIME_TYPE);
    const service = appsScriptDrive();
    service.setTrashed(file.id, true);
    expect(file.trashed).toBe(true);
    expect(service.file(file.id)).toEqual({
      id: file.id,
      name: 'รายงานผล.pdf',
      mimeType: PDF_MIME_TYPE,
      url: file.getUrl(),
      trashed: true,
    });
    expect(service.file('no-such-id')).toBeUndefined();
  });

  it('moves a file into a folder, out of where it was', () => {
    const doc = drive.addFile('รายงานผล', GOOGLE_DOC_MIME_TYPE);
    const root = drive.addFolder('My Drive');
    const folder = drive.addFolder('รายงาน');
    doc.parents = [root];
    appsScriptDrive().moveToFolder(doc.id, folder.id);
    expect(doc.parents).toEqual([folder]);
  });

  it('files named so in a folder leave out the trashed ones', () => {
    const folder = drive.addFolder('รายงาน');
    const kept = folder.createFile(new StandInBlob(PDF_MIME_TYPE, 'รายงานผล.pdf', 'doc'));
    folder.createFile(new StandInBlob(PDF_MIME_TYPE, 'รายงานผล.pdf', 'doc')).setTrashed(true);
    folder.createFile(new StandInBlob(PDF_MIME_TYPE, 'อื่น.pdf', 'doc'));
    expect(
      appsScriptDrive()
        .filesNamed(folder.id, 'รายงานผล.pdf')
        .map((file) => file.id),
    ).toEqual([kept.id]);
  });

  it('the PDF of a Doc is made from it as <name>.pdf in the folder', () => {
    const doc = drive.addFile('ชื่อเดิมของเอกสาร', GOOGLE_DOC_MIME_TYPE);
    const folder = drive.addFolder('รายงาน');
    const pdf = appsScriptDrive().createPdf(doc.id, folder.id, 'รายงานผล_กองคลัง_รอบ1_2566');
    const stored = drive.files.get(pdf.id);
    expect(pdf.name).toBe('รายงานผล_กองคลัง_รอบ1_2566.pdf');
    expect(stored?.parents).toEqual([folder]);
    expect(stored?.mimeType).toBe(PDF_MIME_TYPE);
    expect(stored?.blob?.sourceId).toBe(doc.id);
  });
});

describe('which Drive errors mean “nothing there for you”', () => {
  it.each([
    [NOT_FOUND, true],
    ['No item with the given ID could be found, or you do not have permission to access it.', true],
    ['Invalid argument: id', true],
    ['Access denied: DriveApp.', true],
    ['We’re sorry, a server error occurred. Please wait a bit and try again.', false],
    ['Service invoked too many times for one day: driveapp.', false],
    ['Exceeded maximum execution time', false],
  ])('%s → %s', (message, notFound) => {
    expect(isNotFound(new Error(message))).toBe(notFound);
  });
});

describe('the document lock through the adapter', () => {
  /** `LockService`: one lock per spreadsheet, and a new `Lock` object per `getDocumentLock` call. */
  function installLockService() {
    const service = { holder: undefined as object | undefined, lookups: 0 };
    globals.LockService = {
      getDocumentLock() {
        service.lookups++;
        const lock = {
          tryLock: () => {
            if (service.holder !== undefined && service.holder !== lock) return false;
            service.holder = lock;
            return true;
          },
          hasLock: () => service.holder === lock,
          releaseLock: () => {
            if (service.holder === lock) service.holder = undefined;
          },
        };
        return lock;
      },
    };
    return service;
  }

  it('holds, answers for and releases the one lock it took', () => {
    const service = installLockService();
    const lock = appsScriptDocumentLock();
    expect(lock.tryLock(1_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.release();
    expect(lock.hasLock()).toBe(false);
    expect(service.holder).toBeUndefined();
    expect(service.lookups).toBe(1);
  });

  it('two runs contend through the service', () => {
    installLockService();
    const first = appsScriptDocumentLock();
    const second = appsScriptDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(second.tryLock(0)).toBe(false);
    first.release();
    expect(second.tryLock(0)).toBe(true);
  });

  it('a lock never taken is not held, and releasing it does nothing', () => {
    const service = installLockService();
    const lock = appsScriptDocumentLock();
    expect(lock.hasLock()).toBe(false);
    lock.release();
    expect(service.lookups).toBe(0);
  });

  it('outside a document there is no lock to take, and it says so', () => {
    globals.LockService = { getDocumentLock: () => null };
    expect(() => appsScriptDocumentLock().tryLock(0)).toThrow('No document lock');
  });
});

describe('document properties through the adapter', () => {
  it('a missing key reads as undefined; values are set, listed and deleted', () => {
    const stored = new Map<string, string>();
    let lookups = 0;
    globals.PropertiesService = {
      getDocumentProperties() {
        lookups++;
        return {
          getProperty: (key: string) => stored.get(key) ?? null,
          setProperty(key: string, value: string) {
            stored.set(key, value);
            return this;
          },
          deleteProperty(key: string) {
            stored.delete(key);
            return this;
          },
          getKeys: () => [...stored.keys()],
        };
      },
    };
    const properties = appsScriptDocumentProperties();
    expect(properties.get('batch')).toBeUndefined();
    properties.set('batch', '{"next":1}');
    expect(properties.get('batch')).toBe('{"next":1}');
    expect(properties.keys()).toEqual(['batch']);
    properties.delete('batch');
    expect(stored.size).toBe(0);
    expect(lookups).toBe(1);
  });

  it('outside a document there are no document properties, and it says so', () => {
    globals.PropertiesService = { getDocumentProperties: () => null };
    expect(() => appsScriptDocumentProperties().get('x')).toThrow('No document properties');
  });
});
