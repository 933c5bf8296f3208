/**
 * What the add-on shows besides the grid, as Sheets shows it: the sidebar (its
 * page of dist/ in a 300 px panel on the right), modal dialogs of the size the
 * add-on asked for, alerts, toasts, and the add-on's menu under Extensions.
 */

import type { MenuItemView, MenuView, UiEvent } from '../shared/protocol';
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
  show(file: string, title: string, width: number, height: number, html?: string): void;
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
    show(file, title, width, height, html) {
      heading.textContent = title;
      frame?.remove();
      const style = `width:${width}px;height:${height}px`;
      // A page of dist/ by its address; a document the add-on made (a report's preview) as the frame's
      // own document, in a sandbox that runs nothing and reaches nothing (Sheets serves it from a
      // sandboxed origin of its own).
      frame =
        html === undefined
          ? el('iframe', {
              src: `/html/${encodeURIComponent(file)}.html`,
              title,
              className: 'dialog-frame',
              style,
            })
          : el('iframe', { srcdoc: html, sandbox: '', title, className: 'dialog-frame', style });
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
      targets.dialog.show(event.file, event.title, event.width, event.height, event.html);
      break;
    case 'alert':
      targets.alerts.show(event.title, event.message);
      break;
    case 'toast':
      showToast(targets.toasts, event.title, event.message);
      break;
  }
}

/** An entry of a drop-down list: an item, a separator (`null`) or a sub-menu. */
type ListEntry = MenuItemView | null | { readonly submenu: MenuView };

/**
 * The menus the add-on added, as Sheets shows them: the add-on's menu under
 * **Extensions** (ส่วนขยาย ▸ <add-on> ▸ items), a menu a bound script made with
 * `createMenu` as a menu of its own in the menu bar.
 */
export function renderMenus(
  bar: HTMLElement,
  menus: readonly MenuView[],
  run: (functionName: string) => void,
): void {
  bar.replaceChildren();
  const addOns = menus.filter((menu) => menu.kind === 'add-on');
  const dropDowns: { title: string; entries: readonly ListEntry[] }[] = [];
  if (addOns.length > 0) {
    dropDowns.push({ title: TEXT.extensions, entries: addOns.map((menu) => ({ submenu: menu })) });
  }
  for (const menu of menus) if (menu.kind !== 'add-on') dropDowns.push(menu);
  dropDowns.forEach((menu, index) => {
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
    const close = () => {
      top.close();
      button.setAttribute('aria-expanded', 'false');
    };
    const top = dropDownList(id, menu.title, menu.entries, (functionName) => {
      close();
      run(functionName);
    });
    top.list.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        close();
        button.focus();
      }
    });
    button.addEventListener('click', () => {
      if (top.list.hidden) {
        top.open();
        button.setAttribute('aria-expanded', 'true');
      } else close();
    });
    document.addEventListener('click', (event) => {
      if (!top.list.hidden && !bar.contains(event.target as Node)) close();
    });
    bar.append(el('div', { className: 'menu' }, button, top.list));
  });
}

/**
 * A drop-down list of menu items, separators and sub-menus, with the keys of a
 * menu: arrows move between items, → or Enter opens a sub-menu, ← or Escape
 * closes it.
 */
function dropDownList(
  id: string,
  label: string,
  entries: readonly ListEntry[],
  choose: (functionName: string) => void,
): { list: HTMLUListElement; open(): void; close(): void } {
  const list = el('ul', { id, role: 'menu', className: 'menu-list', 'aria-label': label });
  list.hidden = true;
  const items: HTMLButtonElement[] = [];
  const submenus: { close(): void }[] = [];
  entries.forEach((entry, index) => {
    if (entry === null) {
      list.append(el('li', { role: 'separator', className: 'menu-separator' }));
      return;
    }
    if ('submenu' in entry) {
      const subId = `${id}-${index}`;
      const item = el(
        'button',
        { type: 'button', role: 'menuitem', tabindex: -1, 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
        entry.submenu.title,
        el('span', { 'aria-hidden': 'true', className: 'submenu-arrow' }, '▸'),
      );
      item.setAttribute('aria-controls', subId);
      const sub = dropDownList(subId, entry.submenu.title, entry.submenu.entries, choose);
      sub.list.classList.add('submenu-list');
      const openSub = (focus: boolean) => {
        for (const other of submenus) other.close();
        sub.open();
        item.setAttribute('aria-expanded', 'true');
        if (!focus) item.focus();
      };
      const closeSub = () => {
        sub.close();
        item.setAttribute('aria-expanded', 'false');
      };
      submenus.push({ close: closeSub });
      // A click opens it (the pointer already did, on its way in); it closes with the menu, ← or Escape.
      item.addEventListener('click', () => openSub(true));
      item.addEventListener('mouseenter', () => openSub(false));
      item.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowRight' || event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          openSub(true);
        }
      });
      sub.list.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowLeft' || event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          closeSub();
          item.focus();
        }
      });
      items.push(item);
      list.append(el('li', { role: 'none', className: 'submenu' }, item, sub.list));
      return;
    }
    const item = el(
      'button',
      { type: 'button', role: 'menuitem', tabindex: -1, 'data-function': entry.functionName },
      entry.label,
    );
    item.addEventListener('click', () => choose(entry.functionName));
    item.addEventListener('mouseenter', () => {
      for (const submenu of submenus) submenu.close();
    });
    items.push(item);
    list.append(el('li', { role: 'none' }, item));
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    event.stopPropagation();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(at + step + items.length) % items.length]?.focus();
  });
  return {
    list,
    open() {
      list.hidden = false;
      items[0]?.focus();
    },
    close() {
      for (const submenu of submenus) submenu.close();
      list.hidden = true;
    },
  };
}
