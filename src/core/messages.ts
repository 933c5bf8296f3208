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

/** The card's คำอธิบายตัวชี้วัด, word for word (`shared/kpi/000_83adc2362f02042f.txt`), for the report form. */
export const INDICATOR_DESCRIPTION =
  'ระดับความสำเร็จของการปรับปรุงกระบวนการ หมายถึง การปรับปรุงกระบวนการตามภารกิจหลักของหน่วยงาน โดยการพัฒนาคุณภาพการให้บริการและการเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงานให้เป็นไปอย่างต่อเนื่องและมีมาตรฐาน มุ่งเน้นการพัฒนาปรับปรุงประสิทธิภาพของกระบวนการและขั้นตอนการให้บริการ คุณภาพของเจ้าหน้าที่ผู้ให้บริการ คุณภาพของสิ่งอำนวยความสะดวก และคุณภาพการให้บริการในภาพรวม ให้สอดคล้องกับความต้องการ และความคาดหวังของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย ก่อให้เกิดประโยชน์ในด้านต่าง ๆ เช่น นวัตกรรมการให้บริการ การบูรณาการการทำงาน และการลดต้นทุนรวมทั้งประโยชน์ต่อผู้รับบริการ เป็นต้น';

/** The card's เงื่อนไข (the late penalty), with the rate as set (the card's is `0.10`). */
export const indicatorCondition = (rate: string) =>
  `หากหน่วยงานไม่รายงานตามรอบระยะเวลาที่กำหนดในแต่ละรอบระยะเวลา จะถูกปรับลดคะแนนของตัวชี้วัดนี้ ${rate} คะแนนต่อวัน`;

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
  /** A day past its month's end (`monthName` short, `ก.ย.`; `days` by the year for February). */
  dateImpossible: (column: string, value: string, monthName: string, days: number) =>
    `${column} ไม่มีวันที่นี้ในปฏิทิน (${monthName} มี ${days} วัน): ${value}`,
  monthImpossible: (column: string, value: string) => `${column} ไม่มีเดือนนี้ในปฏิทิน (เดือนมี 1–12): ${value}`,
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

/** The card table's words (PRODUCT.md §7): its seven column names and its kinds. */
export const CARD_WORDS = {
  header: ['รอบ', 'ระดับ', 'ช่องข้อมูล', 'ชนิด', 'เกณฑ์', 'คะแนนบางส่วน', 'ข้อความ'],
  kind: {
    done: 'ทำแล้ว',
    percent: 'ร้อยละ',
    value: 'ค่า',
    valueAtMost: 'ค่าไม่เกิน',
    percentInterpolated: 'ร้อยละ เทียบ',
    valueInterpolated: 'ค่า เทียบ',
  },
} as const;

/** Why a card table cannot be read: each names the card's row (1 = the range's first row) and column. */
export const CARD_ERROR = {
  at: (row: number, column: string, problem: string) => `บัตรตัวชี้วัด แถว ${row} คอลัมน์ ${column}: ${problem}`,
  empty: () => 'บัตรตัวชี้วัดไม่มีแถวเกณฑ์ (ต้องมีอย่างน้อย 1 แถว)',
  roundInvalid: (value: string) => `รอบต้องเป็นเลข 1–4: ${value}`,
  roundGap: (missing: number) => `รอบต้องเรียงจาก 1 ไม่ข้าม (ไม่มีแถวของรอบ ${missing})`,
  levelInvalid: (value: string) => `ระดับต้องเป็นเลข 1–5: ${value}`,
  inputMissing: () => 'ต้องระบุชื่อช่องข้อมูล',
  kindUnknown: (value: string, kinds: readonly string[]) => `ชนิดต้องเป็น ${kinds.join(' / ')}: ${value}`,
  thresholdMissing: (kind: string) => `ชนิด ${kind} ต้องมีเกณฑ์`,
  thresholdNotNumber: (value: string) => `เกณฑ์ต้องเป็นตัวเลข: ${value}`,
  thresholdPercentRange: (value: string) => `เกณฑ์ร้อยละต้องอยู่ระหว่าง 0–100%: ${value}`,
  thresholdNotForDone: (kind: string, value: string) => `ชนิด ${kind} ไม่ใช้เกณฑ์ (ให้เว้นว่าง): ${value}`,
  partialInvalid: (value: string) =>
    `คะแนนบางส่วนต้องเป็นตัวเลขมากกว่า 0 ไม่เกิน 1 ทศนิยมไม่เกิน 2 ตำแหน่ง หรือเว้นว่าง: ${value}`,
  partialDiffers: (value: string, first: string) =>
    `คะแนนบางส่วนของแถวในระดับเดียวกันต้องเท่ากัน (${first}): ${value}`,
  textMissing: () => 'ต้องมีข้อความของเกณฑ์',
  inputKindDiffers: (input: string, kind: string, other: string) =>
    `ช่องข้อมูล "${input}" ใช้ชนิด ${other} ในแถวก่อน จึงใช้ชนิด ${kind} ไม่ได้`,
  interpolationMixed: (kind: string) => `รอบที่ใช้ชนิด ${kind} ต้องใช้ชนิดนี้ทุกแถวของรอบ`,
  interpolationLevels: (kind: string, detail: string) =>
    `รอบที่ใช้ชนิด ${kind} ต้องมี 1 แถวต่อระดับ ครบระดับ 1–5 (${detail})`,
  interpolationLevelTwice: (level: number) => `ระดับ ${level} มีแล้ว`,
  interpolationLevelMissing: (levels: string) => `ไม่มีระดับ ${levels}`,
  interpolationInputs: (kind: string) => `รอบที่ใช้ชนิด ${kind} ต้องอ่านช่องข้อมูลเดียวกันทุกแถว`,
  interpolationNotIncreasing: (value: string, previous: string) =>
    `เกณฑ์ของการเทียบบัญญัติไตรยางศ์ต้องเพิ่มขึ้นทุกระดับ (ระดับก่อนหน้า ${previous}): ${value}`,
  interpolationPartial: () => 'รอบที่เทียบบัญญัติไตรยางศ์ใช้คะแนนบางส่วนไม่ได้',
  roundOutOfCard: (value: string, rounds: number) => `บัตรตัวชี้วัดมี ${rounds} รอบ (1–${rounds}): ${value}`,
  valueNotNumber: (column: string, value: string) => `${column} ต้องเป็นตัวเลข: ${value}`,
  percentOutOfRange: (column: string, value: string) => `${column} ต้องอยู่ระหว่าง 0–100%: ${value}`,
  percentNotNumber: (column: string, value: string) => `${column} ต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ${value}`,
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

/** The tracking spreadsheet's tabs, headers and help notes. */
export const SHEET = {
  settingsTab: 'ตั้งค่า',
  holidaysTab: 'วันหยุด',
  /** The card table's tab (PRODUCT.md §7); set-up names its range `KPI_CARD`. */
  cardTab: 'บัตรตัวชี้วัด',
  /** The note on the card tab's first header cell: what the tab is and what each column holds. */
  cardNote:
    'บัตรตัวชี้วัดในรูปตาราง: 1 แถวต่อ 1 เกณฑ์ สูตรคำนวณระดับ คะแนน และขั้นต่อไปอ่านตารางนี้ ' +
    'แก้ไขแล้วชีตคำนวณคะแนนใหม่ทันที\n' +
    'รอบ: เลขรอบ 1–4 (เรียงจาก 1 ไม่ข้าม)\n' +
    'ระดับ: เลขระดับ 1–5 (ระดับที่ไม่มีแถวคือระดับ "–")\n' +
    'ช่องข้อมูล: ชื่อคอลัมน์ในแท็บรอบที่แถวนี้อ่าน แถวของรอบเดียวกันที่ใช้ชื่อเดียวกันอ่านช่องเดียวกัน\n' +
    'ชนิด: ทำแล้ว / ร้อยละ / ค่า / ค่าไม่เกิน / ร้อยละ เทียบ / ค่า เทียบ (เทียบบัญญัติไตรยางศ์)\n' +
    'เกณฑ์: ตัวเลขที่ต้องถึง เช่น 50 คือร้อยละ 50 (ชนิด ทำแล้ว ให้เว้นว่าง)\n' +
    'คะแนนบางส่วน: เว้นว่างเมื่อระดับนั้นได้ทั้งหมดหรือไม่ได้เลย หรือใส่ 0.5 เมื่อแต่ละแถวที่ทำได้ได้ครึ่งคะแนน\n' +
    'ข้อความ: ถ้อยคำเกณฑ์ตามบัตรตัวชี้วัด ใช้ในขั้นต่อไป แถบข้าง และรายงาน',
  roundTab: (round: number, fiscalYear: number) => `รอบ ${round}/${fiscalYear}`,
  settingsHeaders: ['รายการ', 'ค่า', 'คำอธิบาย'],
  holidaysHeaders: ['วันที่', 'ชื่อวันหยุด'],
  holidaysNote:
    'วันหยุดราชการของปีงบประมาณ ใช้เมื่อเลือกนับวันล่าช้าแบบวันทำการ กรุณาตรวจสอบกับประกาศคณะรัฐมนตรีก่อนใช้ แก้ไขหรือเพิ่มได้',
  holidaysCheckBeforeUse: 'ตรวจสอบกับประกาศคณะรัฐมนตรีก่อนใช้',
  /** The header of the cell that says through which day the holidays tab is complete. */
  holidaysCoveredThroughLabel: 'วันหยุดครบถึงวันที่',
  /** The note set-up writes on that cell, with the day it wrote (`date`, as formatThaiDate writes it). */
  holidaysCoveredThroughNote: (date: string) =>
    `วันหยุดราชการในแท็บนี้ครบถึงวันที่ ${date} (ระบบเติมตามประกาศคณะรัฐมนตรี) ` +
    'เมื่อนับแบบวันทำการ วันที่หลังจากนี้ระบบจะเตือนในเมนูตรวจข้อมูล ' +
    'ถ้าเพิ่มวันหยุดหลังวันนี้เอง ให้แก้วันที่ในช่องนี้ด้วย (เมื่อแก้แล้ว ระบบจะไม่เติมวันหยุดในแท็บนี้อีก)',
  formulaProtection: (round: number) => `KPI รอบ ${round}: คอลัมน์สูตรคำนวณอัตโนมัติ แก้ไขแล้วคะแนนจะไม่ถูกต้อง`,
  settingsProtection: 'KPI: ค่าที่คำนวณจากการตั้งค่า',
  /** What a formula cell shows on a row whose "ไม่ประเมินรอบนี้" box is ticked. */
  exemptResult: 'ไม่ประเมินรอบนี้',
} as const;

/** The settings of the `ตั้งค่า` tab: label and help. */
export const SETTING_TEXT = {
  fiscalYear: { label: 'ปีงบประมาณ (พ.ศ.)', help: 'ปีงบประมาณที่ติดตาม เช่น 2566 คือ 1 ต.ค. 2565 – 30 ก.ย. 2566' },
  dueRound1: {
    label: 'วันครบกำหนดส่งรายงาน รอบ 1',
    help: 'วันสุดท้ายที่หน่วยงานต้องรายงานผลรอบ 1 (ต.ค.–มี.ค.) ส่งหลังวันนี้ถูกหักคะแนน ใช้เป็นค่าเริ่มต้นของแต่ละหน่วยงาน',
  },
  dueRound2: {
    label: 'วันครบกำหนดส่งรายงาน รอบ 2',
    help: 'วันสุดท้ายที่หน่วยงานต้องรายงานผลรอบ 2 (เม.ย.–ก.ย.) ส่งหลังวันนี้ถูกหักคะแนน ใช้เป็นค่าเริ่มต้นของแต่ละหน่วยงาน',
  },
  ratePerDay: { label: 'คะแนนที่หักต่อวันที่ล่าช้า', help: 'ตามเงื่อนไขของตัวชี้วัด วันละ 0.10 คะแนน (0 ถึง 5)' },
  weight: { label: 'น้ำหนักตัวชี้วัด', help: 'ร้อยละของการประเมินทั้งหมด ตามบัตรตัวชี้วัดคือ 5%' },
  dayCount: {
    label: 'วิธีนับวันที่ล่าช้า',
    help: 'วันปฏิทิน นับทุกวัน / วันทำการ ไม่นับเสาร์ อาทิตย์ และวันหยุดในแท็บ "วันหยุด"',
  },
  countUnsubmitted: {
    label: 'นับรายงานที่ยังไม่ส่งว่าล่าช้าจนถึงวันนี้',
    help: 'ใช่: หน่วยงานที่ยังไม่ส่งเมื่อเลยกำหนดจะถูกนับวันล่าช้าถึงวันนี้ / ไม่ใช่: นับเมื่อส่งแล้วเท่านั้น',
  },
  asOf: { label: 'นับวันล่าช้าถึงวันที่', help: 'คำนวณอัตโนมัติจากรายการด้านบน (วันนี้ หรือว่าง)' },
  supervisor: { label: 'ผู้กำกับดูแลตัวชี้วัด', help: 'ชื่อผู้กำกับดูแลตัวชี้วัด ใช้ในแบบรายงานผล' },
  supervisorPhone: { label: 'โทรศัพท์ผู้กำกับดูแลตัวชี้วัด', help: 'หมายเลขโทรศัพท์ของผู้กำกับดูแลตัวชี้วัด' },
  collector: { label: 'ผู้จัดเก็บข้อมูล', help: 'ชื่อผู้จัดเก็บข้อมูล ใช้ในแบบรายงานผล' },
  collectorPhone: { label: 'โทรศัพท์ผู้จัดเก็บข้อมูล', help: 'หมายเลขโทรศัพท์ของผู้จัดเก็บข้อมูล' },
  thaiDigits: {
    label: 'ใช้เลขไทยในรายงาน',
    help: 'ใช่: วันที่และตัวเลขในแบบรายงานผลเขียนด้วยเลขไทย (๒๕ ธันวาคม ๒๕๖๖) / ไม่ใช่: เลขอารบิก',
  },
  reportFolder: {
    label: 'โฟลเดอร์ Google Drive สำหรับรายงาน',
    help: 'ปล่อยว่างไว้ ระบบจะสร้างโฟลเดอร์ "รายงานผล KPI <ปี>" และใส่ลิงก์ให้เมื่อสร้างรายงานครั้งแรก (ส่วนเสริมเปิดได้เฉพาะโฟลเดอร์ที่ตนสร้าง จึงไม่ควรวางลิงก์โฟลเดอร์อื่น) ย้ายหรือแชร์โฟลเดอร์นั้นใน Google Drive ได้ตามต้องการ',
  },
  indicatorName: { label: 'ชื่อตัวชี้วัด', help: 'ชื่อตัวชี้วัดตามบัตรตัวชี้วัด ใช้ในแบบรายงานผลและรายงานสรุป' },
  indicatorDescription: { label: 'คำอธิบายตัวชี้วัด', help: 'คำอธิบายตัวชี้วัดตามบัตรตัวชี้วัด ใช้ในแบบรายงานผล' },
  indicatorCondition: {
    label: 'เงื่อนไขตัวชี้วัด',
    help: 'เงื่อนไขตามบัตรตัวชี้วัด (การหักคะแนนเมื่อส่งล่าช้า) ใช้ในแบบรายงานผล ถ้ายังเป็นข้อความเดิม ระบบเขียนคะแนนที่หักต่อวันตามที่ตั้งไว้ให้',
  },
} as const;

/** The people on the card, prefilled in settings (editable). */
export const CARD_CONTACTS = {
  supervisor: 'นายสมเกียรติ กรอบแก้ว',
  supervisorPhone: '0-2653-4444 ต่อ 1511',
  collector: 'นายฉัตรพน ไพพินิจ',
  collectorPhone: '0-2653-4444 ต่อ 1512-1513',
} as const;

/** Answers of a yes/no setting. */
export const YES_NO = { yes: 'ใช่', no: 'ไม่ใช่' } as const;

/** Column headers and their help notes on a round's tab. */
export const COLUMN_HEADER = {
  division: { header: 'หน่วยงาน', note: 'ชื่อสำนัก/กอง หนึ่งแถวต่อหนึ่งหน่วยงาน' },
  head: { header: 'ผู้อำนวยการ', note: 'ชื่อผู้อำนวยการสำนัก/กอง หรือเทียบเท่า' },
  reviewDone: { header: 'ระดับ 1: ทบทวนกระบวนการ', note: MILESTONE_TEXT.reviewDone.official },
  planDone: { header: 'ระดับ 3: แผนปรับปรุงกระบวนการ', note: MILESTONE_TEXT.planDone.official },
  progressRound1: {
    header: 'ระดับ 5: ความคืบหน้าตามแผน (%)',
    note: 'ร้อยละของแผนที่ดำเนินการแล้ว พิมพ์พร้อมเครื่องหมาย % เช่น 60% ถึงร้อยละ 50 ได้ระดับ 5 (เมื่อผ่านระดับ 1 และ 3)',
  },
  progressRound2: {
    header: 'ระดับ 1–2: ความคืบหน้าตามแผน (%)',
    note: 'ร้อยละของแผนที่ดำเนินการแล้ว พิมพ์พร้อมเครื่องหมาย % เช่น 80% ถึงร้อยละ 80 ได้ระดับ 1 ถึงร้อยละ 100 ได้ระดับ 2',
  },
  workflowManualDone: {
    header: 'ระดับ 3 (0.5): ผังงาน/มาตรฐาน/คู่มือ',
    note: MILESTONE_TEXT.workflowManualDone.official,
  },
  trainingDone: { header: 'ระดับ 3 (0.5): อบรม/ชี้แจง', note: MILESTONE_TEXT.trainingDone.official },
  forumDone: { header: 'ระดับ 4: เวทีแลกเปลี่ยนเรียนรู้', note: MILESTONE_TEXT.forumDone.official },
  reportSent: { header: 'ระดับ 5: รายงานผลตามแบบฟอร์ม', note: MILESTONE_TEXT.reportSent.official },
  evidence: (milestoneHeader: string) => ({
    header: `หลักฐาน ${milestoneHeader.replace(':', '')}`,
    note: `ลิงก์เอกสารหลักฐานของ "${milestoneHeader}"`,
  }),
  due: { header: 'วันครบกำหนด', note: 'วันครบกำหนดส่งของหน่วยงานนี้ ค่าเริ่มต้นตามแท็บตั้งค่า แก้ได้เมื่อได้รับการขยายเวลา' },
  submitted: { header: 'วันที่ส่งรายงาน', note: 'วันที่หน่วยงานส่งรายงานผล เว้นว่างถ้ายังไม่ส่ง' },
  reporter: { header: 'ผู้รายงาน', note: 'ชื่อผู้รายงานของหน่วยงานนี้ (ใช้ในแบบรายงานผล)' },
  reporterPhone: { header: 'โทรศัพท์ผู้รายงาน', note: 'หมายเลขโทรศัพท์ของผู้รายงาน (ใช้ในแบบรายงานผล)' },
  exempt: {
    header: 'ไม่ประเมินรอบนี้',
    note: 'ติ๊กเมื่อหน่วยงานนี้ไม่ต้องประเมินในรอบนี้ (เช่น เพิ่งตั้งหน่วยงาน) แถวนี้จะไม่ถูกหักคะแนน ช่องคำนวณแสดง "ไม่ประเมินรอบนี้" และไม่นับในค่าเฉลี่ยหรือจำนวนที่ส่งช้า/ยังไม่ส่ง',
  },
  results: { header: 'ผลการดำเนินงาน', note: 'สรุปผลการปรับปรุงกระบวนการ (ใช้ในแบบรายงานผล)' },
  problems: { header: 'ปัญหา/อุปสรรค', note: 'ปัญหาหรืออุปสรรคที่พบ (ใช้ในแบบรายงานผล)' },
  suggestions: { header: 'ข้อเสนอแนะ', note: 'ข้อเสนอแนะ (ใช้ในแบบรายงานผล)' },
  // A formula column's note: what it computes, and which white (input) cells of the row to change instead.
  level: {
    header: 'ระดับที่ได้',
    note:
      'คอลัมน์นี้คำนวณอัตโนมัติ (KPILEVEL): ระดับ 0–5 ตามเกณฑ์ ต้องผ่านระดับก่อนหน้าครบ ' +
      'ไม่ต้องแก้ในคอลัมน์นี้ ให้แก้ช่องสีขาวผลการดำเนินงาน (หัวคอลัมน์ "ระดับ …") ของแถวเดียวกัน',
  },
  daysLate: {
    header: 'วันที่ล่าช้า',
    note:
      'คอลัมน์นี้คำนวณอัตโนมัติ (KPILATEDAYS): จำนวนวันหลังวันครบกำหนด ' +
      'ไม่ต้องแก้ในคอลัมน์นี้ ให้แก้ช่องสีขาว "วันครบกำหนด" หรือ "วันที่ส่งรายงาน" ของแถวเดียวกัน',
  },
  penalty: {
    header: 'คะแนนที่ถูกหัก',
    note:
      'คอลัมน์นี้คำนวณอัตโนมัติ (KPIPENALTY): วันที่ล่าช้า × คะแนนที่หักต่อวัน (ตั้งในแท็บตั้งค่า) ' +
      'ไม่ต้องแก้ในคอลัมน์นี้ ให้แก้ช่องสีขาว "วันครบกำหนด" หรือ "วันที่ส่งรายงาน" ของแถวเดียวกัน',
  },
  score: {
    header: 'คะแนนสุทธิ',
    note:
      'คอลัมน์นี้คำนวณอัตโนมัติ (KPISCORE): ระดับที่ได้ − คะแนนที่ถูกหัก ไม่ต่ำกว่า 0 ' +
      'ไม่ต้องแก้ในคอลัมน์นี้ ให้แก้ช่องสีขาวผลการดำเนินงาน (หัวคอลัมน์ "ระดับ …") "วันครบกำหนด" หรือ "วันที่ส่งรายงาน" ของแถวเดียวกัน',
  },
  weighted: {
    header: 'คะแนนถ่วงน้ำหนัก',
    note:
      'คอลัมน์นี้คำนวณอัตโนมัติ (KPIWEIGHTED): คะแนนสุทธิ × น้ำหนักตัวชี้วัด (ตั้งในแท็บตั้งค่า) ' +
      'ไม่ต้องแก้ในคอลัมน์นี้ ให้แก้ช่องสีขาวผลการดำเนินงาน (หัวคอลัมน์ "ระดับ …") "วันครบกำหนด" หรือ "วันที่ส่งรายงาน" ของแถวเดียวกัน',
  },
  next: {
    header: 'ขั้นต่อไป',
    note:
      'คอลัมน์นี้คำนวณอัตโนมัติ (KPINEXT): สิ่งที่ต้องทำเพื่อขึ้นระดับถัดไป ' +
      'ไม่ต้องแก้ในคอลัมน์นี้ ให้แก้ช่องสีขาวผลการดำเนินงาน (หัวคอลัมน์ "ระดับ …") ของแถวเดียวกัน',
  },
  reportLink: { header: 'ลิงก์รายงาน', note: 'ลิงก์แบบรายงานผล (Google Doc) ระบบเขียนให้เมื่อสร้างรายงาน' },
  pdfLink: { header: 'ลิงก์ PDF', note: 'ลิงก์แบบรายงานผลฉบับ PDF ระบบเขียนให้เมื่อสร้างรายงาน' },
  reportStatus: { header: 'สถานะรายงาน', note: 'สำเร็จ พร้อมวันที่ หรือ ผิดพลาด พร้อมสาเหตุ ระบบเขียนให้เมื่อสร้างรายงาน' },
} as const;

/** Validation help shown when a cell's input is wrong. */
export const VALIDATION_HELP = {
  flag: 'ติ๊กเมื่อดำเนินการแล้ว (หรือพิมพ์ ใช่ / ไม่ใช่)',
  exempt: 'ติ๊กเมื่อหน่วยงานนี้ไม่ประเมินในรอบนี้ เว้นว่างเมื่อประเมินตามปกติ',
  progress: 'พิมพ์ร้อยละพร้อมเครื่องหมาย % เช่น 60% (ตัวเลขเปล่า 60 จะแสดงเป็น 6000%)',
  url: 'ใส่ลิงก์เอกสารหลักฐาน (https://…)',
  /** What makes a real date cell in a Thai-locale sheet: the year in ค.ศ. (Sheets reads 2566 as no date). */
  date: 'ใส่วันที่แบบ วัน/เดือน/ปี ค.ศ. เช่น 31/3/2023 หรือดับเบิลคลิกแล้วเลือกจากปฏิทิน',
  fiscalYear: 'ใส่ปี พ.ศ. เช่น 2566',
  rate: 'ใส่ตัวเลข 0 ถึง 5 เช่น 0.10',
  weight: 'ใส่ร้อยละ เช่น 5%',
  dayCount: 'เลือก วันปฏิทิน หรือ วันทำการ',
  yesNo: 'เลือก ใช่ หรือ ไม่ใช่',
  cardRound: 'ใส่เลขรอบ 1 ถึง 4 (จำนวนเต็ม)',
  cardLevel: 'ใส่เลขระดับ 1 ถึง 5 (จำนวนเต็ม)',
  cardKind: 'เลือก ทำแล้ว / ร้อยละ / ค่า / ค่าไม่เกิน / ร้อยละ เทียบ / ค่า เทียบ',
  cardThreshold: 'ใส่ตัวเลขตั้งแต่ 0 ขึ้นไป เช่น 50 คือร้อยละ 50 (ชนิด ทำแล้ว ให้เว้นว่าง)',
  cardPartial: 'ใส่ตัวเลข 0 ถึง 1 เช่น 0.5 หรือเว้นว่าง',
} as const;

/** Menu labels and action outcomes. */
export const MENU = {
  title: 'KPI',
  setUp: 'ตั้งค่าชีตติดตามผล',
  addDivision: 'เพิ่มหน่วยงาน',
  checkData: 'ตรวจข้อมูล',
  openSidebar: 'เปิดแถบข้าง',
  /** Opens the sidebar, nothing more: the label says so (the reports are made there). */
  reports: 'เปิดแถบข้างเพื่อสร้างรายงานผล…',
  sidebarTitle: 'KPI ปรับปรุงกระบวนการ',
  addDivisionTitle: 'เพิ่มหน่วยงาน',
  checkDataTitle: 'ตรวจข้อมูล',
  newFiscalYear: 'เริ่มปีงบประมาณใหม่…',
  newFiscalYearTitle: 'เริ่มปีงบประมาณใหม่',
  /**
   * What set-up did: the tabs it created, how many things it added, and the formula
   * cells it left alone because they held something else (grouped by tab).
   */
  setUpDone: (
    createdTabs: readonly string[],
    added: number,
    formulaCellsLeft: readonly { readonly sheetName: string; readonly cell: string }[] = [],
  ) => {
    let left = '';
    if (formulaCellsLeft.length > 0) {
      const byTab = new Map<string, string[]>();
      for (const { sheetName, cell } of formulaCellsLeft)
        byTab.set(sheetName, [...(byTab.get(sheetName) ?? []), cell]);
      const where = [...byTab]
        .map(([sheetName, cells]) => `แท็บ ${sheetName} ช่อง ${cells.join(', ')}`)
        .join('; ');
      left =
        `${formulaCellsLeft.length} ช่องที่ควรเป็นสูตรมีค่าอื่นอยู่ (${where}) ` +
        'ระบบไม่ได้เขียนสูตรทับ คอลัมน์นั้นจึงยังไม่คำนวณ ดูวิธีแก้ที่เมนู ส่วนขยาย › KPI › ตรวจข้อมูล';
    }
    if (createdTabs.length + added === 0) {
      return left === '' ? 'ชีตติดตามผลพร้อมใช้งานอยู่แล้ว ไม่มีการเปลี่ยนแปลง' : `ไม่มีการเปลี่ยนแปลง: ${left}`;
    }
    const parts: string[] = [];
    if (createdTabs.length > 0) parts.push(`สร้างแท็บ ${createdTabs.join(', ')}`);
    if (added > 0) parts.push(`เพิ่มคอลัมน์/การตั้งค่าที่ขาด ${added} รายการ`);
    const done = `ตั้งค่าชีตติดตามผลเรียบร้อย: ${parts.join(' และ ')} ข้อมูลเดิมไม่ถูกแก้ไข`;
    return left === '' ? done : `${done} ${left}`;
  },
  setUpTitle: 'ตั้งค่าชีตติดตามผล',
} as const;

/** "Start a new fiscal year": the dialog, its outcome and its refusals. */
export const FISCAL_YEAR = {
  intro: (latest: number) =>
    `สร้างแท็บรอบของปีงบประมาณใหม่ พร้อมรายชื่อหน่วยงาน ผู้อำนวยการ ผู้รายงาน และโทรศัพท์จากแท็บของปี ${latest} ` +
    `(ไม่คัดลอกผลการดำเนินงาน) แท็บของปีก่อนยังอยู่ครบและสร้างรายงานได้เหมือนเดิม`,
  yearLabel: 'ปีงบประมาณ (พ.ศ.)',
  dueLabel: (round: number) => `วันครบกำหนดส่งรายงาน รอบ ${round}`,
  dueHint: 'พิมพ์ วัน/เดือน/ปี ค.ศ. เช่น 10/4/2024 (หรือ 10/4/2567)',
  submit: 'เริ่มปีงบประมาณใหม่',
  working: 'กำลังสร้างแท็บของปีงบประมาณใหม่…',
  loading: 'กำลังอ่านการตั้งค่า…',
  /** The protection of a closed year's tab (warning only). */
  closedProtection: (year: number) =>
    `KPI ปีงบประมาณ ${year} ปิดแล้ว: แท็บนี้เก็บผลของปีที่ผ่านมา แก้ไขแล้วรายงานของปีนั้นจะเปลี่ยน`,
  yearNotNumber: (value: string) => `ปีงบประมาณต้องเป็นตัวเลข พ.ศ. 4 หลัก (ค่าที่พบ: ${value})`,
  yearOutOfRange: (year: number) => `ปีงบประมาณต้องอยู่ระหว่าง 2500 ถึง 2700 (ค่าที่พบ: ${year})`,
  yearExists: (year: number, tabs: readonly string[]) =>
    `ปีงบประมาณ ${year} มีแท็บอยู่แล้ว (${tabs.join(', ')}) ไม่ได้สร้างแท็บใหม่`,
  yearNotAfter: (year: number, latest: number) =>
    `ปีงบประมาณ ${year} ไม่ได้อยู่หลังปีล่าสุดในชีต (${latest}) กรุณาใส่ปีที่มากกว่า ${latest}`,
  dueUnreadable: (round: number, value: string, reason: string) =>
    `อ่านวันครบกำหนดส่งรายงาน รอบ ${round} ไม่ได้ (ค่าที่พบ: "${value}") ${reason}`,
  dueMissing: (round: number) => `กรุณาใส่วันครบกำหนดส่งรายงาน รอบ ${round}`,
  notSetUp: 'ยังไม่มีแท็บรอบในชีตนี้ กรุณาเลือกเมนู ตั้งค่าชีตติดตามผล ก่อน',
  done: (year: number, tabs: readonly string[], divisions: number, holidays: number | undefined) =>
    `เริ่มปีงบประมาณ ${year} แล้ว: สร้างแท็บ ${tabs.join(', ')} พร้อมหน่วยงาน ${divisions} หน่วยงาน ` +
    (holidays === undefined
      ? `ยังไม่มีตารางวันหยุดของปี ${year} ในส่วนเสริม กรุณาเพิ่มวันหยุดเองในแท็บวันหยุด `
      : `เพิ่มวันหยุดราชการของปี ${year} ${holidays} วัน `) +
    'แท็บของปีก่อนถูกป้องกันแบบเตือนก่อนแก้ไข',
  /** Check data: the settings' fiscal year has no shipped holidays and the tab does not reach its end. */
  holidaysMissing: (year: number) =>
    `ส่วนเสริมยังไม่มีตารางวันหยุดราชการของปีงบประมาณ ${year} กรุณาเพิ่มวันหยุดของปีนี้เองในแท็บวันหยุด ` +
    'แล้วแก้วันที่ในช่องวันหยุดครบถึงวันที่ (ใช้เมื่อนับวันล่าช้าแบบวันทำการ)',
} as const;

/** Outcomes and problems of the tracking sheet's actions. */
export const TRACKING = {
  divisionNameMissing: 'กรุณาใส่ชื่อหน่วยงาน',
  /** A name over the limit: `length` as counted (Thai vowels and tone marks are characters too). */
  divisionNameTooLong: (max: number, length: number) =>
    `ชื่อหน่วยงานยาว ${length} ตัวอักษร เกินกำหนด ${max} ตัวอักษร (นับสระและวรรณยุกต์ด้วย) กรุณาย่อชื่อ`,
  /** Add division with no round ticked. */
  noRoundChosen: 'กรุณาเลือกอย่างน้อยหนึ่งรอบที่หน่วยงานต้องประเมิน',
  /** A round that does not apply, on a tab set-up has not given the exemption column yet. */
  exemptColumnMissing: (sheetName: string, header: string) =>
    `แท็บ ${sheetName} ยังไม่มีคอลัมน์ "${header}" กรุณาเลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล ก่อน`,
  /** Added, with the tabs whose "ไม่ประเมินรอบนี้" box was ticked. */
  divisionAddedExempt: (name: string, tabs: readonly string[], exemptTabs: readonly string[]) =>
    `เพิ่มหน่วยงาน "${name}" ในแท็บ ${tabs.join(', ')} แล้ว ` +
    `และติ๊ก "ไม่ประเมินรอบนี้" ในแท็บ ${exemptTabs.join(', ')}`,
  /** The pasted list of "add many". */
  listEmpty: 'ยังไม่มีรายชื่อ กรุณาวางรายชื่อหน่วยงาน บรรทัดละหนึ่งหน่วยงาน',
  listTooLong: (lines: number, max: number) =>
    `รายการมี ${lines} บรรทัด เพิ่มได้ครั้งละไม่เกิน ${max} บรรทัด กรุณาแบ่งเพิ่มเป็นหลายครั้ง`,
  /** Nothing added: every line that needs fixing (at most `shown` of them listed). */
  listRefused: (count: number, lines: readonly string[]) =>
    `ยังไม่ได้เพิ่มหน่วยงานใดเลย: รายการมีปัญหา ${count} บรรทัด แก้ทุกบรรทัดแล้วกดเพิ่มอีกครั้ง\n${lines.join('\n')}`,
  listMore: (count: number) => `…และอีก ${count} บรรทัด`,
  lineBlank: (line: number) => `บรรทัด ${line}: เป็นบรรทัดว่าง (ลบบรรทัดนี้)`,
  lineNameMissing: (line: number) => `บรรทัด ${line}: ไม่มีชื่อหน่วยงาน`,
  lineTooManyFields: (line: number, count: number) =>
    `บรรทัด ${line}: มี ${count} ช่อง ใส่ได้ไม่เกิน 4 ช่อง (ชื่อหน่วยงาน, ผู้อำนวยการ, ผู้รายงาน, โทรศัพท์)`,
  lineTooLong: (line: number, max: number, length: number) =>
    `บรรทัด ${line}: ชื่อหน่วยงานยาว ${length} ตัวอักษร เกินกำหนด ${max} ตัวอักษร`,
  lineDuplicate: (line: number, shownName: string, firstLine: number) =>
    `บรรทัด ${line}: ชื่อ ${shownName} ซ้ำกับบรรทัด ${firstLine}`,
  lineExists: (line: number, shownName: string, sheetName: string, cell: string) =>
    `บรรทัด ${line}: มีหน่วยงาน ${shownName} อยู่แล้ว (แท็บ ${sheetName} ช่อง ${cell})`,
  divisionsAdded: (count: number, tabs: readonly string[]) =>
    `เพิ่ม ${count} หน่วยงานในแท็บ ${tabs.join(', ')} แล้ว`,
  divisionsAddedExempt: (count: number, tabs: readonly string[], exemptTabs: readonly string[]) =>
    `เพิ่ม ${count} หน่วยงานในแท็บ ${tabs.join(', ')} แล้ว ` +
    `และติ๊ก "ไม่ประเมินรอบนี้" ในแท็บ ${exemptTabs.join(', ')}`,
  /** A name the sheet already has (`shownName` quoted, as `describeValue` shows it), and where. */
  divisionExists: (shownName: string, sheetName: string, cell: string) =>
    `มีหน่วยงาน ${shownName} อยู่แล้ว (แท็บ ${sheetName} ช่อง ${cell}) ` +
    'ชื่อที่ต่างกันเพียงตัวพิมพ์เล็ก-ใหญ่ ช่องว่าง หรืออักขระที่มองไม่เห็น นับเป็นชื่อเดียวกัน กรุณาใช้ชื่ออื่น',
  divisionAdded: (name: string, tabs: readonly string[]) =>
    `เพิ่มหน่วยงาน "${name}" ในแท็บ ${tabs.join(', ')} แล้ว`,
  notSetUp: 'ยังไม่มีแท็บติดตามผล กรุณาเลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล ก่อน',
  pickDivision: 'เลือกแถวของหน่วยงานในแท็บรอบ 1 หรือรอบ 2 เพื่อดูรายละเอียด',
  divisionNameBlank: 'แถวนี้มีข้อมูลแต่ไม่มีชื่อหน่วยงาน',
  /** Two rows of a tab name one division: each is listed, naming the other cells. */
  divisionDuplicate: (shownName: string, otherCells: readonly string[]) =>
    `ชื่อหน่วยงาน ${shownName} ซ้ำกับช่อง ${otherCells.join(', ')} ` +
    'รายงานของแต่ละหน่วยงานแยกไฟล์ตามชื่อ กรุณาแก้ชื่อให้ไม่ซ้ำกัน',
  /** A formula column's formula cell holds a typed value or another formula (`shown`, as `describeValue` shows it). */
  formulaCellHoldsOther: (header: string, shown: string) =>
    `ช่องนี้ควรเป็นสูตรของคอลัมน์ "${header}" แต่มี ${shown} อยู่แทน คอลัมน์นี้จึงไม่ได้คำนวณด้วยสูตรของระบบ ` +
    'ลบค่านี้แล้วเลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อใส่สูตรคืน',
  formulaCellEmpty: (header: string) =>
    `ช่องนี้ควรเป็นสูตรของคอลัมน์ "${header}" แต่ว่างอยู่ เลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อใส่สูตร`,
  /** A value typed lower in a formula column, where the formula's results belong. */
  formulaColumnTyped: (header: string, formulaCell: string, shown: string) =>
    `คอลัมน์ "${header}" คำนวณด้วยสูตรในช่อง ${formulaCell} ค่า ${shown} ที่พิมพ์ไว้ในช่องนี้ทำให้สูตรแสดงผลไม่ได้ ` +
    'กรุณาลบค่านี้',
  evidenceNotLink: (value: string) => `หลักฐานควรเป็นลิงก์ (https://…): ${value}`,
  exemptNotCheckbox: (value: string) => `ช่องไม่ประเมินรอบนี้ต้องติ๊ก (TRUE) หรือเว้นว่าง: ${value}`,
  settingInvalid: (label: string, problem: string) => `${label}: ${problem}`,
  /**
   * Counting working days past the end of the holidays tab: `shown` is the date cell's value,
   * `coveredThrough` the last day the tab is complete, at `coverageCell` of the holidays tab.
   */
  holidaysPastCoverage: (shown: string, coveredThrough: string, coverageCell: string) =>
    `วันที่ ${shown} เลยวันหยุดที่มีในแท็บ "วันหยุด" (ครบถึงวันที่ ${coveredThrough} ช่อง ${coverageCell}) ` +
    'การนับวันล่าช้าแบบวันทำการอาจไม่ถูกต้อง เลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อเติมวันหยุดราชการที่ระบบมี ' +
    `หรือเพิ่มวันหยุดหลังวันนั้นเองแล้วแก้วันที่ในช่อง ${coverageCell}`,
  /** The same, for a holidays tab that does not say through which day it is complete: its last holiday. */
  holidaysPastLastHoliday: (shown: string, lastHoliday: string) =>
    `วันที่ ${shown} เลยวันหยุดวันสุดท้ายในแท็บ "วันหยุด" (${lastHoliday}) ` +
    'การนับวันล่าช้าแบบวันทำการอาจไม่ถูกต้อง เลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อเติมวันหยุดราชการที่ระบบมี',
  /** The same, for a holidays tab with no holiday at all. */
  holidaysNone: (shown: string) =>
    `วันที่ ${shown} นับวันล่าช้าแบบวันทำการ แต่แท็บ "วันหยุด" ยังไม่มีวันหยุดราชการ ` +
    'เลือกเมนู ส่วนขยาย › KPI › ตั้งค่าชีตติดตามผล เพื่อเติมวันหยุดราชการที่ระบบมี หรือเพิ่มเอง',
  noProblems: 'ไม่พบข้อมูลที่ผิดพลาด',
  sheetMissing: (name: string) => `ไม่พบแท็บ "${name}"`,
  cellNotFound: (cell: string) => `ไม่พบเซลล์ ${cell}`,
} as const;

/** The sidebar and the dialogs (`src/client/`): every label, status and error they show. */
export const UI = {
  loading: 'กำลังโหลดข้อมูล…',
  notComputed: 'คำนวณไม่ได้',
  dash: '—',

  errorTitle: 'เกิดข้อผิดพลาด',
  dismiss: 'ปิดข้อความ',
  /** A call to the server failed: `detail` is what Apps Script said, shown so the user can report it. */
  callFailed: (detail: string) =>
    detail === '' ? 'ติดต่อ Google Sheets ไม่สำเร็จ กรุณาลองอีกครั้ง' : `ติดต่อ Google Sheets ไม่สำเร็จ: ${detail}`,
  /** Something went wrong in the page itself (a bug): `detail` helps whoever fixes it. */
  unexpected: (detail: string) =>
    detail === '' ? 'เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาปิดแล้วเปิดใหม่' : `เกิดข้อผิดพลาดที่ไม่คาดคิด: ${detail}`,
  noAppsScript: 'หน้านี้ต้องเปิดจากเมนู ส่วนขยาย › KPI ใน Google Sheets จึงจะทำงานได้ (ไม่พบ google.script.run)',

  selectedDivision: 'หน่วยงานที่เลือก',
  /** The card's word for a division's head (its grid column says the same). */
  head: 'ผู้อำนวยการ',
  noHead: 'ยังไม่ระบุ',
  roundSwitch: 'เลือกรอบการประเมิน',
  roundName: (round: number) => `รอบ ${round}`,
  onlyInRound: (round: number) => `มีรายชื่อเฉพาะในรอบ ${round}`,
  sheetRow: (sheetName: string, row: number) => `ชีต ${sheetName} แถว ${row}`,
  level: 'ระดับ',
  progress: 'ความคืบหน้า',
  daysLate: 'ล่าช้า',
  days: (count: string) => `${count} วัน`,
  penalty: 'หักคะแนน',
  score: 'คะแนน',
  weighted: 'คะแนนถ่วงน้ำหนัก',
  next: 'ขั้นต่อไป',
  allDone: 'ผ่านครบทุกระดับแล้ว',
  due: 'กำหนดส่ง',
  submitted: 'วันที่ส่ง',
  notSubmittedYet: 'ยังไม่ส่ง',
  checklist: 'ผลการดำเนินงาน',
  levelOf: (level: number | string) => `ระดับ ${level}`,
  met: 'ทำแล้ว',
  notMet: 'ยังไม่ทำ',
  halfPoint: (points: string) => `${points} คะแนน`,
  evidence: 'หลักฐาน',
  evidenceFor: (level: number) => `หลักฐานระดับ ${level} (เปิดในแท็บใหม่)`,
  report: 'รายงาน',
  openReport: 'เปิดรายงาน',
  openReportLabel: 'เปิดรายงาน (เปิดในแท็บใหม่)',
  rowProblems: 'ปัญหาในแถวนี้',
  /** A round whose "ไม่ประเมินรอบนี้" box is ticked: the figures that are not given. */
  exempt: 'ไม่ประเมินรอบนี้',
  exemptNote: 'ติ๊กไว้ในแถวนี้ จึงไม่หักคะแนน ไม่คิดระดับและคะแนน และไม่นับในค่าเฉลี่ยหรือจำนวนที่ส่งล่าช้าหรือยังไม่ส่ง',
  /** The short word in a figure's place (the figure boxes are narrow). */
  exemptFigure: 'ไม่ประเมิน',
  exemptCount: 'ไม่ประเมินรอบนี้',

  summary: 'สรุปทั้งแผ่นงาน',
  summaryRound: (round: number, sheetName: string) => `รอบ ${round} (ชีต ${sheetName})`,
  divisionCount: (count: number) => `${count} หน่วยงาน`,
  byLevel: 'จำนวนหน่วยงานในแต่ละระดับ',
  levelCount: (level: string, count: number) => `ระดับ ${level}: ${count} หน่วยงาน`,
  late: 'ส่งล่าช้า',
  notSubmitted: 'ยังไม่ส่งรายงาน',
  withProblems: 'มีปัญหาข้อมูล',
  noRounds: 'ยังไม่มีแท็บติดตามผล',

  checkData: 'ตรวจข้อมูล',
  checkAgain: 'ตรวจอีกครั้ง',
  checking: 'กำลังตรวจข้อมูล…',
  noProblems: 'ไม่พบปัญหา ข้อมูลถูกต้องทั้งหมด',
  problemsFound: (count: number) => `พบปัญหา ${count} รายการ เลือกรายการเพื่อไปยังเซลล์นั้น`,
  problemList: 'รายการปัญหาข้อมูล',
  problemSheet: (sheetName: string) => `ชีต ${sheetName}`,
  cellSelected: (sheetName: string, cell: string) => `เลือกเซลล์ ${cell} ในชีต ${sheetName} แล้ว`,

  addDivision: 'เพิ่มหน่วยงาน',
  divisionName: 'ชื่อหน่วยงาน',
  divisionHead: 'ชื่อผู้อำนวยการ',
  adding: 'กำลังเพิ่มหน่วยงาน…',
  nameRequired: 'กรุณากรอกชื่อหน่วยงาน',
  divisionReporter: 'ผู้รายงาน',
  divisionReporterPhone: 'โทรศัพท์ผู้รายงาน',
  optional: '(ไม่บังคับ)',
  nameLimit: (max: number) => `ไม่เกิน ${max} ตัวอักษร`,
  roundsApply: 'ประเมินในรอบ',
  roundsApplyHint: 'รอบที่ไม่ติ๊กจะถูกติ๊ก "ไม่ประเมินรอบนี้" ให้ (ไม่หักคะแนน ไม่นับในค่าเฉลี่ย)',
  addMany: 'เพิ่มหลายหน่วยงานพร้อมกัน',
  divisionList: 'รายการหน่วยงานที่จะเพิ่ม (บรรทัดละหนึ่งหน่วยงาน)',
  divisionListHelp: (max: number) =>
    'แต่ละบรรทัด: ชื่อหน่วยงาน, ผู้อำนวยการ, ผู้รายงาน, โทรศัพท์ (สองช่องหลังเว้นได้) ' +
    'คั่นด้วยจุลภาค (,) หรือคัดลอกแถวจากชีตมาวาง (คั่นด้วยแท็บ) ' +
    `ชื่อยาวไม่เกิน ${max} ตัวอักษร ไม่มีบรรทัดว่างหรือชื่อซ้ำ ` +
    'ระบบตรวจทั้งรายการก่อน ถ้ามีบรรทัดใดผิดจะยังไม่เพิ่มหน่วยงานใดเลย',
  addDivisions: 'เพิ่มทั้งรายการ',

  openPdf: 'เปิด PDF',
  openPdfLabel: 'เปิด PDF ของรายงาน (เปิดในแท็บใหม่)',
  reports: 'รายงานผล',
  reportOfDivision: 'รายงานของหน่วยงาน',
  /** The division and the round's tab a division's report is for: `กองคลัง (รอบ 2/2566)`. */
  reportTarget: (name: string, roundTab: string) => `${name} (${roundTab})`,
  reportPickDivision: 'เลือกแถวของหน่วยงานในแท็บรอบ 1 หรือรอบ 2 เพื่อสร้างรายงานของหน่วยงานนั้น',
  previewReport: 'ดูตัวอย่าง',
  previewLoading: 'กำลังเตรียมตัวอย่าง…',
  /** The preview dialog's title (Sheets draws it above the page): what it shows, and that no file was made. */
  previewDialogTitle: (fileName: string) => `ตัวอย่าง: ${fileName} (ยังไม่ได้สร้างไฟล์)`,
  generateOne: 'สร้างรายงานหน่วยงานนี้',
  generatingOne: (name: string) => `กำลังสร้างรายงานของ ${name}… อาจใช้เวลาสักครู่`,
  openDocLabel: 'เปิดรายงานใน Google เอกสาร (เปิดในแท็บใหม่)',
  reportOfRound: 'รายงานทั้งรอบ',
  generateAll: 'สร้างรายงานทุกหน่วยงาน',
  generateSummary: 'สร้างรายงานสรุป',
  /** A round and its fiscal year, as the round's tab is named: `รอบ 2/2566`. */
  roundOfYear: (round: number, fiscalYear: number) => `รอบ ${round}/${fiscalYear}`,
  generateAllOf: (roundLabel: string) => `สร้างรายงานทุกหน่วยงาน ${roundLabel}`,
  generateSummaryOf: (roundLabel: string) => `สร้างรายงานสรุป ${roundLabel}`,
  /** Above the whole-round buttons: they act on the tab in view. */
  reportRoundOfTab: (roundLabel: string) => `ของแท็บที่เปิดอยู่ (${roundLabel}) เปลี่ยนรอบได้โดยเปิดแท็บของรอบนั้น`,
  /** The active tab is not a round's: the whole-round buttons are disabled. */
  reportOpenRoundTab: 'เปิดแท็บของรอบ (เช่น รอบ 1/2566 หรือ รอบ 2/2566) เพื่อสร้างรายงานทั้งรอบ',
  generatingSummary: (roundLabel: string) => `กำลังสร้างรายงานสรุป ${roundLabel}… อาจใช้เวลาสักครู่`,
  openSummaryLabel: 'เปิดรายงานสรุปใน Google เอกสาร (เปิดในแท็บใหม่)',
  openSummaryPdfLabel: 'เปิด PDF ของรายงานสรุป (เปิดในแท็บใหม่)',
  batchTitle: (round: number) => `สร้างรายงานทุกหน่วยงาน รอบ ${round}`,
  batchProgress: 'ความคืบหน้าการสร้างรายงาน',
  batchCount: (done: number, total: number) => `${done} / ${total}`,
  batchValueText: (done: number, total: number) => `${done} จาก ${total} หน่วยงาน`,
  batchStarting: 'กำลังเริ่มสร้างรายงาน…',
  batchCurrent: (name: string) => `กำลังสร้าง: ${name}`,
  batchLast: (name: string) => `ล่าสุด: ${name}`,
  batchPaused: (startedAt: string) => `ชุดงานที่คุณเริ่มเมื่อ ${startedAt} ยังทำไม่เสร็จ กด "ทำต่อ" เพื่อสร้างต่อจากที่ค้างไว้`,
  batchInterrupted: 'หยุดไว้ก่อน ความคืบหน้าไม่หาย กด "ทำต่อ" เพื่อสร้างต่อ',
  batchCancelling: 'กำลังยกเลิก… รอหน่วยงานที่กำลังสร้างให้เสร็จก่อน',
  batchCancelled: (done: number, total: number) => `ยกเลิกแล้ว สร้างไป ${done} จาก ${total} หน่วยงาน`,
  batchDone: (total: number, failed: number) => {
    if (total === 0) return 'ไม่มีหน่วยงานในรอบนี้ จึงไม่ได้สร้างรายงาน';
    if (failed === 0) return `เสร็จแล้ว สร้างรายงานครบ ${total} หน่วยงาน`;
    return `เสร็จแล้ว สร้างสำเร็จ ${total - failed} จาก ${total} หน่วยงาน ไม่สำเร็จ ${failed} หน่วยงาน`;
  },
  /** No count: the server keeps only the latest errors; the done message has the count. */
  batchErrors: 'หน่วยงานที่สร้างไม่สำเร็จ',
  /** A batch's rows that need fixing first (no form made for them): its own list, a warning, not an error. */
  batchRefused: 'หน่วยงานที่ต้องแก้ไขข้อมูลก่อน (ยังไม่สร้างแบบรายงาน)',
  batchFolder: 'เปิดโฟลเดอร์รายงาน',
  batchFolderLabel: 'เปิดโฟลเดอร์รายงานใน Google Drive (เปิดในแท็บใหม่)',
  batchWaiting: 'รอให้การสร้างรายงานอื่นเสร็จก่อน แล้วจะทำต่อให้เอง…',
  batchError: (division: string, reason: string) => `${division}: ${reason}`,
  cancel: 'ยกเลิก',
  resume: 'ทำต่อ',
  retry: 'ลองอีกครั้ง',
} as const;

/**
 * The report form (แบบรายงานผล) and the round's summary: titles, labels and the
 * words around figures. Digits come in already written (Arabic or Thai).
 */
export const REPORT = {
  formTitle: 'แบบรายงานผลการดำเนินงานตามตัวชี้วัด',
  cardTitle: 'ตัวชี้วัดของผู้อำนวยการสำนัก/กอง หรือเทียบเท่า (ด้านการปรับปรุงกระบวนการ)',
  summaryTitle: 'รายงานสรุปผลการดำเนินงานตามตัวชี้วัด',
  fiscalYear: (year: string) => `ประจำปีงบประมาณ พ.ศ. ${year}`,
  fiscalYearRound: (year: string, round: string) => `ประจำปีงบประมาณ พ.ศ. ${year} รอบ ${round}`,
  roundLabel: (round: string, year: string, from: string, to: string) =>
    `รอบ ${round}/${year} (${from} – ${to})`,
  weight: (percent: string) => `ร้อยละ ${percent}`,
  days: (count: string) => `${count} วัน`,
  points: (points: string) => `${points} คะแนน`,
  divisions: (count: string) => `${count} หน่วยงาน`,
  levelOf: (level: string) => `ระดับ ${level}`,
  notComputed: '–',
  headRole: (division: string) => (division === '' ? 'ผู้อำนวยการสำนัก/กอง' : `ผู้อำนวยการ${division}`),
  reporter: 'ผู้รายงาน',
  /** An exempt division's form and summary line say this instead of figures. */
  notAssessed: 'ไม่ประเมินในรอบนี้',
  notAssessedNote: 'หน่วยงานนี้ไม่ได้รับการประเมินในรอบนี้ จึงไม่มีระดับคะแนนและไม่ถูกหักคะแนน',
  /** The summary's remarks column. */
  remark: {
    notSubmitted: 'ยังไม่ส่งรายงาน',
    notAssessed: 'ไม่ประเมินในรอบนี้',
    needsFix: 'ข้อมูลไม่ครบ/ต้องแก้ไข',
    extended: (due: string) => `ขยายเวลาถึง ${due}`,
  },
  /** A list of divisions after a count (`2 หน่วยงาน: กองคลัง, กองแผนงาน`). */
  divisionsNamed: (count: string, names: readonly string[]) =>
    names.length === 0 ? `${count} หน่วยงาน` : `${count} หน่วยงาน: ${names.join(', ')}`,
  /** Which rows the average counts, and why the others are left out. */
  averageBasis: (counted: string, needsFix: string, exempt: string) => {
    const left = [
      needsFix === '' ? '' : `${needsFix} หน่วยงานที่ข้อมูลต้องแก้ไข`,
      exempt === '' ? '' : `${exempt} หน่วยงานที่ไม่ประเมินรอบนี้`,
    ].filter((part) => part !== '');
    return `เฉลี่ยจาก ${counted} หน่วยงานที่คำนวณได้${left.length === 0 ? '' : ` ไม่รวม ${left.join(' และ ')}`}`;
  },
  /** The footer of every page: what the paper is, should its pages come apart. */
  footer: (parts: readonly string[]) => parts.filter((part) => part !== '').join(' · '),
  roundShort: (round: string, year: string) => `รอบ ${round}/${year}`,
  /** Evidence named for paper: the kind of Google file, else the file's name and its site. */
  evidence: {
    document: 'Google เอกสาร',
    spreadsheet: 'Google ชีต',
    presentation: 'Google สไลด์',
    form: 'Google ฟอร์ม',
    driveFile: 'ไฟล์ใน Google Drive',
    driveFolder: 'โฟลเดอร์ใน Google Drive',
    file: (name: string, site: string) => `${name} (${site})`,
  },
  collector: 'ผู้จัดเก็บข้อมูล',
  supervisor: 'ผู้กำกับดูแลตัวชี้วัด',
  figure: {
    level: 'ระดับคะแนนที่ได้',
    daysLate: 'จำนวนวันที่ล่าช้า',
    penalty: (rate: string) => `คะแนนที่ถูกหัก (วันละ ${rate} คะแนน)`,
    net: 'คะแนนสุทธิ',
    weighted: (weight: string) => `คะแนนถ่วงน้ำหนัก (ร้อยละ ${weight})`,
  },
  narrative: { results: 'ผลการดำเนินงาน', problems: 'ปัญหา/อุปสรรค', suggestions: 'ข้อเสนอแนะ' },
  totals: {
    divisions: 'จำนวนหน่วยงานทั้งหมด',
    late: 'ส่งรายงานล่าช้า',
    notSubmitted: 'ยังไม่ส่งรายงาน',
    withProblems: 'มีข้อมูลที่ต้องตรวจสอบ',
    average: 'คะแนนสุทธิเฉลี่ย',
    exempt: 'ไม่ประเมินในรอบนี้',
  },
  fileName: (division: string, round: string, year: string) => `รายงานผล_${division}_รอบ${round}_${year}`,
  summaryFileName: (round: string, year: string) => `รายงานสรุปผล_รอบ${round}_${year}`,
  unnamedDivision: 'ไม่ระบุหน่วยงาน',
  /** Labels the renderers lay the model out with. */
  label: {
    indicator: 'ชื่อตัวชี้วัด',
    weight: 'น้ำหนักตัวชี้วัด',
    round: 'รอบการประเมิน',
    division: 'หน่วยงาน',
    head: 'ผู้อำนวยการ',
    reporter: 'ผู้รายงาน',
    description: 'คำอธิบายตัวชี้วัด',
    condition: 'เงื่อนไข',
    due: 'วันครบกำหนดส่ง',
    submitted: 'วันที่ส่งรายงาน',
    reportDate: 'วันที่รายงาน',
    levelsHeading: 'ผลการดำเนินงานตามเกณฑ์การให้คะแนน',
    levelColumn: 'ระดับคะแนน',
    milestoneColumn: 'ค่าเป้าหมาย/รายละเอียดการดำเนินงาน',
    resultColumn: 'ผลการดำเนินงาน',
    evidenceColumn: 'หลักฐานอ้างอิง',
    met: 'ดำเนินการแล้ว',
    notMet: 'ยังไม่ดำเนินการ',
    noMilestone: '–',
    scoreHeading: 'ผลคะแนน',
    narrativeHeading: 'ผลการดำเนินงาน ปัญหา/อุปสรรค และข้อเสนอแนะ',
    dataProblems: 'ข้อมูลที่ต้องตรวจสอบก่อนส่งรายงาน',
    contactsHeading: 'ผู้ประสานงานตัวชี้วัด',
    phone: 'โทรศัพท์',
    sign: 'ลงชื่อ',
    summaryTableHeading: 'ผลการดำเนินงานรายหน่วยงาน',
    number: 'ที่',
    netColumn: 'คะแนนสุทธิ',
    weightedColumn: 'คะแนนถ่วงน้ำหนัก',
    daysLateColumn: 'วันที่ล่าช้า',
    levelReachedColumn: 'ระดับที่ได้',
    submittedColumn: 'วันที่ส่ง',
    penaltyColumn: 'คะแนนที่ถูกหัก',
    remarksColumn: 'หมายเหตุ',
    countsHeading: 'จำนวนหน่วยงานในแต่ละระดับคะแนน',
    countColumn: 'จำนวนหน่วยงาน',
    totalsHeading: 'ภาพรวม',
    noDivisions: 'ยังไม่มีหน่วยงานในรอบนี้',
  },
} as const;

/**
 * The Google Doc report form's own words and marks, beside `REPORT.label` (which
 * every renderer shares): ✓/✗, the evidence link, the signature lines, the chart.
 */
export const DOC_REPORT = {
  met: '✓',
  notMet: '✗',
  legend: (met: string, notMet: string) => `✓ = ${met}   ✗ = ${notMet}`,
  notSubmitted: 'ยังไม่ส่งรายงาน',
  blank: '–',
  roleColumn: 'หน้าที่',
  nameColumn: 'ชื่อ–สกุล',
  chartColumn: 'แผนภูมิ',
  /** One block of the bar chart per division. */
  bar: '█',
  signLine: (sign: string) => `${sign} ..................................................`,
  signName: (name: string) =>
    name === '' ? '(..................................................)' : `(${name})`,
} as const;

/** How many divisions a batch made, failed and skipped, of how many. */
export interface BatchCounts {
  readonly total: number;
  readonly made: number;
  readonly failed: number;
  readonly skipped: number;
  /** Divisions whose rows need fixing first: no form made for them. */
  readonly refused?: number;
}

function batchShortfall(counts: BatchCounts): string {
  const refused =
    (counts.refused ?? 0) > 0 ? ` ต้องแก้ไขข้อมูลก่อน ${counts.refused} หน่วยงาน (ยังไม่สร้างแบบรายงาน)` : '';
  const failed = counts.failed > 0 ? ` ผิดพลาด ${counts.failed} หน่วยงาน (ดูสถานะในแต่ละแถว)` : '';
  const skipped = counts.skipped > 0 ? ` ข้าม ${counts.skipped} หน่วยงานที่ไม่พบในแท็บแล้ว` : '';
  return refused + failed + skipped;
}

/** Generating reports: outcomes, statuses written to rows, batch progress. */
export const REPORT_RUN = {
  divisionDone: (division: string) => `สร้างรายงานผลของ ${division} แล้ว`,
  summaryDone: (round: number) => `สร้างรายงานสรุปผลรอบ ${round} แล้ว`,
  failed: (reason: string) => `สร้างรายงานไม่สำเร็จ: ${reason}`,
  statusDone: (date: string) => `สำเร็จ ${date}`,
  statusFailed: (reason: string) => `ผิดพลาด: ${reason}`,
  /** A row with data problems gets no official form: why, naming the cells to fix (the sheet's own words). */
  refusedCells: (cells: readonly string[]) =>
    `แก้ไขข้อมูล${cells.length === 0 ? 'ในแถวนี้' : `ที่ช่อง ${cells.join(', ')}`} ก่อน (ดูรายละเอียดที่เมนู ตรวจข้อมูล)`,
  /** The sheet's card cannot be read: nothing official is made until it is fixed. */
  refusedCard: (problem: string) => `แก้ไขแท็บบัตรตัวชี้วัดก่อน (${problem})`,
  statusRefused: (reason: string) => `ยังไม่สร้างรายงาน: ${reason}`,
  refusedDivision: (division: string, reason: string) => `ยังไม่สร้างรายงานของ ${division}: ${reason}`,
  /** A division of a batch, named with its row for the list of those to fix. */
  divisionOnRow: (division: string, row: number) => `${division} (แถว ${row})`,
  folderName: (fiscalYear: number) => `รายงานผล KPI ${fiscalYear}`,
  folderMissing:
    'ไม่พบโฟลเดอร์รายงานที่ตั้งค่าไว้ (อาจถูกลบ หรือไม่ได้สร้างโดยส่วนเสริมนี้) ลบค่าในแท็บตั้งค่าเพื่อให้ระบบสร้างโฟลเดอร์ใหม่',
  // The add-on works under Drive's `drive.file` scope: it opens only folders it
  // made itself, for the user running it, so a folder typed in by hand cannot be used.
  folderInaccessible: `ส่วนเสริมเปิดโฟลเดอร์ตามลิงก์ในช่อง “${SETTING_TEXT.reportFolder.label}” ไม่ได้ (ใช้ได้เฉพาะโฟลเดอร์ที่ส่วนเสริมสร้างในบัญชีของคุณ) กรุณาลบลิงก์ในช่องนั้นให้ว่างแล้วสร้างรายงานใหม่ ระบบจะสร้างโฟลเดอร์ให้ จากนั้นจึงย้ายหรือแชร์โฟลเดอร์นั้นใน Google Drive`,
  folderTrashed: (name: string) =>
    `โฟลเดอร์รายงาน “${name}” อยู่ในถังขยะของ Google Drive กรุณากู้คืนจากถังขยะ หรือลบลิงก์ในช่อง “${SETTING_TEXT.reportFolder.label}” ให้ว่างเพื่อให้ระบบสร้างโฟลเดอร์ใหม่`,
  folderNotAFolder: (name: string) =>
    `ลิงก์ในช่อง “${SETTING_TEXT.reportFolder.label}” เป็นไฟล์ “${name}” ไม่ใช่โฟลเดอร์ กรุณาลบลิงก์นั้นให้ว่างเพื่อให้ระบบสร้างโฟลเดอร์ให้`,
  folderLinkInvalid: (value: string) =>
    `ค่าในช่อง “${SETTING_TEXT.reportFolder.label}” ไม่ใช่ลิงก์โฟลเดอร์ Google Drive กรุณาลบค่านั้นให้ว่างเพื่อให้ระบบสร้างโฟลเดอร์ให้ (ค่าที่พบ: ${value})`,
  roundTabMissing: (round: number) => `ไม่พบแท็บของรอบ ${round} กรุณาตั้งค่าชีตติดตามผลก่อน`,
  /** A whole-round action named a tab that is gone (renamed or deleted since the sidebar last looked). */
  roundTabGone: (sheetName: string) =>
    `ไม่พบแท็บ "${sheetName}" แล้ว (อาจถูกเปลี่ยนชื่อหรือลบ) ยังไม่ได้สร้างรายงาน กรุณาเปิดแท็บของรอบที่ต้องการแล้วกดอีกครั้ง`,
  /** A whole-round action of `round` named a tab of another round (a stale sidebar). */
  roundTabMismatch: (round: number, sheetName: string) =>
    `แท็บ "${sheetName}" ไม่ใช่แท็บของรอบ ${round} ยังไม่ได้สร้างรายงาน กรุณาตรวจชื่อรอบบนปุ่มแล้วกดอีกครั้ง`,
  divisionNotFound: (round: number, row: number) => `ไม่พบหน่วยงานในแถว ${row} ของแท็บรอบ ${round}`,
  noDivisions: (round: number) => `ยังไม่มีหน่วยงานในแท็บรอบ ${round}`,
  lockBusy: 'มีการสร้างรายงานอื่นกำลังทำงานอยู่ กรุณาลองอีกครั้งในอีกสักครู่',
  otherUserBatch: (round: number, startedAt: string, done: number, total: number) =>
    `ผู้ใช้อื่นกำลังสร้างรายงานรอบ ${round} อยู่ (เริ่มเมื่อ ${startedAt} ทำแล้ว ${done}/${total}) กรุณารอให้เสร็จก่อน`,
  batchRunning: (done: number, total: number, current: string) =>
    current === '' ? `กำลังสร้างรายงาน ${done}/${total}` : `กำลังสร้างรายงาน ${done}/${total}: ${current}`,
  // What a batch really made: divisions failed (marked on their rows) and skipped (no longer in the tab) are counted apart.
  batchDone: (counts: BatchCounts) =>
    counts.made === counts.total
      ? `สร้างรายงานครบ ${counts.total} หน่วยงานแล้ว`
      : `สร้างรายงานเสร็จ ${counts.made}/${counts.total} หน่วยงาน${batchShortfall(counts)}`,
  batchCancelled: (counts: BatchCounts) =>
    `ยกเลิกแล้ว สร้างรายงานไป ${counts.made}/${counts.total} หน่วยงาน${batchShortfall(counts)}`,
  divisionGone: (round: number) =>
    `ไม่พบหน่วยงานนี้ในแท็บรอบ ${round} แล้ว (อาจถูกลบหรือเปลี่ยนชื่อหลังเริ่มสร้างรายงาน) จึงข้ามไป`,
  divisionNoLongerThere: (division: string, round: number) =>
    `ไม่พบหน่วยงาน ${division} ในแท็บรอบ ${round} แล้ว (อาจถูกลบหรือเปลี่ยนชื่อ) จึงไม่ได้ทำรายงาน กรุณาเลือกแถวของหน่วยงานอีกครั้ง`,
  divisionOnRows: (division: string, round: number, rows: readonly number[]) =>
    `ชื่อหน่วยงาน ${division} อยู่หลายแถวในแท็บรอบ ${round} (แถว ${rows.join(', ')}) จึงไม่ได้ทำรายงาน กรุณาแก้ชื่อให้ไม่ซ้ำกันแล้วเลือกแถวอีกครั้ง`,
  divisionAtRow: (row: number) => `หน่วยงานแถว ${row} (เมื่อเริ่มสร้างรายงาน)`,
  divisionInBatch: (position: number) => `หน่วยงานลำดับที่ ${position}`,
  duplicateDivision: (firstRow: number) =>
    `ชื่อหน่วยงานซ้ำกับแถว ${firstRow} จึงไม่สร้างรายงานให้แถวนี้ กรุณาแก้ชื่อให้ไม่ซ้ำกัน`,
  cancelNotOwner: (startedAt: string, staleMinutes: number) =>
    `ยกเลิกไม่ได้ ชุดงานนี้ผู้ใช้อื่นเป็นผู้เริ่ม (เมื่อ ${startedAt}) เฉพาะผู้เริ่มเท่านั้นที่ยกเลิกได้ หากไม่มีความคืบหน้านานเกิน ${staleMinutes} นาที จึงเริ่มชุดใหม่แทนได้`,
  tooManyDivisions: (round: number, count: number, max: number) =>
    `แท็บรอบ ${round} มี ${count} หน่วยงาน เกินกว่าที่สร้างรายงานในชุดเดียวได้ (${max} หน่วยงาน) กรุณาสร้างรายงานทีละหน่วยงาน`,
  propertiesFull: 'พื้นที่บันทึกข้อมูลของส่วนเสริมในสเปรดชีตนี้เต็ม จึงสร้างรายงานต่อไม่ได้ กรุณาแจ้งผู้ดูแลระบบ',
  batchNotFound: 'ไม่พบชุดงานสร้างรายงานนี้ (อาจถูกยกเลิกหรือเริ่มใหม่แล้ว)',
  unknownError: 'เกิดข้อผิดพลาดที่ไม่ทราบสาเหตุ',
  time: (date: string, hours: number, minutes: number) =>
    `${date} ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')} น.`,
} as const;
