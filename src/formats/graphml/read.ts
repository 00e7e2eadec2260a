/**
 * GraphML into the data contract: files from yEd, Gephi, NetworkX, igraph and our own writer
 * (write.ts), whose output comes back unchanged (see the conventions there).
 *
 * - `<key id for attr.name attr.type>` declare typed columns (boolean, int, long, float, double,
 *   string; missing type = string), `<default>` fills gaps, `<data key>` holds values. Keys for
 *   another domain than node/edge/graph/all (yEd's `for="port"`/`"graphml"`, or a hostile
 *   `for="__proto__"`) are ignored with a warning. Key ids ending in `.json` (our writer) hold JSON.
 * - yEd: `y:NodeLabel` gives the label, `y:Geometry` the position (centre of the box, y negated
 *   because yEd's y axis points down and ours up), `y:EdgeLabel` a relation name; group nodes
 *   (nested `<graph>`) are flattened with a warning.
 * - Node attributes `x`/`y` (numbers) are positions (Gephi, our writer), not data.
 * - Same contract mapping and warnings as GEXF (../xml/safety.ts).
 */
import type { GraphJSON } from '../../model/index.ts';
import {
  attr,
  children,
  cut,
  findDescendant,
  isNetzatlasFile,
  netzatlasAttr,
  positionOf,
  readXml,
  RereadAsTree,
  Warnings,
  type XmlElement,
  type XmlItemStream,
  edgeEnds,
} from '../xml/safety.ts';
import { streamedOrTree, XmlGraphBuilder } from '../xml/builder.ts';
import { decodeValue, makeColumn, parseXmlNumber, type Column } from '../xml/values.ts';
import {
  assembleEdgeAttributes,
  assembleGraphAttributes,
  assembleNode,
  deriveOptions,
  parseOptions,
  readPosition,
  checkItemCount,
  nodeIdOf,
  type Values,
} from '../xml/contract.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportResult } from '../types.ts';

type Domain = 'node' | 'edge' | 'graph';
interface Key extends Column {
  domains: ReadonlySet<Domain>;
  /** yEd's graphics keys (`yfiles.type="nodegraphics"` …): read for label and geometry, not data. */
  yfiles?: string;
}

const ALL: ReadonlySet<Domain> = new Set(['node', 'edge', 'graph']);

export function importGraphml(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): ImportResult {
  return streamedOrTree((streamed) => readGraphml(text, file, limits, streamed));
}

/**
 * Streamed, the nodes and edges of the first graph are mapped as they close and then dropped. That
 * follows the file when the keys come first and the nodes before the edges, as every writer does; a
 * file in another order, with groups (nested graphs) or hyperedges is read again as a whole tree.
 */
function readGraphml(text: string, file: string, limits: ImportLimits, streamed: boolean): ImportResult {
  const warnings = new Warnings(file);
  const builder = new GraphmlBuilder(file, limits, warnings);
  const stream: XmlItemStream = {
    isItem(el, ancestors) {
      const [root, graphEl] = ancestors;
      if (!root || root.local !== 'graphml') return false;
      if (ancestors.length === 1 && el.local === 'key' && builder.started) throw new RereadAsTree();
      if (ancestors.length !== 2 || !graphEl || graphEl.local !== 'graph' || graphEl !== children(root, 'graph')[0])
        return false;
      if (el.local === 'hyperedge') throw new RereadAsTree();
      if (el.local !== 'node' && el.local !== 'edge') return false;
      if (el.local === 'node' && builder.edgesStarted) throw new RereadAsTree();
      builder.begin(root, graphEl);
      return true;
    },
    onItem(el) {
      if (el.local === 'edge') return builder.edge(el);
      if (children(el, 'graph').length > 0) throw new RereadAsTree();
      builder.node(el);
    },
    onWarning: (w) => warnings.add(w.position, w.message),
  };
  const doc = readXml(text, file, limits, streamed ? stream : undefined);
  if (!streamed) for (const w of doc.warnings) warnings.add(w.position, w.message);
  const root = doc.root;
  if (root.local !== 'graphml')
    throw new ImportError(
      file,
      positionOf(root),
      'ein GraphML-Dokument mit dem Wurzelelement <graphml>',
      `<${cut(root.name, 40)}>`,
    );
  const graphs = children(root, 'graph');
  const graphEl = graphs[0];
  if (!graphEl) throw new ImportError(file, positionOf(root), 'ein <graph>-Element in <graphml>', 'keines');
  builder.begin(root, graphEl);
  if (graphs.length > 1)
    warnings.at(graphs[1]!, `${graphs.length} Graphen in der Datei; nur der erste wurde übernommen`);
  if (!streamed) {
    const { nodeEls, edgeEls } = flattenGraphs(graphEl, warnings);
    // the limit before any work, as the tree is there already
    checkItemCount(file, graphEl, nodeEls.length + edgeEls.length, limits);
    for (const el of nodeEls) builder.node(el);
    for (const el of edgeEls) builder.edge(el);
  }
  return builder.finish(graphEl);
}

/** Nodes and edges of a graph and of the graphs nested in its nodes (yEd groups), read flat. */
function flattenGraphs(graphEl: XmlElement, warnings: Warnings): { nodeEls: XmlElement[]; edgeEls: XmlElement[] } {
  const nodeEls: XmlElement[] = [];
  const edgeEls: XmlElement[] = [];
  const todo: XmlElement[] = [graphEl];
  let nested = false;
  while (todo.length > 0) {
    const g = todo.pop()!;
    for (const c of g.children) {
      if (c.local === 'node') {
        nodeEls.push(c);
        for (const sub of children(c, 'graph')) {
          if (!nested) warnings.at(c, 'verschachtelte Graphen (Gruppen) werden flach übernommen');
          nested = true;
          todo.push(sub);
        }
      } else if (c.local === 'edge') edgeEls.push(c);
      else if (c.local === 'hyperedge') warnings.at(c, 'Hyperkanten werden nicht unterstützt; ignoriert', 'hyperedge');
    }
  }
  return { nodeEls, edgeEls };
}

/** Declared keys of the document: typed columns by id. */
function readKeys(root: XmlElement, warnings: Warnings): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) {
      warnings.at(k, '<key> ohne id ignoriert');
      continue;
    }
    const forRaw = attr(k, 'for') ?? 'all';
    const domains: ReadonlySet<Domain> | null =
      forRaw === 'all' ? ALL : forRaw === 'node' || forRaw === 'edge' || forRaw === 'graph' ? new Set([forRaw]) : null;
    if (!domains) {
      warnings.at(
        k,
        `<key for="${cut(forRaw, 30)}"> wird nicht unterstützt (erwartet node, edge, graph oder all); ignoriert`,
      );
      continue;
    }
    if (keys.has(id)) {
      warnings.at(k, `Schlüssel-ID „${cut(id, 40)}“ doppelt deklariert; die erste Deklaration gilt`);
      continue;
    }
    const key: Key = { ...makeColumn(id, attr(k, 'attr.name'), attr(k, 'attr.type')), domains };
    const yfiles = attr(k, 'yfiles.type');
    if (yfiles !== undefined) key.yfiles = yfiles;
    const def = children(k, 'default')[0];
    if (def) key.defaultValue = def.text;
    keys.set(id, key);
  }
  return keys;
}

/** Maps GraphML elements into the data contract, one node or edge at a time, in document order. */
class GraphmlBuilder extends XmlGraphBuilder {
  private keys = new Map<string, Key>();

  /** Keys and edge direction, once, from what precedes the first item. */
  begin(root: XmlElement, graphEl: XmlElement): void {
    if (this.started) return;
    this.started = true;
    this.ours = isNetzatlasFile(root);
    this.keys = readKeys(root, this.warnings);
    const edgedefault = attr(graphEl, 'edgedefault');
    if (edgedefault !== undefined && edgedefault !== 'directed' && edgedefault !== 'undirected')
      this.warnings.at(graphEl, `edgedefault „${cut(edgedefault, 30)}“ unbekannt; Kanten gelten als gerichtet`);
    this.defaultUndirected = edgedefault === 'undirected';
  }

  node(el: XmlElement): void {
    if (!this.counted()) return;
    const { warnings, ours, file } = this;
    const id = nodeIdOf(el, this.idToKey, warnings);
    if (id === null) return;
    const read = readData(el, 'node', this.keys, ours, warnings);
    let pos: [number, number] | null = null;
    const x = read.values.get('x');
    const y = read.values.get('y');
    if (ours ? read.ourX !== undefined || read.ourY !== undefined : typeof x === 'number' && typeof y === 'number') {
      pos = ours ? readPosition(read.ourX, read.ourY, el, warnings) : [x as number, y as number];
      if (!ours) {
        read.values.delete('x');
        read.values.delete('y');
      }
    }
    pos ??= read.geometry;
    if (!read.values.has('label') && read.yLabel !== undefined) read.values.set('label', read.yLabel);
    const built = assembleNode({ el, id: id ?? '', values: read.values }, file, warnings);
    if (!built) return;
    this.takeNode(el, id, built, pos);
    if (!ours && children(el, 'port').length > 0) warnings.at(el, 'Ports werden nicht unterstützt; ignoriert', 'port');
  }

  edge(el: XmlElement): void {
    this.edgesStarted = true;
    if (!this.counted()) return;
    const { warnings, ours, file } = this;
    const ends = edgeEnds(el, this.idToKey, this.edgeIds, warnings);
    if (!ends) return;
    const { id, source, target } = ends;
    const read = readData(el, 'edge', this.keys, ours, warnings);
    const attributes = assembleEdgeAttributes(
      { el, ...(read.yLabel !== undefined ? { xmlLabel: read.yLabel } : {}), values: read.values },
      file,
      warnings,
    );
    if (!attributes) return;
    const directed = attr(el, 'directed');
    const stated = directed === 'false' ? 'undirected' : directed === 'true' ? 'directed' : undefined;
    if (directed !== undefined && stated === undefined)
      warnings.at(el, `directed="${cut(directed, 20)}" unbekannt; es gilt edgedefault`);
    const undirected = this.direction(stated);
    this.edges.push({
      ...(id !== undefined ? { key: id } : {}),
      source,
      target,
      ...(undirected !== undefined ? { undirected } : {}),
      attributes,
    });
  }

  finish(graphEl: XmlElement): ImportResult {
    const { nodes, edges, warnings, ours } = this;
    const graph: GraphJSON = { nodes, edges };
    const graphData = readData(graphEl, 'graph', this.keys, ours, warnings);
    if (ours) {
      const rawOptions = netzatlasAttr(graphEl, 'options');
      if (rawOptions !== undefined)
        graph.options = parseOptions(rawOptions, graphEl, warnings) ?? deriveOptions(edges, this.defaultUndirected);
      if (netzatlasAttr(graphEl, 'attributes') !== 'none')
        graph.attributes = assembleGraphAttributes(graphData.values, graphEl, warnings);
    } else {
      graph.options = deriveOptions(edges, this.defaultUndirected);
      graph.attributes = assembleGraphAttributes(graphData.values, graphEl, warnings);
    }
    return this.result('graphml', graphEl, graph);
  }
}

interface ReadData {
  values: Values;
  /** Our writer's position keys (ids `x`/`y`), raw. */
  ourX?: string;
  ourY?: string;
  yLabel?: string;
  geometry: [number, number] | null;
}

/** `<data>` children of a node, edge or graph as values by attribute name; yEd graphics read on the side. */
function readData(el: XmlElement, domain: Domain, keys: Map<string, Key>, ours: boolean, warnings: Warnings): ReadData {
  const out: ReadData = { values: new Map(), geometry: null };
  const seen = new Set<string>();
  for (const d of children(el, 'data')) {
    const key = declaredKey(d, domain, keys, seen, warnings);
    if (!key) continue;
    seen.add(key.id);
    readDatum(d, key, domain, ours, out, warnings);
  }
  fillDefaults(keys, seen, domain, out);
  return out;
}

/** The key a `<data>` names, when it is declared for the domain and not given already; else a warning. */
function declaredKey(
  d: XmlElement,
  domain: Domain,
  keys: Map<string, Key>,
  seen: ReadonlySet<string>,
  warnings: Warnings,
): Key | undefined {
  const id = attr(d, 'key');
  if (id === undefined) {
    warnings.at(d, '<data> ohne key ignoriert');
    return undefined;
  }
  const key = keys.get(id);
  if (!key) {
    warnings.at(d, `<data key="${cut(id, 40)}"> verweist auf keinen gültigen <key>; ignoriert`, `nokey:${id}`);
    return undefined;
  }
  if (!key.domains.has(domain)) {
    warnings.at(
      d,
      `Schlüssel „${cut(id, 40)}“ ist nicht für ${domain} deklariert; ignoriert`,
      `domain:${id}:${domain}`,
    );
    return undefined;
  }
  if (seen.has(id)) {
    warnings.at(d, `mehrere Werte für Schlüssel „${cut(id, 40)}“; der erste gilt`, `dupdata:${id}`);
    return undefined;
  }
  return key;
}

/** One `<data>` of a declared key: yEd graphics, our writer's position and display keys, or a value. */
function readDatum(d: XmlElement, key: Key, domain: Domain, ours: boolean, out: ReadData, warnings: Warnings): void {
  const id = key.id;
  if (key.yfiles !== undefined || (d.children.length > 0 && d.children.some((c) => c.uri.includes('yworks')))) {
    readYed(d, out, warnings);
    return;
  }
  if (ours && domain === 'node' && (id === 'x' || id === 'y')) {
    if (id === 'x') out.ourX = d.text;
    else out.ourY = d.text;
    return;
  }
  if (ours && id.startsWith('viz_')) return; // our writer's sizes and colours: display data
  if (key.derived) return; // our writer's readable "Fundstellen": comes back from sources
  if (d.children.length > 0) {
    warnings.at(
      d,
      `Daten mit XML-Inhalt für Schlüssel „${cut(key.name, 40)}“ werden nicht unterstützt; ignoriert`,
      `xmldata:${id}`,
    );
    return;
  }
  const dv = decodeValue(d.text, key);
  if (!dv.ok)
    warnings.at(
      d,
      `Wert „${cut(d.text, 40)}“ von „${cut(key.name, 40)}“ ist nicht ${dv.expected}; als Text übernommen`,
    );
  if (!out.values.has(key.name)) out.values.set(key.name, dv.value);
}

/** The `<default>` of every key of the domain that the element leaves out. */
function fillDefaults(keys: Map<string, Key>, seen: ReadonlySet<string>, domain: Domain, out: ReadData): void {
  for (const key of keys.values()) {
    if (
      key.derived ||
      seen.has(key.id) ||
      key.defaultValue === undefined ||
      key.yfiles !== undefined ||
      !key.domains.has(domain) ||
      out.values.has(key.name)
    )
      continue;
    out.values.set(key.name, decodeValue(key.defaultValue, key).value);
  }
}

function readYed(d: XmlElement, out: ReadData, warnings: Warnings): void {
  const label = findDescendant(d, (e) => (e.local === 'NodeLabel' || e.local === 'EdgeLabel') && e.text.trim() !== '');
  if (label && out.yLabel === undefined) out.yLabel = label.text.trim();
  const geo = findDescendant(d, (e) => e.local === 'Geometry');
  if (geo && !out.geometry) {
    const p = readPosition(attr(geo, 'x'), attr(geo, 'y'), geo, warnings);
    if (p) {
      const w = parseXmlNumber(attr(geo, 'width') ?? '0') ?? 0;
      const h = parseXmlNumber(attr(geo, 'height') ?? '0') ?? 0;
      const cx = p[0] + (Number.isFinite(w) ? w / 2 : 0);
      const cy = p[1] + (Number.isFinite(h) ? h / 2 : 0);
      out.geometry = [cx, cy === 0 ? 0 : -cy];
    }
  }
}
