/**
 * Scopes proven from the reference: every Apps Script method the server code
 * calls (found by the type checker from src/server/globals.ts) against the
 * manifest the build ships. Fails on a method the scope table does not know, a
 * call no declared scope authorizes, or a declared scope no call needs; the
 * failure prints which call needs which scope.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../emulator/scopes/manifest';
import {
  checkScopes,
  findAppsScriptCalls,
  formatScopeReport,
  isSourceOf,
  serverProgram,
} from '../../emulator/scopes/static-check';
import { scopeTable } from '../../emulator/scopes/table';
import { DIST } from './dist';

const ROOT = join(__dirname, '..', '..');

describe('the manifest’s scopes, call by call against the reference', () => {
  const calls = findAppsScriptCalls(serverProgram(ROOT), isSourceOf(ROOT), ROOT);
  const manifest = readManifest(join(ROOT, 'appsscript.json'));
  const report = checkScopes(calls, manifest, scopeTable());
  const text = formatScopeReport(report);

  it('sees the add-on’s calls (the check is not vacuous)', () => {
    const called = new Set(calls.map((call) => `${call.type}.${call.method}`));
    for (const method of [
      'Spreadsheet.SpreadsheetApp.getActive',
      'Spreadsheet.Range.setValues',
      'Base.Ui.showSidebar',
      'Document.Document.addFooter',
      'Docs.Collection.DocumentsCollection.get',
      'Docs.Collection.DocumentsCollection.batchUpdate',
    ]) {
      expect(called).toContain(method);
    }
  });

  it('every method called is in the scope table', () => {
    expect(text).not.toMatch(/^UNKNOWN /m);
  });

  it('every call is authorized by a declared scope', () => {
    expect(text).not.toMatch(/^NOT AUTHORIZED /m);
  });

  it('every declared scope is needed by some call', () => {
    expect(text).not.toMatch(/^UNNEEDED /m);
  });

  it('dist/ ships that manifest', () => {
    expect(JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});
