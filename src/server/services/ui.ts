/**
 * What the add-on needs of Sheets' user interface: its menu, the sidebar and
 * dialogs. The one implementation (`apps-script-ui.ts`) wraps
 * `SpreadsheetApp.getUi()` and `HtmlService`; tests run it on the emulator, whose
 * `emulator/ui.ts` records what was shown.
 */

/** A menu entry: its Thai label and the global function it runs. */
export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

/** A menu: entries, with `null` for a separator line. */
export type MenuEntries = readonly (MenuItem | null)[];

/** Sheets' UI for the bound spreadsheet. */
export interface UiHandle {
  /**
   * Adds the add-on's menu, a sub-menu of Extensions named after the add-on
   * (an Editor add-on's menu: https://developers.google.com/workspace/add-ons/concepts/menus).
   * Needs no authorization, so `onOpen` may call it in `AuthMode.NONE`.
   */
  addAddOnMenu(entries: MenuEntries): void;
  /** Opens `file` (an HTML file of dist/, without `.html`) in the sidebar. */
  showSidebar(file: string, title: string): void;
  /** Opens `file` in a modal dialog of the given size in pixels. */
  showDialog(file: string, title: string, width: number, height: number): void;
  /**
   * Opens a modal dialog of the given size showing `html`, a whole document made
   * by the add-on (every text in it escaped, no script): a report's preview.
   */
  showHtmlDialog(html: string, title: string, width: number, height: number): void;
  /** A message box with an OK button. */
  alert(title: string, message: string): void;
}
