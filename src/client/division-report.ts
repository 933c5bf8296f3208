/**
 * The selected division's report, for the round the division section shows:
 * "ดูตัวอย่าง" asks the server to open the report form in a modal dialog as wide as
 * an A4 page (Sheets' own dialog, not this 300 px sidebar); "สร้างรายงานหน่วยงานนี้"
 * makes the Google Doc and PDF and links to them.
 *
 * A result belongs to the division and round it was made for: moving to another
 * division hides it (and shows that division's own, if it has one), so a message
 * never sits under another division's name.
 */

import { safeLink } from '../core/links';
import { UI } from '../core/messages';
import type { ReportOutcome } from '../core/views';
import type { ShownRound } from './division-section';
import { busy, el, externalLink } from './dom';
import type { ErrorBanner } from './error-banner';
import type { Server } from './server';
import { createStatusLine, type StatusLine } from './status-line';

/** What the part needs. */
export interface DivisionReportOptions {
  readonly server: Pick<Server, 'showDivisionReportPreview' | 'generateDivisionReport'>;
  readonly banner: ErrorBanner;
  /** Hears each report made (the row's report columns changed). */
  readonly onGenerated?: () => void;
}

/** The part and how to point it at a division. */
export interface DivisionReport {
  readonly element: HTMLElement;
  /** The division and round to act on; changes the page only when they differ from the last. */
  setTarget(shown: ShownRound | null): void;
}

/**
 * The division, round and row a click acts on. The name goes with the row: the
 * server finds the division again by it, since rows may move between the
 * sidebar's last refresh and the click.
 */
interface Target {
  readonly name: string;
  readonly round: 1 | 2;
  readonly sheetName: string;
  readonly row: number;
}

/** Whose a result is: the division in one round's tab (not the row, which may move). */
function ownerOf(target: Target): string {
  return JSON.stringify([target.sheetName, target.round, target.name]);
}

const SOURCE = 'report';

/** A new part, with no division until {@link DivisionReport.setTarget}. */
export function createDivisionReport(options: DivisionReportOptions): DivisionReport {
  const { server, banner } = options;
  const targetLine = el('p', { className: 'report-target' });
  const hint = el('p', { className: 'hint' }, UI.reportPickDivision);
  const previewButton = el(
    'button',
    { className: 'secondary preview-button', attrs: { type: 'button' } },
    UI.previewReport,
  );
  const generateButton = el(
    'button',
    { className: 'primary generate-button', attrs: { type: 'button' } },
    UI.generateOne,
  );
  const actions = el('div', { className: 'report-actions' }, previewButton, generateButton);
  const status = createStatusLine('status report-one-status');
  const links = el('p', { className: 'report-links' });
  const previewStatus = createStatusLine('status preview-status');
  const element = el(
    'div',
    { className: 'report-one', attrs: { tabindex: '-1' } },
    el('h3', {}, UI.reportOfDivision),
    targetLine,
    hint,
    actions,
    status.element,
    links,
    previewStatus.element,
  );
  let target: Target | null = null;
  let previewing = false;
  let generating = false;
  /** Each division's last outcome, or that its report is being made; shown only under that division. */
  const results = new Map<string, ReportOutcome | 'working'>();

  /** What the status line shows now: nothing is redrawn (a focused link kept) while it is the same. */
  let drawn: [string, ReportOutcome | 'working' | undefined] | null = null;
  const drawResult = () => {
    const result = target === null ? undefined : results.get(ownerOf(target));
    const owner = target === null ? '' : ownerOf(target);
    if (drawn !== null && drawn[0] === owner && drawn[1] === result) return;
    drawn = [owner, result];
    if (result === undefined || target === null) {
      status.set('');
      links.replaceChildren();
    } else if (result === 'working') {
      status.set(UI.generatingOne(target.name));
      links.replaceChildren();
    } else {
      showOutcome(status, links, result, 'one');
    }
  };

  const draw = () => {
    const none = target === null;
    if (none && actions.contains(document.activeElement)) element.focus({ preventScroll: true });
    targetLine.textContent = target === null ? '' : UI.reportTarget(target.name, target.sheetName.trim());
    targetLine.hidden = none;
    actions.hidden = none;
    hint.hidden = !none;
    drawResult();
  };

  previewButton.addEventListener('click', () => {
    const asked = target;
    if (previewing || asked === null) return;
    previewing = true;
    busy(previewButton, true);
    previewStatus.set(UI.previewLoading);
    server
      .showDivisionReportPreview(asked.round, asked.row, asked.name, asked.sheetName)
      .then(
        () => banner.clear(SOURCE),
        (error) => banner.show(SOURCE, error),
      )
      .finally(() => {
        previewStatus.set('');
        previewing = false;
        busy(previewButton, false);
      });
  });

  generateButton.addEventListener('click', () => {
    const asked = target;
    if (generating || asked === null) return;
    const owner = ownerOf(asked);
    generating = true;
    busy(generateButton, true);
    results.set(owner, 'working');
    drawResult();
    server
      .generateDivisionReport(asked.round, asked.row, asked.name, asked.sheetName)
      .then(
        (outcome) => {
          banner.clear(SOURCE);
          results.set(owner, outcome);
          if (outcome.ok) options.onGenerated?.();
        },
        (error) => {
          results.delete(owner);
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        generating = false;
        busy(generateButton, false);
        drawResult();
      });
  });

  draw();
  return {
    element,
    setTarget(shown) {
      const next: Target | null =
        shown === null
          ? null
          : {
              name: shown.name,
              round: shown.status.round,
              sheetName: shown.status.sheetName,
              row: shown.status.row,
            };
      const same =
        next === target ||
        (next !== null &&
          target !== null &&
          next.name === target.name &&
          next.round === target.round &&
          next.sheetName === target.sheetName &&
          next.row === target.row);
      if (same) return;
      target = next;
      draw();
    },
  };
}

/**
 * Shows what generating a report did: its Thai message (an error when not ok) and
 * a link to each file it made, opened in a new tab.
 */
export function showOutcome(
  status: StatusLine,
  links: HTMLElement,
  outcome: ReportOutcome,
  kind: 'one' | 'summary',
): void {
  status.set(outcome.message, outcome.ok ? 'ok' : 'error');
  const doc = safeLink(outcome.docUrl);
  const pdf = safeLink(outcome.pdfUrl);
  const docLabel = kind === 'one' ? UI.openDocLabel : UI.openSummaryLabel;
  const pdfLabel = kind === 'one' ? UI.openPdfLabel : UI.openSummaryPdfLabel;
  links.replaceChildren(
    ...[
      doc === undefined ? null : externalLink(doc, UI.openReport, docLabel, `${kind}-doc`),
      pdf === undefined ? null : externalLink(pdf, UI.openPdf, pdfLabel, `${kind}-pdf`),
    ].filter((link) => link !== null),
  );
}
