/** @jest-environment jsdom */

import type { BatchStatus, ReportOutcome, SidebarData } from '../../src/core/views';
import { type FakeHandlers, type FakeScript, installFakeScript, removeFakeScript } from './fake-script-run';
import { FINANCE_ROUND_1, finance, roundTab, SECRETARIAT, sidebarData } from './fixtures';
import { focusLabel, loadPage, settle, setVisibility, tabOrder } from './page';

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));
const text = (selector: string) => $(selector).textContent ?? '';
const click = (selector: string) => $<HTMLButtonElement>(selector).click();
/** Shown: neither it nor an ancestor is `hidden`. */
const visible = (selector: string) => {
  const found = document.querySelector(selector);
  return found !== null && found.closest('[hidden]') === null;
};

const REPORT_FUNCTIONS = new Set([
  'showDivisionReportPreview',
  'generateDivisionReport',
  'generateSummaryReport',
  'startReportBatch',
  'continueReportBatch',
  'cancelReportBatch',
  'getReportBatch',
]);

/** How long the sidebar waits between two loads of the selection (3–5 s; see the pace tests). */
const PACE = 3000;
/** How long the panel waits between two status reads of a batch it watches (3–5 s). */
const WATCH = 4000;

/** The report calls the page made, in order, with their arguments (the selection's polling left out). */
const reportCalls = (fake: FakeScript) =>
  fake.calls.filter((call) => REPORT_FUNCTIONS.has(call.name)).map((call) => [call.name, ...call.args]);

/** A batch of round 1's 7 divisions, as the server would describe it. */
function batch(overrides: Partial<BatchStatus> = {}): BatchStatus {
  return {
    id: 'b1',
    round: 1,
    state: 'running',
    total: 7,
    done: 0,
    current: '',
    errors: [],
    mine: true,
    startedAt: '25 พ.ย. 2566 14:20 น.',
    message: '',
    ...overrides,
  };
}

/** 3 divisions a chunk: the server's answers to the first, second and third continue call. */
const CHUNKS: readonly BatchStatus[] = [
  batch({ done: 3, current: 'กองคลัง' }),
  batch({
    done: 6,
    current: 'กองการเจ้าหน้าที่',
    errors: [{ division: 'กองช่าง', reason: 'แถว 8: ยังไม่ได้กรอกวันที่ส่งรายงาน' }],
  }),
  batch({
    state: 'done',
    done: 7,
    current: 'สำนักงานเลขานุการกรม',
    errors: [{ division: 'กองช่าง', reason: 'แถว 8: ยังไม่ได้กรอกวันที่ส่งรายงาน' }],
  }),
];

/** A server function whose answers the test gives, one call at a time. */
function manual<T>() {
  const waiting: Array<{ resolve: (value: T) => void; reject: (error: Error) => void }> = [];
  return {
    handler: () => new Promise<T>((resolve, reject) => waiting.push({ resolve, reject })),
    get waiting() {
      return waiting.length;
    },
    /** Answers the oldest call with `value` (an `Error` is thrown) and lets the page react. */
    async answer(value: T | Error) {
      const call = waiting.shift();
      if (call === undefined) throw new Error('no call is waiting');
      if (value instanceof Error) call.reject(value);
      else call.resolve(value);
      await settle();
    },
  };
}

/** What the batch panel shows: progress bar values, "n / N", the division in hand. */
const progress = () => {
  const bar = $('.batch [role="progressbar"]');
  return {
    now: bar.getAttribute('aria-valuenow'),
    max: bar.getAttribute('aria-valuemax'),
    text: bar.getAttribute('aria-valuetext'),
    width: ($('.progress-fill') as HTMLElement).style.width,
    count: text('.batch-count'),
    current: visible('.batch-current') ? text('.batch-current') : '',
  };
};

/** Opens the sidebar on `data`, the server answering also with `handlers`. */
async function openSidebar(
  handlers: FakeHandlers = {},
  data: SidebarData = sidebarData(finance(1)),
): Promise<FakeScript> {
  const fake = installFakeScript({ getSidebarData: () => data, ...handlers });
  loadPage('sidebar');
  await settle();
  return fake;
}

const OUTCOME: ReportOutcome = {
  ok: true,
  message: 'สร้างรายงานของ กองคลัง รอบ 1 แล้ว',
  docUrl: 'https://docs.google.com/document/d/1Doc/edit',
  pdfUrl: 'https://drive.google.com/file/d/1Pdf/view',
};

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  removeFakeScript();
});

describe('the reports section', () => {
  it('names the division and round it acts on, following the round switcher', async () => {
    const fake = await openSidebar({ showDivisionReportPreview: () => 'x' });
    expect(text('.reports h2')).toBe('รายงานผล');
    expect(text('.report-target')).toBe('กองคลัง (รอบ 1)');
    $$('.division .round-switch button')[1]?.click();
    expect(text('.report-target')).toBe('กองคลัง (รอบ 2)');
    click('.preview-button');
    await settle();
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['showDivisionReportPreview', 2, 4, 'กองคลัง', 'รอบ 2'],
    ]);
  });

  it('with no division selected says how to pick one and offers no division buttons', async () => {
    await openSidebar({}, sidebarData(null));
    expect(text('.report-one .hint')).toBe('เลือกแถวของหน่วยงานในแท็บรอบ 1 หรือรอบ 2 เพื่อสร้างรายงานของหน่วยงานนั้น');
    expect(visible('.preview-button')).toBe(false);
    expect(visible('.generate-button')).toBe(false);
    // The round's reports do not need a division.
    expect(visible('.batch-start')).toBe(true);
    expect(visible('.summary-button')).toBe(true);
  });

  it('without tracking tabs offers no round buttons', async () => {
    await openSidebar({}, { ...sidebarData(null), summary: [] });
    expect(text('.report-round .hint')).toBe('ยังไม่มีแท็บติดตามผล');
    expect(visible('.batch-start')).toBe(false);
  });

  it('sends the division it shows with its row: after a refresh shows another division on that row, that one’s name', async () => {
    const fake = await openSidebar({
      showDivisionReportPreview: () => 'x',
      generateDivisionReport: () => OUTCOME,
    });
    // A row was inserted above: the selected cell's row 4 now holds another division.
    const moved = { ...finance(1), name: 'กองใหม่' };
    fake.handlers.getSidebarData = () => sidebarData(moved, 'v2');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.report-target')).toBe('กองใหม่ (รอบ 1)');
    click('.preview-button');
    await settle();
    click('.generate-button');
    await settle();
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['showDivisionReportPreview', 1, 4, 'กองใหม่', 'รอบ 1'],
      ['generateDivisionReport', 1, 4, 'กองใหม่', 'รอบ 1'],
    ]);
  });

  it('is not touched by a poll whose data changed elsewhere (no flicker)', async () => {
    const fake = await openSidebar({}, sidebarData(finance(1), 'v1'));
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe($('.reports'), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    // An edit in the row changes the key; the division, round, row and tabs are the same.
    fake.handlers.getSidebarData = () =>
      sidebarData({ ...finance(1), rounds: [{ ...FINANCE_ROUND_1, level: 5 }] }, 'v2');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.round-panel .figure-level dd')).toBe('5');
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(mutations).toEqual([]);
  });
});

describe('preview', () => {
  it('asks the server to open the preview in its dialog, the sidebar showing only that it is on its way', async () => {
    const preview = manual<string>();
    const fake = await openSidebar({ showDivisionReportPreview: preview.handler });
    click('.preview-button');
    expect(text('.preview-status')).toBe('กำลังเตรียมตัวอย่าง…');
    expect($('.preview-button').getAttribute('aria-disabled')).toBe('true');
    await settle();
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['showDivisionReportPreview', 1, 4, 'กองคลัง', 'รอบ 1'],
    ]);
    await preview.answer('รายงานผล_กองคลัง_รอบ1');
    expect(text('.preview-status')).toBe('');
    expect($('.preview-button').hasAttribute('aria-disabled')).toBe(false);
    // Nothing of the report is in the 300 px sidebar: no frame, no region.
    expect($$('iframe')).toHaveLength(0);
    expect($$('.report-preview')).toHaveLength(0);
  });

  it('a failed preview shows the Thai banner', async () => {
    await openSidebar({
      showDivisionReportPreview: () => {
        throw new Error('Exception: ไม่พบหน่วยงานในแถว 4');
      },
    });
    click('.preview-button');
    await settle();
    expect(text('.banner-message')).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: ไม่พบหน่วยงานในแถว 4');
    expect(text('.preview-status')).toBe('');
  });
});

describe('one division', () => {
  it('generates, disabled meanwhile, then shows the message and opens the Doc and PDF in new tabs', async () => {
    const generate = manual<ReportOutcome>();
    const fake = await openSidebar({ generateDivisionReport: generate.handler });
    const button = $<HTMLButtonElement>('.generate-button');
    button.focus();
    button.click();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(text('.report-one-status')).toBe('กำลังสร้างรายงานของ กองคลัง… อาจใช้เวลาสักครู่');
    await settle();
    // A second click while it runs sends nothing.
    button.click();
    await settle();
    expect(fake.count('generateDivisionReport')).toBe(1);
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['generateDivisionReport', 1, 4, 'กองคลัง', 'รอบ 1'],
    ]);

    const asked = fake.count('getSidebarData');
    await generate.answer(OUTCOME);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(document.activeElement).toBe(button);
    expect(text('.report-one-status')).toBe('สร้างรายงานของ กองคลัง รอบ 1 แล้ว');
    expect($('.report-one-status').classList.contains('tone-ok')).toBe(true);
    const links = $$('.report-one .report-links a') as HTMLAnchorElement[];
    expect(
      links.map((link) => [link.textContent, link.href, link.getAttribute('aria-label'), link.target]),
    ).toEqual([
      [
        'เปิดรายงาน',
        'https://docs.google.com/document/d/1Doc/edit',
        'เปิดรายงานใน Google เอกสาร (เปิดในแท็บใหม่)',
        '_blank',
      ],
      ['เปิด PDF', 'https://drive.google.com/file/d/1Pdf/view', 'เปิด PDF ของรายงาน (เปิดในแท็บใหม่)', '_blank'],
    ]);
    for (const link of links) expect(link.rel.split(' ')).toContain('noopener');
    // The sheet's report columns changed: the sidebar asks again at once.
    expect(fake.count('getSidebarData')).toBe(asked + 1);
  });

  it('an outcome that is not ok shows its message as an error, with no link', async () => {
    await openSidebar({
      generateDivisionReport: () => ({
        ok: false,
        message: 'สร้างรายงานไม่ได้: แถว 4 ยังมีปัญหาข้อมูล (E4)',
        docUrl: '',
        pdfUrl: '',
      }),
    });
    click('.generate-button');
    await settle();
    expect(text('.report-one-status')).toBe('สร้างรายงานไม่ได้: แถว 4 ยังมีปัญหาข้อมูล (E4)');
    expect($('.report-one-status').classList.contains('tone-error')).toBe(true);
    expect($$('.report-one .report-links a')).toHaveLength(0);
  });

  it('a link that is not http(s) is not made a link', async () => {
    await openSidebar({
      generateDivisionReport: () => ({ ...OUTCOME, docUrl: 'javascript:alert(1)', pdfUrl: '' }),
    });
    click('.generate-button');
    await settle();
    expect($$('.report-links a')).toHaveLength(0);
  });

  it('a failed call shows the Thai banner and clears the "generating" line', async () => {
    await openSidebar({
      generateDivisionReport: () => {
        throw new Error('Exception: Exceeded maximum execution time');
      },
    });
    click('.generate-button');
    await settle();
    expect(text('.banner-message')).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: Exceeded maximum execution time');
    expect(text('.report-one-status')).toBe('');
    expect($('.generate-button').hasAttribute('aria-disabled')).toBe(false);
  });

  it('a result stays with its division: another division does not show it, coming back does', async () => {
    const fake = await openSidebar({ generateDivisionReport: () => OUTCOME });
    click('.generate-button');
    await settle();
    expect(text('.report-one-status')).toBe('สร้างรายงานของ กองคลัง รอบ 1 แล้ว');
    expect($$('.report-one .report-links a')).toHaveLength(2);
    fake.handlers.getSidebarData = () => sidebarData(SECRETARIAT, 'v2');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.report-target')).toBe('สำนักงานเลขานุการกรม (รอบ 1)');
    expect(text('.report-one-status')).toBe('');
    expect($$('.report-one .report-links a')).toHaveLength(0);
    fake.handlers.getSidebarData = () => sidebarData(finance(1), 'v3');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.report-one-status')).toBe('สร้างรายงานของ กองคลัง รอบ 1 แล้ว');
    expect($$('.report-one .report-links a')).toHaveLength(2);
  });

  it('a result that comes back after the user moved on is not shown under the new division', async () => {
    const generate = manual<ReportOutcome>();
    const fake = await openSidebar({ generateDivisionReport: generate.handler });
    click('.generate-button');
    expect(text('.report-one-status')).toBe('กำลังสร้างรายงานของ กองคลัง… อาจใช้เวลาสักครู่');
    fake.handlers.getSidebarData = () => sidebarData(SECRETARIAT, 'v2');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.report-one-status')).toBe('');
    await generate.answer({
      ok: false,
      message: 'สร้างรายงานไม่ได้: แถว 4 ยังมีปัญหาข้อมูล',
      docUrl: '',
      pdfUrl: '',
    });
    expect(text('.report-target')).toBe('สำนักงานเลขานุการกรม (รอบ 1)');
    expect(text('.report-one-status')).toBe('');
    // The same division in the other round is another report: its result is not shown there either.
    fake.handlers.getSidebarData = () => sidebarData(finance(1), 'v3');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.report-one-status')).toBe('สร้างรายงานไม่ได้: แถว 4 ยังมีปัญหาข้อมูล');
    $$('.division .round-switch button')[1]?.click();
    expect(text('.report-target')).toBe('กองคลัง (รอบ 2)');
    expect(text('.report-one-status')).toBe('');
  });

  it('names the round’s tab with its year', async () => {
    const status = { ...FINANCE_ROUND_1, sheetName: 'รอบ 1/2566' };
    await openSidebar({}, sidebarData({ ...finance(1), rounds: [status] }));
    expect(text('.report-target')).toBe('กองคลัง (รอบ 1/2566)');
  });

  it('a hostile division name is text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await openSidebar({}, sidebarData({ ...SECRETARIAT, name: hostile }));
    expect(text('.report-target')).toBe(`${hostile} (รอบ 1)`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('the summary report', () => {
  it('is made for the round of the active tab, which its button names, with its message and links', async () => {
    const fake = await openSidebar(
      {
        generateSummaryReport: (round) => ({
          ok: true,
          message: `สร้างรายงานสรุปรอบ ${round} แล้ว`,
          docUrl: 'https://docs.google.com/document/d/1Summary/edit',
          pdfUrl: 'https://drive.google.com/file/d/1SummaryPdf/view',
        }),
      },
      sidebarData(finance(2)),
    );
    // No picker of its own: the tab decides.
    expect($$('.report-round .round-switch')).toHaveLength(0);
    expect(text('.summary-button')).toBe('สร้างรายงานสรุป รอบ 2/2566');
    expect(text('.report-round-tab')).toBe('ของแท็บที่เปิดอยู่ (รอบ 2/2566) เปลี่ยนรอบได้โดยเปิดแท็บของรอบนั้น');
    click('.summary-button');
    expect(text('.summary-status')).toBe('กำลังสร้างรายงานสรุป รอบ 2/2566… อาจใช้เวลาสักครู่');
    expect($('.summary-button').getAttribute('aria-disabled')).toBe('true');
    await settle();
    expect(reportCalls(fake)).toEqual([['getReportBatch'], ['generateSummaryReport', 2, 'รอบ 2']]);
    expect(text('.summary-status')).toBe('สร้างรายงานสรุปรอบ 2 แล้ว');
    expect(($$('.summary-links a') as HTMLAnchorElement[]).map((link) => [link.href, link.target])).toEqual([
      ['https://docs.google.com/document/d/1Summary/edit', '_blank'],
      ['https://drive.google.com/file/d/1SummaryPdf/view', '_blank'],
    ]);
    expect($('.summary-button').hasAttribute('aria-disabled')).toBe(false);
  });

  it('follows the active tab: on round 2’s tab the buttons say round 2 and act on it, whatever the division shows', async () => {
    // The cursor was on กองคลัง in round 1's tab; the user opens round 2's tab, on a row without a division.
    const fake = await openSidebar({ generateSummaryReport: () => OUTCOME }, sidebarData(finance(1)));
    expect(text('.summary-button')).toBe('สร้างรายงานสรุป รอบ 1/2566');
    expect(text('.batch-start')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 1/2566');
    fake.handlers.getSidebarData = () => sidebarData(null, 'tab2', roundTab(2));
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.summary-button')).toBe('สร้างรายงานสรุป รอบ 2/2566');
    expect(text('.batch-start')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 2/2566');
    click('.summary-button');
    await settle();
    expect(reportCalls(fake)).toEqual([['getReportBatch'], ['generateSummaryReport', 2, 'รอบ 2']]);
  });

  it('names the year of the tab', async () => {
    await openSidebar({}, sidebarData(null, 'k', roundTab(1, 2567)));
    expect(text('.summary-button')).toBe('สร้างรายงานสรุป รอบ 1/2567');
    expect(text('.batch-start')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 1/2567');
  });

  it('on a tab that is not a round’s, the whole-round buttons are disabled, with a hint to open one', async () => {
    const fake = await openSidebar(
      { generateSummaryReport: () => OUTCOME, startReportBatch: () => batch() },
      sidebarData(null, 'settings', null),
    );
    for (const selector of ['.summary-button', '.batch-start']) {
      expect(visible(selector)).toBe(true);
      expect($(selector).getAttribute('aria-disabled')).toBe('true');
      expect($(selector).getAttribute('aria-describedby')).toBe('report-round-hint');
    }
    expect(text('.summary-button')).toBe('สร้างรายงานสรุป');
    expect(text('.batch-start')).toBe('สร้างรายงานทุกหน่วยงาน');
    expect(text('#report-round-hint')).toBe(
      'เปิดแท็บของรอบ (เช่น รอบ 1/2566 หรือ รอบ 2/2566) เพื่อสร้างรายงานทั้งรอบ',
    );
    click('.summary-button');
    click('.batch-start');
    await settle();
    expect(reportCalls(fake)).toEqual([['getReportBatch']]);
    // Back on a round's tab: available again, named.
    fake.handlers.getSidebarData = () => sidebarData(null, 'tab1', roundTab(1));
    await jest.advanceTimersByTimeAsync(PACE);
    expect($('.summary-button').hasAttribute('aria-disabled')).toBe(false);
    expect($('.batch-start').hasAttribute('aria-disabled')).toBe(false);
    expect(text('.summary-button')).toBe('สร้างรายงานสรุป รอบ 1/2566');
  });

  it('its outcome stays with its tab: another round’s tab does not show it, coming back does', async () => {
    const fake = await openSidebar(
      { generateSummaryReport: () => ({ ...OUTCOME, message: 'สร้างรายงานสรุปรอบ 1 แล้ว' }) },
      sidebarData(null, 'tab1', roundTab(1)),
    );
    click('.summary-button');
    await settle();
    expect(text('.summary-status')).toBe('สร้างรายงานสรุปรอบ 1 แล้ว');
    expect($$('.summary-links a')).toHaveLength(2);
    fake.handlers.getSidebarData = () => sidebarData(null, 'tab2', roundTab(2));
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.summary-status')).toBe('');
    expect($$('.summary-links a')).toHaveLength(0);
    fake.handlers.getSidebarData = () => sidebarData(null, 'tab1', roundTab(1));
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.summary-status')).toBe('สร้างรายงานสรุปรอบ 1 แล้ว');
  });

  it('a refusal of the server (a stale tab) is shown as an error, nothing made', async () => {
    const refusal = 'แท็บ "รอบ 2" ไม่ใช่แท็บของรอบ 2 ยังไม่ได้สร้างรายงาน กรุณาตรวจชื่อรอบบนปุ่มแล้วกดอีกครั้ง';
    await openSidebar(
      { generateSummaryReport: () => ({ ok: false, message: refusal, docUrl: '', pdfUrl: '' }) },
      sidebarData(finance(2)),
    );
    click('.summary-button');
    await settle();
    expect(text('.summary-status')).toBe(refusal);
    expect($('.summary-status').classList.contains('tone-error')).toBe(true);
    expect($$('.summary-links a')).toHaveLength(0);
  });
});

describe('all divisions of a round', () => {
  it('asks for chunk after chunk while running, showing n / N, the division in hand and the errors', async () => {
    const next = manual<BatchStatus>();
    const fake = await openSidebar({ startReportBatch: () => batch(), continueReportBatch: next.handler });
    expect(visible('.batch')).toBe(false);
    const start = $<HTMLButtonElement>('.batch-start');
    start.click();
    expect(text('.batch-status')).toBe('กำลังเริ่มสร้างรายงาน…');
    await settle();
    const seen = [progress()];
    expect(text('.batch-title')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 1');
    expect(start.getAttribute('aria-disabled')).toBe('true');
    expect(visible('.batch-cancel')).toBe(true);
    expect(visible('.batch-resume')).toBe(false);
    expect(visible('.batch-errors-area')).toBe(false);
    for (const chunk of CHUNKS.slice(0, 2)) {
      await next.answer(chunk);
      seen.push(progress());
    }
    expect($$('.batch-error').map((item) => item.textContent)).toEqual([
      'กองช่าง: แถว 8: ยังไม่ได้กรอกวันที่ส่งรายงาน',
    ]);
    expect(text('.batch-errors-heading')).toBe('หน่วยงานที่สร้างไม่สำเร็จ');
    await next.answer(CHUNKS[2] as BatchStatus);
    seen.push(progress());

    expect(seen).toEqual([
      { now: '0', max: '7', text: '0 จาก 7 หน่วยงาน', width: '0%', count: '0 / 7', current: '' },
      {
        now: '3',
        max: '7',
        text: '3 จาก 7 หน่วยงาน',
        width: '43%',
        count: '3 / 7',
        current: 'กำลังสร้าง: กองคลัง',
      },
      {
        now: '6',
        max: '7',
        text: '6 จาก 7 หน่วยงาน',
        width: '86%',
        count: '6 / 7',
        current: 'กำลังสร้าง: กองการเจ้าหน้าที่',
      },
      { now: '7', max: '7', text: '7 จาก 7 หน่วยงาน', width: '100%', count: '7 / 7', current: '' },
    ]);
    expect(text('.batch-status')).toBe('เสร็จแล้ว สร้างสำเร็จ 6 จาก 7 หน่วยงาน ไม่สำเร็จ 1 หน่วยงาน');
    expect($('.batch-status').classList.contains('tone-error')).toBe(true);
    expect($$('.batch-error').map((item) => item.textContent)).toEqual([
      'กองช่าง: แถว 8: ยังไม่ได้กรอกวันที่ส่งรายงาน',
    ]);
    expect(visible('.batch-cancel')).toBe(false);
    expect(start.hasAttribute('aria-disabled')).toBe(false);

    await jest.advanceTimersByTimeAsync(10000);
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['startReportBatch', 1, 'รอบ 1'],
      ['continueReportBatch', 'b1'],
      ['continueReportBatch', 'b1'],
      ['continueReportBatch', 'b1'],
    ]);
  });

  it('a batch that skipped rows to fix ends as a warning listing them by name and row, with the folder (issue 11)', async () => {
    const folderUrl = 'https://drive.google.com/drive/folders/1AbCdEfGhIjK';
    const refusal = 'แก้ไขข้อมูลที่ช่อง P11 ก่อน (ดูรายละเอียดที่เมนู ตรวจข้อมูล)';
    await openSidebar({
      startReportBatch: () => batch(),
      continueReportBatch: () =>
        batch({
          state: 'done',
          done: 7,
          refused: 1,
          folderUrl,
          errors: [{ division: 'กองพัฒนาระบบบริหาร', reason: refusal, kind: 'refused', row: 11 }],
          message: 'สร้างรายงานเสร็จ 6/7 หน่วยงาน ต้องแก้ไขข้อมูลก่อน 1 หน่วยงาน (ยังไม่สร้างแบบรายงาน)',
        }),
    });
    click('.batch-start');
    await settle();
    expect(text('.batch-status')).toBe(
      'สร้างรายงานเสร็จ 6/7 หน่วยงาน ต้องแก้ไขข้อมูลก่อน 1 หน่วยงาน (ยังไม่สร้างแบบรายงาน)',
    );
    // Not green, and not an error: a warning.
    expect(
      ['tone-ok', 'tone-error', 'tone-warning'].map((tone) => $('.batch-status').classList.contains(tone)),
    ).toEqual([false, false, true]);
    expect(text('.batch-refused-heading')).toBe('หน่วยงานที่ต้องแก้ไขข้อมูลก่อน (ยังไม่สร้างแบบรายงาน)');
    expect($$('.batch-refused-item').map((item) => item.textContent)).toEqual([
      `กองพัฒนาระบบบริหาร (แถว 11): ${refusal}`,
    ]);
    expect(visible('.batch-errors-area')).toBe(false);
    const folder = $<HTMLAnchorElement>('a.batch-folder');
    expect(visible('a.batch-folder')).toBe(true);
    expect([folder.getAttribute('href'), folder.textContent, folder.target]).toEqual([
      folderUrl,
      'เปิดโฟลเดอร์รายงาน',
      '_blank',
    ]);
  });

  it('a batch with every form made ends green, its folder to open', async () => {
    await openSidebar({
      startReportBatch: () => batch(),
      continueReportBatch: () =>
        batch({
          state: 'done',
          done: 7,
          refused: 0,
          folderUrl: 'https://drive.google.com/drive/folders/1AbCdEfGhIjK',
          message: 'สร้างรายงานครบ 7 หน่วยงานแล้ว',
        }),
    });
    click('.batch-start');
    await settle();
    expect($('.batch-status').classList.contains('tone-ok')).toBe(true);
    expect(visible('.batch-refused-area')).toBe(false);
    expect(visible('a.batch-folder')).toBe(true);
  });

  it('the progress bar is labelled and its text is a polite live region', async () => {
    await openSidebar({
      startReportBatch: () => batch(),
      continueReportBatch: manual<BatchStatus>().handler,
    });
    click('.batch-start');
    await settle();
    const bar = $('.batch [role="progressbar"]');
    expect(bar.getAttribute('aria-label')).toBe('ความคืบหน้าการสร้างรายงาน');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect($('.batch-progress').getAttribute('role')).toBe('status');
    expect($('.batch-progress').getAttribute('aria-live')).toBe('polite');
  });

  it('a clean batch says all were made', async () => {
    await openSidebar({
      startReportBatch: () => batch({ total: 2 }),
      continueReportBatch: () => batch({ state: 'done', total: 2, done: 2, current: 'กองคลัง' }),
    });
    click('.batch-start');
    await settle();
    await settle();
    expect(text('.batch-status')).toBe('เสร็จแล้ว สร้างรายงานครบ 2 หน่วยงาน');
    expect($('.batch-status').classList.contains('tone-ok')).toBe(true);
    expect(visible('.batch-errors-area')).toBe(false);
  });

  it('is for the round of the active tab, named on its button', async () => {
    const fake = await openSidebar(
      { startReportBatch: (round) => batch({ round, id: 'b2', state: 'done', total: 0 }) },
      sidebarData(finance(2)),
    );
    expect(text('.batch-start')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 2/2566');
    click('.batch-start');
    await settle();
    expect(reportCalls(fake)).toEqual([['getReportBatch'], ['startReportBatch', 2, 'รอบ 2']]);
    expect(text('.batch-title')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 2');
    expect(text('.batch-status')).toBe('ไม่มีหน่วยงานในรอบนี้ จึงไม่ได้สร้างรายงาน');
  });

  it('"ยกเลิก" lets the chunk on its way finish, cancels, and asks for no further chunk', async () => {
    const next = manual<BatchStatus>();
    const fake = await openSidebar({
      startReportBatch: () => batch(),
      continueReportBatch: next.handler,
      cancelReportBatch: () => batch({ state: 'cancelled', done: 6, current: 'กองการเจ้าหน้าที่' }),
    });
    click('.batch-start');
    await settle();
    await next.answer(CHUNKS[0] as BatchStatus);
    // The second chunk is on its way when the user cancels.
    expect(next.waiting).toBe(1);
    const cancel = $<HTMLButtonElement>('.batch-cancel');
    cancel.focus();
    cancel.click();
    expect(text('.batch-status')).toBe('กำลังยกเลิก… รอหน่วยงานที่กำลังสร้างให้เสร็จก่อน');
    expect(cancel.getAttribute('aria-disabled')).toBe('true');
    cancel.click();
    await settle();
    expect(fake.count('cancelReportBatch')).toBe(0);
    // The chunk ends: its answer is dropped, the cancel goes, and nothing more is asked.
    await next.answer(CHUNKS[1] as BatchStatus);
    await settle();
    await jest.advanceTimersByTimeAsync(10000);
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['startReportBatch', 1, 'รอบ 1'],
      ['continueReportBatch', 'b1'],
      ['continueReportBatch', 'b1'],
      ['cancelReportBatch', 'b1'],
    ]);
    expect(text('.batch-status')).toBe('ยกเลิกแล้ว สร้างไป 6 จาก 7 หน่วยงาน');
    expect(progress().count).toBe('6 / 7');
    expect(visible('.batch-cancel')).toBe(false);
    // Focus was on "ยกเลิก", which went away: it is on the start button now, enabled again.
    expect(document.activeElement).toBe($('.batch-start'));
    expect($('.batch-start').hasAttribute('aria-disabled')).toBe(false);
  });

  it('another user\'s batch: shows the server\'s message and retries on "ลองอีกครั้ง"', async () => {
    const busyMessage =
      'นายสมชาย รักงาน กำลังสร้างรายงานทุกหน่วยงานรอบ 1 (เริ่มเมื่อ 25 พ.ย. 2566 14:20 น.) กรุณารอให้เสร็จก่อน';
    const fake = await openSidebar({
      startReportBatch: () =>
        batch({ id: 'other', state: 'busy', mine: false, done: 2, message: busyMessage }),
    });
    click('.batch-start');
    await settle();
    expect(text('.batch-status')).toBe(busyMessage);
    expect(visible('.batch-retry')).toBe(true);
    expect(text('.batch-retry')).toBe('ลองอีกครั้ง');
    // One way to try again, not two.
    expect($('.batch-start').getAttribute('aria-disabled')).toBe('true');
    expect(visible('.batch [role="progressbar"]')).toBe(false);
    expect(visible('.batch-cancel')).toBe(false);

    fake.handlers.startReportBatch = () => batch({ state: 'done', total: 7, done: 7 });
    const retry = $<HTMLButtonElement>('.batch-retry');
    retry.focus();
    retry.click();
    await settle();
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['startReportBatch', 1, 'รอบ 1'],
      ['startReportBatch', 1, 'รอบ 1'],
    ]);
    expect(text('.batch-status')).toBe('เสร็จแล้ว สร้างรายงานครบ 7 หน่วยงาน');
    expect(visible('.batch-retry')).toBe(false);
    expect(document.activeElement).toBe($('.batch-start'));
  });

  it('a failed call pauses the batch with the banner; "ทำต่อ" goes on with the same id', async () => {
    const next = manual<BatchStatus>();
    const fake = await openSidebar({ startReportBatch: () => batch(), continueReportBatch: next.handler });
    // The server keeps the batch where the last good chunk left it.
    fake.handlers.getReportBatch = () => CHUNKS[0] as BatchStatus;
    click('.batch-start');
    await settle();
    await next.answer(CHUNKS[0] as BatchStatus);
    await next.answer(new Error('Exception: Service Documents failed while accessing document'));
    expect(text('.banner-message')).toBe(
      'ติดต่อ Google Sheets ไม่สำเร็จ: Service Documents failed while accessing document',
    );
    expect(progress()).toMatchObject({ now: '3', count: '3 / 7', current: 'ล่าสุด: กองคลัง' });
    expect(text('.batch-status')).toBe('หยุดไว้ก่อน ความคืบหน้าไม่หาย กด "ทำต่อ" เพื่อสร้างต่อ');
    expect(visible('.batch-resume')).toBe(true);
    expect(visible('.batch-cancel')).toBe(true);
    expect($('.batch-start').getAttribute('aria-disabled')).toBe('true');
    // Paused: no chunk is asked for until the user says so; only its status is read, every few seconds.
    await jest.advanceTimersByTimeAsync(10000);
    expect(fake.count('continueReportBatch')).toBe(2);
    expect(progress()).toMatchObject({ now: '3', count: '3 / 7', current: 'ล่าสุด: กองคลัง' });

    const resume = $<HTMLButtonElement>('.batch-resume');
    resume.focus();
    resume.click();
    await settle();
    expect(visible('.batch-resume')).toBe(false);
    expect(document.activeElement).toBe($('.batch-cancel'));
    await next.answer(CHUNKS[1] as BatchStatus);
    expect($$('.banner')).toHaveLength(0);
    expect(progress().count).toBe('6 / 7');
    await next.answer(CHUNKS[2] as BatchStatus);
    expect(progress().count).toBe('7 / 7');
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['startReportBatch', 1, 'รอบ 1'],
      ['continueReportBatch', 'b1'],
      ['continueReportBatch', 'b1'],
      ['getReportBatch'],
      ['getReportBatch'],
      ['continueReportBatch', 'b1'],
      ['continueReportBatch', 'b1'],
    ]);
  });

  it("shows the server's summary when it gives one (it counts errors the list no longer holds)", async () => {
    await openSidebar({
      startReportBatch: () => batch({ total: 30 }),
      continueReportBatch: () =>
        batch({
          state: 'done',
          total: 30,
          done: 30,
          errors: [{ division: 'กองช่าง', reason: 'ไม่พบแม่แบบ' }],
          message: 'สร้างรายงานเสร็จ 16/30 หน่วยงาน ผิดพลาด 14 หน่วยงาน (ดูสถานะในแต่ละแถว)',
        }),
    });
    click('.batch-start');
    await settle();
    await settle();
    expect(text('.batch-status')).toBe('สร้างรายงานเสร็จ 16/30 หน่วยงาน ผิดพลาด 14 หน่วยงาน (ดูสถานะในแต่ละแถว)');
    expect($('.batch-status').classList.contains('tone-error')).toBe(true);
  });

  it('a chunk refused for the lock is asked again a moment later, by itself', async () => {
    const lockBusy = 'มีการสร้างรายงานอื่นกำลังทำงานอยู่ กรุณาลองอีกครั้งในอีกสักครู่';
    const answers = [batch({ state: 'busy', done: 3, message: lockBusy }), CHUNKS[2] as BatchStatus];
    const fake = await openSidebar({
      startReportBatch: () => batch({ done: 3 }),
      continueReportBatch: () => answers.shift() as BatchStatus,
    });
    click('.batch-start');
    await settle();
    await settle();
    expect(text('.batch-status')).toBe('รอให้การสร้างรายงานอื่นเสร็จก่อน แล้วจะทำต่อให้เอง…');
    expect(progress().count).toBe('3 / 7');
    expect(fake.count('continueReportBatch')).toBe(1);
    await jest.advanceTimersByTimeAsync(5000);
    await settle();
    expect(fake.count('continueReportBatch')).toBe(2);
    expect(progress().count).toBe('7 / 7');
    expect(text('.batch-status')).toBe('เสร็จแล้ว สร้างสำเร็จ 6 จาก 7 หน่วยงาน ไม่สำเร็จ 1 หน่วยงาน');
  });

  it("a lock held too long pauses the batch with the server's message", async () => {
    const lockBusy = 'มีการสร้างรายงานอื่นกำลังทำงานอยู่ กรุณาลองอีกครั้งในอีกสักครู่';
    const fake = await openSidebar({
      startReportBatch: () => batch({ done: 3 }),
      continueReportBatch: () => batch({ state: 'busy', done: 3, message: lockBusy }),
    });
    fake.handlers.getReportBatch = () => batch({ done: 3 });
    click('.batch-start');
    await jest.advanceTimersByTimeAsync(60000);
    // The first ask and six more, 5 s apart; then the user decides.
    expect(fake.count('continueReportBatch')).toBe(7);
    expect(text('.batch-status')).toBe(lockBusy);
    expect(visible('.batch-resume')).toBe(true);
    expect(progress().count).toBe('3 / 7');
  });

  it('a failed start shows the banner and leaves the start button ready', async () => {
    await openSidebar({
      startReportBatch: () => {
        throw new Error('Exception: Lock timeout');
      },
    });
    click('.batch-start');
    await settle();
    expect(text('.banner-message')).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: Lock timeout');
    expect(visible('.batch')).toBe(false);
    expect($('.batch-start').hasAttribute('aria-disabled')).toBe(false);
  });
});

describe('a batch left running when the sidebar closed', () => {
  const left = batch({ id: 'b7', done: 3, current: 'กองคลัง' });

  it('is shown where it stopped, and goes on when the user says "ทำต่อ"', async () => {
    const next = manual<BatchStatus>();
    const fake = await openSidebar({ getReportBatch: () => left, continueReportBatch: next.handler });
    expect(progress()).toMatchObject({ now: '3', max: '7', count: '3 / 7', current: 'ล่าสุด: กองคลัง' });
    expect(text('.batch-status')).toBe(
      'ชุดงานที่คุณเริ่มเมื่อ 25 พ.ย. 2566 14:20 น. ยังทำไม่เสร็จ กด "ทำต่อ" เพื่อสร้างต่อจากที่ค้างไว้',
    );
    expect(text('.batch-resume')).toBe('ทำต่อ');
    expect(visible('.batch-cancel')).toBe(true);
    // Not resumed by itself.
    await jest.advanceTimersByTimeAsync(10000);
    expect(fake.count('continueReportBatch')).toBe(0);

    click('.batch-resume');
    await settle();
    await next.answer({ ...(CHUNKS[1] as BatchStatus), id: 'b7' });
    await next.answer({ ...(CHUNKS[2] as BatchStatus), id: 'b7' });
    expect(progress().count).toBe('7 / 7');
    // Its status was read while it waited (at 4 and 8 s), none while this page drove it.
    expect(reportCalls(fake)).toEqual([
      ['getReportBatch'],
      ['getReportBatch'],
      ['getReportBatch'],
      ['continueReportBatch', 'b7'],
      ['continueReportBatch', 'b7'],
    ]);
  });

  it('can be cancelled instead', async () => {
    const fake = await openSidebar({
      getReportBatch: () => left,
      cancelReportBatch: (id) => batch({ id, state: 'cancelled', done: 3 }),
    });
    click('.batch-cancel');
    await settle();
    expect(text('.batch-status')).toBe('ยกเลิกแล้ว สร้างไป 3 จาก 7 หน่วยงาน');
    expect(reportCalls(fake)).toEqual([['getReportBatch'], ['cancelReportBatch', 'b7']]);
  });

  it("someone else's batch shows who runs it", async () => {
    const message = 'ผู้ใช้อื่นกำลังสร้างรายงานรอบ 2 อยู่ (เริ่มเมื่อ 25 พ.ย. 2566 14:20 น. ทำแล้ว 2/7) กรุณารอให้เสร็จก่อน';
    await openSidebar({ getReportBatch: () => batch({ state: 'busy', mine: false, round: 2, message }) });
    expect(text('.batch-title')).toBe('สร้างรายงานทุกหน่วยงาน รอบ 2');
    expect(text('.batch-status')).toBe(message);
    expect(visible('.batch-retry')).toBe(true);
    expect(visible('.batch-resume')).toBe(false);
  });

  it('an ended batch is not shown again, nor an abandoned one of someone else', async () => {
    await openSidebar({ getReportBatch: () => batch({ state: 'done', done: 7 }) });
    expect(visible('.batch')).toBe(false);
    removeFakeScript();
    await openSidebar({ getReportBatch: () => batch({ mine: false, done: 2 }) });
    expect(visible('.batch')).toBe(false);
    expect($('.batch-start').hasAttribute('aria-disabled')).toBe(false);
  });
});

describe('a batch this page does not drive is watched', () => {
  const theirs = (done: number) =>
    batch({
      id: 'theirs',
      state: 'busy',
      mine: false,
      round: 2,
      done,
      message: `ผู้ใช้อื่นกำลังสร้างรายงานรอบ 2 อยู่ (เริ่มเมื่อ 25 พ.ย. 2566 14:20 น. ทำแล้ว ${done}/7) กรุณารอให้เสร็จก่อน`,
    });

  it("someone else's: its status is read every 4 seconds, and the start button is free once it ends", async () => {
    const fake = await openSidebar({ getReportBatch: () => theirs(2) });
    expect(text('.batch-status')).toBe(theirs(2).message);
    fake.handlers.getReportBatch = () => theirs(5);
    await jest.advanceTimersByTimeAsync(WATCH - 10);
    expect(fake.count('getReportBatch')).toBe(1);
    expect(text('.batch-status')).toBe(theirs(2).message);
    await jest.advanceTimersByTimeAsync(10);
    await settle();
    expect(fake.count('getReportBatch')).toBe(2);
    expect(text('.batch-status')).toBe(theirs(5).message);

    fake.handlers.getReportBatch = () =>
      batch({ id: 'theirs', state: 'done', mine: false, round: 2, done: 7 });
    await jest.advanceTimersByTimeAsync(WATCH);
    await settle();
    expect(visible('.batch')).toBe(false);
    expect($('.batch-start').hasAttribute('aria-disabled')).toBe(false);
    // Nothing left to watch: no more reads, and never a chunk or a start of its own.
    await jest.advanceTimersByTimeAsync(WATCH * 5);
    expect(reportCalls(fake)).toEqual([['getReportBatch'], ['getReportBatch'], ['getReportBatch']]);
  });

  it("this user's, left paused: shows the progress made from another tab, then its outcome", async () => {
    const fake = await openSidebar({ getReportBatch: () => batch({ id: 'b7', done: 3, current: 'กองคลัง' }) });
    expect(progress().count).toBe('3 / 7');
    fake.handlers.getReportBatch = () => ({ ...(CHUNKS[1] as BatchStatus), id: 'b7' });
    await jest.advanceTimersByTimeAsync(WATCH);
    await settle();
    expect(progress()).toMatchObject({ count: '6 / 7', current: 'ล่าสุด: กองการเจ้าหน้าที่' });
    expect(visible('.batch-resume')).toBe(true);

    fake.handlers.getReportBatch = () => ({ ...(CHUNKS[2] as BatchStatus), id: 'b7' });
    await jest.advanceTimersByTimeAsync(WATCH - 10);
    const refreshes = fake.count('getSidebarData');
    await jest.advanceTimersByTimeAsync(10);
    await settle();
    expect(progress().count).toBe('7 / 7');
    expect(text('.batch-status')).toBe('เสร็จแล้ว สร้างสำเร็จ 6 จาก 7 หน่วยงาน ไม่สำเร็จ 1 หน่วยงาน');
    expect(visible('.batch-resume')).toBe(false);
    // Its reports are in the sheet now: the sidebar loads again at once.
    expect(fake.count('getSidebarData')).toBe(refreshes + 1);
    expect(fake.count('continueReportBatch')).toBe(0);
  });

  it('reads nothing while the page is hidden, and reads at once when it shows again', async () => {
    const fake = await openSidebar({ getReportBatch: () => theirs(2) });
    setVisibility('hidden');
    fake.handlers.getReportBatch = () => theirs(6);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(fake.count('getReportBatch')).toBe(1);
    expect(fake.count('getSidebarData')).toBe(1);
    setVisibility('visible');
    await settle();
    expect(fake.count('getReportBatch')).toBe(2);
    expect(text('.batch-status')).toBe(theirs(6).message);
  });

  it('a failed read shows the banner, which goes once a read succeeds', async () => {
    const fake = await openSidebar({ getReportBatch: () => theirs(2) });
    fake.handlers.getReportBatch = () => {
      throw new Error('Exception: Service unavailable');
    };
    await jest.advanceTimersByTimeAsync(WATCH);
    await settle();
    expect(text('.banner-message')).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: Service unavailable');
    expect(text('.batch-status')).toBe(theirs(2).message);
    fake.handlers.getReportBatch = () => theirs(3);
    await jest.advanceTimersByTimeAsync(WATCH * 2);
    await settle();
    expect($$('.banner')).toHaveLength(0);
    expect(text('.batch-status')).toBe(theirs(3).message);
  });

  it('one this page drives is not watched: each chunk answers with its status', async () => {
    const next = manual<BatchStatus>();
    const fake = await openSidebar({ startReportBatch: () => batch(), continueReportBatch: next.handler });
    click('.batch-start');
    await settle();
    await jest.advanceTimersByTimeAsync(WATCH * 5);
    await next.answer(CHUNKS[0] as BatchStatus);
    await jest.advanceTimersByTimeAsync(WATCH * 5);
    expect(fake.count('getReportBatch')).toBe(1);
    expect(next.waiting).toBe(1);
  });
});

describe('keyboard', () => {
  it('reaches every report control in order, with the batch and preview controls when shown', async () => {
    await openSidebar({
      getReportBatch: () => batch({ done: 3, current: 'กองคลัง' }),
      showDivisionReportPreview: () => 'ก',
    });
    click('.preview-button');
    await settle();
    expect(tabOrder($('.reports')).map(focusLabel)).toEqual([
      'button:ดูตัวอย่าง',
      'button:สร้างรายงานหน่วยงานนี้',
      'button:สร้างรายงานทุกหน่วยงาน รอบ 1/2566',
      'button:สร้างรายงานสรุป รอบ 1/2566',
      'button:ทำต่อ',
      'button:ยกเลิก',
    ]);
    for (const button of $$('.reports button')) expect(button.getAttribute('type')).toBe('button');
  });
});
