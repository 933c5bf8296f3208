/**
 * "รายงานผล": the selected division's report (preview, generate), and for the
 * round of the active tab the reports of every division (a batch) and the summary.
 *
 * The whole-round buttons follow the active tab, as the sidebar's polling reports
 * it, and name its round and year ("สร้างรายงานสรุป รอบ 2/2566"); there is no
 * picker of their own that could disagree with the tab. On a tab that is not a
 * round's they are disabled, with a hint to open one. Each click sends the tab its
 * label names, and the server refuses a tab that is gone or of another round.
 *
 * Nothing here is redrawn by the sidebar's polling: {@link ReportsSection.show}
 * and `setTarget` change the page only when what they were given differs from
 * what is shown, so a control keeps its focus and a running batch its progress.
 */

import { UI } from '../core/messages';
import type { ActiveRoundTab, ReportOutcome, SidebarData } from '../core/views';
import { createBatchPanel } from './batch-panel';
import { createDivisionReport, showOutcome } from './division-report';
import type { ShownRound } from './division-section';
import { busy, el } from './dom';
import type { ErrorBanner } from './error-banner';
import type { Server } from './server';
import { createStatusLine } from './status-line';

/** What the section needs. */
export interface ReportsOptions {
  readonly server: Pick<
    Server,
    | 'showDivisionReportPreview'
    | 'generateDivisionReport'
    | 'generateSummaryReport'
    | 'startReportBatch'
    | 'continueReportBatch'
    | 'cancelReportBatch'
    | 'getReportBatch'
  >;
  readonly banner: ErrorBanner;
  /** Hears each report made: the sheet's report columns changed, the sidebar refreshes. */
  readonly onGenerated?: () => void;
}

/** The section and what it follows. */
export interface ReportsSection {
  readonly element: HTMLElement;
  /** The division and round the division section shows. */
  setTarget(shown: ShownRound | null): void;
  /** The sheet's rounds and the active tab, for the round actions. */
  show(data: SidebarData): void;
  /** Picks up a batch of this user's left running when the sidebar closed. */
  loadBatch(): Promise<void>;
}

const SOURCE = 'report-summary';
const HINT_ID = 'report-round-hint';

/** How a round's tab is named on the buttons: `รอบ 2/2566`. */
export function roundTabLabel(tab: ActiveRoundTab): string {
  return UI.roundOfYear(tab.round, tab.fiscalYear);
}

/** A new section. */
export function createReportsSection(options: ReportsOptions): ReportsSection {
  const { server, banner } = options;
  const divisionReport = createDivisionReport({ server, banner, onGenerated: options.onGenerated });

  const noRounds = el('p', { className: 'hint' }, UI.noRounds);
  const tabHint = el('p', { className: 'hint report-round-tab', id: HINT_ID });
  /** The round tab in view; `null` on another tab. */
  let active: ActiveRoundTab | null = null;
  let shownKey: string | null = null;

  const batch = createBatchPanel({
    server,
    banner,
    tab: () => active,
    onFinished: options.onGenerated,
  });
  const summaryButton = el(
    'button',
    { className: 'secondary summary-button', attrs: { type: 'button', 'aria-describedby': HINT_ID } },
    UI.generateSummary,
  );
  batch.startButton.setAttribute('aria-describedby', HINT_ID);
  const actions = el('div', { className: 'report-actions' }, batch.startButton, summaryButton);
  const summaryStatus = createStatusLine('status summary-status');
  const summaryLinks = el('p', { className: 'report-links summary-links' });
  const roundPart = el(
    'div',
    { className: 'report-round' },
    el('h3', {}, UI.reportOfRound),
    noRounds,
    tabHint,
    actions,
    summaryStatus.element,
    summaryLinks,
    batch.element,
  );
  // Until the first data: neither "no tabs" nor buttons for rounds not known yet.
  noRounds.hidden = true;
  tabHint.hidden = true;
  actions.hidden = true;
  const element = el(
    'section',
    { className: 'card reports', attrs: { 'aria-labelledby': 'reports-heading' } },
    el('h2', { id: 'reports-heading' }, UI.reports),
    divisionReport.element,
    roundPart,
  );

  /** Each tab's last summary outcome, or that one is being made: shown only while that tab is active. */
  const summaries = new Map<string, ReportOutcome | 'working'>();
  let summarising = false;

  /** What the status line shows now: nothing is redrawn (a focused link kept) while it is the same. */
  let drawn: [string, ReportOutcome | 'working' | undefined] | null = null;
  const drawSummaryResult = () => {
    const result = active === null ? undefined : summaries.get(active.sheetName);
    const owner = active === null ? '' : active.sheetName;
    if (drawn !== null && drawn[0] === owner && drawn[1] === result) return;
    drawn = [owner, result];
    if (result === undefined || active === null) {
      summaryStatus.set('');
      summaryLinks.replaceChildren();
    } else if (result === 'working') {
      summaryStatus.set(UI.generatingSummary(roundTabLabel(active)));
      summaryLinks.replaceChildren();
    } else {
      showOutcome(summaryStatus, summaryLinks, result, 'summary');
    }
  };

  const drawRound = () => {
    const label = active === null ? null : roundTabLabel(active);
    setText(batch.startButton, label === null ? UI.generateAll : UI.generateAllOf(label));
    setText(summaryButton, label === null ? UI.generateSummary : UI.generateSummaryOf(label));
    setText(tabHint, label === null ? UI.reportOpenRoundTab : UI.reportRoundOfTab(label));
    busy(summaryButton, summarising || active === null);
    batch.refresh();
    drawSummaryResult();
  };

  summaryButton.addEventListener('click', () => {
    const asked = active;
    if (summarising || asked === null) return;
    summarising = true;
    summaries.set(asked.sheetName, 'working');
    drawRound();
    server
      .generateSummaryReport(asked.round, asked.sheetName)
      .then(
        (outcome) => {
          banner.clear(SOURCE);
          summaries.set(asked.sheetName, outcome);
          if (outcome.ok) options.onGenerated?.();
        },
        (error) => {
          summaries.delete(asked.sheetName);
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        summarising = false;
        drawRound();
      });
  });

  return {
    element,
    setTarget: (shown) => divisionReport.setTarget(shown),
    show(data) {
      const next = data.activeRound ?? null;
      const key = JSON.stringify([data.summary.length > 0, next]);
      if (key === shownKey) return;
      shownKey = key;
      active = next;
      const hasRounds = data.summary.length > 0;
      noRounds.hidden = hasRounds;
      tabHint.hidden = !hasRounds;
      actions.hidden = !hasRounds;
      drawRound();
    },
    loadBatch: () => batch.load(),
  };
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
