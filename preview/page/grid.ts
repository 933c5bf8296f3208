/**
 * The grid: one tab of the spreadsheet as a table, with column letters and row
 * numbers, the frozen header row, checkboxes, colours and marks as Sheets shows
 * them. A click selects a cell (the server makes it the active cell, and the
 * sidebar follows it); a double click, Enter, F2 or typing edits it in place;
 * the arrows move; Space ticks a checkbox.
 */

import type { CellView, SheetView } from '../shared/protocol';
import { cellName, columnLetters, el } from './dom';
import { TEXT } from './text';

/** The width of the row numbers' column, in pixels. */
const ROW_NUMBER_WIDTH = 46;

/** What the grid asks of the window. */
export interface GridHost {
  select(row: number, column: number): void;
  edit(row: number, column: number, input: string | boolean): void;
  /** Tells the user something (a protected cell, …). */
  say(message: string): void;
}

/** The grid over its container. */
export interface Grid {
  show(view: SheetView, selected: { row: number; column: number }): void;
  /** Whether a cell is being edited (the window then waits before redrawing). */
  editing(): boolean;
  /** Starts editing the selected cell with this text (the formula bar's Enter does not). */
  focus(): void;
}

/**
 * Why a cell cannot be edited here, or `undefined` when it can: a value spilled
 * from a formula above, or a formula the add-on protected. A formula a person
 * typed into an unprotected cell is edited and deleted like any content, as in Sheets.
 */
export function readOnly(cell: CellView | undefined, columnNote = ''): string | undefined {
  if (cell?.computed !== true) return undefined;
  if (cell.spilled || cell.protection !== undefined) return TEXT.computedCell(columnNote);
  return undefined;
}

/** Makes the grid inside `container`. */
export function createGrid(container: HTMLElement, host: GridHost): Grid {
  let view: SheetView | undefined;
  let selected = { row: 1, column: 1 };
  let editor: { input: HTMLInputElement; row: number; column: number } | undefined;

  const table = el('table', { className: 'grid' });
  container.replaceChildren(table);
  container.tabIndex = 0;

  const cellOf = (row: number, column: number): CellView | undefined => view?.cells[row - 1]?.[column - 1];
  const tdOf = (row: number, column: number) =>
    table.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-column="${column}"]`);

  const highlight = () => {
    for (const old of table.querySelectorAll('.selected')) old.classList.remove('selected');
    const td = tdOf(selected.row, selected.column);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const choose = (row: number, column: number) => {
    if (view === undefined) return;
    const clamped = {
      row: Math.min(Math.max(row, 1), view.rows),
      column: Math.min(Math.max(column, 1), view.columns),
    };
    if (clamped.row === selected.row && clamped.column === selected.column) return;
    selected = clamped;
    highlight();
    host.select(clamped.row, clamped.column);
  };

  // Which white cells to change instead: the note of the cell's column header (row 1).
  const readOnlyReason = (cell: CellView | undefined): string | undefined =>
    readOnly(cell, cell === undefined ? '' : (view?.cells[0]?.[selected.column - 1]?.note ?? ''));

  const startEditing = (initial?: string) => {
    const { row, column } = selected;
    const cell = cellOf(row, column);
    const reason = readOnlyReason(cell);
    if (reason !== undefined) {
      host.say(reason);
      return;
    }
    if (cell?.checked !== undefined && initial === undefined) {
      host.edit(row, column, !cell.checked);
      return;
    }
    const td = tdOf(row, column);
    if (td === null) return;
    const input = el('input', {
      className: 'cell-editor',
      type: 'text',
      'aria-label': TEXT.editCell(cellName(row, column)),
    });
    input.value = initial ?? cell?.input ?? '';
    td.replaceChildren(input);
    editor = { input, row, column };
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    const finish = (commit: boolean, move: [number, number]) => {
      if (editor?.input !== input) return;
      editor = undefined;
      if (commit && input.value !== (cell?.input ?? '')) host.edit(row, column, input.value);
      else render();
      container.focus();
      choose(row + move[0], column + move[1]);
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        finish(true, [1, 0]);
      } else if (event.key === 'Tab') {
        event.preventDefault();
        finish(true, [0, event.shiftKey ? -1 : 1]);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        finish(false, [0, 0]);
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true, [0, 0]));
  };

  const render = () => {
    const shown = view;
    if (shown === undefined) return;
    const headerRow = shown.cells[0] ?? [];
    const colgroup = el('colgroup', {}, el('col', { style: `width:${ROW_NUMBER_WIDTH}px` }));
    for (const width of shown.widths) colgroup.append(el('col', { style: `width:${width}px` }));
    const letters = el('tr', {}, el('td', { className: 'corner' }));
    for (let column = 1; column <= shown.columns; column++) {
      letters.append(el('th', { scope: 'col', className: 'column-letter' }, columnLetters(column)));
    }
    const body = el('tbody');
    shown.cells.forEach((line, index) => {
      const row = index + 1;
      const tr = el('tr', { className: row <= shown.frozenRows ? 'frozen' : undefined });
      tr.append(el('th', { scope: 'row', className: 'row-number' }, String(row)));
      line.forEach((cell, columnIndex) => {
        const column = columnIndex + 1;
        tr.append(cellElement(cell, row, column, String(headerRow[columnIndex]?.text ?? '')));
      });
      body.append(tr);
    });
    // Fixed layout with the table exactly as wide as its columns: long text never widens a column.
    table.style.width = `${ROW_NUMBER_WIDTH + shown.widths.reduce((sum, width) => sum + width, 0)}px`;
    table.replaceChildren(
      el('caption', { className: 'sr-only' }, TEXT.grid(shown.name)),
      colgroup,
      el('thead', {}, letters),
      body,
    );
    highlight();
  };

  const cellElement = (cell: CellView, row: number, column: number, header: string) => {
    const style = cell.style ?? {};
    const css: string[] = [];
    if (style.background) css.push(`background:${style.background}`);
    if (style.color) css.push(`color:${style.color}`);
    if (style.bold) css.push('font-weight:700');
    if (style.align) css.push(`text-align:${style.align}`);
    if (style.valign) css.push(`vertical-align:${style.valign === 'middle' ? 'middle' : style.valign}`);
    const classes = ['cell'];
    if (style.wrap) classes.push('wrap');
    if (cell.computed) classes.push('computed');
    if (cell.note) classes.push('has-note');
    if (cell.invalid || cell.error) classes.push('has-problem');
    const titles = [
      cell.note,
      cell.error && TEXT.formulaError(cell.error),
      cell.invalid && TEXT.invalid(cell.invalid),
    ];
    const td = el('td', {
      className: classes.join(' '),
      style: css.join(';') || undefined,
      'data-row': row,
      'data-column': column,
      title: titles.filter(Boolean).join('\n') || undefined,
    });
    if (cell.checked !== undefined) {
      const box = el('input', {
        type: 'checkbox',
        tabindex: -1,
        'aria-label': TEXT.checkbox(cellName(row, column), row === 1 ? '' : header),
        checked: cell.checked,
      });
      box.addEventListener('click', (event) => {
        event.preventDefault();
        choose(row, column);
        host.edit(row, column, !cell.checked);
      });
      td.append(box);
    } else if (cell.link !== undefined) {
      // The server decided it is an http(s) address (Docs and PDFs of the add-on open from its Drive).
      const link = el('a', { href: cell.link, target: '_blank', rel: 'noopener noreferrer' }, cell.text);
      td.append(el('div', { className: 'cell-text' }, link));
    } else {
      td.append(el('div', { className: 'cell-text' }, cell.text));
    }
    return td;
  };

  table.addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest('td[data-row]') as HTMLTableCellElement | null;
    if (td === null || editor !== undefined) return;
    container.focus({ preventScroll: true });
    choose(Number(td.dataset.row), Number(td.dataset.column));
  });
  table.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest('td[data-row]') as HTMLTableCellElement | null;
    if (td === null || editor !== undefined) return;
    choose(Number(td.dataset.row), Number(td.dataset.column));
    if (cellOf(selected.row, selected.column)?.checked === undefined) startEditing();
  });
  container.addEventListener('keydown', (event) => {
    if (editor !== undefined || event.target !== container) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move !== undefined && !(event.key === 'Tab' && view === undefined)) {
      if (
        event.key === 'Tab' &&
        (selected.column + move[1] < 1 || selected.column + move[1] > (view?.columns ?? 0))
      ) {
        return;
      }
      event.preventDefault();
      choose(selected.row + move[0], selected.column + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing();
    } else if (event.key === ' ' && cellOf(selected.row, selected.column)?.checked !== undefined) {
      event.preventDefault();
      startEditing();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const reason = readOnlyReason(cellOf(selected.row, selected.column));
      if (reason === undefined) host.edit(selected.row, selected.column, '');
      else host.say(reason);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  });

  return {
    show(next, at) {
      view = next;
      selected = { row: at.row, column: at.column };
      if (editor === undefined) render();
    },
    editing: () => editor !== undefined,
    focus: () => container.focus(),
  };
}
