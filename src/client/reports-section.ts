/**
 * "รายงานผล": the selected division's report (preview, generate), and for a round
 * the reports of every division (a batch) and the summary report.
 *
 * Nothing here is redrawn by the sidebar's polling: {@link ReportsSection.show}
 * and `setTarget` change the page only when what they were given differs from
 * what is shown, so a control keeps its focus and a running batch its progress.
 */

import type { Round } from '../core/card';
import { UI } from '../core/messages';
import type { SidebarData } from '../core/views';
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
    | 'previewDivisionReport'
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
  /** The sheet's rounds, for the round actions. */
  show(data: SidebarData): void;
  /** Picks up a batch of this user's left running when the sidebar closed. */
  loadBatch(): Promise<void>;
}

const SOURCE = 'report-summary';

/** A new section. */
export function createReportsSection(options: ReportsOptions): ReportsSection {
  const { server, banner } = options;
  const divisionReport = createDivisionReport({ server, banner, onGenerated: options.onGenerated });

  const picker = el('div', { className: 'report-round-picker' });
  const noRounds = el('p', { className: 'hint' }, UI.noRounds);
  let rounds: readonly Round[] = [];
  let roundsKey: string | null = null;
  let round: Round = 1;

  const batch = createBatchPanel({
    server,
    banner,
    round: () => round,
    onFinished: options.onGenerated,
  });
  const summaryButton = el(
    'button',
    { className: 'secondary summary-button', attrs: { type: 'button' } },
    UI.generateSummary,
  );
  const actions = el('div', { className: 'report-actions' }, batch.startButton, summaryButton);
  const summaryStatus = createStatusLine('status summary-status');
  const summaryLinks = el('p', { className: 'report-links summary-links' });
  const roundPart = el(
    'div',
    { className: 'report-round' },
    el('h3', {}, UI.reportOfRound),
    noRounds,
    picker,
    actions,
    summaryStatus.element,
    summaryLinks,
    batch.element,
  );
  // Until the first data: neither "no tabs" nor buttons for rounds not known yet.
  noRounds.hidden = true;
  actions.hidden = true;
  const element = el(
    'section',
    { className: 'card reports', attrs: { 'aria-labelledby': 'reports-heading' } },
    el('h2', { id: 'reports-heading' }, UI.reports),
    divisionReport.element,
    roundPart,
  );

  const drawPicker = (sheetNames: ReadonlyMap<Round, string>) => {
    if (rounds.length <= 1) {
      const only = rounds[0];
      picker.replaceChildren(
        only === undefined
          ? ''
          : el('p', { className: 'report-round-only' }, UI.summaryRound(only, sheetNames.get(only) ?? '')),
      );
      return;
    }
    const buttons = rounds.map((candidate) =>
      el(
        'button',
        {
          className: 'round-button',
          attrs: {
            type: 'button',
            'aria-pressed': String(candidate === round),
            'data-round': String(candidate),
          },
        },
        UI.roundName(candidate),
      ),
    );
    for (const button of buttons) {
      button.addEventListener('click', () => {
        round = Number(button.getAttribute('data-round')) as Round;
        for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      });
    }
    picker.replaceChildren(
      el(
        'div',
        { className: 'round-switch', attrs: { role: 'group', 'aria-label': UI.reportRoundPick } },
        ...buttons,
      ),
    );
  };

  let summarising = false;
  summaryButton.addEventListener('click', () => {
    if (summarising) return;
    const asked = round;
    summarising = true;
    busy(summaryButton, true);
    summaryStatus.set(UI.generatingSummary(asked));
    summaryLinks.replaceChildren();
    server
      .generateSummaryReport(asked)
      .then(
        (outcome) => {
          banner.clear(SOURCE);
          showOutcome(summaryStatus, summaryLinks, outcome, 'summary');
          if (outcome.ok) options.onGenerated?.();
        },
        (error) => {
          summaryStatus.set('');
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        summarising = false;
        busy(summaryButton, false);
      });
  });

  return {
    element,
    setTarget: (shown) => divisionReport.setTarget(shown),
    show(data) {
      const key = data.summary.map((summary) => `${summary.round}:${summary.sheetName}`).join('|');
      if (key === roundsKey) return;
      const first = roundsKey === null;
      roundsKey = key;
      rounds = data.summary.map((summary) => summary.round);
      // At first the round of the tab the cursor is in; after that the user's pick is kept.
      const preferred = first ? (data.division?.selectedRound ?? round) : round;
      round = rounds.includes(preferred) ? preferred : (rounds[0] ?? 1);
      drawPicker(new Map(data.summary.map((summary) => [summary.round, summary.sheetName])));
      noRounds.hidden = rounds.length > 0;
      actions.hidden = rounds.length === 0;
    },
    loadBatch: () => batch.load(),
  };
}
