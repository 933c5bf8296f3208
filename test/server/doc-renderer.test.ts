/**
 * The report forms as Google Docs, rendered through the real Docs adapter on the
 * emulator's `DocumentApp`, then read back from the emulator's Doc.
 */

import type { CellState, FakeDoc, ParagraphState, RunState, TableState } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import {
  DOC_REPORT,
  INDICATOR_DESCRIPTION,
  INDICATOR_NAME,
  indicatorCondition,
  MILESTONE_TEXT,
  REPORT,
  WARNING_PREFIX,
} from '../../src/core/messages';
import type { DivisionReport, SummaryReport } from '../../src/core/report-model';
import {
  REPORT_COLORS,
  REPORT_FONT,
  REPORT_PAGE,
  renderDivisionDoc,
  renderSummaryDoc,
  SUMMARY_PAGE,
  SUMMARY_TEXT_WIDTH,
  TEXT_WIDTH,
} from '../../src/server/reports/doc-renderer';
import { appsScriptDocuments } from '../../src/server/services/apps-script-documents';
import { appsScriptDrive } from '../../src/server/services/apps-script-drive';
import { A4, type DocumentDraft } from '../../src/server/services/documents';

let emulator: InstalledEmulator;

beforeEach(() => {
  emulator = installEmulator();
});

afterEach(() => {
  emulator.uninstall();
});

const REPORTER = 'ผู้รายงาน';
const COLLECTOR = 'ผู้จัดเก็บข้อมูล';
const SUPERVISOR = 'ผู้กำกับดูแลตัวชี้วัด';
const EVIDENCE_80 = 'https://drive.google.com/file/d/1AbCprogress80/view';
const EVIDENCE_100 = 'https://drive.google.com/file/d/1AbCprogress100/view';
const EVIDENCE_MANUAL = 'https://docs.google.com/document/d/1AbCmanual/edit';

/** กองคลัง in round 2 of 2566: levels 1–2 done, half of level 3, sent 3 days late. */
const DIVISION: DivisionReport = {
  kind: 'division',
  title: [
    'แบบรายงานผลการดำเนินงานตามตัวชี้วัด',
    'ตัวชี้วัดของผู้อำนวยการสำนัก/กอง หรือเทียบเท่า (ด้านการปรับปรุงกระบวนการ)',
    'ประจำปีงบประมาณ พ.ศ. 2566',
  ],
  indicatorName: INDICATOR_NAME,
  weight: 'ร้อยละ 5',
  fiscalYear: 2566,
  round: 2,
  roundLabel: 'รอบ 2/2566 (1 เมษายน 2566 – 30 กันยายน 2566)',
  division: 'กองคลัง',
  head: 'นางสาวสมศรี ใจดี',
  description: INDICATOR_DESCRIPTION,
  condition: indicatorCondition('0.10'),
  exempt: false,
  notAssessed: '',
  levels: [
    {
      level: 1,
      label: '1',
      reached: true,
      milestones: [
        {
          text: MILESTONE_TEXT.progress80.official,
          met: true,
          points: '',
          evidence: EVIDENCE_80,
          evidenceName: 'ไฟล์ใน Google Drive',
        },
      ],
    },
    {
      level: 2,
      label: '2',
      reached: true,
      milestones: [
        {
          text: MILESTONE_TEXT.progress100.official,
          met: true,
          points: '',
          evidence: EVIDENCE_100,
          evidenceName: 'ไฟล์ใน Google Drive',
        },
      ],
    },
    {
      level: 3,
      label: '3',
      reached: false,
      milestones: [
        {
          text: MILESTONE_TEXT.workflowManualDone.official,
          met: true,
          points: '0.5 คะแนน',
          evidence: EVIDENCE_MANUAL,
          evidenceName: 'Google เอกสาร',
        },
        {
          text: MILESTONE_TEXT.trainingDone.official,
          met: false,
          points: '0.5 คะแนน',
          evidence: '',
          evidenceName: '',
        },
      ],
    },
    {
      level: 4,
      label: '4',
      reached: false,
      milestones: [
        { text: MILESTONE_TEXT.forumDone.official, met: false, points: '', evidence: '', evidenceName: '' },
      ],
    },
    {
      level: 5,
      label: '5',
      reached: false,
      milestones: [
        { text: MILESTONE_TEXT.reportSent.official, met: false, points: '', evidence: '', evidenceName: '' },
      ],
    },
  ],
  figures: [
    { label: 'ระดับคะแนนที่ได้', value: '2.5' },
    { label: 'จำนวนวันที่ล่าช้า', value: '3 วัน' },
    { label: 'คะแนนที่ถูกหัก (วันละ 0.10 คะแนน)', value: '0.30' },
    { label: 'คะแนนสุทธิ', value: '2.20' },
    { label: 'คะแนนถ่วงน้ำหนัก (ร้อยละ 5)', value: '0.1100' },
  ],
  due: '9 ตุลาคม 2566',
  submitted: '12 ตุลาคม 2566',
  narrative: [
    {
      label: 'ผลการดำเนินงาน',
      value: 'ลดขั้นตอนการเบิกจ่ายจาก 7 ขั้นตอนเหลือ 4 ขั้นตอน\nลดเวลาเฉลี่ยจาก 10 วันเหลือ 5 วัน',
    },
    { label: 'ปัญหา/อุปสรรค', value: 'ผู้ปฏิบัติงานบางส่วนยังไม่ได้รับการอบรม' },
    { label: 'ข้อเสนอแนะ', value: '' },
  ],
  dataProblems: [],
  contacts: [
    { role: REPORTER, name: 'นายสุรชัย บัญชีดี', phone: '0-2653-4444 ต่อ 2201' },
    { role: COLLECTOR, name: 'นายฉัตรพน ไพพินิจ', phone: '0-2653-4444 ต่อ 1512-1513' },
    { role: SUPERVISOR, name: 'นายสมเกียรติ กรอบแก้ว', phone: '0-2653-4444 ต่อ 1511' },
  ],
  reportDate: '25 ธันวาคม 2566',
  signatures: [
    { role: REPORTER, name: 'นายสุรชัย บัญชีดี' },
    { role: 'ผู้อำนวยการกองคลัง', name: 'นางสาวสมศรี ใจดี' },
    { role: COLLECTOR, name: 'นายฉัตรพน ไพพินิจ' },
    { role: SUPERVISOR, name: '' },
  ],
  footer: 'ระดับความสำเร็จของการปรับปรุงกระบวนการ · กองคลัง · รอบ 2/2566',
  fileName: 'รายงานผล_กองคลัง_รอบ2_2566',
};

const SUMMARY: SummaryReport = {
  kind: 'summary',
  title: [
    'รายงานสรุปผลการดำเนินงานตามตัวชี้วัด',
    'ตัวชี้วัด ระดับความสำเร็จของการปรับปรุงกระบวนการ',
    'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑',
  ],
  indicatorName: INDICATOR_NAME,
  fiscalYear: 2566,
  round: 1,
  roundLabel: 'รอบ ๑/๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)',
  rows: [
    {
      number: '๑',
      division: 'กองคลัง',
      submitted: '๙ ต.ค. ๒๕๖๖',
      level: '๕',
      daysLate: '๐',
      penalty: '๐.๐๐',
      score: '๕.๐๐',
      weighted: '๐.๒๕๐๐',
      remarks: '',
      levelValue: 5,
    },
    {
      number: '๒',
      division: 'กองการเจ้าหน้าที่',
      submitted: '๑๒ ต.ค. ๒๕๖๖',
      level: '๓',
      daysLate: '๒',
      penalty: '๐.๒๐',
      score: '๒.๘๐',
      weighted: '๐.๑๔๐๐',
      remarks: '',
      levelValue: 3,
    },
    {
      number: '๓',
      division: 'สำนักงานเลขานุการกรม',
      submitted: '–',
      level: '–',
      daysLate: '–',
      penalty: '–',
      score: '–',
      weighted: '–',
      remarks: 'ข้อมูลไม่ครบ/ต้องแก้ไข',
      levelValue: null,
    },
  ],
  countsByLevel: [
    { level: '๐', count: 0, countText: '๐' },
    { level: '๓', count: 1, countText: '๑' },
    { level: '๕', count: 1, countText: '๑' },
    { level: '–', count: 1, countText: '๑' },
  ],
  totals: [
    { label: 'จำนวนหน่วยงานทั้งหมด', value: '๓ หน่วยงาน' },
    { label: 'ส่งรายงานล่าช้า', value: '๑ หน่วยงาน' },
    { label: 'ยังไม่ส่งรายงาน', value: '๐ หน่วยงาน' },
    { label: 'มีข้อมูลที่ต้องตรวจสอบ', value: '๑ หน่วยงาน' },
    { label: 'คะแนนสุทธิเฉลี่ย', value: '๓.๙๐ (เฉลี่ยจาก ๒ หน่วยงานที่คำนวณได้ ไม่รวม ๑ หน่วยงานที่ข้อมูลต้องแก้ไข)' },
  ],
  contacts: [
    { role: COLLECTOR, name: 'นายฉัตรพน ไพพินิจ', phone: '๐-๒๖๕๓-๔๔๔๔ ต่อ ๑๕๑๒-๑๕๑๓' },
    { role: SUPERVISOR, name: 'นายสมเกียรติ กรอบแก้ว', phone: '๐-๒๖๕๓-๔๔๔๔ ต่อ ๑๕๑๑' },
  ],
  reportDate: '๒๕ ธันวาคม ๒๕๖๖',
  signatures: [
    { role: COLLECTOR, name: 'นายฉัตรพน ไพพินิจ' },
    { role: SUPERVISOR, name: 'นายสมเกียรติ กรอบแก้ว' },
  ],
  footer: 'รายงานสรุปผลการดำเนินงานตามตัวชี้วัด · รอบ ๑/๒๕๖๖',
  fileName: 'รายงานสรุปผล_รอบ1_2566',
};

/** A new Doc of the add-on, opened through the adapter. */
function openDraft(name: string): { draft: DocumentDraft; folderId: string } {
  const drive = appsScriptDrive();
  const folder = drive.createFolder('รายงานผล KPI 2566');
  return { draft: appsScriptDocuments().open(drive.createDocument(name, folder.id).id), folderId: folder.id };
}

/** The report rendered, saved and closed: the Doc as Docs then holds it. */
function render(report: DivisionReport | SummaryReport): FakeDoc {
  const { draft } = openDraft(report.fileName);
  if (report.kind === 'division') renderDivisionDoc(report, draft);
  else renderSummaryDoc(report, draft);
  draft.saveAndClose();
  return emulator.drive.document(draft.id);
}

const paragraphText = (element: { kind: string; text?: string }) =>
  element.kind === 'paragraph' ? element.text : `[${element.kind}]`;
const cellTexts = (table: TableState | undefined) => table?.rows.map((row) => row.map((cell) => cell.text));
const runsOfCell = (cell: CellState | undefined): readonly RunState[] => cell?.runs ?? [];
const allRuns = (doc: FakeDoc): RunState[] =>
  doc.elements.flatMap((element) => {
    if (element.kind === 'paragraph') return [...element.runs];
    if (element.kind === 'table') return element.rows.flatMap((row) => row.flatMap((cell) => [...cell.runs]));
    return [];
  });

describe('a division’s report form as a Google Doc', () => {
  it('is A4 with margins 3 cm left, 2 cm right, 2.5 cm top and bottom, in points', () => {
    const page = render(DIVISION).pageSetup;
    expect(page.width).toBeCloseTo(595.276, 3);
    expect(page.height).toBeCloseTo(841.89, 3);
    expect(page.marginLeft).toBeCloseTo(85.04, 2);
    expect(page.marginRight).toBeCloseTo(56.69, 2);
    expect(page.marginTop).toBeCloseTo(70.87, 2);
    expect(page.marginBottom).toBeCloseTo(70.87, 2);
    expect(page).toEqual(REPORT_PAGE);
  });

  it('is set in Sarabun throughout: the document font and every stretch of text', () => {
    const doc = render(DIVISION);
    expect(doc.defaultFont).toEqual({ family: 'Sarabun', size: REPORT_FONT.size });
    const runs = allRuns(doc);
    expect(runs.length).toBeGreaterThan(50);
    expect(new Set(runs.map((run) => run.fontFamily))).toEqual(new Set(['Sarabun']));
  });

  it('lays every part of the model out in order', () => {
    const doc = render(DIVISION);
    expect(doc.elements.map(paragraphText)).toEqual([
      'แบบรายงานผลการดำเนินงานตามตัวชี้วัด',
      'ตัวชี้วัดของผู้อำนวยการสำนัก/กอง หรือเทียบเท่า (ด้านการปรับปรุงกระบวนการ)',
      'ประจำปีงบประมาณ พ.ศ. 2566',
      `${REPORT.label.indicator} ${INDICATOR_NAME}`,
      `${REPORT.label.weight} ร้อยละ 5`,
      `${REPORT.label.description} ${INDICATOR_DESCRIPTION}`,
      `${REPORT.label.condition} ${indicatorCondition('0.10')}`,
      `${REPORT.label.round} รอบ 2/2566 (1 เมษายน 2566 – 30 กันยายน 2566)`,
      `${REPORT.label.division} กองคลัง    ${REPORT.label.head} นางสาวสมศรี ใจดี`,
      REPORT.label.levelsHeading,
      '[table]',
      DOC_REPORT.legend(REPORT.label.met, REPORT.label.notMet),
      REPORT.label.scoreHeading,
      `${REPORT.label.due} 9 ตุลาคม 2566    ${REPORT.label.submitted} 12 ตุลาคม 2566`,
      '[table]',
      REPORT.label.narrativeHeading,
      'ผลการดำเนินงาน ลดขั้นตอนการเบิกจ่ายจาก 7 ขั้นตอนเหลือ 4 ขั้นตอน',
      'ลดเวลาเฉลี่ยจาก 10 วันเหลือ 5 วัน',
      'ปัญหา/อุปสรรค ผู้ปฏิบัติงานบางส่วนยังไม่ได้รับการอบรม',
      'ข้อเสนอแนะ –',
      `${REPORT.label.reportDate} 25 ธันวาคม 2566`,
      'ลงชื่อ ..................................................',
      '(นายสุรชัย บัญชีดี)',
      `${REPORTER}  โทรศัพท์ 0-2653-4444 ต่อ 2201`,
      'ลงชื่อ ..................................................',
      '(นางสาวสมศรี ใจดี)',
      'ผู้อำนวยการกองคลัง',
      'ลงชื่อ ..................................................',
      '(นายฉัตรพน ไพพินิจ)',
      `${COLLECTOR}  โทรศัพท์ 0-2653-4444 ต่อ 1512-1513`,
      'ลงชื่อ ..................................................',
      '(..................................................)',
      `${SUPERVISOR}  โทรศัพท์ 0-2653-4444 ต่อ 1511`,
    ]);
  });

  it('has the title at 18 pt and names indicator, division and round in the footer of every page', () => {
    const doc = render(DIVISION);
    expect(doc.paragraphs()[0]?.runs.map((run) => run.fontSize)).toEqual([18]);
    expect(doc.content().footer?.text).toBe('ระดับความสำเร็จของการปรับปรุงกระบวนการ · กองคลัง · รอบ 2/2566');
  });

  it('keeps the report date and every signature line on one page: one keep-with-next chain', () => {
    const paragraphs = render(DIVISION).paragraphs();
    const date = paragraphs.findIndex((paragraph) => paragraph.text.startsWith(REPORT.label.reportDate));
    const block = paragraphs.slice(date);
    expect(block).toHaveLength(13);
    expect(block.map((paragraph) => paragraph.keepWithNext)).toEqual([...Array(12).fill(true), false]);
    expect(block.every((paragraph) => paragraph.keepLinesTogether)).toBe(true);
  });

  it('keeps headings with what follows, except one above a table that may run over a page', () => {
    const elements = render(DIVISION).elements;
    const headings = elements.filter(
      (element): element is ParagraphState => element.kind === 'paragraph' && element.heading === 'heading1',
    );
    expect(headings.map((heading) => [heading.text, heading.keepWithNext])).toEqual([
      [REPORT.label.levelsHeading, false],
      [REPORT.label.scoreHeading, true],
      [REPORT.label.narrativeHeading, true],
    ]);
  });

  it('no table row splits across pages; the level table’s header row repeats on every page', () => {
    const tables = render(DIVISION).tables();
    for (const table of tables) expect(table.preventOverflow.every(Boolean)).toBe(true);
    expect(tables.map((table) => table.pinnedHeaderRows)).toEqual([1, 1]);
  });

  it('an exempt division’s form says it is not assessed this round instead of figures', () => {
    const exempt: DivisionReport = {
      ...DIVISION,
      exempt: true,
      figures: [],
      notAssessed: REPORT.notAssessedNote,
    };
    const doc = render(exempt);
    expect(doc.tables()).toHaveLength(1);
    expect(doc.text()).toContain(`${REPORT.notAssessed} ${REPORT.notAssessedNote}`);
    expect(doc.text()).not.toContain('คะแนนสุทธิ');
  });

  it('the title block is centred and bold, the first line as the title, the others as subtitles', () => {
    const [title, card, year] = render(DIVISION).paragraphs();
    expect([title?.heading, card?.heading, year?.heading]).toEqual(['title', 'subtitle', 'subtitle']);
    for (const line of [title, card, year]) {
      expect(line?.align).toBe('center');
      expect(line?.runs.every((run) => run.bold)).toBe(true);
    }
  });

  it('section headings are Heading 1', () => {
    const headings = render(DIVISION)
      .paragraphs()
      .filter((paragraph) => paragraph.heading === 'heading1')
      .map((paragraph) => paragraph.text);
    expect(headings).toEqual([
      REPORT.label.levelsHeading,
      REPORT.label.scoreHeading,
      REPORT.label.narrativeHeading,
    ]);
  });

  it('labels of the information block are bold, their values are not', () => {
    const division = render(DIVISION)
      .paragraphs()
      .find((paragraph) => paragraph.text.startsWith(REPORT.label.division));
    expect(division?.runs.map((run) => [run.text, run.bold])).toEqual([
      [`${REPORT.label.division} `, true],
      ['กองคลัง', false],
      [`    ${REPORT.label.head} `, true],
      ['นางสาวสมศรี ใจดี', false],
    ]);
  });

  it('the level table has a row per milestone with ✓ or ✗ and its evidence', () => {
    const levels = render(DIVISION).tables()[0];
    expect(cellTexts(levels)).toEqual([
      [
        REPORT.label.levelColumn,
        REPORT.label.milestoneColumn,
        REPORT.label.resultColumn,
        REPORT.label.evidenceColumn,
      ],
      ['ระดับ 1', MILESTONE_TEXT.progress80.official, '✓', 'ไฟล์ใน Google Drive'],
      ['ระดับ 2', MILESTONE_TEXT.progress100.official, '✓', 'ไฟล์ใน Google Drive'],
      ['ระดับ 3', MILESTONE_TEXT.workflowManualDone.official, '✓', 'Google เอกสาร'],
      ['', MILESTONE_TEXT.trainingDone.official, '✗', ''],
      ['ระดับ 4', MILESTONE_TEXT.forumDone.official, '✗', ''],
      ['ระดับ 5', MILESTONE_TEXT.reportSent.official, '✗', ''],
    ]);
  });

  it('evidence is a link to the milestone’s own address', () => {
    const levels = render(DIVISION).tables()[0];
    const links = levels?.rows.slice(1).map((row) => runsOfCell(row[3]).map((run) => run.link));
    expect(links).toEqual([[EVIDENCE_80], [EVIDENCE_100], [EVIDENCE_MANUAL], [], [], []]);
    const link = runsOfCell(levels?.rows[1]?.[3])[0];
    expect(link).toMatchObject({ underline: true, color: REPORT_COLORS.link });
  });

  it.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(document.cookie)'],
    ['java\tscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['ดูในแฟ้มเอกสารของกอง'],
  ])('evidence %p that is not an http(s) address is printed as inert text, never a link', (evidence) => {
    const report: DivisionReport = {
      ...DIVISION,
      levels: [
        {
          level: 1,
          label: '1',
          reached: true,
          milestones: [
            {
              text: MILESTONE_TEXT.progress80.official,
              met: true,
              points: '',
              evidence,
              evidenceName: evidence,
            },
          ],
        },
      ],
    };
    const doc = render(report);
    expect(allRuns(doc).filter((run) => run.link !== null)).toEqual([]);
    const cell = doc.tables()[0]?.rows[1]?.[3];
    expect(cell?.text).toBe(evidence);
    expect(runsOfCell(cell).map((run) => [run.link, run.underline])).toEqual([[null, false]]);
  });

  it('an http(s) evidence address typed with spaces around it links to the address', () => {
    const report: DivisionReport = {
      ...DIVISION,
      levels: [
        {
          level: 1,
          label: '1',
          reached: true,
          milestones: [
            {
              text: 'ทบทวน',
              met: true,
              points: '',
              evidence: `  ${EVIDENCE_80} `,
              evidenceName: 'ไฟล์ใน Google Drive',
            },
          ],
        },
      ],
    };
    const links = allRuns(render(report)).filter((run) => run.link !== null);
    // Shown by its readable name, the address still the link's target.
    expect(links.map((run) => [run.text, run.link])).toEqual([['ไฟล์ใน Google Drive', EVIDENCE_80]]);
  });

  it('✓ is green and ✗ red; a reached level’s cell is shaded', () => {
    const levels = render(DIVISION).tables()[0];
    const rows = levels?.rows.slice(1) ?? [];
    expect(rows.map((row) => runsOfCell(row[2])[0]?.color)).toEqual([
      REPORT_COLORS.met,
      REPORT_COLORS.met,
      REPORT_COLORS.met,
      REPORT_COLORS.notMet,
      REPORT_COLORS.notMet,
      REPORT_COLORS.notMet,
    ]);
    expect(rows.map((row) => row[0]?.background)).toEqual([
      REPORT_COLORS.reachedBackground,
      REPORT_COLORS.reachedBackground,
      null,
      null,
      null,
      null,
    ]);
    expect(levels?.rows[0]?.map((cell) => cell.background)).toEqual(
      Array(4).fill(REPORT_COLORS.headerBackground),
    );
  });

  it('a level without milestones shows – and whether it was reached', () => {
    const round1: DivisionReport = {
      ...DIVISION,
      levels: [
        {
          level: 1,
          label: '1',
          reached: true,
          milestones: [{ text: 'ทบทวน', met: true, points: '', evidence: '', evidenceName: '' }],
        },
        { level: 2, label: '2', reached: true, milestones: [] },
      ],
    };
    const levels = render(round1).tables()[0];
    expect(cellTexts(levels)?.[2]).toEqual(['ระดับ 2', REPORT.label.noMilestone, '✓', '']);
  });

  it('the score table gives level, days late, penalty, net and weighted score under their labels', () => {
    const scores = render(DIVISION).tables()[1];
    expect(cellTexts(scores)).toEqual([
      ['ระดับคะแนนที่ได้', 'จำนวนวันที่ล่าช้า', 'คะแนนที่ถูกหัก (วันละ 0.10 คะแนน)', 'คะแนนสุทธิ', 'คะแนนถ่วงน้ำหนัก (ร้อยละ 5)'],
      ['2.5', '3 วัน', '0.30', '2.20', '0.1100'],
    ]);
  });

  it('a report not yet submitted says so', () => {
    const dates = render({ ...DIVISION, submitted: '' })
      .paragraphs()
      .find((paragraph) => paragraph.text.startsWith(REPORT.label.due));
    expect(dates?.text).toBe(
      `${REPORT.label.due} 9 ตุลาคม 2566    ${REPORT.label.submitted} ${DOC_REPORT.notSubmitted}`,
    );
  });

  it('never prints a ⚠ or the data-problems section: a form with problems is refused before it is rendered', () => {
    const text = render({ ...DIVISION, dataProblems: ['F7: ความคืบหน้าต้องอยู่ระหว่าง 0–100%: 120'] }).text();
    expect(text).not.toContain(REPORT.label.dataProblems);
    expect(text).not.toContain(WARNING_PREFIX);
    expect(text).not.toContain('F7');
  });

  it('the signatures are of the reporter, the division’s director, the collector and the supervisor, in the right part of the page', () => {
    const paragraphs = render(DIVISION).paragraphs();
    const date = paragraphs.find((paragraph) => paragraph.text.startsWith(REPORT.label.reportDate));
    expect(date?.align).toBe('right');
    const signatureBlock = paragraphs.slice(paragraphs.indexOf(date as ParagraphState) + 1);
    expect(signatureBlock).toHaveLength(12);
    for (const line of signatureBlock) {
      expect(line.align).toBe('center');
      expect(line.indentStart).toBeCloseTo(Math.round(TEXT_WIDTH * 0.4), 6);
    }
  });

  it('every table fits between the margins', () => {
    for (const table of render(DIVISION).tables()) {
      const total = table.columnWidths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
      expect(table.columnWidths.every((width) => width !== null && width > 0)).toBe(true);
      expect(total).toBeCloseTo(REPORT_PAGE.width - REPORT_PAGE.marginLeft - REPORT_PAGE.marginRight, 6);
    }
  });

  it('the PDF made after saving holds the whole form', () => {
    const { draft, folderId } = openDraft(DIVISION.fileName);
    renderDivisionDoc(DIVISION, draft);
    draft.saveAndClose();
    const pdf = appsScriptDrive().createPdf(draft.id, DIVISION.fileName, folderId);
    expect(pdf.name).toBe('รายงานผล_กองคลัง_รอบ2_2566.pdf');
    const doc = emulator.drive.document(draft.id);
    expect(doc.content().body.length).toBeGreaterThan(20);
    expect(emulator.drive.fileInfo(pdf.id).pdf?.content).toEqual(doc.content());
  });

  it('writes the page and the font once, two tables, and calls nothing of Drive', () => {
    const { draft } = openDraft(DIVISION.fileName);
    emulator.serviceCalls.reset();
    renderDivisionDoc(DIVISION, draft);
    const calls = emulator.serviceCalls.snapshot();
    const count = (suffix: string) =>
      Object.entries(calls)
        .filter(([key]) => key.endsWith(suffix))
        .reduce((sum, [, n]) => sum + n, 0);
    expect([count('.setPageWidth'), count('.setMarginLeft'), count('Body.setAttributes')]).toEqual([1, 1, 1]);
    expect(count('.appendTable')).toBe(2);
    expect(count('.saveAndClose')).toBe(0);
    expect(Object.keys(calls).filter((key) => key.startsWith('Drive'))).toEqual([]);
  });
});

describe('a round’s summary as a Google Doc', () => {
  it('is A4 landscape in Sarabun, with the form’s margins', () => {
    const doc = render(SUMMARY);
    expect(doc.pageSetup).toEqual({ ...REPORT_PAGE, width: A4.height, height: A4.width });
    expect(SUMMARY_PAGE).toEqual(doc.pageSetup);
    expect(new Set(allRuns(doc).map((run) => run.fontFamily))).toEqual(new Set(['Sarabun']));
  });

  it('lays every part of the summary out in order', () => {
    expect(render(SUMMARY).elements.map(paragraphText)).toEqual([
      'รายงานสรุปผลการดำเนินงานตามตัวชี้วัด',
      'ตัวชี้วัด ระดับความสำเร็จของการปรับปรุงกระบวนการ',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑',
      `${REPORT.label.indicator} ${INDICATOR_NAME}`,
      `${REPORT.label.round} รอบ ๑/๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)`,
      REPORT.label.summaryTableHeading,
      '[table]',
      REPORT.label.totalsHeading,
      '[table]',
      REPORT.label.countsHeading,
      '[table]',
      `${REPORT.label.reportDate} ๒๕ ธันวาคม ๒๕๖๖`,
      'ลงชื่อ ..................................................',
      '(นายฉัตรพน ไพพินิจ)',
      `${COLLECTOR}  ${REPORT.label.phone} ๐-๒๖๕๓-๔๔๔๔ ต่อ ๑๕๑๒-๑๕๑๓`,
      'ลงชื่อ ..................................................',
      '(นายสมเกียรติ กรอบแก้ว)',
      `${SUPERVISOR}  ${REPORT.label.phone} ๐-๒๖๕๓-๔๔๔๔ ต่อ ๑๕๑๑`,
    ]);
  });

  it('the table has a line per division with its figures and remarks as written, its header on every page', () => {
    const table = render(SUMMARY).tables()[0];
    expect(cellTexts(table)).toEqual([
      [
        REPORT.label.number,
        REPORT.label.division,
        REPORT.label.submittedColumn,
        REPORT.label.daysLateColumn,
        REPORT.label.penaltyColumn,
        REPORT.label.levelReachedColumn,
        REPORT.label.netColumn,
        REPORT.label.weightedColumn,
        REPORT.label.remarksColumn,
      ],
      ['๑', 'กองคลัง', '๙ ต.ค. ๒๕๖๖', '๐', '๐.๐๐', '๕', '๕.๐๐', '๐.๒๕๐๐', ''],
      ['๒', 'กองการเจ้าหน้าที่', '๑๒ ต.ค. ๒๕๖๖', '๒', '๐.๒๐', '๓', '๒.๘๐', '๐.๑๔๐๐', ''],
      ['๓', 'สำนักงานเลขานุการกรม', '–', '–', '–', '–', '–', '–', 'ข้อมูลไม่ครบ/ต้องแก้ไข'],
    ]);
    expect(table?.pinnedHeaderRows).toBe(1);
    expect(table?.preventOverflow.every(Boolean)).toBe(true);
  });

  it('each header fits its column: at least its longest word in Sarabun 10 pt bold and the cell’s padding', () => {
    // Widths of the header words in Sarabun 10 pt bold, measured in Chromium (the preview's PDF).
    const longestWord: Record<string, number> = {
      ที่: 7,
      หน่วยงาน: 41,
      วันที่ส่ง: 30,
      วันที่ล่าช้า: 23,
      คะแนนที่ถูกหัก: 31,
      ระดับที่ได้: 23,
      คะแนนสุทธิ: 31,
      คะแนนถ่วงน้ำหนัก: 47,
      หมายเหตุ: 40,
    };
    const table = render(SUMMARY).tables()[0];
    table?.rows[0]?.forEach((cell, index) => {
      const width = table.columnWidths[index] ?? 0;
      expect([cell.text, width - 10 >= (longestWord[cell.text] ?? Number.POSITIVE_INFINITY)]).toEqual([
        cell.text,
        true,
      ]);
    });
  });

  it('keeps the report date and the signatures together', () => {
    const paragraphs = render(SUMMARY).paragraphs();
    const date = paragraphs.findIndex((paragraph) => paragraph.text.startsWith(REPORT.label.reportDate));
    expect(paragraphs.slice(date).map((paragraph) => paragraph.keepWithNext)).toEqual([
      ...Array(6).fill(true),
      false,
    ]);
    expect(render(SUMMARY).content().footer?.text).toBe('รายงานสรุปผลการดำเนินงานตามตัวชี้วัด · รอบ ๑/๒๕๖๖');
  });

  it('the totals follow, as written', () => {
    expect(cellTexts(render(SUMMARY).tables()[1])).toEqual(
      SUMMARY.totals.map((figure) => [figure.label, figure.value]),
    );
  });

  it('the counts per level come with a bar of one block per division', () => {
    const counts = render(SUMMARY).tables()[2];
    expect(cellTexts(counts)).toEqual([
      [REPORT.label.levelColumn, REPORT.label.countColumn, DOC_REPORT.chartColumn],
      ['ระดับ ๐', '๐', ''],
      ['ระดับ ๓', '๑', '█'],
      ['ระดับ ๕', '๑', '█'],
      ['ระดับ –', '๑', '█'],
    ]);
    const bar = runsOfCell(counts?.rows[2]?.[2])[0];
    expect(bar?.color).toBe(REPORT_COLORS.bar);
  });

  it('bars are as long as the counts, so they compare', () => {
    const report: SummaryReport = {
      ...SUMMARY,
      countsByLevel: [
        { level: '3', count: 2, countText: '2' },
        { level: '5', count: 7, countText: '7' },
      ],
    };
    const bars = render(report)
      .tables()[2]
      ?.rows.slice(1)
      .map((row) => row[2]?.text.length);
    expect(bars).toEqual([2, 7]);
  });

  it('a round without divisions says so instead of an empty table', () => {
    const doc = render({ ...SUMMARY, rows: [] });
    expect(doc.text()).toContain(REPORT.label.noDivisions);
    expect(doc.tables()).toHaveLength(2);
  });

  it('every table fits between the margins', () => {
    for (const table of render(SUMMARY).tables()) {
      const total = table.columnWidths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
      expect(total).toBeCloseTo(SUMMARY_TEXT_WIDTH, 6);
    }
  });
});
