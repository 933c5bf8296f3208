/**
 * "ตรวจข้อมูล": lists every bad cell of the tracking tabs; activating an item (a
 * button: click, Enter or Space) selects that cell in the sheet.
 */

import { UI } from '../core/messages';
import type { DataProblem } from '../core/views';
import { el } from './dom';
import type { ErrorBanner } from './error-banner';
import type { Server } from './server';
import { createStatusLine } from './status-line';

/** What the section needs. */
export interface CheckDataOptions {
  readonly server: Pick<Server, 'checkData' | 'selectCell'>;
  readonly banner: ErrorBanner;
  /** `h1` in the check-data dialog, `h2` in the sidebar. */
  readonly headingLevel: 'h1' | 'h2';
}

/** The section and how to run it. */
export interface CheckDataSection {
  readonly element: HTMLElement;
  /** Checks the data and lists what it finds. */
  run(): Promise<void>;
}

const SOURCE = 'check-data';

/** A new section, listing nothing until {@link CheckDataSection.run}. */
export function createCheckDataSection(options: CheckDataOptions): CheckDataSection {
  const { server, banner } = options;
  const status = createStatusLine();
  const list = el('ul', { className: 'problem-list', attrs: { 'aria-label': UI.problemList } });
  const button = el('button', { className: 'primary', attrs: { type: 'button' } }, UI.checkData);
  const element = el(
    'section',
    { className: 'card check-data', attrs: { 'aria-labelledby': 'check-data-heading' } },
    el(options.headingLevel, { id: 'check-data-heading' }, UI.checkData),
    button,
    status.element,
    list,
  );
  let running = false;

  const select = (problem: DataProblem) => {
    server.selectCell(problem.sheetName, problem.cell).then(
      () => {
        banner.clear(SOURCE);
        status.set(UI.cellSelected(problem.sheetName, problem.cell), 'ok');
      },
      (error) => banner.show(SOURCE, error),
    );
  };

  const item = (problem: DataProblem) => {
    const choose = el(
      'button',
      { className: 'problem-item', attrs: { type: 'button' } },
      el(
        'span',
        { className: 'problem-where' },
        el('span', { className: 'problem-cell' }, problem.cell),
        ' ',
        el('span', { className: 'problem-sheet' }, UI.problemSheet(problem.sheetName)),
      ),
      el('span', { className: 'problem-message' }, problem.message),
    );
    choose.addEventListener('click', () => select(problem));
    return el('li', {}, choose);
  };

  const run = async () => {
    if (running) return;
    running = true;
    button.setAttribute('aria-disabled', 'true');
    list.setAttribute('aria-busy', 'true');
    status.set(UI.checking);
    try {
      const problems = await server.checkData();
      banner.clear(SOURCE);
      list.replaceChildren(...problems.map(item));
      status.set(
        problems.length === 0 ? UI.noProblems : UI.problemsFound(problems.length),
        problems.length === 0 ? 'ok' : 'info',
      );
      button.textContent = UI.checkAgain;
    } catch (error) {
      status.set('');
      banner.show(SOURCE, error);
    } finally {
      running = false;
      button.removeAttribute('aria-disabled');
      list.removeAttribute('aria-busy');
    }
  };

  button.addEventListener('click', () => {
    void run();
  });
  return { element, run };
}
