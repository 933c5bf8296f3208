/** The whole sheet at a glance, per round: divisions at each level as bars, late, not submitted, with problems. */

import { UI } from '../core/messages';
import type { RoundSummary, SidebarData } from '../core/views';
import { el, srOnly, visualOnly } from './dom';

/** The section and how to redraw it. */
export interface SummarySection {
  readonly element: HTMLElement;
  /** The part {@link show} replaces. */
  readonly body: HTMLElement;
  show(data: SidebarData): void;
}

/** A new, empty summary section. */
export function createSummarySection(): SummarySection {
  const body = el('div', { className: 'summary-body' });
  const element = el(
    'section',
    { className: 'card summary', attrs: { 'aria-labelledby': 'summary-heading' } },
    el('h2', { id: 'summary-heading' }, UI.summary),
    body,
  );
  return {
    element,
    body,
    show(data) {
      body.replaceChildren(
        ...(data.summary.length === 0
          ? [el('p', { className: 'hint' }, UI.noRounds)]
          : data.summary.map(roundSummary)),
      );
    },
  };
}

function roundSummary(summary: RoundSummary): HTMLElement {
  const most = Math.max(1, ...summary.byLevel.map((entry) => entry.count));
  const bars = el(
    'ul',
    { className: 'bars', attrs: { 'aria-label': UI.byLevel } },
    ...summary.byLevel.map((entry) => {
      const bar = el('span', { className: 'bar' });
      // A bar per level, its length relative to the largest count (a zero count shows no bar).
      bar.style.width = `${Math.round((entry.count / most) * 100)}%`;
      return el(
        'li',
        { className: 'bar-row' },
        srOnly(UI.levelCount(entry.level, entry.count)),
        visualOnly(
          el('span', { className: 'bar-label' }, UI.levelOf(entry.level)),
          el('span', { className: 'bar-track' }, bar),
          el('span', { className: 'bar-count' }, String(entry.count)),
        ),
      );
    }),
  );
  const counts = el(
    'dl',
    { className: 'counts' },
    count(UI.late, summary.late, 'count-late'),
    count(UI.notSubmitted, summary.notSubmitted, 'count-not-submitted'),
    count(UI.withProblems, summary.withProblems, 'count-problems'),
    count(UI.exemptCount, summary.exempt, 'count-exempt'),
  );
  return el(
    'div',
    { className: 'round-summary', attrs: { 'data-round': String(summary.round) } },
    el('h3', {}, UI.summaryRound(summary.round, summary.sheetName)),
    el('p', { className: 'division-count' }, UI.divisionCount(summary.divisions)),
    bars,
    counts,
  );
}

function count(label: string, value: number, className: string): HTMLElement {
  return el(
    'div',
    { className: `figure ${className}${value > 0 ? ' nonzero' : ''}` },
    el('dt', {}, label),
    el('dd', {}, String(value)),
  );
}
