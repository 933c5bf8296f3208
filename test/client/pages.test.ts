/**
 * The built pages as Apps Script serves them: one self-contained file each, its
 * script and style inline, nothing fetched from anywhere.
 */

import { type PageName, pageHtml } from './page';

const PAGES: readonly PageName[] = ['sidebar', 'add-division', 'check-data'];

describe.each(PAGES)('dist/%s.html', (page) => {
  const html = pageHtml(page);

  it('is a Thai UTF-8 page with one inline style and one inline script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="th">');
    expect(html).toContain('<meta charset="utf-8" />');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    // The script's only end tag is its own: a `</script` inside would end it early.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<!--/);
  });

  it('loads nothing from outside: no src, no stylesheet link, no URL in the CSS', () => {
    expect(html).not.toMatch(/<(script|img|iframe)\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(css).not.toMatch(/@import|url\(/i);
    // No address is written out anywhere (the only one in the code is the pattern links must match).
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  });

  it('uses the system Thai font stack', () => {
    expect(html).toContain('font-family:Sarabun,Noto Sans Thai,Leelawadee UI,Tahoma,sans-serif');
  });

  it('writes Thai as UTF-8 text, not \\u escapes', () => {
    expect(html).toContain('ติดต่อ Google Sheets ไม่สำเร็จ');
  });
});
