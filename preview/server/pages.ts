/**
 * The HTML the preview serves besides its own page: the sidebar and dialogs of
 * dist/ exactly as built, with two things put in front as Apps Script puts its
 * own there: the `google.script` client (here a shim that POSTs to the preview's
 * server) and the Sarabun font, served from the npm package, never the network.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREVIEW_LINK_SOURCE } from '../shared/drive-links';

/** The weights of Sarabun the pages use. */
const WEIGHTS = [400, 500, 600, 700] as const;

/**
 * `google.script.run` and `google.script.host` for a page of dist/: each server
 * function is a POST to `/api/script-run`, answered later, never at once, as
 * Apps Script does; `host.close()` asks the preview's window to close the dialog.
 */
export const GOOGLE_SCRIPT_SHIM = `(function () {
  'use strict';
  function send(name, args, success, failure, userObject) {
    fetch('/api/script-run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: name, args: args }),
    })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        if (result.ok) { if (success) success(result.value, userObject); }
        else if (failure) failure(new Error(result.error), userObject);
      })
      .catch(function (error) { if (failure) failure(new Error('NetworkError: ' + error.message), userObject); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, property) {
        if (property === 'withSuccessHandler') return function (handler) { return runner(handler, failure, userObject); };
        if (property === 'withFailureHandler') return function (handler) { return runner(success, handler, userObject); };
        if (property === 'withUserObject') return function (object) { return runner(success, failure, object); };
        if (typeof property !== 'string' || property === 'then') return undefined;
        return function () { send(property, Array.prototype.slice.call(arguments), success, failure, userObject); };
      },
    });
  }
  // Google Docs and Drive links of the add-on open from the preview's own Drive.
  var previewLink = ${PREVIEW_LINK_SOURCE};
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (link) link.href = previewLink(link.href);
  }, true);
  function tell(message) { if (window.parent !== window) window.parent.postMessage(message, location.origin); }
  window.google = {
    script: {
      get run() { return runner(); },
      host: {
        close: function () { tell({ kpiPreview: 'close' }); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () { tell({ kpiPreview: 'focus' }); } },
        origin: location.origin,
      },
    },
  };
})();
`;

/**
 * A page of dist/ as the preview serves it, or `undefined` when dist/ has no such
 * file. Read afresh each time, so a rebuild shows at the next opening.
 */
export function distPage(distDir: string, file: string): string | undefined {
  if (!/^[\w-]+$/.test(file)) return undefined;
  const path = join(distDir, `${file}.html`);
  if (!existsSync(path)) return undefined;
  const html = readFileSync(path, 'utf8');
  const head =
    '<link rel="stylesheet" href="/fonts/sarabun.css"><script src="/preview/google-script.js"></script>';
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return head + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + head + html.slice(end);
}

/** The folder of `@fontsource/sarabun`. */
export function sarabunDir(root: string): string {
  return join(root, 'node_modules/@fontsource/sarabun');
}

/** The `@font-face` rules of Sarabun, their files under `/fonts/files/`. */
export function sarabunCss(root: string): string {
  return WEIGHTS.map((weight) => readFileSync(join(sarabunDir(root), `${weight}.css`), 'utf8'))
    .join('\n')
    .replace(/url\(\.\/files\//g, 'url(/fonts/files/');
}

/** A font file of the package, or `undefined` for any other name. */
export function sarabunFile(root: string, name: string): Buffer | undefined {
  if (!/^sarabun-[\w-]+\.woff2?$/.test(name)) return undefined;
  const path = join(sarabunDir(root), 'files', name);
  return existsSync(path) ? readFileSync(path) : undefined;
}
