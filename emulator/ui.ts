/**
 * An in-memory Sheets UI: records the menus added, the sidebar and dialogs shown
 * and the alerts, for the tests and the local preview. The add-on reaches it only
 * through the `SpreadsheetApp.getUi()` facade (`apps-script/ui.ts`); never
 * imported from `src/`.
 *
 * Menus are recorded where Sheets puts them:
 * - `Ui.createAddonMenu()` makes the add-on's one sub-menu of **Extensions**,
 *   titled with the add-on's name (the Apps Script project's title for a bound
 *   script or a test deployment, the store listing's once published); adding it
 *   again replaces it, which is how an add-on updates its menu
 *   (https://developers.google.com/workspace/add-ons/concepts/menus,
 *   https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()).
 * - `Ui.createMenu(caption)` makes a top-level menu of the menu bar in a script
 *   bound to the sheet (https://developers.google.com/apps-script/guides/menus).
 *   Run as an add-on, Google moves such a menu under Extensions once published
 *   (the caution on https://developers.google.com/workspace/add-ons/concepts/menus)
 *   without documenting its shape there, or what a test deployment does: the
 *   emulator refuses it rather than guess.
 */

import type { MenuEntries, MenuItem } from '../src/server/services/ui';

/** How the script runs: as an Editor add-on (the default), or as a script bound to the sheet. */
export type UiHost = 'add-on' | 'bound-script';

/** Where a menu sits: the add-on's sub-menu of Extensions, or a menu of its own in the menu bar. */
export type MenuKind = 'add-on' | 'top-level';

/** A menu as added: where it sits, its title and entries (`null` for a separator). */
export interface RecordedMenu {
  readonly kind: MenuKind;
  /** An add-on menu's title is the add-on's name, as Extensions lists it. */
  readonly title: string;
  readonly entries: readonly (MenuItem | null)[];
}

/**
 * The name the Apps Script editor gives a project it creates (Extensions ▸ Apps
 * Script): the emulator's stand-in when the host does not say the add-on's name.
 */
export const UNTITLED_PROJECT = 'Untitled project';

/** Why the emulator refuses `Ui.createMenu` in an add-on (see the header). */
export const TOP_LEVEL_MENU_REFUSED =
  'Ui.createMenu() makes a top-level menu only in a script bound to the sheet; an Editor add-on builds its ' +
  'menu with Ui.createAddonMenu(), under Extensions (https://developers.google.com/workspace/add-ons/concepts/menus). ' +
  'The emulator refuses it rather than guess where Sheets would put it.';

/** The sidebar as shown. */
export interface ShownSidebar {
  readonly kind: 'sidebar';
  readonly file: string;
  readonly title: string;
}

/** A modal dialog as shown, with its size in pixels. */
export interface ShownDialog {
  readonly kind: 'dialog';
  /** The HTML file of dist/ it shows; `''` for a dialog made from a string. */
  readonly file: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  /** The document shown, for a dialog made from a string (`HtmlService.createHtmlOutput(html)`). */
  readonly html?: string;
}

/** An alert as shown. */
export interface ShownAlert {
  readonly title: string;
  readonly message: string;
}

/** How to make a fake UI. */
export interface FakeUiOptions {
  /**
   * The HTML files that exist (names without `.html`, as in `dist/`). When given,
   * showing any other file throws like `HtmlService.createHtmlOutputFromFile`.
   */
  readonly htmlFiles?: Iterable<string>;
  /** How the script runs; `'add-on'` when not given, the stricter of the two. */
  readonly host?: UiHost;
  /** The add-on's name under Extensions (the project's title); `Untitled project` when not given. */
  readonly addOnName?: string;
}

/**
 * The in-memory UI.
 *
 * @example
 * const ui = new FakeUi({ htmlFiles: ['sidebar'], addOnName: 'KPI' });
 * ui.recordAddOnMenu([{ label: 'เปิดแถบข้าง', functionName: 'kpiOpenSidebar' }]);
 * ui.addOnMenu // [{ label: 'เปิดแถบข้าง', functionName: 'kpiOpenSidebar' }]
 * ui.showSidebar('sidebar', 'KPI');
 * ui.sidebar // { kind: 'sidebar', file: 'sidebar', title: 'KPI' }
 */
export class FakeUi {
  private readonly menuList: RecordedMenu[] = [];
  private readonly shownList: (ShownSidebar | ShownDialog)[] = [];
  private readonly alertList: ShownAlert[] = [];
  private readonly htmlFiles: ReadonlySet<string> | undefined;
  /** How the script runs. */
  readonly host: UiHost;
  /** The add-on's name, as Extensions lists it. */
  readonly addOnName: string;

  constructor(options: FakeUiOptions = {}) {
    this.htmlFiles = options.htmlFiles === undefined ? undefined : new Set(options.htmlFiles);
    this.host = options.host ?? 'add-on';
    this.addOnName = options.addOnName ?? UNTITLED_PROJECT;
  }

  /** `Ui.createAddonMenu()…addToUi()`: the add-on's sub-menu of Extensions, replacing an earlier one. */
  recordAddOnMenu(entries: MenuEntries): void {
    const menu: RecordedMenu = { kind: 'add-on', title: this.addOnName, entries: copyEntries(entries) };
    const at = this.menuList.findIndex((candidate) => candidate.kind === 'add-on');
    if (at < 0) this.menuList.push(menu);
    else this.menuList[at] = menu;
  }

  /** `Ui.createMenu(title)…addToUi()`: a menu of the menu bar, in a bound script only (see the header). */
  recordTopLevelMenu(title: string, entries: MenuEntries): void {
    if (this.host !== 'bound-script') throw new Error(TOP_LEVEL_MENU_REFUSED);
    this.menuList.push({ kind: 'top-level', title, entries: copyEntries(entries) });
  }

  showSidebar(file: string, title: string): void {
    this.assertFile(file);
    this.shownList.push({ kind: 'sidebar', file, title });
  }

  showDialog(file: string, title: string, width: number, height: number): void {
    this.assertFile(file);
    assertDialogSize(width, height);
    this.shownList.push({ kind: 'dialog', file, title, width, height });
  }

  /**
   * `Ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(w).setHeight(h), title)`:
   * a modal dialog of a document made by the script
   * (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String),
   * https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)).
   * Google documents no largest size; the size is whole pixels, as `setWidth(Integer)` takes.
   */
  showHtmlDialog(html: string, title: string, width: number, height: number): void {
    if (typeof html !== 'string' || html.trim() === '')
      throw new Error('A dialog made from a string needs its HTML; the emulator refuses an empty one.');
    assertDialogSize(width, height);
    this.shownList.push({ kind: 'dialog', file: '', title, width, height, html });
  }

  alert(title: string, message: string): void {
    this.alertList.push({ title, message });
  }

  /** Every menu added, oldest first (the add-on's once, however often it was added). */
  get menus(): readonly RecordedMenu[] {
    return this.menuList.map((menu) => ({ kind: menu.kind, title: menu.title, entries: [...menu.entries] }));
  }

  /** The entries of the add-on's menu under Extensions, if it added one. */
  get addOnMenu(): readonly (MenuItem | null)[] | undefined {
    const menu = this.menuList.find((candidate) => candidate.kind === 'add-on');
    return menu ? [...menu.entries] : undefined;
  }

  /** The entries of the menu with this title (the latest if added twice). */
  menu(title: string): readonly (MenuItem | null)[] | undefined {
    const menu = [...this.menuList].reverse().find((candidate) => candidate.title === title);
    return menu ? [...menu.entries] : undefined;
  }

  /**
   * The function a click on a menu item would run; throws when there is no such
   * item, as a test of the menu should.
   */
  functionFor(menuTitle: string, label: string): string {
    const item = this.menu(menuTitle)?.find((entry) => entry !== null && entry.label === label);
    if (!item) throw new Error(`No menu item "${label}" in menu "${menuTitle}".`);
    return item.functionName;
  }

  /** The sidebar and dialogs shown, oldest first. */
  get shown(): readonly (ShownSidebar | ShownDialog)[] {
    return [...this.shownList];
  }

  /** The sidebar on screen: the last one shown (Sheets shows one at a time). */
  get sidebar(): ShownSidebar | undefined {
    return [...this.shownList].reverse().find((shown): shown is ShownSidebar => shown.kind === 'sidebar');
  }

  /** The last dialog shown. */
  get dialog(): ShownDialog | undefined {
    return [...this.shownList].reverse().find((shown): shown is ShownDialog => shown.kind === 'dialog');
  }

  /** Every alert, oldest first. */
  get alerts(): readonly ShownAlert[] {
    return [...this.alertList];
  }

  private assertFile(file: string): void {
    if (this.htmlFiles && !this.htmlFiles.has(file)) throw new Error(`No HTML file named ${file} was found.`);
  }
}

/**
 * A dialog's size: whole pixels above 0, as `HtmlOutput.setWidth(Integer)` and
 * `setHeight(Integer)` take them (https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)).
 */
function assertDialogSize(width: number, height: number): void {
  for (const [what, size] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(size) || size <= 0)
      throw new Error(`A dialog ${what} is a whole number of pixels, got ${size}.`);
  }
}

/** A copy of the entries, refusing an item without a label or a function, as `Menu.addItem` needs both. */
function copyEntries(entries: MenuEntries): (MenuItem | null)[] {
  return entries.map((entry) => {
    if (entry === null) return null;
    if (entry.label === '' || entry.functionName === '') {
      throw new Error(`A menu item needs a label and a function name: ${JSON.stringify(entry)}`);
    }
    return { label: entry.label, functionName: entry.functionName };
  });
}
