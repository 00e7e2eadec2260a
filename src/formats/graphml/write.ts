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
  columnValue,
  encodeValue,
  withFoundAt,
  jsonForXml,
  formatXmlNumber,
  inferColumns,
  own,
  parseColour,
  xmlEscape,
  xmlTypeName,
  type WriteColumn,
  type XmlWriteOptions,
} from '../xml/text.ts';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

export function writeGraphml(graph: GraphJSON, options: XmlWriteOptions = {}): string {
  const out: string[] = [];
  const graphColumns = graph.attributes !== undefined ? inferColumns([graph.attributes], 'g') : [];
  const documents = documentInfoOf(graph.attributes);
  const nodeColumns = withFoundAt(
    inferColumns(
      graph.nodes.map((n) => n.attributes),
      'n',
    ),
    graph.nodes,
    'n',
    documents,
  );
  const edgeColumns = withFoundAt(
    inferColumns(
      graph.edges.map((e) => e.attributes),
      'e',
    ),
    graph.edges,
    'e',
    documents,
  );
  const allUndirected = graph.edges.every((e) => e.undirected === true);
  const defaultUndirected =
    allUndirected &&
    graph.options?.type !== 'directed' &&
    (graph.edges.length > 0 || graph.options?.type === 'undirected');
  const positions = (key: string): readonly [number, number] | undefined => {
    const p = own(options.positions, key);
    return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined;
  };
  const sizeOf = (key: string): number | undefined => {
    const s = own(options.sizes, key);
    return typeof s === 'number' && Number.isFinite(s) ? s : undefined;
  };
  const colourOf = (key: string): ReturnType<typeof parseColour> => {
    const c = own(options.colours, key);
    return c !== undefined ? parseColour(c) : null;
  };
  const hasPositions = graph.nodes.some((n) => positions(n.key) !== undefined);
  const hasSizes = graph.nodes.some((n) => sizeOf(n.key) !== undefined);
  const hasColours = graph.nodes.some((n) => colourOf(n.key) !== null);

  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:netzatlas="${NETZATLAS_XML_NS}" xsi:schemaLocation="${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
  );
  const key = (id: string, domain: string, name: string, type: string): void => {
    out.push(`  <key id="${xmlEscape(id)}" for="${domain}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
  };
  for (const c of graphColumns) key(c.id, 'graph', c.name, xmlTypeName(c.type));
  for (const c of nodeColumns) key(c.id, 'node', c.name, xmlTypeName(c.type));
  if (hasPositions) {
    key('x', 'node', 'x', 'double');
    key('y', 'node', 'y', 'double');
  }
  if (hasSizes) key('viz_size', 'node', 'size', 'double');
  if (hasColours) for (const ch of ['r', 'g', 'b']) key(`viz_${ch}`, 'node', ch, 'int');
  for (const c of edgeColumns) key(c.id, 'edge', c.name, xmlTypeName(c.type));

  let graphTag = `  <graph id="G" edgedefault="${defaultUndirected ? 'undirected' : 'directed'}"`;
  if (graph.options !== undefined) graphTag += ` netzatlas:options="${xmlEscape(jsonForXml(graph.options) ?? '{}')}"`;
  if (graph.attributes === undefined) graphTag += ' netzatlas:attributes="none"';
  out.push(`${graphTag}>`);
  if (options.title !== undefined) out.push(`    <desc>${xmlEscape(options.title)}</desc>`);
  if (graph.attributes !== undefined) out.push(...dataLines(graphColumns, graph.attributes, '    '));

  for (const n of graph.nodes) {
    const inner = dataLines(nodeColumns, n.attributes, '      ');
    const p = positions(n.key);
    if (p)
      inner.push(
        `      <data key="x">${formatXmlNumber(p[0])}</data>`,
        `      <data key="y">${formatXmlNumber(p[1])}</data>`,
      );
    const s = sizeOf(n.key);
    if (s !== undefined) inner.push(`      <data key="viz_size">${formatXmlNumber(s)}</data>`);
    const c = colourOf(n.key);
    if (c)
      inner.push(
        `      <data key="viz_r">${c.r}</data>`,
        `      <data key="viz_g">${c.g}</data>`,
        `      <data key="viz_b">${c.b}</data>`,
      );
    element(out, `    <node id="${xmlEscape(n.key)}"`, 'node', inner);
  }
  for (const e of graph.edges) {
    let open = '    <edge';
    if (e.key !== undefined) open += ` id="${xmlEscape(e.key)}"`;
    open += ` source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"`;
    if (e.undirected === true && !defaultUndirected) open += ' directed="false"';
    else if (e.undirected === false) open += ' directed="true"';
    element(out, open, 'edge', dataLines(edgeColumns, e.attributes, '      '));
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
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
