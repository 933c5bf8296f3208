/**
 * The selected division's report, for the round the division section shows:
 * "ดูตัวอย่าง" shows the server's HTML rendering in a sandboxed frame (never in
 * this page's DOM); "สร้างรายงานหน่วยงานนี้" makes the Google Doc and PDF and
 * links to them.
 */

import { safeLink } from '../core/links';
import { UI } from '../core/messages';
import type { ReportOutcome, ReportPreview } from '../core/views';
import type { ShownRound } from './division-section';
import { busy, el, externalLink } from './dom';
import type { ErrorBanner } from './error-banner';
import type { Server } from './server';
import { createStatusLine, type StatusLine } from './status-line';

/** What the part needs. */
export interface DivisionReportOptions {
  readonly server: Pick<Server, 'previewDivisionReport' | 'generateDivisionReport'>;
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
  readonly row: number;
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
  const preview = createPreview(() => previewButton.focus());
  const element = el(
    'div',
    { className: 'report-one', attrs: { tabindex: '-1' } },
    el('h3', {}, UI.reportOfDivision),
    targetLine,
    hint,
    actions,
    status.element,
    links,
    preview.element,
  );
  let target: Target | null = null;
  let previewing = false;
  let generating = false;

  const draw = () => {
    const none = target === null;
    if (none && actions.contains(document.activeElement)) element.focus({ preventScroll: true });
    targetLine.textContent = target === null ? '' : UI.reportTarget(target.name, target.round);
    targetLine.hidden = none;
    actions.hidden = none;
    hint.hidden = !none;
  };

  previewButton.addEventListener('click', () => {
    const asked = target;
    if (previewing || asked === null) return;
    previewing = true;
    busy(previewButton, true);
    preview.status.set(UI.previewLoading);
    server
      .previewDivisionReport(asked.round, asked.row, asked.name)
      .then(
        (answer) => {
          banner.clear(SOURCE);
          preview.status.set('');
          preview.show(answer);
        },
        (error) => {
          preview.status.set('');
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        previewing = false;
        busy(previewButton, false);
      });
  });

  generateButton.addEventListener('click', () => {
    const asked = target;
    if (generating || asked === null) return;
    generating = true;
    busy(generateButton, true);
    status.set(UI.generatingOne(asked.name));
    links.replaceChildren();
    server
      .generateDivisionReport(asked.round, asked.row, asked.name)
      .then(
        (outcome) => {
          banner.clear(SOURCE);
          showOutcome(status, links, outcome, 'one');
          if (outcome.ok) options.onGenerated?.();
        },
        (error) => {
          status.set('');
          banner.show(SOURCE, error);
        },
      )
      .finally(() => {
        generating = false;
        busy(generateButton, false);
      });
  });

  draw();
  return {
    element,
    setTarget(shown) {
      const next: Target | null =
        shown === null ? null : { name: shown.name, round: shown.status.round, row: shown.status.row };
      const same =
        next === target ||
        (next !== null &&
          target !== null &&
          next.name === target.name &&
          next.round === target.round &&
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

/** The preview: a labelled region with the report in a frame that may run nothing and reach nothing. */
function createPreview(onClose: () => void) {
  const status = createStatusLine('status preview-status');
  const title = el('p', { className: 'preview-title', id: 'preview-title' });
  const close = el(
    'button',
    { className: 'secondary preview-close', attrs: { type: 'button' } },
    UI.closePreview,
  );
  const frameHolder = el('div', { className: 'preview-frame-holder' });
  const region = el(
    'div',
    {
      className: 'report-preview',
      id: 'report-preview',
      attrs: { role: 'region', 'aria-labelledby': 'preview-title', tabindex: '-1' },
    },
    el('div', { className: 'preview-bar' }, title, close),
    el('p', { className: 'hint preview-note' }, UI.previewNote),
    frameHolder,
  );
  region.hidden = true;
  const element = el('div', { className: 'preview-area' }, status.element, region);

  const hide = () => {
    region.hidden = true;
    // The frame goes with its document: nothing of it stays in memory or in the tab order.
    frameHolder.replaceChildren();
    onClose();
  };
  close.addEventListener('click', hide);
  region.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    hide();
  });

  return {
    element,
    status,
    show(answer: ReportPreview) {
      const frame = el('iframe', {
        className: 'preview-frame',
        attrs: {
          // Empty: no scripts, no forms, no navigation, a unique origin. The HTML is the
          // frame's own document (srcdoc), never parsed into this page.
          sandbox: '',
          referrerpolicy: 'no-referrer',
          title: UI.previewFrame(answer.fileName),
          srcdoc: answer.html,
        },
      });
      title.textContent = UI.previewTitle(answer.fileName);
      frameHolder.replaceChildren(frame);
      region.hidden = false;
      region.focus({ preventScroll: true });
      region.scrollIntoView?.({ block: 'nearest' });
    },
  };
}
