/**
 * What the sidebar and dialogs show: plain data, computed on the server from the
 * tracking sheet and sent to the client as it is (no functions, no Dates: Apps
 * Script's `google.script.run` passes only plain values).
 */

import type { Round } from './card';

/** One milestone of a round's checklist. */
export interface MilestoneCheck {
  /** The level it belongs to (1–5). */
  readonly level: number;
  /** Short Thai text of the milestone. */
  readonly text: string;
  readonly met: boolean;
  /** Points it earns on its own (0.5 for a half of round 2 level 3), absent when all or nothing. */
  readonly partialPoints?: number;
  /** The evidence link typed in its evidence column, `''` if none. */
  readonly evidence: string;
}

/**
 * A division's standing in one round. Numbers are `null` when a problem stops them.
 *
 * An exempt row (its "ไม่ประเมินรอบนี้" box ticked) is not assessed this round: `daysLate`
 * and `penalty` are `0`, `level`, `score` and `weighted` are `null` and `next` is `''` (its
 * formula cells show "ไม่ประเมินรอบนี้"); the checklist, progress, dates and problems are
 * as for any row.
 */
export interface RoundStatus {
  readonly round: Round;
  /** The round's "ไม่ประเมินรอบนี้" box is ticked: no penalty, left out of averages and counts. */
  readonly exempt: boolean;
  readonly sheetName: string;
  /** The division's row in that tab (1-based). */
  readonly row: number;
  readonly checklist: readonly MilestoneCheck[];
  readonly progressPercent: number | null;
  readonly level: number | null;
  readonly daysLate: number | null;
  readonly penalty: number | null;
  readonly score: number | null;
  readonly weighted: number | null;
  /** The next milestone to reach, `''` at level 5. */
  readonly next: string;
  /** Every problem of the row, Thai, each naming its cell (`C7: …`). */
  readonly problems: readonly string[];
  /** Due and submitted dates written in B.E. (`10 เม.ย. 2566`), `''` when blank. */
  readonly due: string;
  readonly submitted: string;
  readonly reportLink: string;
  readonly pdfLink: string;
  readonly reportStatus: string;
}

/** The selected division: its name, head and both rounds where it is listed. */
export interface DivisionView {
  readonly name: string;
  readonly head: string;
  /** The round of the tab the cursor is in. */
  readonly selectedRound: Round;
  readonly rounds: readonly RoundStatus[];
}

/** A count of divisions at one level. */
export interface LevelCount {
  /** The level as shown: `0`, `1`, `2.5`, … */
  readonly level: string;
  readonly count: number;
}

/** The whole of one round's tab at a glance. */
export interface RoundSummary {
  readonly round: Round;
  readonly sheetName: string;
  readonly divisions: number;
  readonly byLevel: readonly LevelCount[];
  /** Divisions late (days late above 0), not counting exempt ones. */
  readonly late: number;
  /** Divisions with no submitted date, not counting exempt ones. */
  readonly notSubmitted: number;
  readonly withProblems: number;
  /** Divisions marked "ไม่ประเมินรอบนี้" (not assessed this round); they are not in `byLevel`. */
  readonly exempt: number;
}

/**
 * The round tab the user is in (the active tab): the round's whole-round actions
 * (every division's report, the summary) act on it and their buttons name it.
 */
export interface ActiveRoundTab {
  readonly round: Round;
  /** The tab's name as Sheets has it (`รอบ 2/2566`), sent back with each whole-round action. */
  readonly sheetName: string;
  /** The fiscal year (B.E.) the tab's name carries. */
  readonly fiscalYear: number;
}

/** Everything the sidebar shows, in one call. */
export interface SidebarData {
  /** Changes exactly when what is shown changes: the sidebar redraws only then (no flicker). */
  readonly key: string;
  /** The division under the cursor, `null` when the cursor is not on a division's row. */
  readonly division: DivisionView | null;
  /** Thai guidance when there is no division to show (no tracking tabs yet, cursor elsewhere). */
  readonly hint: string;
  readonly summary: readonly RoundSummary[];
  /** The active tab when it is a round's tab, `null` when it is not (settings, holidays, another tab). */
  readonly activeRound: ActiveRoundTab | null;
}

/** A bad cell found by "check data". */
export interface DataProblem {
  readonly sheetName: string;
  /** The cell, in A1 notation (`C7`). */
  readonly cell: string;
  readonly message: string;
}

/** The outcome of an action, for a Thai message to the user. */
export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
}

/** A report shown before it is generated: the HTML rendering of the report model. */
export interface ReportPreview {
  readonly fileName: string;
  /** A self-contained, escaped HTML document (inline CSS), to show in an iframe's `srcdoc`. */
  readonly html: string;
}

/** What generating one report did. */
export interface ReportOutcome {
  readonly ok: boolean;
  /** Thai: `สร้างรายงาน … แล้ว` or the reason it failed. */
  readonly message: string;
  readonly docUrl: string;
  readonly pdfUrl: string;
  /** True when the row has data problems: no form was made, the reason is on its status cell. */
  readonly refused?: boolean;
}

/** A division a batch could not report, and why (Thai). */
export interface BatchError {
  readonly division: string;
  readonly reason: string;
  /** `refused`: its row needs fixing first (a warning); `failed`/`skipped` (or absent): an error. */
  readonly kind?: 'refused' | 'failed' | 'skipped';
  /** Its row in the tab, when known. */
  readonly row?: number;
}

/** Where a batch of reports stands ("all divisions of a round"). */
export interface BatchStatus {
  readonly id: string;
  readonly round: Round;
  /** running: call `continueReportBatch` again; busy: another run holds the spreadsheet. */
  readonly state: 'running' | 'done' | 'cancelled' | 'busy';
  readonly total: number;
  readonly done: number;
  /** The division being (or last) reported; a very long name is cut short (the row has it whole). */
  readonly current: string;
  readonly errors: readonly BatchError[];
  /** Whether this user started it (a second user sees someone else's batch). */
  readonly mine: boolean;
  /** When it started, written in Thai (`25 พ.ย. 2569 14:20 น.`). */
  readonly startedAt: string;
  /** Thai summary for the progress line. */
  readonly message: string;
  /** Divisions whose rows need fixing first (no form made): a batch ending with some is a warning. */
  readonly refused?: number;
  /** The reports folder, once the batch has written to it (`''` before). */
  readonly folderUrl?: string;
}
