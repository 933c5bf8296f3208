/**
 * Reports for every division of a round, in chunks the sidebar asks for one
 * after another, each well under Apps Script's 30-second limit. Progress is kept
 * in document properties, so a closed sidebar resumes where it stopped; one batch
 * at a time per spreadsheet (document lock).
 */

import type { Round } from '../../core/card';
import type { BatchStatus } from '../../core/views';

/** Starts a batch for a round (or returns the one running). */
export function startBatch(round: Round): BatchStatus {
  throw new Error(`startBatch(${round}) is being written`);
}

/** Reports the next few divisions of a batch. */
export function continueBatch(batchId: string): BatchStatus {
  throw new Error(`continueBatch(${batchId}) is being written`);
}

/** Stops a batch after the division in progress. */
export function cancelBatch(batchId: string): BatchStatus {
  throw new Error(`cancelBatch(${batchId}) is being written`);
}

/** The batch in progress or last run, for a sidebar that opens again. */
export function currentBatch(): BatchStatus | null {
  return null;
}
