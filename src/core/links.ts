/**
 * Which texts become links. A cell's text is shown as a link (in the Doc, the
 * PDF, the HTML form, the sidebar and the preview's grid) only when it is a web
 * address a person would paste: `http://` or `https://`, a host name, then
 * anything printable. Everything else (`javascript:`, `data:`, `file:`, a scheme
 * hidden behind spaces, tabs, control or invisible characters) stays inert text.
 *
 * The rule is a grammar, not `new URL()`: the server code runs in Apps Script,
 * whose V8 has no `URL` (a Web API, not ECMAScript); the emulator's vm has none
 * either. The tests check the grammar against the WHATWG URL parser.
 */

/**
 * A host: labels of ASCII letters, digits, `-` and `_` or Thai letters, marks and
 * digits (a Thai domain such as `ตัวอย่าง.ไทย`), separated by dots, with an
 * optional final dot. IP literals in brackets (IPv6) are not accepted.
 */
const LABEL = '[A-Za-z0-9_\\u0E01-\\u0E3A\\u0E40-\\u0E4E\\u0E50-\\u0E59-]+';

/** Scheme, host, optional port, then a path, query or fragment of printable characters. */
const WEB_ADDRESS = new RegExp(
  `^https?://((?:${LABEL}\\.)*${LABEL}\\.?)(?::(\\d{1,5}))?(?:[/?#][^\\s\\p{C}\\p{Z}]*)?$`,
  'iu',
);

/** A host whose last label is a number is an IPv4 address to a browser; it must be a whole one. */
const NUMERIC_LABEL = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.?$/;

/**
 * The address to link to when `text` (trimmed) is an `http:`/`https:` web
 * address, else `undefined`: then the text is shown as it is, never as a link.
 *
 * @example safeLink(' https://drive.google.com/file/d/1AbC/view ') // 'https://drive.google.com/file/d/1AbC/view'
 * @example safeLink('javascript:alert(1)') // undefined
 * @example safeLink('java\tscript:alert(1)') // undefined
 */
export function safeLink(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const address = text.trim();
  const match = WEB_ADDRESS.exec(address);
  if (match === null) return undefined;
  const host = match[1] as string;
  const port = match[2];
  if (port !== undefined && Number(port) > 65_535) return undefined;
  if (NUMERIC_LABEL.test(host)) {
    const ip = IPV4.exec(host);
    if (ip === null || ip.slice(1).some((part) => Number(part) > 255)) return undefined;
  }
  return address;
}
