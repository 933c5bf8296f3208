/**
 * Print-ready forms in Chromium: a synthetic Doc rendered by the preview's
 * `docHtml` and printed to PDF as the preview prints a Doc's PDF (`PdfPrinter`,
 * `chromium --print-to-pdf`), checked page by page with `pdftotext -f N -l N`:
 * the pinned header row on every page the table runs onto, no row split across
 * pages, a keepWithNext signature block (which splits without it) on one page,
 * and the footer on every page.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { FakeDocuments, FakeDrive } from '../../emulator/documents';
import { docHtml } from '../../preview/server/doc-html';
import { PdfPrinter } from '../../preview/server/drive-pages';
import { A4, cm, type DocWriter } from '../../src/server/services/documents';
import { chromiumPath, launchChromium } from './browser';

const ROWS = 60;
const SIGNATURE = [
  'SIGN-1 ลงชื่อ',
  'SIGN-2 (นายสมชาย ใจดี)',
  'SIGN-3 ผู้อำนวยการ',
  'SIGN-4 วันที่',
  'SIGN-5 ตราประทับ',
];
const FOOTER = 'FOOTER-TEXT แบบรายงานผล';

let folder: string;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kpi-print-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The form: a long table with a pinned header and whole rows, `filler` paragraphs, then the signature block. */
function form(filler: number, keep: boolean): string {
  const docs = new FakeDocuments(new FakeDrive());
  const doc = docs.create('form');
  const writer: DocWriter = doc;
  writer.setPage({
    width: A4.width,
    height: A4.height,
    marginTop: cm(2),
    marginBottom: cm(2),
    marginLeft: cm(2),
    marginRight: cm(2),
  });
  writer.setFont({ family: 'Sarabun', size: 14 });
  writer.appendParagraph({ text: 'แบบรายงานผล', heading: 'title', fontSize: 20 });
  writer.appendTable({
    rows: [
      [
        { text: 'HEADER-NO', bold: true },
        { text: 'HEADER-TEXT', bold: true },
      ],
      ...Array.from({ length: ROWS }, (_, index) => [
        { text: `${index + 1}` },
        { text: `ROW${index + 1}-A บรรทัดแรก\nROW${index + 1}-B บรรทัดที่สอง` },
      ]),
    ],
    columnWidths: [cm(3), cm(14)],
    headerRows: 1,
    keepRowsWhole: true,
  });
  for (let index = 0; index < filler; index++) writer.appendParagraph({ text: `FILL-${index + 1}` });
  SIGNATURE.forEach((text, index) => {
    writer.appendParagraph({ text, align: 'center', keepWithNext: keep && index < SIGNATURE.length - 1 });
  });
  writer.setFooter({ text: FOOTER, align: 'center', fontSize: 10 });
  doc.saveAndClose();
  return docHtml('form', doc.saved());
}

/** The text of each page of a PDF. */
function pages(pdf: Buffer, name: string): string[] {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: count }, (_, index) =>
    execFileSync('pdftotext', ['-layout', '-f', `${index + 1}`, '-l', `${index + 1}`, file, '-'], {
      encoding: 'utf8',
    }),
  );
}

const pageOf = (texts: readonly string[], marker: string): number[] =>
  texts.flatMap((text, index) => (new RegExp(`${marker}(?![0-9])`).test(text) ? [index + 1] : []));

async function printQuick(html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

describe('a Doc printed by the preview', () => {
  it('repeats the header, keeps rows and the signature whole, and prints the footer on every page', async () => {
    // The filler that makes the signature block split over a page break without keepWithNext.
    let filler = -1;
    for (let candidate = 0; candidate < 30 && filler < 0; candidate++) {
      const texts = pages(await printQuick(form(candidate, false)), `control-${candidate}`);
      const signPages = new Set(SIGNATURE.flatMap((line) => pageOf(texts, line.split(' ')[0] as string)));
      if (signPages.size > 1) filler = candidate;
    }
    expect(filler).toBeGreaterThanOrEqual(0);

    const file = join(folder, 'form.html');
    writeFileSync(file, form(filler, true));
    const printer = new PdfPrinter(chromiumPath());
    const pdf = await printer.print('form', pathToFileURL(file).href);
    const texts = pages(pdf, 'form');

    expect(texts.length).toBeGreaterThanOrEqual(3);
    const tablePages = new Set(
      Array.from({ length: ROWS }, (_, index) => pageOf(texts, `ROW${index + 1}-A`)).flat(),
    );
    expect(tablePages.size).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) expect(texts[page - 1]).toContain('HEADER-TEXT');
    for (let row = 1; row <= ROWS; row++) {
      const first = pageOf(texts, `ROW${row}-A`);
      expect({ row, pages: first }).toEqual({ row, pages: pageOf(texts, `ROW${row}-B`) });
      expect(first).toHaveLength(1);
    }
    const signPages = new Set(SIGNATURE.flatMap((line) => pageOf(texts, line.split(' ')[0] as string)));
    expect(signPages.size).toBe(1);
    texts.forEach((text, index) => {
      expect({ page: index + 1, footer: text.includes('FOOTER-TEXT') }).toEqual({
        page: index + 1,
        footer: true,
      });
    });

    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      join(folder, 'form.pdf'),
      join(tmpdir(), 'kpi-print-page'),
    ]);
  });
});
