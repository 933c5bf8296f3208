/**
 * Every piece of Thai text a user can read, in one place.
 *
 * Cell problems are shown in a cell after `⚠ `, call errors on the cell's error
 * tooltip. Each names the column and the value it could not read, so the data
 * collector can find and fix it without asking anyone.
 */

/** The Thai name of each column a custom function reads, as users know it. */
export const COLUMN = {
  round: 'รอบการประเมิน',
  reviewDone: 'ทบทวนกระบวนการ (ระดับ 1)',
  planDone: 'แผนปรับปรุงกระบวนการ (ระดับ 3)',
  progress: 'ความคืบหน้าตามแผน',
  workflowManualDone: 'ผังกระบวนการ/มาตรฐาน/คู่มือ (ระดับ 3 ส่วนแรก)',
  trainingDone: 'อบรม/ชี้แจงผู้ปฏิบัติงาน (ระดับ 3 ส่วนที่สอง)',
  forumDone: 'เวทีแลกเปลี่ยนเรียนรู้ (ระดับ 4)',
  reportSent: 'รายงานผลตามแบบฟอร์ม (ระดับ 5)',
  due: 'วันครบกำหนด',
  submitted: 'วันที่ส่งรายงาน',
  asOf: 'วันที่นับถึง',
  holidays: 'วันหยุด',
  ratePerDay: 'อัตราหักคะแนนต่อวัน',
  dayCount: 'วิธีนับวัน',
  weight: 'น้ำหนักตัวชี้วัด',
  score: 'คะแนน',
  milestones: 'ผลการดำเนินงาน',
} as const;

/** A column's Thai name. */
export type ColumnName = (typeof COLUMN)[keyof typeof COLUMN];

/** Thai month names, January first: full and the abbreviations used in official letters. */
export const THAI_MONTHS_FULL = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

/** The indicator's Thai name, as on the card. */
export const INDICATOR_NAME = 'ระดับความสำเร็จของการปรับปรุงกระบวนการ';

/**
 * The card's milestone texts: `official` word for word from the card (for the
 * report form), `short` for a cell or the sidebar.
 */
export const MILESTONE_TEXT = {
  reviewDone: {
    official:
      'ทบทวนกระบวนการตามภารกิจหลักของหน่วยงานได้ครบถ้วน พร้อมระบุรายชื่อกระบวนการ และข้อกำหนดที่สำคัญของแต่ละกระบวนการ (Key Requirement) โดยพิจารณาจากความต้องการของผู้รับบริการ ผู้มีส่วนได้ส่วนเสีย ข้อกำหนดด้านกฎหมาย ความคุ้มค่า และการลดต้นทุน',
    short: 'ทบทวนกระบวนการตามภารกิจหลักให้ครบถ้วน พร้อมระบุข้อกำหนดที่สำคัญ (Key Requirement)',
  },
  planDone: {
    official:
      'จัดทำแผนและกำหนดแนวทางการปรับปรุงกระบวนการ จำนวน 1 กระบวนการ โดยมุ่งเน้นการสร้างนวัตกรรมหรือผลผลิตจากกระบวนการ เช่น การสร้างสรรค์งานบริการหรือผลิตภัณฑ์ หรือรูปแบบการให้บริการใหม่ อันนำไปสู่การตอบสนองความต้องการและการอำนวยความสะดวกแก่ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย',
    short: 'จัดทำแผนและแนวทางการปรับปรุงกระบวนการ 1 กระบวนการ',
  },
  progress50: {
    official: 'ดำเนินการตามแผนฯ ได้ร้อยละ 50',
    short: 'ดำเนินการตามแผนฯ ได้ร้อยละ 50',
  },
  progress80: {
    official: 'ดำเนินการตามแผนฯ ได้ร้อยละ 80',
    short: 'ดำเนินการตามแผนฯ ได้ร้อยละ 80',
  },
  progress100: {
    official: 'ดำเนินการตามแผนฯ ได้ร้อยละ 100',
    short: 'ดำเนินการตามแผนฯ ได้ร้อยละ 100',
  },
  workflowManualDone: {
    official:
      'จัดทำผังกระบวนการงาน (Work Flow) พร้อมเปรียบเทียบกระบวนการเดิมกับกระบวนการที่ปรับปรุง และกำหนดมาตรฐานคุณภาพงาน พร้อมจัดทำคู่มือการปฏิบัติงานได้ครบถ้วน (0.5 คะแนน)',
    short: 'จัดทำผังกระบวนการ (Work Flow) มาตรฐานคุณภาพงาน และคู่มือการปฏิบัติงาน (0.5 คะแนน)',
  },
  trainingDone: {
    official:
      'อบรม/ชี้แจงผู้ปฏิบัติงาน ที่เกี่ยวข้อง ให้สามารถปฏิบัติงานได้ตามคู่มือ และมาตรฐานคุณภาพงาน เพื่อให้บรรลุผลตามข้อกำหนดที่สำคัญอย่างครบถ้วน (0.5 คะแนน)',
    short: 'อบรม/ชี้แจงผู้ปฏิบัติงานให้ทำงานได้ตามคู่มือและมาตรฐาน (0.5 คะแนน)',
  },
  forumDone: {
    official: 'นำประสบการณ์จากการปรับปรุงกระบวนการงาน มาแลกเปลี่ยนเรียนรู้ภายในหน่วยงาน โดยการจัดเวทีการแลกเปลี่ยนเรียนรู้',
    short: 'จัดเวทีแลกเปลี่ยนเรียนรู้ประสบการณ์การปรับปรุงกระบวนการภายในหน่วยงาน',
  },
  reportSent: {
    official: 'รายงานผลการปรับปรุงกระบวนการงาน ตามแบบฟอร์ม ส่งให้กลุ่มพัฒนาระบบบริหาร',
    short: 'รายงานผลตามแบบฟอร์ม ส่งกลุ่มพัฒนาระบบบริหาร',
  },
} as const;

/** A key of {@link MILESTONE_TEXT}. */
export type MilestoneTextKey = keyof typeof MILESTONE_TEXT;

/** The text of the next milestone, for `KPINEXT`: `ระดับ 3: …`. */
export function nextMilestoneText(level: string, parts: readonly string[], progressNow?: string): string {
  const now = progressNow === undefined ? '' : ` (ขณะนี้ ${progressNow})`;
  return `ระดับ ${level}: ${parts.join(' และ ')}${now}`;
}

/** Cell problems: each names its column and the value. */
export const CELL = {
  flagUnknown: (column: string, value: string) =>
    `${column} ต้องเป็น ✓ / ใช่ / ไม่ใช่ / TRUE / FALSE / 1 / 0 หรือเว้นว่าง: ${value}`,
  progressOutOfRange: (value: string) => `ความคืบหน้าต้องอยู่ระหว่าง 0–100%: ${value}`,
  progressNotNumber: (value: string) => `ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ${value}`,
  roundUnknown: (value: string) => `รอบการประเมินต้องเป็น 1 หรือ 2 (เช่น "รอบ 1", "2/2566"): ${value}`,
  dateUnreadable: (column: string, value: string) =>
    `${column} อ่านเป็นวันที่ไม่ได้ (ใช้ 31/3/2566, 31 มี.ค. 2566 หรือ 2023-03-31): ${value}`,
  dateImpossible: (column: string, value: string) => `${column} ไม่มีวันนี้ในปฏิทิน: ${value}`,
  dateYearOutOfRange: (column: string, value: string) =>
    `${column} มีปีอยู่นอกช่วงที่ใช้ได้ (พ.ศ. 2443–2843): ${value}`,
  dueMissing: () => `${COLUMN.due}ว่างอยู่ จึงนับวันที่ล่าช้าไม่ได้`,
  scoreNotNumber: (value: string) => `คะแนนต้องเป็นตัวเลข 0–5: ${value}`,
} as const;

/** Mistakes in the call itself: shown by Sheets as the formula's error. */
export const CALL = {
  tooFewMilestones: (round: number, needed: number, given: number, names: readonly string[]) =>
    `รอบ ${round} ต้องมีช่อง${COLUMN.milestones} ${needed} ช่อง (${names.join(', ')}) แต่ส่งมา ${given} ช่อง`,
  heightsDiffer: (first: string, firstRows: number, other: string, otherRows: number) =>
    `ช่วงข้อมูลมีจำนวนแถวไม่เท่ากัน: ${first} ${firstRows} แถว แต่${other} ${otherRows} แถว`,
  dayCountUnknown: (value: string) =>
    `${COLUMN.dayCount}ต้องเป็น "calendar" หรือ "วันปฏิทิน", "working" หรือ "วันทำการ": ${value}`,
  rateInvalid: (value: string) => `${COLUMN.ratePerDay}ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 5 คะแนน: ${value}`,
  weightInvalid: (value: string) => `${COLUMN.weight}ต้องอยู่ระหว่าง 0–100%: ${value}`,
  singleValueExpected: (column: string) => `${column}ต้องเป็นค่าเดียว ไม่ใช่ช่วงหลายเซลล์`,
} as const;

/** How a value is quoted inside a message. */
export const VALUE = {
  invalidDate: 'วันที่ไม่ถูกต้อง',
  ellipsis: '…',
} as const;

/** Thai names of the two day-count modes, accepted as input and shown in settings. */
export const DAY_COUNT_NAME = { calendar: 'วันปฏิทิน', working: 'วันทำการ' } as const;

/** What a row with problems shows in its cell: `⚠ ` and every problem found. */
export function warningText(problems: readonly string[]): string {
  return `${WARNING_PREFIX}${problems.join(' · ')}`;
}

/** The start of every cell problem shown in a cell. */
export const WARNING_PREFIX = '⚠ ';
