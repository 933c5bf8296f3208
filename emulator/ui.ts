/**
 * An in-memory Sheets UI: records the menus added, the sidebar and dialogs shown
 * and the alerts, for the tests and the local preview. Never imported from `src/`.
 */

import type { MenuEntries, MenuItem, UiHandle } from '../src/server/services/ui';

/** A menu as added: its title and entries (`null` for a separator). */
export interface RecordedMenu {
  readonly title: string;
  readonly entries: readonly (MenuItem | null)[];
}

/** The sidebar as shown. */
export interface ShownSidebar {
  readonly kind: 'sidebar';
  readonly file: string;
  readonly title: string;
}

/** A modal dialog as shown, with its size in pixels. */
export interface ShownDialog {
  readonly kind: 'dialog';
  readonly file: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
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
}

/**
 * The in-memory UI.
 *
 * @example
 * const ui = new FakeUi({ htmlFiles: ['sidebar'] });
 * ui.showSidebar('sidebar', 'KPI');
 * ui.sidebar // { kind: 'sidebar', file: 'sidebar', title: 'KPI' }
 */
export class FakeUi implements UiHandle {
  private readonly menuList: RecordedMenu[] = [];
  private readonly shownList: (ShownSidebar | ShownDialog)[] = [];
  private readonly alertList: ShownAlert[] = [];
  private readonly htmlFiles: ReadonlySet<string> | undefined;

  constructor(options: FakeUiOptions = {}) {
    this.htmlFiles = options.htmlFiles === undefined ? undefined : new Set(options.htmlFiles);
  }

  addMenu(title: string, entries: MenuEntries): void {
    for (const entry of entries) {
      if (entry !== null && (entry.label === '' || entry.functionName === '')) {
        throw new Error(`A menu item needs a label and a function name: ${JSON.stringify(entry)}`);
      }
    }
    this.menuList.push({ title, entries: entries.map((entry) => (entry === null ? null : { ...entry })) });
  }

  showSidebar(file: string, title: string): void {
    this.assertFile(file);
    this.shownList.push({ kind: 'sidebar', file, title });
  }

  showDialog(file: string, title: string, width: number, height: number): void {
    this.assertFile(file);
    for (const [what, size] of [
      ['width', width],
      ['height', height],
    ] as const) {
      if (!Number.isInteger(size) || size <= 0)
        throw new Error(`A dialog ${what} is a whole number of pixels, got ${size}.`);
    }
    this.shownList.push({ kind: 'dialog', file, title, width, height });
  }

  alert(title: string, message: string): void {
    this.alertList.push({ title, message });
  }

  /** Every menu added, oldest first. */
  get menus(): readonly RecordedMenu[] {
    return this.menuList.map((menu) => ({ title: menu.title, entries: [...menu.entries] }));
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
