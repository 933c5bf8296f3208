/**
 * "เพิ่มหน่วยงาน": one division (name, head, reporter, phone) or a pasted list of
 * them, each with the rounds it is assessed in (both ticked at first). Values go
 * to the server trimmed; the server's answer is shown as it says it. A name over
 * the limit is refused here with its length, and again by the server: the input
 * box has no `maxlength`, which would cut a pasted name without a word.
 */

import type { Round } from '../core/card';
import { cleanText } from '../core/cells';
import { TRACKING, UI } from '../core/messages';
import { MAX_DIVISION_NAME } from '../core/template';
import type { ActionResult } from '../core/views';
import { el } from './dom';
import type { ErrorBanner } from './error-banner';
import type { Server } from './server';
import { createStatusLine, type StatusLine } from './status-line';

/** What the form needs. */
export interface AddDivisionOptions {
  readonly server: Pick<Server, 'addDivision' | 'addDivisions'>;
  readonly banner: ErrorBanner;
  /** `h1` in the dialog, `h2` in the sidebar. */
  readonly headingLevel: 'h1' | 'h2';
  /** Hears each division (or list) added (the dialog closes, the sidebar refreshes). */
  readonly onAdded?: (result: ActionResult) => void;
}

/** The form's section. */
export interface AddDivisionForm {
  readonly element: HTMLElement;
}

const SOURCE = 'add-division';

/** A text input with its label, optional fields saying so. */
function textField(id: string, label: string, name: string, optional = false) {
  const input = el('input', { id, attrs: { type: 'text', name, autocomplete: 'off' } });
  const field = el(
    'div',
    { className: 'field' },
    el(
      'label',
      { attrs: { for: id } },
      label,
      optional ? el('span', { className: 'optional' }, ` ${UI.optional}`) : null,
    ),
    input,
  );
  return { input, field };
}

/** The "assessed in" checkboxes, both ticked. */
function roundChoice(prefix: string) {
  const boxes = ([1, 2] as const).map((round) => {
    const box = el('input', {
      id: `${prefix}-round-${round}`,
      attrs: { type: 'checkbox', name: `${prefix}-round`, value: String(round), checked: '' },
    });
    box.checked = true;
    return {
      round,
      box,
      label: el('label', { className: 'check', attrs: { for: box.id } }, box, UI.roundName(round)),
    };
  });
  const fieldset = el(
    'fieldset',
    { className: 'rounds' },
    el('legend', {}, UI.roundsApply),
    ...boxes.map((entry) => entry.label),
    el('p', { className: 'hint' }, UI.roundsApplyHint),
  );
  return {
    fieldset,
    chosen: (): Round[] => boxes.filter((entry) => entry.box.checked).map((entry) => entry.round),
    reset: () => {
      for (const entry of boxes) entry.box.checked = true;
    },
    first: boxes[0]?.box as HTMLInputElement,
  };
}

/** A new, empty form. */
export function createAddDivisionForm(options: AddDivisionOptions): AddDivisionForm {
  const { server, banner } = options;
  const name = textField('division-name', UI.divisionName, 'name');
  name.input.setAttribute('required', '');
  name.input.setAttribute('aria-required', 'true');
  name.input.setAttribute('aria-describedby', 'division-name-limit');
  const head = textField('division-head', UI.divisionHead, 'head');
  const reporter = textField('division-reporter', UI.divisionReporter, 'reporter', true);
  const phone = textField('division-reporter-phone', UI.divisionReporterPhone, 'reporterPhone', true);
  const rounds = roundChoice('division');
  const submit = el('button', { className: 'primary', attrs: { type: 'submit' } }, UI.addDivision);
  const result = createStatusLine('status form-result');
  const form = el(
    'form',
    { className: 'add-division-form', attrs: { novalidate: '' } },
    name.field,
    el('p', { className: 'hint', id: 'division-name-limit' }, UI.nameLimit(MAX_DIVISION_NAME)),
    head.field,
    reporter.field,
    phone.field,
    rounds.fieldset,
    submit,
    result.element,
  );

  const list = el('textarea', {
    id: 'division-list',
    attrs: { name: 'list', rows: '6', spellcheck: 'false', 'aria-describedby': 'division-list-help' },
  });
  const listRounds = roundChoice('division-list');
  const listSubmit = el('button', { className: 'primary', attrs: { type: 'submit' } }, UI.addDivisions);
  const listResult = createStatusLine('status form-result list-result');
  const listForm = el(
    'form',
    { className: 'add-division-list', attrs: { novalidate: '' } },
    el(
      'div',
      { className: 'field' },
      el('label', { attrs: { for: 'division-list' } }, UI.divisionList),
      el('p', { className: 'hint', id: 'division-list-help' }, UI.divisionListHelp(MAX_DIVISION_NAME)),
      list,
    ),
    listRounds.fieldset,
    listSubmit,
    listResult.element,
  );
  const many = el('details', { className: 'add-many' }, el('summary', {}, UI.addMany), listForm);

  const element = el(
    'section',
    { className: 'card add-division', attrs: { 'aria-labelledby': 'add-division-heading' } },
    el(options.headingLevel, { id: 'add-division-heading' }, UI.addDivision),
    form,
    many,
  );
  let sending = false;

  /** Sends one call, shows its answer on `line`; `done` resets the form that sent it. */
  const send = (
    call: () => Promise<ActionResult>,
    button: HTMLButtonElement,
    line: StatusLine,
    done: () => void,
  ): void => {
    sending = true;
    button.setAttribute('aria-disabled', 'true');
    line.set(UI.adding);
    call()
      .then(
        (answer) => {
          banner.clear(SOURCE);
          line.set(answer.message, answer.ok ? 'ok' : 'error');
          if (answer.ok) {
            done();
            options.onAdded?.(answer);
          }
        },
        (error) => {
          line.set('');
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        sending = false;
        button.removeAttribute('aria-disabled');
      });
  };

  const refuse = (input: HTMLInputElement | HTMLTextAreaElement, line: StatusLine, message: string) => {
    input.setAttribute('aria-invalid', 'true');
    line.set(message, 'error');
    input.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const nameText = name.input.value.trim();
    const length = cleanText(nameText).length;
    if (nameText === '') return refuse(name.input, result, UI.nameRequired);
    if (length > MAX_DIVISION_NAME)
      return refuse(name.input, result, TRACKING.divisionNameTooLong(MAX_DIVISION_NAME, length));
    name.input.removeAttribute('aria-invalid');
    const chosen = rounds.chosen();
    if (chosen.length === 0) {
      result.set(TRACKING.noRoundChosen, 'error');
      rounds.first.focus();
      return;
    }
    const details = {
      reporter: reporter.input.value.trim(),
      reporterPhone: phone.input.value.trim(),
      rounds: chosen,
    };
    send(
      () => server.addDivision(nameText, head.input.value.trim(), details),
      submit,
      result,
      () => {
        form.reset();
        rounds.reset();
      },
    );
  });

  listForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    if (list.value.trim() === '') return refuse(list, listResult, TRACKING.listEmpty);
    list.removeAttribute('aria-invalid');
    const chosen = listRounds.chosen();
    if (chosen.length === 0) {
      listResult.set(TRACKING.noRoundChosen, 'error');
      listRounds.first.focus();
      return;
    }
    // The whole list goes as typed: the server numbers its lines and checks them all.
    send(
      () => server.addDivisions(list.value, chosen),
      listSubmit,
      listResult,
      () => {
        listForm.reset();
        listRounds.reset();
      },
    );
  });
  return { element };
}
