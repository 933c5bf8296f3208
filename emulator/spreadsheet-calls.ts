/**
 * How often the add-on called each method of the in-memory spreadsheet: per tab and
 * per method, plus totals of reads and writes. On the real service every such call
 * is a round trip to Google, so these counts are what a test asserts to show that a
 * table is read once and a column written once.
 */

import type { SheetHandle, SpreadsheetHandle } from '../src/server/services/spreadsheet';

/**
 * The state's own methods beyond the add-on's interface, as the `SpreadsheetApp`
 * facade calls them: rules and protections kept as Sheets keeps them.
 */
const SHEET_STATE_METHODS = [
  'formatRules',
  'setFormatRules',
  'protectionEntries',
  'addProtection',
  'changeProtection',
  'removeProtection',
] as const;

/** Named ranges as `Spreadsheet` and `NamedRange` change them. */
const SPREADSHEET_STATE_METHODS = ['addNamedRange', 'changeNamedRange', 'removeNamedRange'] as const;

/** A method of a tab (`SheetHandle`, and the state's own). */
export type SheetMethod = Exclude<keyof SheetHandle, 'name'> | (typeof SHEET_STATE_METHODS)[number];

/** A method of the spreadsheet itself (`SpreadsheetHandle`, and the state's own). */
export type SpreadsheetMethod = keyof SpreadsheetHandle | (typeof SPREADSHEET_STATE_METHODS)[number];

/** A count for every method of a tab, zero for those never called. */
export type SheetCalls = Readonly<Record<SheetMethod, number>>;

/** A count for every method of the spreadsheet, zero for those never called. */
export type SpreadsheetCalls = Readonly<Record<SpreadsheetMethod, number>>;

/** The calls that read cells: what `calls.reads` adds up. */
export const READ_METHODS: readonly SheetMethod[] = [
  'readValues',
  'readFormulas',
  'readNotes',
  'readBackgrounds',
  'readValidations',
];

/**
 * The calls that change what `snapshot()` captures: what `calls.writes` adds up.
 * `select` and `toast` act on the user's screen, not the file, so they are not writes.
 */
export const WRITE_METHODS: readonly (SheetMethod | SpreadsheetMethod)[] = [
  'ensureSize',
  'writeValues',
  'writeFormulas',
  'writeNotes',
  'format',
  'setValidation',
  'updateConditionalRules',
  'protect',
  'reprotect',
  'unprotect',
  'setFrozenRows',
  'setColumnWidth',
  'insertSheet',
  'deleteSheet',
  'setNamedRange',
  'setFormatRules',
  'addProtection',
  'changeProtection',
  'removeProtection',
  'addNamedRange',
  'changeNamedRange',
  'removeNamedRange',
];

function zeroSheetCalls(): Record<SheetMethod, number> {
  return {
    lastRow: 0,
    lastColumn: 0,
    maxRows: 0,
    maxColumns: 0,
    ensureSize: 0,
    readValues: 0,
    readFormulas: 0,
    readNotes: 0,
    readBackgrounds: 0,
    writeValues: 0,
    writeFormulas: 0,
    writeNotes: 0,
    format: 0,
    readValidations: 0,
    setValidation: 0,
    conditionalRules: 0,
    updateConditionalRules: 0,
    protections: 0,
    protect: 0,
    reprotect: 0,
    unprotect: 0,
    frozenRows: 0,
    setFrozenRows: 0,
    columnWidth: 0,
    setColumnWidth: 0,
    ...(Object.fromEntries(SHEET_STATE_METHODS.map((method) => [method, 0])) as Record<
      (typeof SHEET_STATE_METHODS)[number],
      number
    >),
  };
}

function zeroSpreadsheetCalls(): Record<SpreadsheetMethod, number> {
  return {
    timeZone: 0,
    sheets: 0,
    sheet: 0,
    insertSheet: 0,
    deleteSheet: 0,
    namedRanges: 0,
    setNamedRange: 0,
    activeCell: 0,
    select: 0,
    toast: 0,
    ...(Object.fromEntries(SPREADSHEET_STATE_METHODS.map((method) => [method, 0])) as Record<
      (typeof SPREADSHEET_STATE_METHODS)[number],
      number
    >),
  };
}

const READS = new Set<string>(READ_METHODS);
const WRITES = new Set<string>(WRITE_METHODS);

/**
 * The call counters of one in-memory spreadsheet. Every call counts, including one
 * that throws (the real service would have made the round trip too).
 *
 * @example
 * fake.calls.sheet('รอบ 1/2566').readValues // 1
 * fake.calls.reads // 3
 */
export class CallCounter {
  private readonly bySheet = new Map<string, Record<SheetMethod, number>>();
  private bySpreadsheet = zeroSpreadsheetCalls();
  private readCount = 0;
  private writeCount = 0;
  private totalCount = 0;

  /** The counts of one tab's methods (a copy; all zero for a tab never called). */
  sheet(name: string): SheetCalls {
    return { ...(this.bySheet.get(name) ?? zeroSheetCalls()) };
  }

  /** The counts of the spreadsheet's own methods (a copy). */
  get spreadsheet(): SpreadsheetCalls {
    return { ...this.bySpreadsheet };
  }

  /** Calls that read cells: readValues, readFormulas, readNotes, readValidations. */
  get reads(): number {
    return this.readCount;
  }

  /** Calls that change the file (see `WRITE_METHODS`). */
  get writes(): number {
    return this.writeCount;
  }

  /** Every call. */
  get total(): number {
    return this.totalCount;
  }

  /** Calls of one method, over every tab (or of a spreadsheet method). */
  method(method: SheetMethod | SpreadsheetMethod): number {
    if (method in this.bySpreadsheet) return this.bySpreadsheet[method as SpreadsheetMethod];
    let count = 0;
    for (const calls of this.bySheet.values()) count += calls[method as SheetMethod];
    return count;
  }

  /**
   * Only the counts that are not zero, for a readable test failure.
   *
   * @example fake.calls.summary() // { total: 2, reads: 1, writes: 1, spreadsheet: {}, sheets: { ตั้งค่า: { readValues: 1, writeValues: 1 } } }
   */
  summary(): {
    total: number;
    reads: number;
    writes: number;
    spreadsheet: Partial<Record<SpreadsheetMethod, number>>;
    sheets: Record<string, Partial<Record<SheetMethod, number>>>;
  } {
    const sheets: Record<string, Partial<Record<SheetMethod, number>>> = {};
    for (const [name, calls] of this.bySheet) sheets[name] = nonZero(calls);
    return {
      total: this.totalCount,
      reads: this.readCount,
      writes: this.writeCount,
      spreadsheet: nonZero(this.bySpreadsheet),
      sheets,
    };
  }

  /** @internal Counts one call of a tab's method. */
  countSheet(sheetName: string, method: SheetMethod): void {
    let calls = this.bySheet.get(sheetName);
    if (!calls) {
      calls = zeroSheetCalls();
      this.bySheet.set(sheetName, calls);
    }
    calls[method]++;
    this.tally(method);
  }

  /** @internal Counts one call of a spreadsheet method. */
  countSpreadsheet(method: SpreadsheetMethod): void {
    this.bySpreadsheet[method]++;
    this.tally(method);
  }

  /** Back to zero. */
  reset(): void {
    this.bySheet.clear();
    this.bySpreadsheet = zeroSpreadsheetCalls();
    this.readCount = 0;
    this.writeCount = 0;
    this.totalCount = 0;
  }

  private tally(method: string): void {
    this.totalCount++;
    if (READS.has(method)) this.readCount++;
    if (WRITES.has(method)) this.writeCount++;
  }
}

function nonZero<K extends string>(counts: Readonly<Record<K, number>>): Partial<Record<K, number>> {
  const result: Partial<Record<K, number>> = {};
  for (const key of Object.keys(counts) as K[]) if (counts[key] !== 0) result[key] = counts[key];
  return result;
}
