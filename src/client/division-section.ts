/**
 * The selected division: name, head, a round switcher when it is listed in both
 * rounds, and the chosen round's checklist, figures, dates and row problems.
 */

import type { Round } from '../core/card';
import { safeLink } from '../core/links';
import { UI } from '../core/messages';
import type { DivisionView, MilestoneCheck, RoundStatus, SidebarData } from '../core/views';
import { el, externalLink, srOnly, visualOnly } from './dom';
import { decimals, formatLevel, formatPercent, formatPoints, formatWeighted } from './format';

/** The division and round the section shows, for the reports section to act on. */
export interface ShownRound {
  readonly name: string;
  readonly status: RoundStatus;
}

/** What the section tells. */
export interface DivisionSectionOptions {
  /** Hears the division and round shown after each draw and each round switch (`null`: none). */
  readonly onShown?: (shown: ShownRound | null) => void;
}

/** The section and how to redraw it. */
export interface DivisionSection {
  readonly element: HTMLElement;
  /** The part {@link show} replaces (focus is kept across it by the caller). */
  readonly body: HTMLElement;
  /** Draws `data`'s division, or its hint when there is none. */
  show(data: SidebarData): void;
}

/** The round the user picked, kept while the same division stays selected in the same tab. */
interface RoundChoice {
  readonly name: string;
  readonly selectedRound: Round;
  readonly round: Round;
}

const PANEL_ID = 'round-panel';

/** A new section, empty until the first {@link DivisionSection.show}. */
export function createDivisionSection(options: DivisionSectionOptions = {}): DivisionSection {
  const heading = el('h2', { id: 'division-heading' }, UI.selectedDivision);
  // Focus lands here when the control that had it is redrawn away.
  const body = el('div', { className: 'division-body', attrs: { tabindex: '-1' } });
  const element = el(
    'section',
    { className: 'card division', attrs: { 'aria-labelledby': 'division-heading' } },
    heading,
    body,
  );
  let choice: RoundChoice | null = null;
  const tell = (division: DivisionView | null, round: Round) => {
    const status = division?.rounds.find((candidate) => candidate.round === round);
    options.onShown?.(division === null || status === undefined ? null : { name: division.name, status });
  };

  return {
    element,
    body,
    show(data) {
      const division = data.division;
      if (division === null) {
        choice = null;
        body.replaceChildren(el('p', { className: 'hint' }, data.hint));
        tell(null, 1);
        return;
      }
      const kept =
        choice !== null && choice.name === division.name && choice.selectedRound === division.selectedRound
          ? choice.round
          : division.selectedRound;
      const round = division.rounds.some((status) => status.round === kept) ? kept : firstRound(division);
      choice = { name: division.name, selectedRound: division.selectedRound, round };
      body.replaceChildren(
        ...divisionNodes(division, round, (picked) => {
          if (choice !== null) choice = { ...choice, round: picked };
          tell(division, picked);
        }),
      );
      tell(division, round);
    },
  };
}

function firstRound(division: DivisionView): Round {
  return division.rounds[0]?.round ?? division.selectedRound;
}

/** The division's nodes with `round` shown; `onPick` hears the user switch rounds. */
function divisionNodes(division: DivisionView, round: Round, onPick: (round: Round) => void): Node[] {
  const panel = el('div', { className: 'round-panel', id: PANEL_ID });
  const draw = (picked: Round) => {
    const status = division.rounds.find((candidate) => candidate.round === picked);
    panel.replaceChildren(...(status === undefined ? [] : roundNodes(status)));
    panel.setAttribute('aria-label', UI.roundName(picked));
  };
  const nodes: Node[] = [
    el('h3', { className: 'division-name' }, division.name),
    el('p', { className: 'division-head' }, `${UI.head}: `, division.head === '' ? UI.noHead : division.head),
  ];
  if (division.rounds.length > 1) {
    const buttons = division.rounds.map((status) =>
      el(
        'button',
        {
          className: 'round-button',
          attrs: {
            type: 'button',
            'aria-pressed': String(status.round === round),
            'aria-controls': PANEL_ID,
            'data-focus': `round-${status.round}`,
            'data-round': String(status.round),
          },
        },
        UI.roundName(status.round),
      ),
    );
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const picked = Number(button.getAttribute('data-round')) as Round;
        for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
        onPick(picked);
        draw(picked);
      });
    }
    nodes.push(
      el(
        'div',
        { className: 'round-switch', attrs: { role: 'group', 'aria-label': UI.roundSwitch } },
        ...buttons,
      ),
    );
  } else {
    nodes.push(el('p', { className: 'only-round' }, UI.onlyInRound(round)));
  }
  panel.setAttribute('role', 'region');
  draw(round);
  nodes.push(panel);
  return nodes;
}

/** A figure, or "—" read as "คำนวณไม่ได้" when a problem stopped it. */
function figure(value: number | null, format: (value: number) => string): Node {
  if (value === null)
    return el('span', { className: 'not-computed' }, visualOnly(UI.dash), srOnly(UI.notComputed));
  return document.createTextNode(format(value));
}

function figureRow(label: string, value: Node, className: string): HTMLElement {
  return el('div', { className: `figure ${className}` }, el('dt', {}, label), el('dd', {}, value));
}

/** One round's standing of the division. */
function roundNodes(status: RoundStatus): Node[] {
  // Not assessed this round: the figures it does not get say so rather than "—" (not computed).
  const assessed = (value: number | null, format: (value: number) => string): Node =>
    status.exempt ? el('span', { className: 'exempt-figure' }, UI.exemptFigure) : figure(value, format);
  const figures = el(
    'dl',
    { className: 'figures' },
    figureRow(UI.level, assessed(status.level, formatLevel), 'figure-level'),
    figureRow(UI.score, assessed(status.score, formatPoints), 'figure-score'),
    figureRow(UI.weighted, assessed(status.weighted, formatWeighted), 'figure-weighted'),
    figureRow(
      UI.daysLate,
      figure(status.daysLate, (days) => UI.days(decimals(days, 0, 0))),
      'figure-late',
    ),
    figureRow(UI.penalty, figure(status.penalty, formatPoints), 'figure-penalty'),
    status.progressPercent === null
      ? null
      : figureRow(
          UI.progress,
          document.createTextNode(formatPercent(status.progressPercent)),
          'figure-progress',
        ),
  );
  const nodes: Node[] = [
    el('p', { className: 'where' }, UI.sheetRow(status.sheetName, status.row)),
    ...(status.exempt
      ? [
          el(
            'p',
            { className: 'exempt', attrs: { role: 'note' } },
            el('strong', {}, UI.exempt),
            ` ${UI.exemptNote}`,
          ),
        ]
      : []),
    figures,
    el(
      'p',
      { className: 'next' },
      el('span', { className: 'next-label' }, `${UI.next}: `),
      // No next step means done only at level 5; a row with problems has no figures to go on.
      status.exempt
        ? UI.exempt
        : status.next !== ''
          ? status.next
          : status.level === 5
            ? UI.allDone
            : UI.dash,
    ),
    el(
      'dl',
      { className: 'dates' },
      figureRow(UI.due, document.createTextNode(status.due === '' ? UI.dash : status.due), 'date-due'),
      figureRow(
        UI.submitted,
        document.createTextNode(status.submitted === '' ? UI.notSubmittedYet : status.submitted),
        'date-submitted',
      ),
    ),
    el('h4', {}, UI.checklist),
    el(
      'ul',
      { className: 'checklist' },
      ...status.checklist.map((check, index) => milestoneItem(status.round, check, index)),
    ),
  ];
  const report = reportNode(status);
  if (report !== null) nodes.push(report);
  if (status.problems.length > 0) {
    nodes.push(
      el('h4', { className: 'problems-heading' }, UI.rowProblems),
      el('ul', { className: 'row-problems' }, ...status.problems.map((problem) => el('li', {}, problem))),
    );
  }
  return nodes;
}

/** ✓ or ✗, the level and text, a "0.5" mark for a half of level 3, and the evidence. */
function milestoneItem(round: Round, check: MilestoneCheck, index: number): HTMLElement {
  const item = el(
    'li',
    { className: check.met ? 'milestone met' : 'milestone not-met' },
    el('span', { className: 'mark', attrs: { 'aria-hidden': 'true' } }, check.met ? '✓' : '✗'),
    srOnly(`${check.met ? UI.met : UI.notMet}: `),
    el(
      'span',
      { className: 'milestone-text' },
      el('span', { className: 'milestone-level' }, UI.levelOf(check.level)),
      ' ',
      check.text,
    ),
  );
  if (check.partialPoints !== undefined) {
    const points = decimals(check.partialPoints, 0, 2);
    item.append(el('span', { className: 'half' }, visualOnly(points), srOnly(UI.halfPoint(points))));
  }
  const evidence = check.evidence.trim();
  if (evidence !== '') {
    const href = safeLink(evidence);
    item.append(
      href === undefined
        ? el('span', { className: 'evidence evidence-text' }, `${UI.evidence}: `, evidence)
        : externalLink(href, UI.evidence, UI.evidenceFor(check.level), `evidence-${round}-${index}`),
    );
    if (href !== undefined) item.lastElementChild?.classList.add('evidence');
  }
  return item;
}

/** The report's status and its Doc and PDF links, when the row has any. */
function reportNode(status: RoundStatus): HTMLElement | null {
  if (status.reportLink === '' && status.pdfLink === '' && status.reportStatus === '') return null;
  const doc = safeLink(status.reportLink);
  const pdf = safeLink(status.pdfLink);
  const parts: Node[] = [];
  if (status.reportStatus !== '') parts.push(document.createTextNode(status.reportStatus));
  if (doc !== undefined)
    parts.push(externalLink(doc, UI.openReport, UI.openReportLabel, `report-${status.round}`));
  if (pdf !== undefined)
    parts.push(externalLink(pdf, UI.openPdf, UI.openPdfLabel, `report-pdf-${status.round}`));
  // A link that is not http(s) is not a link: its text is dropped, the status stays.
  const spaced = parts.flatMap((part, index) =>
    index === 0 ? [part] : [document.createTextNode(' '), part],
  );
  return el('p', { className: 'report' }, `${UI.report}: `, ...spaced);
}
