/**
 * The report form (แบบรายงานผล) as data: what every renderer (Google Doc, PDF,
 * HTML) shows, in order, already worded and formatted in Thai. Renderers add no
 * logic of their own: they lay this out.
 */

import type { Round } from './card';

/** A person on the form: name and phone. */
export interface ReportContact {
  /** Their role on the card, in Thai (ผู้จัดเก็บข้อมูล, ผู้กำกับดูแลตัวชี้วัด). */
  readonly role: string;
  readonly name: string;
  readonly phone: string;
}

/** One milestone line of the level table. */
export interface ReportMilestone {
  /** The card's official text. */
  readonly text: string;
  readonly met: boolean;
  /** Points it earns on its own, written (`0.5 คะแนน`), `''` when the level is all or nothing. */
  readonly points: string;
  /** The evidence link, `''` if none. */
  readonly evidence: string;
  /**
   * The evidence named for paper (`manual.pdf (example.org)`, `Google เอกสาร`), the
   * link's text; `''` when there is none. The address stays the link's target.
   */
  readonly evidenceName: string;
}

/** One row of the level table: a level and its milestones (none for a "–" level). */
export interface ReportLevel {
  readonly level: number;
  /** The level written for people (`3`, or `๓` in Thai digits). */
  readonly label: string;
  readonly milestones: readonly ReportMilestone[];
  /** Whether the division reached this level. */
  readonly reached: boolean;
}

/** A labelled figure of the score table, written for people (`0.30`, `3 วัน`). */
export interface ReportFigure {
  readonly label: string;
  readonly value: string;
}

/** A signature line: the role under the dotted line, with the name in brackets. */
export interface ReportSignature {
  readonly role: string;
  readonly name: string;
}

/** The report form of one division for one round. */
export interface DivisionReport {
  readonly kind: 'division';
  /** Title lines of the form, top to bottom. */
  readonly title: readonly string[];
  readonly indicatorName: string;
  /** `ร้อยละ 5`. */
  readonly weight: string;
  readonly fiscalYear: number;
  readonly round: Round;
  /** `รอบ 1/2566 (1 ตุลาคม 2565 – 31 มีนาคม 2566)`. */
  readonly roundLabel: string;
  readonly division: string;
  readonly head: string;
  /** The card's คำอธิบายตัวชี้วัด. */
  readonly description: string;
  /** The card's เงื่อนไข: the late penalty, with the rate as set. */
  readonly condition: string;
  /** Whether the division is not assessed this round ("ไม่ประเมินรอบนี้"): then there are no figures. */
  readonly exempt: boolean;
  /** What the form says instead of figures when {@link exempt}; `''` otherwise. */
  readonly notAssessed: string;
  readonly levels: readonly ReportLevel[];
  /** Level, days late, penalty, net and weighted score, in that order; none when exempt. */
  readonly figures: readonly ReportFigure[];
  /** Due and submitted dates, written in B.E. (`''` when not submitted). */
  readonly due: string;
  readonly submitted: string;
  /** Free text from the row: results, problems, suggestions (each `''` when blank). */
  readonly narrative: readonly ReportFigure[];
  /**
   * Problems found in the row's cells, Thai, each naming its cell; empty when clean.
   * A form with problems is never made into a Doc (generating it is refused); only
   * the preview shows them, as a note that the form cannot be used yet.
   */
  readonly dataProblems: readonly string[];
  /** The division's reporter, then the data collector and the supervisor. */
  readonly contacts: readonly ReportContact[];
  /** `25 ธันวาคม 2566` (Thai digits when the setting asks). */
  readonly reportDate: string;
  /** Reporter, head of the division, data collector, supervisor. */
  readonly signatures: readonly ReportSignature[];
  /** The text at the foot of every page: indicator, division, round. */
  readonly footer: string;
  /** `รายงานผล_<division>_รอบ<round>_<year>`, safe for Drive. */
  readonly fileName: string;
}

/** One division's line of the summary. */
export interface SummaryRow {
  /** Its place in the table, written (`1`, or `๑` in Thai digits). */
  readonly number: string;
  readonly division: string;
  /** The submitted date in B.E. (`13 ต.ค. 2566`), `–` when not submitted. */
  readonly submitted: string;
  /** Figures written for people; `–` when a problem stops them or the division is not assessed. */
  readonly level: string;
  readonly daysLate: string;
  readonly penalty: string;
  readonly score: string;
  readonly weighted: string;
  /** ยังไม่ส่งรายงาน, ไม่ประเมินในรอบนี้, ข้อมูลไม่ครบ/ต้องแก้ไข, an extension: never a cell address. */
  readonly remarks: string;
  /** The level as a number for the chart, `null` when a problem stops it or the division is exempt. */
  readonly levelValue: number | null;
}

/** The summary report of all divisions of a round, for the supervisor. */
export interface SummaryReport {
  readonly kind: 'summary';
  readonly title: readonly string[];
  readonly indicatorName: string;
  readonly fiscalYear: number;
  readonly round: Round;
  readonly roundLabel: string;
  readonly rows: readonly SummaryRow[];
  /** Divisions at each level, for the chart and the counts table. */
  readonly countsByLevel: readonly {
    readonly level: string;
    readonly count: number;
    /** The count written for people (`3`, or `๓` in Thai digits). */
    readonly countText: string;
  }[];
  /**
   * Counts written for people: divisions, late, not submitted (named), with data
   * to fix (named), not assessed (named), the average score and which rows it counts.
   */
  readonly totals: readonly ReportFigure[];
  readonly contacts: readonly ReportContact[];
  readonly reportDate: string;
  readonly signatures: readonly ReportSignature[];
  /** The text at the foot of every page. */
  readonly footer: string;
  /** `รายงานสรุปผล_รอบ<round>_<year>`. */
  readonly fileName: string;
}

/** Either report. */
export type Report = DivisionReport | SummaryReport;
