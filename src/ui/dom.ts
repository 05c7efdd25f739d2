// Small helpers for building the DOM safely: text always goes in as text,
// never as HTML, so nothing a story or a player writes can become markup.

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function button(label: string, onClick: () => void, attributes: Attributes = {}): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

/** Shows a native modal dialog; on close it is removed and focus returns to where it was. */
export function showDialog(
  dialog: HTMLDialogElement,
  opener: HTMLElement | null = document.activeElement instanceof HTMLElement ? document.activeElement : null,
): void {
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/**
 * A table that may be wider than a phone scrolls inside its own box, never
 * the page; the box is focusable and named so keyboards can scroll it.
 */
export function scrollable(table: HTMLTableElement, label: string): HTMLDivElement {
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `Table: ${label}` }, table);
}
