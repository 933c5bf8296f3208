/**
 * What the server would send for a realistic tracking sheet of fiscal year 2566:
 * a few divisions of a department, round 1 (Oct–Mar) and round 2 (Apr–Sep).
 */

import type {
  ActiveRoundTab,
  DataProblem,
  DivisionView,
  MilestoneCheck,
  RoundStatus,
  RoundSummary,
  SidebarData,
} from '../../src/core/views';

/** Round 1's level 1, done, with its evidence in Drive. */
export const REVIEW_DONE: MilestoneCheck = {
  level: 1,
  text: 'ทบทวนกระบวนการตามภารกิจหลักให้ครบถ้วน พร้อมระบุข้อกำหนดที่สำคัญ (Key Requirement)',
  met: true,
  evidence: 'https://drive.google.com/file/d/1AbC-review/view',
};

/** Round 1 of กองคลัง: review and plan done, 40 % of the plan, 3 days late. */
export const FINANCE_ROUND_1: RoundStatus = {
  round: 1,
  exempt: false,
  sheetName: 'รอบ 1',
  row: 4,
  checklist: [
    REVIEW_DONE,
    {
      level: 3,
      text: 'จัดทำแผนและแนวทางการปรับปรุงกระบวนการ 1 กระบวนการ',
      met: true,
      evidence: 'https://docs.google.com/document/d/1XyZ-plan/edit',
    },
    { level: 5, text: 'ดำเนินการตามแผนฯ ได้ร้อยละ 50', met: false, evidence: '' },
  ],
  progressPercent: 40,
  level: 3,
  daysLate: 3,
  penalty: 0.3,
  score: 2.7,
  weighted: 0.27,
  next: 'ระดับ 5: ดำเนินการตามแผนฯ ได้ร้อยละ 50 (ขณะนี้ 40%)',
  problems: [],
  due: '31 มี.ค. 2566',
  submitted: '5 เม.ย. 2566',
  reportLink: '',
  pdfLink: '',
  reportStatus: '',
};

/** Round 2 of กองคลัง: 100 % of the plan, the work-flow half of level 3 only, on time. */
export const FINANCE_ROUND_2: RoundStatus = {
  round: 2,
  exempt: false,
  sheetName: 'รอบ 2',
  row: 4,
  checklist: [
    { level: 1, text: 'ดำเนินการตามแผนฯ ได้ร้อยละ 80', met: true, evidence: '' },
    { level: 2, text: 'ดำเนินการตามแผนฯ ได้ร้อยละ 100', met: true, evidence: '' },
    {
      level: 3,
      text: 'จัดทำผังกระบวนการ (Work Flow) มาตรฐานคุณภาพงาน และคู่มือการปฏิบัติงาน (0.5 คะแนน)',
      met: true,
      partialPoints: 0.5,
      evidence: 'https://drive.google.com/drive/folders/1Flow',
    },
    {
      level: 3,
      text: 'อบรม/ชี้แจงผู้ปฏิบัติงานให้ทำงานได้ตามคู่มือและมาตรฐาน (0.5 คะแนน)',
      met: false,
      partialPoints: 0.5,
      evidence: '',
    },
    {
      level: 4,
      text: 'จัดเวทีแลกเปลี่ยนเรียนรู้ประสบการณ์การปรับปรุงกระบวนการภายในหน่วยงาน',
      met: false,
      evidence: '',
    },
    { level: 5, text: 'รายงานผลตามแบบฟอร์ม ส่งกลุ่มพัฒนาระบบบริหาร', met: false, evidence: '' },
  ],
  progressPercent: 100,
  level: 2.5,
  daysLate: 0,
  penalty: 0,
  score: 2.5,
  weighted: 0.25,
  next: 'ระดับ 3: อบรม/ชี้แจงผู้ปฏิบัติงานให้ทำงานได้ตามคู่มือและมาตรฐาน (0.5 คะแนน)',
  problems: [],
  due: '29 ก.ย. 2566',
  submitted: '',
  reportLink: '',
  pdfLink: '',
  reportStatus: '',
};

/** กองคลัง, listed in both rounds, the cursor in `selectedRound`'s tab. */
export function finance(selectedRound: 1 | 2 = 1): DivisionView {
  return {
    name: 'กองคลัง',
    head: 'นางสาวสมใจ ใจดี',
    selectedRound,
    rounds: [FINANCE_ROUND_1, FINANCE_ROUND_2],
  };
}

/** สำนักงานเลขานุการกรม, only in round 1, with a row problem that stops its figures. */
export const SECRETARIAT: DivisionView = {
  name: 'สำนักงานเลขานุการกรม',
  head: 'นายสมชาย รักงาน',
  selectedRound: 1,
  rounds: [
    {
      round: 1,
      exempt: false,
      sheetName: 'รอบ 1',
      row: 5,
      checklist: [
        { level: 1, text: 'ทบทวนกระบวนการตามภารกิจหลักให้ครบถ้วน', met: true, evidence: '' },
        { level: 3, text: 'จัดทำแผนและแนวทางการปรับปรุงกระบวนการ 1 กระบวนการ', met: false, evidence: '' },
        { level: 5, text: 'ดำเนินการตามแผนฯ ได้ร้อยละ 50', met: false, evidence: '' },
      ],
      progressPercent: null,
      level: null,
      daysLate: null,
      penalty: null,
      score: null,
      weighted: null,
      next: 'ระดับ 3: จัดทำแผนและแนวทางการปรับปรุงกระบวนการ 1 กระบวนการ',
      problems: ['E5: ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ครึ่งหนึ่ง'],
      due: '31 มี.ค. 2566',
      submitted: '',
      reportLink: '',
      pdfLink: '',
      reportStatus: '',
    },
  ],
};

/** The whole sheet: 6 divisions in round 1, 5 in round 2. */
export const SUMMARY: readonly RoundSummary[] = [
  {
    round: 1,
    sheetName: 'รอบ 1',
    divisions: 6,
    byLevel: [
      { level: '0', count: 1 },
      { level: '1', count: 1 },
      { level: '3', count: 3 },
      { level: '5', count: 1 },
    ],
    late: 2,
    notSubmitted: 1,
    withProblems: 1,
    exempt: 0,
  },
  {
    round: 2,
    sheetName: 'รอบ 2',
    divisions: 5,
    byLevel: [
      { level: '1', count: 1 },
      { level: '2.5', count: 2 },
      { level: '4', count: 2 },
    ],
    late: 0,
    notSubmitted: 3,
    withProblems: 0,
    exempt: 1,
  },
];

/** The round tab `round` of 2566 as the active tab (the fixtures' tabs are named `รอบ 1`, `รอบ 2`). */
export function roundTab(round: 1 | 2, fiscalYear = 2566): ActiveRoundTab {
  return { round, sheetName: `รอบ ${round}`, fiscalYear };
}

/**
 * What `getSidebarData` answers with `division` selected (`key` names what is shown),
 * the cursor in the tab of the division's selected round (round 1's without one),
 * or in `activeRound` when given (`null`: a tab that is not a round's).
 */
export function sidebarData(
  division: DivisionView | null,
  key = `key:${division?.name ?? 'none'}`,
  activeRound: ActiveRoundTab | null = roundTab(division?.selectedRound ?? 1),
): SidebarData {
  return {
    key,
    division,
    hint: 'เลือกเซลล์ในแถวของหน่วยงานในแท็บ "รอบ 1" หรือ "รอบ 2" เพื่อดูรายละเอียด',
    summary: SUMMARY,
    activeRound,
  };
}

/** What `checkData` answers: three bad cells in two tabs. */
export const PROBLEMS: readonly DataProblem[] = [
  { sheetName: 'รอบ 1', cell: 'E5', message: 'ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ครึ่งหนึ่ง' },
  {
    sheetName: 'รอบ 1',
    cell: 'K7',
    message: 'วันที่ส่งรายงาน อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): 31/13/2566',
  },
  {
    sheetName: 'รอบ 2',
    cell: 'F9',
    message:
      'ผังกระบวนการ/มาตรฐาน/คู่มือ (ระดับ 3 ส่วนแรก) ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: เสร็จแล้ว',
  },
];
