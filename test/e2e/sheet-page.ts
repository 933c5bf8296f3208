/**
 * The preview's window as a test reads and drives it: tabs, cells by row and
 * column header, the formula bar, the add-on's menu under Extensions, the sidebar and dialogs.
 */

import type { FrameLocator, Locator, Page } from 'playwright-core';

/** Waits until the grid of a tab shows its header row. */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.locator('#tabs [aria-selected="true"]', { hasText: name }).waitFor();
  await page.locator('table.grid caption', { hasText: name }).waitFor({ state: 'attached' });
}

/** A cell of the grid. */
export function cell(page: Page, row: number, column: number): Locator {
  return page.locator(`td[data-row="${row}"][data-column="${column}"]`);
}

/** The column whose header (row 1) is `header`. */
export async function columnOf(page: Page, header: string): Promise<number> {
  const headers = (await page.locator('td[data-row="1"]').allTextContents()).map((text) => text.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${headers.join(' | ')}`);
  return index + 1;
}

/** The row of a division in the active tab. */
export async function rowOf(page: Page, division: string): Promise<number> {
  const names = (await page.locator('td[data-column="1"]').allTextContents()).map((text) => text.trim());
  const index = names.indexOf(division);
  if (index < 0) throw new Error(`no division "${division}" in column A`);
  return index + 1;
}

/** The text a cell shows. */
export async function cellText(page: Page, row: number, column: number): Promise<string> {
  return ((await cell(page, row, column).textContent()) ?? '').trim();
}

/** Types into a cell as a person does: double click, type, Enter. */
export async function typeInto(page: Page, row: number, column: number, text: string): Promise<void> {
  await cell(page, row, column).dblclick();
  const editor = page.locator('input.cell-editor');
  await editor.fill(text);
  await editor.press('Enter');
}

/** Opens Extensions ▸ <add-on>, as in Sheets, and waits for the add-on's items. */
export async function openAddOnMenu(page: Page, addOn: string): Promise<Locator> {
  await page.getByRole('button', { name: 'ส่วนขยาย' }).click();
  await page.getByRole('menuitem', { name: addOn, exact: true }).click();
  const items = page.getByRole('menu', { name: addOn, exact: true });
  await items.waitFor();
  return items;
}

/** Chooses an item of the add-on's menu: Extensions ▸ <add-on> ▸ item. */
export async function chooseMenu(page: Page, addOn: string, item: string): Promise<void> {
  const items = await openAddOnMenu(page, addOn);
  await items.getByRole('menuitem', { name: item }).click();
}

/** The sidebar's page. */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('iframe.sidebar-frame');
}

/** The open dialog's page. */
export function dialog(page: Page): FrameLocator {
  return page.frameLocator('iframe.dialog-frame');
}

/**
 * Reads `read` again and again until its value passes, then asserts it (jest's
 * `expect` has no `poll`): `await until(() => cellText(page, 2, 3)).toBe('5')`.
 */
export function until<T>(read: () => Promise<T>, options: { timeout?: number } = {}) {
  const timeout = options.timeout ?? 10_000;
  const settle = async (passes: (value: T) => boolean): Promise<T> => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await read();
      if (passes(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    toBe: async (expected: T) => expect(await settle((value) => Object.is(value, expected))).toBe(expected),
    toMatch: async (pattern: RegExp) =>
      expect(await settle((value) => pattern.test(String(value)))).toMatch(pattern),
    toContain: async (item: unknown) =>
      expect(await settle((value) => (value as unknown[]).includes(item))).toContain(item),
  };
}

/**
 * Runs a page action again when the grid redrew under it ("not attached to the DOM"),
 * up to five times: the preview re-renders the grid whenever the sheet changes.
 */
export async function attached<T>(action: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= 5 || !/not attached|detached/i.test(String(error))) throw error;
    }
  }
}
