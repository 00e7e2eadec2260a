/**
 * GraphML for yEd, Gephi, NetworkX and igraph (graphology-graphml only parses, so this is our own
 * writer). Deterministic: keys sorted by name, nodes and edges in the graph's order, no dates.
 *
 * Conventions (read back by read.ts, so that importGraphml(writeGraphml(g)).graph equals g):
 * - Every attribute, `label` and `kind` included, is a `<data>` of a typed `<key>`: strings `string`,
 *   safe integers `long`, other numbers `double`, booleans `boolean`. Arrays, objects, null, mixed
 *   types and strings XML cannot carry are JSON text in a `string` key whose id ends in `.json`;
 *   `attr.name` is always the plain name (NetworkX and Gephi show e.g. "sources"). Key ids are
 *   `g0…` (graph), `n0…` (node), `e0…` (edge), each with `.json` where JSON-encoded.
 * - Node `id` = key; edge `id` = key (omitted when the edge has none).
 * - Direction: `edgedefault="undirected"` when every edge is undirected (and the graph is not
 *   declared directed), else `"directed"`; per edge `directed="false"` for `undirected: true` and
 *   `directed="true"` for an explicit `undirected: false`.
 * - Graph attributes are graph-level `<data>`; a graph without attributes is marked
 *   `netzatlas:attributes="none"`; graph options are JSON in `netzatlas:options` on `<graph>`
 *   (namespace urn:netzatlas:xml:1, ignored by other tools). The title goes into `<desc>`.
 * - Display (options), only when given: positions as node keys `x`/`y` (ids `x`, `y`, type double,
 *   exact), sizes as `size` (id `viz_size`), colours as `r`/`g`/`b` (ids `viz_r` …; Gephi's GraphML
 *   names). The importer reads `x`/`y` as positions and drops the `viz_` keys of our files.
 */
import { documentInfoOf, type GraphJSON } from '../../model/index.ts';
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
  positionOf,
  sizeOf,
  xmlEscape,
  xmlTypeName,
  type WriteColumn,
  type XmlWriteOptions,
} from '../xml/text.ts';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type Node = GraphJSON['nodes'][number];
type Edge = GraphJSON['edges'][number];

/** The typed columns of the graph, its nodes and its edges. */
interface Columns {
  graph: WriteColumn[];
  node: WriteColumn[];
  edge: WriteColumn[];
}

export function writeGraphml(graph: GraphJSON, options: XmlWriteOptions = {}): string {
  const documents = documentInfoOf(graph.attributes);
  const columns: Columns = {
    graph: graph.attributes !== undefined ? inferColumns([graph.attributes], 'g') : [],
    node: withFoundAt(
      inferColumns(
        graph.nodes.map((n) => n.attributes),
        'n',
      ),
      graph.nodes,
      'n',
      documents,
    ),
    edge: withFoundAt(
      inferColumns(
        graph.edges.map((e) => e.attributes),
        'e',
      ),
      graph.edges,
      'e',
      documents,
    ),
  };
  const defaultUndirected = edgesDefaultUndirected(graph);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:netzatlas="${NETZATLAS_XML_NS}" xsi:schemaLocation="${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keyLines(graph.nodes, columns, options),
    graphTag(graph, defaultUndirected),
  ];
  if (options.title !== undefined) out.push(`    <desc>${xmlEscape(options.title)}</desc>`);
  if (graph.attributes !== undefined) out.push(...dataLines(columns.graph, graph.attributes, '    '));
  for (const n of graph.nodes) writeNode(out, n, columns.node, options);
  for (const e of graph.edges)
    element(out, edgeOpenTag(e, defaultUndirected), 'edge', dataLines(columns.edge, e.attributes, '      '));
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}

/** The `<key>` declarations: graph, node, the display keys some node uses (position, size, colour), edge. */
function keyLines(nodes: readonly Node[], columns: Columns, options: XmlWriteOptions): string[] {
  const lines: string[] = [];
  const key = (id: string, domain: string, name: string, type: string): void => {
    lines.push(`  <key id="${xmlEscape(id)}" for="${domain}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
  };
  for (const c of columns.graph) key(c.id, 'graph', c.name, xmlTypeName(c.type));
  for (const c of columns.node) key(c.id, 'node', c.name, xmlTypeName(c.type));
  if (nodes.some((n) => positionOf(options, n.key) !== undefined)) {
    key('x', 'node', 'x', 'double');
    key('y', 'node', 'y', 'double');
  }
  if (nodes.some((n) => sizeOf(options, n.key) !== undefined)) key('viz_size', 'node', 'size', 'double');
  if (nodes.some((n) => colourOf(options, n.key) !== null))
    for (const ch of ['r', 'g', 'b']) key(`viz_${ch}`, 'node', ch, 'int');
  for (const c of columns.edge) key(c.id, 'edge', c.name, xmlTypeName(c.type));
  return lines;
}

/** The opening `<graph>` tag: edge default, graph options as JSON, and the mark of a graph without attributes. */
function graphTag(graph: GraphJSON, defaultUndirected: boolean): string {
  let tag = `  <graph id="G" edgedefault="${defaultUndirected ? 'undirected' : 'directed'}"`;
  if (graph.options !== undefined) tag += ` netzatlas:options="${xmlEscape(jsonForXml(graph.options) ?? '{}')}"`;
  if (graph.attributes === undefined) tag += ' netzatlas:attributes="none"';
  return `${tag}>`;
}

function writeNode(out: string[], n: Node, columns: WriteColumn[], options: XmlWriteOptions): void {
  const inner = [...dataLines(columns, n.attributes, '      '), ...displayLines(n.key, options)];
  element(out, `    <node id="${xmlEscape(n.key)}"`, 'node', inner);
}

/** A node's position, size and colour as `<data>` of the display keys, each only when given and valid. */
function displayLines(key: string, options: XmlWriteOptions): string[] {
  const lines: string[] = [];
  const p = positionOf(options, key);
  if (p)
    lines.push(
      `      <data key="x">${formatXmlNumber(p[0])}</data>`,
      `      <data key="y">${formatXmlNumber(p[1])}</data>`,
    );
  const s = sizeOf(options, key);
  if (s !== undefined) lines.push(`      <data key="viz_size">${formatXmlNumber(s)}</data>`);
  const c = colourOf(options, key);
  if (c)
    lines.push(
      `      <data key="viz_r">${c.r}</data>`,
      `      <data key="viz_g">${c.g}</data>`,
      `      <data key="viz_b">${c.b}</data>`,
    );
  return lines;
}

/** `<edge` with id, ends and the direction where it differs from the default. */
function edgeOpenTag(e: Edge, defaultUndirected: boolean): string {
  let open = '    <edge';
  if (e.key !== undefined) open += ` id="${xmlEscape(e.key)}"`;
  open += ` source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"`;
  if (e.undirected === true && !defaultUndirected) open += ' directed="false"';
  else if (e.undirected === false) open += ' directed="true"';
  return open;
}

function dataLines(columns: WriteColumn[], bag: Readonly<Record<string, unknown>>, indent: string): string[] {
  const lines: string[] = [];
  for (const c of columns) {
    const text = encodeValue(c, columnValue(c, bag));
    if (text !== undefined) lines.push(`${indent}<data key="${xmlEscape(c.id)}">${xmlEscape(text)}</data>`);
  }
  return lines;
}

function element(out: string[], open: string, name: string, inner: string[]): void {
  if (inner.length === 0) out.push(`${open}/>`);
  else out.push(`${open}>`, ...inner, `    </${name}>`);
}
