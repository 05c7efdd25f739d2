// Just enough of the DOM for the game's screen code (src/ui) to run at build
// time in Node and be written out as HTML: elements, attributes, text, and
// listeners that are dropped (the page's scripts attach their own). Text and
// attribute values are escaped, as the DOM would.

const VOID: readonly string[] = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'];

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

type Child = HtmlElement | HtmlText;

export class HtmlText {
  constructor(readonly text: string) {}
  get outerHTML(): string {
    return escapeText(this.text);
  }
}

export class HtmlElement {
  readonly attributes = new Map<string, string>();
  children: Child[] = [];

  constructor(readonly tagName: string) {}

  get className(): string {
    return this.attributes.get('class') ?? '';
  }
  set className(value: string) {
    this.attributes.set('class', value);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  appendChild<T extends Child>(child: T): T {
    this.children.push(child);
    return child;
  }
  append(...children: (Child | string)[]): void {
    for (const child of children) this.appendChild(typeof child === 'string' ? new HtmlText(child) : child);
  }
  replaceChildren(...children: (Child | string)[]): void {
    this.children = [];
    this.append(...children);
  }
  get textContent(): string {
    return this.children.map((c) => (c instanceof HtmlText ? c.text : c.textContent)).join('');
  }
  set textContent(text: string) {
    this.children = [new HtmlText(text)];
  }
  addEventListener(): void {
    // Listeners belong to the page's scripts, which draw the screen again.
  }
  focus(): void {
    // Focus is the page's to move once its scripts run.
  }
  get innerHTML(): string {
    return this.children.map((c) => c.outerHTML).join('');
  }
  get outerHTML(): string {
    const attributes = [...this.attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
    const open = `<${this.tagName}${attributes.join('')}>`;
    return VOID.includes(this.tagName) ? open : `${open}${this.innerHTML}</${this.tagName}>`;
  }
}

export class HtmlDocument {
  title = '';
  readonly activeElement = null;
  createElement(tag: string): HtmlElement {
    return new HtmlElement(tag.toLowerCase());
  }
  createTextNode(text: string): HtmlText {
    return new HtmlText(text);
  }
}

/** Runs `render` with `document` set to a fresh HtmlDocument, and gives that document back. */
export function withHtmlDocument(render: (document: HtmlDocument) => void): HtmlDocument {
  const host = globalThis as { document?: unknown };
  const had = Object.prototype.hasOwnProperty.call(host, 'document');
  const previous = host.document;
  const document = new HtmlDocument();
  host.document = document;
  try {
    render(document);
  } finally {
    if (had) host.document = previous;
    else delete host.document;
  }
  return document;
}
