/** A small helper to make elements. */

type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * An element with attributes (`className`, `textContent` and other properties set
 * directly; names with a dash or `aria`/`data` as attributes) and children.
 *
 * @example el('button', { type: 'button', 'aria-label': 'ปิด' }, '×')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'className') element.className = String(value);
    else if (name === 'textContent') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(child);
  }
  return element;
}

/** The A1 name of a cell. */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let number = column; number > 0; number = Math.floor((number - 1) / 26)) {
    letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

/** The letters of a column. */
export function columnLetters(column: number): string {
  return cellName(1, column).replace(/\d+$/, '');
}
