/**
 * A strict, bounded XML reader for the GEXF and GraphML importers, and the steps both importers share
 * to turn what they read into the data contract. Pure: no node:*, no DOM (it also runs in a Web Worker).
 *
 * Reading (`readXml`): saxes parses, we build a small element tree.
 * - A DOCTYPE is refused (ImportError "erwartet XML ohne DOCTYPE"): no entity expansion (billion laughs),
 *   no external entities, whatever the DOCTYPE contains. saxes itself never expands entities that a
 *   DTD defines, so refusing is belt and braces and a clear message.
 * - Processing instructions other than the XML declaration are ignored with a warning (we never act on them).
 * - Bounded: characters (`maxBytes`), element nesting (`maxDepth`, checked at each start tag, so a
 *   10,000-deep file stops at depth `maxDepth + 1` without recursion) and element count (`maxElements`,
 *   by default 32 per item of `maxItems`).
 * - Any saxes error becomes an ImportError with line and column.
 * - Attributes are a Map (names such as `__proto__` are just keys, no object is ever indexed by a
 *   name from the file). Unprefixed attributes are stored by name, namespaced ones in Clark notation
 *   (`{uri}local`), so a lookup does not depend on the prefix a file chose. Unbound prefixes are
 *   tolerated (bound to `urn:netzatlas:ungebunden:<prefix>`): hand-written files often forget `xmlns:viz`.
 * - Elements are lean (children allocated on demand, line/column computed only when a message needs
 *   them), and with an item stream (`XmlItemStream`) nodes and edges never enter the tree: a 62 MB GEXF
 *   is read in about 7 s instead of 9 s, with half the memory (BENCHMARKS.md, import of large files).
 *
 * Typed values live in values.ts, the mapping into the data contract in contract.ts.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { lastAtOrBefore, oneLine } from '../../util/index.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportPosition, type ImportWarning } from '../types.ts';

// ---------------------------------------------------------------------------------------------
// Conventions of our own GEXF/GraphML files (written by formats/gexf/write.ts and formats/graphml/write.ts)
// ---------------------------------------------------------------------------------------------

/** Namespace of the few attributes our writers add (`netzatlas:options`, `netzatlas:attributes`). */
export const NETZATLAS_XML_NS = 'urn:netzatlas:xml:1';
/** An attribute (GEXF `<attribute id>`, GraphML `<key id>`) whose id ends in this holds JSON text. */
export const JSON_ID_SUFFIX = '.json';
/** An attribute whose id ends in this is derived from others (the readable "Fundstellen"): our importers skip it. */
export const DERIVED_ID_SUFFIX = '.derived';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// ---------------------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------------------

export interface XmlPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** 0-based string index of the start tag's `<`. */
  offset: number;
}

export interface XmlElement {
  /** Qualified name as written (`viz:position`). */
  readonly name: string;
  readonly local: string;
  /** Namespace URI, '' for none. */
  readonly uri: string;
  /** Unprefixed attributes by name, namespaced ones as `{uri}local` (a Map: `__proto__` is just a key). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Character data directly inside the element (whitespace-only text of elements with children is dropped). */
  readonly text: string;
  /** Where the start tag begins; line and column are computed on demand. */
  readonly position: XmlPosition;
  /** String index of the start tag's `<`. */
  readonly start: number;
  /** String index just after the end tag (or after `/>`). */
  readonly end: number;
}

const NO_CHILDREN: readonly XmlElement[] = Object.freeze([]);
const NOT_SPACE = /[^ \t\r\n]/;

/** One element; lean on purpose (a 50 MB file has a million of them): children allocated on demand, position computed when asked. */
export class Element implements XmlElement {
  children: readonly XmlElement[] = NO_CHILDREN;
  text = '';
  end: number;
  constructor(
    readonly name: string,
    readonly local: string,
    readonly uri: string,
    readonly attributes: ReadonlyMap<string, string>,
    readonly start: number,
    private readonly lines: LineIndex,
  ) {
    this.end = start;
  }
  get position(): XmlPosition {
    return { ...this.lines.at(this.start), offset: this.start };
  }
  add(child: XmlElement): void {
    if (this.children === NO_CHILDREN) this.children = [child];
    else (this.children as XmlElement[]).push(child);
  }
}

export interface XmlLimits extends ImportLimits {
  maxElements?: number;
}

export interface XmlDocument {
  root: XmlElement;
  warnings: ImportWarning[];
}

/**
 * Items (a GEXF `<node>`, a GraphML `<edge>` …) delivered whole as they close and kept out of the tree,
 * so memory follows the largest item rather than the file: a tree of a 60 MB file keeps a million
 * elements alive and spends most of its time in garbage collection.
 */
export interface XmlItemStream {
  /** Called at each start tag outside an item, with the open ancestors (root first); true makes `el` an item. */
  isItem(el: XmlElement, ancestors: readonly XmlElement[]): boolean;
  onItem(el: XmlElement): void;
  /** Reader warnings (processing instructions), in document order with the importer's own. */
  onWarning(w: ImportWarning): void;
}

/** Thrown by a stream whose file is not in the order it can follow; the importer reads the tree instead. */
export class RereadAsTree extends Error {}

/** Parse `text` into an element tree, strictly and within limits; every failure is an ImportError. */
export function readXml(
  text: string,
  file: string,
  limits: XmlLimits = DEFAULT_LIMITS,
  stream?: XmlItemStream,
): XmlDocument {
  if (text.length > limits.maxBytes) {
    throw new ImportError(file, null, `eine Datei mit höchstens ${limits.maxBytes} Zeichen`, `${text.length} Zeichen`);
  }
  const maxElements = limits.maxElements ?? Math.max(1000, limits.maxItems * 32);
  const warnings: ImportWarning[] = [];
  const lines = new LineIndex(text);
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    resolvePrefix: (p: string) => (p === '' ? undefined : `urn:netzatlas:ungebunden:${p}`),
  });
  const stack: Element[] = [];
  let root: Element | null = null;
  let count = 0;
  let pendingStart = 0;
  // stack index of the open item, -1 outside one
  let itemAt = -1;

  const here = (): ImportPosition => ({ line: parser.line, column: parser.column + 1, offset: parser.position });

  parser.on('error', (e: Error) => {
    const detail = e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw new ImportError(file, here(), 'wohlgeformtes XML', `einen Fehler des XML-Parsers: ${detail}`);
  });
  parser.on('doctype', () => {
    const at = text.lastIndexOf('<!DOCTYPE', parser.position);
    throw new ImportError(
      file,
      at >= 0 ? { ...lines.at(at), offset: at } : here(),
      'XML ohne DOCTYPE (DOCTYPE-Deklarationen und Entitäten werden aus Sicherheitsgründen abgelehnt)',
      'eine DOCTYPE-Deklaration',
    );
  });
  parser.on('processinginstruction', (pi) => {
    if (warnings.length >= 20) return;
    const w = { file, position: here(), message: `Verarbeitungsanweisung <?${cut(pi.target, 40)} …?> ignoriert` };
    warnings.push(w);
    stream?.onWarning(w);
  });
  parser.on('opentagstart', () => {
    if (stack.length + 1 > limits.maxDepth) {
      throw new ImportError(
        file,
        here(),
        `Elemente höchstens ${limits.maxDepth} Ebenen tief verschachtelt`,
        `eine tiefere Verschachtelung`,
      );
    }
    if (++count > maxElements) {
      throw new ImportError(file, here(), `höchstens ${maxElements} XML-Elemente`, 'mehr Elemente');
    }
    pendingStart = Math.max(0, text.lastIndexOf('<', parser.position - 1));
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = new Map<string, string>();
    for (const qname in tag.attributes) {
      const a = tag.attributes[qname]!;
      attributes.set(a.uri ? `{${a.uri}}${a.local}` : a.name, a.value);
    }
    const el = new Element(tag.name, tag.local, tag.uri, attributes, pendingStart, lines);
    const parent = stack[stack.length - 1];
    if (stream && itemAt < 0 && parent && stream.isItem(el, stack)) itemAt = stack.length;
    else if (parent) parent.add(el);
    else root = el;
    stack.push(el);
  });
  const onText = (t: string): void => {
    const el = stack[stack.length - 1];
    // whitespace between child elements is indentation: not kept (saves a string per element of big files)
    if (el && (el.children.length === 0 || NOT_SPACE.test(t))) el.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const el = stack.pop();
    if (!el) return;
    el.end = parser.position;
    if (el.children.length > 0 && el.text !== '' && el.text.trim() === '') el.text = '';
    if (stack.length === itemAt) {
      itemAt = -1;
      stream!.onItem(el);
    }
  });

  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ImportError || e instanceof RereadAsTree) throw e;
    throw new ImportError(
      file,
      here(),
      'wohlgeformtes XML',
      `einen Fehler beim Lesen: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (!root) throw new ImportError(file, null, 'ein XML-Wurzelelement', 'keines');
  return { root, warnings };
}

/** Line and column of a string offset: line starts found once, on first use, then a binary search. */
class LineIndex {
  private starts: number[] | null = null;
  constructor(private readonly text: string) {}
  at(offset: number): { line: number; column: number } {
    if (!this.starts) {
      const starts = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      this.starts = starts;
    }
    const starts = this.starts;
    const lo = lastAtOrBefore(starts, offset);
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

// ---------------------------------------------------------------------------------------------
// Tree helpers
// ---------------------------------------------------------------------------------------------

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.get(name);
}

/** A namespaced attribute of our own writers. */
export function netzatlasAttr(el: XmlElement, local: string): string | undefined {
  return el.attributes.get(`{${NETZATLAS_XML_NS}}${local}`);
}

/** Whether the root declares our namespace, i.e. the file was written by Netzatlas. */
export function isNetzatlasFile(root: XmlElement): boolean {
  for (const [k, v] of root.attributes) if (k.startsWith(`{${XMLNS_NS}}`) && v === NETZATLAS_XML_NS) return true;
  return false;
}

export function children(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

/** Depth-first search below `el` (iterative; the tree is at most maxDepth deep anyway). */
export function findDescendant(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement | undefined {
  const todo = [...el.children].reverse();
  while (todo.length > 0) {
    const e = todo.pop()!;
    if (pred(e)) return e;
    for (let i = e.children.length - 1; i >= 0; i--) todo.push(e.children[i]!);
  }
  return undefined;
}

export function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** `<node id="n3">`, for messages. */
export function describeElement(el: XmlElement): string {
  const id = el.attributes.get('id');
  const key = el.attributes.get('key');
  const extra = id !== undefined ? ` id="${cut(id, 60)}"` : key !== undefined ? ` key="${cut(key, 60)}"` : '';
  return `<${el.name}${extra}>`;
}

export function positionOf(el: XmlElement): ImportPosition {
  const p = el.position;
  return { line: p.line, column: p.column, offset: p.offset, element: describeElement(el) };
}

/**
 * The two ends of an edge element as node keys (GEXF and GraphML alike): a missing end, an end that
 * names no node and a repeated edge id are warnings and the edge is skipped (null).
 */
export function edgeEnds(
  el: XmlElement,
  idToKey: ReadonlyMap<string, string>,
  edgeIds: Set<string>,
  warnings: Warnings,
): { id: string | undefined; source: string; target: string } | null {
  const id = attr(el, 'id');
  const s = attr(el, 'source');
  const t = attr(el, 'target');
  if (s === undefined || t === undefined) {
    warnings.at(el, 'Kante ohne source oder target übersprungen');
    return null;
  }
  const source = idToKey.get(s);
  const target = idToKey.get(t);
  if (source === undefined || target === undefined) {
    const missing = [source === undefined ? s : null, target === undefined && t !== s ? t : null].filter(
      (x) => x !== null,
    );
    warnings.at(el, `Kante zu unbekanntem Knoten ${missing.map((m) => `„${cut(m, 60)}“`).join(' und ')} übersprungen`);
    return null;
  }
  if (id !== undefined) {
    if (edgeIds.has(id)) {
      warnings.at(el, `Kanten-ID „${cut(id, 60)}“ doppelt; nur die erste Kante wurde übernommen`);
      return null;
    }
    edgeIds.add(id);
  }
  return { id, source, target };
}

// ---------------------------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------------------------

/** Collects warnings; after `max` it only counts, and `list()` ends with a summary. Keys make a warning once-only. */
export class Warnings {
  private readonly items: ImportWarning[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;
  constructor(
    readonly file: string,
    private readonly max = 1000,
  ) {}
  add(position: ImportPosition | null | (() => ImportPosition), message: string, onceKey?: string): void {
    if (onceKey !== undefined) {
      if (this.seen.has(onceKey)) return;
      this.seen.add(onceKey);
    }
    if (this.items.length < this.max)
      this.items.push({
        file: this.file,
        position: typeof position === 'function' ? position() : position,
        message: oneLine(message),
      });
    else this.dropped++;
  }
  at(el: XmlElement, message: string, onceKey?: string): void {
    this.add(() => positionOf(el), message, onceKey);
  }
  list(): ImportWarning[] {
    return this.dropped > 0
      ? [...this.items, { file: this.file, position: null, message: `… und ${this.dropped} weitere Warnungen` }]
      : this.items;
  }
}
