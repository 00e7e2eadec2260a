/**
 * XML text for the GEXF and GraphML writers, and the attribute columns both declare.
 *
 * `xmlEscape` turns ANY JavaScript string into well-formed XML 1.0 attribute or text content:
 * `& < > " '` become entities; tab, LF and CR become `&#9;` `&#10;` `&#13;` (so they survive
 * attribute-value normalisation and CR/LF normalisation); lone surrogates become U+FFFD; characters
 * XML 1.0 does not allow at all (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) are dropped.
 * Dropping those characters and replacing lone surrogates are the only losses. The writers avoid even
 * those for attribute values: a string column containing such characters is written JSON-encoded
 * (JSON escapes them), so only labels, ids and keys can lose them.
 */
import { type DocumentInfo, FOUND_AT_NAME, foundAtText, type GraphJSON } from '../../model/index.ts';
import { DERIVED_ID_SUFFIX } from './safety.ts';
import { compareStrings } from '../../util/index.ts';

/** What the GEXF and GraphML writers take besides the graph: the map's look of each node. */
export interface XmlWriteOptions {
  /** Node positions by key (sigma/graphology coordinates; y up). */
  positions?: Readonly<Record<string, readonly [number, number]>>;
  /** Node colours by key (`#rrggbb` …). */
  colours?: Readonly<Record<string, string>>;
  /** Node sizes by key. */
  sizes?: Readonly<Record<string, number>>;
  title?: string;
}

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"'\t\n\r\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[&<>"'\t\n\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function replacement(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&apos;';
    case '\t':
      return '&#9;';
    case '\n':
      return '&#10;';
    case '\r':
      return '&#13;';
    default:
      // a lone surrogate (one UTF-16 code unit of 0xD800–0xDFFF) or a character XML 1.0 forbids
      return c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? '\uFFFD' : '';
  }
}

/** Well-formed XML 1.0 attribute value or text content for any string (see the module comment). */
export function xmlEscape(s: string): string {
  return NEEDS_WORK.test(s) ? s.replace(SPECIAL, replacement) : s;
}

/** Whether `xmlEscape` would lose something of `s` (a character XML 1.0 cannot carry). */
export function hasNonXmlChars(s: string): boolean {
  return ILLEGAL.test(s);
}

/** A number as xs:double text that reads back to the same number (`-0`, `NaN`, `INF`, `-INF` included). */
export function formatXmlNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'INF';
  if (n === -Infinity) return '-INF';
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

// ---------------------------------------------------------------------------------------------
// Attribute columns
// ---------------------------------------------------------------------------------------------

/**
 * How one attribute is written: `string` (all values strings XML can carry), `long` (all safe
 * integers), `double` (all numbers), `boolean`, or `json` — arrays, objects, null, mixed types and
 * strings with characters XML cannot carry, as JSON text in a string column whose id ends in `.json`.
 */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'json';

export interface WriteColumn {
  name: string;
  type: ColumnType;
  /** `<prefix><index>`, plus `.json` for JSON columns (the importers' convention). */
  id: string;
  /** A derived column: its text from the whole bag, not from an attribute of its name. */
  derive?: (bag: Readonly<Record<string, unknown>>) => string | undefined;
}

/**
 * The columns plus the readable "Fundstellen" column (model/document-info.ts foundAtText) when any item has sources.
 * Its id ends in DERIVED_ID_SUFFIX, so our importers skip it; other tools show it as text.
 */
export function withFoundAt(
  columns: WriteColumn[],
  items: ReadonlyArray<{ attributes: Readonly<Record<string, unknown>> }>,
  prefix: string,
  documents: ReadonlyMap<string, DocumentInfo>,
): WriteColumn[] {
  const derive = (bag: Readonly<Record<string, unknown>>) => {
    const text = foundAtText(own(bag, 'sources'), documents);
    return text === undefined || hasNonXmlChars(text) ? undefined : text;
  };
  if (!items.some((i) => derive(i.attributes) !== undefined)) return columns;
  return [...columns, { name: FOUND_AT_NAME, type: 'string', id: `${prefix}found${DERIVED_ID_SUFFIX}`, derive }];
}

/** The value a column writes for a bag (undefined: none). */
export function columnValue(c: WriteColumn, bag: Readonly<Record<string, unknown>>): unknown {
  if (c.derive) return c.derive(bag);
  return Object.hasOwn(bag, c.name) ? bag[c.name] : undefined;
}

function typeOf(v: unknown): ColumnType {
  if (typeof v === 'string') return hasNonXmlChars(v) ? 'json' : 'string';
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? 'long' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'json';
}

function merge(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'json';
}

/** Columns for a list of attribute bags, sorted by name; `skip` names are written elsewhere. */
export function inferColumns(
  bags: Iterable<Readonly<Record<string, unknown>>>,
  prefix: string,
  skip: (name: string, value: unknown) => boolean = () => false,
): WriteColumn[] {
  const types = new Map<string, ColumnType>();
  for (const bag of bags) {
    for (const name of Object.keys(bag)) {
      const v = bag[name];
      if (v === undefined || skip(name, v)) continue;
      const t = typeOf(v);
      const prev = types.get(name);
      types.set(name, prev === undefined ? t : merge(prev, t));
    }
  }
  return [...types.keys()].sort(compareStrings).map((name, i) => {
    const type = types.get(name)!;
    return { name, type, id: `${prefix}${i}${type === 'json' ? '.json' : ''}` };
  });
}

/** The text of one value in its column, not yet escaped; undefined when there is nothing to write. */
export function encodeValue(column: WriteColumn, v: unknown): string | undefined {
  if (v === undefined) return undefined;
  switch (column.type) {
    case 'string':
      if (typeof v === 'string') return v;
      return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : JSON.stringify(v);
    case 'long':
    case 'double':
      return formatXmlNumber(v as number);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'json':
      return jsonForXml(v);
  }
}

/**
 * JSON text XML can carry without loss: JSON.stringify already escapes control characters and lone
 * surrogates; U+FFFE and U+FFFF (only possible inside JSON strings) are escaped here.
 */
export function jsonForXml(v: unknown): string | undefined {
  const s = JSON.stringify(v) as string | undefined;
  return s === undefined ? undefined : s.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** XML type name of a column in GEXF (`string`, `long`, `double`, `boolean`) and GraphML (same names). */
export function xmlTypeName(type: ColumnType): 'string' | 'long' | 'double' | 'boolean' {
  return type === 'json' ? 'string' : type;
}

/** Own-property lookup in a caller's record (`constructor` must not find Object.prototype.constructor). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)` or `rgba(r, g, b, a)` as channels; null otherwise. */
export function parseColour(c: string): { r: number; g: number; b: number; a?: number } | null {
  const s = c.trim();
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(s);
  if (m) {
    let h = m[1]!;
    if (h.length <= 4) h = [...h].map((x) => x + x).join('');
    const byte = (i: number): number => parseInt(h.slice(i, i + 2), 16);
    return h.length === 8
      ? { r: byte(0), g: byte(2), b: byte(4), a: Math.round((byte(6) / 255) * 1000) / 1000 }
      : { r: byte(0), g: byte(2), b: byte(4) };
  }
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$/i.exec(s);
  if (m) {
    const ch = (x: string): number => Math.min(255, Number(x));
    const out: { r: number; g: number; b: number; a?: number } = { r: ch(m[1]!), g: ch(m[2]!), b: ch(m[3]!) };
    if (m[4] !== undefined && Number.isFinite(Number(m[4]))) out.a = Math.min(1, Number(m[4]));
    return out;
  }
  return null;
}

/** A node's position from the options, when both coordinates are finite (others are skipped, not written). */
export function positionOf(options: XmlWriteOptions, key: string): readonly [number, number] | undefined {
  const p = own(options.positions, key);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined;
}

/** A node's size from the options, when finite. */
export function sizeOf(options: XmlWriteOptions, key: string): number | undefined {
  const s = own(options.sizes, key);
  return typeof s === 'number' && Number.isFinite(s) ? s : undefined;
}

/** A node's colour from the options as channels; null when none is given or it cannot be read. */
export function colourOf(options: XmlWriteOptions, key: string): ReturnType<typeof parseColour> {
  const c = own(options.colours, key);
  return c !== undefined ? parseColour(c) : null;
}

/**
 * Whether the file declares edges undirected by default: every edge is undirected and the graph is
 * not declared directed (an empty graph only when it is declared undirected).
 */
export function edgesDefaultUndirected(graph: Pick<GraphJSON, 'edges' | 'options'>): boolean {
  const allUndirected = graph.edges.every((e) => e.undirected === true);
  return (
    allUndirected &&
    graph.options?.type !== 'directed' &&
    (graph.edges.length > 0 || graph.options?.type === 'undirected')
  );
}
