/**
 * The scope table read from Google's reference (`gas-types-detailed`): the
 * committed `reference.json` is what the package says, and the table answers
 * with the scopes and return types of the reference pages.
 */

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentedScopes, readReferenceTable } from '../../../emulator/scopes/read-reference';
import { buildScopeTable, className, scopeTable } from '../../../emulator/scopes/table';

const ROOT = join(__dirname, '..', '..', '..');
const REFERENCE_JSON = join(ROOT, 'emulator', 'scopes', 'reference.json');
const PACKAGE = join(ROOT, 'node_modules', 'gas-types-detailed');
const AUTH = 'https://www.googleapis.com/auth/';

describe('reference.json', () => {
  it('is exactly what gas-types-detailed says (UPDATE_SCOPE_TABLE=1 rewrites it)', () => {
    const fresh = readReferenceTable(PACKAGE);
    if (process.env.UPDATE_SCOPE_TABLE === '1') {
      writeFileSync(REFERENCE_JSON, JSON.stringify(fresh));
      execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', REFERENCE_JSON]);
    }
    expect(JSON.parse(readFileSync(REFERENCE_JSON, 'utf8'))).toEqual(fresh);
  });
});

describe('reading a method’s "Authorization" section', () => {
  it('takes every scope line, in the page’s order', () => {
    const doc = [
      '/**',
      '       * Gets the root folder.',
      '       *',
      '       * Authorization:',
      '       *',
      '       * Scripts that use this method require authorization with one or more of the following scopes:',
      '       * - https://www.googleapis.com/auth/drive.readonly',
      '       * - https://www.googleapis.com/auth/drive',
      '       *',
      '       * https://developers.google.com/apps-script/reference/drive/drive-app#getRootFolder()',
      '       */',
    ].join('\n');
    expect(documentedScopes(doc)).toEqual(['drive.readonly', 'drive']);
  });

  it('finds none where the page lists none', () => {
    expect(documentedScopes('/**\n * Return:\n * - Menu — The new menu builder.\n */')).toEqual([]);
  });
});

describe('the scope table', () => {
  const table = scopeTable();

  it.each([
    ['Drive.DriveApp', 'createFolder', ['drive']],
    ['Drive.DriveApp', 'getRootFolder', ['drive.readonly', 'drive']],
    ['Drive.Folder', 'createFile', ['drive']],
    ['Base.Ui', 'showSidebar', ['script.container.ui']],
    ['Base.Ui', 'showModalDialog', ['script.container.ui']],
    ['Base.Ui', 'createAddonMenu', []],
    ['Spreadsheet.SpreadsheetApp', 'getActive', ['spreadsheets.currentonly', 'spreadsheets']],
    ['Spreadsheet.SpreadsheetApp', 'openById', ['spreadsheets']],
    ['Spreadsheet.Range', 'setValues', ['spreadsheets.currentonly', 'spreadsheets']],
    ['Document.DocumentApp', 'create', ['documents']],
    ['Base.Session', 'getActiveUser', ['userinfo.email']],
    ['Base.Session', 'getScriptTimeZone', []],
    ['Utilities.Utilities', 'formatDate', []],
  ])('%s.%s needs %j', (type, method, scopes) => {
    expect(table.method(type, method)?.scopes).toEqual(scopes.map((scope) => `${AUTH}${scope}`));
  });

  it('follows the declared return types, arrays too', () => {
    expect(table.method('Spreadsheet.SpreadsheetApp', 'getActive')?.returns).toBe('Spreadsheet.Spreadsheet');
    expect(table.method('Spreadsheet.Spreadsheet', 'getSheets')?.returns).toBe('Spreadsheet.Sheet[]');
    expect(table.method('Spreadsheet.SpreadsheetApp', 'getUi')?.returns).toBe('Base.Ui');
    expect(table.method('Spreadsheet.Range', 'getValues')?.returns).toBeUndefined();
    expect(table.globalType('SpreadsheetApp')).toBe('Spreadsheet.SpreadsheetApp');
    expect(table.globalType('DriveApp')).toBe('Drive.DriveApp');
  });

  it('gives the Sheets document classes’ scopes to the few methods the package lists none for', () => {
    const getSheets = table.method('Spreadsheet.Spreadsheet', 'getSheets');
    expect(getSheets?.source).toBe('inferred');
    expect(getSheets?.scopes).toEqual([`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`]);
    expect(getSheets?.url).toBe(
      'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet',
    );
    // Builders touch no document: still none.
    expect(table.method('Spreadsheet.DataValidationBuilder', 'requireCheckbox')?.scopes).toEqual([]);
  });

  it.each([
    [
      'Drive_v3.Drive.V3.Collection.FilesCollection',
      'create',
      'drive.files.create',
      ['drive', 'drive.appdata', 'drive.file'],
    ],
    [
      'Drive_v3.Drive.V3.Collection.FilesCollection',
      'update',
      'drive.files.update',
      ['drive', 'drive.appdata', 'drive.file', 'drive.metadata', 'drive.scripts'],
    ],
    [
      'Docs.Collection.DocumentsCollection',
      'batchUpdate',
      'docs.documents.batchUpdate',
      ['documents', 'drive', 'drive.file'],
    ],
  ])('the advanced %s.%s is %s, needing %j', (type, method, rest, scopes) => {
    const entry = table.method(type, method);
    expect(entry?.rest).toBe(rest);
    expect(entry?.scopes).toEqual(scopes.map((scope) => `${AUTH}${scope}`));
    expect(entry?.url).toMatch(/^https:\/\/developers\.google\.com\/(drive|docs)\/api\/reference\/rest\//);
  });

  it('a collection of an advanced global is a property holding a typed object', () => {
    expect(table.property('Drive', 'Files')).toBe('Drive_v3.Drive.V3.Collection.FilesCollection');
    expect(table.property('Docs', 'Documents')).toBe('Docs.Collection.DocumentsCollection');
  });

  it('an override wins over the package, with its link', () => {
    const reference = JSON.parse(readFileSync(REFERENCE_JSON, 'utf8'));
    const overridden = buildScopeTable({
      reference,
      overrides: [
        {
          type: 'Base.Ui',
          method: 'alert',
          scopes: ['script.container.ui'],
          url: 'https://developers.google.com/apps-script/reference/base/ui#alert(String)',
        },
      ],
    });
    expect(overridden.method('Base.Ui', 'alert')).toMatchObject({
      scopes: [`${AUTH}script.container.ui`],
      source: 'override',
      url: 'https://developers.google.com/apps-script/reference/base/ui#alert(String)',
    });
    expect(scopeTable().method('Base.Ui', 'alert')?.scopes).toEqual([]);
  });

  it('names a type as Apps Script’s messages do', () => {
    expect(className('Spreadsheet.Range')).toBe('Range');
    expect(className('Drive.DriveApp')).toBe('DriveApp');
  });
});
