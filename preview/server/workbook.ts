/**
 * The preview's spreadsheet session: the in-memory spreadsheet and UI, dist/
 * loaded in a vm over the service facades, Sheets' calculation calling the
 * custom functions in that vm, and the data file that keeps the spreadsheet
 * across restarts. Everything the page and the sidebar do goes through here.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type FormulaEngine, formulaEngine } from '../../emulator/apps-script/formulas';
import { serialOfInstant } from '../../emulator/apps-script/sheet-values';
import { type AddOn, loadAddOn } from '../../emulator/apps-script/vm-host';
import { type DriveSnapshot, FakeDocuments, FakeDrive } from '../../emulator/documents';
import { FakeLockState } from '../../emulator/lock';
import { FakeProperties } from '../../emulator/properties';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { FakeUi } from '../../emulator/ui';
import { dayFromSerial } from '../../src/core/dates';
import { MENU } from '../../src/core/messages';
import { formatThaiDate } from '../../src/core/thai';
import { gridRange } from '../../src/server/services/spreadsheet';
import type { PreviewState, RunResult, ServerEvent, SheetView, UiEvent } from '../shared/protocol';
import { contentOfInput } from './cell-input';
import { sheetView } from './grid-view';
import { fillSampleRows, SAMPLE_DIVISIONS } from './sample';

/** The one user of the preview, as `Session.getTemporaryActiveUserKey()` gives it. */
export const PREVIEW_USER = 'preview-user';

/** The preview user's Drive account. */
export const PREVIEW_EMAIL = 'collector@example.org';

/** Where the Drive and the document properties are kept, beside the spreadsheet's data file. */
export function companionFiles(dataFile: string): { drive: string; properties: string } {
  const base = dataFile.replace(/\.json$/, '');
  return { drive: `${base}.drive.json`, properties: `${base}.properties.json` };
}

/** How to open the session. */
export interface WorkbookOptions {
  /** The built add-on. */
  readonly distDir: string;
  /** Where the spreadsheet is kept (a snapshot of the in-memory spreadsheet, JSON). */
  readonly dataFile: string;
  /** The preview's clock, in milliseconds since 1970. */
  readonly now: () => number;
  /** Whether PDFs can be made (headless Chromium found). */
  readonly pdf?: boolean;
  /** Where notes about the session go (the console). */
  readonly log?: (line: string) => void;
}

/** What changes between two moments, to tell the page. */
interface Marks {
  readonly writes: number;
  readonly selection: string;
  readonly shown: number;
  readonly alerts: number;
  readonly toasts: number;
}

/** The open spreadsheet and the add-on bound to it. */
export class Workbook {
  readonly addOn: AddOn;
  readonly engine: FormulaEngine;
  private spreadsheet: FakeSpreadsheet;
  private ui: FakeUi;
  private properties = new FakeProperties();
  private documents = new FakeDocuments(new FakeDrive({ user: PREVIEW_EMAIL }));
  private readonly lock = new FakeLockState();
  private version = 0;
  /** Inside a custom function the UI is out of reach, as in Sheets. */
  private computing = false;
  private readonly listeners = new Set<(event: ServerEvent) => void>();

  constructor(private readonly options: WorkbookOptions) {
    this.addOn = loadAddOn({
      distDir: options.distDir,
      spreadsheet: () => this.spreadsheet,
      ui: () => {
        if (this.computing) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return this.ui;
      },
      lock: () => this.lock,
      properties: () => this.properties,
      documents: () => this.documents,
      user: PREVIEW_USER,
      now: options.now,
    });
    this.engine = formulaEngine({
      spreadsheet: () => this.spreadsheet,
      customFunction: (name) => {
        const declared = this.addOn.functions.find((fn) => fn.toUpperCase() === name);
        if (declared === undefined || declared.endsWith('_')) return undefined;
        return (...args: unknown[]) => {
          const outer = this.computing;
          this.computing = true;
          try {
            return this.addOn.call(declared, ...args);
          } finally {
            this.computing = outer;
          }
        };
      },
      realm: this.addOn.realm,
      now: options.now,
    });
    this.spreadsheet = new FakeSpreadsheet();
    this.ui = this.freshUi();
    this.open();
  }

  /** Listens to changes and UI events; returns how to stop. */
  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Puts the sample back, as new, and saves it. */
  reset(): void {
    this.seed();
    this.save();
    this.changed();
  }

  /** The window's state. */
  state(): PreviewState {
    const selection = this.spreadsheet.selection();
    const zone = this.spreadsheet.timeZone();
    const today = dayFromSerial(serialOfInstant(new Date(this.options.now()), zone));
    return {
      version: this.version,
      tabs: this.spreadsheet.sheets().map((sheet) => sheet.name),
      selection: { sheet: selection.sheetName, row: selection.range.row, column: selection.range.column },
      menus: this.ui.menus.map((menu) => ({
        kind: menu.kind,
        title: menu.title,
        entries: [...menu.entries],
      })),
      today: formatThaiDate(today),
      pdf: this.options.pdf === true,
    };
  }

  /** A tab as the grid shows it, with at least `rows` rows. */
  sheet(name: string, rows = 0): SheetView {
    return sheetView(this.spreadsheet.tab(name), this.spreadsheet.timeZone(), this.engine, rows);
  }

  /** The in-memory spreadsheet, for the checks of the tests and the screenshots. */
  get current(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  /** Makes a cell the active one, as a click in Sheets does. */
  select(sheet: string, row: number, column: number): void {
    this.watch(() => this.spreadsheet.select(sheet, gridRange(row, column)));
  }

  /** Writes what a person typed into a cell (or a checkbox's new state). */
  edit(sheet: string, row: number, column: number, input: string | boolean): void {
    this.watch(() => {
      const tab = this.spreadsheet.tab(sheet);
      const cell = gridRange(row, column);
      const content = contentOfInput(input, tab.formatAt(row, column).numberFormat);
      if (content.kind === 'formula') {
        tab.writeFormulas(cell, [[content.formula]]);
        return;
      }
      if (content.numberFormat !== undefined) tab.format(cell, { numberFormat: content.numberFormat });
      tab.writeValues(cell, [[content.value]]);
    });
  }

  /**
   * Runs a global function of the add-on, as a menu item or `google.script.run`
   * does: its return value as `google.script.run` passes it, or the error's message.
   */
  run(name: string, args: readonly unknown[] = []): RunResult {
    if (!this.addOn.has(name) || name.endsWith('_')) {
      return { ok: false, error: `Script function not found: ${name}` };
    }
    let result: RunResult;
    this.watch(() => {
      try {
        result = { ok: true, value: transportable(this.addOn.call(name, ...args)) };
      } catch (error) {
        // The add-on's errors come from the vm's realm: read the message, not `instanceof Error`.
        const message = (error as { message?: unknown } | null)?.message;
        result = { ok: false, error: typeof message === 'string' ? message : String(error) };
      } finally {
        // Apps Script lets a run's lock go when the run ends.
        if (this.lock.holder !== undefined) this.lock.endRun();
      }
    });
    // biome-ignore lint/style/noNonNullAssertion: set inside watch, which always runs its action
    return result!;
  }

  /** Writes the spreadsheet to the data file (through a temporary file, so a crash leaves the old one). */
  save(): void {
    const file = this.options.dataFile;
    const companions = companionFiles(file);
    writeAtomically(file, JSON.stringify(this.spreadsheet.snapshot()));
    writeAtomically(companions.drive, JSON.stringify(this.documents.drive.snapshot()));
    writeAtomically(companions.properties, JSON.stringify(this.properties.snapshot()));
  }

  /** The in-memory Drive, where generated reports are. */
  get drive(): FakeDrive {
    return this.documents.drive;
  }

  /**
   * Opens the three data files, each on its own: a file that cannot be read is
   * moved aside (and said so), and only that file is made anew. A spreadsheet
   * made anew is the sample; a Drive or properties made anew are empty.
   */
  private open(): void {
    const file = this.options.dataFile;
    const companions = companionFiles(file);
    const drive = this.load(companions.drive, 'Drive', (text) =>
      FakeDrive.fromSnapshot(JSON.parse(text) as DriveSnapshot),
    );
    const properties = this.load(
      companions.properties,
      'document properties',
      (text) => new FakeProperties(propertiesOf(JSON.parse(text))),
    );
    const spreadsheet = this.load(file, 'spreadsheet', (text) =>
      FakeSpreadsheet.fromJSON(text, { evaluator: this.engine.evaluator }),
    );
    if (drive !== undefined) this.documents = new FakeDocuments(drive);
    if (properties !== undefined) this.properties = properties;
    if (spreadsheet !== undefined) {
      this.spreadsheet = spreadsheet;
      this.opened();
      if (drive === undefined || properties === undefined) this.save();
      return;
    }
    this.seedSpreadsheet();
    this.save();
    this.log(`Made the sample spreadsheet: ${file}`);
  }

  /**
   * One data file read by `read`: `undefined` when there is none, or when it
   * cannot be read, in which case it is moved to `<file>.broken-<time>` (never
   * overwritten, never deleted) and the console says where.
   */
  private load<T>(file: string, what: string, read: (text: string) => T): T | undefined {
    if (!existsSync(file)) return undefined;
    try {
      return read(readFileSync(file, 'utf8'));
    } catch (error) {
      const aside = `${file}.broken-${Date.now()}`;
      renameSync(file, aside);
      this.log(
        `The ${what} data file could not be read (${(error as Error).message}); it was moved to ${aside}, and the ${what} starts anew.`,
      );
      return undefined;
    }
  }

  /** Everything as new: an empty Drive, no properties and the sample spreadsheet. */
  private seed(): void {
    this.documents = new FakeDocuments(new FakeDrive({ user: PREVIEW_EMAIL }));
    this.properties = new FakeProperties();
    this.seedSpreadsheet();
  }

  /** A new spreadsheet set up by the add-on, its divisions added by the add-on, then typed in. */
  private seedSpreadsheet(): void {
    this.spreadsheet = new FakeSpreadsheet({ evaluator: this.engine.evaluator });
    this.ui = this.freshUi();
    this.addOn.call('kpiSetUpTrackingSheet');
    for (const division of SAMPLE_DIVISIONS) {
      const outcome = this.addOn.call('addDivision', division.name, division.head) as {
        ok: boolean;
        message: string;
      };
      if (!outcome.ok) throw new Error(`sample: ${outcome.message}`);
    }
    fillSampleRows(this.spreadsheet);
    this.opened();
  }

  /**
   * Opening the spreadsheet in Sheets: a new UI and the add-on's onOpen. The
   * cursor starts on the first division of the last round's tab.
   */
  private opened(): void {
    const lastRound = this.spreadsheet
      .sheets()
      .filter((sheet) => /^รอบ \d\//.test(sheet.name))
      .pop();
    if (lastRound !== undefined) this.spreadsheet.select(lastRound.name, gridRange(2, 1));
    this.ui = this.freshUi();
    this.addOn.call('onOpen', { source: null, authMode: 'LIMITED' });
  }

  private freshUi(): FakeUi {
    // The add-on's name under Extensions: the project title `npm run deploy -- --create` gives it.
    return new FakeUi({ htmlFiles: this.addOn?.htmlFiles ?? [], addOnName: MENU.title });
  }

  private marks(): Marks {
    const selection = this.spreadsheet.selection();
    const drive = this.documents.drive.calls;
    const properties = this.properties.calls;
    return {
      writes:
        this.spreadsheet.calls.writes +
        properties.set +
        properties.delete +
        drive.create +
        drive.update +
        this.documents.calls.create +
        this.documents.calls.saveAndClose,
      selection: JSON.stringify(selection),
      shown: this.ui.shown.length,
      alerts: this.ui.alerts.length,
      toasts: this.spreadsheet.toasts.length,
    };
  }

  /** Runs an action, then saves what it wrote and tells the listeners what changed. */
  private watch(action: () => void): void {
    const spreadsheet = this.spreadsheet;
    const ui = this.ui;
    const before = this.marks();
    try {
      action();
    } finally {
      if (this.spreadsheet !== spreadsheet || this.ui !== ui) {
        this.changed();
      } else {
        const after = this.marks();
        if (after.writes !== before.writes) this.save();
        const events: UiEvent[] = [
          ...this.ui.shown.slice(before.shown).map((shown): UiEvent => ({ ...shown })),
          ...this.ui.alerts.slice(before.alerts).map((alert): UiEvent => ({ kind: 'alert', ...alert })),
          ...this.spreadsheet.toasts
            .slice(before.toasts)
            .map((toast): UiEvent => ({ kind: 'toast', ...toast })),
        ];
        if (after.writes !== before.writes || after.selection !== before.selection || events.length > 0) {
          this.changed();
        }
        for (const event of events) this.emit({ type: 'ui', event });
      }
    }
  }

  private changed(): void {
    this.version++;
    this.emit({ type: 'changed', version: this.version });
  }

  private emit(event: ServerEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private log(line: string): void {
    this.options.log?.(line);
  }
}

/** The document properties of a data file: an object of texts, else it is damaged. */
function propertiesOf(data: unknown): Record<string, string> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('the properties are not an object');
  }
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new Error(`the property ${JSON.stringify(key)} is not a text`);
  }
  return data as Record<string, string>;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * A value as `google.script.run` hands it to the page: plain data only. Apps
 * Script gives `null` for a value holding a `Date` or a function.
 */
export function transportable(value: unknown): unknown {
  if (value === undefined) return null;
  let unsupported = false;
  const text = JSON.stringify(value, function (this: unknown, key: string, item: unknown) {
    const original = (this as Record<string, unknown>)[key];
    if (Object.prototype.toString.call(original) === '[object Date]' || typeof item === 'function') {
      unsupported = true;
    }
    return item;
  });
  if (unsupported || text === undefined) return null;
  return JSON.parse(text);
}
