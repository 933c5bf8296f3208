import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { digestText, sha256 } from '../../src/core/digest';

const hex = (bytes: number[]) => bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');

describe('sha256', () => {
  // FIPS 180-4 examples (https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('%j → %s', (text, expected) => {
    expect(hex(sha256(text))).toBe(expected);
  });

  it('is the SHA-256 of the UTF-8 bytes for any text, Thai and astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(hex(sha256(text))).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
      }),
      { seed: 10, numRuns: 500 },
    );
    const long = 'กองคลัง'.repeat(600);
    expect(hex(sha256(long))).toBe(createHash('sha256').update(long, 'utf8').digest('hex'));
  });
});

describe('digestText', () => {
  it('is base64url of the digest, cut to the length asked (22 by default, 43 at most)', () => {
    const full = createHash('sha256').update('กองคลัง', 'utf8').digest('base64url');
    expect(digestText('กองคลัง', 43)).toBe(full);
    expect(digestText('กองคลัง')).toBe(full.slice(0, 22));
    expect(digestText('กองคลัง', 12)).toBe(full.slice(0, 12));
    expect(digestText('กองคลัง', 100)).toBe(full);
    expect(digestText('abc', 8)).toBe('ungWv48B');
  });
});
