/**
 * The preview's Drive: a generated Doc shown as a page, its PDF printed by
 * headless Chromium (`--print-to-pdf`) from that page, a folder as a list. When
 * there is no Chromium the PDF's page says how to install it.
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDrive, FileState } from '../../emulator/documents';
import { GOOGLE_DOC_MIME_TYPE, PDF_MIME_TYPE } from '../../src/server/services/documents';
import { docHtml, escapeHtml } from './doc-html';

/** What the Drive route answers. */
export type DriveAnswer =
  | { readonly kind: 'html'; readonly status: number; readonly html: string }
  | { readonly kind: 'pdf'; readonly bytes: Buffer; readonly name: string };

/** What to install for PDFs. */
export const PDF_INSTALL_HINT = 'apt-get install chromium fonts-thai-tlwg';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
  '--virtual-time-budget=10000',
];

/** Prints PDFs with Chromium, remembering each file's. */
export class PdfPrinter {
  private readonly made = new Map<string, Buffer>();

  constructor(private readonly chrome: string | undefined) {}

  get available(): boolean {
    return this.chrome !== undefined;
  }

  /** The PDF of the page at `url`, made once per key. */
  async print(key: string, url: string): Promise<Buffer> {
    const known = this.made.get(key);
    if (known !== undefined) return known;
    if (this.chrome === undefined) throw new Error(`no Chromium: ${PDF_INSTALL_HINT}`);
    const folder = mkdtempSync(join(tmpdir(), 'kpi-pdf-'));
    const file = join(folder, 'out.pdf');
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          this.chrome as string,
          [...FLAGS, `--user-data-dir=${join(folder, 'profile')}`, `--print-to-pdf=${file}`, url],
          { timeout: 60_000 },
          (error) => (error ? reject(error) : resolve()),
        );
      });
      const bytes = readFileSync(file);
      this.made.set(key, bytes);
      return bytes;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** The answer for `/drive/<id>` (or `/drive/<id>/print`, the page a PDF is printed from). */
export async function driveAnswer(
  drive: FakeDrive,
  id: string,
  print: boolean,
  origin: string,
  printer: PdfPrinter,
): Promise<DriveAnswer> {
  let file: FileState | undefined;
  try {
    file = drive.fileInfo(id);
  } catch {
    file = undefined;
  }
  if (file === undefined) return folderAnswer(drive, id);
  if (file.mimeType === GOOGLE_DOC_MIME_TYPE && file.document !== undefined) {
    const pdfs = drive
      .filesIn(file.parentIds[0] ?? '', { includeTrashed: false })
      .filter((other) => other.pdf?.fromDocId === file?.id);
    const links = pdfs
      .map((pdf) => `<a href="/drive/${escapeHtml(pdf.id)}">${escapeHtml(pdf.name)}</a>`)
      .join(', ');
    const banner = `Google เอกสารในไดรฟ์จำลองของตัวอย่าง: <strong>${escapeHtml(file.name)}</strong>${
      file.trashed ? ' (อยู่ในถังขยะ)' : ''
    }${links === '' ? '' : ` · PDF: ${links}`}`;
    return { kind: 'html', status: 200, html: docHtml(file.name, file.document.saved, { banner }) };
  }
  if (file.mimeType === PDF_MIME_TYPE && file.pdf !== undefined) {
    if (print) return { kind: 'html', status: 200, html: docHtml(file.name, file.pdf.content) };
    if (!printer.available) {
      return {
        kind: 'html',
        status: 200,
        html: message(
          file.name,
          `ทำไฟล์ PDF ในเครื่องนี้ไม่ได้ เพราะไม่พบ Chromium ติดตั้งด้วยคำสั่ง <code>${PDF_INSTALL_HINT}</code> แล้วเปิดตัวอย่างใหม่ (หรือกำหนด CHROME_PATH) · <a href="/drive/${escapeHtml(file.pdf.fromDocId)}">ดูเอกสารต้นฉบับ</a>`,
        ),
      };
    }
    const bytes = await printer.print(file.id, `${origin}/drive/${encodeURIComponent(file.id)}/print`);
    return { kind: 'pdf', bytes, name: file.name };
  }
  return { kind: 'html', status: 404, html: message(file.name, 'ไฟล์ชนิดนี้เปิดในตัวอย่างไม่ได้') };
}

function folderAnswer(drive: FakeDrive, id: string): DriveAnswer {
  let files: FileState[];
  let name: string;
  try {
    name = drive.folderInfo(id).name;
    files = drive.filesIn(id);
  } catch {
    return {
      kind: 'html',
      status: 404,
      html: message('ไม่พบไฟล์', `ไม่มีไฟล์หรือโฟลเดอร์ ${escapeHtml(id)} ในไดรฟ์จำลองของตัวอย่าง`),
    };
  }
  const items = files
    .map((file) => `<li><a href="/drive/${escapeHtml(file.id)}">${escapeHtml(file.name)}</a></li>`)
    .join('');
  return { kind: 'html', status: 200, html: message(name, items === '' ? 'ยังไม่มีไฟล์' : `<ul>${items}</ul>`) };
}

function message(title: string, html: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/fonts/sarabun.css">
<style>body{font-family:'Sarabun',sans-serif;margin:32px;font-size:16px;line-height:1.6}code{background:#f1f3f4;padding:2px 6px}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>${html}</p></body></html>`;
}
