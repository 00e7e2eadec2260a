/**
 * GEXF 1.3 (http://gexf.net/1.3, viz http://gexf.net/1.3/viz) for Gephi, Gephi Lite and NetworkX.
 * Deterministic: attribute columns sorted by name, nodes and edges in the graph's order, no dates.
 *
 * Conventions (read back by read.ts, so that importGexf(writeGexf(g)).graph equals g):
 * - Node: `id` = key, `label` = label; every other attribute in `<attvalues>`. Columns are typed from
 *   the values: strings `string`, safe integers `long`, other numbers `double`, booleans `boolean`;
 *   arrays, objects, null, mixed types and strings XML cannot carry are JSON text in a `string` column
 *   whose id ends in `.json` (title = the plain name, so Gephi shows e.g. "sources"). Column ids are
 *   `n0`, `n1.json`, … / `e0`, … (Gephi lower-cases and reserves some column ids; titles stay free).
 * - Edge: `id` = key (omitted when the edge has none), `kind="<relation kind>"` (raw, Gephi's edge kind),
 *   `label` = German display name of the kind, `weight` when the edge has a finite numeric `weight`;
 *   other attributes (also an edge's own `label`) in `<attvalues>`.
 * - Direction: `defaultedgetype="undirected"` when every edge is undirected (and the graph is not
 *   declared directed), else `"directed"`; per edge `type="undirected"` for `undirected: true` and
 *   `type="directed"` for an explicit `undirected: false`. Mixed graphs are valid GEXF 1.3 this way.
 * - Graph options and graph attributes: JSON in `netzatlas:options` / `netzatlas:attributes` on
 *   `<graph>` (namespace urn:netzatlas:xml:1; other tools ignore them); `<meta>` names the creator
 *   and, as description, the title (option `title`, else the graph attribute `name`).
 * - Display (options): `viz:position x y` (exact: shortest round-trip decimal), `viz:size`,
 *   `viz:color r g b [a]` from `#rgb[a]`/`#rrggbb[aa]`/`rgb[a]()`; non-finite values are skipped.
 */
import { documentInfoOf, type GraphJSON, RELATION_KIND_LABELS_DE } from '../../model/index.ts';
import { NETZATLAS_XML_NS } from '../xml/safety.ts';
import {
  colourOf,
  columnValue,
  edgesDefaultUndirected,
  encodeValue,
  withFoundAt,
  jsonForXml,
  formatXmlNumber,
  inferColumns,
  own,
  positionOf,
  sizeOf,
  xmlEscape,
  xmlTypeName,
  type WriteColumn,
  type XmlWriteOptions,
} from '../xml/text.ts';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

type Node = GraphJSON['nodes'][number];
type Edge = GraphJSON['edges'][number];

export function writeGexf(graph: GraphJSON, options: XmlWriteOptions = {}): string {
  const documents = documentInfoOf(graph.attributes);
  const nodeColumns = withFoundAt(
    inferColumns(
      graph.nodes.map((n) => n.attributes),
      'n',
      isLabel,
    ),
    graph.nodes,
    'n',
    documents,
  );
  const edgeColumns = withFoundAt(
    inferColumns(
      graph.edges.map((e) => e.attributes),
      'e',
      inEdgeTag,
    ),
    graph.edges,
    'e',
    documents,
  );
  const defaultUndirected = edgesDefaultUndirected(graph);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" xmlns:netzatlas="${NETZATLAS_XML_NS}" version="1.3">`,
    ...metaLines(graph, options),
    graphTag(graph, defaultUndirected),
  ];
  writeDeclarations(out, 'node', nodeColumns);
  writeDeclarations(out, 'edge', edgeColumns);
  out.push(`    <nodes count="${graph.nodes.length}">`);
  for (const n of graph.nodes) writeNode(out, n, nodeColumns, options);
  out.push('    </nodes>');
  out.push(`    <edges count="${graph.edges.length}">`);
  for (const e of graph.edges) writeEdge(out, e, edgeColumns, defaultUndirected);
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

/** `<meta>`: the creator and, as description, the title (option `title`, else the graph attribute `name`). */
function metaLines(graph: GraphJSON, options: XmlWriteOptions): string[] {
  const name = graph.attributes?.['name'];
  const title = options.title ?? (typeof name === 'string' ? name : undefined);
  return [
    '  <meta>',
    '    <creator>Netzatlas</creator>',
    ...(title !== undefined ? [`    <description>${xmlEscape(title)}</description>`] : []),
    '  </meta>',
  ];
}

/** The opening `<graph>` tag: edge default, and graph options and attributes as JSON in our namespace. */
function graphTag(graph: GraphJSON, defaultUndirected: boolean): string {
  let tag = `  <graph mode="static" defaultedgetype="${defaultUndirected ? 'undirected' : 'directed'}" idtype="string"`;
  if (graph.options !== undefined) tag += ` netzatlas:options="${xmlEscape(jsonForXml(graph.options) ?? '{}')}"`;
  if (graph.attributes !== undefined)
    tag += ` netzatlas:attributes="${xmlEscape(jsonForXml(graph.attributes) ?? '{}')}"`;
  return `${tag}>`;
}

function writeNode(out: string[], n: Node, columns: WriteColumn[], options: XmlWriteOptions): void {
  const inner: string[] = [];
  attvalues(inner, columns, n.attributes, isLabel);
  inner.push(...vizLines(n.key, options));
  const label = n.attributes.label;
  const open = `      <node id="${xmlEscape(n.key)}"${typeof label === 'string' ? ` label="${xmlEscape(label)}"` : ''}`;
  element(out, open, 'node', inner);
}

/** A node's colour, position and size (viz namespace), each only when given and valid. */
function vizLines(key: string, options: XmlWriteOptions): string[] {
  const lines: string[] = [];
  const c = colourOf(options, key);
  if (c) lines.push(`        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"${c.a !== undefined ? ` a="${c.a}"` : ''}/>`);
  const p = positionOf(options, key);
  if (p) lines.push(`        <viz:position x="${formatXmlNumber(p[0])}" y="${formatXmlNumber(p[1])}"/>`);
  const size = sizeOf(options, key);
  if (size !== undefined) lines.push(`        <viz:size value="${formatXmlNumber(size)}"/>`);
  return lines;
}

function writeEdge(out: string[], e: Edge, columns: WriteColumn[], defaultUndirected: boolean): void {
  const inner: string[] = [];
  attvalues(inner, columns, e.attributes, inEdgeTag);
  element(out, edgeOpenTag(e, defaultUndirected), 'edge', inner);
}

/** `<edge` with id, ends, direction where it differs from the default, kind with its German label, and weight. */
function edgeOpenTag(e: Edge, defaultUndirected: boolean): string {
  const a = e.attributes;
  let open = '      <edge';
  if (e.key !== undefined) open += ` id="${xmlEscape(e.key)}"`;
  open += ` source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"`;
  if (e.undirected === true && !defaultUndirected) open += ' type="undirected"';
  else if (e.undirected === false) open += ' type="directed"';
  if (typeof a.kind === 'string') {
    open += ` kind="${xmlEscape(a.kind)}" label="${xmlEscape(own(RELATION_KIND_LABELS_DE, a.kind) ?? a.kind)}"`;
  }
  const weight = a['weight'];
  if (typeof weight === 'number' && Number.isFinite(weight)) open += ` weight="${formatXmlNumber(weight)}"`;
  return open;
}

/** A node's `label` is written on the `<node>` tag itself. */
function isLabel(name: string): boolean {
  return name === 'label';
}

function writeDeclarations(out: string[], cls: 'node' | 'edge', columns: WriteColumn[]): void {
  if (columns.length === 0) return;
  out.push(`    <attributes class="${cls}" mode="static">`);
  for (const c of columns)
    out.push(`      <attribute id="${xmlEscape(c.id)}" title="${xmlEscape(c.name)}" type="${xmlTypeName(c.type)}"/>`);
  out.push('    </attributes>');
}

/** Edge attributes written on the `<edge>` tag itself rather than as attvalues. */
function inEdgeTag(name: string, v: unknown): boolean {
  return (
    (name === 'kind' && typeof v === 'string') || (name === 'weight' && typeof v === 'number' && Number.isFinite(v))
  );
}

function attvalues(
  inner: string[],
  columns: WriteColumn[],
  bag: Readonly<Record<string, unknown>>,
  skip: (name: string, v: unknown) => boolean,
): void {
  const values: string[] = [];
  for (const c of columns) {
    const v = columnValue(c, bag);
    if (v === undefined || (!c.derive && skip(c.name, v))) continue;
    const text = encodeValue(c, v);
    if (text !== undefined) values.push(`          <attvalue for="${xmlEscape(c.id)}" value="${xmlEscape(text)}"/>`);
  }
  if (values.length === 0) return;
  inner.push('        <attvalues>', ...values, '        </attvalues>');
}

function element(out: string[], open: string, name: string, inner: string[]): void {
  if (inner.length === 0) out.push(`${open}/>`);
  else out.push(`${open}>`, ...inner, `      </${name}>`);
}
