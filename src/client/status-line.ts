/** A polite live region for progress and outcomes ("กำลังตรวจข้อมูล…", "เพิ่มแล้ว"). */

import { el } from './dom';

/** The region and how to change it. */
export interface StatusLine {
  readonly element: HTMLElement;
  /** Shows `text` (`''` empties it); `tone` colours it. Unchanged text is left alone, so nothing is re-announced. */
  set(text: string, tone?: 'info' | 'ok' | 'warning' | 'error'): void;
}

/** A new, empty status line. */
export function createStatusLine(className = 'status'): StatusLine {
  const element = el('p', { className, attrs: { role: 'status', 'aria-live': 'polite' } });
  return {
    element,
    set(text, tone = 'info') {
      if (element.textContent !== text) element.textContent = text;
      const toneClass = text === '' ? '' : `tone-${tone}`;
      for (const name of ['tone-info', 'tone-ok', 'tone-warning', 'tone-error']) {
        if (name !== toneClass && element.classList.contains(name)) element.classList.remove(name);
      }
      if (toneClass !== '' && !element.classList.contains(toneClass)) element.classList.add(toneClass);
    },
  };
}
