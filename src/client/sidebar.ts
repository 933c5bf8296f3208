/**
 * The sidebar (300 px): the selected division, following the cursor; its reports
 * and the round's; the whole sheet's summary; check data; add a division. Entry
 * of `dist/sidebar.html`.
 */

import { MENU, UI } from '../core/messages';
import { createAddDivisionForm } from './add-division-form';
import { createCheckDataSection } from './check-data-section';
import { createDivisionSection } from './division-section';
import { el, redrawKeepingFocus } from './dom';
import { createErrorBanner } from './error-banner';
import { scriptRun } from './host';
import { SELECTION_INTERVAL_MS, startPolling } from './poller';
import { createReportsSection } from './reports-section';
import { server } from './server';
import { createStatusLine } from './status-line';
import { createSummarySection } from './summary-section';

const POLL_SOURCE = 'poll';

function main(app: HTMLElement): void {
  document.title = MENU.sidebarTitle;
  const banner = createErrorBanner();
  const loading = createStatusLine('status loading');
  let refresh = () => {};
  const reports = createReportsSection({ server, banner, onGenerated: () => refresh() });
  const division = createDivisionSection({ onShown: (shown) => reports.setTarget(shown) });
  const summary = createSummarySection();
  const checkData = createCheckDataSection({ server, banner, headingLevel: 'h2' });
  const addDivision = createAddDivisionForm({ server, banner, headingLevel: 'h2', onAdded: () => refresh() });
  app.replaceChildren(
    el('h1', { className: 'sr-only' }, MENU.sidebarTitle),
    banner.element,
    loading.element,
    division.element,
    reports.element,
    summary.element,
    checkData.element,
    addDivision.element,
  );

  if (scriptRun() === undefined) {
    banner.show(POLL_SOURCE, new Error(UI.noAppsScript));
    return;
  }
  loading.set(UI.loading);
  // Every few seconds while shown (the cursor may have moved); nothing while the page is hidden.
  const poller = startPolling({
    load: () => server.getSidebarData(),
    key: (data) => data.key,
    intervalMs: SELECTION_INTERVAL_MS,
    onData: (data) => {
      loading.set('');
      redrawKeepingFocus([division.body, summary.body], () => {
        division.show(data);
        summary.show(data);
      });
      // Outside the redraw: it changes only what differs, and keeps its own focus.
      reports.show(data);
    },
    onError: (error) => {
      loading.set('');
      banner.show(POLL_SOURCE, error);
    },
    onRecover: () => banner.clear(POLL_SOURCE),
  });
  refresh = () => poller.refresh();
  void reports.loadBatch();
}

const app = document.getElementById('app');
if (app !== null) main(app);
