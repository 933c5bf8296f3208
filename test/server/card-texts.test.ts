/**
 * The sidebar and the reports speak the sheet's card (issue 12 point 4): the
 * checklist, the next step and the division form's level table use the texts of
 * `KPI_CARD`; the indicator's name, description and condition come from the
 * settings; a card that cannot be read refuses every report, naming its row and
 * column. Run through the real adapters on the emulator.
 */

import { afterEach, describe, expect, it } from '@jest/globals';
import { ROOT_FOLDER_ID } from '../../emulator/documents';
import { type InstalledEmulator, installEmulator } from '../../emulator/install';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { cardOf, requirementText } from '../../src/core/card';
import {
  INDICATOR_DESCRIPTION,
  INDICATOR_NAME,
  indicatorCondition,
  MILESTONE_TEXT,
  REPORT_RUN,
} from '../../src/core/messages';
import { refusalReason } from '../../src/core/report';
import { NAMES, SETTINGS, TAB } from '../../src/core/template';
import {
  appsScriptReportServices,
  generateOneReport,
  generateSummary,
  previewReport,
} from '../../src/server/reports/generate';
import { appsScriptSpreadsheet } from '../../src/server/services/apps-script-spreadsheet';
import { GOOGLE_DOC_MIME_TYPE } from '../../src/server/services/documents';
import { gridRange, type SheetValue } from '../../src/server/services/spreadsheet';
import { setUpTrackingSheet } from '../../src/server/setup';
import { sidebarData } from '../../src/server/sidebar';
import { listDataProblems } from '../../src/server/tracking';
import { NOW, trackingFixture, writeRow } from './tracking-fixture';

const ROUND_1 = 'รอบ 1/2566';
const NEW_WORDING = 'ทบทวนกระบวนการหลักของหน่วยงานครบทุกกระบวนการ (ถ้อยคำที่สำนักงานแก้ไขในบัตร)';

let installed: InstalledEmulator | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

/** The set-up fixture with a division on row 6 of round 1 that has not reviewed yet. */
function fixture(): FakeSpreadsheet {
  const spreadsheet = trackingFixture();
  writeRow(spreadsheet, 1, 6, {
    division: 'กองทดสอบ',
    head: 'นายทดสอบ',
    reviewDone: false,
    planDone: false,
    progress: 0.1,
    due: 45026,
  });
  return spreadsheet;
}

/** Types into the card tab's cell (row, column), as a user would. */
function typeCard(spreadsheet: FakeSpreadsheet, row: number, column: number, value: SheetValue): void {
  spreadsheet.tab(TAB.card).writeValues(gridRange(row, column), [[value]]);
}

/** Types a setting's value into its named cell. */
function typeSetting(spreadsheet: FakeSpreadsheet, name: string, value: SheetValue): void {
  const named = spreadsheet.namedRanges().find((range) => range.name === name);
  if (named === undefined) throw new Error(`no named range ${name}`);
  spreadsheet.tab(named.sheetName).writeValues(named.range, [[value]]);
}

function serve(spreadsheet: FakeSpreadsheet, row: number) {
  spreadsheet.select(ROUND_1, gridRange(row, 1));
  installed = installEmulator({ spreadsheet });
  return appsScriptSpreadsheet();
}

const services = () => ({ ...appsScriptReportServices(), now: () => NOW });

/** The Google Docs the add-on has made, in every folder. */
function docs() {
  const drive = installed?.drive;
  if (drive === undefined) return [];
  return [ROOT_FOLDER_ID, ...drive.allFolders().map((folder) => folder.id)]
    .flatMap((id) => drive.filesIn(id))
    .filter((file) => file.mimeType === GOOGLE_DOC_MIME_TYPE);
}

function docText(name: string): string {
  const file = docs().find((entry) => entry.name === name);
  if (installed === undefined || file === undefined) throw new Error(`no Doc ${name}`);
  return installed.drive.document(file.id).text();
}

describe('the sheet card speaks in the sidebar and the division form', () => {
  it("shows the card's round-1 level-1 wording in the checklist, the next step and the form's level table", () => {
    const spreadsheet = fixture();
    // Row 2 of the card tab is its first row: round 1, level 1, the review.
    expect(spreadsheet.tab(TAB.card).valueAt(2, 7)).toBe(MILESTONE_TEXT.reviewDone.official);
    typeCard(spreadsheet, 2, 7, NEW_WORDING);
    const handle = serve(spreadsheet, 6);

    const data = sidebarData(handle, NOW);
    const round1 = data.division?.rounds.find((status) => status.round === 1);
    expect(round1?.problems).toEqual([]);
    expect(round1?.checklist[0]?.text).toBe(NEW_WORDING);
    expect(round1?.checklist[1]?.text).toBe(MILESTONE_TEXT.planDone.short);
    expect(round1?.next).toBe(`ระดับ 1: ${NEW_WORDING}`);

    const preview = previewReport(handle, 1, 6, 'กองทดสอบ');
    expect(preview.html).toContain(NEW_WORDING);
    expect(preview.html).not.toContain(MILESTONE_TEXT.reviewDone.official);
    expect(preview.html).toContain(MILESTONE_TEXT.planDone.official);

    const outcome = generateOneReport(1, 6, 'กองทดสอบ', services());
    expect(outcome.ok).toBe(true);
    const text = docText('รายงานผล_กองทดสอบ_รอบ1_2566');
    expect(text).toContain(NEW_WORDING);
    expect(text).not.toContain(MILESTONE_TEXT.reviewDone.official);
  });

  it("the built-in card set-up wrote gives exactly the add-on's own texts", () => {
    const handle = serve(fixture(), 6);
    const round1 = sidebarData(handle, NOW).division?.rounds.find((status) => status.round === 1);
    const expected = cardOf(1).levels.flatMap((level) =>
      level.requirements.map((requirement) => requirementText(requirement, 'short')),
    );
    expect(round1?.checklist.map((check) => check.text)).toEqual(expected);
    expect(round1?.next).toBe(`ระดับ 1: ${MILESTONE_TEXT.reviewDone.short}`);
    const html = previewReport(handle, 1, 6, 'กองทดสอบ').html;
    for (const key of ['reviewDone', 'planDone', 'progress50'] as const)
      expect(html).toContain(MILESTONE_TEXT[key].official);
    expect(html).toContain(INDICATOR_NAME);
    expect(html).toContain(INDICATOR_DESCRIPTION);
    expect(html).toContain(indicatorCondition('0.10'));
  });

  it('a sheet set up before the card tab (no KPI_CARD) keeps the built-in texts', () => {
    const spreadsheet = fixture();
    spreadsheet.removeNamedRange(NAMES.card);
    const handle = serve(spreadsheet, 6);
    const round1 = sidebarData(handle, NOW).division?.rounds.find((status) => status.round === 1);
    expect(round1?.problems).toEqual([]);
    expect(round1?.checklist[0]?.text).toBe(MILESTONE_TEXT.reviewDone.short);
  });
});

describe('the indicator as the settings name it', () => {
  it('puts the typed name, description and condition on the division form and the name on the summary', () => {
    const spreadsheet = fixture();
    typeSetting(spreadsheet, NAMES.indicatorName, 'ระดับความสำเร็จของการพัฒนากระบวนการ (ปรับ)');
    typeSetting(spreadsheet, NAMES.indicatorDescription, 'คำอธิบายที่สำนักงานพิมพ์เอง');
    typeSetting(spreadsheet, NAMES.indicatorCondition, 'ส่งล่าช้าหักวันละ 0.20 คะแนน');
    const handle = serve(spreadsheet, 6);

    const html = previewReport(handle, 1, 6, 'กองทดสอบ').html;
    expect(html).toContain('ระดับความสำเร็จของการพัฒนากระบวนการ (ปรับ)');
    expect(html).toContain('คำอธิบายที่สำนักงานพิมพ์เอง');
    expect(html).toContain('ส่งล่าช้าหักวันละ 0.20 คะแนน');
    expect(html).not.toContain(INDICATOR_DESCRIPTION);
    expect(html).not.toContain(indicatorCondition('0.10'));

    expect(generateSummary(1, services()).ok).toBe(true);
    const summary = docText('รายงานสรุปผล_รอบ1_2566');
    expect(summary).toContain('ระดับความสำเร็จของการพัฒนากระบวนการ (ปรับ)');
    expect(summary).not.toContain(INDICATOR_NAME);
  });

  it("keeps set-up's condition following the penalty rate as set", () => {
    const spreadsheet = fixture();
    typeSetting(spreadsheet, NAMES.ratePerDay, 0.2);
    const html = previewReport(serve(spreadsheet, 6), 1, 6, 'กองทดสอบ').html;
    expect(html).toContain(indicatorCondition('0.20'));
  });
});

describe('a card that cannot be read', () => {
  const LEVEL_ERROR = 'บัตรตัวชี้วัด แถว 2 คอลัมน์ ระดับ: ระดับต้องเป็นเลข 1–5: 9';

  it('is a problem of every row and of its cell, and refuses the report naming its row and column', () => {
    const spreadsheet = fixture();
    typeCard(spreadsheet, 2, 2, 9);
    const handle = serve(spreadsheet, 6);

    const round1 = sidebarData(handle, NOW).division?.rounds.find((status) => status.round === 1);
    expect(round1?.problems).toEqual([LEVEL_ERROR]);
    expect(refusalReason({ problems: round1?.problems ?? [] })).toBe(REPORT_RUN.refusedCard(LEVEL_ERROR));
    expect(listDataProblems(handle)).toContainEqual({
      sheetName: TAB.card,
      cell: 'B2',
      message: LEVEL_ERROR,
    });

    const outcome = generateOneReport(1, 6, 'กองทดสอบ', services());
    expect(outcome.ok).toBe(false);
    expect(outcome.refused).toBe(true);
    expect(outcome.message).toBe(REPORT_RUN.refusedDivision('กองทดสอบ', REPORT_RUN.refusedCard(LEVEL_ERROR)));
    expect(docs()).toEqual([]);
  });
});

describe("set-up adds the indicator's setting rows to an older sheet", () => {
  it('writes them below the others with the card defaults, named, leaving typed values as they are', () => {
    const spreadsheet = trackingFixture();
    const settingsTab = spreadsheet.tab(TAB.settings);
    const newKeys = ['indicatorName', 'indicatorDescription', 'indicatorCondition'] as const;
    // An older sheet: the rows and names of the three settings are not there yet.
    for (const key of newKeys) {
      const named = spreadsheet.namedRanges().find((range) => range.name === NAMES[key]);
      if (named === undefined) throw new Error(`no ${key}`);
      settingsTab.writeValues(gridRange(named.range.row, 1, 1, 3), [['', '', '']]);
      spreadsheet.removeNamedRange(NAMES[key]);
    }
    typeSetting(spreadsheet, NAMES.supervisor, 'นางสาวผู้กำกับ คนใหม่');
    const lastBefore = settingsTab.lastRow();

    installed = installEmulator({ spreadsheet });
    setUpTrackingSheet(appsScriptSpreadsheet());

    const values = newKeys.map((key) => {
      const named = spreadsheet.namedRanges().find((range) => range.name === NAMES[key]);
      const spec = SETTINGS.find((entry) => entry.key === key);
      return [
        named?.range.row,
        settingsTab.valueAt(named?.range.row ?? 0, 1) === spec?.label,
        settingsTab.valueAt(named?.range.row ?? 0, 2),
      ];
    });
    expect(values).toEqual([
      [lastBefore + 1, true, INDICATOR_NAME],
      [lastBefore + 2, true, INDICATOR_DESCRIPTION],
      [lastBefore + 3, true, indicatorCondition('0.10')],
    ]);
    const supervisor = spreadsheet.namedRanges().find((range) => range.name === NAMES.supervisor);
    expect(settingsTab.valueAt(supervisor?.range.row ?? 0, 2)).toBe('นางสาวผู้กำกับ คนใหม่');
  });
});
