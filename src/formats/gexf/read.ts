/**
 * GEXF 1.1–1.3 into the data contract: files from Gephi, Gephi Lite, graphology-gexf, NetworkX and our
 * own writer (write.ts), whose output comes back unchanged (see the conventions there).
 *
 * - `<attributes class="node|edge">` declare typed columns; `<attvalue for value>` values are read as
 *   their type (integer/long/short/byte → number, float/double → number, boolean, list* → array,
 *   everything else text: "01067" stays "01067"); a value that does not fit its type stays text with
 *   a warning. Columns whose id ends in `.json` (our writer) hold JSON.
 * - Node kind from an attribute kind/Art/type/typ, relation kind from kind (attribute or `kind="…"`),
 *   Beziehung, label or type; otherwise organisation/partner with a warning.
 * - `viz:position` → ImportResult.positions (x, y); viz size/colour/shape are display data and dropped.
 * - defaultedgetype directed/undirected/mutual (mutual counts as undirected); edge `type` overrides.
 * - Partial problems (unknown node, duplicate id, value not matching its type) are warnings naming
 *   the element; only a file that is not GEXF at all is an ImportError.
 */
import type { GraphJSON } from '../../model/index.ts';
import {
  attr,
  child,
  children,
  cut,
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
  parseJsonObject,
  parseOptions,
  readPosition,
  checkItemCount,
  nodeIdOf,
  type Values,
} from '../xml/contract.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportResult } from '../types.ts';

type Columns = Map<string, Column>;

export function importGexf(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): ImportResult {
  return streamedOrTree((streamed) => readGexf(text, file, limits, streamed));
}

/**
 * Streamed, nodes and edges are mapped as they close and then dropped. That follows the file when its
 * declarations come before the nodes and the nodes before the edges, as every writer does; a file in
 * another order (allowed by the schema) is read again as a whole tree, with the same result.
 */
function readGexf(text: string, file: string, limits: ImportLimits, streamed: boolean): ImportResult {
  const warnings = new Warnings(file);
  const builder = new GexfBuilder(file, limits, warnings);
  const stream: XmlItemStream = {
    isItem(el, ancestors) {
      const [root, graphEl, list] = ancestors;
      if (!root || root.local !== 'gexf' || !graphEl || graphEl !== child(root, 'graph')) return false;
      if (ancestors.length === 2 && el.local === 'attributes' && builder.started) throw new RereadAsTree();
      if (ancestors.length !== 3 || !list) return false;
      const item = (list.local === 'nodes' && el.local === 'node') || (list.local === 'edges' && el.local === 'edge');
      if (!item) return false;
      if (el.local === 'node' && builder.edgesStarted) throw new RereadAsTree();
      builder.begin(root, graphEl);
      return true;
    },
    onItem: (el) => (el.local === 'node' ? builder.nodeTree(el) : builder.edge(el)),
    onWarning: (w) => warnings.add(w.position, w.message),
  };
  const doc = readXml(text, file, limits, streamed ? stream : undefined);
  if (!streamed) for (const w of doc.warnings) warnings.add(w.position, w.message);
  const root = doc.root;
  if (root.local !== 'gexf')
    throw new ImportError(
      file,
      positionOf(root),
      'ein GEXF-Dokument mit dem Wurzelelement <gexf>',
      `<${cut(root.name, 40)}>`,
    );
  const graphEl = child(root, 'graph');
  if (!graphEl) throw new ImportError(file, positionOf(root), 'ein <graph>-Element in <gexf>', 'keines');
  builder.begin(root, graphEl);
  if (!streamed) {
    const nodeLists = children(graphEl, 'nodes');
    const edgeEls = children(graphEl, 'edges').flatMap((e) => children(e, 'edge'));
    // the limit before any work, as the tree is there already
    checkItemCount(file, graphEl, countNodes(nodeLists) + edgeEls.length, limits);
    for (const list of nodeLists) for (const n of children(list, 'node')) builder.nodeTree(n);
    for (const el of edgeEls) builder.edge(el);
  }
  return builder.finish(root, graphEl);
}

/** Nodes of the lists with their nested nodes. */
function countNodes(lists: readonly XmlElement[]): number {
  let count = 0;
  const todo = lists.flatMap((l) => children(l, 'node'));
  while (todo.length > 0) {
    count++;
    for (const s of children(todo.pop()!, 'nodes')) todo.push(...children(s, 'node'));
  }
  return count;
}

/** Maps GEXF elements into the data contract, one node or edge at a time, in document order. */
class GexfBuilder extends XmlGraphBuilder {
  private readonly nodeColumns: Columns = new Map();
  private readonly edgeColumns: Columns = new Map();
  private nested = false;

  /** Edge direction and declared columns, once, from what precedes the first item. */
  begin(root: XmlElement, graphEl: XmlElement): void {
    if (this.started) return;
    this.started = true;
    this.ours = isNetzatlasFile(root);
    const warnings = this.warnings;
    const edgeTypeRaw = attr(graphEl, 'defaultedgetype');
    if (edgeTypeRaw === 'undirected' || edgeTypeRaw === 'mutual') this.defaultUndirected = true;
    else if (edgeTypeRaw !== undefined && edgeTypeRaw !== 'directed' && edgeTypeRaw !== 'mixed') {
      warnings.at(graphEl, `defaultedgetype „${cut(edgeTypeRaw, 30)}“ unbekannt; Kanten gelten als gerichtet`);
    }
    for (const block of children(graphEl, 'attributes')) {
      const cls = attr(block, 'class');
      const target = cls === 'node' ? this.nodeColumns : cls === 'edge' ? this.edgeColumns : null;
      if (!target) {
        warnings.at(
          block,
          `Attributklasse „${cut(cls ?? '', 30)}“ wird nicht unterstützt (erwartet node oder edge); ignoriert`,
        );
        continue;
      }
      if (attr(block, 'mode') === 'dynamic')
        warnings.at(
          block,
          'dynamische Attribute: von mehreren Werten eines Attributs wird der erste übernommen',
          'dynamic',
        );
      for (const a of children(block, 'attribute')) {
        const id = attr(a, 'id');
        if (id === undefined) {
          warnings.at(a, 'Attributdeklaration ohne id ignoriert');
          continue;
        }
        if (target.has(id)) {
          warnings.at(a, `Attribut-ID „${cut(id, 40)}“ doppelt deklariert; die erste Deklaration gilt`);
          continue;
        }
        const col = makeColumn(id, attr(a, 'title'), attr(a, 'type'));
        const def = child(a, 'default');
        if (def) col.defaultValue = def.text;
        target.set(id, col);
      }
    }
  }

  /** A top-level node and the nodes nested in it (a hierarchy is read flat, depth first). */
  nodeTree(top: XmlElement): void {
    const todo = [top];
    while (todo.length > 0) {
      const n = todo.pop()!;
      if (this.counted()) this.node(n);
      const sub = children(n, 'nodes').flatMap((s) => children(s, 'node'));
      if (sub.length === 0) continue;
      if (!this.nested) this.warnings.at(n, 'verschachtelte Knoten (Hierarchie) werden flach übernommen');
      this.nested = true;
      for (let i = sub.length - 1; i >= 0; i--) todo.push(sub[i]!);
    }
  }

  private node(el: XmlElement): void {
    const warnings = this.warnings;
    const id = nodeIdOf(el, this.idToKey, warnings);
    if (id === null) return;
    noteUnsupported(el, warnings);
    const values = readValues(el, this.nodeColumns, warnings);
    const label = attr(el, 'label');
    const built = assembleNode(
      { el, id: id ?? '', ...(label !== undefined ? { label } : {}), values },
      this.file,
      warnings,
    );
    if (!built) return;
    const pos = child(el, 'position');
    this.takeNode(el, id, built, pos ? readPosition(attr(pos, 'x'), attr(pos, 'y'), pos, warnings) : null);
  }

  edge(el: XmlElement): void {
    this.edgesStarted = true;
    if (!this.counted()) return;
    const warnings = this.warnings;
    const ends = edgeEnds(el, this.idToKey, this.edgeIds, warnings);
    if (!ends) return;
    const { id, source, target } = ends;
    noteUnsupported(el, warnings);
    const values = readValues(el, this.edgeColumns, warnings);
    const weightRaw = attr(el, 'weight');
    if (weightRaw !== undefined && !values.has('weight')) {
      const w = parseXmlNumber(weightRaw);
      if (w === null) warnings.at(el, `Gewicht „${cut(weightRaw, 30)}“ ist keine Zahl; als Text übernommen`);
      values.set('weight', w ?? weightRaw);
    }
    const xmlKind = attr(el, 'kind');
    const xmlLabel = attr(el, 'label');
    const attributes = assembleEdgeAttributes(
      { el, ...(xmlKind !== undefined ? { xmlKind } : {}), ...(xmlLabel !== undefined ? { xmlLabel } : {}), values },
      this.file,
      warnings,
    );
    if (!attributes) return;
    const type = attr(el, 'type');
    const stated =
      type === 'undirected' || type === 'mutual' ? 'undirected' : type === 'directed' ? 'directed' : undefined;
    if (type !== undefined && stated === undefined)
      warnings.at(el, `Kantentyp „${cut(type, 30)}“ unbekannt; es gilt defaultedgetype`);
    const undirected = this.direction(stated);
    this.edges.push({
      ...(id !== undefined ? { key: id } : {}),
      source,
      target,
      ...(undirected !== undefined ? { undirected } : {}),
      attributes,
    });
  }

  finish(root: XmlElement, graphEl: XmlElement): ImportResult {
    const { nodes, edges, warnings } = this;
    const graph: GraphJSON = { nodes, edges };
    if (this.ours) {
      const rawOptions = netzatlasAttr(graphEl, 'options');
      const options = rawOptions !== undefined ? parseOptions(rawOptions, graphEl, warnings) : null;
      if (options) graph.options = options;
      else if (rawOptions !== undefined) graph.options = deriveOptions(edges, this.defaultUndirected);
      const rawAttributes = netzatlasAttr(graphEl, 'attributes');
      if (rawAttributes !== undefined)
        graph.attributes = parseJsonObject(rawAttributes, graphEl, 'netzatlas:attributes', warnings) ?? {};
    } else {
      graph.options = deriveOptions(edges, this.defaultUndirected);
      graph.attributes = metaAttributes(child(root, 'meta'), warnings);
    }
    return this.result('gexf', graphEl, graph);
  }
}

/** Dynamics and hierarchy links are not part of the contract: say so once instead of dropping them silently. */
function noteUnsupported(el: XmlElement, warnings: Warnings): void {
  if (
    child(el, 'spells') ||
    ['start', 'end', 'timestamp', 'timestamps', 'intervals'].some((a) => attr(el, a) !== undefined)
  ) {
    warnings.at(
      el,
      'Zeitangaben (spells, start/end, timestamps) werden nicht übernommen; der Graph wird statisch gelesen',
      'dynamics',
    );
  }
  if (child(el, 'parents') || attr(el, 'pid') !== undefined)
    warnings.at(el, 'Eltern-Verweise (pid, parents) werden nicht übernommen', 'parents');
}

/** Attribute values of a node or edge by column name; declared defaults fill the gaps. */
function readValues(el: XmlElement, columns: Columns, warnings: Warnings): Values {
  const values: Values = new Map();
  const seen = new Set<string>();
  for (const block of children(el, 'attvalues')) {
    for (const av of children(block, 'attvalue')) {
      const id = attr(av, 'for') ?? attr(av, 'id');
      const raw = attr(av, 'value');
      if (id === undefined || raw === undefined) {
        warnings.at(av, 'attvalue ohne for oder value ignoriert');
        continue;
      }
      if (seen.has(id)) {
        warnings.at(av, `mehrere Werte für Attribut „${cut(id, 40)}“; der erste gilt`, `dup-attvalue:${id}`);
        continue;
      }
      seen.add(id);
      let col = columns.get(id);
      if (!col) {
        warnings.at(av, `Attribut „${cut(id, 40)}“ ist nicht deklariert; als Text übernommen`, `undeclared:${id}`);
        col = makeColumn(id, id, 'string');
        col.json = false;
      }
      if (col.derived) continue;
      const d = decodeValue(raw, col);
      if (!d.ok)
        warnings.at(
          av,
          `Wert „${cut(raw, 40)}“ von Attribut „${cut(col.name, 40)}“ ist nicht ${d.expected}; als Text übernommen`,
        );
      if (!values.has(col.name)) values.set(col.name, d.value);
    }
  }
  for (const col of columns.values()) {
    if (col.derived || seen.has(col.id) || col.defaultValue === undefined || values.has(col.name)) continue;
    const d = decodeValue(col.defaultValue, col);
    values.set(col.name, d.value);
  }
  return values;
}

/** Graph attributes of a foreign file: `<meta>` children as text (graphology-gexf writes graph attributes there). */
function metaAttributes(meta: XmlElement | undefined, warnings: Warnings): Record<string, unknown> {
  if (!meta) return {};
  const pairs: Array<[string, unknown]> = [];
  const date = attr(meta, 'lastmodifieddate');
  if (date !== undefined) pairs.push(['lastModifiedDate', date]);
  for (const c of meta.children) if (c.children.length === 0) pairs.push([c.local, c.text]);
  return assembleGraphAttributes(pairs, meta, warnings);
}
