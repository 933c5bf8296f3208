/**
 * A short, stable fingerprint of a text.
 */

/**
 * FNV-1a over UTF-16 code units, as 8 hex digits: short, stable, enough to spot a
 * change. Not for keys that must never collide (32 bits: collisions are easy to
 * find); those use `digestText` in `digest.ts`.
 *
 * @example hashText('กองคลัง') // 8 hex digits, the same every time
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
