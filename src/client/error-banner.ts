/**
 * The Thai error banner at the top of a page: every failed call shows here, so
 * no failure is silent. Each source (polling, check data, add division …) has at
 * most one message; a source that works again clears its own.
 */

import { UI } from '../core/messages';
import { el } from './dom';

/** The banner and how to fill it. */
export interface ErrorBanner {
  /** Always in the page (an assertive live region must exist before it speaks). */
  readonly element: HTMLElement;
  /** Shows `error`'s message for `source`, replacing that source's previous one. */
  show(source: string, error: unknown): void;
  /** Removes `source`'s message, if any. */
  clear(source: string): void;
}

/** Any Thai letter: every message from `server.ts` has some. */
const THAI = /[\u0E00-\u0E7F]/;

/**
 * The message to show for `error`: its own when it is Thai (every failed call's
 * is, from `server.ts`), else a Thai sentence around it (a bug in the page).
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (message === '') return UI.unexpected('');
  return THAI.test(message) ? message : UI.unexpected(message);
}

/** A new, empty banner. */
export function createErrorBanner(): ErrorBanner {
  const element = el('div', { className: 'errors', attrs: { role: 'alert', 'aria-live': 'assertive' } });
  const messages = new Map<string, string>();

  const render = () => {
    if (messages.size === 0) {
      element.replaceChildren();
      return;
    }
    const dismiss = el('button', { className: 'banner-dismiss', attrs: { type: 'button' } }, UI.dismiss);
    dismiss.addEventListener('click', () => {
      messages.clear();
      render();
    });
    const list = [...new Set(messages.values())].map((message) =>
      el('p', { className: 'banner-message' }, message),
    );
    element.replaceChildren(
      el('div', { className: 'banner' }, el('strong', {}, UI.errorTitle), ...list, dismiss),
    );
  };

  return {
    element,
    show(source, error) {
      const message = errorMessage(error);
      if (messages.get(source) === message) return;
      messages.set(source, message);
      render();
    },
    clear(source) {
      if (messages.delete(source)) render();
    },
  };
}
