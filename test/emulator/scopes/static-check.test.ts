/**
 * The static scope check on small programs held in memory: it must see every
 * Apps Script call through the type checker and report what the manifest lacks
 * or declares for nothing.
 */

import { join } from 'node:path';
import ts from 'typescript';
import type { Manifest } from '../../../emulator/scopes/manifest';
import type { ReferenceTable } from '../../../emulator/scopes/read-reference';
import {
  checkScopes,
  findAppsScriptCalls,
  formatScopeReport,
  scopeReportPasses,
} from '../../../emulator/scopes/static-check';
import { buildScopeTable, scopeTable } from '../../../emulator/scopes/table';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'in-memory', 'main.ts');
const AUTH = 'https://www.googleapis.com/auth/';

let previous: ts.Program | undefined;

/** A program of one file, typed with @types/google-apps-script as the add-on is (the libraries parsed once). */
function programOf(code: string): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2019,
    lib: ['lib.es2020.d.ts'],
    strict: true,
    noEmit: true,
    types: ['google-apps-script'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, ...rest) =>
    fileName === MAIN
      ? ts.createSourceFile(fileName, code, version)
      : getSourceFile(fileName, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === MAIN || fileExists(fileName);
  previous = ts.createProgram([MAIN], options, host, previous);
  return previous;
}

function callsIn(code: string) {
  return findAppsScriptCalls(programOf(code), (fileName) => fileName === MAIN, ROOT);
}

const manifest = (...scopes: string[]): Manifest => ({
  oauthScopes: scopes.map((scope) => `${AUTH}${scope}`),
});

describe('finding Apps Script calls with the type checker', () => {
  it('names each call by its receiver’s Apps Script type, through return types and arrays', () => {
    const calls = callsIn(
      [
        'const sheet = SpreadsheetApp.getActive().getSheets()[0];',
        'sheet.getRange(1, 1).setValues([[1]]);',
      ].join('\n'),
    );
    expect(calls).toEqual([
      { type: 'Spreadsheet.SpreadsheetApp', method: 'getActive', at: 'in-memory/main.ts:1' },
      { type: 'Spreadsheet.Spreadsheet', method: 'getSheets', at: 'in-memory/main.ts:1' },
      { type: 'Spreadsheet.Sheet', method: 'getRange', at: 'in-memory/main.ts:2' },
      { type: 'Spreadsheet.Range', method: 'setValues', at: 'in-memory/main.ts:2' },
    ]);
  });

  it('sees a receiver typed some other way (a Pick) as the interface that declares the method', () => {
    const calls = callsIn(
      "function write(range: Pick<GoogleAppsScript.Spreadsheet.Range, 'setValues'>) { range.setValues([[1]]); }",
    );
    expect(calls.map((call) => `${call.type}.${call.method}`)).toEqual(['Spreadsheet.Range.setValues']);
  });

  it('sees the advanced Drive service through its collection, and a property read is no call', () => {
    const calls = callsIn("const files = Drive!.Files;\nfiles.create({ name: 'x' });");
    expect(calls.map((call) => `${call.type}.${call.method}`)).toEqual([
      'Drive_v3.Drive.V3.Collection.FilesCollection.create',
    ]);
  });

  it('ignores methods of the add-on’s own objects, and enum reads', () => {
    const calls = callsIn(
      'const mine = { createFolder(name: string) { return name; } };\nmine.createFolder("x");\nconst kind = SpreadsheetApp.ProtectionType.RANGE;\nvoid kind;',
    );
    expect(calls).toEqual([]);
  });
});

describe('checking the calls against the manifest', () => {
  it('reports DriveApp.createFolder under drive.file alone: it needs the full drive scope', () => {
    const report = checkScopes(
      callsIn("DriveApp.createFolder('Reports');"),
      manifest('drive.file'),
      scopeTable(),
    );
    expect(scopeReportPasses(report)).toBe(false);
    expect(report.unauthorized.map((use) => [`${use.type}.${use.method}`, use.scopes])).toEqual([
      ['Drive.DriveApp.createFolder', [`${AUTH}drive`]],
    ]);
    expect(report.unneeded).toEqual([{ scope: `${AUTH}drive.file`, authorizes: [] }]);
    const text = formatScopeReport(report);
    expect(text).toContain(
      'NOT AUTHORIZED Drive.DriveApp.createFolder (in-memory/main.ts:1) needs one of https://www.googleapis.com/auth/drive; appsscript.json declares none of them',
    );
    expect(text).toContain('UNNEEDED https://www.googleapis.com/auth/drive.file: no call needs it');
    expect(text).toContain('Drive.DriveApp.createFolder: NONE of ← https://www.googleapis.com/auth/drive');
  });

  it('passes when the manifest declares exactly what the calls need', () => {
    const report = checkScopes(callsIn("DriveApp.createFolder('Reports');"), manifest('drive'), scopeTable());
    expect(scopeReportPasses(report)).toBe(true);
    expect(report.uses.map((use) => use.granted)).toEqual([[`${AUTH}drive`]]);
  });

  it('reports two scopes that authorize the same calls: neither is needed while the other is there', () => {
    const calls = callsIn('SpreadsheetApp.getActive().getSpreadsheetTimeZone();');
    const both = checkScopes(calls, manifest('spreadsheets.currentonly', 'spreadsheets'), scopeTable());
    expect(both.unneeded.map((entry) => entry.scope)).toEqual([
      `${AUTH}spreadsheets.currentonly`,
      `${AUTH}spreadsheets`,
    ]);
    expect(formatScopeReport(both)).toContain('is authorized by another declared scope too');
    expect(scopeReportPasses(checkScopes(calls, manifest('spreadsheets.currentonly'), scopeTable()))).toBe(
      true,
    );
  });

  it('reports a called method the table does not know', () => {
    const empty: ReferenceTable = { source: 'test', globals: {}, types: {} };
    const report = checkScopes(
      callsIn('Session.getScriptTimeZone();'),
      manifest(),
      buildScopeTable({ reference: empty }),
    );
    expect(report.unknown).toEqual([
      { type: 'Base.Session', method: 'getScriptTimeZone', at: ['in-memory/main.ts:1'] },
    ]);
    expect(formatScopeReport(report)).toContain('UNKNOWN Base.Session.getScriptTimeZone');
  });
});
