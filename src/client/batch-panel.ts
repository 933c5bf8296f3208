/**
 * "สร้างรายงานทุกหน่วยงาน": a batch the server runs a few divisions at a time, each
 * call well under Apps Script's 30 seconds. This page drives it: it asks for the
 * next chunk as soon as the last one answers, while the batch is `running`, and
 * shows how far it got (n / N, the division in hand, every error so far).
 *
 * The batch's progress lives on the server (document properties), so nothing is
 * lost when a call fails or the sidebar closes: the page only stops asking, and
 * "ทำต่อ" asks again with the same id.
 *
 * A batch in view that this page does not drive (someone else's, or this user's
 * left paused, perhaps driven from another tab) is watched: its status is read
 * every few seconds, a call that reads only that property on the server, and not
 * at all while the page is hidden. So the panel shows how far it got, and frees the
 * start button once it ends.
 */

import type { Round } from '../core/card';
import { REPORT_RUN, UI } from '../core/messages';
import type { ActiveRoundTab, BatchStatus } from '../core/views';
import { busy, el } from './dom';
import type { ErrorBanner } from './error-banner';
import { type Poller, startPolling } from './poller';
import type { Server } from './server';
import { createStatusLine } from './status-line';

/** What the panel needs. */
export interface BatchPanelOptions {
  readonly server: Pick<
    Server,
    'startReportBatch' | 'continueReportBatch' | 'cancelReportBatch' | 'getReportBatch'
  >;
  readonly banner: ErrorBanner;
  /**
   * The round tab "สร้างรายงานทุกหน่วยงาน" is for (the active one), read at each click
   * and each draw; `null` on a tab that is not a round's, which disables the button.
   */
  readonly tab: () => ActiveRoundTab | null;
  /** Hears each batch that ends (its reports are in the sheet now). */
  readonly onFinished?: () => void;
}

/** The panel, its start button, and how to pick up a batch left running. */
export interface BatchPanel {
  /** "สร้างรายงานทุกหน่วยงาน", placed by the caller beside the other round actions. */
  readonly startButton: HTMLButtonElement;
  /** The progress, messages and batch buttons; hidden while there is no batch to show. */
  readonly element: HTMLElement;
  /** Asks the server for a batch left running (the sidebar opening) and shows it. */
  load(): Promise<void>;
  /** Draws again after the active tab changed (the start button's availability and the idle title). */
  refresh(): void;
}

/**
 * - idle: no batch shown, or the last one ended (its outcome stays in view);
 * - starting / driving / cancelling: a call is on its way;
 * - paused: a batch of this user's is running on the server but this page is not
 *   asking for it (the sidebar just opened, or a call failed): "ทำต่อ" or "ยกเลิก";
 * - busy: someone else's batch holds the spreadsheet: the server's message, "ลองอีกครั้ง".
 */
type Mode = 'idle' | 'starting' | 'driving' | 'paused' | 'cancelling' | 'busy';

const SOURCE = 'report-batch';
const WATCH_SOURCE = 'report-batch-watch';

/** Between two status reads of a batch this page does not drive: progress moves a chunk (~10 s) at a time. */
export const BATCH_WATCH_INTERVAL_MS = 4000;

/**
 * A chunk refused because the spreadsheet's lock is held a moment (someone's single
 * report, a second tab) is asked again after this long, this many times in a row,
 * before the batch pauses for the user.
 */
const LOCK_RETRY_MS = 5000;
const LOCK_RETRIES = 6;

/** A new panel, showing nothing until a batch starts or {@link BatchPanel.load} finds one. */
export function createBatchPanel(options: BatchPanelOptions): BatchPanel {
  const { server, banner } = options;
  const startButton = el(
    'button',
    { className: 'primary batch-start', attrs: { type: 'button' } },
    UI.generateAll,
  );
  const title = el('h4', { className: 'batch-title', id: 'batch-title' });
  const fill = el('span', { className: 'progress-fill' });
  const bar = el(
    'div',
    {
      className: 'progress',
      attrs: { role: 'progressbar', 'aria-label': UI.batchProgress, 'aria-valuemin': '0' },
    },
    fill,
  );
  const count = el('span', { className: 'batch-count' });
  const current = el('span', { className: 'batch-current' });
  // Polite: each chunk (several seconds apart) is read out, never interrupting.
  const progressText = el(
    'p',
    { className: 'batch-progress', attrs: { role: 'status', 'aria-live': 'polite' } },
    count,
    current,
  );
  const progress = el('div', { className: 'batch-progress-area' }, bar, progressText);
  const status = createStatusLine('status batch-status');
  const errorsHeading = el('h5', { className: 'batch-errors-heading', id: 'batch-errors-heading' });
  const errorList = el('ul', {
    className: 'batch-errors',
    attrs: { 'aria-labelledby': 'batch-errors-heading' },
  });
  const errors = el('div', { className: 'batch-errors-area' }, errorsHeading, errorList);
  // Rows that need fixing first (no form made for them): a warning of their own, by name and row.
  const refusedHeading = el('h5', { className: 'batch-refused-heading', id: 'batch-refused-heading' });
  const refusedList = el('ul', {
    className: 'batch-refused',
    attrs: { 'aria-labelledby': 'batch-refused-heading' },
  });
  const refused = el('div', { className: 'batch-refused-area' }, refusedHeading, refusedList);
  // The finished batch's way to its files.
  const folderLink = el(
    'a',
    {
      className: 'batch-folder',
      attrs: { target: '_blank', rel: 'noopener noreferrer', 'aria-label': UI.batchFolderLabel },
    },
    UI.batchFolder,
  );
  const cancelButton = el(
    'button',
    { className: 'secondary batch-cancel', attrs: { type: 'button' } },
    UI.cancel,
  );
  const resumeButton = el(
    'button',
    { className: 'primary batch-resume', attrs: { type: 'button' } },
    UI.resume,
  );
  const retryButton = el('button', { className: 'primary batch-retry', attrs: { type: 'button' } }, UI.retry);
  const buttons = el('div', { className: 'batch-actions' }, resumeButton, retryButton, cancelButton);
  const element = el(
    'div',
    { className: 'batch', attrs: { role: 'group', 'aria-labelledby': 'batch-title' } },
    title,
    progress,
    status.element,
    refused,
    errors,
    folderLink,
    buttons,
  );

  let mode: Mode = 'idle';
  /** The batch in view: the last status the server sent for it. */
  let batch: BatchStatus | null = null;
  /** Why a paused batch is paused. */
  let pausedBy: 'open' | 'failure' | 'busy' = 'open';
  /** The last busy answer: the server's message and the round of the batch that holds the spreadsheet. */
  let busyMessage = '';
  let busyRound: Round = 1;
  /** The batch that holds the spreadsheet while busy; `''` when only the lock is held. */
  let busyId = '';
  /** Reads the status of a batch in view that this page does not drive; `null` while none is. */
  let watcher: Poller | null = null;
  /** Bumped to stop a drive loop: an answer to an older loop is dropped. */
  let loop = 0;
  /** Whether the drive loop is waiting for the lock before asking again. */
  let waiting = false;
  /** The chunk on its way, if any: a cancel waits for it to end. */
  let inFlight: Promise<unknown> | null = null;

  const render = () => {
    const active = document.activeElement;
    const shown = batch !== null || mode === 'busy' || mode === 'starting';
    element.hidden = !shown;
    // While busy, "ลองอีกครั้ง" is the one way to start (the start button would say the same thing twice).
    const working = mode !== 'idle';
    busy(startButton, working || options.tab() === null);

    const withProgress = batch !== null && mode !== 'busy';
    progress.hidden = !withProgress;
    if (batch !== null) {
      setText(title, UI.batchTitle(batch.round));
      const total = Math.max(0, batch.total);
      const done = Math.min(Math.max(0, batch.done), total);
      setAttr(bar, 'aria-valuemax', String(total));
      setAttr(bar, 'aria-valuenow', String(done));
      setAttr(bar, 'aria-valuetext', UI.batchValueText(done, total));
      const width = `${total === 0 ? 100 : Math.round((done / total) * 100)}%`;
      if (fill.style.width !== width) fill.style.width = width;
      setText(count, UI.batchCount(done, total));
      const inHand =
        batch.current === ''
          ? ''
          : mode === 'driving'
            ? UI.batchCurrent(batch.current)
            : UI.batchLast(batch.current);
      setText(current, batch.state === 'running' ? inHand : '');
      drawErrors(batch);
    } else {
      setText(title, UI.batchTitle(mode === 'busy' ? busyRound : (options.tab()?.round ?? 1)));
      errors.hidden = true;
      refused.hidden = true;
    }
    if (mode === 'busy') {
      errors.hidden = true;
      refused.hidden = true;
    }
    // The reports folder once the batch has ended (its files are all there).
    const folderUrl =
      mode === 'idle' && batch !== null && batch.state !== 'running' ? (batch.folderUrl ?? '') : '';
    if (folderUrl !== '' && folderLink.getAttribute('href') !== folderUrl)
      folderLink.setAttribute('href', folderUrl);
    folderLink.hidden = folderUrl === '';

    status.set(...statusText());

    resumeButton.hidden = mode !== 'paused';
    retryButton.hidden = mode !== 'busy';
    cancelButton.hidden = !(mode === 'driving' || mode === 'cancelling' || mode === 'paused');
    busy(cancelButton, mode === 'cancelling');
    // A button that just went away had focus: hand it to the one that took its place.
    if (active instanceof HTMLElement && element.contains(active) && active.closest('[hidden]') !== null) {
      const next = [resumeButton, cancelButton, retryButton].find((button) => !button.hidden) ?? startButton;
      next.focus({ preventScroll: true });
    }
    syncWatch();
  };

  /** Watches exactly while a live batch is in view and no call of this page is driving it. */
  const syncWatch = () => {
    const wanted = (mode === 'busy' && busyId !== '') || (mode === 'paused' && batch?.state === 'running');
    if (wanted && watcher === null) {
      watcher = startPolling<BatchStatus | null>({
        load: () => server.getReportBatch(),
        key: (answer) => JSON.stringify(answer),
        onData: (answer) => watched(answer),
        onError: (error) => banner.show(WATCH_SOURCE, error),
        onRecover: () => banner.clear(WATCH_SOURCE),
        intervalMs: BATCH_WATCH_INTERVAL_MS,
        // The answer that put the batch in view is fresh.
        loadAtOnce: false,
      });
    } else if (!wanted && watcher !== null) {
      watcher.stop();
      watcher = null;
      banner.clear(WATCH_SOURCE);
    }
  };

  /** A status read while watching: where the batch in view is now, or that it ended. */
  const watched = (answer: BatchStatus | null) => {
    if (mode !== 'busy' && mode !== 'paused') return;
    if (answer === null) {
      // The batch's record is gone: nothing holds the spreadsheet now.
      batch = null;
      mode = 'idle';
      render();
      return;
    }
    if (answer.state === 'busy') {
      // Someone else's batch, live: how far it got (their progress is in the message).
      batch = null;
      settle(answer);
      return;
    }
    if (answer.mine && answer.state === 'running') {
      // This user's, driven from another tab or by nobody: its progress, still for "ทำต่อ".
      if (mode === 'busy') pausedBy = 'open';
      batch = answer;
      mode = 'paused';
      render();
      return;
    }
    if (answer.mine && mode === 'paused' && answer.id === batch?.id) {
      // Ended elsewhere: its outcome, as if this page had driven it.
      settle(answer);
      return;
    }
    // One that ended, or someone else's left abandoned: nothing holds the spreadsheet now.
    batch = null;
    mode = 'idle';
    render();
  };

  const statusText = (): [string, 'info' | 'ok' | 'warning' | 'error'] => {
    switch (mode) {
      case 'starting':
        return [UI.batchStarting, 'info'];
      case 'cancelling':
        return [UI.batchCancelling, 'info'];
      case 'busy':
        return [busyMessage, 'info'];
      case 'paused':
        if (pausedBy === 'busy') return [busyMessage, 'info'];
        return [pausedBy === 'open' ? UI.batchPaused(batch?.startedAt ?? '') : UI.batchInterrupted, 'info'];
      case 'driving':
        return [waiting ? UI.batchWaiting : '', 'info'];
      case 'idle': {
        if (batch === null) return ['', 'info'];
        // The server's summary when it gives one: it counts every error, the list only the latest.
        if (batch.state === 'cancelled')
          return [batch.message || UI.batchCancelled(batch.done, batch.total), 'info'];
        // Green only when every division has its form: rows to fix make it a warning, failures an error.
        const failed = batch.errors.filter((error) => error.kind !== 'refused').length;
        const toFix = batch.refused ?? 0;
        const tone = failed > 0 ? 'error' : toFix > 0 ? 'warning' : 'ok';
        return [batch.message || UI.batchDone(batch.total, failed + toFix), tone];
      }
    }
  };

  let shownErrors = '';
  const drawErrors = (status: BatchStatus) => {
    const toFix = status.errors.filter((error) => error.kind === 'refused');
    const failed = status.errors.filter((error) => error.kind !== 'refused');
    errors.hidden = failed.length === 0;
    refused.hidden = toFix.length === 0;
    // Redrawn only when the list changed: a chunk without new errors touches nothing.
    const key = JSON.stringify(status.errors);
    if (key === shownErrors) return;
    shownErrors = key;
    errorsHeading.textContent = UI.batchErrors;
    errorList.replaceChildren(
      ...failed.map((error) =>
        el('li', { className: 'batch-error' }, UI.batchError(error.division, error.reason)),
      ),
    );
    refusedHeading.textContent = UI.batchRefused;
    refusedList.replaceChildren(
      ...toFix.map((error) =>
        el(
          'li',
          { className: 'batch-refused-item' },
          UI.batchError(
            error.row === undefined ? error.division : REPORT_RUN.divisionOnRow(error.division, error.row),
            error.reason,
          ),
        ),
      ),
    );
  };

  /** Shows an answer that is not this user's running batch: the end of one, or someone else's. */
  const settle = (answer: BatchStatus) => {
    if (answer.state === 'busy' || !answer.mine) {
      busyMessage = answer.message;
      busyRound = answer.round;
      busyId = answer.id;
      mode = 'busy';
      render();
      return;
    }
    batch = answer;
    mode = 'idle';
    render();
    options.onFinished?.();
  };

  const drive = async (id: string) => {
    const mine = ++loop;
    let retries = 0;
    mode = 'driving';
    waiting = false;
    render();
    for (;;) {
      let answer: BatchStatus;
      const call = server.continueReportBatch(id);
      inFlight = call;
      try {
        answer = await call;
      } catch (error) {
        if (inFlight === call) inFlight = null;
        if (mine !== loop) return;
        // The server still has the batch where the last good answer left it.
        banner.show(SOURCE, error);
        pausedBy = 'failure';
        mode = 'paused';
        render();
        return;
      }
      if (inFlight === call) inFlight = null;
      if (mine !== loop) return;
      banner.clear(SOURCE);
      if (answer.state === 'busy' && answer.mine && retries < LOCK_RETRIES) {
        // This batch, the lock held a moment by something else: ask again shortly.
        retries += 1;
        waiting = true;
        render();
        await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
        if (mine !== loop) return;
        waiting = false;
        continue;
      }
      retries = 0;
      waiting = false;
      if (answer.state === 'busy') {
        // Still held, or the batch is someone else's now: keep it in view, show why, wait for "ทำต่อ".
        busyMessage = answer.message;
        pausedBy = 'busy';
        mode = 'paused';
        render();
        return;
      }
      batch = answer;
      if (answer.state !== 'running') {
        settle(answer);
        return;
      }
      render();
    }
  };

  const start = async () => {
    const tab = options.tab();
    if ((mode !== 'idle' && mode !== 'busy') || tab === null) return;
    mode = 'starting';
    batch = null;
    render();
    let answer: BatchStatus;
    try {
      answer = await server.startReportBatch(tab.round, tab.sheetName);
    } catch (error) {
      banner.show(SOURCE, error);
      mode = 'idle';
      render();
      return;
    }
    banner.clear(SOURCE);
    if (answer.state === 'running' && answer.mine) {
      batch = answer;
      await drive(answer.id);
    } else {
      settle(answer);
    }
  };

  const cancel = async () => {
    if (batch === null || !(mode === 'driving' || mode === 'paused')) return;
    const id = batch.id;
    // No more chunks are asked for. One already on its way is let finish first (the
    // server finishes its divisions anyway, and a cancel written while it runs could be
    // overwritten by it); its answer is dropped, the cancel's says where the batch stopped.
    loop += 1;
    waiting = false;
    mode = 'cancelling';
    render();
    const pending = inFlight;
    if (pending !== null) await pending.catch(() => undefined);
    try {
      const answer = await server.cancelReportBatch(id);
      banner.clear(SOURCE);
      if (answer.state === 'running' && answer.mine) {
        batch = answer;
        pausedBy = 'failure';
        mode = 'paused';
        render();
      } else {
        settle(answer);
      }
    } catch (error) {
      banner.show(SOURCE, error);
      pausedBy = 'failure';
      mode = 'paused';
      render();
    }
  };

  startButton.addEventListener('click', () => void start());
  retryButton.addEventListener('click', () => void start());
  cancelButton.addEventListener('click', () => void cancel());
  resumeButton.addEventListener('click', () => {
    if (mode === 'paused' && batch !== null) void drive(batch.id);
  });

  render();
  return {
    startButton,
    element,
    refresh: render,
    async load() {
      let answer: BatchStatus | null;
      try {
        answer = await server.getReportBatch();
      } catch (error) {
        banner.show(SOURCE, error);
        return;
      }
      // The user may have started one meanwhile; an ended batch is old news.
      if (mode !== 'idle' || batch !== null || answer === null) return;
      if (answer.state === 'running' && answer.mine) {
        // Not resumed by itself: the user may have closed the sidebar to stop it, may
        // have it open in another tab too (two pages driving one batch), or may open
        // it days later; each chunk writes files to Drive. One click on "ทำต่อ" is cheap.
        batch = answer;
        pausedBy = 'open';
        mode = 'paused';
        render();
      } else if (answer.state === 'busy') {
        // Someone else's batch, live: who and since when (a stale one comes back 'running', not
        // mine, and may be replaced: nothing to show).
        settle(answer);
      }
    },
  };
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
  if (element.hidden !== (text === '')) element.hidden = text === '';
}

function setAttr(element: HTMLElement, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
