/** @jest-environment jsdom */

import type { DivisionView, SidebarData } from '../../src/core/views';
import { type FakeScript, installFakeScript, removeFakeScript } from './fake-script-run';
import {
  FINANCE_ROUND_1,
  FINANCE_ROUND_2,
  finance,
  PROBLEMS,
  REVIEW_DONE,
  SECRETARIAT,
  sidebarData,
} from './fixtures';
import { focusLabel, loadPage, settle, setVisibility, tabOrder } from './page';

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));
const text = (selector: string) => $(selector).textContent ?? '';
/** How long the sidebar waits between two loads of the selection (3–5 s; see the pace tests). */
const PACE = 3000;
const figure = (name: string) => text(`.round-panel .figure-${name} dd`);
const marks = () => $$('.round-panel .checklist li').map((item) => item.querySelector('.mark')?.textContent);

/** Opens the sidebar with the server answering `data`. */
async function openSidebar(data: SidebarData): Promise<FakeScript> {
  const fake = installFakeScript({
    getSidebarData: () => data,
    checkData: () => [...PROBLEMS],
    selectCell: () => undefined,
    addDivision: (name) => ({ ok: true, message: `เพิ่มหน่วยงาน "${name}" ในแท็บ รอบ 1 และ รอบ 2 แล้ว` }),
  });
  loadPage('sidebar');
  await settle();
  return fake;
}

/** From now on the server answers `next`. */
function answer(fake: FakeScript, next: SidebarData): void {
  fake.handlers.getSidebarData = () => next;
}

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
  removeFakeScript();
});

describe('the sidebar page', () => {
  it('is Thai, titled, and shows a loading state until the first answer', async () => {
    installFakeScript({ getSidebarData: () => sidebarData(finance()) });
    loadPage('sidebar');
    expect(document.documentElement.lang).toBe('th');
    expect(document.title).toBe('KPI ปรับปรุงกระบวนการ');
    expect(text('.loading')).toBe('กำลังโหลดข้อมูล…');
    expect($('.loading').getAttribute('role')).toBe('status');
    expect($$('.division-name')).toHaveLength(0);
    await settle();
    expect(text('.loading')).toBe('');
    expect(text('.division-name')).toBe('กองคลัง');
  });

  it('shows the selected division: name, head, level, score, ✓/✗ per milestone and the next step', async () => {
    await openSidebar(sidebarData(finance(1)));
    expect(text('.division-name')).toBe('กองคลัง');
    expect(text('.division-head')).toBe('ผู้อำนวยการ: นางสาวสมใจ ใจดี');
    expect(text('.round-panel .where')).toBe('ชีต รอบ 1 แถว 4');
    expect(figure('level')).toBe('3');
    expect(figure('score')).toBe('2.70');
    expect(figure('weighted')).toBe('0.27');
    expect(figure('late')).toBe('3 วัน');
    expect(figure('penalty')).toBe('0.30');
    expect(figure('progress')).toBe('40%');
    expect(marks()).toEqual(['✓', '✓', '✗']);
    const items = $$('.round-panel .checklist li');
    expect(items[0]?.textContent).toContain('ทำแล้ว: ระดับ 1 ทบทวนกระบวนการตามภารกิจหลักให้ครบถ้วน');
    expect(items[2]?.textContent).toContain('ยังไม่ทำ: ระดับ 5 ดำเนินการตามแผนฯ ได้ร้อยละ 50');
    expect(text('.round-panel .next')).toBe('ขั้นต่อไป: ระดับ 5: ดำเนินการตามแผนฯ ได้ร้อยละ 50 (ขณะนี้ 40%)');
    expect(text('.date-due dd')).toBe('31 มี.ค. 2566');
    expect(text('.date-submitted dd')).toBe('5 เม.ย. 2566');
  });

  it('opens evidence links in a new tab without giving it this page', async () => {
    await openSidebar(sidebarData(finance(1)));
    const links = $$('.round-panel a.evidence') as HTMLAnchorElement[];
    expect(links.map((link) => link.href)).toEqual([
      'https://drive.google.com/file/d/1AbC-review/view',
      'https://docs.google.com/document/d/1XyZ-plan/edit',
    ]);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel.split(' ')).toContain('noopener');
    }
    expect(links[1]?.getAttribute('aria-label')).toBe('หลักฐานระดับ 3 (เปิดในแท็บใหม่)');
  });

  it("shows the round's report status and link", async () => {
    const reported = {
      ...FINANCE_ROUND_1,
      reportStatus: 'สร้างแล้ว 12 ต.ค. 2566',
      reportLink: 'https://docs.google.com/document/d/1Report/edit',
    };
    await openSidebar(sidebarData({ ...finance(1), rounds: [reported, FINANCE_ROUND_2] }));
    expect(text('.round-panel .report')).toBe('รายงาน: สร้างแล้ว 12 ต.ค. 2566 เปิดรายงาน');
    const link = $<HTMLAnchorElement>('.round-panel .report a');
    expect(link.href).toBe('https://docs.google.com/document/d/1Report/edit');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it("shows the round's PDF link beside the report's", async () => {
    const reported = {
      ...FINANCE_ROUND_1,
      reportStatus: 'สร้างแล้ว 12 ต.ค. 2566',
      reportLink: 'https://docs.google.com/document/d/1Report/edit',
      pdfLink: 'https://drive.google.com/file/d/1ReportPdf/view',
    };
    await openSidebar(sidebarData({ ...finance(1), rounds: [reported, FINANCE_ROUND_2] }));
    expect(text('.round-panel .report')).toBe('รายงาน: สร้างแล้ว 12 ต.ค. 2566 เปิดรายงาน เปิด PDF');
    const links = $$('.round-panel .report a') as HTMLAnchorElement[];
    expect(links.map((link) => [link.href, link.getAttribute('aria-label'), link.target, link.rel])).toEqual([
      [
        'https://docs.google.com/document/d/1Report/edit',
        'เปิดรายงาน (เปิดในแท็บใหม่)',
        '_blank',
        'noopener noreferrer',
      ],
      [
        'https://drive.google.com/file/d/1ReportPdf/view',
        'เปิด PDF ของรายงาน (เปิดในแท็บใหม่)',
        '_blank',
        'noopener noreferrer',
      ],
    ]);
  });

  it('a PDF link alone is shown without a status', async () => {
    const pdfOnly = { ...FINANCE_ROUND_1, pdfLink: 'https://drive.google.com/file/d/1Pdf/view' };
    await openSidebar(sidebarData({ ...finance(1), rounds: [pdfOnly, FINANCE_ROUND_2] }));
    expect(text('.round-panel .report')).toBe('รายงาน: เปิด PDF');
  });

  it('opens on the round of the tab the cursor is in, and switches round on a click', async () => {
    await openSidebar(sidebarData(finance(2)));
    const [round1, round2] = $$('.division .round-switch button');
    expect(round1?.textContent).toBe('รอบ 1');
    expect(round2?.getAttribute('aria-pressed')).toBe('true');
    expect(round1?.getAttribute('aria-pressed')).toBe('false');
    expect(figure('level')).toBe('2.5');
    expect(figure('score')).toBe('2.50');
    expect(marks()).toEqual(['✓', '✓', '✓', '✗', '✗', '✗']);
    // The two halves of round 2's level 3 carry their 0.5.
    expect($$('.round-panel .half').map((half) => half.textContent)).toEqual([
      '0.50.5 คะแนน',
      '0.50.5 คะแนน',
    ]);
    expect($$('.round-panel .half [aria-hidden="true"]').map((half) => half.textContent)).toEqual([
      '0.5',
      '0.5',
    ]);
    expect(text('.date-submitted dd')).toBe('ยังไม่ส่ง');

    round1?.focus();
    round1?.click();
    expect(round1?.getAttribute('aria-pressed')).toBe('true');
    expect(round2?.getAttribute('aria-pressed')).toBe('false');
    expect(figure('level')).toBe('3');
    expect(marks()).toEqual(['✓', '✓', '✗']);
    expect($$('.round-panel .half')).toHaveLength(0);
    expect(document.activeElement).toBe(round1);
  });

  it('keeps the round the user picked while the same division stays selected', async () => {
    const fake = await openSidebar(sidebarData(finance(1), 'v1'));
    $$('.division .round-switch button')[1]?.click();
    expect(figure('level')).toBe('2.5');
    // An edit elsewhere in the row changes the key: the redraw stays on round 2.
    answer(fake, sidebarData(finance(1), 'v2'));
    await jest.advanceTimersByTimeAsync(PACE);
    expect($$('.division .round-switch button')[1]?.getAttribute('aria-pressed')).toBe('true');
    expect(figure('level')).toBe('2.5');
    // The cursor moves to round 2's tab and back to round 1's: the sidebar follows.
    answer(fake, sidebarData(finance(2), 'v3'));
    await jest.advanceTimersByTimeAsync(PACE);
    answer(fake, sidebarData(finance(1), 'v4'));
    await jest.advanceTimersByTimeAsync(PACE);
    expect(figure('level')).toBe('3');
  });

  it('a division in one round only has no switcher, and a problem shows "—" and the row problem', async () => {
    await openSidebar(sidebarData(SECRETARIAT));
    expect($$('.division .round-switch')).toHaveLength(0);
    expect(text('.only-round')).toBe('มีรายชื่อเฉพาะในรอบ 1');
    expect(figure('level')).toBe('—คำนวณไม่ได้');
    expect(figure('score')).toBe('—คำนวณไม่ได้');
    expect(text('.problems-heading')).toBe('ปัญหาในแถวนี้');
    expect($$('.row-problems li').map((item) => item.textContent)).toEqual([
      'E5: ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ครึ่งหนึ่ง',
    ]);
    expect(text('.date-submitted dd')).toBe('ยังไม่ส่ง');
  });

  it('with no division selected shows the hint', async () => {
    await openSidebar(sidebarData(null));
    expect(text('.division-body')).toBe('เลือกเซลล์ในแถวของหน่วยงานในแท็บ "รอบ 1" หรือ "รอบ 2" เพื่อดูรายละเอียด');
    expect($$('.division-name')).toHaveLength(0);
  });

  it('summarises each round: divisions per level as bars, late, not submitted, with problems', async () => {
    await openSidebar(sidebarData(null));
    const [round1, round2] = $$('.round-summary');
    expect(round1?.querySelector('h3')?.textContent).toBe('รอบ 1 (ชีต รอบ 1)');
    expect(round1?.querySelector('.division-count')?.textContent).toBe('6 หน่วยงาน');
    const bars = Array.from(round1?.querySelectorAll('.bar-row') ?? []);
    expect(bars.map((bar) => bar.querySelector('.sr-only')?.textContent)).toEqual([
      'ระดับ 0: 1 หน่วยงาน',
      'ระดับ 1: 1 หน่วยงาน',
      'ระดับ 3: 3 หน่วยงาน',
      'ระดับ 5: 1 หน่วยงาน',
    ]);
    expect(bars.map((bar) => (bar.querySelector('.bar') as HTMLElement).style.width)).toEqual([
      '33%',
      '33%',
      '100%',
      '33%',
    ]);
    const counts = (summary: Element | undefined) =>
      Array.from(summary?.querySelectorAll('.counts .figure') ?? []).map((entry) => entry.textContent);
    expect(counts(round1)).toEqual(['ส่งล่าช้า2', 'ยังไม่ส่งรายงาน1', 'มีปัญหาข้อมูล1', 'ไม่ประเมินรอบนี้0']);
    expect(counts(round2)).toEqual(['ส่งล่าช้า0', 'ยังไม่ส่งรายงาน3', 'มีปัญหาข้อมูล0', 'ไม่ประเมินรอบนี้1']);
    expect(round2?.querySelector('.bar-row .sr-only')?.textContent).toBe('ระดับ 1: 1 หน่วยงาน');
  });
});

describe('following the selection', () => {
  it('asks every 3 seconds and, while the key is unchanged, does not touch the page', async () => {
    const fake = await openSidebar(sidebarData(finance(1), 'same'));
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const asked = fake.count('getSidebarData');
    await jest.advanceTimersByTimeAsync(PACE - 10);
    expect(fake.count('getSidebarData')).toBe(asked);
    await jest.advanceTimersByTimeAsync(10 + PACE * 4);
    expect(fake.count('getSidebarData')).toBe(asked + 5);
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(mutations).toEqual([]);
  });

  it('redraws when the key changes, keeping focus on the same control', async () => {
    const fake = await openSidebar(sidebarData(finance(2), 'before'));
    const round2 = $$('.division .round-switch button')[1];
    round2?.focus();
    answer(
      fake,
      sidebarData(
        { ...finance(2), rounds: [FINANCE_ROUND_1, { ...FINANCE_ROUND_2, level: 4, score: 4 }] },
        'after',
      ),
    );
    await jest.advanceTimersByTimeAsync(PACE);
    expect(figure('level')).toBe('4');
    expect(figure('score')).toBe('4.00');
    const redrawn = $$('.division .round-switch button')[1];
    expect(redrawn).not.toBe(round2);
    expect(document.activeElement).toBe(redrawn);
  });

  it('asks nothing while the page is hidden, and at once when it shows again', async () => {
    const fake = await openSidebar(sidebarData(finance(1), 'before'));
    setVisibility('hidden');
    const asked = fake.count('getSidebarData');
    answer(fake, sidebarData(SECRETARIAT, 'meanwhile'));
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(fake.count('getSidebarData')).toBe(asked);
    expect(text('.division-name')).toBe('กองคลัง');

    setVisibility('visible');
    await settle();
    expect(fake.count('getSidebarData')).toBe(asked + 1);
    expect(text('.division-name')).toBe('สำนักงานเลขานุการกรม');
    await jest.advanceTimersByTimeAsync(PACE);
    expect(fake.count('getSidebarData')).toBe(asked + 2);
  });

  it('follows the cursor to another division', async () => {
    const fake = await openSidebar(sidebarData(finance(1)));
    answer(fake, sidebarData(SECRETARIAT));
    await jest.advanceTimersByTimeAsync(PACE);
    expect(text('.division-name')).toBe('สำนักงานเลขานุการกรม');
    expect(text('.division-head')).toBe('ผู้อำนวยการ: นายสมชาย รักงาน');
  });
});

describe('errors', () => {
  it('a failed call shows the Thai error banner, and it goes once the server answers again', async () => {
    const fake = installFakeScript({
      getSidebarData: () => {
        throw new Error('Exception: ไม่พบแท็บ "รอบ 1" ในสเปรดชีตนี้');
      },
    });
    loadPage('sidebar');
    await settle();
    const banner = $('.errors');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.getAttribute('aria-live')).toBe('assertive');
    expect(text('.banner strong')).toBe('เกิดข้อผิดพลาด');
    expect(text('.banner-message')).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: ไม่พบแท็บ "รอบ 1" ในสเปรดชีตนี้');
    expect(text('.loading')).toBe('');

    fake.handlers.getSidebarData = () => sidebarData(finance(1));
    // After a failure the next try waits twice as long.
    await jest.advanceTimersByTimeAsync(PACE * 2 - 10);
    expect($$('.banner')).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(10);
    expect($$('.banner')).toHaveLength(0);
    expect(text('.division-name')).toBe('กองคลัง');
  });

  it('outside Apps Script says so in Thai instead of failing silently', async () => {
    removeFakeScript();
    loadPage('sidebar');
    await settle();
    expect(text('.banner-message')).toBe(
      'หน้านี้ต้องเปิดจากเมนู ส่วนขยาย › KPI ใน Google Sheets จึงจะทำงานได้ (ไม่พบ google.script.run)',
    );
  });

  it('data the page cannot draw is not dropped silently: the banner says so in Thai', async () => {
    const broken = { ...finance(1), rounds: null } as unknown as DivisionView;
    await openSidebar(sidebarData(broken));
    expect(text('.banner-message')).toMatch(/^เกิดข้อผิดพลาดที่ไม่คาดคิด: /);
  });

  it('the banner can be dismissed', async () => {
    installFakeScript({
      getSidebarData: () => {
        throw new Error('ScriptError: Authorization is required to perform that action.');
      },
    });
    loadPage('sidebar');
    await settle();
    expect(text('.banner-message')).toBe(
      'ติดต่อ Google Sheets ไม่สำเร็จ: Authorization is required to perform that action.',
    );
    $<HTMLButtonElement>('.banner-dismiss').click();
    expect($$('.banner')).toHaveLength(0);
  });
});

describe('user text is text', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it.each([
    [' JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https://drive.google.com@evil.test/'],
    ['https://example.com/\u0007'],
  ])('evidence %p, not a plain http(s) address, is text and no link', async (evidence) => {
    const round = FINANCE_ROUND_1;
    await openSidebar(
      sidebarData({
        ...finance(1),
        rounds: [{ ...round, checklist: [{ ...REVIEW_DONE, evidence }, ...round.checklist.slice(1)] }],
      }),
    );
    const first = $$('.round-panel .checklist li')[0];
    expect(first?.querySelectorAll('a')).toHaveLength(0);
    expect(first?.querySelector('.evidence-text')?.textContent).toBe(`หลักฐาน: ${evidence.trim()}`);
  });

  it('a hostile division name, head, problem or evidence is shown as text and creates no element', async () => {
    const division = finance(1);
    const round = FINANCE_ROUND_1;
    const fake = await openSidebar(
      sidebarData({
        ...division,
        name: hostile,
        head: `<script>alert(2)</script>`,
        rounds: [
          {
            ...round,
            problems: [`C4: ${hostile}`],
            next: hostile,
            checklist: [{ ...REVIEW_DONE, evidence: 'javascript:alert(3)' }, ...round.checklist.slice(1)],
          },
        ],
      }),
    );
    expect(text('.division-name')).toBe(hostile);
    expect(text('.division-head')).toBe('ผู้อำนวยการ: <script>alert(2)</script>');
    expect(text('.row-problems li')).toBe(`C4: ${hostile}`);
    expect(text('.round-panel .next')).toBe(`ขั้นต่อไป: ${hostile}`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('body script')).toHaveLength(1); // the page's own
    // A javascript: address is not a link.
    expect(
      Array.from(document.querySelectorAll('a')).some((link) => link.href.startsWith('javascript')),
    ).toBe(false);
    expect(text('.evidence-text')).toBe('หลักฐาน: javascript:alert(3)');

    fake.handlers.checkData = () => [{ sheetName: hostile, cell: 'B2', message: hostile }];
    $<HTMLButtonElement>('.check-data .primary').click();
    await settle();
    expect(text('.problem-item .problem-message')).toBe(hostile);
    expect(text('.problem-item .problem-sheet')).toBe(`ชีต ${hostile}`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('keyboard', () => {
  it('tabs through round switcher, evidence links, check-data items, form fields, then the button', async () => {
    await openSidebar(sidebarData(finance(1)));
    $<HTMLButtonElement>('.check-data .primary').click();
    await settle();
    expect(tabOrder().map(focusLabel)).toEqual([
      'button:รอบ 1',
      'button:รอบ 2',
      'a:หลักฐาน',
      'a:หลักฐาน',
      'button:ดูตัวอย่าง',
      'button:สร้างรายงานหน่วยงานนี้',
      'button:สร้างรายงานทุกหน่วยงาน รอบ 1/2566',
      'button:สร้างรายงานสรุป รอบ 1/2566',
      'button:ตรวจอีกครั้ง',
      'button:E5 ชีต รอบ 1ความคืบหน้าต้องเป็นตัวเลขหรือร้อยละ เช่น 60%: ครึ่งหนึ่ง',
      `button:K7 ชีต รอบ 1${PROBLEMS[1]?.message}`,
      `button:F9 ชีต รอบ 2${PROBLEMS[2]?.message}`,
      'input:ชื่อหน่วยงาน',
      'input:ชื่อผู้อำนวยการ',
      'input:ผู้รายงาน (ไม่บังคับ)',
      'input:โทรศัพท์ผู้รายงาน (ไม่บังคับ)',
      'input:รอบ 1',
      'input:รอบ 2',
      'button:เพิ่มหน่วยงาน',
      // "Add many" is a closed <details>: the helper lists its fields all the same.
      'textarea:',
      'input:รอบ 1',
      'input:รอบ 2',
      'button:เพิ่มทั้งรายการ',
    ]);
    // Nothing jumps the queue: no positive tabindex anywhere.
    expect($$('[tabindex]').filter((element) => Number(element.getAttribute('tabindex')) > 0)).toEqual([]);
    // Every button says what it is, and every field has its label.
    for (const button of $$('button')) expect(['button', 'submit']).toContain(button.getAttribute('type'));
    for (const input of $$('input'))
      expect(document.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
  });

  it('has a heading per section', async () => {
    await openSidebar(sidebarData(finance(1)));
    expect($$('h1, h2, h3').map((heading) => `${heading.tagName}:${heading.textContent}`)).toEqual([
      'H1:KPI ปรับปรุงกระบวนการ',
      'H2:หน่วยงานที่เลือก',
      'H3:กองคลัง',
      'H2:รายงานผล',
      'H3:รายงานของหน่วยงาน',
      'H3:รายงานทั้งรอบ',
      'H2:สรุปทั้งแผ่นงาน',
      'H3:รอบ 1 (ชีต รอบ 1)',
      'H3:รอบ 2 (ชีต รอบ 2)',
      'H2:ตรวจข้อมูล',
      'H2:เพิ่มหน่วยงาน',
    ]);
  });
});

describe('check data in the sidebar', () => {
  it('lists each bad cell; activating one selects that sheet and cell', async () => {
    const fake = await openSidebar(sidebarData(finance(1)));
    expect(fake.count('checkData')).toBe(0);
    $<HTMLButtonElement>('.check-data .primary').click();
    expect(text('.check-data .status')).toBe('กำลังตรวจข้อมูล…');
    await settle();
    expect(text('.check-data .status')).toBe('พบปัญหา 3 รายการ เลือกรายการเพื่อไปยังเซลล์นั้น');
    const items = $$('.problem-item');
    expect(items.map((item) => item.querySelector('.problem-cell')?.textContent)).toEqual(['E5', 'K7', 'F9']);
    expect(items.every((item) => item instanceof HTMLButtonElement && item.type === 'button')).toBe(true);

    items[2]?.click();
    await settle();
    expect(fake.calls.filter((call) => call.name === 'selectCell').map((call) => call.args)).toEqual([
      ['รอบ 2', 'F9'],
    ]);
    expect(text('.check-data .status')).toBe('เลือกเซลล์ F9 ในชีต รอบ 2 แล้ว');
  });

  it('a failed selectCell shows the banner', async () => {
    const fake = await openSidebar(sidebarData(finance(1)));
    fake.handlers.selectCell = () => {
      throw new Error('Exception: Range not found');
    };
    $<HTMLButtonElement>('.check-data .primary').click();
    await settle();
    $$('.problem-item')[0]?.click();
    await settle();
    expect(text('.banner-message')).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: Range not found');
  });
});

describe('add a division in the sidebar', () => {
  it('sends the trimmed name and head, shows the answer, clears the form and refreshes at once', async () => {
    const fake = await openSidebar(sidebarData(finance(1)));
    $<HTMLInputElement>('#division-name').value = '  กองการเจ้าหน้าที่ ';
    $<HTMLInputElement>('#division-head').value = ' นางวิไล ศรีสุข  ';
    const asked = fake.count('getSidebarData');
    $<HTMLButtonElement>('.add-division button[type="submit"]').click();
    expect(text('.form-result')).toBe('กำลังเพิ่มหน่วยงาน…');
    await settle();
    expect(fake.calls.filter((call) => call.name === 'addDivision').map((call) => call.args)).toEqual([
      ['กองการเจ้าหน้าที่', 'นางวิไล ศรีสุข', { reporter: '', reporterPhone: '', rounds: [1, 2] }],
    ]);
    expect(text('.form-result')).toBe('เพิ่มหน่วยงาน "กองการเจ้าหน้าที่" ในแท็บ รอบ 1 และ รอบ 2 แล้ว');
    expect($('.form-result').classList.contains('tone-ok')).toBe(true);
    expect($<HTMLInputElement>('#division-name').value).toBe('');
    expect(fake.count('getSidebarData')).toBe(asked + 1);
  });

  it('an empty name is not sent', async () => {
    const fake = await openSidebar(sidebarData(finance(1)));
    $<HTMLInputElement>('#division-name').value = '   ';
    $<HTMLButtonElement>('.add-division button[type="submit"]').click();
    await settle();
    expect(fake.count('addDivision')).toBe(0);
    expect(text('.form-result')).toBe('กรุณากรอกชื่อหน่วยงาน');
    expect($('#division-name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe($('#division-name'));
  });

  it('a refusal is shown as the server words it, and the fields are kept', async () => {
    const fake = await openSidebar(sidebarData(finance(1)));
    fake.handlers.addDivision = (name) => ({ ok: false, message: `มีหน่วยงานชื่อ "${name}" อยู่แล้วในแท็บ รอบ 1` });
    $<HTMLInputElement>('#division-name').value = 'กองคลัง';
    $<HTMLButtonElement>('.add-division button[type="submit"]').click();
    await settle();
    expect(text('.form-result')).toBe('มีหน่วยงานชื่อ "กองคลัง" อยู่แล้วในแท็บ รอบ 1');
    expect($('.form-result').classList.contains('tone-error')).toBe(true);
    expect($<HTMLInputElement>('#division-name').value).toBe('กองคลัง');
  });
});
