#!/usr/bin/env node
/**
 * `node scripts/report-screenshots.mjs`: a realistic division report and a round
 * summary (twelve divisions), built by src/core exactly as the add-on builds them
 * (src/core bundled by esbuild and run in a `vm` context, like bench/run.mjs),
 * rendered to HTML and photographed by headless Chromium into docs/images/.
 *
 * Each PNG is 900 px wide and as tall as the whole form (measured first), or
 * `--height <px>` for a fixed window. Options: `--chromium <path>` (default
 * $CHROMIUM or /usr/bin/chromium), `--keep-html` to leave the HTML files next to
 * the PNGs for a closer look.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { coreInVm } from './core-in-vm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'images');
const args = process.argv.slice(2);
const chromium = option('--chromium') ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
const keepHtml = args.includes('--keep-html');
const WIDTH = 900;
const MAX_HEIGHT = 6000;

function option(flag) {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
}

/**
 * Runs in the core's context: a round's tab and the settings as the sheet holds
 * them, read with the add-on's own readers, then the two reports as HTML.
 */
const ENTRY = `
import { createDateReader } from './src/core/cells';
import { BANGKOK_OFFSET_MINUTES, dayFromIso, fixedOffsetDayOf } from './src/core/dates';
import { buildDivisionReport, buildSummaryReport } from './src/core/report';
import { renderReportHtml } from './src/core/report-html';
import { SETTINGS, TAB, locateColumns, trackingColumns } from './src/core/template';
import { readSettings, roundStatus, trackingRows } from './src/core/tracking';

export function reports(spec) {
  const readDate = createDateReader(fixedOffsetDayOf(BANGKOK_OFFSET_MINUTES));
  const cells = new Map();
  SETTINGS.forEach((setting, index) => {
    const value = setting.key in spec.settings ? spec.settings[setting.key] : setting.initial;
    cells.set(setting.key, { row: index + 2, column: 2, value });
  });
  const settings = readSettings(cells, TAB.settings, [], TAB.holidays, readDate);
  const round = spec.round;
  const columns = trackingColumns(round);
  const header = columns.map((column) => column.header);
  const table = [header, ...spec.divisions.map((division) => columns.map((column) => division[column.key] ?? ''))];
  const rows = trackingRows(round, table, locateColumns(round, header));
  const sheetName = TAB.round(round, settings.fiscalYear);
  const today = dayFromIso(spec.today);
  const statuses = rows.map((row) => roundStatus(round, sheetName, row, { settings, readDate, today }));
  const reportDay = dayFromIso(spec.reportDay);
  const index = rows.findIndex((row) => row.division === spec.featured);
  const division = buildDivisionReport({ round, row: rows[index], status: statuses[index], settings, reportDay });
  const summary = buildSummaryReport({
    round,
    divisions: rows.map((row, i) => ({ division: row.division, status: statuses[i] })),
    settings,
    reportDay,
    sheetName,
  });
  return {
    division: { fileName: division.fileName, html: renderReportHtml(division) },
    summary: { fileName: summary.fileName, html: renderReportHtml(summary) },
  };
}
`;

const drive = (id) => `https://drive.google.com/file/d/${id}/view`;

/** Round 2/2566 as an office might have it in late December 2566. */
const SPEC = {
  round: 2,
  today: '2023-12-25',
  reportDay: '2023-12-25',
  featured: 'กองคลัง',
  settings: { countUnsubmitted: 'ไม่ใช่' },
  divisions: [
    division('สำนักงานเลขานุการกรม', 'นางสาวพิมพ์ชนก ศรีสุวรรณ', [1, true, true, true, true], '2023-10-09'),
    {
      ...division('กองคลัง', 'นางวราภรณ์ ทองประเสริฐ', ['100%', true, false, true, true], '2023-10-12'),
      'evidence:progress': drive('1pQx7Kc2bVnLr0aZtY8uWm3sE5dFgHjKl'),
      'evidence:forumDone': drive('1ZmXn2BcVqWe7RtYuIoPaS5dFgHjKlLz'),
      'evidence:reportSent': 'https://docs.google.com/document/d/1kPiRoCessRePoRtFoRm2566/edit',
      results:
        'ปรับปรุงกระบวนการเบิกจ่ายเงินค่าใช้จ่ายในการเดินทางไปราชการ โดยนำระบบรับเอกสารอิเล็กทรอนิกส์มาใช้แทนการส่งเอกสารกระดาษ ลดระยะเวลาการเบิกจ่ายจาก 15 วันทำการ เหลือ 7 วันทำการ และจัดทำคู่มือการปฏิบัติงานพร้อมผังกระบวนการเปรียบเทียบก่อนและหลังการปรับปรุง',
      problems:
        'ผู้ปฏิบัติงานบางส่วนยังไม่คุ้นเคยกับระบบใหม่ และการอบรมชี้แจงผู้ปฏิบัติงานยังดำเนินการไม่ครบทุกฝ่ายเนื่องจากติดภารกิจปิดงบประมาณสิ้นปี',
      suggestions: 'ควรจัดอบรมเชิงปฏิบัติการเพิ่มเติมในไตรมาสแรกของปีงบประมาณถัดไป',
    },
    division('กองการเจ้าหน้าที่', 'นายธนากร วงศ์สวัสดิ์', [1, true, true, true, false], '2023-10-10'),
    division('กองนโยบายและแผน', 'นายกิตติพงษ์ แก้วมณี', [1, true, true, false, false], '2023-10-13'),
    division('กองกฎหมาย', 'นางสาวอรุณี เพชรรัตน์', [0.9, true, true, true, true], '2023-10-10'),
    division('ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร', 'นายณัฐวุฒิ จันทร์เพ็ญ', [1, true, true, true, true], '2023-10-16'),
    division('กลุ่มตรวจสอบภายใน', 'นางจิราพร สุขเจริญ', [1, false, true, false, false], '2023-10-10'),
    division('กลุ่มพัฒนาระบบบริหาร', 'นางสาวสุภาวดี นาคสุข', [1, true, true, true, true], '2023-10-06'),
    division('สำนักส่งเสริมและพัฒนาการเกษตร', 'นายประเสริฐ บุญมา', [1, true, false, false, false], '2023-10-11'),
    division('สำนักวิจัยและพัฒนา', 'นายสมชาย รัตนพันธ์', [0.75, false, false, false, false], '2023-10-20'),
    division('กองประชาสัมพันธ์และเผยแพร่', 'นางสาวกนกวรรณ ศรีอ่อน', [1, true, true, true, true], ''),
    division('สำนักตรวจราชการ', 'นายวีระศักดิ์ มั่นคง', [1, true, true, true, false], '2023-10-10'),
  ],
};

function division(name, head, [progress, workflow, training, forum, report], submitted) {
  return {
    division: name,
    head,
    progress,
    workflowManualDone: workflow,
    trainingDone: training,
    forumDone: forum,
    reportSent: report,
    due: '2023-10-10',
    submitted,
  };
}

async function coreReports() {
  const context = await coreInVm(ENTRY, 'report-screenshots-core');
  // JSON across the realm boundary: plain strings out.
  return JSON.parse(vm.runInContext(`JSON.stringify(Core.reports(${JSON.stringify(SPEC)}))`, context));
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

/** Runs headless Chromium with a throw-away profile, no network, nothing kept; returns its stdout. */
function runChromium(flags, url) {
  const profile = mkdtempSync(join(tmpdir(), 'report-chromium-'));
  try {
    return execFileSync(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...flags, url], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The height of the whole document at the screenshot's width, measured on a
 * copy with a one-line script (the report itself has none).
 */
function documentHeight(html, work, name) {
  const probe = join(work, `${name}.measure.html`);
  const script = '<script>document.body.dataset.height = document.documentElement.scrollHeight;</script>';
  writeFileSync(probe, html.replace('</body>', `${script}</body>`));
  const dom = runChromium([`--window-size=${WIDTH},1300`, '--dump-dom'], pathToFileURL(probe).href);
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!Number.isFinite(height) || height <= 0) throw new Error(`could not measure ${name}`);
  return Math.min(height, MAX_HEIGHT);
}

/** Headless Chromium's screenshot of an HTML file. */
function screenshot(htmlFile, pngFile, height) {
  runChromium([`--screenshot=${pngFile}`, `--window-size=${WIDTH},${height}`], pathToFileURL(htmlFile).href);
}

async function main() {
  const reports = await coreReports();
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'report-html-'));
  try {
    for (const [name, report] of [
      ['report-division', reports.division],
      ['report-summary', reports.summary],
    ]) {
      const htmlFile = join(keepHtml ? outDir : work, `${name}.html`);
      writeFileSync(htmlFile, report.html);
      const height = Number(option(`--height`) ?? documentHeight(report.html, work, name));
      const pngFile = join(outDir, `${name}.png`);
      screenshot(htmlFile, pngFile, height);
      console.log(`${report.fileName} → ${pngFile} (${WIDTH}×${height})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`report screenshots failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
