/** The "เพิ่มหน่วยงาน" dialog (360×260): the form; closes itself a moment after a division is added. */

import { MENU, UI } from '../core/messages';
import { createAddDivisionForm } from './add-division-form';
import { createErrorBanner } from './error-banner';
import { closeDialog, scriptRun } from './host';
import { server } from './server';

/** How long the success message stays before the dialog closes. */
const CLOSE_AFTER_MS = 1500;

function main(app: HTMLElement): void {
  document.title = MENU.addDivisionTitle;
  const banner = createErrorBanner();
  const form = createAddDivisionForm({
    server,
    banner,
    headingLevel: 'h1',
    onAdded: () => setTimeout(closeDialog, CLOSE_AFTER_MS),
  });
  app.replaceChildren(banner.element, form.element);
  if (scriptRun() === undefined) banner.show('host', new Error(UI.noAppsScript));
  form.element.querySelector('input')?.focus();
}

const app = document.getElementById('app');
if (app !== null) main(app);
