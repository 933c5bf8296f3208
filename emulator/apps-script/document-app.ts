/**
 * `DocumentApp` as the add-on's adapters (`src/server/services/apps-script-documents.ts`,
 * and `apps-script-drive.ts` for a Doc's PDF) call it, over the in-memory
 * `FakeDocuments`: `openById` a Doc (made by Drive in the reports folder), write
 * its body, save and close it, and `getAs('application/pdf')` the blob the
 * Advanced Drive facade uploads. Docs' API is element by element
 * (append a paragraph of text, then set its heading, alignment, attributes and
 * the look of stretches of its text); the in-memory Doc takes whole paragraphs and
 * tables. So the facade keeps the body as Docs would, elements changed in place,
 * and writes it into the in-memory Doc when the script saves and closes it, which
 * is also when the real Doc's content becomes what its PDF shows.
 *
 * The default footer (`Document.addFooter` / `getFooter`, a `FooterSection` of
 * one paragraph here) is written with the body. Layout that only the Docs API
 * sets (keepWithNext, pinned header rows…) is `docs-advanced.ts`'s.
 */

import type {
  CellSpec,
  FontSetup,
  Heading,
  HorizontalAlign,
  PageSetup,
  ParagraphSpec,
  RichText,
  TableSpec,
  TextRun,
} from '../../src/server/services/documents';
import { PDF_MIME_TYPE } from '../../src/server/services/documents';
import type { DocContent, FakeDoc, FakeDocuments } from '../documents';
import { NODE_REALM, type Realm } from './sheet-values';

const enumOf = <K extends string>(...names: K[]) =>
  Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [P in K]: P };

/** `DocumentApp.ParagraphHeading`. */
export const ParagraphHeading = enumOf('NORMAL', 'TITLE', 'SUBTITLE', 'HEADING1', 'HEADING2', 'HEADING3');
/** `DocumentApp.HorizontalAlignment`. */
export const HorizontalAlignment = enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
/** `DocumentApp.ElementType`: the kinds a body holds here. */
export const ElementType = enumOf(
  'PARAGRAPH',
  'TABLE',
  'TABLE_CELL',
  'HORIZONTAL_RULE',
  'PAGE_BREAK',
  'TEXT',
);
/** `DocumentApp.Attribute`: the attributes the add-on sets. */
export const Attribute = enumOf(
  'FONT_FAMILY',
  'FONT_SIZE',
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'FOREGROUND_COLOR',
  'LINK_URL',
);

const HEADINGS: Record<string, Heading> = {
  NORMAL: 'normal',
  TITLE: 'title',
  SUBTITLE: 'subtitle',
  HEADING1: 'heading1',
  HEADING2: 'heading2',
  HEADING3: 'heading3',
};

const ALIGNMENTS: Record<string, HorizontalAlign> = {
  LEFT: 'left',
  CENTER: 'center',
  RIGHT: 'right',
  JUSTIFY: 'justify',
};

/**
 * Whether the Doc an element belongs to is still open: after `saveAndClose` every
 * change to it throws, as Docs refuses it.
 */
interface Life {
  closed: boolean;
}

function assertLive(life: Life): void {
  if (life.closed) throw new Error('Document is closed, its contents cannot be updated.');
}

/** The look of one character (or of a whole paragraph): only what was set. */
interface Look {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  fontSize?: number;
  fontFamily?: string;
  link?: string;
}

/** `Text` of a paragraph: the look of stretches of its characters (offsets inclusive). */
export class TextFacade {
  constructor(private readonly paragraph: ParagraphFacade) {}

  setBold(start: number, end: number, bold: boolean): TextFacade {
    return this.set(start, end, { bold });
  }

  setItalic(start: number, end: number, italic: boolean): TextFacade {
    return this.set(start, end, { italic });
  }

  setUnderline(start: number, end: number, underline: boolean): TextFacade {
    return this.set(start, end, { underline });
  }

  setForegroundColor(start: number, end: number, color: string): TextFacade {
    return this.set(start, end, { color });
  }

  setFontSize(start: number, end: number, size: number): TextFacade {
    return this.set(start, end, { fontSize: size });
  }

  setLinkUrl(start: number, end: number, url: string): TextFacade {
    return this.set(start, end, { link: url });
  }

  getText(): string {
    return this.paragraph.getText();
  }

  private set(start: number, end: number, look: Look): TextFacade {
    this.paragraph.assertLive();
    const length = this.paragraph.getText().length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= length) {
      throw new Error(`Invalid argument: offsets ${start}–${end} of a text of ${length} characters`);
    }
    this.paragraph.styleCharacters(start, end, look);
    return this;
  }
}

/** `Paragraph`. */
export class ParagraphFacade {
  private text: string;
  private looks: Look[];
  private heading: Heading = 'normal';
  private align: HorizontalAlign | undefined;
  private spaceBefore: number | undefined;
  private spaceAfter: number | undefined;
  private indentStart: number | undefined;
  private attributes: Look = {};
  /** Whether the script has touched it (the blank paragraph a new Doc starts with has not). */
  touched = false;

  constructor(
    text: string,
    private readonly life: Life = { closed: false },
  ) {
    this.text = String(text);
    this.looks = Array.from(this.text, () => ({}));
  }

  getType(): string {
    return ElementType.PARAGRAPH;
  }

  asParagraph(): ParagraphFacade {
    return this;
  }

  getText(): string {
    return this.text;
  }

  setText(text: string): ParagraphFacade {
    assertLive(this.life);
    this.touched = true;
    this.text = String(text);
    this.looks = Array.from(this.text, () => ({}));
    return this;
  }

  setHeading(heading: string): ParagraphFacade {
    assertLive(this.life);
    const known = HEADINGS[heading];
    if (known === undefined) throw unsupported(`paragraph heading ${heading}`);
    this.touched = true;
    this.heading = known;
    return this;
  }

  setAlignment(alignment: string): ParagraphFacade {
    assertLive(this.life);
    const known = ALIGNMENTS[alignment];
    if (known === undefined) throw unsupported(`alignment ${alignment}`);
    this.align = known;
    return this;
  }

  setSpacingBefore(points: number): ParagraphFacade {
    assertLive(this.life);
    this.spaceBefore = points;
    return this;
  }

  setSpacingAfter(points: number): ParagraphFacade {
    assertLive(this.life);
    this.spaceAfter = points;
    return this;
  }

  setIndentStart(points: number): ParagraphFacade {
    assertLive(this.life);
    this.indentStart = points;
    return this;
  }

  setAttributes(attributes: Record<string, unknown>): ParagraphFacade {
    assertLive(this.life);
    this.attributes = { ...this.attributes, ...lookOf(attributes) };
    return this;
  }

  /** @internal Throws when the Doc is closed. */
  assertLive(): void {
    assertLive(this.life);
  }

  editAsText(): TextFacade {
    return new TextFacade(this);
  }

  /** @internal */
  styleCharacters(start: number, end: number, look: Look): void {
    this.touched = true;
    for (let index = start; index <= end; index++) this.looks[index] = { ...this.looks[index], ...look };
  }

  /** @internal The in-memory Doc's paragraph for this one. */
  toSpec(): ParagraphSpec {
    const spec: { -readonly [K in keyof ParagraphSpec]: ParagraphSpec[K] } = {
      text: this.richText(),
      heading: this.heading,
    };
    if (this.align !== undefined) spec.align = this.align;
    if (this.attributes.bold !== undefined) spec.bold = this.attributes.bold;
    if (this.attributes.fontSize !== undefined) spec.fontSize = this.attributes.fontSize;
    if (this.spaceBefore !== undefined) spec.spaceBefore = this.spaceBefore;
    if (this.spaceAfter !== undefined) spec.spaceAfter = this.spaceAfter;
    if (this.indentStart !== undefined) spec.indentStart = this.indentStart;
    return spec;
  }

  /** @internal The in-memory Doc's table cell for this one (a cell holds one paragraph). */
  toCell(background: string | undefined): CellSpec {
    const cell: { -readonly [K in keyof CellSpec]: CellSpec[K] } = { text: this.richText() };
    if (this.attributes.bold !== undefined) cell.bold = this.attributes.bold;
    if (this.attributes.fontSize !== undefined) cell.fontSize = this.attributes.fontSize;
    if (this.align !== undefined) cell.align = this.align;
    if (background !== undefined) cell.background = background;
    return cell;
  }

  /** The text, in runs of equal look where stretches were styled. */
  private richText(): RichText {
    if (this.looks.every((look) => Object.keys(look).length === 0)) return this.text;
    const runs: TextRun[] = [];
    let start = 0;
    for (let index = 1; index <= this.text.length; index++) {
      if (index < this.text.length && sameLook(this.looks[index], this.looks[start])) continue;
      runs.push(runOf(this.text.slice(start, index), this.looks[start] ?? {}));
      start = index;
    }
    return runs;
  }
}

/** `TableCell`: its background and the one paragraph `appendTable(cells)` gives it. */
export class TableCellFacade {
  background: string | undefined;
  readonly paragraph: ParagraphFacade;

  constructor(
    text: string,
    private readonly life: Life = { closed: false },
  ) {
    this.paragraph = new ParagraphFacade(text, life);
  }

  getType(): string {
    return ElementType.TABLE_CELL;
  }

  setBackgroundColor(color: string): TableCellFacade {
    assertLive(this.life);
    this.background = color;
    return this;
  }

  getNumChildren(): number {
    return 1;
  }

  getChild(index: number): ParagraphFacade {
    if (index !== 0)
      throw new Error(`Child index (${index}) must be less than the number of child elements (1).`);
    return this.paragraph;
  }

  getText(): string {
    return this.paragraph.getText();
  }
}

/** `Table`. */
export class TableFacade {
  private readonly cells: TableCellFacade[][];
  private readonly widths: (number | undefined)[] = [];
  private borderWidth: number | undefined;
  private borderColor: string | undefined;

  constructor(
    rows: readonly (readonly string[])[],
    private readonly life: Life = { closed: false },
  ) {
    this.cells = rows.map((row) => row.map((text) => new TableCellFacade(text, life)));
  }

  getType(): string {
    return ElementType.TABLE;
  }

  getNumRows(): number {
    return this.cells.length;
  }

  getCell(row: number, column: number): TableCellFacade {
    const cell = this.cells[row]?.[column];
    if (cell === undefined) throw new Error(`Invalid argument: no cell at row ${row}, column ${column}`);
    return cell;
  }

  setColumnWidth(column: number, width: number): TableFacade {
    assertLive(this.life);
    this.widths[column] = width;
    return this;
  }

  setBorderWidth(width: number): TableFacade {
    assertLive(this.life);
    this.borderWidth = width;
    return this;
  }

  setBorderColor(color: string): TableFacade {
    assertLive(this.life);
    this.borderColor = color;
    return this;
  }

  /** @internal The in-memory Doc's table for this one. */
  toSpec(): TableSpec {
    const spec: { -readonly [K in keyof TableSpec]: TableSpec[K] } = {
      rows: this.cells.map((row) => row.map((cell) => cell.paragraph.toCell(cell.background))),
    };
    const columns = this.cells[0]?.length ?? 0;
    if (this.widths.length > 0) {
      if (this.widths.length !== columns || this.widths.some((width) => width === undefined)) {
        throw unsupported('widths set for only some columns of a table');
      }
      spec.columnWidths = this.widths as number[];
    }
    if (this.borderWidth !== undefined) spec.borderWidth = this.borderWidth;
    if (this.borderColor !== undefined) spec.borderColor = this.borderColor;
    return spec;
  }
}

/** A horizontal rule or a page break. */
class MarkFacade {
  constructor(private readonly type: 'HORIZONTAL_RULE' | 'PAGE_BREAK') {}

  getType(): string {
    return ElementType[this.type];
  }
}

type BodyChild = ParagraphFacade | TableFacade | MarkFacade;

/** `Body`. */
export class BodyFacade {
  /** @internal Set when the Doc is saved and closed: the body and its elements then refuse changes. */
  readonly life: Life = { closed: false };
  /** @internal */ readonly children: BodyChild[] = [new ParagraphFacade('', this.life)];
  /** @internal */ page: Partial<{ -readonly [K in keyof PageSetup]: number }> = {};
  /** @internal */ attributes: Look = {};

  constructor(private readonly realm: Realm) {}

  setPageWidth(points: number): BodyFacade {
    this.assertOpen();
    this.page.width = points;
    return this;
  }

  setPageHeight(points: number): BodyFacade {
    this.assertOpen();
    this.page.height = points;
    return this;
  }

  setMarginTop(points: number): BodyFacade {
    this.assertOpen();
    this.page.marginTop = points;
    return this;
  }

  setMarginBottom(points: number): BodyFacade {
    this.assertOpen();
    this.page.marginBottom = points;
    return this;
  }

  setMarginLeft(points: number): BodyFacade {
    this.assertOpen();
    this.page.marginLeft = points;
    return this;
  }

  setMarginRight(points: number): BodyFacade {
    this.assertOpen();
    this.page.marginRight = points;
    return this;
  }

  setAttributes(attributes: Record<string, unknown>): BodyFacade {
    this.assertOpen();
    this.attributes = { ...this.attributes, ...lookOf(attributes) };
    return this;
  }

  getNumChildren(): number {
    return this.children.length;
  }

  getChild(index: number): BodyChild {
    const child = this.children[index];
    if (child === undefined) {
      throw new Error(
        `Child index (${index}) must be less than the number of child elements (${this.children.length}).`,
      );
    }
    return child;
  }

  /**
   * The position of a child of the body; Docs' "Element does not contain the
   * specified child element." for any other element.
   * https://developers.google.com/apps-script/reference/document/body#getChildIndex(Element)
   */
  getChildIndex(child: unknown): number {
    const index = this.children.indexOf(child as BodyChild);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }

  getParagraphs(): ParagraphFacade[] {
    return this.realm.Array.from(
      this.children.filter((child): child is ParagraphFacade => child instanceof ParagraphFacade),
    );
  }

  appendParagraph(text: string): ParagraphFacade {
    this.assertOpen();
    const paragraph = new ParagraphFacade(text, this.life);
    paragraph.touched = true;
    this.children.push(paragraph);
    return paragraph;
  }

  appendTable(cells: readonly (readonly string[])[]): TableFacade {
    this.assertOpen();
    const table = new TableFacade(
      cells.map((row) => row.map(String)),
      this.life,
    );
    this.children.push(table);
    return table;
  }

  appendHorizontalRule(): MarkFacade {
    this.assertOpen();
    const rule = new MarkFacade('HORIZONTAL_RULE');
    this.children.push(rule);
    return rule;
  }

  appendPageBreak(): MarkFacade {
    this.assertOpen();
    const pageBreak = new MarkFacade('PAGE_BREAK');
    this.children.push(pageBreak);
    return pageBreak;
  }

  private assertOpen(): void {
    assertLive(this.life);
  }
}

/**
 * `FooterSection`: the Doc's default footer, one paragraph here (a new footer
 * holds one empty paragraph, which `setText` fills).
 * https://developers.google.com/apps-script/reference/document/footer-section
 */
export class FooterSectionFacade {
  /** @internal */ readonly paragraph: ParagraphFacade;

  constructor(
    private readonly life: Life,
    private readonly realm: Realm,
  ) {
    this.paragraph = new ParagraphFacade('', life);
  }

  getType(): string {
    return 'FOOTER_SECTION';
  }

  setText(text: string): FooterSectionFacade {
    assertLive(this.life);
    this.paragraph.setText(String(text));
    return this;
  }

  getText(): string {
    return this.paragraph.getText();
  }

  getNumChildren(): number {
    return 1;
  }

  getChild(index: number): ParagraphFacade {
    if (index !== 0)
      throw new Error(`Child index (${index}) must be less than the number of child elements (1).`);
    return this.paragraph;
  }

  getParagraphs(): ParagraphFacade[] {
    return this.realm.Array.from([this.paragraph]);
  }
}

/**
 * `Blob` of a Doc as a PDF (`Document.getAs`), not yet a file: what the Advanced
 * Drive facade's `Files.create` uploads. It holds the Doc as last saved.
 * https://developers.google.com/apps-script/reference/document/document#getAs(String)
 */
export class PdfBlobFacade {
  private name: string;

  constructor(
    private readonly fromDocId: string,
    docName: string,
    private readonly content: DocContent,
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

  /** @internal The Doc it was made from and what the PDF shows. */
  source(): { fromDocId: string; content: DocContent } {
    return { fromDocId: this.fromDocId, content: this.content };
  }
}

/** `Document`: written into the in-memory Doc when saved and closed. */
export class DocumentFacade {
  private readonly body: BodyFacade;
  private footer: FooterSectionFacade | null = null;
  private closed = false;

  constructor(
    private readonly doc: FakeDoc,
    private readonly realm: Realm,
    private readonly documents: FakeDocuments,
  ) {
    this.body = new BodyFacade(realm);
  }

  /**
   * The default footer, `null` while there is none. Reading a footer the Doc
   * already had is not modelled (the facade writes new Docs).
   * https://developers.google.com/apps-script/reference/document/document#getFooter()
   */
  getFooter(): FooterSectionFacade | null {
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
    if (this.footer === null && this.doc.content().footer !== null) {
      throw unsupported('reading the footer of a Doc that already has one');
    }
    return this.footer;
  }

  /**
   * Adds the default footer, "if none already exists". What Docs does when one
   * exists is not documented: the facade refuses.
   * https://developers.google.com/apps-script/reference/document/document#addFooter()
   */
  addFooter(): FooterSectionFacade {
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
    if (this.footer !== null || this.doc.content().footer !== null) {
      throw unsupported('addFooter on a Doc that already has a footer');
    }
    this.footer = new FooterSectionFacade(this.body.life, this.realm);
    return this.footer;
  }

  getId(): string {
    return this.doc.id;
  }

  getName(): string {
    return this.doc.name;
  }

  getUrl(): string {
    return this.doc.url;
  }

  getBody(): BodyFacade {
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
    // The facade keeps the body it writes; reading back what a Doc already holds is not modelled.
    if (!this.doc.isBlank) throw unsupported('writing into a Doc that already has content');
    return this.body;
  }

  /**
   * The Doc as a blob of this type: only `application/pdf` here. The PDF shows the
   * Doc as last saved (what this script wrote since is not in it).
   */
  getAs(contentType: string): PdfBlobFacade {
    this.documents.calls.getAs++;
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
    if (contentType !== PDF_MIME_TYPE) throw unsupported(`converting a Doc to ${contentType}`);
    return new PdfBlobFacade(this.doc.id, this.doc.name, this.doc.saved());
  }

  saveAndClose(): void {
    if (this.closed) return;
    this.closed = true;
    const body = this.body;
    body.life.closed = true;
    const page = body.page;
    if (Object.keys(page).length > 0) {
      const current = this.doc.pageSetup;
      this.doc.setPage({ ...current, ...page });
    }
    if (body.attributes.fontFamily !== undefined || body.attributes.fontSize !== undefined) {
      const current = this.doc.defaultFont;
      const font: FontSetup = {
        family: body.attributes.fontFamily ?? current.family,
        size: body.attributes.fontSize ?? current.size,
      };
      this.doc.setFont(font);
    }
    body.children.forEach((child, index) => {
      if (child instanceof ParagraphFacade) {
        // The blank paragraph a new Doc starts with, never written: the in-memory Doc has its own.
        if (index === 0 && !child.touched && child.getText() === '') return;
        this.doc.appendParagraph(child.toSpec());
      } else if (child instanceof TableFacade) {
        this.doc.appendTable(child.toSpec());
      } else if (child.getType() === ElementType.HORIZONTAL_RULE) {
        this.doc.appendHorizontalRule();
      } else {
        this.doc.appendPageBreak();
      }
    });
    if (this.footer !== null) this.doc.setFooter(this.footer.paragraph.toSpec());
    this.doc.saveAndClose();
  }
}

/** The `DocumentApp` global. */
export interface DocumentAppFacade {
  create(name: string): DocumentFacade;
  openById(id: string): DocumentFacade;
  readonly ParagraphHeading: typeof ParagraphHeading;
  readonly HorizontalAlignment: typeof HorizontalAlignment;
  readonly ElementType: typeof ElementType;
  readonly Attribute: typeof Attribute;
}

/** `DocumentApp` over in-memory Docs. */
export function fakeDocumentApp(
  documents: () => FakeDocuments,
  realm: () => Realm = () => NODE_REALM,
): DocumentAppFacade {
  return {
    create: (name) => new DocumentFacade(documents().create(String(name)), realm(), documents()),
    openById(id) {
      const doc = documents().open(String(id));
      doc.reopen();
      return new DocumentFacade(doc, realm(), documents());
    },
    ParagraphHeading,
    HorizontalAlignment,
    ElementType,
    Attribute,
  };
}

function lookOf(attributes: Record<string, unknown>): Look {
  const look: Look = {};
  for (const [name, value] of Object.entries(attributes)) {
    switch (name) {
      case Attribute.FONT_FAMILY:
        look.fontFamily = String(value);
        break;
      case Attribute.FONT_SIZE:
        look.fontSize = Number(value);
        break;
      case Attribute.BOLD:
        look.bold = Boolean(value);
        break;
      case Attribute.ITALIC:
        look.italic = Boolean(value);
        break;
      case Attribute.UNDERLINE:
        look.underline = Boolean(value);
        break;
      case Attribute.FOREGROUND_COLOR:
        look.color = String(value);
        break;
      case Attribute.LINK_URL:
        look.link = String(value);
        break;
      default:
        throw unsupported(`attribute ${name}`);
    }
  }
  return look;
}

function sameLook(a: Look | undefined, b: Look | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

function runOf(text: string, look: Look): TextRun {
  const run: { -readonly [K in keyof TextRun]: TextRun[K] } = { text };
  if (look.bold !== undefined) run.bold = look.bold;
  if (look.italic !== undefined) run.italic = look.italic;
  if (look.underline !== undefined) run.underline = look.underline;
  if (look.color !== undefined) run.color = look.color;
  if (look.fontSize !== undefined) run.fontSize = look.fontSize;
  if (look.link !== undefined) run.link = look.link;
  return run;
}

function unsupported(what: string): Error {
  return new Error(`DocumentApp facade: ${what} is not supported by the in-memory Docs.`);
}
