/**
 * `SpreadsheetApp.getUi()` and `HtmlService` as the add-on's UI adapter
 * (`src/server/services/apps-script-ui.ts`) calls them, over the in-memory
 * `FakeUi`: menus built item by item and added (the add-on's under Extensions),
 * the sidebar and modal dialogs shown from an HTML file of dist/, and alerts.
 */

import type { MenuItem } from '../../src/server/services/ui';
import type { FakeUi } from '../ui';

/** `Ui.ButtonSet`. */
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const);

/** `Ui.Button`: what a dialog answered. The in-memory alert is always answered OK. */
export const Button = Object.freeze({
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
  CLOSE: 'CLOSE',
} as const);

/** Sheets' size for a dialog whose page did not set one. */
export const DEFAULT_DIALOG_SIZE = { width: 600, height: 400 } as const;

/** `HtmlOutput`: a page of dist/ with the title and size the script gave it. */
export class HtmlOutputFacade {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;

  constructor(
    /** The HTML file's name, without `.html`; `''` for output made from a string. */
    readonly file: string,
    /** The content, for output made from a string (`createHtmlOutput(html)`). */
    readonly content?: string,
  ) {}

  setTitle(title: string): HtmlOutputFacade {
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): HtmlOutputFacade {
    this.width = width;
    return this;
  }

  getWidth(): number {
    return this.width ?? DEFAULT_DIALOG_SIZE.width;
  }

  setHeight(height: number): HtmlOutputFacade {
    this.height = height;
    return this;
  }

  getHeight(): number {
    return this.height ?? DEFAULT_DIALOG_SIZE.height;
  }
}

/** The `HtmlService` global. */
export interface HtmlServiceFacade {
  createHtmlOutputFromFile(file: string): HtmlOutputFacade;
  createHtmlOutput(html: string): HtmlOutputFacade;
}

/**
 * `HtmlService` for the HTML files that exist (names without `.html`); like the
 * real one, naming another file throws at once. Without a list every name is taken.
 */
export function fakeHtmlService(htmlFiles?: Iterable<string>): HtmlServiceFacade {
  const files = htmlFiles === undefined ? undefined : new Set(htmlFiles);
  return {
    createHtmlOutputFromFile(file) {
      const name = String(file).replace(/\.html$/, '');
      if (files !== undefined && !files.has(name)) throw new Error(`No HTML file named ${name} was found.`);
      return new HtmlOutputFacade(name);
    },
    // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String):
    // the content given, as a string. Only the string form is modelled: a call with no argument or a
    // blob is refused rather than guessed at.
    createHtmlOutput(html) {
      if (typeof html !== 'string')
        throw new Error('The emulator models HtmlService.createHtmlOutput(html) with a string only.');
      return new HtmlOutputFacade('', html);
    },
  };
}

/**
 * `Menu`: items added in order, then `addToUi()`, which records the menu where
 * Sheets puts it: the add-on's sub-menu of Extensions for `createAddonMenu()`, a
 * menu of the menu bar for `createMenu(caption)` (refused in an add-on: see
 * `emulator/ui.ts`).
 */
export class MenuFacade {
  private readonly entries: (MenuItem | null)[] = [];

  constructor(
    private readonly ui: FakeUi,
    /** The caption given to `createMenu`; none for the add-on's menu. */
    private readonly caption: string | undefined,
  ) {}

  addItem(caption: string, functionName: string): MenuFacade {
    this.entries.push({ label: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): MenuFacade {
    this.entries.push(null);
    return this;
  }

  addToUi(): void {
    if (this.caption === undefined) this.ui.recordAddOnMenu(this.entries);
    else this.ui.recordTopLevelMenu(this.caption, this.entries);
  }
}

/** `Ui`. */
export interface UiFacade {
  createMenu(caption: string): MenuFacade;
  createAddonMenu(): MenuFacade;
  showSidebar(userInterface: HtmlOutputFacade): void;
  showModalDialog(userInterface: HtmlOutputFacade, title: string): void;
  showModelessDialog(userInterface: HtmlOutputFacade, title: string): void;
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string;
  readonly ButtonSet: typeof ButtonSet;
  readonly Button: typeof Button;
}

/** The spreadsheet's UI over the in-memory one. */
export function fakeUiFacade(ui: FakeUi): UiFacade {
  const dialog = (output: HtmlOutputFacade, title: string) =>
    output.content === undefined
      ? ui.showDialog(output.file, String(title), output.getWidth(), output.getHeight())
      : ui.showHtmlDialog(output.content, String(title), output.getWidth(), output.getHeight());
  return {
    createMenu: (caption) => new MenuFacade(ui, String(caption)),
    // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu(): a sub-menu of
    // Extensions, titled with the add-on's name, not by the script.
    createAddonMenu: () => new MenuFacade(ui, undefined),
    showSidebar(output) {
      ui.showSidebar(output.file, output.getTitle());
    },
    showModalDialog: dialog,
    showModelessDialog: dialog,
    alert(titleOrPrompt, prompt, buttons) {
      const promptOnly =
        prompt === undefined ||
        (buttons === undefined && (Object.values(ButtonSet) as string[]).includes(prompt));
      if (promptOnly) ui.alert('', String(titleOrPrompt));
      else ui.alert(String(titleOrPrompt), String(prompt));
      return Button.OK;
    },
    ButtonSet,
    Button,
  };
}
