/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The one way the page makes elements: text goes in as text nodes, attributes
 * through setAttribute, never markup. No user or catalogue string is ever
 * parsed as HTML.
 */
import { InternalError } from '../../errors.js';
export type Child = Node | string | null | undefined | false;
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new InternalError(`form: no inline handlers (${name})`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replace all children of an element. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** Ids built from criterion ids (letters, digits, dots, hyphens) stay valid and unique. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id}`;
}
