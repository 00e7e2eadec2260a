/**
 * CSV export of a graph as two spreadsheet tables (nodes, edges) that Excel and LibreOffice open
 * directly and that read.ts reads back exactly: `importCsvPair(writeCsvNodes(g),
 * writeCsvEdges(g)).graph` deep-equals g for graphs following the data contract (namespaced node
 * keys and edge keys without surrounding blanks, no attributes named like sigma's display data,
 * options `{ type: 'mixed', multi: true, allowSelfLoops: true }`, no graph attributes — CSV has no
 * place for the last two).
 *
 * Form: UTF-8 with BOM (Excel then reads umlauts right), `;` as separator, CRLF line ends, a CRLF
 * after the last row; fields quoted when they contain `;`, `"`, a line break, a BOM, leading or
 * trailing blanks, `,` or a tab (the last two so that no reader takes `,` or tab for the separator);
 * quotes doubled. German headers come from CSV_COLUMNS.
 *
 * Formula escaping (OWASP "CSV Injection"): every text cell, headers included, that begins with
 * `=`, `+`, `-`, `@`, tab, CR or NUL, after optional blanks, gets a leading `'` (`=HYPERLINK(…)` → `'=HYPERLINK(…)`,
 * ` =1+1` → `' =1+1`), and so
 * does a cell that begins with apostrophes before one of those, so the importer can remove exactly
 * one. papaparse's own `escapeFormulae: true` is not used: its pattern `/^[=+\-@\t\r].*$/` has no
 * `s` flag and so misses every cell with a line break after the first character ("=A1\nx").
 * Numbers (x, y) are written as numbers and not escaped ("-3.5" is no formula).
 *
 * Which column holds what (a value is "plain" when the importer reads it back unchanged from a
 * cell: a text without surrounding blanks or control characters other than tab/LF/CR; a list of
 * such texts without `;` or `|`, joined with " | "; a period of only start/end dates):
 * - a mapped attribute (Kommune, Rechtskreise, Beginn/Ende, E-Mail, …): plain values in its German
 *   column, the others (e.g. an alias containing ";", an empty list) in a column `<attr> (JSON)`
 *   (`aliases (JSON)`, `period (JSON)`), filled only on those rows; the importer lets a non-blank
 *   JSON cell win. The Name column always holds the (trimmed) label; `label (JSON)` only the labels
 *   that are not plain.
 * - any other attribute the same way under its own name, if that name is no column name of either
 *   table (an attribute "Quelle" would turn the node table into an edge table): plain texts in a
 *   column named after it, everything else (numbers, booleans, objects, `sources`) in `<attr> (JSON)`;
 *   attributes whose names cannot be headers (blank, surrounding blanks, control characters,
 *   "Weitere Attribute") go as one JSON object per row into `Weitere Attribute (JSON)`.
 * - JSON cells escape DEL as well, so the file never holds a control character other than
 *   tab/LF/CR outside node and edge keys (which are written verbatim).
 * - `Fundstellen`: the sources as people read them ("Titel (Datum) – Seite n · Adresse", from `sources`
 *   and the graph's documentInfo), after the other columns; derived, so the importer skips it when the
 *   table has a `sources (JSON)` column. CSV has no place for documentInfo itself.
 * - Art and Beziehung are written as German labels ("Jugendamt", "gefördert von"); ungerichtet as
 *   ja/nein, empty when the edge does not say.
 */
import Papa from 'papaparse';
import {
  type DocumentInfo,
  documentInfoOf,
  foundAtText,
  type GraphJSON,
  NODE_KIND_LABELS_DE,
  RELATION_KIND_LABELS_DE,
} from '../../model/index.ts';
import { compareStrings } from '../../util/index.ts';
import {
  columnFor,
  FOUND_AT_HEADER,
  isJsonColumnName,
  isPlainColumnName,
  JSON_COLUMN_SUFFIX,
  OTHER_ATTRIBUTES_HEADER,
  type CsvField,
  type CsvTable,
} from './columns.ts';
import { BOOLEAN_TEXT, CONTROL_CHARS, isDateString, isPlainList, isPlainText, jsonCell, LIST_JOIN } from './values.ts';
import { ESCAPE_FORMULA } from '../formula.ts';

export interface CsvNodeWriteOptions {
  /** Map positions by node key (e.g. data/layout.json); written as columns x and y. */
  positions?: Readonly<Record<string, readonly [number, number]>>;
}

type Cell = string | number | undefined;
type Attrs = Record<string, unknown>;
interface Column<T> {
  header: string;
  cell: (item: T) => Cell;
}

const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/** Own attribute value, `undefined` when absent (also for names like `__proto__`). */
function own(attrs: Attrs, name: string): unknown {
  return Object.hasOwn(attrs, name) ? attrs[name] : undefined;
}

function isPlainPeriod(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  const p = v as Attrs;
  return keys.length > 0 && keys.every((k) => (k === 'start' || k === 'end') && isDateString(p[k]));
}

/** Columns for the attributes the tables map to German headers, then the free attributes. */
class Columns<T> {
  readonly list: Array<Column<T>> = [];
  private readonly jsonColumns: Array<Column<T>> = [];
  private readonly other: string[] = [];

  constructor(
    readonly table: CsvTable,
    readonly items: readonly T[],
    readonly attrsOf: (item: T) => Attrs,
  ) {}

  values(name: string): unknown[] {
    return this.items.map((i) => own(this.attrsOf(i), name)).filter((v) => v !== undefined);
  }

  add(header: string, cell: (item: T) => Cell): void {
    this.list.push({ header, cell });
  }

  /** A column `<name> (JSON)`; with `only`, filled just for the values it accepts. */
  addJson(name: string, only?: (v: unknown) => boolean): void {
    this.jsonColumns.push({
      header: `${name}${JSON_COLUMN_SUFFIX}`,
      cell: (i) => {
        const v = own(this.attrsOf(i), name);
        return v === undefined || (only && !only(v)) ? undefined : jsonCell(v);
      },
    });
  }

  /**
   * A mapped attribute: values that fit `plain` go to its German column, the others to its JSON
   * column (which the importer lets win), so an odd value does not hide the readable ones.
   */
  mapped(field: CsvField, name: string, plain: (v: unknown) => boolean, text: (v: unknown) => string): void {
    const values = this.values(name);
    if (values.some(plain)) {
      this.add(columnFor(this.table, field).header, (i) => {
        const v = own(this.attrsOf(i), name);
        return v !== undefined && plain(v) ? text(v) : undefined;
      });
    }
    if (!values.every(plain)) this.addJson(name, (v) => !plain(v));
  }

  /** Every attribute not in `mapped`, in code-unit order. */
  free(mapped: ReadonlySet<string>): void {
    const names = new Set<string>();
    for (const i of this.items) for (const k of Object.keys(this.attrsOf(i))) if (!mapped.has(k)) names.add(k);
    for (const name of [...names].sort(compareStrings)) {
      const values = this.values(name);
      const plainName = isPlainColumnName(name);
      const plain = (v: unknown) => plainName && isPlainText(v);
      if (values.some(plain)) {
        this.add(name, (i) => {
          const v = own(this.attrsOf(i), name);
          return plain(v) ? (v as string) : undefined;
        });
      }
      if (values.every(plain)) continue;
      if (isJsonColumnName(name)) this.addJson(name, (v) => !plain(v));
      else this.other.push(name);
    }
  }

  finish(): Array<Column<T>> {
    const out = [...this.list, ...this.jsonColumns.sort((a, b) => compareStrings(a.header, b.header))];
    if (this.other.length > 0) {
      const names = this.other;
      out.push({
        header: OTHER_ATTRIBUTES_HEADER,
        cell: (i) => {
          const attrs = this.attrsOf(i);
          const entries = names
            .filter((n) => own(attrs, n) !== undefined)
            .map((n): [string, unknown] => [n, own(attrs, n)]);
          return entries.length === 0 ? undefined : jsonCell(Object.fromEntries(entries));
        },
      });
    }
    return out;
  }
}

const NODE_MAPPED: ReadonlySet<string> = new Set([
  'label',
  'kind',
  'municipality',
  'ags',
  'domains',
  'period',
  'begin',
  'targetGroups',
  'role',
  'organisation',
  'email',
  'phone',
  'website',
  'aliases',
]);
const EDGE_MAPPED: ReadonlySet<string> = new Set(['kind', 'cue']);

const asText = (v: unknown) => v as string;
const asList = (v: unknown) => (v as string[]).join(LIST_JOIN);

/** The node table: one row per node, in the graph's order. */
export function writeCsvNodes(graph: GraphJSON, options: CsvNodeWriteOptions = {}): string {
  type N = GraphJSON['nodes'][number];
  const c = new Columns<N>('nodes', graph.nodes, (n) => n.attributes);
  c.add(columnFor('nodes', 'key').header, (n) => n.key);
  // Name always (readable, trimmed); labels that would not come back from it also go to `label (JSON)`.
  c.add(columnFor('nodes', 'label').header, (n) =>
    n.attributes.label.replace(new RegExp(CONTROL_CHARS.source, 'g'), '').trim(),
  );
  if (!c.values('label').every(isPlainText)) c.addJson('label', (v) => !isPlainText(v));
  c.add(columnFor('nodes', 'kind').header, (n) => NODE_KIND_LABELS_DE[n.attributes.kind] ?? String(n.attributes.kind));
  c.mapped('municipality', 'municipality', isPlainText, asText);
  c.mapped('ags', 'ags', isPlainText, asText);
  c.mapped('domains', 'domains', isPlainList, asList);
  const periods = c.values('period');
  for (const f of ['start', 'end'] as const) {
    if (periods.some((p) => isPlainPeriod(p) && (p as Attrs)[f] !== undefined)) {
      c.add(columnFor('nodes', f).header, (n) => {
        const p = own(n.attributes, 'period');
        return isPlainPeriod(p) ? ((p as Attrs)[f] as string | undefined) : undefined;
      });
    }
  }
  if (!periods.every(isPlainPeriod)) c.addJson('period', (v) => !isPlainPeriod(v));
  c.mapped('begin', 'begin', isDateString, asText);
  c.mapped('targetGroups', 'targetGroups', isPlainList, asList);
  c.mapped('role', 'role', isPlainText, asText);
  c.mapped('organisation', 'organisation', isPlainText, asText);
  c.mapped('email', 'email', isPlainList, asList);
  c.mapped('phone', 'phone', isPlainList, asList);
  c.mapped('website', 'website', isPlainList, asList);
  c.mapped('aliases', 'aliases', isPlainList, asList);
  const positions = options.positions;
  const positionOf = (n: N): readonly [number, number] | undefined => {
    const p = positions && Object.hasOwn(positions, n.key) ? positions[n.key] : undefined;
    return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined;
  };
  if (graph.nodes.some((n) => positionOf(n))) {
    c.add(columnFor('nodes', 'x').header, (n) => positionOf(n)?.[0]);
    c.add(columnFor('nodes', 'y').header, (n) => positionOf(n)?.[1]);
  }
  c.free(NODE_MAPPED);
  addFoundAt(c, documentInfoOf(graph.attributes));
  return render(c.finish(), graph.nodes);
}

/** The edge table: one row per edge, in the graph's order; Quelle and Ziel are node keys. */
export function writeCsvEdges(graph: GraphJSON): string {
  type E = GraphJSON['edges'][number];
  const c = new Columns<E>('edges', graph.edges, (e) => e.attributes);
  if (graph.edges.some((e) => e.key !== undefined)) c.add(columnFor('edges', 'key').header, (e) => e.key);
  c.add(columnFor('edges', 'source').header, (e) => e.source);
  c.add(columnFor('edges', 'target').header, (e) => e.target);
  c.add(
    columnFor('edges', 'relation').header,
    (e) => RELATION_KIND_LABELS_DE[e.attributes.kind] ?? String(e.attributes.kind),
  );
  c.mapped('cue', 'cue', isPlainText, asText);
  if (graph.edges.some((e) => e.undirected !== undefined)) {
    c.add(columnFor('edges', 'undirected').header, (e) =>
      e.undirected === undefined ? undefined : BOOLEAN_TEXT[e.undirected ? 'true' : 'false'],
    );
  }
  c.free(EDGE_MAPPED);
  addFoundAt(c, documentInfoOf(graph.attributes));
  return render(c.finish(), graph.edges);
}

/** The readable "Fundstellen" column (title, date, page, address of each source), when any row has sources. */
function addFoundAt<T>(c: Columns<T>, documents: ReadonlyMap<string, DocumentInfo>): void {
  if (!c.values('sources').some((v) => foundAtText(v, documents) !== undefined)) return;
  c.add(FOUND_AT_HEADER, (i) => foundAtText(own(c.attrsOf(i), 'sources'), documents));
}

function render<T>(columns: Array<Column<T>>, items: readonly T[]): string {
  const rows: Cell[][] = [
    columns.map((col) => col.header),
    ...items.map((item) => columns.map((col) => col.cell(item))),
  ];
  const csv = Papa.unparse(rows, {
    delimiter: ';',
    newline: NEWLINE,
    header: false,
    escapeFormulae: ESCAPE_FORMULA,
    quotes: (value: unknown) => typeof value === 'string' && /[,\t]/.test(value),
  });
  return `${BOM}${csv}${NEWLINE}`;
}
