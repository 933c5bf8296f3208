/**
 * Loads a built page (`dist/NAME.html`) into the test's jsdom document and runs
 * its inline script, as Sheets' sidebar or dialog frame would.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', 'dist');

/** A page of dist/. */
export type PageName = 'sidebar' | 'add-division' | 'check-data' | 'fiscal-year';

/** The built HTML of `page`. */
export function pageHtml(page: PageName): string {
  return readFileSync(join(DIST, `${page}.html`), 'utf8');
}

/** What the current page added to `document` (jsdom keeps one document for a test file). */
const pageListeners: Array<
  [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]
> = [];
let recordingListeners = false;

/** From now on, listeners added to `document` are remembered, to be removed with their page. */
function recordDocumentListeners(): void {
  if (recordingListeners) return;
  recordingListeners = true;
  const add = document.addEventListener.bind(document);
  document.addEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) => {
    pageListeners.push([type, listener, options]);
    add(type, listener, options);
  }) as typeof document.addEventListener;
}

/**
 * Ends the page loaded last, as closing a sidebar would: its `document` listeners
 * (a poller's `visibilitychange`) go, so an old page never answers a later test's
 * events. The page shows again as visible.
 */
export function closePage(): void {
  for (const [type, listener, options] of pageListeners.splice(0)) {
    document.removeEventListener(type, listener, options);
  }
  const own = document as unknown as Record<string, unknown>;
  delete own.visibilityState;
  delete own.hidden;
}

/**
 * The browser hides or shows the page (another tab chosen, the window minimised):
 * `document.visibilityState` changes and `visibilitychange` fires.
 */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Replaces the document with `page` and runs its script; throws what the script
 * threw (jsdom would only log it). The page before it is closed first.
 */
export function loadPage(page: PageName): void {
  closePage();
  recordDocumentListeners();
  const parsed = new DOMParser().parseFromString(pageHtml(page), 'text/html');
  const scripts = Array.from(parsed.querySelectorAll('script'));
  for (const script of scripts) script.remove();
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.body.className = parsed.body.className;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event.error ?? event.message);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    for (const source of scripts) {
      const script = document.createElement('script');
      script.textContent = source.textContent;
      document.body.appendChild(script);
    }
  } finally {
    window.removeEventListener('error', onError);
  }
  if (errors.length > 0) throw errors[0];
}

/** Lets the fake server answer and the page react (fake timers: nothing else moves). */
export async function settle(): Promise<void> {
  await jest.advanceTimersByTimeAsync(5);
}

/** Elements that Tab reaches, in order (no positive tabindex is used, so DOM order). */
export function tabOrder(root: ParentNode = document): HTMLElement[] {
  const selector = 'a[href], button, input, select, textarea, [tabindex]';
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(
    (element) =>
      element.getAttribute('tabindex') !== '-1' &&
      !(element as HTMLButtonElement).disabled &&
      element.closest('[hidden], [aria-hidden="true"]') === null &&
      !(element instanceof HTMLScriptElement),
  );
}

/** What a user would call a focusable element: its label or text. */
export function focusLabel(element: HTMLElement): string {
  if (element instanceof HTMLInputElement) {
    return `input:${document.querySelector(`label[for="${element.id}"]`)?.textContent ?? element.name}`;
  }
  return `${element.tagName.toLowerCase()}:${element.textContent?.trim() ?? ''}`;
}
