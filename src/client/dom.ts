/**
 * Building the page safely: every text given here becomes a text node or an
 * attribute value, never markup, so a division named `<img src=x onerror=…>` is
 * shown as those characters. Nothing in `src/client/` sets `innerHTML`.
 */

/** A child of {@link el}: a node, a text (shown as text), or nothing. */
export type Child = Node | string | null | undefined | false;

/** What {@link el} sets on a new element. */
export interface ElementOptions {
  readonly className?: string;
  readonly id?: string;
  /** Attributes, set with `setAttribute` (values are never parsed as markup). */
  readonly attrs?: Readonly<Record<string, string>>;
}

/**
 * A new element with `options` and `children` (texts become text nodes).
 *
 * @example el('p', { className: 'hint' }, 'เลือกแถวของหน่วยงาน')
 */
export function el<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.id) element.id = options.id;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  append(element, ...children);
  return element;
}

/** Appends `children` to `parent`, texts as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Marks `button` as working, or not: `aria-disabled` rather than `disabled`, so it
 * keeps focus and is read as unavailable; its click handler ignores it meanwhile.
 */
export function busy(button: HTMLButtonElement, working: boolean): void {
  if (working) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

/** Text only a screen reader reads (the eye gets a mark or a bar instead). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { className: 'sr-only' }, text);
}

/** Something the eye sees and a screen reader skips (it gets {@link srOnly} text instead). */
export function visualOnly(...children: Child[]): HTMLSpanElement {
  return el('span', { attrs: { 'aria-hidden': 'true' } }, ...children);
}

/** A link that opens `href` in a new tab without giving that tab a handle on this page. */
export function externalLink(href: string, text: string, label: string, focusKey: string): HTMLAnchorElement {
  return el(
    'a',
    {
      attrs: {
        href,
        target: '_blank',
        rel: 'noopener noreferrer',
        'aria-label': label,
        'data-focus': focusKey,
      },
    },
    text,
  );
}

/**
 * Replaces the contents of `containers` by running `redraw`, keeping what the
 * user had: the focused control (found again by its `data-focus` key) and the
 * scroll position.
 */
export function redrawKeepingFocus(containers: readonly HTMLElement[], redraw: () => void): void {
  const scroller = document.scrollingElement ?? document.documentElement;
  const scrollTop = scroller.scrollTop;
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && containers.some((container) => container.contains(active));
  const focusKey = inside ? active.getAttribute('data-focus') : null;
  redraw();
  if (inside && !active.isConnected) {
    // The focused control was redrawn: focus its new copy, or else the first container
    // (which has tabindex="-1"), so focus never falls back to the top of the page.
    const again = focusKey === null ? null : findFocusKey(containers, focusKey);
    (again ?? containers[0])?.focus({ preventScroll: true });
  }
  if (scroller.scrollTop !== scrollTop) scroller.scrollTop = scrollTop;
}

function findFocusKey(containers: readonly HTMLElement[], key: string): HTMLElement | null {
  for (const container of containers) {
    for (const candidate of Array.from(container.querySelectorAll<HTMLElement>('[data-focus]'))) {
      if (candidate.getAttribute('data-focus') === key) return candidate;
    }
  }
  return null;
}
