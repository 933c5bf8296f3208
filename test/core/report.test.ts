import { BUILT_IN_CARD, type Round } from '../../src/core/card';
import { BUILT_IN_CARD_TABLE, readCardTable } from '../../src/core/card-table';
import type { CellValue } from '../../src/core/cells';
import { dayFromIso } from '../../src/core/dates';
import {
  INDICATOR_DESCRIPTION,
  INDICATOR_NAME,
  indicatorCondition,
  MILESTONE_TEXT,
  REPORT_RUN,
} from '../../src/core/messages';
import {
  buildDivisionReport,
  buildSummaryReport,
  evidenceName,
  formatPoints,
  formatScaled,
  formatWeighted,
  MAX_FILE_NAME_DIVISION,
  refusalReason,
  reportFiscalYear,
  roundLabel,
  roundPeriod,
  safeFileNamePart,
} from '../../src/core/report';
import type { DivisionReport, SummaryReport } from '../../src/core/report-model';
import { summarizeRound } from '../../src/core/tracking';
import {
  type DivisionCells,
  milestones,
  REPORT_DAY,
  readOne,
  readTab,
  settingsWith,
} from './report-fixtures';

const DEFAULTS = settingsWith();

function divisionReport(
  round: Round,
  cells: DivisionCells,
  settings = DEFAULTS,
  options: { today?: string; reportDay?: number } = {},
): DivisionReport {
  const { row, status } = readOne(round, cells, settings, options.today);
  return buildDivisionReport({ round, row, status, settings, reportDay: options.reportDay ?? REPORT_DAY });
}

const figureValues = (report: DivisionReport) => report.figures.map((figure) => figure.value);
const metByLevel = (report: DivisionReport) =>
  report.levels.map((level) => level.milestones.map((milestone) => milestone.met));

describe('buildDivisionReport: the card’s worked examples', () => {
  const cases: {
    name: string;
    round: Round;
    cells: readonly CellValue[];
    due: string;
    submitted: string;
    today?: string;
    figures: readonly string[];
    met: readonly (readonly boolean[])[];
  }[] = [
    {
      name: 'round 1, everything done on time scores 5',
      round: 1,
      cells: [true, true, 0.6],
      due: '2023-04-10',
      submitted: '2023-04-07',
      figures: ['5', '0 วัน', '0.00', '5.00', '0.2500'],
      met: [[true], [], [true], [], [true]],
    },
    {
      name: 'round 1, no plan and 3 days late: level 1, 0.30 off, 0.70',
      round: 1,
      cells: [true, false, 0.6],
      due: '2023-04-10',
      submitted: '2023-04-13',
      figures: ['1', '3 วัน', '0.30', '0.70', '0.0350'],
      met: [[true], [], [false], [], [true]],
    },
    {
      name: 'round 1, no review scores 0 whatever else is done',
      round: 1,
      cells: [false, true, 1],
      due: '2023-04-10',
      submitted: '2023-04-10',
      figures: ['0', '0 วัน', '0.00', '0.00', '0.0000'],
      met: [[false], [], [true], [], [true]],
    },
    {
      name: 'round 2, one half of level 3 and 2 days late: 2.5, 0.20 off, 2.30, 0.1150',
      round: 2,
      cells: [1, true, false, true, true],
      due: '2023-10-10',
      submitted: '2023-10-12',
      figures: ['2.5', '2 วัน', '0.20', '2.30', '0.1150'],
      met: [[true], [true], [true, false], [true], [true]],
    },
    {
      name: 'round 2, 79.9 % scores 0 even with everything else done',
      round: 2,
      cells: [0.799, true, true, true, true],
      due: '2023-10-10',
      submitted: '2023-10-10',
      figures: ['0', '0 วัน', '0.00', '0.00', '0.0000'],
      met: [[false], [false], [true, true], [true], [true]],
    },
    {
      name: 'round 2, not submitted by 30 Nov: 51 days, 5.10 off, floored at 0',
      round: 2,
      cells: [1, true, true, true, true],
      due: '2023-10-10',
      submitted: '',
      today: '2023-11-30',
      figures: ['5', '51 วัน', '5.10', '0.00', '0.0000'],
      met: [[true], [true], [true, true], [true], [true]],
    },
  ];

  it.each(cases)('$name', ({ round, cells, due, submitted, today, figures, met }) => {
    const report = divisionReport(
      round,
      { division: 'กองคลัง', ...milestones(round, cells), due, submitted },
      DEFAULTS,
      today === undefined ? {} : { today },
    );
    expect(figureValues(report)).toEqual(figures);
    expect(metByLevel(report)).toEqual(met);
    expect(report.dataProblems).toEqual([]);
  });
});

describe('buildDivisionReport: every part of the form', () => {
  const report = divisionReport(2, {
    division: 'กองคลัง',
    head: 'นางวราภรณ์ ทองประเสริฐ',
    reporter: 'นายสุรชัย บัญชีดี',
    reporterPhone: '0-2653-4444 ต่อ 2201',
    ...milestones(2, ['100%', true, false, true, true]),
    'evidence:progress': 'https://drive.google.com/file/d/plan',
    'evidence:forumDone': 'https://example.org/kpi/2566/%E0%B9%80%E0%B8%A7%E0%B8%97%E0%B8%B5.pdf?dl=1',
    due: '10/10/2566',
    submitted: '12 ต.ค. 2566',
    results: 'ลดเวลาเบิกจ่ายจาก 15 วันเหลือ 7 วัน',
    problems: 'ผู้ปฏิบัติงานยังไม่คุ้นกับระบบใหม่',
    suggestions: '',
  });

  it('is a division form', () => {
    expect(report.kind).toBe('division');
  });

  it('has the title of the card and the fiscal year', () => {
    expect(report.title).toEqual([
      'แบบรายงานผลการดำเนินงานตามตัวชี้วัด',
      'ตัวชี้วัดของผู้อำนวยการสำนัก/กอง หรือเทียบเท่า (ด้านการปรับปรุงกระบวนการ)',
      'ประจำปีงบประมาณ พ.ศ. 2566',
    ]);
  });

  it('names the indicator, its weight, the year and the round with its period in B.E.', () => {
    expect(report.indicatorName).toBe(INDICATOR_NAME);
    expect(report.weight).toBe('ร้อยละ 5');
    expect(report.fiscalYear).toBe(2566);
    expect(report.round).toBe(2);
    expect(report.roundLabel).toBe('รอบ 2/2566 (1 เมษายน 2566 – 30 กันยายน 2566)');
  });

  it('names the division and its head', () => {
    expect(report.division).toBe('กองคลัง');
    expect(report.head).toBe('นางวราภรณ์ ทองประเสริฐ');
  });

  it('lists levels 1 to 5 with the card’s official texts, met or not, with evidence', () => {
    expect(report.levels).toEqual([
      {
        level: 1,
        label: '1',
        reached: true,
        milestones: [
          {
            text: MILESTONE_TEXT.progress80.official,
            met: true,
            points: '',
            evidence: 'https://drive.google.com/file/d/plan',
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
            evidence: 'https://drive.google.com/file/d/plan',
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
            evidence: '',
            evidenceName: '',
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
          {
            text: MILESTONE_TEXT.forumDone.official,
            met: true,
            points: '',
            // The address stays the link; the name is its file, decoded, and its site.
            evidence: 'https://example.org/kpi/2566/%E0%B9%80%E0%B8%A7%E0%B8%97%E0%B8%B5.pdf?dl=1',
            evidenceName: 'เวที.pdf (example.org)',
          },
        ],
      },
      {
        level: 5,
        label: '5',
        reached: false,
        milestones: [
          { text: MILESTONE_TEXT.reportSent.official, met: true, points: '', evidence: '', evidenceName: '' },
        ],
      },
    ]);
  });

  it('gives level, days late, penalty, net and weighted score, in that order', () => {
    expect(report.figures).toEqual([
      { label: 'ระดับคะแนนที่ได้', value: '2.5' },
      { label: 'จำนวนวันที่ล่าช้า', value: '2 วัน' },
      { label: 'คะแนนที่ถูกหัก (วันละ 0.10 คะแนน)', value: '0.20' },
      { label: 'คะแนนสุทธิ', value: '2.30' },
      { label: 'คะแนนถ่วงน้ำหนัก (ร้อยละ 5)', value: '0.1150' },
    ]);
  });

  it('writes the due and submitted dates in full, in B.E., whatever way they were typed', () => {
    expect(report.due).toBe('10 ตุลาคม 2566');
    expect(report.submitted).toBe('12 ตุลาคม 2566');
  });

  it('carries the row’s results, problems and suggestions, blank ones as empty', () => {
    expect(report.narrative).toEqual([
      { label: 'ผลการดำเนินงาน', value: 'ลดเวลาเบิกจ่ายจาก 15 วันเหลือ 7 วัน' },
      { label: 'ปัญหา/อุปสรรค', value: 'ผู้ปฏิบัติงานยังไม่คุ้นกับระบบใหม่' },
      { label: 'ข้อเสนอแนะ', value: '' },
    ]);
    expect(report.dataProblems).toEqual([]);
  });

  it('names the division’s own reporter, then the data collector and the supervisor, with their phones', () => {
    expect(report.contacts).toEqual([
      { role: 'ผู้รายงาน', name: 'นายสุรชัย บัญชีดี', phone: '0-2653-4444 ต่อ 2201' },
      { role: 'ผู้จัดเก็บข้อมูล', name: 'นายฉัตรพน ไพพินิจ', phone: '0-2653-4444 ต่อ 1512-1513' },
      { role: 'ผู้กำกับดูแลตัวชี้วัด', name: 'นายสมเกียรติ กรอบแก้ว', phone: '0-2653-4444 ต่อ 1511' },
    ]);
  });

  it('is dated the report day in B.E.', () => {
    expect(report.reportDate).toBe('25 ธันวาคม 2566');
  });

  it('is signed by the reporter, the division’s director, the data collector and the supervisor, each named by role', () => {
    expect(report.signatures).toEqual([
      { role: 'ผู้รายงาน', name: 'นายสุรชัย บัญชีดี' },
      { role: 'ผู้อำนวยการกองคลัง', name: 'นางวราภรณ์ ทองประเสริฐ' },
      { role: 'ผู้จัดเก็บข้อมูล', name: 'นายฉัตรพน ไพพินิจ' },
      { role: 'ผู้กำกับดูแลตัวชี้วัด', name: 'นายสมเกียรติ กรอบแก้ว' },
    ]);
  });

  it('is filed as รายงานผล_<division>_รอบ<round>_<year>', () => {
    expect(report.fileName).toBe('รายงานผล_กองคลัง_รอบ2_2566');
  });

  it('gives the card’s description word for word and its condition with the rate as set', () => {
    expect(
      report.description.startsWith(
        'ระดับความสำเร็จของการปรับปรุงกระบวนการ หมายถึง การปรับปรุงกระบวนการตามภารกิจหลักของหน่วยงาน',
      ),
    ).toBe(true);
    expect(report.description.endsWith('รวมทั้งประโยชน์ต่อผู้รับบริการ เป็นต้น')).toBe(true);
    expect(report.condition).toBe(
      'หากหน่วยงานไม่รายงานตามรอบระยะเวลาที่กำหนดในแต่ละรอบระยะเวลา จะถูกปรับลดคะแนนของตัวชี้วัดนี้ 0.10 คะแนนต่อวัน',
    );
    const faster = divisionReport(
      2,
      { division: 'กองคลัง', ...milestones(2, [1]) },
      settingsWith({ ratePerDay: 0.25 }),
    );
    expect(faster.condition).toContain('0.25 คะแนนต่อวัน');
  });

  it('is assessed, and names the indicator, division and round at the foot of every page', () => {
    expect([report.exempt, report.notAssessed]).toEqual([false, '']);
    expect(report.footer).toBe('ระดับความสำเร็จของการปรับปรุงกระบวนการ · กองคลัง · รอบ 2/2566');
  });

  it('has exactly the fields of the model, in the order of the form', () => {
    expect(Object.keys(report)).toEqual([
      'kind',
      'title',
      'indicatorName',
      'weight',
      'fiscalYear',
      'round',
      'roundLabel',
      'division',
      'head',
      'description',
      'condition',
      'exempt',
      'notAssessed',
      'levels',
      'figures',
      'due',
      'submitted',
      'narrative',
      'dataProblems',
      'contacts',
      'reportDate',
      'signatures',
      'footer',
      'fileName',
    ]);
  });
});

describe('buildDivisionReport: evidence of the two halves of level 3', () => {
  // Known template bug: both evidence columns of round 2 level 3 are headed
  // "หลักฐาน ระดับ 3 (0.5)", so locateColumns finds the first for both and the
  // training's evidence is read from the work-flow column. Passes once fixed.
  it('gives each half its own evidence link', () => {
    const report = divisionReport(2, {
      division: 'กองคลัง',
      ...milestones(2, [1, true, true, false, false]),
      'evidence:workflowManualDone': 'https://drive.google.com/file/d/manual',
    });
    expect(report.levels[2]?.milestones.map((milestone) => milestone.evidence)).toEqual([
      'https://drive.google.com/file/d/manual',
      '',
    ]);
  });
});

describe('buildDivisionReport: round 1', () => {
  const report = divisionReport(1, {
    division: 'กองการเจ้าหน้าที่',
    ...milestones(1, [true, true, 0.4]),
    due: '2023-04-10',
    submitted: '2023-04-10',
  });

  it('spans 1 October of the year before to 31 March', () => {
    expect(report.roundLabel).toBe('รอบ 1/2566 (1 ตุลาคม 2565 – 31 มีนาคม 2566)');
  });

  it('leaves the "–" levels 2 and 4 without milestones, reached when a level above them is', () => {
    expect(report.levels.map((level) => [level.level, level.milestones.length, level.reached])).toEqual([
      [1, 1, true],
      [2, 0, true],
      [3, 1, true],
      [4, 0, false],
      [5, 1, false],
    ]);
    expect(report.levels.map((level) => level.milestones.map((milestone) => milestone.text))).toEqual([
      [MILESTONE_TEXT.reviewDone.official],
      [],
      [MILESTONE_TEXT.planDone.official],
      [],
      [MILESTONE_TEXT.progress50.official],
    ]);
    expect(figureValues(report)[0]).toBe('3');
  });
});

describe('buildDivisionReport: Thai digits', () => {
  const thai = settingsWith({ thaiDigits: 'ใช่' });
  const cells = {
    division: 'กองที่ 2',
    head: 'นายหนึ่ง 1',
    ...milestones(2, [1, true, false, true, true]),
    due: '2023-10-10',
    submitted: '2023-10-12',
    results: 'ลดเวลา 15 วัน',
  };
  const report = divisionReport(2, cells, thai);
  const arabic = divisionReport(2, cells, DEFAULTS);

  it('writes every figure, date, label and milestone in Thai digits', () => {
    expect(figureValues(report)).toEqual(['๒.๕', '๒ วัน', '๐.๒๐', '๒.๓๐', '๐.๑๑๕๐']);
    expect(report.figures.map((figure) => figure.label)).toEqual([
      'ระดับคะแนนที่ได้',
      'จำนวนวันที่ล่าช้า',
      'คะแนนที่ถูกหัก (วันละ ๐.๑๐ คะแนน)',
      'คะแนนสุทธิ',
      'คะแนนถ่วงน้ำหนัก (ร้อยละ ๕)',
    ]);
    expect(report.title[2]).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(report.weight).toBe('ร้อยละ ๕');
    expect(report.roundLabel).toBe('รอบ ๒/๒๕๖๖ (๑ เมษายน ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๖)');
    expect(report.due).toBe('๑๐ ตุลาคม ๒๕๖๖');
    expect(report.submitted).toBe('๑๒ ตุลาคม ๒๕๖๖');
    expect(report.reportDate).toBe('๒๕ ธันวาคม ๒๕๖๖');
    expect(report.levels.map((level) => level.label)).toEqual(['๑', '๒', '๓', '๔', '๕']);
    expect(report.levels[0]?.milestones[0]?.text).toBe('ดำเนินการตามแผนฯ ได้ร้อยละ ๘๐');
    expect(report.levels[2]?.milestones[0]?.points).toBe('๐.๕ คะแนน');
    expect(report.contacts.map((contact) => contact.phone)).toEqual([
      '',
      '๐-๒๖๕๓-๔๔๔๔ ต่อ ๑๕๑๒-๑๕๑๓',
      '๐-๒๖๕๓-๔๔๔๔ ต่อ ๑๕๑๑',
    ]);
  });

  it('leaves no Arabic digit in what the report itself writes', () => {
    const typed = new Set(['กองที่ 2', 'นายหนึ่ง 1', 'ลดเวลา 15 วัน', 'ผู้อำนวยการกองที่ 2', report.fileName]);
    const written: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') {
        if (!typed.has(value)) written.push(value);
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk({ ...report, fiscalYear: undefined, round: undefined, footer: undefined });
    expect(written.filter((text) => /[0-9]/.test(text))).toEqual([]);
    // The footer writes the round in Thai digits beside the name as typed.
    expect(report.footer).toBe('ระดับความสำเร็จของการปรับปรุงกระบวนการ · กองที่ 2 · รอบ ๒/๒๕๖๖');
  });

  it('keeps typed names and text as typed, and the file name in Arabic digits', () => {
    expect(report.division).toBe('กองที่ 2');
    expect(report.head).toBe('นายหนึ่ง 1');
    expect(report.narrative[0]?.value).toBe('ลดเวลา 15 วัน');
    expect(report.fileName).toBe('รายงานผล_กองที่ 2_รอบ2_2566');
    expect(report.fiscalYear).toBe(2566);
  });

  it('is the same report as with Arabic digits once the digits are read back', () => {
    const arabicDigits = (text: string) =>
      text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
    expect(JSON.parse(arabicDigits(JSON.stringify(report)))).toEqual(arabic);
  });
});

describe('buildDivisionReport: settings', () => {
  it('writes the weight and the penalty rate the office set', () => {
    const settings = settingsWith({ weight: 0.025, ratePerDay: 0.05 });
    const report = divisionReport(
      1,
      { division: 'กองคลัง', ...milestones(1, [true, true, 0.5]), due: '2023-04-10', submitted: '2023-04-13' },
      settings,
    );
    expect(report.weight).toBe('ร้อยละ 2.5');
    expect(report.figures).toEqual([
      { label: 'ระดับคะแนนที่ได้', value: '5' },
      { label: 'จำนวนวันที่ล่าช้า', value: '3 วัน' },
      { label: 'คะแนนที่ถูกหัก (วันละ 0.05 คะแนน)', value: '0.15' },
      { label: 'คะแนนสุทธิ', value: '4.85' },
      { label: 'คะแนนถ่วงน้ำหนัก (ร้อยละ 2.5)', value: '0.1213' },
    ]);
  });

  it('leaves blank contacts blank for the form to be filled by hand', () => {
    const settings = settingsWith({
      supervisor: '',
      supervisorPhone: '',
      collector: ' ',
      collectorPhone: '',
    });
    const report = divisionReport(1, { division: 'กองคลัง', ...milestones(1, [true, false, 0]) }, settings);
    expect(report.contacts.map((contact) => [contact.name, contact.phone])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(report.signatures.map((signature) => signature.name)).toEqual(['', '', '', '']);
  });

  it('takes the year from the round’s tab, not from a changed fiscal-year setting', () => {
    const settings = settingsWith({ fiscalYear: 2567 });
    const report = divisionReport(1, { division: 'กองคลัง', ...milestones(1, [true, false, 0]) }, settings);
    expect(report.fiscalYear).toBe(2566);
    expect(report.fileName).toBe('รายงานผล_กองคลัง_รอบ1_2566');
  });
});

describe('buildDivisionReport: a row with problems', () => {
  const report = divisionReport(2, {
    division: 'กองคลัง',
    ...milestones(2, ['เกือบเสร็จ', true, true, false, false]),
    due: '2023-10-10',
    submitted: '31/02/2566',
    'evidence:forumDone': 'ดูในแฟ้ม',
  });

  it('lists each problem with its cell', () => {
    expect(report.dataProblems).toHaveLength(3);
    expect(report.dataProblems.every((problem) => /^[A-Z]+2: /.test(problem))).toBe(true);
    expect(report.dataProblems.join(' ')).toContain('เกือบเสร็จ');
    expect(report.dataProblems.join(' ')).toContain('31/02/2566');
  });

  it('writes – for the figures the problems stop, and marks nothing met', () => {
    expect(figureValues(report)).toEqual(['–', '–', '–', '–', '–']);
    expect(report.levels.every((level) => !level.reached)).toBe(true);
    expect(metByLevel(report).flat()).toEqual([false, false, false, false, false, false]);
  });

  it('keeps a date it cannot read as typed, and text evidence as text', () => {
    expect(report.submitted).toBe('31/02/2566');
    expect(report.levels[3]?.milestones[0]?.evidence).toBe('ดูในแฟ้ม');
  });
});

describe('buildDivisionReport: a division not assessed this round', () => {
  const report = divisionReport(1, {
    division: 'กองใหม่',
    head: 'นายใหม่ ใจดี',
    ...milestones(1, [true, false, 0]),
    due: '2023-04-10',
    exempt: true,
  });

  it('says so instead of figures: no level, no days late, no penalty, no score', () => {
    expect(report.exempt).toBe(true);
    expect(report.figures).toEqual([]);
    expect(report.notAssessed).toBe('หน่วยงานนี้ไม่ได้รับการประเมินในรอบนี้ จึงไม่มีระดับคะแนนและไม่ถูกหักคะแนน');
    expect(report.levels.some((level) => level.reached)).toBe(false);
    expect(report.dataProblems).toEqual([]);
  });
});

describe('evidenceName: evidence named for paper, the address kept as the link', () => {
  it.each([
    [
      'a file on a site: its name and the site',
      'https://example.org/kpi/2566/finance/r2/manual.pdf',
      'manual.pdf (example.org)',
    ],
    [
      'www. is dropped from the site, the query ignored',
      'https://www.moi.go.th/files/plan-2566.docx?x=1#p2',
      'plan-2566.docx (moi.go.th)',
    ],
    [
      'a Thai file name is decoded',
      'https://example.org/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD.pdf',
      'คู่มือ.pdf (example.org)',
    ],
    ['a site alone is the site', 'https://intranet.example.go.th/', 'intranet.example.go.th'],
    [
      'a Google Doc by its kind',
      'https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing',
      'Google เอกสาร',
    ],
    ['a Google Sheet by its kind', 'https://docs.google.com/spreadsheets/d/1AbCdEf/edit', 'Google ชีต'],
    ['a Google Slides file by its kind', 'https://docs.google.com/presentation/d/1AbC/edit', 'Google สไลด์'],
    ['a Drive file', 'https://drive.google.com/file/d/1AbCdEf/view?usp=sharing', 'ไฟล์ใน Google Drive'],
    ['a Drive folder', 'https://drive.google.com/drive/u/0/folders/1AbCdEf', 'โฟลเดอร์ใน Google Drive'],
    ['a broken escape stays as written', 'https://example.org/a%E0.pdf', 'a%E0.pdf (example.org)'],
    [
      'a long name is cut to 40 characters',
      `https://example.org/${'ก'.repeat(60)}.pdf`,
      `${'ก'.repeat(39)}… (example.org)`,
    ],
    ['text that is no address stays as it is', 'ดูในแฟ้ม', 'ดูในแฟ้ม'],
  ])('%s', (_name, evidence, expected) => {
    expect(evidenceName(evidence)).toBe(expected);
  });
});

describe('refusalReason: why a row cannot become an official form', () => {
  it('names every cell to fix, once, in order', () => {
    expect(
      refusalReason({
        problems: ['E4: ค่า "maybe" อ่านไม่ได้', 'G4: ความคืบหน้า 150', 'E4: อีกเรื่อง', 'L4: 30/02/2566'],
      }),
    ).toBe('แก้ไขข้อมูลที่ช่อง E4, G4, L4 ก่อน (ดูรายละเอียดที่เมนู ตรวจข้อมูล)');
  });

  it('is undefined for a clean row', () => {
    expect(refusalReason({ problems: [] })).toBeUndefined();
  });
});

describe('buildDivisionReport: a row with nothing done yet', () => {
  it('stands at level 0 with no penalty when it is not late', () => {
    const report = divisionReport(
      1,
      { division: 'กองใหม่', due: '2023-04-10' },
      settingsWith({ countUnsubmitted: 'ไม่ใช่' }),
    );
    expect(figureValues(report)).toEqual(['0', '0 วัน', '0.00', '0.00', '0.0000']);
    expect(report.submitted).toBe('');
    expect(report.head).toBe('');
    expect(report.signatures.slice(0, 2)).toEqual([
      { role: 'ผู้รายงาน', name: '' },
      { role: 'ผู้อำนวยการกองใหม่', name: '' },
    ]);
  });
});

describe('safeFileNamePart', () => {
  it.each([
    ['a plain Thai name stays as it is', 'สำนักงานเลขานุการกรม', 'สำนักงานเลขานุการกรม'],
    ['a slash becomes a dash', 'กอง/ศูนย์เทคโนโลยี', 'กอง-ศูนย์เทคโนโลยี'],
    ['a backslash and file-system specials become dashes', 'ก\\ข:ค*ง?"จ"<ฉ>|ช', 'ก-ข-ค-ง--จ--ฉ--ช'],
    ['control characters and line breaks become spaces, folded', 'กอง\nคลัง\t\u0007 ฝ่าย', 'กอง คลัง ฝ่าย'],
    ['runs of spaces collapse and the ends are trimmed', '  กอง   คลัง  ', 'กอง คลัง'],
    ['zero-width characters are dropped', 'กอง\u200bคลัง\ufeff', 'กองคลัง'],
    ['bidi controls are dropped', 'กอง\u202eคลัง', 'กองคลัง'],
    ['C1 controls are dropped', 'กอง\u0085คลัง', 'กอง คลัง'],
    ['an empty name is named as unnamed', '', 'ไม่ระบุหน่วยงาน'],
    ['a name of only slashes is still named', ' \n ', 'ไม่ระบุหน่วยงาน'],
    ['markup stays as harmless text', '<img src=x onerror=alert(1)>', '-img src=x onerror=alert(1)-'],
  ])('%s', (_name, input, expected) => {
    expect(safeFileNamePart(input)).toBe(expected);
  });

  it(`caps a long name at ${MAX_FILE_NAME_DIVISION} characters`, () => {
    const name = 'ก'.repeat(250);
    expect(Array.from(safeFileNamePart(name))).toHaveLength(MAX_FILE_NAME_DIVISION);
  });

  it('never cuts a tone mark or vowel sign from its letter', () => {
    // 'กี้' is a letter with two marks; shift the cut across every position of it.
    for (let prefix = 95; prefix <= 100; prefix++) {
      const name = `${'ข'.repeat(prefix)}${'กี้'.repeat(10)}`;
      const safe = Array.from(safeFileNamePart(name));
      expect(safe.length).toBeLessThanOrEqual(MAX_FILE_NAME_DIVISION);
      const last = safe[safe.length - 1] ?? '';
      const next = Array.from(name)[safe.length] ?? '';
      expect(/\p{M}/u.test(next)).toBe(false);
      expect(last).not.toBe('');
    }
  });

  it('makes file names with no slash or control character whatever the name', () => {
    const nasty = ['../../etc/passwd', 'a/b\\c', '\u0000\u001f\u007f', 'กอง\r\nคลัง'];
    for (const name of nasty) {
      const { row, status } = readOne(1, { division: name, ...milestones(1, [true, false, 0]) }, DEFAULTS);
      const report = buildDivisionReport({
        round: 1,
        row,
        status,
        settings: DEFAULTS,
        reportDay: REPORT_DAY,
      });
      expect(report.fileName).toMatch(/^รายงานผล_.+_รอบ1_2566$/);
      expect(report.fileName).not.toMatch(/[/\\]/);
      expect(Array.from(report.fileName).filter((char) => (char.codePointAt(0) ?? 0) < 0x20)).toEqual([]);
      expect(report.fileName).not.toContain('\u007f');
    }
  });
});

describe('roundPeriod and roundLabel', () => {
  it.each([
    [1, 2566, '2022-10-01', '2023-03-31', 'รอบ 1/2566 (1 ตุลาคม 2565 – 31 มีนาคม 2566)'],
    [2, 2566, '2023-04-01', '2023-09-30', 'รอบ 2/2566 (1 เมษายน 2566 – 30 กันยายน 2566)'],
    [1, 2567, '2023-10-01', '2024-03-31', 'รอบ 1/2567 (1 ตุลาคม 2566 – 31 มีนาคม 2567)'],
  ] as const)('round %i of %i', (round, year, first, last, label) => {
    expect(roundPeriod(round, year)).toEqual({ first: dayFromIso(first), last: dayFromIso(last) });
    expect(roundLabel(round, year, false)).toBe(label);
  });
});

describe('reportFiscalYear', () => {
  const noYear = { fiscalYear: undefined };
  it.each([
    ['the round’s tab first', 2, 'รอบ 2/2565', { fiscalYear: 2566 }, '2023-12-25', 2565],
    ['then the setting', 2, 'ชีต 1', { fiscalYear: 2566 }, '2024-12-25', 2566],
    ['round 1 in November: the year that has just begun', 1, '', noYear, '2023-11-15', 2567],
    ['round 1 in April: the year it ended in', 1, '', noYear, '2023-04-20', 2566],
    ['round 2 in October: the year that ended in September', 2, '', noYear, '2023-10-20', 2566],
    ['round 2 in February: the last round 2 that began', 2, '', noYear, '2024-02-01', 2566],
    ['round 2 in May: the year under way', 2, '', noYear, '2024-05-01', 2567],
  ] as const)('%s', (_name, round, sheetName, settings, day, expected) => {
    expect(reportFiscalYear(round, sheetName, settings, dayFromIso(day))).toBe(expected);
  });
});

describe('formatScaled, formatPoints, formatWeighted', () => {
  it.each([
    [formatPoints(0.3), '0.30'],
    [formatPoints(0.1 + 0.2), '0.30'],
    [formatPoints(1 - 9 * 0.1), '0.10'],
    [formatPoints(2.3), '2.30'],
    [formatPoints(5), '5.00'],
    [formatPoints(0), '0.00'],
    [formatWeighted(0.115), '0.1150'],
    [formatWeighted(0.035), '0.0350'],
    [formatWeighted(0.25), '0.2500'],
    [formatScaled(100_000, 6, 2), '0.10'],
    [formatScaled(50_000, 6, 2), '0.05'],
    [formatScaled(125_000, 6, 2), '0.125'],
    [formatScaled(500, 2, 0), '5'],
    [formatScaled(250, 2, 0), '2.5'],
    [formatScaled(-30, 2, 2), '-0.30'],
  ])('writes %p', (written, expected) => {
    expect(written).toBe(expected);
  });
});

describe('buildSummaryReport', () => {
  const divisions: DivisionCells[] = [
    {
      division: 'สำนักงานเลขานุการกรม',
      ...milestones(2, [1, true, true, true, true]),
      submitted: '2023-10-09',
    },
    { division: 'กองคลัง', ...milestones(2, [1, true, false, true, true]), submitted: '2023-10-12' },
    { division: 'กองกฎหมาย', ...milestones(2, [0.799, true, true, true, true]), submitted: '2023-10-10' },
    { division: 'กองนโยบายและแผน', ...milestones(2, [1, true, true, true, true]), submitted: '' },
    { division: 'กลุ่มตรวจสอบภายใน', ...milestones(2, ['มาก', true, true, true, true]), submitted: '' },
    { division: 'กองใหม่', ...milestones(2, [0.5]), submitted: '', exempt: true },
  ].map((cells) => ({ ...cells, due: '2023-10-10' }));
  const settings = DEFAULTS;
  const tab = readTab(2, divisions, settings, '2023-11-30');
  const report = buildSummaryReport({ round: 2, divisions: tab.entries, settings, reportDay: REPORT_DAY });

  it('has its title, the indicator and the round with its period', () => {
    expect(report.kind).toBe('summary');
    expect(report.title).toEqual([
      'รายงานสรุปผลการดำเนินงานตามตัวชี้วัด',
      'ตัวชี้วัดของผู้อำนวยการสำนัก/กอง หรือเทียบเท่า (ด้านการปรับปรุงกระบวนการ)',
      'ประจำปีงบประมาณ พ.ศ. 2566 รอบ 2',
    ]);
    expect(report.indicatorName).toBe(INDICATOR_NAME);
    expect(report.fiscalYear).toBe(2566);
    expect(report.round).toBe(2);
    expect(report.roundLabel).toBe('รอบ 2/2566 (1 เมษายน 2566 – 30 กันยายน 2566)');
  });

  it('has a line per division in the tab’s order: submitted date, figures as on the form, and remarks', () => {
    expect(report.rows).toEqual([
      {
        number: '1',
        division: 'สำนักงานเลขานุการกรม',
        submitted: '9 ต.ค. 2566',
        level: '5',
        daysLate: '0',
        penalty: '0.00',
        score: '5.00',
        weighted: '0.2500',
        remarks: '',
        levelValue: 5,
      },
      {
        number: '2',
        division: 'กองคลัง',
        submitted: '12 ต.ค. 2566',
        level: '2.5',
        daysLate: '2',
        penalty: '0.20',
        score: '2.30',
        weighted: '0.1150',
        remarks: '',
        levelValue: 2.5,
      },
      {
        number: '3',
        division: 'กองกฎหมาย',
        submitted: '10 ต.ค. 2566',
        level: '0',
        daysLate: '0',
        penalty: '0.00',
        score: '0.00',
        weighted: '0.0000',
        remarks: '',
        levelValue: 0,
      },
      {
        number: '4',
        division: 'กองนโยบายและแผน',
        submitted: '–',
        level: '5',
        daysLate: '51',
        penalty: '5.10',
        score: '0.00',
        weighted: '0.0000',
        remarks: 'ยังไม่ส่งรายงาน',
        levelValue: 5,
      },
      {
        // Its data needs fixing: no figure is printed, and never its cells.
        number: '5',
        division: 'กลุ่มตรวจสอบภายใน',
        submitted: '–',
        level: '–',
        daysLate: '–',
        penalty: '–',
        score: '–',
        weighted: '–',
        remarks: 'ข้อมูลไม่ครบ/ต้องแก้ไข',
        levelValue: null,
      },
      {
        number: '6',
        division: 'กองใหม่',
        submitted: '–',
        level: '–',
        daysLate: '–',
        penalty: '–',
        score: '–',
        weighted: '–',
        remarks: 'ไม่ประเมินในรอบนี้',
        levelValue: null,
      },
    ]);
  });

  it('remarks a due date extended past the round’s', () => {
    const extended = readTab(
      2,
      [{ division: 'กองกฎหมาย', ...milestones(2, [1]), due: '2023-10-31', submitted: '2023-10-30' }],
      settings,
    );
    const summary = buildSummaryReport({
      round: 2,
      divisions: extended.entries,
      settings,
      reportDay: REPORT_DAY,
    });
    expect(summary.rows[0]?.remarks).toBe('ขยายเวลาถึง 31 ต.ค. 2566');
    expect(summary.rows[0]?.daysLate).toBe('0');
  });

  it('counts divisions at each level exactly as the sidebar does', () => {
    const summary = summarizeRound(2, tab.sheetName, tab.statuses);
    expect(report.countsByLevel.map(({ level, count }) => ({ level, count }))).toEqual(summary.byLevel);
    expect(report.countsByLevel).toEqual([
      { level: '0', count: 1, countText: '1' },
      { level: '1', count: 0, countText: '0' },
      { level: '2', count: 0, countText: '0' },
      { level: '2.5', count: 1, countText: '1' },
      { level: '3', count: 0, countText: '0' },
      { level: '4', count: 0, countText: '0' },
      { level: '5', count: 2, countText: '2' },
    ]);
  });

  it('totals divisions, late, not submitted, with problems, and the exact average score', () => {
    // (5.00 + 2.30 + 0 + 0) / 4 = 1.825, rounded half up; the row to fix and the exempt one left out, and said so.
    expect(report.totals).toEqual([
      { label: 'จำนวนหน่วยงานทั้งหมด', value: '6 หน่วยงาน' },
      { label: 'ส่งรายงานล่าช้า', value: '2 หน่วยงาน' },
      { label: 'ยังไม่ส่งรายงาน', value: '1 หน่วยงาน: กองนโยบายและแผน' },
      { label: 'มีข้อมูลที่ต้องตรวจสอบ', value: '1 หน่วยงาน: กลุ่มตรวจสอบภายใน' },
      { label: 'ไม่ประเมินในรอบนี้', value: '1 หน่วยงาน: กองใหม่' },
      {
        label: 'คะแนนสุทธิเฉลี่ย',
        value: '1.83 (เฉลี่ยจาก 4 หน่วยงานที่คำนวณได้ ไม่รวม 1 หน่วยงานที่ข้อมูลต้องแก้ไข และ 1 หน่วยงานที่ไม่ประเมินรอบนี้)',
      },
    ]);
  });

  it('has the contacts, the report date, the collector’s and supervisor’s signatures and its file name', () => {
    expect(report.contacts.map((contact) => contact.role)).toEqual(['ผู้จัดเก็บข้อมูล', 'ผู้กำกับดูแลตัวชี้วัด']);
    expect(report.reportDate).toBe('25 ธันวาคม 2566');
    expect(report.signatures).toEqual([
      { role: 'ผู้จัดเก็บข้อมูล', name: 'นายฉัตรพน ไพพินิจ' },
      { role: 'ผู้กำกับดูแลตัวชี้วัด', name: 'นายสมเกียรติ กรอบแก้ว' },
    ]);
    expect(report.fileName).toBe('รายงานสรุปผล_รอบ2_2566');
  });

  it('counts round 1 on its own levels 0, 1, 3 and 5', () => {
    const round1 = readTab(
      1,
      [
        {
          division: 'กองคลัง',
          ...milestones(1, [true, true, 0.5]),
          due: '2023-04-10',
          submitted: '2023-04-10',
        },
      ],
      settings,
    );
    const summary = buildSummaryReport({
      round: 1,
      divisions: round1.entries,
      settings,
      reportDay: REPORT_DAY,
    });
    expect(summary.countsByLevel.map((entry) => [entry.level, entry.count])).toEqual([
      ['0', 0],
      ['1', 0],
      ['3', 0],
      ['5', 1],
    ]);
    expect(summary.fileName).toBe('รายงานสรุปผล_รอบ1_2566');
  });

  it('writes every figure in Thai digits when asked, names as typed', () => {
    const thai = settingsWith({ thaiDigits: 'ใช่' });
    const thaiTab = readTab(2, divisions, thai, '2023-11-30');
    const summary: SummaryReport = buildSummaryReport({
      round: 2,
      divisions: thaiTab.entries,
      settings: thai,
      reportDay: REPORT_DAY,
    });
    expect(summary.rows[1]).toEqual({
      number: '๒',
      division: 'กองคลัง',
      submitted: '๑๒ ต.ค. ๒๕๖๖',
      level: '๒.๕',
      daysLate: '๒',
      penalty: '๐.๒๐',
      score: '๒.๓๐',
      weighted: '๐.๑๑๕๐',
      remarks: '',
      levelValue: 2.5,
    });
    expect(summary.countsByLevel[3]).toEqual({ level: '๒.๕', count: 1, countText: '๑' });
    expect(summary.totals.map((total) => total.value)).toEqual([
      '๖ หน่วยงาน',
      '๒ หน่วยงาน',
      '๑ หน่วยงาน: กองนโยบายและแผน',
      '๑ หน่วยงาน: กลุ่มตรวจสอบภายใน',
      '๑ หน่วยงาน: กองใหม่',
      '๑.๘๓ (เฉลี่ยจาก ๔ หน่วยงานที่คำนวณได้ ไม่รวม ๑ หน่วยงานที่ข้อมูลต้องแก้ไข และ ๑ หน่วยงานที่ไม่ประเมินรอบนี้)',
    ]);
    expect(summary.title[2]).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๒');
    expect(summary.reportDate).toBe('๒๕ ธันวาคม ๒๕๖๖');
    expect(summary.fileName).toBe('รายงานสรุปผล_รอบ2_2566');
  });

  it('is a valid summary of no division at all', () => {
    const empty = buildSummaryReport({
      round: 1,
      divisions: [],
      settings,
      reportDay: REPORT_DAY,
      sheetName: 'รอบ 1/2567',
    });
    expect(empty.rows).toEqual([]);
    expect(empty.fiscalYear).toBe(2567);
    expect(empty.countsByLevel.every((entry) => entry.count === 0)).toBe(true);
    expect(empty.totals.map((total) => total.value)).toEqual([
      '0 หน่วยงาน',
      '0 หน่วยงาน',
      '0 หน่วยงาน',
      '0 หน่วยงาน',
      '– (เฉลี่ยจาก 0 หน่วยงานที่คำนวณได้)',
    ]);
  });
});

describe('buildDivisionReport and buildSummaryReport: the sheet card and the indicator settings', () => {
  const cells = {
    division: 'กองการเจ้าหน้าที่',
    ...milestones(1, [true, true, 0.4]),
    due: '2023-04-10',
    submitted: '2023-04-10',
  };
  const changed = BUILT_IN_CARD_TABLE.map((row, index) =>
    index === 0 ? [...row.slice(0, 6), 'ทบทวนกระบวนการหลักครบทุกกระบวนการ (แก้ไข)'] : row,
  );

  it("shows the card's wording in the level table", () => {
    const settings = { ...DEFAULTS, card: readCardTable(changed) };
    const report = divisionReport(1, cells, settings);
    expect(report.levels.map((level) => level.milestones.map((milestone) => milestone.text))).toEqual([
      ['ทบทวนกระบวนการหลักครบทุกกระบวนการ (แก้ไข)'],
      [],
      [MILESTONE_TEXT.planDone.official],
      [],
      [MILESTONE_TEXT.progress50.official],
    ]);
  });

  it('gives exactly the built-in texts for the built-in card', () => {
    const withCard = divisionReport(1, cells, { ...DEFAULTS, card: BUILT_IN_CARD });
    expect(withCard).toEqual(divisionReport(1, cells));
    expect(withCard.indicatorName).toBe(INDICATOR_NAME);
    expect(withCard.description).toBe(INDICATOR_DESCRIPTION);
    expect(withCard.condition).toBe(indicatorCondition('0.10'));
  });

  it('takes the indicator name, description and condition from the settings', () => {
    const settings = settingsWith({
      indicatorName: 'ตัวชี้วัดที่ตั้งชื่อเอง',
      indicatorDescription: 'คำอธิบายที่พิมพ์เอง',
      indicatorCondition: 'เงื่อนไขที่พิมพ์เอง 0.20 คะแนน',
      thaiDigits: 'ใช่',
    });
    const report = divisionReport(1, cells, settings);
    expect([report.indicatorName, report.description, report.condition]).toEqual([
      'ตัวชี้วัดที่ตั้งชื่อเอง',
      'คำอธิบายที่พิมพ์เอง',
      'เงื่อนไขที่พิมพ์เอง 0.20 คะแนน',
    ]);
    expect(report.footer).toContain('ตัวชี้วัดที่ตั้งชื่อเอง');
    const tab = readTab(1, [cells], settings);
    const summary = buildSummaryReport({ round: 1, divisions: tab.entries, settings, reportDay: REPORT_DAY });
    expect(summary.indicatorName).toBe('ตัวชี้วัดที่ตั้งชื่อเอง');
  });

  it("writes set-up's condition (or a blank one) with the penalty rate as set", () => {
    expect(divisionReport(1, cells, settingsWith({ ratePerDay: 0.25 })).condition).toBe(
      indicatorCondition('0.25'),
    );
    expect(divisionReport(1, cells, settingsWith({ indicatorCondition: '' })).condition).toBe(
      indicatorCondition('0.10'),
    );
  });

  it('refuses a row whose card cannot be read, with the card error', () => {
    const problem = 'บัตรตัวชี้วัด แถว 2 คอลัมน์ ระดับ: ระดับต้องเป็นเลข 1–5: 9';
    const { status } = readOne(1, cells, { ...DEFAULTS, cardProblem: problem });
    expect(status.problems).toEqual([problem]);
    expect(refusalReason(status)).toBe(REPORT_RUN.refusedCard(problem));
  });
});
