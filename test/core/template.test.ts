import { FORMULA_KEYS, locateColumns, roundOfTab, trackingColumns } from '../../src/core/template';

describe('the tracking template', () => {
  it.each([1, 2] as const)(
    'round %i: every header is different, so each column is found again by it',
    (round) => {
      const headers = trackingColumns(round).map((column) => column.header);
      expect(new Set(headers).size).toBe(headers.length);
      const map = locateColumns(round, headers);
      for (const [index, column] of trackingColumns(round).entries()) {
        expect([column.key, map.get(column.key)]).toEqual([column.key, index + 1]);
      }
    },
  );

  it('puts the milestone cells side by side in the card order, so one range reads them', () => {
    expect(
      trackingColumns(1)
        .slice(2, 5)
        .map((column) => column.key),
    ).toEqual(['reviewDone', 'planDone', 'progress']);
    expect(
      trackingColumns(2)
        .slice(2, 7)
        .map((column) => column.key),
    ).toEqual(['progress', 'workflowManualDone', 'trainingDone', 'forumDone', 'reportSent']);
  });

  it('has the six formula columns together, then the report columns side by side', () => {
    const keys = trackingColumns(2).map((column) => column.key);
    const first = keys.indexOf('level');
    expect(keys.slice(first, first + 6)).toEqual([...FORMULA_KEYS]);
    expect(keys.slice(-3)).toEqual(['reportLink', 'pdfLink', 'reportStatus']);
  });

  it('reads the round from a tab name and nothing else', () => {
    expect(roundOfTab('รอบ 1/2566')).toBe(1);
    expect(roundOfTab(' รอบ 2/2567 ')).toBe(2);
    expect(roundOfTab('รอบ 3/2566')).toBeUndefined();
    expect(roundOfTab('สรุป')).toBeUndefined();
  });
});
