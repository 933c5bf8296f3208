/**
 * `UiHandle` over the real `SpreadsheetApp.getUi()` and `HtmlService`. The UI is
 * looked up at each call, never at load time (and not where there is no UI, such
 * as in a custom function, unless a UI method is actually called).
 */

import type { UiHandle } from './ui';

/**
 * Sheets' user interface for the bound spreadsheet.
 *
 * @example appsScriptUi().showSidebar('sidebar', 'KPI การปรับปรุงกระบวนการ')
 */
export function appsScriptUi(): UiHandle {
  return {
    addAddOnMenu(entries) {
      // An Editor add-on's menu: `createMenu` would be a top-level menu in a bound script, moved under
      // Extensions once published (https://developers.google.com/workspace/add-ons/concepts/menus).
      const menu = SpreadsheetApp.getUi().createAddonMenu();
      for (const entry of entries) {
        if (entry === null) menu.addSeparator();
        else menu.addItem(entry.label, entry.functionName);
      }
      menu.addToUi();
    },
    showSidebar(file, title) {
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
    },
    showDialog(file, title, width, height) {
      const output = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
      SpreadsheetApp.getUi().showModalDialog(output, title);
    },
    showHtmlDialog(html, title, width, height) {
      // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
      const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
      SpreadsheetApp.getUi().showModalDialog(output, title);
    },
    alert(title, message) {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, message, ui.ButtonSet.OK);
    },
  };
}
