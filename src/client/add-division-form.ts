/** "เพิ่มหน่วยงาน": a name and a head, sent to `addDivision` trimmed; the server's answer is shown as it says it. */

import { UI } from '../core/messages';
import type { ActionResult } from '../core/views';
import { el } from './dom';
import type { ErrorBanner } from './error-banner';
import type { Server } from './server';
import { createStatusLine } from './status-line';

/** What the form needs. */
export interface AddDivisionOptions {
  readonly server: Pick<Server, 'addDivision'>;
  readonly banner: ErrorBanner;
  /** `h1` in the dialog, `h2` in the sidebar. */
  readonly headingLevel: 'h1' | 'h2';
  /** Hears each division added (the dialog closes, the sidebar refreshes). */
  readonly onAdded?: (result: ActionResult) => void;
}

/** The form's section. */
export interface AddDivisionForm {
  readonly element: HTMLElement;
}

const SOURCE = 'add-division';

/** A new, empty form. */
export function createAddDivisionForm(options: AddDivisionOptions): AddDivisionForm {
  const { server, banner } = options;
  const name = el('input', {
    id: 'division-name',
    attrs: {
      type: 'text',
      name: 'name',
      autocomplete: 'off',
      required: '',
      'aria-required': 'true',
      maxlength: '200',
    },
  });
  const head = el('input', {
    id: 'division-head',
    attrs: { type: 'text', name: 'head', autocomplete: 'off', maxlength: '200' },
  });
  const submit = el('button', { className: 'primary', attrs: { type: 'submit' } }, UI.addDivision);
  const result = createStatusLine('status form-result');
  const form = el(
    'form',
    { className: 'add-division-form', attrs: { novalidate: '' } },
    el(
      'div',
      { className: 'field' },
      el('label', { attrs: { for: 'division-name' } }, UI.divisionName),
      name,
    ),
    el(
      'div',
      { className: 'field' },
      el('label', { attrs: { for: 'division-head' } }, UI.divisionHead),
      head,
    ),
    submit,
    result.element,
  );
  const element = el(
    'section',
    { className: 'card add-division', attrs: { 'aria-labelledby': 'add-division-heading' } },
    el(options.headingLevel, { id: 'add-division-heading' }, UI.addDivision),
    form,
  );
  let sending = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const nameText = name.value.trim();
    const headText = head.value.trim();
    if (nameText === '') {
      name.setAttribute('aria-invalid', 'true');
      result.set(UI.nameRequired, 'error');
      name.focus();
      return;
    }
    name.removeAttribute('aria-invalid');
    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    result.set(UI.adding);
    server
      .addDivision(nameText, headText)
      .then(
        (answer) => {
          banner.clear(SOURCE);
          result.set(answer.message, answer.ok ? 'ok' : 'error');
          if (answer.ok) {
            form.reset();
            options.onAdded?.(answer);
          }
        },
        (error) => {
          result.set('');
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        sending = false;
        submit.removeAttribute('aria-disabled');
      });
  });
  return { element };
}
