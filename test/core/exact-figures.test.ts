/**
 * Issue 10, finding 10 across the product: the sidebar (roundStatus), the report
 * form and the summary give the same penalty and weighted score as the custom
 * functions for the same cells: the exact product, rounded once, half up.
 */

import fc from 'fast-check';
import type { CellValue } from '../../src/core/cells';
import { buildDivisionReport, buildSummaryReport, formatPoints, formatWeighted } from '../../src/core/report';
import { kpiPenalty, kpiScore, kpiWeighted } from '../../src/server/functions';
import { bigDecimalOf, bigProduct, bigRoundHalfUp, expectedWeighted } from '../decimal-oracle';
import { milestones, REPORT_DAY, readOne, readTab, settingsWith } from './report-fixtures';

/** 10 April 2023 as a Sheets serial: the row's due date. */
const DUE = 45026;

/** A division of round 1 with these milestones, submitted `days` after the due date. */
function division(reviewDone: boolean, planDone: boolean, progress: number, days: number) {
  return {
    division: 'กองคลัง',
    ...milestones(1, [reviewDone, planDone, progress]),
    due: DUE,
    submitted: DUE + days,
  };
}

/** What the penalty must be: rate × days exactly, rounded half up once to 0.01 point. */
const expectedPenalty = (rate: CellValue, days: number) =>
  Number(bigRoundHalfUp(bigProduct(bigDecimalOf(String(rate)), bigDecimalOf(days)), 2)) / 100;

describe('the sidebar and the report compute as the custom functions', () => {
  it('a 5.555 % weight: 0.2778 for a score of 5, as KPIWEIGHTED, and the weight written as set', () => {
    const settings = settingsWith({ weight: 5.555 });
    const { row, status } = readOne(1, division(true, true, 1, 0), settings);
    expect(kpiWeighted(5, 5.555)).toBe(0.2778);
    expect(status.weighted).toBe(0.2778);
    const report = buildDivisionReport({ round: 1, row, status, settings, reportDay: REPORT_DAY });
    expect(report.weight).toBe('ร้อยละ 5.555');
    expect(report.figures[4]).toEqual({ label: 'คะแนนถ่วงน้ำหนัก (ร้อยละ 5.555)', value: '0.2778' });
  });

  it('a rate of 0.0049995 a day, one day late: 0.00, as KPIPENALTY (not 0.005 rounded again to 0.01)', () => {
    const settings = settingsWith({ ratePerDay: 0.0049995 });
    const { row, status } = readOne(1, division(true, true, 1, 1), settings);
    expect(kpiPenalty(DUE, DUE + 1, '', 0.0049995)).toBe(0);
    expect(status.penalty).toBe(0);
    expect(status.score).toBe(5);
    const report = buildDivisionReport({ round: 1, row, status, settings, reportDay: REPORT_DAY });
    expect(report.figures[2]).toEqual({ label: 'คะแนนที่ถูกหัก (วันละ 0.0049995 คะแนน)', value: '0.00' });
  });

  // Weights as a person sets them: a fraction (0.05555), percent points (5.555) or text with %.
  const weight = fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }).map((units) => units / 10_000),
    fc.integer({ min: 0, max: 100_000 }).map((units) => units / 100_000),
    fc.integer({ min: 0, max: 1_000_000 }).map((units) => `${units / 10_000}%`),
  );
  const rate = fc.oneof(
    fc.integer({ min: 0, max: 50_000_000 }).map((units) => units / 10_000_000),
    fc.constantFrom(0.1, 0.05, 0.0049995, 0.0000005),
  );
  const row = fc.record({
    reviewDone: fc.boolean(),
    planDone: fc.boolean(),
    progress: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
    days: fc.integer({ min: 0, max: 400 }),
  });

  it('penalty, score and weighted score of every row are KPIPENALTY’s, KPISCORE’s and KPIWEIGHTED’s', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        weight,
        rate,
        (rows, weightCell, rateCell) => {
          const settings = settingsWith({ weight: weightCell, ratePerDay: rateCell });
          expect(settings.problems).toEqual([]);
          const cells = rows.map((one) => division(one.reviewDone, one.planDone, one.progress, one.days));
          const tab = readTab(1, cells, settings);
          const summary = buildSummaryReport({
            round: 1,
            divisions: tab.entries,
            settings,
            reportDay: REPORT_DAY,
          });
          rows.forEach((one, index) => {
            const status = tab.statuses[index];
            const milestoneCells = [[one.reviewDone, one.planDone, one.progress]];
            const penalty = kpiPenalty(DUE, DUE + one.days, '', rateCell);
            const score = kpiScore(1, milestoneCells, DUE, DUE + one.days, '', rateCell);
            const weighted = kpiWeighted(score, weightCell);
            expect(penalty).toBe(expectedPenalty(rateCell, one.days));
            expect(weighted).toBe(expectedWeighted(score as number, weightCell));
            expect(status?.penalty).toBe(penalty);
            expect(status?.score).toBe(score);
            expect(status?.weighted).toBe(weighted);
            const report = buildDivisionReport({
              round: 1,
              row: tab.rows[index] as (typeof tab.rows)[number],
              status: status as NonNullable<typeof status>,
              settings,
              reportDay: REPORT_DAY,
            });
            expect(report.figures[2]?.value).toBe(formatPoints(penalty as number));
            expect(report.figures[4]?.value).toBe(formatWeighted(weighted as number));
            expect(summary.rows[index]?.weighted).toBe(formatWeighted(weighted as number));
          });
        },
      ),
      { seed: 1010, numRuns: 300 },
    );
  });
});
