/**
 * One preview and one Chromium page for an end-to-end file: the sample at a fixed
 * "today", a Thai-locale page whose uncaught errors fail the test, opened once the
 * sidebar shows a division.
 */

import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { type PreviewProcess, startPreviewProcess } from './preview-process';
import { sidebar } from './sheet-page';

/** A running preview with the page that shows it. */
export interface PreviewSession {
  readonly preview: PreviewProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/** Starts the preview on the sample as of `today` (ISO) and opens it in Chromium. */
export async function openPreview(today: string): Promise<PreviewSession> {
  const [preview, browser] = await Promise.all([
    startPreviewProcess({ PREVIEW_TODAY: today }),
    launchChromium(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'th-TH' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(preview.url);
  await sidebar(page).locator('h3.division-name').waitFor();
  return { preview, browser, page };
}

/** Closes what {@link openPreview} opened, whatever of it started. */
export async function closePreview(session: Partial<PreviewSession>): Promise<void> {
  await session.browser?.close();
  await session.preview?.stop();
}
