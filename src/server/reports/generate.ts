/**
 * Generating report files: the Doc and its PDF in the reports folder, replacing
 * the division's earlier files for the round, and the links and status written
 * back to its row.
 */

import type { Round } from '../../core/card';
import type { ReportOutcome, ReportPreview } from '../../core/views';
import type { SpreadsheetHandle } from '../services/spreadsheet';

/** The HTML preview of a division's report form. */
export function previewReport(spreadsheet: SpreadsheetHandle, round: Round, row: number): ReportPreview {
  throw new Error(`previewReport(${spreadsheet.timeZone()}, ${round}, ${row}) is being written`);
}

/** Generates one division's report. */
export function generateOneReport(round: Round, row: number): ReportOutcome {
  throw new Error(`generateOneReport(${round}, ${row}) is being written`);
}

/** Generates a round's summary report. */
export function generateSummary(round: Round): ReportOutcome {
  throw new Error(`generateSummary(${round}) is being written`);
}
