/**
 * The "เริ่มปีงบประมาณใหม่" dialog (~460×540): the year (the settings' fiscal year + 1
 * at first) and each round's due date moved on a year, typed as the guide says
 * (`10/4/2027`, day/month/year C.E.), for the user to confirm. Changing the year asks
 * the server for the dates moved to it, unless the user has typed a date. The server's
 * answer (what it made, or why it made nothing) is shown as it says it.
 */

import { FISCAL_YEAR, MENU, UI } from '../core/messages';
import type { ActionResult } from '../core/views';
import type { FiscalYearPlan } from '../server/fiscal-year';
import { busy, el } from './dom';
import { createErrorBanner, type ErrorBanner } from './error-banner';
import { scriptRun } from './host';
import { type Server, server } from './server';
import { createStatusLine } from './status-line';

const SOURCE = 'fiscal-year';

/** What the form needs. */
export interface FiscalYearFormOptions {
  readonly server: Pick<Server, 'getFiscalYearPlan' | 'startNewFiscalYear'>;
  readonly banner: ErrorBanner;
  /** Hears a year started. */
  readonly onStarted?: (result: ActionResult) => void;
}

/** A text input with its label and an optional hint. */
function field(id: string, label: string, hint?: string) {
  const input = el('input', {
    id,
    attrs: {
      type: 'text',
      autocomplete: 'off',
      ...(hint === undefined ? {} : { 'aria-describedby': `${id}-hint` }),
    },
  });
  const element = el(
    'div',
    { className: 'field' },
    el('label', { attrs: { for: id } }, label),
    input,
    hint === undefined ? null : el('p', { className: 'hint', id: `${id}-hint` }, hint),
  );
  return { input, element };
}

/** The dialog's form; it asks for the plan at once. */
export function createFiscalYearForm(options: FiscalYearFormOptions): {
  readonly element: HTMLElement;
  readonly ready: Promise<void>;
} {
  const { banner } = options;
  const intro = el('p', { className: 'hint fiscal-year-intro' });
  const year = field('fiscal-year', FISCAL_YEAR.yearLabel);
  year.input.setAttribute('inputmode', 'numeric');
  const dues = ([1, 2] as const).map((round) => ({
    round,
    typed: false,
    ...field(`due-round-${round}`, FISCAL_YEAR.dueLabel(round), FISCAL_YEAR.dueHint),
  }));
  const submit = el('button', { className: 'primary', attrs: { type: 'submit' } }, FISCAL_YEAR.submit);
  const result = createStatusLine('status form-result');
  const form = el(
    'form',
    { className: 'fiscal-year-form', attrs: { novalidate: '' } },
    el('h1', {}, MENU.newFiscalYearTitle),
    intro,
    year.element,
    ...dues.map((due) => due.element),
    submit,
    result.element,
  );

  const show = (plan: FiscalYearPlan, withYear: boolean) => {
    if (plan.latestYear > 0) intro.textContent = FISCAL_YEAR.intro(plan.latestYear);
    if (withYear) year.input.value = String(plan.year);
    for (const due of dues) {
      const text = plan.due.find((entry) => entry.round === due.round)?.text ?? '';
      if (!due.typed) due.input.value = text;
    }
  };

  for (const due of dues) due.input.addEventListener('input', () => (due.typed = true));
  year.input.addEventListener('change', () => {
    options.server.getFiscalYearPlan(year.input.value.trim()).then(
      (plan) => {
        banner.clear(SOURCE);
        if (String(plan.year) === year.input.value.trim()) show(plan, false);
      },
      (error) => banner.show(SOURCE, error),
    );
  });

  let working = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (working) return;
    working = true;
    busy(submit, true);
    result.set(FISCAL_YEAR.working);
    options.server
      .startNewFiscalYear(
        year.input.value.trim(),
        dues.map((due) => due.input.value.trim()),
      )
      .then(
        (outcome) => {
          banner.clear(SOURCE);
          result.set(outcome.message, outcome.ok ? 'ok' : 'error');
          if (outcome.ok) {
            submit.disabled = true;
            options.onStarted?.(outcome);
          }
        },
        (error) => {
          result.set('');
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        working = false;
        busy(submit, false);
      });
  });

  result.set(FISCAL_YEAR.loading);
  const ready = options.server.getFiscalYearPlan().then(
    (plan) => {
      result.set('');
      show(plan, true);
    },
    (error) => {
      result.set('');
      banner.show(SOURCE, error);
    },
  );
  return { element: form, ready };
}

function main(app: HTMLElement): void {
  document.title = MENU.newFiscalYearTitle;
  const banner = createErrorBanner();
  const form = createFiscalYearForm({ server, banner });
  app.replaceChildren(banner.element, form.element);
  if (scriptRun() === undefined) banner.show('host', new Error(UI.noAppsScript));
  form.element.querySelector('input')?.focus();
}

const app = document.getElementById('app');
if (app !== null) main(app);
