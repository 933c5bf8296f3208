/**
 * What the preview's server and page say to each other over HTTP: plain JSON.
 * The page is a stand-in for the Google Sheets window; the server holds the
 * in-memory spreadsheet and the add-on (dist/ in a vm).
 */

/** The look of a cell, from its format and the conditional colours. */
export interface CellStyle {
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
}

/** One cell as the grid shows it. */
export interface CellView {
  /** The text shown, formatted by the cell's number format. */
  readonly text: string;
  /** What the formula bar and the editor show: the formula, or the value as one would type it. */
  readonly input: string;
  /**
   * Where the cell's text links to, when it is an http(s) address (`safeLink`):
   * Google Docs and Drive addresses open from the preview's own Drive. Absent for
   * any other text, which is shown inert.
   */
  readonly link?: string;
  /** A checkbox cell: whether it is ticked. */
  readonly checked?: boolean;
  /** Computed: a formula or a value spilled from one (not editable here). */
  readonly computed?: boolean;
  /** Computed by the formula of another cell, whose result spilled here. */
  readonly spilled?: boolean;
  /** The protection's description, when the cell is protected (with a warning). */
  readonly protection?: string;
  readonly style?: CellStyle;
  readonly note?: string;
  /** Why a formula gave `#ERROR!` (Sheets shows it on hover). */
  readonly error?: string;
  /** The validation's help text, when the value breaks the cell's validation (a warning mark). */
  readonly invalid?: string;
}

/** A tab as the grid shows it: the first `rows` rows and `columns` columns. */
export interface SheetView {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly maxRows: number;
  readonly frozenRows: number;
  /** Width in pixels of each column shown. */
  readonly widths: readonly number[];
  /** `cells[row - 1][column - 1]`. */
  readonly cells: readonly (readonly CellView[])[];
}

/** A menu item the add-on added: its label and the global function it runs. */
export interface MenuItemView {
  readonly label: string;
  readonly functionName: string;
}

/**
 * A menu the add-on added (`null` entries are separators): the add-on's own
 * sub-menu of Extensions, titled with the add-on's name, or a bound script's menu
 * of the menu bar.
 */
export interface MenuView {
  readonly kind: 'add-on' | 'top-level';
  readonly title: string;
  readonly entries: readonly (MenuItemView | null)[];
}

/** The active cell. */
export interface SelectionView {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** The whole window's state, apart from the grid's cells. */
export interface PreviewState {
  /** Goes up with every change of the spreadsheet, the selection or the UI. */
  readonly version: number;
  readonly tabs: readonly string[];
  readonly selection: SelectionView;
  readonly menus: readonly MenuView[];
  /** The preview's today, written in Thai (B.E.). */
  readonly today: string;
  /** Whether a PDF can be made here (headless Chromium found). */
  readonly pdf: boolean;
}

/** Something the add-on showed: a sidebar, a dialog, an alert or a toast. */
export type UiEvent =
  | { readonly kind: 'sidebar'; readonly file: string; readonly title: string }
  | {
      readonly kind: 'dialog';
      readonly file: string;
      readonly title: string;
      readonly width: number;
      readonly height: number;
      /** A dialog made from a string (`HtmlService.createHtmlOutput(html)`): the document it shows. */
      readonly html?: string;
    }
  | { readonly kind: 'alert'; readonly title: string; readonly message: string }
  | { readonly kind: 'toast'; readonly title: string; readonly message: string };

/** What the server pushes to the page (server-sent events). */
export type ServerEvent =
  | { readonly type: 'changed'; readonly version: number }
  | { readonly type: 'ui'; readonly event: UiEvent };

/** The answer of a run of a global function (a menu item, `google.script.run`). */
export type RunResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: string };

/** The page's request to run a menu item's function. */
export interface MenuRunRequest {
  readonly functionName: string;
}

/** A `google.script.run` call from a sidebar or dialog. */
export interface ScriptRunRequest {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** What the user typed into a cell (or a checkbox's new state). */
export interface CellEditRequest {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly input: string | boolean;
}
