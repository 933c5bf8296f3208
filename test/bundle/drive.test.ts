/**
 * Drive under `drive.file`, as built: dist/ calls no `DriveApp` (every `DriveApp`
 * method needs the full `drive` scope), and the manifest enables the Advanced
 * Drive service v3 while declaring only the narrow scopes.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distScripts } from './dist';

describe('Drive in dist/', () => {
  it('no built script names DriveApp', () => {
    const scripts = distScripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.code.includes('DriveApp')).map((script) => script.name)).toEqual(
      [],
    );
  });

  it('the built scripts reach Drive through the Advanced Drive service', () => {
    expect(distScripts().some((script) => /\bDrive\.Files\b/.test(script.code))).toBe(true);
  });

  it('the manifest enables Drive v3 as `Drive` and Docs v1 as `Docs`, with exactly the narrow scopes and never `drive`', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({
      enabledAdvancedServices: [
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
        { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      ],
    });
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('dist/appsscript.json is the project’s manifest, byte for byte', () => {
    expect(readFileSync(join(DIST, 'appsscript.json'), 'utf8')).toBe(
      readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8'),
    );
  });
});
