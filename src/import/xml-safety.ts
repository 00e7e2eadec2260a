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
 *   them): a 54 MB GEXF of 50,000 nodes and 100,000 edges is read in about 5 s on a busy 2-core machine.
 *
 * Mapping (the rest of the file): typed attribute values, node kind / relation kind detection, labels,
 * sources, renaming of names the contract reserves, schema checks per node and edge, graph options.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { z } from 'zod';
import { RELATION_KIND_LABELS_DE, type NodeKind, type RelationKind } from '../model/kinds.ts';
import { EdgeAttributesSchema, GraphOptionsSchema, NodeAttributesSchema, SourceRefSchema, type EdgeAttributes, type GraphJSON, type NodeAttributes, type SourceRef } from '../model/schema.ts';
import { dataAttributeName, kindFromLabel, kindFromName, nodeKeyFor, relationFromName, setOwn } from './contract.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportPosition, type ImportWarning } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Conventions of our own GEXF/GraphML files (written by src/output/gexf.ts and graphml.ts)
// ---------------------------------------------------------------------------------------------

/** Namespace of the few attributes our writers add (`netzatlas:options`, `netzatlas:attributes`). */
export const NETZATLAS_XML_NS = 'urn:netzatlas:xml:1';
/** An attribute (GEXF `<attribute id>`, GraphML `<key id>`) whose id ends in this holds JSON text. */
export const JSON_ID_SUFFIX = '.json';
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
class Element implements XmlElement {
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

/** Parse `text` into an element tree, strictly and within limits; every failure is an ImportError. */
export function readXml(text: string, file: string, limits: XmlLimits = DEFAULT_LIMITS): XmlDocument {
  if (text.length > limits.maxBytes) {
    throw new ImportError(file, null, `eine Datei mit höchstens ${limits.maxBytes} Zeichen`, `${text.length} Zeichen`);
  }
  const maxElements = limits.maxElements ?? Math.max(1000, limits.maxItems * 32);
  const warnings: ImportWarning[] = [];
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (p: string) => (p === '' ? undefined : `urn:netzatlas:ungebunden:${p}`) });
  const stack: Element[] = [];
  let root: Element | null = null;
  let count = 0;
  let pendingStart = 0;

  const here = (): ImportPosition => ({ line: parser.line, column: parser.column + 1, offset: parser.position });

  parser.on('error', (e: Error) => {
    const detail = e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw new ImportError(file, here(), 'wohlgeformtes XML', `einen Fehler des XML-Parsers: ${detail}`);
  });
  parser.on('doctype', () => {
    const at = text.lastIndexOf('<!DOCTYPE', parser.position);
    throw new ImportError(file, at >= 0 ? { ...lines.at(at), offset: at } : here(), 'XML ohne DOCTYPE (DOCTYPE-Deklarationen und Entitäten werden aus Sicherheitsgründen abgelehnt)', 'eine DOCTYPE-Deklaration');
  });
  parser.on('processinginstruction', (pi) => {
    if (warnings.length < 20) warnings.push({ file, position: here(), message: `Verarbeitungsanweisung <?${cut(pi.target, 40)} …?> ignoriert` });
  });
  parser.on('opentagstart', () => {
    if (stack.length + 1 > limits.maxDepth) {
      throw new ImportError(file, here(), `Elemente höchstens ${limits.maxDepth} Ebenen tief verschachtelt`, `eine tiefere Verschachtelung`);
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
    if (parent) parent.add(el);
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
  });

  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(file, here(), 'wohlgeformtes XML', `einen Fehler beim Lesen: ${e instanceof Error ? e.message : String(e)}`);
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
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
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
export function edgeEnds(el: XmlElement, idToKey: ReadonlyMap<string, string>, edgeIds: Set<string>, warnings: Warnings): { id: string | undefined; source: string; target: string } | null {
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
    const missing = [source === undefined ? s : null, target === undefined && t !== s ? t : null].filter((x) => x !== null);
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
    if (this.items.length < this.max) this.items.push({ file: this.file, position: typeof position === 'function' ? position() : position, message });
    else this.dropped++;
  }
  at(el: XmlElement, message: string, onceKey?: string): void {
    this.add(() => positionOf(el), message, onceKey);
  }
  list(): ImportWarning[] {
    return this.dropped > 0 ? [...this.items, { file: this.file, position: null, message: `… und ${this.dropped} weitere Warnungen` }] : this.items;
  }
}

// ---------------------------------------------------------------------------------------------
// Typed values
// ---------------------------------------------------------------------------------------------

/** Declared attribute (GEXF `<attribute>`, GraphML `<key>`). */
export interface Column {
  id: string;
  /** Attribute name as the file shows it (GEXF title, GraphML attr.name). */
  name: string;
  /** Declared type, lower case. */
  type: string;
  /** JSON-encoded column of our writers: string type and id ending in `.json`. */
  json: boolean;
  defaultValue?: string;
}

export function makeColumn(id: string, name: string | undefined, type: string | undefined): Column {
  const t = (type ?? 'string').trim().toLowerCase() || 'string';
  return { id, name: name ?? id, type: t, json: t === 'string' && id.endsWith(JSON_ID_SUFFIX) };
}

const DOUBLE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER_TYPES = new Set(['integer', 'int', 'long', 'short', 'byte', 'biginteger']);
const DOUBLE_TYPES = new Set(['double', 'float', 'bigdecimal']);

export function parseXmlNumber(raw: string): number | null {
  const s = raw.trim();
  if (DOUBLE.test(s)) return Number(s);
  switch (s) {
    case 'NaN':
      return NaN;
    case 'INF':
    case '+INF':
    case 'Infinity':
    case '+Infinity':
      return Infinity;
    case '-INF':
    case '-Infinity':
      return -Infinity;
    default:
      return null;
  }
}

export type Decoded = { ok: true; value: unknown } | { ok: false; value: string; expected: string };

function decodeScalar(raw: string, type: string): Decoded {
  if (INTEGER_TYPES.has(type)) {
    const n = parseXmlNumber(raw);
    if (n === null || !Number.isInteger(n)) return { ok: false, value: raw, expected: `eine ganze Zahl (${type})` };
    if (!Number.isSafeInteger(n)) return { ok: false, value: raw, expected: `eine ganze Zahl bis ±2^53 (${type}; größere Zahlen bleiben Text)` };
    return { ok: true, value: n };
  }
  if (DOUBLE_TYPES.has(type)) {
    const n = parseXmlNumber(raw);
    return n === null ? { ok: false, value: raw, expected: `eine Zahl (${type})` } : { ok: true, value: n };
  }
  if (type === 'boolean') {
    const s = raw.trim();
    if (s === 'true' || s === '1' || s === 'True' || s === 'TRUE') return { ok: true, value: true };
    if (s === 'false' || s === '0' || s === 'False' || s === 'FALSE') return { ok: true, value: false };
    return { ok: false, value: raw, expected: 'true oder false (boolean)' };
  }
  // string, char, anyURI, date, time, datetime and unknown types stay text
  return { ok: true, value: raw };
}

function splitList(raw: string): string[] {
  const s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    } catch {
      // GEXF 1.3 lists as graphology writes them: [a, b, 'c"d']
    }
    const inner = s.slice(1, -1).trim();
    if (inner === '') return [];
    return inner.split(',').map((p) => {
      const t = p.trim();
      return t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
    });
  }
  return s === '' ? [] : raw.split('|');
}

/** A raw attribute value read as its declared type; a mismatch keeps the raw text (the caller warns). */
export function decodeValue(raw: string, column: Column): Decoded {
  if (column.json) {
    try {
      return { ok: true, value: JSON.parse(raw) as unknown };
    } catch {
      return { ok: false, value: raw, expected: 'JSON-Text (Attribut-ID endet auf .json)' };
    }
  }
  if (column.type.startsWith('list')) {
    const sub = column.type.slice(4) || 'string';
    const out: unknown[] = [];
    for (const part of splitList(raw)) {
      const d = decodeScalar(part, sub);
      if (!d.ok) return { ok: false, value: raw, expected: `eine Liste aus ${d.expected}` };
      out.push(d.value);
    }
    return { ok: true, value: out };
  }
  return decodeScalar(raw, column.type);
}

// ---------------------------------------------------------------------------------------------
// Attribute names
// ---------------------------------------------------------------------------------------------

/** Names that zod (and plain objects) do not keep as own keys: renamed with a warning. */
const PROTOTYPE_SETTERS = new Set(['__proto__']);

function freeName(target: Record<string, unknown>, base: string): string {
  let name = base;
  while (Object.hasOwn(target, name)) name = `${name}_daten`;
  return name;
}

/**
 * Put a foreign attribute into a bag: names of sigma's display data get `_daten` (contract.ts),
 * names the contract reserves for this element (`reserved`) too, and `__proto__` becomes
 * `__proto___daten` with a warning (GraphJSONSchema, i.e. zod, silently drops an own `__proto__` key).
 */
export function putAttribute(target: Record<string, unknown>, name: string, value: unknown, reserved: ReadonlySet<string>, warn: (message: string, onceKey: string) => void, displayNames = true): void {
  let targetName = displayNames ? dataAttributeName(name) : name;
  if (reserved.has(name)) targetName = `${name}_daten`;
  if (PROTOTYPE_SETTERS.has(name)) {
    targetName = `${name}_daten`;
    warn(`Attribut „${name}“ als „${targetName}“ übernommen (der Name ist in JavaScript-Objekten nicht als Schlüssel nutzbar)`, `proto:${name}`);
  }
  setOwn(target, freeName(target, targetName), value);
}

// ---------------------------------------------------------------------------------------------
// Nodes and edges into the contract
// ---------------------------------------------------------------------------------------------

const NODE_KIND_NAMES = ['kind', 'art', 'type', 'typ'];
const NODE_RESERVED: ReadonlySet<string> = new Set(['label', 'kind', 'sources']);
const EDGE_RESERVED: ReadonlySet<string> = new Set(['kind', 'sources']);
const SourcesSchema = z.array(SourceRefSchema).min(1);

/** The values read for one node or edge, by attribute name, in file order (first of duplicates kept). */
export type Values = Map<string, unknown>;

/** Values whose names match `lowerNames` (in that order; per name the exact spelling first, then other cases). */
function takeNamed(values: Values, lowerNames: readonly string[]): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const want of lowerNames) {
    if (values.has(want)) out.push([want, values.get(want)]);
    for (const [k, v] of values) if (k !== want && k.toLowerCase() === want) out.push([k, v]);
  }
  return out;
}

function elementSources(file: string, el: XmlElement): SourceRef[] {
  return [{ doc: file || 'import', start: el.start, end: Math.max(el.end, el.start) }];
}

function takeSources(values: Values, file: string, el: XmlElement, warnings: Warnings): SourceRef[] {
  if (!values.has('sources')) return elementSources(file, el);
  const raw = values.get('sources');
  const parsed = SourcesSchema.safeParse(raw);
  if (parsed.success) {
    values.delete('sources');
    return parsed.data;
  }
  warnings.at(el, 'Attribut „sources“ enthält keine gültige Quellenliste; als „sources_daten“ übernommen, Quelle ist das Element in dieser Datei');
  return elementSources(file, el);
}

/** Move attributes that break the contract's typed fields (e.g. `domains` as text) to `<name>_daten`, with a warning. */
function conform<T>(schema: z.ZodType<T>, bag: Record<string, unknown>, fixed: ReadonlySet<string>, el: XmlElement, warnings: Warnings): T | null {
  for (let round = 0; round < 50; round++) {
    const r = schema.safeParse(bag);
    if (r.success) return r.data;
    const bad = new Set<string>();
    for (const issue of r.error.issues) {
      const name = issue.path[0];
      if (typeof name === 'string' && !fixed.has(name) && Object.hasOwn(bag, name)) bad.add(name);
    }
    if (bad.size === 0) return null;
    for (const name of bad) {
      const value = bag[name];
      delete bag[name];
      const to = freeName(bag, `${name}_daten`);
      setOwn(bag, to, value);
      warnings.at(el, `Attribut „${name}“ passt nicht zum Datenvertrag (${fieldExpectation(name)}); als „${to}“ übernommen`, `conform:${name}:${describeElement(el)}`);
    }
  }
  return null;
}

function fieldExpectation(name: string): string {
  switch (name) {
    case 'domains':
      return 'Liste aus SGB II, SGB III, SGB VIII, SGB XII, Schule, Gesundheit';
    case 'period':
      return '{start, end} als JJJJ[-MM[-TT]]';
    case 'begin':
      return 'JJJJ[-MM[-TT]]';
    case 'lat':
    case 'lon':
      return 'Zahl';
    case 'sgb2TargetGroup':
      return 'true/false';
    case 'aliases':
    case 'targetGroups':
    case 'email':
    case 'phone':
    case 'website':
      return 'Liste von Texten';
    default:
      return 'Text';
  }
}

export interface RawNode {
  el: XmlElement;
  /** Id as written in the file ('' when missing). */
  id: string;
  /** The element's own label (GEXF `label="…"`, yEd NodeLabel); undefined when the file has none. */
  label?: string;
  values: Values;
}

/** One node of the contract from what a file says about it; partial problems become warnings. */
export function assembleNode(raw: RawNode, file: string, warnings: Warnings): { key: string; attributes: NodeAttributes } | null {
  const values = new Map(raw.values);
  const { el } = raw;
  let kind: NodeKind | null = null;
  const kindCandidates = takeNamed(values, NODE_KIND_NAMES);
  for (const [name, v] of kindCandidates) {
    kind = typeof v === 'string' ? kindFromName(v) : null;
    if (kind) {
      values.delete(name);
      break;
    }
  }
  let label = raw.label;
  if (label === undefined) {
    const l = values.get('label');
    if (typeof l === 'string') {
      label = l;
      values.delete('label');
    }
  }
  if (label === undefined) {
    label = raw.id;
    warnings.at(el, `Knoten ohne Beschriftung; die ID „${cut(raw.id, 60)}“ dient als Beschriftung`);
  }
  if (!kind) {
    // the name's first word ("Jugendamt Hamm") before the catch-all, as in CSV tables
    const guessed = kindFromLabel(label);
    kind = guessed ?? 'organisation';
    const seen = kindCandidates.map(([n, v]) => `${n}=„${cut(String(v), 40)}“`).join(', ');
    warnings.at(el, `keine bekannte Knotenart${seen ? ` (${seen})` : ' (Attribut kind, Art, type oder typ)'}; als „${kind}“${guessed ? ' (aus dem Namen)' : ''} übernommen`);
  }
  const sources = takeSources(values, file, el, warnings);
  const bag: Record<string, unknown> = {};
  setOwn(bag, 'label', label);
  setOwn(bag, 'kind', kind);
  setOwn(bag, 'sources', sources);
  for (const [name, v] of values) putAttribute(bag, name, v, NODE_RESERVED, (m, k) => warnings.at(el, m, k));
  const attributes = conform(NodeAttributesSchema, bag, NODE_RESERVED, el, warnings);
  if (!attributes) {
    warnings.at(el, 'Knoten passt nicht zum Datenvertrag und wurde übersprungen');
    return null;
  }
  return { key: nodeKeyFor(kind, raw.id, label), attributes };
}

export interface RawEdge {
  el: XmlElement;
  /** The element's own relation name (GEXF `kind="…"`). */
  xmlKind?: string;
  /** The element's own label (GEXF `label="…"`, yEd EdgeLabel). */
  xmlLabel?: string;
  values: Values;
}

/** Attributes of one edge of the contract; the relation kind comes from kind, Beziehung, label or type. */
export function assembleEdgeAttributes(raw: RawEdge, file: string, warnings: Warnings): EdgeAttributes | null {
  const values = new Map(raw.values);
  const { el } = raw;
  type Candidate = { what: string; value: string; consume: () => void };
  const candidates: Candidate[] = [];
  const fromValues = (lower: string): void => {
    for (const [name, v] of takeNamed(values, [lower])) if (typeof v === 'string') candidates.push({ what: name, value: v, consume: () => values.delete(name) });
  };
  let xmlKindUsed = false;
  let xmlLabelUsed = false;
  if (raw.xmlKind !== undefined) candidates.push({ what: 'kind', value: raw.xmlKind, consume: () => (xmlKindUsed = true) });
  fromValues('kind');
  fromValues('beziehung');
  fromValues('relation');
  if (raw.xmlLabel !== undefined) candidates.push({ what: 'label', value: raw.xmlLabel, consume: () => (xmlLabelUsed = true) });
  fromValues('label');
  fromValues('type');
  fromValues('typ');
  let kind: RelationKind | null = null;
  for (const c of candidates) {
    kind = relationFromName(c.value);
    if (kind) {
      c.consume();
      break;
    }
  }
  if (!kind) {
    kind = 'partner';
    const seen = candidates.map((c) => `${c.what}=„${cut(c.value, 40)}“`).join(', ');
    warnings.at(el, `keine bekannte Beziehungsart${seen ? ` (${seen})` : ' (Attribut kind, Beziehung, label oder type)'}; als „partner“ übernommen`);
  }
  const sources = takeSources(values, file, el, warnings);
  const bag: Record<string, unknown> = {};
  setOwn(bag, 'kind', kind);
  setOwn(bag, 'sources', sources);
  const warn = (m: string, k: string): void => warnings.at(el, m, k);
  for (const [name, v] of values) putAttribute(bag, name, v, EDGE_RESERVED, warn);
  if (raw.xmlKind !== undefined && !xmlKindUsed) putAttribute(bag, 'kind', raw.xmlKind, EDGE_RESERVED, warn);
  // the element's label is data unless it named the relation or is the German display label of it
  const display = Object.hasOwn(RELATION_KIND_LABELS_DE, kind) ? RELATION_KIND_LABELS_DE[kind] : kind;
  if (raw.xmlLabel !== undefined && !xmlLabelUsed && raw.xmlLabel !== display && !Object.hasOwn(bag, 'label')) setOwn(bag, 'label', raw.xmlLabel);
  const attributes = conform(EdgeAttributesSchema, bag, EDGE_RESERVED, el, warnings);
  if (!attributes) warnings.at(el, 'Kante passt nicht zum Datenvertrag und wurde übersprungen');
  return attributes;
}

/** Graph attributes from name/value pairs: only `__proto__` is renamed (sigma does not read graph attributes). */
export function assembleGraphAttributes(pairs: Iterable<[string, unknown]>, el: XmlElement, warnings: Warnings): Record<string, unknown> {
  const bag: Record<string, unknown> = {};
  const none: ReadonlySet<string> = new Set();
  for (const [name, v] of pairs) putAttribute(bag, name, v, none, (m, k) => warnings.at(el, m, k), false);
  return bag;
}

/** A JSON object from one of our namespaced attributes, keys made safe; null (with a warning) when it is not one. */
export function parseJsonObject(raw: string, el: XmlElement, what: string, warnings: Warnings): Record<string, unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    warnings.at(el, `${what} ist kein JSON-Objekt und wurde nicht übernommen`);
    return null;
  }
  return assembleGraphAttributes(Object.entries(parsed), el, warnings);
}

export type GraphOptions = NonNullable<GraphJSON['options']>;

/** Our own `netzatlas:options`, when valid. */
export function parseOptions(raw: string, el: XmlElement, warnings: Warnings): GraphOptions | null {
  const obj = parseJsonObject(raw, el, 'netzatlas:options', warnings);
  if (!obj) return null;
  const r = GraphOptionsSchema.safeParse(obj);
  if (!r.success) {
    warnings.at(el, 'netzatlas:options passt nicht zum Datenvertrag; Graphtyp aus den Kanten bestimmt');
    return null;
  }
  return r.data;
}

/** Graph type and multi flag of a foreign file, from its edges (graphology needs `multi` for parallel edges). */
export function deriveOptions(edges: GraphJSON['edges'], defaultUndirected: boolean): GraphOptions {
  let directed = 0;
  let undirected = 0;
  let multi = false;
  const pairs = new Set<string>();
  for (const e of edges) {
    if (e.undirected) undirected++;
    else directed++;
    if (!multi) {
      const pair = e.undirected ? JSON.stringify(e.source < e.target ? [e.source, e.target] : [e.target, e.source]) : JSON.stringify([e.source, e.target, 'd']);
      if (pairs.has(pair)) multi = true;
      pairs.add(pair);
    }
  }
  const type = directed > 0 && undirected > 0 ? 'mixed' : undirected > 0 || (directed === 0 && defaultUndirected) ? 'undirected' : 'directed';
  return { type, multi };
}

/** Position from two coordinates, or null (with a warning) when they are not finite numbers. */
export function readPosition(x: string | undefined, y: string | undefined, el: XmlElement, warnings: Warnings): [number, number] | null {
  if (x === undefined && y === undefined) return null;
  const nx = parseXmlNumber(x ?? '0');
  const ny = parseXmlNumber(y ?? '0');
  if (nx === null || ny === null || !Number.isFinite(nx) || !Number.isFinite(ny)) {
    warnings.at(el, `Position (${cut(String(x), 20)}, ${cut(String(y), 20)}) ist keine endliche Zahl und wurde nicht übernommen`);
    return null;
  }
  return [nx, ny];
}
