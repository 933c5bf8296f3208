import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddOn } from '../../emulator/apps-script/vm-host';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { bangkokDate } from '../golden';
import { DIST, loadDist } from './dist';

const CUSTOM_FUNCTIONS = ['KPILEVEL', 'KPILATEDAYS', 'KPIPENALTY', 'KPISCORE', 'KPIWEIGHTED', 'KPINEXT'];
const EXPECTED_PARAMS: Record<string, string[]> = {
  KPILEVEL: ['round', 'milestones', 'card'],
  KPILATEDAYS: ['due', 'submitted', 'asOf', 'dayCount', 'holidays'],
  KPIPENALTY: ['due', 'submitted', 'asOf', 'ratePerDay', 'dayCount', 'holidays'],
  KPISCORE: ['round', 'milestones', 'due', 'submitted', 'asOf', 'ratePerDay', 'dayCount', 'holidays', 'card'],
  KPIWEIGHTED: ['score', 'weight'],
  KPINEXT: ['round', 'milestones', 'card'],
};

/** Every top-level `function NAME(params)` of the built files, with the text right above it. */
function topLevelFunctions(): { name: string; params: string[]; above: string }[] {
  const found: { name: string; params: string[]; above: string }[] = [];
  for (const file of ['globals.js', 'bundle.js']) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const match of code.matchAll(/^function ([A-Za-z_$][\w$]*)\(([^)]*)\) \{$/gm)) {
      const params = (match[2] ?? '')
        .split(',')
        .map((param) => param.trim())
        .filter(Boolean);
      found.push({ name: match[1] as string, params, above: code.slice(0, match.index) });
    }
  }
  return found;
}

/** The JSDoc block that ends on the line directly above a declaration, if any. */
function jsdocDirectlyAbove(textBefore: string): string | undefined {
  const match = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n$/.exec(textBefore);
  return match?.[0];
}

describe('dist/ as Apps Script reads it', () => {
  const declared = topLevelFunctions();

  it.each(CUSTOM_FUNCTIONS)(
    '%s is a top-level function with @customfunction JSDoc directly above it',
    (name) => {
      const declaration = declared.find((entry) => entry.name === name);
      expect(declaration?.params).toEqual(EXPECTED_PARAMS[name]);
      const jsdoc = jsdocDirectlyAbove(declaration?.above ?? '');
      expect(jsdoc).toContain('@customfunction');
      const paramNames = [...(jsdoc ?? '').matchAll(/@param \{[^}]+\} (\w+)/g)].map((match) => match[1]);
      expect(paramNames).toEqual(EXPECTED_PARAMS[name]);
      const summary = (jsdoc ?? '').split('\n')[1] ?? '';
      expect(summary).toMatch(/[\u0e00-\u0e7f].* — [A-Z][a-z]/); // "Thai — English"
    },
  );

  it('declares no other custom function, and none whose name Apps Script would hide or confuse', () => {
    const custom = declared.filter((entry) =>
      (jsdocDirectlyAbove(entry.above) ?? '').includes('@customfunction'),
    );
    expect(custom.map((entry) => entry.name).sort()).toEqual([...CUSTOM_FUNCTIONS].sort());
    for (const entry of custom) {
      expect(entry.name).toMatch(/^[A-Z]+$/);
      expect(entry.name.endsWith('_')).toBe(false);
    }
  });

  it('loading every dist/*.js touches no Apps Script service', () => {
    const touched: string[] = [];
    const trap = (name: string): unknown =>
      new Proxy(() => undefined, {
        get: (_target, key) => {
          touched.push(`${name}.${String(key)}`);
          return trap(`${name}.${String(key)}`);
        },
        apply: () => {
          touched.push(`${name}()`);
          return trap(`${name}()`);
        },
      });
    const services = ['SpreadsheetApp', 'Session', 'Utilities', 'DocumentApp', 'Drive', 'PropertiesService'];
    const addOn = loadDist(Object.fromEntries(services.map((service) => [service, trap(service)])));
    expect(touched).toEqual([]);
    expect(addOn.functionNames()).toEqual(expect.arrayContaining(CUSTOM_FUNCTIONS));
  });

  it('the manifest is V8, Asia/Bangkok, with exactly the narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});

describe('service calls at call time, counted by the emulator (AuthMode.CUSTOM_FUNCTION)', () => {
  /** dist/ on the emulator over a spreadsheet in `zone`, as Sheets calls a custom function. */
  const customFunctions = (zone = 'Asia/Bangkok', omit: readonly string[] = []) => {
    const addOn = loadAddOn({ distDir: DIST, spreadsheet: new FakeSpreadsheet({ timeZone: zone }), omit });
    return {
      addOn,
      call: (name: string, ...args: unknown[]) => addOn.callAs('customFunction', name, ...args),
      count: (key: string) => addOn.serviceCalls.count(key),
    };
  };

  it('a KPISCORE over 300 rows looks the zone up once and formats each distinct date once', () => {
    const { call, count } = customFunctions();
    const due = bangkokDate('2023-04-10');
    const submittedDays = ['2023-04-07', '2023-04-12', '2023-04-13'].map(bangkokDate);
    const rows = 300;
    const milestones = Array.from({ length: rows }, () => [true, false, 0.6]);
    const dues = Array.from({ length: rows }, () => [due]);
    const submitted = Array.from({ length: rows }, (_, index) => [submittedDays[index % 3]]);
    const result = call('KPISCORE', 1, milestones, dues, submitted) as unknown[][];
    expect(result.length).toBe(rows);
    expect([result[0]?.[0], result[1]?.[0], result[2]?.[0]]).toEqual([1, 0.8, 0.7]);
    expect(
      count('Spreadsheet.SpreadsheetApp.getActive') +
        count('Spreadsheet.SpreadsheetApp.getActiveSpreadsheet'),
    ).toBe(1);
    expect(count('Spreadsheet.Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    expect(count('Base.Session.getScriptTimeZone')).toBe(0);
    expect(count('Utilities.Utilities.formatDate')).toBe(4); // one due date and three submitted dates
  });

  it('KPILEVEL, KPINEXT and KPIWEIGHTED use no service at all', () => {
    const { addOn, call } = customFunctions();
    expect(call('KPILEVEL', 1, [[true, true, 0.6]])).toBe(5);
    expect(call('KPINEXT', 1, [[true, true, 0.6]])).toBe('');
    expect(call('KPIWEIGHTED', 5)).toBe(0.25);
    expect(addOn.serviceCalls.snapshot()).toEqual({});
  });

  it("reads date cells in the spreadsheet's own zone, not Bangkok's, when it has one", () => {
    // 15:00 UTC on 10 April is 22:00 that day in Bangkok but midnight of 11 April in Tokyo.
    const due = new Date(Date.UTC(2023, 3, 10, 1, 0)); // 10 April in both zones
    const submitted = new Date(Date.UTC(2023, 3, 10, 15, 0));
    expect(customFunctions('Asia/Tokyo').call('KPILATEDAYS', due, submitted)).toBe(1);
    expect(customFunctions('Asia/Bangkok').call('KPILATEDAYS', due, submitted)).toBe(0);
  });

  it("falls back to the script's zone when there is no spreadsheet to read", () => {
    const loaded = loadAddOn({
      distDir: DIST,
      spreadsheet: new FakeSpreadsheet(),
      scriptTimeZone: 'Asia/Tokyo',
      omit: ['SpreadsheetApp'],
    });
    const tokyoMidnight = new Date(Date.UTC(2023, 3, 10, 15, 0));
    expect(
      loaded.callAs('customFunction', 'KPILATEDAYS', new Date(Date.UTC(2023, 3, 9, 15, 0)), tokyoMidnight),
    ).toBe(1);
    expect(loaded.serviceCalls.count('Base.Session.getScriptTimeZone')).toBe(1);
  });
});

describe('the other globals Apps Script calls', () => {
  const OTHER_GLOBALS = [
    'onOpen',
    'onInstall',
    'kpiSetUpTrackingSheet',
    'kpiShowAddDivision',
    'kpiShowCheckData',
    'kpiOpenSidebar',
    'getSidebarData',
    'addDivision',
    'checkData',
    'selectCell',
  ];

  it.each(OTHER_GLOBALS)('%s is a top-level function with JSDoc, not a custom function', (name) => {
    const declaration = topLevelFunctions().find((entry) => entry.name === name);
    const jsdoc = jsdocDirectlyAbove(declaration?.above ?? '');
    expect(jsdoc).toMatch(/[\u0e00-\u0e7f].* — [A-Z]/);
    expect(jsdoc).not.toContain('@customfunction');
  });

  it('onOpen in AuthMode.NONE, run from dist/, adds the add-on menu through getUi() and needs nothing else', () => {
    const built: { title: string; items: string[] }[] = [];
    const ui = {
      createAddonMenu: () => {
        const menu = { title: 'Extensions ▸ add-on', items: [] as string[] };
        const builder = {
          addItem: (label: string, functionName: string) => {
            menu.items.push(`${label} → ${functionName}`);
            return builder;
          },
          addSeparator: () => {
            menu.items.push('---');
            return builder;
          },
          addToUi: () => {
            built.push(menu);
          },
        };
        return builder;
      },
    };
    const addOn = loadDist({ SpreadsheetApp: { getUi: () => ui } });
    addOn.call('onOpen', { authMode: 'NONE' });
    expect(built).toEqual([
      {
        title: 'Extensions ▸ add-on',
        items: [
          'เปิดแถบข้าง → kpiOpenSidebar',
          '---',
          'ตั้งค่าชีตติดตามผล → kpiSetUpTrackingSheet',
          'เพิ่มหน่วยงาน → kpiShowAddDivision',
          'ตรวจข้อมูล → kpiShowCheckData',
          'เริ่มปีงบประมาณใหม่… → kpiShowNewFiscalYear',
          '---',
          'เปิดแถบข้างเพื่อสร้างรายงานผล… → kpiOpenSidebar',
        ],
      },
    ]);
  });
});
