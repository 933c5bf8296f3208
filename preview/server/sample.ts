/**
 * The preview's sample: what a data collector's sheet looks like a few days
 * after round 2 of B.E. 2566 was due (the preview's "today" is 16 October 2023
 * unless PREVIEW_TODAY says otherwise). Fifteen divisions with a mix of complete,
 * partial, late, extended-due-date and not-yet-submitted rows, and two bad cells.
 *
 * Sample data lives here only: the add-on ships none. The sheet is made by the
 * add-on itself (set-up and "add division" run through dist/), then filled in as
 * a person would type: values into cells.
 */

import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import type { Round } from '../../src/core/card';
import { locateColumns } from '../../src/core/template';
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';

/** The sample's today: round 2 was due on 10 October 2023. */
export const SAMPLE_TODAY = '2023-10-16';

/** One division's cells in one round. A date is `yyyy-mm-dd` (typed as a date) or any text as typed. */
interface RoundCells {
  /** Round 1: review, plan, progress. Round 2: progress, manual, training, forum, report. */
  readonly milestones: readonly SheetValue[];
  /** Evidence links, by milestone position; absent or '' for none. */
  readonly evidence?: readonly string[];
  /** A due date of its own (an extension). */
  readonly due?: string;
  /** When the report arrived; absent when it has not. */
  readonly submitted?: SheetValue;
  readonly results?: string;
  readonly problems?: string;
  readonly suggestions?: string;
  /** Ticked "ไม่ประเมินรอบนี้": the division is not assessed this round. */
  readonly exempt?: boolean;
}

interface SampleDivision {
  readonly name: string;
  readonly head: string;
  /** Short Latin name for its evidence links. */
  readonly slug: string;
  readonly rounds: Readonly<Record<Round, RoundCells>>;
}

const Y = true;
const N = false;

/** The fifteen sample divisions. Names and people are made up. */
export const SAMPLE_DIVISIONS: readonly SampleDivision[] = [
  {
    name: 'สำนักบริหารกลาง',
    head: 'นางสาวสมศรี ใจดี',
    slug: 'central-admin',
    rounds: {
      1: {
        milestones: [Y, Y, 0.65],
        evidence: ['review.pdf', 'plan.pdf', 'progress-q2.pdf'],
        submitted: '2023-04-07',
        results: 'ลดขั้นตอนการขออนุมัติเดินทางไปราชการจาก 7 ขั้นตอนเหลือ 4 ขั้นตอน',
      },
      2: {
        milestones: [1, Y, Y, Y, Y],
        evidence: ['progress-q4.pdf', 'manual.pdf', 'training.pdf', 'forum.pdf', 'report.pdf'],
        submitted: '2023-10-09',
        results: 'ใช้ระบบขออนุมัติเดินทางออนไลน์ครบทุกกลุ่มงาน ระยะเวลาลดลงเฉลี่ย 3 วัน',
        suggestions: 'ขยายผลไปยังการเบิกค่าใช้จ่ายเดินทาง',
      },
    },
  },
  {
    name: 'กองคลัง',
    head: 'นายสมชาย รักงาน',
    slug: 'finance',
    rounds: {
      1: { milestones: [Y, Y, 0.5], evidence: ['review.pdf', 'plan.pdf', ''], submitted: '2023-04-12' },
      2: {
        milestones: [1, Y, Y, Y, N],
        evidence: ['', 'manual.pdf', 'training.pdf', 'forum.pdf'],
        submitted: '2023-10-13',
        problems: 'ผู้รับผิดชอบย้ายไปหน่วยงานอื่นระหว่างรอบ',
      },
    },
  },
  {
    name: 'กองการเจ้าหน้าที่',
    head: 'นางวิไลวรรณ ศรีสวัสดิ์',
    slug: 'personnel',
    rounds: {
      1: { milestones: [Y, N, 0.2], evidence: ['review.pdf'], submitted: '2023-04-10' },
      2: { milestones: [0.8, N, N, N, N], submitted: '2023-10-10', problems: 'งบประมาณจัดอบรมไม่เพียงพอ' },
    },
  },
  {
    name: 'กองแผนงาน',
    head: 'นายธนพล วงศ์ไทย',
    slug: 'planning',
    rounds: {
      1: { milestones: [Y, Y, 0.35], submitted: '10 เม.ย. 2566' },
      2: { milestones: [1, Y, N, N, N] },
    },
  },
  {
    name: 'กองกฎหมาย',
    head: 'นางสาวกมลชนก แก้วมณี',
    slug: 'legal',
    rounds: {
      1: { milestones: [Y, Y, 1], due: '2023-04-20', submitted: '2023-04-19' },
      2: { milestones: [1, Y, Y, Y, Y], due: '2023-10-31', results: 'จัดทำคู่มือการให้ความเห็นทางกฎหมายแล้วเสร็จ' },
    },
  },
  {
    name: 'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร',
    head: 'นายปิยะพงษ์ ทองดี',
    slug: 'ict',
    rounds: {
      1: { milestones: [Y, Y, 'เกือบครึ่ง'], submitted: '2023-04-10' },
      2: { milestones: [0.9, Y, Y, N, N], submitted: '2023-10-10' },
    },
  },
  {
    name: 'กองพัสดุ',
    head: 'นางพรทิพย์ บุญมา',
    slug: 'procurement',
    rounds: {
      1: { milestones: [Y, Y, 0.55], submitted: '2023-04-18' },
      2: { milestones: [1, Y, Y, Y, Y], submitted: '2023-10-12' },
    },
  },
  {
    name: 'กองประชาสัมพันธ์',
    head: 'นางสาวณัฐธิดา พูลสุข',
    slug: 'public-relations',
    rounds: {
      1: { milestones: [N, N, 0], submitted: '2023-04-10', problems: 'ยังไม่ได้แต่งตั้งคณะทำงาน' },
      2: { milestones: [0.5, N, N, N, N] },
    },
  },
  {
    name: 'สำนักตรวจสอบภายใน',
    head: 'นายวีระศักดิ์ จันทร์เพ็ญ',
    slug: 'internal-audit',
    rounds: {
      1: { milestones: ['ใช่', 'ใช่', 'ร้อยละ 60'], submitted: '2023-04-05' },
      2: { milestones: [1, Y, Y, Y, Y], submitted: '2023-10-06' },
    },
  },
  {
    name: 'กองพัฒนาระบบบริหาร',
    head: 'นางอรุณี สายทอง',
    slug: 'management-systems',
    rounds: {
      1: { milestones: [Y, Y, 0.8], submitted: '2023-04-10' },
      2: { milestones: [1, Y, Y, N, N], submitted: '31/9/2566' },
    },
  },
  {
    name: 'สำนักงานเลขานุการกรม',
    head: 'นายประเสริฐ มั่นคง',
    slug: 'secretariat',
    rounds: {
      1: { milestones: [Y, N, 0] },
      // Its structure changed during the year: not assessed in round 2 (no penalty, out of the averages).
      2: { milestones: [], exempt: true, problems: 'ปรับโครงสร้างหน่วยงาน ไม่ประเมินในรอบ 2' },
    },
  },
  {
    name: 'กองวิชาการและแผนงาน',
    head: 'นางสาวปวีณา รุ่งเรือง',
    slug: 'academic',
    rounds: {
      1: { milestones: [Y, Y, 0.5], submitted: '2023-04-11' },
      2: { milestones: [1, Y, Y, Y, N], submitted: '2023-10-10' },
    },
  },
  {
    name: 'กองความร่วมมือระหว่างประเทศ',
    head: 'นายอนุชา เพชรรัตน์',
    slug: 'international',
    rounds: {
      1: { milestones: [Y, Y, 0.45], submitted: '2023-04-10' },
      2: { milestones: [0.95, Y, Y, N, N], submitted: '2023-10-10' },
    },
  },
  {
    name: 'สถาบันพัฒนาบุคลากร',
    head: 'นางจันทร์เพ็ญ ศรีประเสริฐ',
    slug: 'hr-institute',
    rounds: {
      1: { milestones: [Y, Y, 0.7], submitted: '2023-04-03' },
      2: { milestones: [0.85, N, Y, N, N], submitted: '2023-10-10' },
    },
  },
  {
    name: 'กองตรวจราชการ',
    head: 'นายเกียรติศักดิ์ ทองคำ',
    slug: 'inspection',
    rounds: {
      1: { milestones: [Y, Y, 0.5], due: '2023-04-17', submitted: '2023-04-19' },
      2: { milestones: [1, N, N, N, N], due: '2023-10-20' },
    },
  },
];

/** Each sample division's reporter and phone, by its slug (the same in both rounds). Made up. */
const SAMPLE_REPORTERS: Readonly<Record<string, readonly [reporter: string, phone: string]>> = {
  'central-admin': ['นางสาวอัญชลี ทองแท้', '0 2141 5001'],
  finance: ['นายกิตติพงษ์ แสงทอง', '0 2141 5012'],
  personnel: ['นางสาวศิริพร ใจงาม', '0 2141 5023'],
  planning: ['นายณัฐวุฒิ พรมมา', '0 2141 5034'],
  legal: ['นางสาวภัทรา สุขเจริญ', '0 2141 5045'],
  ict: ['นายธีรวัฒน์ ศรีเมือง', '0 2141 5056'],
  procurement: ['นางสาววรรณา ดวงดี', '0 2141 5067'],
  'public-relations': ['นางสาวพิมพ์ลดา ทองสุข', '0 2141 5078'],
  'internal-audit': ['นายสุริยา บุญเรือง', '0 2141 5089'],
  'management-systems': ['นางสาวจิราพร แก้วใส', '0 2141 5090'],
  secretariat: ['นางสาวพิมพ์ชนก ศรีสุวรรณ', '0 2141 5101'],
  academic: ['นายวิทยา คงมั่น', '0 2141 5112'],
  international: ['นางสาวนภัสสร วงศ์ดี', '0 2141 5123'],
  'hr-institute': ['นางสาวสุภาพร มีสุข', '0 2141 5134'],
  inspection: ['นายชัยวัฒน์ ทองประเสริฐ', '0 2141 5145'],
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date serial for `yyyy-mm-dd`, other text as it is: what typing it gives. */
function typed(value: SheetValue): SheetValue {
  if (typeof value !== 'string') return value;
  const match = ISO_DAY.exec(value);
  if (!match) return value;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000 + 25_569;
}

/**
 * Fills the divisions' rows of a set-up spreadsheet in which "add division" has
 * already listed them, as a person would type into the cells.
 */
export function fillSampleRows(spreadsheet: FakeSpreadsheet): void {
  for (const sheet of spreadsheet.sheets()) {
    const match = /^รอบ ([12])\//.exec(sheet.name);
    if (!match) continue;
    const round = Number(match[1]) as Round;
    const header = sheet.peekValues(gridRange(1, 1, 1, sheet.maxColumns()))[0] ?? [];
    const columns = locateColumns(round, header);
    const column = (key: string) => {
      const number = columns.get(key);
      if (number === undefined) throw new Error(`sample: no column ${key} in ${sheet.name}`);
      return number;
    };
    const names = sheet.peekValues(gridRange(2, column('division'), sheet.maxRows() - 1, 1));
    const inputs =
      round === 1
        ? ['reviewDone', 'planDone', 'progress']
        : ['progress', 'workflowManualDone', 'trainingDone', 'forumDone', 'reportSent'];
    for (const division of SAMPLE_DIVISIONS) {
      const index = names.findIndex((line) => line[0] === division.name);
      if (index < 0) throw new Error(`sample: ${division.name} is not listed in ${sheet.name}`);
      const row = index + 2;
      const cells = division.rounds[round];
      const put = (key: string, value: SheetValue) =>
        sheet.writeValues(gridRange(row, column(key)), [[typed(value)]]);
      cells.milestones.forEach((value, position) => {
        put(inputs[position] as string, value);
      });
      cells.evidence?.forEach((file, position) => {
        if (file !== '')
          put(
            `evidence:${inputs[position]}`,
            `https://example.org/kpi/2566/${division.slug}/r${round}/${file}`,
          );
      });
      if (cells.due !== undefined) put('due', cells.due);
      if (cells.submitted !== undefined) put('submitted', cells.submitted);
      if (cells.results !== undefined) put('results', cells.results);
      if (cells.problems !== undefined) put('problems', cells.problems);
      if (cells.suggestions !== undefined) put('suggestions', cells.suggestions);
      const reporter = SAMPLE_REPORTERS[division.slug];
      if (reporter !== undefined) {
        put('reporter', reporter[0]);
        put('reporterPhone', reporter[1]);
      }
      if (cells.exempt === true) put('exempt', true);
    }
  }
}
