/**
 * CSV import: node and edge tables as spreadsheets write them (Excel, LibreOffice, Gephi), turned
 * into a graph following the data contract (model/schema.ts). Pure: no node:*, no DOM (runs in a
 * Web Worker too). The exporter is write.ts; `importCsvPair(writeCsvNodes(g), writeCsvEdges(g))`
 * gives back g (see "Round trip" below).
 *
 * ## Files
 * Separator `;`, `,` or tab: a first line `sep=;` wins, else the most frequent of the three outside
 * quotes in the header line (ties: `;`, tab, `,`). UTF-8 with or without BOM, else Windows-1252.
 * Quotes as RFC 4180 (fields with separators, line breaks, doubled quotes `""`); CRLF, LF or CR;
 * blank lines are skipped. The first non-blank line is the header. A table with source and target
 * columns is an edge table, else one with a name column is a node table (`role` forces either).
 *
 * ## Columns (header names match ignoring case, umlauts, spaces, `-`, `_`, `.`; data: CSV_COLUMNS)
 *
 * | Table  | Header written | Also accepted                                 | Goes to         | Value                        |
 * |--------|----------------|-----------------------------------------------|-----------------|------------------------------|
 * | Knoten | ID             | Schlüssel, Key, Kennung                       | node key        | optional; else from the name |
 * | Knoten | Name           | Bezeichnung, Label, Titel                     | label           | required                     |
 * | Knoten | Art            | Typ, Kind, Type, Knotenart                    | kind            | kindFromName; see below      |
 * | Knoten | Kommune        | Ort, Gemeinde, Municipality, City             | municipality    | text                         |
 * | Knoten | AGS            | Gemeindeschlüssel                             | ags             | text ("05758012")            |
 * | Knoten | Rechtskreise   | Rechtskreis, Domains, Legal domains           | domains         | list: SGB II … Gesundheit    |
 * | Knoten | Beginn         | Start, Laufzeitbeginn, Förderbeginn           | period.start    | date                         |
 * | Knoten | Ende           | End, Laufzeitende, Förderende                 | period.end      | date                         |
 * | Knoten | Projektbeginn  | Project start                                 | begin           | date                         |
 * | Knoten | Zielgruppen    | Zielgruppe, Target groups                     | targetGroups    | list                         |
 * | Knoten | Funktion       | Rolle, Role                                   | role            | text                         |
 * | Knoten | Organisation   | Organization                                  | organisation    | text                         |
 * | Knoten | E-Mail         | Email, Mail                                   | email           | list                         |
 * | Knoten | Telefon        | Tel, Phone                                    | phone           | list (text: "0521 …")        |
 * | Knoten | Website        | Webseite, Homepage, URL                       | website         | list                         |
 * | Knoten | Aliase         | Alias, Weitere Namen, Aliases                 | aliases         | list                         |
 * | Knoten | x, y           |                                               | positions       | number ("1,5" or "1.5")      |
 * | Kanten | ID             | Schlüssel, Key, Kennung                       | edge key        | optional                     |
 * | Kanten | Quelle         | Von, Source, From                             | source          | ID, key or name of a node    |
 * | Kanten | Ziel           | Nach, Target, To                              | target          | ID, key or name of a node    |
 * | Kanten | Beziehung      | Art, Relation, Beziehungsart, Kind            | kind            | relationFromName; else partner |
 * | Kanten | Beleg          | Hinweis, Cue                                  | cue             | text                         |
 * | Kanten | ungerichtet    | Undirected, Type (Gephi)                      | undirected      | ja/nein, true/false, 1/0, x  |
 * | both   | `<attr> (JSON)`|                                               | attribute attr  | JSON (sources, period, …)    |
 * | both   | Weitere Attribute (JSON) |                                     | several         | JSON object of attributes    |
 * | both   | anything else  |                                               | that attribute  | text                         |
 *
 * Values: cells are trimmed; a blank cell means "no value". Everything is text (so "01067" stays
 * "01067") except x/y (numbers), dates (YYYY, YYYY-MM, YYYY-MM-DD; TT.MM.JJJJ and MM.JJJJ are
 * converted) and ungerichtet (yes/no). List cells are split at every `;` and `|`, items trimmed,
 * empty items dropped ("SGB II; SGB VIII" → ["SGB II", "SGB VIII"]). Other columns become text
 * attributes named after their header (sigma's display names get `_daten`: `type` → `type_daten`;
 * `__proto__` and `constructor` are plain own attributes, no prototype is touched); a text in a
 * column named after a contract attribute must fit it (`lat` is read as a number) or is warned about.
 *
 * JSON columns: a non-blank cell in `<attr> (JSON)` is parsed as JSON and sets attribute `<attr>`
 * literally (no header matching), winning over the mapped column (`label (JSON)` over Name);
 * contract attributes are checked against the schema. `sources (JSON)` replaces the row reference.
 *
 * Formula escaping (see ../formula.ts): one leading `'` is removed from every cell (headers
 * included) that starts with `'`s followed by `=`, `+`, `-`, `@`, tab, CR or NUL — exactly what the
 * exporter adds; other apostrophes stay.
 *
 * ## Kinds, keys, sources
 * Art missing (whole column: one warning; blank or unknown cell: a warning for the row): the first
 * word of the name if it names a kind ("Jugendamt Minden" → youth_office, "Kreis Lippe" →
 * municipality), else organisation. Keys: an ID with a namespace (`org:…`) is kept; another ID gets
 * the namespace of the kind (`42` → `org:42`); without ID the key is namespace + slug of the name.
 * Every node and edge gets `sources: [{ doc: file, start, end }]`, the character offsets of its row
 * in the decoded text (BOM removed, line break excluded).
 *
 * ## Problems
 * Warnings (the row is skipped only where said): empty name (skipped); duplicate ID (the later row
 * skipped, both rows named); the same name without ID twice (kept as two nodes, `-2` key); blank or
 * unknown Art; blank or unknown Beziehung (partner); unknown Rechtskreis (dropped); a date that is
 * none (kept as text under the header's name); non-numeric x/y (no position); rows with fewer
 * (read as blank) or more fields (extra values ignored) than the header; unclosed quotes; bad JSON
 * cells (ignored); blank Quelle/Ziel (skipped); duplicate edge ID (skipped). An edge naming a node
 * that the node table does not have creates that node (kind from its first word, else
 * organisation) with a warning — nothing is dropped, and a typo shows up as an extra node named in
 * the report. An edge table imported alone creates its nodes the same way without warnings (a note).
 * ImportError (German, with file, line and expectation) only when nothing can be read: not text,
 * empty, no header, no name column in a node table, no source/target column in an edge table.
 */
import {
  EdgeAttributesSchema,
  type GraphJSON,
  NODE_KIND_LABELS_DE,
  NODE_KINDS,
  NodeAttributesSchema,
  type NodeKind,
  RELATION_KIND_LABELS_DE,
  RELATION_KINDS,
  type RelationKind,
  type SourceRef,
} from '../../model/index.ts';
import { fold, oneLine } from '../../util/index.ts';
import { dataAttributeName, kindFromLabel, kindFromName, nodeKeyFor, relationFromName, setOwn } from '../contract.ts';
import {
  DEFAULT_LIMITS,
  ImportError,
  type ImportFormat,
  type ImportLimits,
  type ImportResult,
  type ImportWarning,
} from '../types.ts';
import { columnFor, FOUND_AT_HEADER, headerKey, interpretHeader, type CsvField, type CsvTable } from './columns.ts';
import { parseCsv, type CsvRecord, type ParsedCsv } from './table.ts';
import { parseBoolean, parseDate, parseDomain, parseJsonCell, parseNumber, splitList } from './values.ts';

export interface CsvImportOptions {
  role?: 'nodes' | 'edges' | 'auto';
  limits?: Partial<ImportLimits>;
}

export interface CsvFileInput {
  input: Uint8Array | string;
  file: string;
}

/** ImportResult plus notes that are no problem (encoding fallback, `sep=` line, nodes created from an edge table). */
export interface CsvImportResult extends ImportResult {
  notes: string[];
}

type Attrs = Record<string, unknown>;
type GraphNode = GraphJSON['nodes'][number];
type GraphEdge = GraphJSON['edges'][number];
type Shape = Record<string, { safeParse(v: unknown): { success: boolean } }>;

const NODE_SHAPE: Shape = NodeAttributesSchema.shape;
const EDGE_SHAPE: Shape = EdgeAttributesSchema.shape;
const GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;
const NAMESPACED = /^(project|program|org|person|place):./;

/** One CSV file: a node table or an edge table (by its headers unless `role` says). */
export function importCsv(input: Uint8Array | string, file: string, options: CsvImportOptions = {}): CsvImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const parsed = parseCsv(input, file, limits);
  const ctx = new Context(file, parsed, limits);
  const role = chooseRole(parsed, file, options.role ?? 'auto');
  if (role === 'nodes') {
    const nodes = readNodes(parsed, ctx);
    return result('csv-nodes', nodes.nodes, [], nodes.positions, ctx.warnings, ctx.notes);
  }
  const index = new NodeIndex();
  const edges = readEdges(parsed, ctx, index, false);
  return result('csv-edges', index.created, edges, {}, ctx.warnings, ctx.notes);
}

/**
 * A node table and an edge table together (roles fixed, not detected). Edges name nodes by key,
 * by the node table's own ID, by name (exact, then ignoring case and umlauts) or by alias. Format
 * `csv-nodes`; warnings of both files, each with its file name.
 */
export function importCsvPair(
  nodes: CsvFileInput,
  edges: CsvFileInput,
  options: Omit<CsvImportOptions, 'role'> = {},
): CsvImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const nodeCsv = parseCsv(nodes.input, nodes.file, limits);
  chooseRole(nodeCsv, nodes.file, 'nodes');
  const edgeCsv = parseCsv(edges.input, edges.file, limits);
  chooseRole(edgeCsv, edges.file, 'edges');
  const nodeCtx = new Context(nodes.file, nodeCsv, limits);
  const table = readNodes(nodeCsv, nodeCtx);
  const index = new NodeIndex();
  for (const d of table.drafts) index.add(d.node, d.rawId);
  const edgeCtx = new Context(edges.file, edgeCsv, limits);
  const edgeList = readEdges(edgeCsv, edgeCtx, index, true);
  return result(
    'csv-nodes',
    [...table.nodes, ...index.created],
    edgeList,
    table.positions,
    [...nodeCtx.warnings, ...edgeCtx.warnings],
    [...nodeCtx.notes, ...edgeCtx.notes],
  );
}

function result(
  format: ImportFormat,
  nodes: GraphNode[],
  edges: GraphEdge[],
  positions: Record<string, [number, number]>,
  warnings: ImportWarning[],
  notes: string[],
): CsvImportResult {
  const out: CsvImportResult = {
    format,
    graph: { attributes: {}, options: { ...GRAPH_OPTIONS }, nodes, edges },
    warnings,
    notes,
  };
  if (Object.keys(positions).length > 0) out.positions = positions;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Header

interface Plan {
  table: CsvTable;
  /** Trimmed header cells. */
  headers: string[];
  width: number;
  mapped: Map<CsvField, number>;
  json: Array<{ index: number; attribute: string }>;
  extras: Array<{ index: number; attribute: string; unnamed: boolean }>;
  other: number | null;
}

function headerCells(parsed: ParsedCsv): string[] {
  return parsed.header.cells.map((c) => c.trim());
}

function chooseRole(parsed: ParsedCsv, file: string, wanted: 'nodes' | 'edges' | 'auto'): CsvTable {
  const cells = headerCells(parsed);
  const has = (table: CsvTable, field: CsvField) =>
    cells.some((c) => {
      const m = interpretHeader(table, c);
      return m.type === 'mapped' && m.column.field === field;
    });
  const isEdges = has('edges', 'source') && has('edges', 'target');
  const isNodes = has('nodes', 'label');
  const position = { line: parsed.header.line };
  // a header cell in quotes may hold line breaks: the message stays one line
  const shown = (c: string) => {
    const t = c.replace(/\s+/g, ' ');
    return t.length > 40 ? `${t.slice(0, 40)}…` : t;
  };
  const found = `die Spalten ${cells
    .slice(0, 8)
    .map((c) => `„${shown(c)}“`)
    .join(', ')}${cells.length > 8 ? ' …' : ''}`;
  const names = (table: CsvTable, field: CsvField) =>
    columnFor(table, field)
      .names.map((n) => `„${n}“`)
      .join(', ');
  if (wanted === 'edges' || (wanted === 'auto' && isEdges)) {
    if (!isEdges)
      throw new ImportError(
        file,
        position,
        `eine Kopfzeile einer Kantentabelle mit Quelle (${names('edges', 'source')}) und Ziel (${names('edges', 'target')})`,
        found,
      );
    return 'edges';
  }
  if (wanted === 'nodes' || isNodes) {
    if (!isNodes)
      throw new ImportError(
        file,
        position,
        `eine Kopfzeile einer Knotentabelle mit einer Namensspalte (${names('nodes', 'label')})`,
        found,
      );
    return 'nodes';
  }
  throw new ImportError(
    file,
    position,
    `eine Kopfzeile mit „Name“ (Knotentabelle) oder „Quelle“ und „Ziel“ (Kantentabelle)`,
    found,
  );
}

class Context {
  readonly warnings: ImportWarning[];
  readonly notes: string[];
  constructor(
    readonly file: string,
    readonly csv: ParsedCsv,
    readonly limits: ImportLimits,
  ) {
    this.warnings = [...csv.warnings];
    this.notes = [...csv.notes];
  }

  warn(rec: CsvRecord | null, message: string): void {
    const position = rec
      ? rec.row === 0
        ? { line: rec.line, offset: rec.start }
        : { row: rec.row, line: rec.line, offset: rec.start }
      : null;
    this.warnings.push({ file: this.file, position, message: oneLine(message) });
  }

  source(rec: CsvRecord): SourceRef[] {
    return [{ doc: this.file, start: rec.start, end: rec.end }];
  }

  /** The place of a cell's text in its row (the row when the cell is quoted or escaped in the file). */
  cellSource(rec: CsvRecord, cell: string): SourceRef[] {
    const at = this.csv.text.slice(rec.start, rec.end).indexOf(cell);
    return at < 0 ? this.source(rec) : [{ doc: this.file, start: rec.start + at, end: rec.start + at + cell.length }];
  }
}

function plan(table: CsvTable, ctx: Context): Plan {
  const header = ctx.csv.header;
  const out: Plan = {
    table,
    headers: headerCells(ctx.csv),
    width: header.cells.length,
    mapped: new Map(),
    json: [],
    extras: [],
    other: null,
  };
  const names = new Set<string>();
  const jsonNames = new Set<string>();
  out.headers.forEach((cell, index) => {
    const meaning = interpretHeader(table, cell);
    const duplicate = () =>
      ctx.warn(header, `Spalte ${index + 1} „${cell}“ kommt doppelt vor; nur die erste wird gelesen.`);
    switch (meaning.type) {
      case 'mapped':
        if (out.mapped.has(meaning.column.field)) duplicate();
        else out.mapped.set(meaning.column.field, index);
        break;
      case 'json': {
        const attribute = dataAttributeName(meaning.attribute);
        if (jsonNames.has(attribute)) duplicate();
        else {
          jsonNames.add(attribute);
          out.json.push({ index, attribute });
        }
        break;
      }
      case 'other':
        if (out.other !== null) duplicate();
        else out.other = index;
        break;
      case 'extra':
      case 'unnamed': {
        if (meaning.type === 'extra' && isFoundAtHeader(cell) && out.headers.some((h) => isSourcesJsonHeader(table, h)))
          break;
        const unnamed = meaning.type === 'unnamed';
        const attribute = unnamed ? `Spalte ${index + 1}` : dataAttributeName(meaning.attribute);
        if (names.has(attribute)) duplicate();
        else {
          names.add(attribute);
          out.extras.push({ index, attribute, unnamed });
        }
        break;
      }
    }
  });
  return out;
}

/** The exporter's derived "Fundstellen" column (columns.ts FOUND_AT_HEADER). */
function isFoundAtHeader(header: string): boolean {
  return headerKey(header) === headerKey(FOUND_AT_HEADER);
}

function isSourcesJsonHeader(table: CsvTable, header: string): boolean {
  const m = interpretHeader(table, header);
  return m.type === 'json' && m.attribute === 'sources';
}

// ---------------------------------------------------------------------------------------------
// Rows

class Row {
  constructor(
    readonly rec: CsvRecord,
    readonly plan: Plan,
  ) {}

  raw(index: number | undefined): string {
    return index === undefined ? '' : (this.rec.cells[index] ?? '');
  }

  /** Trimmed cell of a mapped column ('' when the column is missing or the cell blank). */
  get(field: CsvField): string {
    return this.raw(this.plan.mapped.get(field)).trim();
  }

  has(field: CsvField): boolean {
    return this.plan.mapped.has(field);
  }
}

/** The header of a mapped column as the file writes it, else the header the exporter writes. */
function headerOf(p: Plan, field: CsvField): string {
  return p.headers[p.mapped.get(field) ?? -1] ?? columnFor(p.table, field).header;
}

/** Common checks; false for a blank row (nothing in it, skipped without a warning). */
function checkRow(rec: CsvRecord, p: Plan, ctx: Context): boolean {
  for (const problem of rec.problems) ctx.warn(rec, `Die Zeile ist fehlerhaft: ${problem}.`);
  if (rec.cells.every((c) => c.trim() === '')) return false;
  if (rec.cells.length < p.width) {
    ctx.warn(
      rec,
      `Die Zeile hat ${rec.cells.length} ${rec.cells.length === 1 ? 'Feld' : 'Felder'}, die Kopfzeile ${p.width}; die fehlenden gelten als leer.`,
    );
  } else if (rec.cells.length > p.width) {
    const surplus = rec.cells.slice(p.width).filter((c) => c.trim() !== '');
    if (surplus.length > 0) {
      ctx.warn(
        rec,
        `Die Zeile hat ${rec.cells.length} Felder, die Kopfzeile ${p.width}; überzählige Werte ignoriert: ${surplus
          .slice(0, 3)
          .map((c) => `„${clip(c)}“`)
          .join(', ')}${surplus.length > 3 ? ' …' : ''}.`,
      );
    }
  }
  return true;
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}

/**
 * Attributes of the free columns: `Weitere Attribute (JSON)`, then text columns, then `<attr> (JSON)`
 * columns; contract attributes among them are checked against the schema. Returns the attribute
 * names set by JSON columns (they win over mapped columns).
 */
function freeAttributes(
  row: Row,
  ctx: Context,
  shape: Shape,
  unnamedWarned: Set<number>,
): { attrs: Attrs; fromJson: Set<string> } {
  const attrs: Attrs = {};
  const fromJson = new Set<string>();
  const foreign = new Map<string, string>(); // attribute → column header, for messages
  const { plan: p, rec } = row;
  const headers = p.headers;
  const maxDepth = ctx.limits.maxDepth;

  if (p.other !== null) {
    const cell = row.raw(p.other).trim();
    if (cell !== '') {
      const parsed = parseJsonCell(cell, maxDepth);
      if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
        ctx.warn(rec, `Spalte „${headers[p.other]}“: ${parsed.ok ? 'kein JSON-Objekt' : parsed.reason}; ignoriert.`);
      } else {
        for (const [k, v] of Object.entries(parsed.value)) {
          const name = dataAttributeName(k);
          setOwn(attrs, name, v);
          foreign.set(name, headers[p.other] ?? '');
        }
      }
    }
  }
  for (const e of p.extras) {
    const cell = row.raw(e.index).trim();
    if (cell === '') continue;
    if (e.unnamed && !unnamedWarned.has(e.index)) {
      unnamedWarned.add(e.index);
      ctx.warn(
        rec,
        `Spalte ${e.index + 1} hat keine Überschrift; ihre Werte werden als Attribut „${e.attribute}“ übernommen.`,
      );
    }
    setOwn(attrs, e.attribute, cell);
    foreign.set(e.attribute, headers[e.index] ?? e.attribute);
  }
  for (const j of p.json) {
    const cell = row.raw(j.index).trim();
    if (cell === '') continue;
    const parsed = parseJsonCell(cell, maxDepth);
    if (!parsed.ok) {
      ctx.warn(rec, `Spalte „${headers[j.index]}“: ${parsed.reason}; ignoriert.`);
      continue;
    }
    setOwn(attrs, j.attribute, parsed.value);
    fromJson.add(j.attribute);
    foreign.set(j.attribute, headers[j.index] ?? j.attribute);
  }
  for (const [name, header] of foreign) {
    if (!Object.hasOwn(shape, name)) continue;
    const value = attrs[name];
    if (shape[name]!.safeParse(value).success) continue;
    const coerced = typeof value === 'string' ? coerce(name, value) : undefined;
    if (coerced !== undefined && shape[name]!.safeParse(coerced).success) {
      attrs[name] = coerced;
      continue;
    }
    delete attrs[name];
    fromJson.delete(name);
    ctx.warn(
      rec,
      `Spalte „${header}“: ${describeValue(value)} passt nicht zum Attribut „${name}“ des Datenformats; ignoriert.`,
    );
  }
  return { attrs, fromJson };
}

/** Text of a free column named after a contract attribute that is not text. */
function coerce(name: string, value: string): unknown {
  if (name === 'lat' || name === 'lon') return parseNumber(value) ?? undefined;
  if (name === 'sgb2TargetGroup') return parseBoolean(value) ?? undefined;
  if (name === 'begin') return parseDate(value) ?? undefined;
  return undefined;
}

function describeValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return `„${clip(s)}“`;
}

// ---------------------------------------------------------------------------------------------
// Kinds and relation kinds

const compact = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '');
const KIND_FALLBACK = new Map<string, NodeKind>(
  NODE_KINDS.flatMap((k): Array<[string, NodeKind]> => [
    [compact(k), k],
    [compact(NODE_KIND_LABELS_DE[k]), k],
  ]),
);
const RELATION_FALLBACK = new Map<string, RelationKind>(
  RELATION_KINDS.flatMap((k): Array<[string, RelationKind]> => [
    [compact(k), k],
    [compact(RELATION_KIND_LABELS_DE[k]), k],
  ]),
);

/** kindFromName, plus our own German display labels with their slashes ("Kita / Familienzentrum"). */
export function kindOfCell(cell: string): NodeKind | null {
  return kindFromName(cell) ?? KIND_FALLBACK.get(compact(cell)) ?? null;
}

export function relationOfCell(cell: string): RelationKind | null {
  return relationFromName(cell) ?? RELATION_FALLBACK.get(compact(cell)) ?? null;
}

const kindText = (k: NodeKind) => `„${NODE_KIND_LABELS_DE[k]}“`;

// ---------------------------------------------------------------------------------------------
// Node table

interface NodeDraft {
  rec: CsvRecord;
  rawId: string;
  node: GraphNode;
  position?: [number, number];
  duplicate?: boolean;
}

interface NodeTable {
  drafts: NodeDraft[];
  nodes: GraphNode[];
  positions: Record<string, [number, number]>;
}

const TEXT_FIELDS = ['municipality', 'ags', 'role', 'organisation'] as const;
const LIST_FIELDS = ['targetGroups', 'email', 'phone', 'website', 'aliases'] as const;

function readNodes(csv: ParsedCsv, ctx: Context): NodeTable {
  const p = plan('nodes', ctx);
  if (!p.mapped.has('kind'))
    ctx.warn(
      csv.header,
      'Die Spalte „Art“ fehlt: die Art jedes Knotens wird aus dem ersten Wort des Namens geschlossen, sonst gilt „Organisation“.',
    );
  const unnamedWarned = new Set<number>();
  const drafts: NodeDraft[] = [];
  for (const rec of csv.rows) {
    if (!checkRow(rec, p, ctx)) continue;
    const draft = readNodeRow(new Row(rec, p), ctx, unnamedWarned);
    if (draft) drafts.push(draft);
  }
  const kept = assignNodeKeys(drafts, ctx);
  const positions: Record<string, [number, number]> = {};
  for (const d of kept) if (d.position) setOwn(positions, d.node.key, d.position);
  return { drafts: kept, nodes: kept.map((d) => d.node), positions };
}

/** One row of the node table as a draft without its key; undefined (with a warning) when it has no name. */
function readNodeRow(row: Row, ctx: Context, unnamedWarned: Set<number>): NodeDraft | undefined {
  const { attrs, fromJson } = freeAttributes(row, ctx, NODE_SHAPE, unnamedWarned);
  const label = nodeLabel(row, attrs, fromJson, ctx);
  if (label === undefined) return undefined;
  if (!fromJson.has('kind')) setNodeKind(row, attrs, label, ctx);
  setPlainNodeFields(row, attrs, fromJson);
  if (!fromJson.has('domains')) setNodeDomains(row, attrs, ctx);
  setNodeDates(row, attrs, fromJson, ctx);
  const position = nodePosition(row, ctx);
  if (!fromJson.has('sources')) attrs.sources = ctx.source(row.rec);
  const draft: NodeDraft = {
    rec: row.rec,
    rawId: row.get('key'),
    node: { key: '', attributes: attrs as GraphNode['attributes'] },
  };
  if (position) draft.position = position;
  return draft;
}

/** The node's name (a `label (JSON)` cell wins over the Name column), or undefined when it is empty. */
function nodeLabel(row: Row, attrs: Attrs, fromJson: ReadonlySet<string>, ctx: Context): string | undefined {
  const name = row.get('label');
  if (!fromJson.has('label') && name !== '') attrs.label = name;
  if (typeof attrs.label !== 'string' || (!fromJson.has('label') && attrs.label.trim() === '')) {
    ctx.warn(row.rec, `Der Name (Spalte „${headerOf(row.plan, 'label')}“) ist leer; die Zeile wird übersprungen.`);
    return undefined;
  }
  return attrs.label;
}

/** Art from its cell, else from the name's first word; warned about only when the table has an Art column. */
function setNodeKind(row: Row, attrs: Attrs, label: string, ctx: Context): void {
  const cell = row.get('kind');
  const named = cell === '' ? null : kindOfCell(cell);
  if (named) {
    attrs.kind = named;
    return;
  }
  if (!row.has('kind') && attrs.kind !== undefined) return;
  const guessed = kindFromLabel(label);
  attrs.kind = guessed ?? 'organisation';
  if (!row.has('kind')) return;
  const as = guessed ? `${kindText(guessed)} (aus dem Namen)` : kindText('organisation');
  ctx.warn(
    row.rec,
    cell === ''
      ? `Die Art fehlt; als ${as} übernommen.`
      : `Die Art „${clip(cell)}“ ist unbekannt; als ${as} übernommen.`,
  );
}

/** Text and list columns, taken as they are unless a JSON column set the attribute. */
function setPlainNodeFields(row: Row, attrs: Attrs, fromJson: ReadonlySet<string>): void {
  for (const f of TEXT_FIELDS) {
    const cell = row.get(f);
    if (cell !== '' && !fromJson.has(f)) attrs[f] = cell;
  }
  for (const f of LIST_FIELDS) {
    const items = splitList(row.get(f));
    if (items.length > 0 && !fromJson.has(f)) attrs[f] = items;
  }
}

/** The known Rechtskreise of the cell; unknown ones are dropped with a warning. */
function setNodeDomains(row: Row, attrs: Attrs, ctx: Context): void {
  const domains = [];
  for (const item of splitList(row.get('domains'))) {
    const d = parseDomain(item);
    if (d) domains.push(d);
    else
      ctx.warn(
        row.rec,
        `Der Rechtskreis „${clip(item)}“ ist unbekannt (erwartet SGB II, SGB III, SGB VIII, SGB XII, Schule oder Gesundheit); weggelassen.`,
      );
  }
  if (domains.length > 0) attrs.domains = domains;
}

/** The date of a cell; a cell that is no date is kept as text under its header's name, with a warning. */
function nodeDate(row: Row, field: 'start' | 'end' | 'begin', attrs: Attrs, ctx: Context): string | undefined {
  const cell = row.get(field);
  if (cell === '') return undefined;
  const d = parseDate(cell);
  if (d) return d;
  const header = headerOf(row.plan, field);
  const keep = dataAttributeName(header);
  if (attrs[keep] === undefined) setOwn(attrs, keep, cell);
  ctx.warn(
    row.rec,
    `„${clip(cell)}“ in Spalte „${header}“ ist kein Datum (erwartet JJJJ, JJJJ-MM, JJJJ-MM-TT oder TT.MM.JJJJ); als Text im Attribut „${keep}“ behalten.`,
  );
  return undefined;
}

function setNodeDates(row: Row, attrs: Attrs, fromJson: ReadonlySet<string>, ctx: Context): void {
  if (!fromJson.has('period')) {
    const start = nodeDate(row, 'start', attrs, ctx);
    const end = nodeDate(row, 'end', attrs, ctx);
    if (start !== undefined || end !== undefined)
      attrs.period = { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  }
  if (!fromJson.has('begin')) {
    const begin = nodeDate(row, 'begin', attrs, ctx);
    if (begin !== undefined) attrs.begin = begin;
  }
}

/** x and y of the row; none (with a warning) when either is not a number. */
function nodePosition(row: Row, ctx: Context): [number, number] | undefined {
  const xs = row.get('x');
  const ys = row.get('y');
  if (xs === '' && ys === '') return undefined;
  const x = parseNumber(xs);
  const y = parseNumber(ys);
  if (x !== null && y !== null) return [x, y];
  const bad = [x === null ? `x „${clip(xs)}“` : '', y === null ? `y „${clip(ys)}“` : ''].filter(Boolean).join(' und ');
  ctx.warn(row.rec, `Keine Zahl: ${bad}; der Knoten bekommt keine Position.`);
  return undefined;
}

/** Keys: explicit IDs first, so that a derived key never takes an ID a later row states. The drafts kept. */
function assignNodeKeys(drafts: NodeDraft[], ctx: Context): NodeDraft[] {
  const owner = new Map<string, CsvRecord>();
  for (const d of drafts) {
    if (d.rawId === '') continue;
    const a = d.node.attributes;
    const key = nodeKeyFor(a.kind, d.rawId, a.label);
    const first = owner.get(key);
    if (first) {
      ctx.warn(
        d.rec,
        `Die ID „${clip(d.rawId)}“ (Schlüssel „${key}“) steht schon in Zeile ${first.row} der Daten; diese Zeile wird übersprungen.`,
      );
      d.duplicate = true;
      continue;
    }
    owner.set(key, d.rec);
    d.node.key = key;
  }
  const kept: NodeDraft[] = [];
  for (const d of drafts) {
    if (d.duplicate) continue;
    if (d.rawId === '') deriveNodeKey(d, owner, ctx);
    kept.push(d);
  }
  return kept;
}

/** The key from kind and name, numbered (`-2`, `-3` …) when it is taken. */
function deriveNodeKey(d: NodeDraft, owner: Map<string, CsvRecord>, ctx: Context): void {
  const a = d.node.attributes;
  const base = nodeKeyFor(a.kind, '', a.label);
  let key = base;
  for (let i = 2; owner.has(key); i++) key = `${base}-${i}`;
  if (key !== base)
    ctx.warn(
      d.rec,
      `Der Schlüssel „${base}“ (aus dem Namen „${clip(a.label)}“) ist schon vergeben (Zeile ${owner.get(base)!.row} der Daten); dieser Knoten bekommt „${key}“.`,
    );
  owner.set(key, d.rec);
  d.node.key = key;
}

// ---------------------------------------------------------------------------------------------
// Edge table

/** Finds nodes by key, by the table's own ID, by name (exact, then folded) and by alias; creates unknown ones. */
class NodeIndex {
  private readonly byKey = new Map<string, GraphNode>();
  private readonly byId = new Map<string, string>();
  private readonly byLabel = new Map<string, string[]>();
  private readonly byFold = new Map<string, string[]>();
  private readonly byAlias = new Map<string, string[]>();
  readonly created: GraphNode[] = [];

  add(node: GraphNode, rawId = ''): void {
    this.byKey.set(node.key, node);
    if (rawId !== '' && !this.byId.has(rawId)) this.byId.set(rawId, node.key);
    const push = (m: Map<string, string[]>, k: string) => {
      const list = m.get(k);
      if (list) list.push(node.key);
      else m.set(k, [node.key]);
    };
    const label = node.attributes.label.trim();
    push(this.byLabel, label);
    push(this.byFold, fold(label));
    for (const a of node.attributes.aliases ?? []) push(this.byAlias, fold(a));
  }

  /** Key(s) of the node a cell names; several keys when a name is ambiguous. */
  find(name: string): string[] {
    const byKey = this.byKey.get(name);
    if (byKey) return [byKey.key];
    const byId = this.byId.get(name);
    if (byId) return [byId];
    return this.byLabel.get(name) ?? this.byFold.get(fold(name)) ?? this.byAlias.get(fold(name)) ?? [];
  }

  create(name: string, sources: SourceRef[]): GraphNode {
    const kind = kindFromLabel(name) ?? 'organisation';
    const base = nodeKeyFor(kind, NAMESPACED.test(name) ? name : '', name);
    let key = base;
    for (let i = 2; this.byKey.has(key); i++) key = `${base}-${i}`;
    const node: GraphNode = { key, attributes: { label: name, kind, sources } };
    this.add(node);
    this.created.push(node);
    return node;
  }
}

/** What reading the rows of an edge table shares. */
interface EdgeReading {
  ctx: Context;
  index: NodeIndex;
  withNodeTable: boolean;
  /** The row of each edge ID seen so far. */
  keyOwner: Map<string, CsvRecord>;
  unnamedWarned: Set<number>;
}

function readEdges(csv: ParsedCsv, ctx: Context, index: NodeIndex, withNodeTable: boolean): GraphEdge[] {
  const p = plan('edges', ctx);
  if (!p.mapped.has('relation'))
    ctx.warn(csv.header, 'Die Spalte „Beziehung“ fehlt: alle Kanten gelten als „Partner“.');
  const reading: EdgeReading = { ctx, index, withNodeTable, keyOwner: new Map(), unnamedWarned: new Set() };
  const edges: GraphEdge[] = [];
  const createdBefore = index.created.length;
  for (const rec of csv.rows) {
    if (!checkRow(rec, p, ctx)) continue;
    const edge = readEdgeRow(new Row(rec, p), reading);
    if (edge) edges.push(edge);
  }
  const created = index.created.length - createdBefore;
  if (!withNodeTable && created > 0)
    ctx.notes.push(
      `${created} ${created === 1 ? 'Knoten' : 'Knoten'} aus den Namen in Quelle und Ziel angelegt (Art aus dem ersten Wort des Namens, sonst Organisation).`,
    );
  return edges;
}

/** One row of the edge table; undefined (with a warning) when an end is blank or the ID came before. */
function readEdgeRow(row: Row, r: EdgeReading): GraphEdge | undefined {
  const { ctx } = r;
  const { rec } = row;
  const source = row.get('source');
  const target = row.get('target');
  if (source === '' || target === '') {
    warnBlankEnds(row, source, target, ctx);
    return undefined;
  }
  const key = row.get('key');
  if (key !== '' && !claimEdgeKey(rec, key, r)) return undefined;
  const { attrs, fromJson } = freeAttributes(row, ctx, EDGE_SHAPE, r.unnamedWarned);
  const sourceKey = endpoint(source, 'Quelle', rec, r);
  const targetKey = endpoint(target, 'Ziel', rec, r);
  if (!fromJson.has('kind')) setRelation(row, attrs, ctx);
  const cue = row.get('cue');
  if (cue !== '' && !fromJson.has('cue')) attrs.cue = cue;
  // the Beleg cell is the evidence of the tie, when it stands in the file as written
  if (!fromJson.has('sources')) attrs.sources = cue !== '' ? ctx.cellSource(rec, cue) : ctx.source(rec);
  const edge: GraphEdge = { source: sourceKey, target: targetKey, attributes: attrs as GraphEdge['attributes'] };
  if (key !== '') edge.key = key;
  setDirection(row, edge, ctx);
  return edge;
}

function warnBlankEnds(row: Row, source: string, target: string, ctx: Context): void {
  const missing = [
    source === '' ? `Quelle (Spalte „${headerOf(row.plan, 'source')}“)` : '',
    target === '' ? `Ziel (Spalte „${headerOf(row.plan, 'target')}“)` : '',
  ]
    .filter(Boolean)
    .join(' und ');
  ctx.warn(row.rec, `${missing} leer; die Zeile wird übersprungen.`);
}

/** False (with a warning) when an earlier row has this edge ID. */
function claimEdgeKey(rec: CsvRecord, key: string, r: EdgeReading): boolean {
  const first = r.keyOwner.get(key);
  if (first) {
    r.ctx.warn(
      rec,
      `Die Kanten-ID „${clip(key)}“ steht schon in Zeile ${first.row} der Daten; diese Zeile wird übersprungen.`,
    );
    return false;
  }
  r.keyOwner.set(key, rec);
  return true;
}

/** The key of the node a Quelle or Ziel cell names: the first of several, or a node created for it. */
function endpoint(name: string, role: 'Quelle' | 'Ziel', rec: CsvRecord, r: EdgeReading): string {
  const found = r.index.find(name);
  if (found.length > 1)
    r.ctx.warn(
      rec,
      `${role} „${clip(name)}“ passt auf ${found.length} Knoten (${found
        .slice(0, 3)
        .map((k) => `„${k}“`)
        .join(', ')}${found.length > 3 ? ' …' : ''}); verwendet wird „${found[0]}“.`,
    );
  if (found[0] !== undefined) return found[0];
  const node = r.index.create(name, r.ctx.source(rec));
  if (r.withNodeTable)
    r.ctx.warn(
      rec,
      `${role} „${clip(name)}“ steht nicht in der Knotentabelle; als neuer Knoten „${node.key}“ (${NODE_KIND_LABELS_DE[node.attributes.kind]}) angelegt.`,
    );
  return node.key;
}

/** Beziehung from its cell, else partner; warned about only when the table has a Beziehung column. */
function setRelation(row: Row, attrs: Attrs, ctx: Context): void {
  const cell = row.get('relation');
  const named = cell === '' ? null : relationOfCell(cell);
  if (named) {
    attrs.kind = named;
    return;
  }
  if (!row.has('relation') && attrs.kind !== undefined) return;
  attrs.kind = 'partner';
  if (row.has('relation'))
    ctx.warn(
      row.rec,
      cell === ''
        ? 'Die Beziehung fehlt; als „Partner“ übernommen.'
        : `Die Beziehung „${clip(cell)}“ ist unbekannt; als „Partner“ übernommen.`,
    );
}

/** ungerichtet: yes or no; any other text leaves the edge directed, with a warning. */
function setDirection(row: Row, edge: GraphEdge, ctx: Context): void {
  const dir = row.get('undirected');
  if (dir === '') return;
  const b = parseBoolean(dir);
  if (b === null)
    ctx.warn(
      row.rec,
      `„${clip(dir)}“ in Spalte „${headerOf(row.plan, 'undirected')}“ ist weder ja noch nein; die Kante bleibt gerichtet.`,
    );
  else edge.undirected = b;
}
