/**
 * @jest-environment jsdom
 */

import type { Round } from '../../src/core/card';
import { MILESTONE_TEXT } from '../../src/core/messages';
import { buildDivisionReport, buildSummaryReport } from '../../src/core/report';
import { escapeHtml, REPORT_FONT_STACK, renderReportHtml } from '../../src/core/report-html';
import type { DivisionReport, SummaryReport } from '../../src/core/report-model';
import type { TrackingSettings } from '../../src/core/tracking';
import {
  type DivisionCells,
  milestones,
  REPORT_DAY,
  readOne,
  readTab,
  settingsWith,
} from './report-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';
const DEFAULTS = settingsWith();

function division(round: Round, cells: DivisionCells, settings: TrackingSettings = DEFAULTS): DivisionReport {
  const { row, status } = readOne(round, cells, settings);
  return buildDivisionReport({ round, row, status, settings, reportDay: REPORT_DAY });
}

function summary(round: Round, rows: readonly DivisionCells[], settings = DEFAULTS): SummaryReport {
  const tab = readTab(round, rows, settings, '2023-11-30');
  return buildSummaryReport({ round, divisions: tab.entries, settings, reportDay: REPORT_DAY });
}

// The root tsconfig has no DOM library (core must not lean on one): the little
// of jsdom's DOM these tests read, typed here.
interface Element {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly attributes: ArrayLike<{ readonly name: string }>;
  readonly classList: { contains(name: string): boolean };
  readonly style: { readonly width: string };
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  remove(): void;
}
interface Document extends Element {
  readonly title: string;
  readonly documentElement: Element & { readonly lang: string };
  readonly body: Element;
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(html: string, type: 'text/html'): Document };
};

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const all = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector));
const texts = (root: Element, selector: string) =>
  all(root, selector).map((element) => element.textContent?.trim() ?? '');

/** Every element that runs or loads anything, and every event-handler attribute. */
function activeContent(document: Document): string[] {
  const found = Array.from(
    document.querySelectorAll(
      'script, img, iframe, object, embed, link, svg, canvas, video, audio, form, base',
    ),
  ).map((element) => element.tagName.toLowerCase());
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
    }
  }
  return found;
}

const CARD_EXAMPLE_4: DivisionCells = {
  division: 'กองคลัง',
  head: 'นางวราภรณ์ ทองประเสริฐ',
  ...milestones(2, [1, true, false, true, true]),
  'evidence:progress': 'https://drive.google.com/file/d/plan',
  'evidence:forumDone': 'http://intranet.example.go.th/forum?id=1&x=2',
  due: '2023-10-10',
  submitted: '2023-10-12',
  results: 'ลดเวลาเบิกจ่ายจาก 15 วันเหลือ 7 วัน',
};

describe('renderReportHtml: a division’s form', () => {
  const report = division(2, CARD_EXAMPLE_4);
  const html = renderReportHtml(report);
  const document = parse(html);

  it('is a complete Thai HTML document titled with the file name', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="th">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(document.title).toBe('รายงานผล_กองคลัง_รอบ2_2566');
    expect(document.documentElement.lang).toBe('th');
  });

  it('lays out an A4 page with the official margins and Thai fonts, styled inline', () => {
    expect(html).toContain('@page { size: A4; margin: 2.5cm 2cm 2.5cm 3cm; }');
    expect(html).toContain('padding: 2.5cm 2cm 2.5cm 3cm;');
    expect(REPORT_FONT_STACK).toMatch(/^'Sarabun','TH Sarabun New',.*'Noto Sans Thai','Garuda',sans-serif$/);
    expect(html).toContain(`font-family: ${REPORT_FONT_STACK};`);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  it('shows the title block, then the form’s facts', () => {
    expect(texts(document, '.title h1, .title p')).toEqual(report.title);
    expect(texts(document, 'table.info:first-of-type th')).toEqual([
      'ชื่อตัวชี้วัด',
      'น้ำหนักตัวชี้วัด',
      'รอบการประเมิน',
      'หน่วยงาน',
      'ผู้อำนวยการ',
      'วันครบกำหนดส่ง',
      'วันที่ส่งรายงาน',
    ]);
    expect(texts(document, 'table.info:first-of-type td')).toEqual([
      report.indicatorName,
      'ร้อยละ 5',
      'รอบ 2/2566 (1 เมษายน 2566 – 30 กันยายน 2566)',
      'กองคลัง',
      'นางวราภรณ์ ทองประเสริฐ',
      '10 ตุลาคม 2566',
      '12 ตุลาคม 2566',
    ]);
  });

  it('shows every level with its official milestones, ✓ or ✗, and the points of a half met', () => {
    expect(texts(document, '.levels td.level')).toEqual(['1', '2', '3', '4', '5']);
    expect(texts(document, '.levels td.milestone')).toEqual([
      MILESTONE_TEXT.progress80.official,
      MILESTONE_TEXT.progress100.official,
      MILESTONE_TEXT.workflowManualDone.official,
      MILESTONE_TEXT.trainingDone.official,
      MILESTONE_TEXT.forumDone.official,
      MILESTONE_TEXT.reportSent.official,
    ]);
    expect(texts(document, '.levels td.result')).toEqual([
      '✓ ดำเนินการแล้ว',
      '✓ ดำเนินการแล้ว',
      '✓ ดำเนินการแล้ว(0.5 คะแนน)',
      '✗ ยังไม่ดำเนินการ',
      '✓ ดำเนินการแล้ว',
      '✓ ดำเนินการแล้ว',
    ]);
    expect(document.querySelector('.levels td.level[rowspan="2"]')?.textContent).toBe('3');
    expect(texts(document, '.levels td.reached')).toEqual(['1', '2']);
  });

  it('makes web evidence links open in a new tab, escaped', () => {
    const links = Array.from(document.querySelectorAll('a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://drive.google.com/file/d/plan',
      'https://drive.google.com/file/d/plan',
      'http://intranet.example.go.th/forum?id=1&x=2',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(html).toContain('forum?id=1&amp;x=2');
  });

  it('shows the score table in the model’s order', () => {
    expect(texts(document, '.figures th')).toEqual(report.figures.map((figure) => figure.label));
    expect(texts(document, '.figures td')).toEqual(['2.5', '2 วัน', '0.20', '2.30', '0.1150']);
  });

  it('shows the narrative, blank parts as dotted lines to fill by hand', () => {
    expect(texts(document, '.narrative-item h3')).toEqual(['ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', 'ข้อเสนอแนะ']);
    expect(texts(document, 'p.narrative')).toEqual(['ลดเวลาเบิกจ่ายจาก 15 วันเหลือ 7 วัน']);
    expect(document.querySelectorAll('.fill-lines')).toHaveLength(2);
    expect(document.querySelector('.problems')).toBeNull();
  });

  it('shows the contacts, the report date and the four signature lines with their roles', () => {
    expect(texts(document, '.contacts th')).toEqual(['ผู้รายงาน', 'ผู้จัดเก็บข้อมูล', 'ผู้กำกับดูแลตัวชี้วัด']);
    expect(texts(document, '.contacts td').slice(1)).toEqual([
      'นายฉัตรพน ไพพินิจ โทรศัพท์ 0-2653-4444 ต่อ 1512-1513',
      'นายสมเกียรติ กรอบแก้ว โทรศัพท์ 0-2653-4444 ต่อ 1511',
    ]);
    expect(texts(document, '.report-date')).toEqual(['วันที่รายงาน 25 ธันวาคม 2566']);
    expect(texts(document, '.signature .role')).toEqual([
      'ผู้รายงาน',
      'ผู้อำนวยการกองคลัง',
      'ผู้จัดเก็บข้อมูล',
      'ผู้กำกับดูแลตัวชี้วัด',
    ]);
    expect(document.querySelectorAll('.signature .sign-line')).toHaveLength(4);
    expect(texts(document, '.signature p:nth-child(2)').slice(1)).toEqual([
      '( นางวราภรณ์ ทองประเสริฐ )',
      '( นายฉัตรพน ไพพินิจ )',
      '( นายสมเกียรติ กรอบแก้ว )',
    ]);
  });

  it('has no script and loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(activeContent(document)).toEqual([]);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
    // The only addresses are the evidence links themselves.
    const addresses = html.match(/https?:\/\/[^\s"<]+/g) ?? [];
    const evidence = [
      'https://drive.google.com/file/d/plan',
      'http://intranet.example.go.th/forum?id=1&amp;x=2',
    ];
    expect(addresses.every((address) => evidence.includes(address))).toBe(true);
  });
});

describe('renderReportHtml: round 1 and its "–" levels', () => {
  const report = division(1, { division: 'กองคลัง', ...milestones(1, [true, false, 0.2]) });
  const document = parse(renderReportHtml(report));

  it('shows levels 2 and 4 as dashes, with no ✓ or ✗', () => {
    const rows = Array.from(document.querySelectorAll('.levels tbody tr'));
    expect(rows.map((row) => row.classList.contains('no-milestone'))).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(texts(document, '.levels tr.no-milestone td')).toEqual(['2', '–', '–', '–', '4', '–', '–', '–']);
    expect(texts(document, '.levels td.result')).toEqual([
      '✓ ดำเนินการแล้ว',
      '✗ ยังไม่ดำเนินการ',
      '✗ ยังไม่ดำเนินการ',
    ]);
  });

  it('has no address at all when no evidence is linked', () => {
    expect(renderReportHtml(report)).not.toMatch(/https?:|\/\//);
  });
});

describe('renderReportHtml: escaping', () => {
  const hostileSettings = settingsWith({
    collector: HOSTILE,
    supervisorPhone: '"><script>alert(1)</script>',
  });
  const report = division(
    2,
    {
      division: HOSTILE,
      head: '<script>alert("head")</script>',
      ...milestones(2, [1, true, true, false, false]),
      'evidence:progress': 'javascript:alert(1)',
      'evidence:forumDone': 'https://example.test/"onmouseover="alert(1)',
      results: '</p><iframe src="https://evil.test"></iframe>',
      problems: "' onfocus='alert(1)",
    },
    hostileSettings,
  );
  const html = renderReportHtml(report);
  const document = parse(html);

  it('renders a hostile division name as text, creating no element', () => {
    expect(activeContent(document)).toEqual([]);
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(texts(document, 'table.info:first-of-type td')[3]).toBe(HOSTILE);
    expect(texts(document, '.signature .role')[1]).toBe(`ผู้อำนวยการ${HOSTILE}`);
    expect(document.title).toBe('รายงานผล_-img src=x onerror=alert(1)-_รอบ2_2566');
  });

  it('renders hostile names, phones and free text as text', () => {
    expect(texts(document, 'table.info:first-of-type td')[4]).toBe('<script>alert("head")</script>');
    expect(texts(document, 'p.narrative')).toEqual([
      '</p><iframe src="https://evil.test"></iframe>',
      "' onfocus='alert(1)",
    ]);
    // The reporter first (none typed), then the collector and the supervisor.
    expect(texts(document, '.contacts th + td')[1]).toContain(HOSTILE);
    expect(texts(document, '.contacts td')[2]).toContain('"><script>alert(1)</script>');
  });

  it('links only http and https evidence, and keeps a quote inside the address', () => {
    const links = Array.from(document.querySelectorAll('a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.test/"onmouseover="alert(1)',
    ]);
    expect(texts(document, '.levels td.evidence')[0]).toBe('javascript:alert(1)');
    expect(document.querySelectorAll('[href^="javascript"]')).toHaveLength(0);
  });

  it.each([
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https://drive.google.com@evil.test/'],
    ['https://example.com/\u0007'],
    ['https://[::1]/'],
  ])('evidence %p, not a plain http(s) address, is text and no link', (evidence) => {
    const report = division(2, {
      division: 'กองคลัง',
      ...milestones(2, [1, true, true, false, false]),
      'evidence:progress': evidence,
    });
    const page = parse(renderReportHtml(report));
    expect(page.querySelectorAll('a')).toHaveLength(0);
    expect(texts(page, '.levels td.evidence')[0]).toBe(evidence);
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('renderReportHtml: a row with problems', () => {
  it('says above the form that it cannot be made yet, naming the cells to fix, and never prints ⚠', () => {
    const report = division(2, { division: 'กองคลัง', ...milestones(2, ['มาก', true, true, true, true]) });
    const html = renderReportHtml(report);
    const document = parse(html);
    expect(texts(document, '.not-ready h3')).toEqual(['ข้อมูลที่ต้องตรวจสอบก่อนส่งรายงาน']);
    expect(texts(document, '.not-ready p')).toEqual(['แก้ไขข้อมูลที่ช่อง E2, O2 ก่อน (ดูรายละเอียดที่เมนู ตรวจข้อมูล)']);
    expect(html).not.toContain('⚠');
    // The notice is for the screen: a printed preview is never a form with it.
    expect(html).toMatch(/@media print \{[^@]*\.not-ready \{ display: none; \}/);
    expect(texts(document, '.figures td')).toEqual(['–', '–', '–', '–', '–']);
  });

  it('shows evidence by its readable name, linked to the whole address', () => {
    const report = division(2, {
      division: 'กองคลัง',
      ...milestones(2, [1]),
      'evidence:progress': 'https://example.org/kpi/r2/manual.pdf',
    });
    const link = parse(renderReportHtml(report)).querySelector('.evidence a');
    expect(link?.textContent).toBe('manual.pdf (example.org)');
    expect(link?.getAttribute('href')).toBe('https://example.org/kpi/r2/manual.pdf');
  });
});

describe('renderReportHtml: Thai digits', () => {
  it('shows no Arabic digit outside what people typed and the style sheet', () => {
    const settings = settingsWith({ thaiDigits: 'ใช่' });
    const report = division(2, { ...CARD_EXAMPLE_4, results: 'ลดเวลา', 'evidence:progress': '' }, settings);
    const document = parse(renderReportHtml(report));
    for (const element of all(document, 'style, title, a')) element.remove();
    expect(document.body.textContent).not.toMatch(/[0-9]/);
    expect(texts(document, '.figures td')).toEqual(['๒.๕', '๒ วัน', '๐.๒๐', '๒.๓๐', '๐.๑๑๕๐']);
  });
});

describe('renderReportHtml: the summary', () => {
  const rows: DivisionCells[] = [
    {
      division: 'สำนักงานเลขานุการกรม',
      ...milestones(2, [1, true, true, true, true]),
      submitted: '2023-10-09',
    },
    { division: 'กองคลัง', ...milestones(2, [1, true, false, true, true]), submitted: '2023-10-12' },
    { division: HOSTILE, ...milestones(2, [1, true, true, true, true]), submitted: '2023-10-10' },
    { division: 'กองกฎหมาย', ...milestones(2, [0.5, false, false, false, false]), submitted: '2023-10-10' },
  ].map((cells) => ({ ...cells, due: '2023-10-10' }));
  const report = summary(2, rows);
  const html = renderReportHtml(report);
  const document = parse(html);

  it('is a complete document titled with the summary’s file name', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="th">')).toBe(true);
    expect(document.title).toBe('รายงานสรุปผล_รอบ2_2566');
    expect(texts(document, '.title h1, .title p')).toEqual(report.title);
  });

  it('prints on A4 landscape, as its Doc does, while a division’s form stays portrait', () => {
    expect(html).toContain('@page { size: A4 landscape; }');
    expect(renderReportHtml(division(2, CARD_EXAMPLE_4))).not.toContain('landscape');
  });

  it('tables every division in order with level, days late, score and weighted score', () => {
    const cells = Array.from(document.querySelectorAll('.summary tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['1', 'สำนักงานเลขานุการกรม', '9 ต.ค. 2566', '0', '0.00', '5', '5.00', '0.2500', ''],
      ['2', 'กองคลัง', '12 ต.ค. 2566', '2', '0.20', '2.5', '2.30', '0.1150', ''],
      ['3', HOSTILE, '10 ต.ค. 2566', '0', '0.00', '5', '5.00', '0.2500', ''],
      ['4', 'กองกฎหมาย', '10 ต.ค. 2566', '0', '0.00', '0', '0.00', '0.0000', ''],
    ]);
    expect(texts(document, '.summary thead th')).toEqual([
      'ที่',
      'หน่วยงาน',
      'วันที่ส่ง',
      'วันที่ล่าช้า',
      'คะแนนที่ถูกหัก',
      'ระดับที่ได้',
      'คะแนนสุทธิ',
      'คะแนนถ่วงน้ำหนัก',
      'หมายเหตุ',
    ]);
  });

  it('draws a bar per level, as long as its count against the largest, with the count written', () => {
    const bars = Array.from(document.querySelectorAll('.chart .bar-row'));
    expect(bars.map((bar) => bar.querySelector('.bar-label')?.textContent)).toEqual([
      'ระดับ 0',
      'ระดับ 1',
      'ระดับ 2',
      'ระดับ 2.5',
      'ระดับ 3',
      'ระดับ 4',
      'ระดับ 5',
    ]);
    expect(bars.map((bar) => bar.querySelector('.bar-count')?.textContent)).toEqual([
      '1',
      '0',
      '0',
      '1',
      '0',
      '0',
      '2',
    ]);
    expect(bars.map((bar) => bar.querySelector('.bar')?.style.width)).toEqual([
      '50%',
      '0%',
      '0%',
      '50%',
      '0%',
      '0%',
      '100%',
    ]);
  });

  it('shows the totals, contacts, date and two signature lines', () => {
    expect(texts(document, '.signature .role')).toEqual(['ผู้จัดเก็บข้อมูล', 'ผู้กำกับดูแลตัวชี้วัด']);
    expect(texts(document, '.report-date')).toEqual(['วันที่รายงาน 25 ธันวาคม 2566']);
    for (const total of report.totals) {
      expect(document.body.textContent).toContain(total.label);
      expect(document.body.textContent).toContain(total.value);
    }
  });

  it('has no script, no canvas, nothing loaded and no element from a division’s name', () => {
    expect(html).not.toMatch(/<script|<canvas/i);
    expect(activeContent(document)).toEqual([]);
    expect(html).not.toMatch(/https?:|url\(|@import/i);
  });

  it('says so when the round has no division', () => {
    const empty = buildSummaryReport({ round: 1, divisions: [], settings: DEFAULTS, reportDay: REPORT_DAY });
    const emptyDocument = parse(renderReportHtml(empty));
    expect(texts(emptyDocument, '.summary tbody td')).toEqual(['ยังไม่มีหน่วยงานในรอบนี้']);
    expect(texts(emptyDocument, '.bar-count')).toEqual(['0', '0', '0', '0']);
  });
});
