/**
 * The only way panels make DOM: elements with text content, never markup from data. Links only for
 * http(s), mailto and tel, so a document cannot smuggle a `javascript:` URL into the page.
 */
type Child = Node | string | null | undefined | false;

export interface ElOptions {
  class?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (opts?.class) node.className = opts.class;
  for (const [k, v] of Object.entries(opts?.attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [type, handler] of Object.entries(opts?.on ?? {})) node.addEventListener(type, handler as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i;

export function isSafeHref(href: string): boolean {
  return SAFE_URL.test(href.trim());
}

/** A link when the address is safe, otherwise the address as plain text. */
export function safeLink(href: string, text: string): HTMLElement {
  if (!isSafeHref(href)) return el('span', null, text);
  const a = el('a', { attrs: { href: href.trim(), rel: 'noopener noreferrer' } }, text);
  if (/^https?:/i.test(href)) a.target = '_blank';
  return a;
}

export function button(text: string, onClick: () => void, opts: ElOptions = {}): HTMLButtonElement {
  const b = el('button', { ...opts, attrs: { type: 'button', ...(opts.attrs ?? {}) } }, text);
  b.addEventListener('click', onClick);
  return b;
}

/** A <select> with its options (value, text), the current value chosen; `onChange` gets the new value. */
export function selectOf(
  id: string,
  options: ReadonlyArray<readonly [string, string]>,
  value: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const sel = el('select', { attrs: { id } });
  for (const [v, text] of options) {
    const opt = el('option', { attrs: { value: v } }, text);
    if (v === value) opt.selected = true;
    sel.append(opt);
  }
  sel.addEventListener('change', () => onChange(sel.value));
  return sel;
}

/** A labelled <select> in a `.field` box; `options` are [value, text] pairs. */
export function labelledSelect(
  id: string,
  label: string,
  options: ReadonlyArray<readonly [string, string]>,
  value: string,
  onChange: (v: string) => void,
): HTMLElement {
  return el(
    'div',
    { class: 'field' },
    el('label', { attrs: { for: id } }, label),
    selectOf(id, options, value, onChange),
  );
}
