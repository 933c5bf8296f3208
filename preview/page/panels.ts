/**
 * What the add-on shows besides the grid, as Sheets shows it: the sidebar (its
 * page of dist/ in a 300 px panel on the right), modal dialogs of the size the
 * add-on asked for, alerts, toasts, and the KPI menu it added.
 */

import type { MenuView, UiEvent } from '../shared/protocol';
import { el } from './dom';
import { TEXT } from './text';

/** Sheets' sidebar width. */
export const SIDEBAR_WIDTH = 300;

/** The sidebar panel. */
export function createSidebar(panel: HTMLElement): {
  show(file: string, title: string): void;
  close(): void;
  frame(): Window | null;
} {
  const heading = el('h2', { id: 'sidebar-title', className: 'panel-title' });
  const close = el(
    'button',
    { type: 'button', className: 'icon-button', 'aria-label': TEXT.closeSidebar },
    '×',
  );
  let frame: HTMLIFrameElement | undefined;
  panel.replaceChildren(el('div', { className: 'panel-head' }, heading, close));
  panel.hidden = true;
  const hide = () => {
    panel.hidden = true;
    frame?.remove();
    frame = undefined;
  };
  close.addEventListener('click', hide);
  return {
    show(file, title) {
      heading.textContent = title;
      frame?.remove();
      frame = el('iframe', {
        src: `/html/${encodeURIComponent(file)}.html`,
        title,
        className: 'sidebar-frame',
      });
      panel.append(frame);
      panel.hidden = false;
    },
    close: hide,
    frame: () => frame?.contentWindow ?? null,
  };
}

/** A modal dialog with a page of dist/. */
export function createDialog(dialog: HTMLDialogElement): {
  show(file: string, title: string, width: number, height: number): void;
  close(): void;
  frame(): Window | null;
} {
  const heading = el('h2', { id: 'dialog-title', className: 'panel-title' });
  const close = el(
    'button',
    { type: 'button', className: 'icon-button', 'aria-label': TEXT.closeDialog },
    '×',
  );
  let frame: HTMLIFrameElement | undefined;
  dialog.setAttribute('aria-labelledby', 'dialog-title');
  dialog.replaceChildren(el('div', { className: 'panel-head' }, heading, close));
  const hide = () => {
    if (dialog.open) dialog.close();
  };
  dialog.addEventListener('close', () => {
    frame?.remove();
    frame = undefined;
  });
  close.addEventListener('click', hide);
  return {
    show(file, title, width, height) {
      heading.textContent = title;
      frame?.remove();
      frame = el('iframe', {
        src: `/html/${encodeURIComponent(file)}.html`,
        title,
        className: 'dialog-frame',
        style: `width:${width}px;height:${height}px`,
      });
      dialog.append(frame);
      if (!dialog.open) dialog.showModal();
    },
    close: hide,
    frame: () => frame?.contentWindow ?? null,
  };
}

/** Alerts, one after another. */
export function createAlerts(dialog: HTMLDialogElement): { show(title: string, message: string): void } {
  const queue: { title: string; message: string }[] = [];
  const heading = el('h2', { id: 'alert-title', className: 'panel-title' });
  const text = el('p', { className: 'alert-message' });
  const ok = el('button', { type: 'button', className: 'primary' }, TEXT.ok);
  dialog.setAttribute('aria-labelledby', 'alert-title');
  dialog.replaceChildren(heading, text, el('div', { className: 'alert-buttons' }, ok));
  const next = () => {
    const alert = queue.shift();
    if (alert === undefined) return;
    heading.textContent = alert.title === '' ? TEXT.title : alert.title;
    text.textContent = alert.message;
    dialog.showModal();
    ok.focus();
  };
  ok.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => setTimeout(next, 0));
  return {
    show(title, message) {
      queue.push({ title, message });
      if (!dialog.open) next();
    },
  };
}

/** A toast in the corner, gone after a few seconds. */
export function showToast(area: HTMLElement, title: string, message: string): void {
  const toast = el('div', { className: 'toast', role: 'status' }, el('strong', {}, title), ' ', message);
  area.append(toast);
  setTimeout(() => toast.remove(), 6000);
}

/** Shows what the add-on asked to show. */
export function showUiEvent(
  event: UiEvent,
  targets: {
    sidebar: ReturnType<typeof createSidebar>;
    dialog: ReturnType<typeof createDialog>;
    alerts: ReturnType<typeof createAlerts>;
    toasts: HTMLElement;
  },
): void {
  switch (event.kind) {
    case 'sidebar':
      targets.sidebar.show(event.file, event.title);
      break;
    case 'dialog':
      targets.dialog.show(event.file, event.title, event.width, event.height);
      break;
    case 'alert':
      targets.alerts.show(event.title, event.message);
      break;
    case 'toast':
      showToast(targets.toasts, event.title, event.message);
      break;
  }
}

/** The menus the add-on added, as a menu bar of buttons with drop-down lists. */
export function renderMenus(
  bar: HTMLElement,
  menus: readonly MenuView[],
  run: (functionName: string) => void,
): void {
  bar.replaceChildren();
  menus.forEach((menu, index) => {
    const id = `menu-${index}`;
    const button = el(
      'button',
      {
        type: 'button',
        className: 'menu-button',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'aria-controls': id,
      },
      menu.title,
      el('span', { 'aria-hidden': 'true', className: 'menu-caret' }, ' ▾'),
    );
    const list = el('ul', { id, role: 'menu', className: 'menu-list', 'aria-label': menu.title });
    list.hidden = true;
    const items: HTMLButtonElement[] = [];
    for (const entry of menu.entries) {
      if (entry === null) {
        list.append(el('li', { role: 'separator', className: 'menu-separator' }));
        continue;
      }
      const item = el(
        'button',
        { type: 'button', role: 'menuitem', tabindex: -1, 'data-function': entry.functionName },
        entry.label,
      );
      item.addEventListener('click', () => {
        close();
        run(entry.functionName);
      });
      items.push(item);
      list.append(el('li', { role: 'none' }, item));
    }
    const open = () => {
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      items[0]?.focus();
    };
    const close = () => {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    };
    button.addEventListener('click', () => (list.hidden ? open() : close()));
    list.addEventListener('keydown', (event) => {
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      if (event.key === 'Escape') {
        close();
        button.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        items[(at + step + items.length) % items.length]?.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!list.hidden && !bar.contains(event.target as Node)) close();
    });
    bar.append(el('div', { className: 'menu' }, button, list));
  });
}
