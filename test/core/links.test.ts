/**
 * safeLink: only http(s) web addresses become links; every other text, however
 * it hides its scheme, stays inert text. Checked against the WHATWG URL parser
 * (what a browser does with an href) as the oracle.
 */

import fc from 'fast-check';
import { safeLink } from '../../src/core/links';
import { TRACKING } from '../../src/core/messages';
import { milestones, readOne, settingsWith } from './report-fixtures';

/** What a browser makes of an href: its scheme, or `undefined` when it is no URL at all. */
function browserScheme(href: string): string | undefined {
  try {
    return new URL(href).protocol;
  } catch {
    return undefined;
  }
}

describe('safeLink: addresses that become links', () => {
  it.each([
    ['https://drive.google.com/file/d/1AbC-review/view', 'https://drive.google.com/file/d/1AbC-review/view'],
    ['http://intranet.example.go.th/forum?id=1&x=2', 'http://intranet.example.go.th/forum?id=1&x=2'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['  https://example.com/a \n', 'https://example.com/a'],
    ['https://ตัวอย่าง.ไทย/รายงาน.pdf', 'https://ตัวอย่าง.ไทย/รายงาน.pdf'],
    ['http://127.0.0.1:8080/drive/doc-1', 'http://127.0.0.1:8080/drive/doc-1'],
    ['https://example.com#หลักฐาน', 'https://example.com#หลักฐาน'],
    ['https://example.com?q=1', 'https://example.com?q=1'],
    ['https://example.com./', 'https://example.com./'],
    // A quote is part of the address; the renderers escape it.
    ['https://example.test/"onmouseover="alert(1)', 'https://example.test/"onmouseover="alert(1)'],
  ])('%p links to %p', (text, href) => {
    expect(safeLink(text)).toBe(href);
    expect(['http:', 'https:']).toContain(browserScheme(href));
  });
});

describe('safeLink: texts that stay text', () => {
  it.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['javascript://example.com/%0aalert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/a'],
    ['mailto:someone@example.com'],
    ['//example.com/a'],
    ['https:example.com'],
    ['http:/example.com'],
    ['https://'],
    ['https:///path'],
    ['https:// example.com'],
    ['https://exa mple.com'],
    ['https://example.com/a b'],
    ['https://example.com/\u200b'],
    ['\u200fhttps://example.com'],
    ['h\tttps://example.com'],
    ['https\u0000://example.com'],
    ['https://example.com\u0007'],
    ['https://user:secret@example.com'],
    ['https://drive.google.com@evil.test/'],
    ['https://example.com\\@evil.test'],
    ['https://[::1]/'],
    ['https://example.com:99999/'],
    ['https://example.com:/'],
    ['https://1.2.3.999/'],
    ['https://a.1/'],
    ['ดูในแฟ้ม'],
    [''],
  ])('%p', (text) => {
    expect(safeLink(text)).toBeUndefined();
  });

  it('a value that is not text is no link', () => {
    expect(safeLink(42 as unknown as string)).toBeUndefined();
  });
});

/** Characters that hide a scheme from a person and are dropped or skipped by a browser. */
const HIDING = fc.constantFrom(
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u2028',
  '\ufeff',
);

/** A text with hiding characters put at random places and its letters in random case. */
function disguised(base: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      fc.array(fc.tuple(fc.nat(base.length), HIDING), { maxLength: 4 }),
    )
    .map(([upper, inserts]) => {
      let text = [...base].map((char, index) => (upper[index] ? char.toUpperCase() : char)).join('');
      for (const [at, char] of [...inserts].sort((a, b) => b[0] - a[0])) {
        text = text.slice(0, at) + char + text.slice(at);
      }
      return text;
    });
}

/** Characters that make an address odd to a URL parser: separators, IP-like digits, Thai, `%`, `\`. */
const TRICKY = fc.constantFrom(...'ab.-_:/?#@[]\\%0259xnกไ๑'.split(''), '\u0e4f', '\u00e9');

const SCHEME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789+.-';

describe('safeLink: the rule for every scheme', () => {
  it('no scheme but http and https is ever a link', () => {
    const scheme = fc
      .tuple(
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
        fc.string({ unit: fc.constantFrom(...SCHEME_CHARS), maxLength: 10 }),
      )
      .map(([first, rest]) => first + rest)
      .filter((name) => name !== 'http' && name !== 'https');
    fc.assert(
      fc.property(scheme, fc.string({ unit: 'grapheme' }), fc.boolean(), (name, rest, slashes) => {
        expect(safeLink(`${name}:${slashes ? '//' : ''}${rest}`)).toBeUndefined();
      }),
      { seed: 16, numRuns: 2000 },
    );
  });

  it('a dangerous scheme in any case, with spaces, tabs, control or invisible characters anywhere, is no link', () => {
    const dangerous = fc
      .constantFrom('javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///x')
      .chain(disguised);
    fc.assert(
      fc.property(dangerous, (text) => {
        expect(safeLink(text)).toBeUndefined();
      }),
      { seed: 1016, numRuns: 2000 },
    );
  });

  it('http(s) with a hiding character inside the address is no link either (it is not what it looks like)', () => {
    const hidden = fc
      .tuple(fc.constantFrom('http://', 'https://'), fc.constantFrom('example.com/a', 'drive.google.com/x'))
      .chain(([scheme, rest]) =>
        fc.tuple(fc.nat(scheme.length + rest.length - 2), HIDING).map(([at, char]) => {
          const text = scheme + rest;
          const inside = 1 + at;
          return text.slice(0, inside) + char + text.slice(inside);
        }),
      );
    fc.assert(
      fc.property(hidden, (text) => {
        expect(safeLink(text)).toBeUndefined();
      }),
      { seed: 2566, numRuns: 1000 },
    );
  });

  it('whatever it accepts, a browser reads as an http(s) address, the same text', () => {
    const prefix = fc.constantFrom('https://', 'http://', 'HTTP://', 'javascript:', 'data:', ' https://', '');
    let accepted = 0;
    fc.assert(
      fc.property(
        prefix,
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: TRICKY })),
        (start, rest) => {
          const text = start + rest;
          const link = safeLink(text);
          if (link === undefined) return;
          accepted++;
          expect(link).toBe(text.trim());
          expect(['http:', 'https:']).toContain(browserScheme(link));
        },
      ),
      { seed: 10, numRuns: 5000 },
    );
    // The property saw links, not only refusals.
    expect(accepted).toBeGreaterThan(200);
  });

  it('every plain http(s) web address is a link to itself', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
        (url) => {
          expect(safeLink(url)).toBe(url);
          expect(['http:', 'https:']).toContain(browserScheme(url));
        },
      ),
      { seed: 83, numRuns: 2000 },
    );
  });
});

describe('check data agrees with safeLink', () => {
  const settings = settingsWith();
  /** Whether check data lists the round-1 review evidence `text` as not a link. */
  const flagged = (text: string): boolean => {
    const { status } = readOne(
      1,
      { division: 'กองคลัง', ...milestones(1, [true, false, 0]), 'evidence:reviewDone': text },
      settings,
    );
    return status.problems.some((problem) => problem.includes(TRACKING.evidenceNotLink(`"${text}"`)));
  };

  it.each([
    ['https://drive.google.com/file/d/1AbC/view', false],
    ['javascript:alert(1)', true],
    ['https://drive.google.com@evil.test/', true],
    ['https://example.com/\u0007', true],
    ['ดูในแฟ้ม', true],
  ])('evidence %p is flagged: %p', (text, expected) => {
    expect(flagged(text)).toBe(expected);
  });

  it('flags evidence exactly when it is shown as text, not as a link', () => {
    const evidence = fc.oneof(
      fc.webUrl({ validSchemes: ['http', 'https'] }),
      fc
        .constantFrom('https://', 'http://', 'javascript:', 'data:')
        .chain((start) => fc.string({ unit: TRICKY, minLength: 1 }).map((rest) => start + rest)),
    );
    fc.assert(
      fc.property(evidence, (text) => {
        expect(flagged(text)).toBe(safeLink(text) === undefined);
      }),
      { seed: 352, numRuns: 300 },
    );
  });
});
