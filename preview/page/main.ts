/**
 * The preview's window: a stand-in for Google Sheets around the add-on. The
 * grid of the active tab, the tabs, the formula bar, the menus the add-on added,
 * its sidebar and dialogs. The server holds the spreadsheet; this page shows it
 * and sends what the user does; server-sent events keep it in step when the
 * add-on changes something (a division added from the sidebar, a cell selected
 * from "check data").
 */

import type { PreviewState, ServerEvent, SheetView } from '../shared/protocol';
import { api, listen } from './api';
import { cellName, el } from './dom';
import { createGrid, readOnly } from './grid';
import { createAlerts, createDialog, createSidebar, renderMenus, showToast, showUiEvent } from './panels';
import { TEXT } from './text';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function main(): void {
  const status = byId<HTMLElement>('status');
  const todayText = byId<HTMLElement>('today');
  const menuBar = byId<HTMLElement>('menubar');
  const tabList = byId<HTMLElement>('tabs');
  const nameBox = byId<HTMLElement>('cell-name');
  const formulaInput = byId<HTMLInputElement>('cell-input');
  const toasts = byId<HTMLElement>('toasts');
  const sidebar = createSidebar(byId('sidebar'));
  const dialog = createDialog(byId<HTMLDialogElement>('dialog'));
  const alerts = createAlerts(byId<HTMLDialogElement>('alert'));

  let state: PreviewState | undefined;
  let view: SheetView | undefined;
  let refreshing: Promise<void> | undefined;
  let again = false;
  let shownMenus = '';
  // Moves of the cursor made here; a state asked for before the last of them is older than the page.
  let localMoves = 0;
  // Selections sent to the server and not yet answered: until then the server may still tell the old one.
  let selecting = 0;

  const say = (message: string) => {
    status.textContent = message;
  };

  const grid = createGrid(byId('grid-area'), {
    select: (row, column) => {
      if (state === undefined) return;
      localMoves++;
      const selection = { sheet: state.selection.sheet, row, column };
      state = { ...state, selection };
      showSelection();
      selecting++;
      api
        .select(selection)
        .catch((error: Error) => say(error.message))
        .finally(() => {
          selecting--;
        });
    },
    edit: (row, column, input) => {
      if (state === undefined) return;
      api
        .edit({ sheet: state.selection.sheet, row, column, input })
        .then(() => refresh())
        .catch((error: Error) => say(error.message));
    },
    say,
  });

  const showSelection = () => {
    if (state === undefined) return;
    const { row, column } = state.selection;
    nameBox.textContent = cellName(row, column);
    const cell = view?.name === state.selection.sheet ? view.cells[row - 1]?.[column - 1] : undefined;
    formulaInput.value = cell?.input ?? '';
    formulaInput.readOnly = readOnly(cell) !== undefined;
  };

  const renderTabs = () => {
    if (state === undefined) return;
    const current = state.selection.sheet;
    tabList.replaceChildren(
      ...state.tabs.map((name) => {
        const tab = el(
          'button',
          {
            type: 'button',
            role: 'tab',
            className: 'tab',
            'aria-selected': name === current ? 'true' : 'false',
            tabindex: name === current ? 0 : -1,
            id: `tab-${state?.tabs.indexOf(name)}`,
          },
          name,
        );
        tab.addEventListener('click', () => {
          if (state === undefined || name === state.selection.sheet) return;
          const selection = { sheet: name, row: 1, column: 1 };
          state = { ...state, selection };
          api
            .select(selection)
            .then(() => refresh())
            .catch((error: Error) => say(error.message));
        });
        return tab;
      }),
    );
    const active = tabList.querySelector('[aria-selected="true"]');
    byId('grid-area').setAttribute('aria-labelledby', active?.id ?? '');
  };

  const refresh = (): Promise<void> => {
    if (refreshing !== undefined) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      try {
        const moves = localMoves;
        const next = await api.state();
        // Enough rows to show the active cell, wherever the add-on put it.
        const nextView = await api.sheet(next.selection.sheet, next.selection.row + 4);
        if (moves !== localMoves || selecting > 0) {
          // The user moved while this was on its way, or the move has not reached the server yet:
          // this answer may carry the old selection. Ask again in a moment.
          setTimeout(() => void refresh(), 50);
          return;
        }
        state = next;
        view = nextView;
        todayText.textContent = state.today;
        const menus = JSON.stringify(state.menus);
        if (menus !== shownMenus) {
          shownMenus = menus;
          renderMenus(menuBar, state.menus, runMenu);
        }
        renderTabs();
        grid.show(view, state.selection);
        showSelection();
      } catch (error) {
        say((error as Error).message);
      } finally {
        refreshing = undefined;
        if (again) {
          again = false;
          void refresh();
        }
      }
    })();
    return refreshing;
  };

  const runMenu = (functionName: string) => {
    api
      .runMenu(functionName)
      .then((result) => {
        if (!result.ok) alerts.show(TEXT.errorTitle, result.error);
      })
      .catch((error: Error) => alerts.show(TEXT.errorTitle, error.message));
  };

  const onEvent = (event: ServerEvent) => {
    if (event.type === 'changed') void refresh();
    else showUiEvent(event.event, { sidebar, dialog, alerts, toasts });
  };

  formulaInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && state !== undefined && !formulaInput.readOnly) {
      event.preventDefault();
      const { sheet, row, column } = state.selection;
      api
        .edit({ sheet, row, column, input: formulaInput.value })
        .then(() => refresh())
        .catch((error: Error) => say(error.message));
      grid.focus();
    } else if (event.key === 'Escape') {
      showSelection();
      grid.focus();
    }
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const data = event.data as { kpiPreview?: string } | null;
    if (data?.kpiPreview !== 'close') return;
    if (event.source === dialog.frame()) dialog.close();
    else if (event.source === sidebar.frame()) sidebar.close();
  });

  byId<HTMLButtonElement>('reset').addEventListener('click', () => {
    if (!window.confirm(TEXT.resetConfirm)) return;
    api
      .reset()
      .then(() => {
        showToast(toasts, TEXT.reset, TEXT.resetDone);
        return refresh();
      })
      .catch((error: Error) => say(error.message));
  });

  let started = false;
  listen(
    onEvent,
    () => {
      say('');
      void refresh();
      if (!started) {
        started = true;
        // As if the user chose "open sidebar" from the add-on's menu on opening the sheet.
        api.open().catch((error: Error) => say(error.message));
      }
    },
    () => say(TEXT.offline),
  );
}

main();
