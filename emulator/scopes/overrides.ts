/**
 * Where `gas-types-detailed` is behind or silent, the emulator's own word, each
 * with the page it comes from.
 *
 * - `SCOPE_OVERRIDES`: a method whose reference page lists other scopes than the
 *   package (or that the package lacks). Checked in gas-types-detailed 1.1.3:
 *   `Ui.showSidebar`, `showModalDialog` and `showModelessDialog` already list
 *   `script.container.ui` there, as their pages do, so none is needed for the
 *   methods the add-on calls today; a new one goes here with its link.
 * - `INFERRED_SCOPES`: the package lists no "Authorization" for a few methods of
 *   the Sheets document classes (`Spreadsheet.getSheets`, `getSheetByName`,
 *   `getActiveSheet`, `Range.offset`, ...), while every other method of the same
 *   class lists `spreadsheets.currentonly` or `spreadsheets`. Whether the pages
 *   really list none could not be confirmed here, so the emulator is the stricter
 *   of the two and asks those methods for the class's scopes too.
 */

/** One method's scopes as the reference page lists them. */
export interface ScopeOverride {
  /** The Apps Script type (`Base.Ui`). */
  readonly type: string;
  readonly method: string;
  /** Short scope names (`script.container.ui`), in the page's order. */
  readonly scopes: readonly string[];
  /** The Apps Script type returned, when the package lacks the method. */
  readonly returns?: string;
  /** The reference page that lists them. */
  readonly url: string;
}

/** Methods whose scopes the package gets wrong or lacks. */
export const SCOPE_OVERRIDES: readonly ScopeOverride[] = [];

/** A class whose methods all need the same scopes, where the package lists them for all but a few. */
export interface InferredScopes {
  readonly type: string;
  readonly scopes: readonly string[];
  /** The class's reference page. */
  readonly url: string;
}

const SHEETS_SCOPES = ['spreadsheets.currentonly', 'spreadsheets'];

/** The Sheets document classes: every method reads or writes the spreadsheet. */
export const INFERRED_SCOPES: readonly InferredScopes[] = [
  {
    type: 'Spreadsheet.Spreadsheet',
    scopes: SHEETS_SCOPES,
    url: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet',
  },
  {
    type: 'Spreadsheet.Sheet',
    scopes: SHEETS_SCOPES,
    url: 'https://developers.google.com/apps-script/reference/spreadsheet/sheet',
  },
  {
    type: 'Spreadsheet.Range',
    scopes: SHEETS_SCOPES,
    url: 'https://developers.google.com/apps-script/reference/spreadsheet/range',
  },
];
