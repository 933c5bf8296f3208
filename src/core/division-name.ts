/**
 * When two division names are the same division. Everything keyed by a division
 * (its rows, its report files) compares names through {@link divisionKey}, so two
 * names the add-on treats as one division never get two rows, and two divisions
 * never share a report file.
 */

// Unicode's invisible format characters (category Cf): zero-width spaces and joiners,
// direction marks, the byte-order mark, the soft hyphen… Text pasted from other apps carries them.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * The key a division name is compared by: invisible format characters (Unicode
 * category Cf) removed, Unicode NFC, runs of white space folded to one space,
 * the ends trimmed, lower case. `''` for a name with nothing visible in it.
 *
 * @example divisionKey(' กองA\u200b ') // 'กองa'
 * @example divisionKey('Cafe\u0301') === divisionKey('Café') // true
 */
export function divisionKey(name: string): string {
  const folded = name
    .replace(FORMAT_CHARACTERS, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  // Lower-casing can decompose a letter (İ → i + U+0307): normalise again so the key is stable.
  return folded.normalize('NFC');
}

/**
 * Whether two names are the same division (their {@link divisionKey}s match and
 * are not empty).
 *
 * @example sameDivision('กองคลัง', ' กองคลัง\u200f') // true
 */
export function sameDivision(one: string, other: string): boolean {
  const key = divisionKey(one);
  return key !== '' && key === divisionKey(other);
}
