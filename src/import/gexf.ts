/**
 * GEXF 1.1–1.3 into the data contract: files from Gephi, Gephi Lite, graphology-gexf, NetworkX and our
 * own writer (src/output/gexf.ts), whose output comes back unchanged (see the conventions there).
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
import type { GraphJSON } from '../model/schema.ts';
import { attr, child, children, cut, isNetzatlasFile, netzatlasAttr, positionOf, readXml, Warnings, type XmlElement, edgeEnds } from './xml-safety.ts';
import { decodeValue, makeColumn, parseXmlNumber, type Column } from './xml-values.ts';
import { assembleEdgeAttributes, assembleGraphAttributes, assembleNode, deriveOptions, parseJsonObject, parseOptions, readPosition, checkItemCount, nodeIdOf, type Values } from './xml-contract.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportResult } from './types.ts';

type Columns = Map<string, Column>;

export function importGexf(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): ImportResult {
  const doc = readXml(text, file, limits);
  const warnings = new Warnings(file);
  for (const w of doc.warnings) warnings.add(w.position, w.message);
  const root = doc.root;
  if (root.local !== 'gexf') throw new ImportError(file, positionOf(root), 'ein GEXF-Dokument mit dem Wurzelelement <gexf>', `<${cut(root.name, 40)}>`);
  const ours = isNetzatlasFile(root);
  const graphEl = child(root, 'graph');
  if (!graphEl) throw new ImportError(file, positionOf(root), 'ein <graph>-Element in <gexf>', 'keines');

  const edgeTypeRaw = attr(graphEl, 'defaultedgetype');
  let defaultUndirected = false;
  if (edgeTypeRaw === 'undirected' || edgeTypeRaw === 'mutual') defaultUndirected = true;
  else if (edgeTypeRaw !== undefined && edgeTypeRaw !== 'directed' && edgeTypeRaw !== 'mixed') {
    warnings.at(graphEl, `defaultedgetype „${cut(edgeTypeRaw, 30)}“ unbekannt; Kanten gelten als gerichtet`);
  }

  // declared columns
  const nodeColumns: Columns = new Map();
  const edgeColumns: Columns = new Map();
  for (const block of children(graphEl, 'attributes')) {
    const cls = attr(block, 'class');
    const target = cls === 'node' ? nodeColumns : cls === 'edge' ? edgeColumns : null;
    if (!target) {
      warnings.at(block, `Attributklasse „${cut(cls ?? '', 30)}“ wird nicht unterstützt (erwartet node oder edge); ignoriert`);
      continue;
    }
    if (attr(block, 'mode') === 'dynamic') warnings.at(block, 'dynamische Attribute: von mehreren Werten eines Attributs wird der erste übernommen', 'dynamic');
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

  // elements
  const nodeEls: XmlElement[] = [];
  let nested = false;
  const todo: XmlElement[] = children(graphEl, 'nodes').flatMap((n) => children(n, 'node')).reverse();
  while (todo.length > 0) {
    const n = todo.pop()!;
    nodeEls.push(n);
    const sub = children(n, 'nodes').flatMap((s) => children(s, 'node'));
    if (sub.length > 0) {
      if (!nested) warnings.at(n, 'verschachtelte Knoten (Hierarchie) werden flach übernommen');
      nested = true;
      for (let i = sub.length - 1; i >= 0; i--) todo.push(sub[i]!);
    }
  }
  const edgeEls = children(graphEl, 'edges').flatMap((e) => children(e, 'edge'));
  checkItemCount(file, graphEl, nodeEls.length + edgeEls.length, limits);

  const nodes: GraphJSON['nodes'] = [];
  const positions: Record<string, [number, number]> = {};
  const idToKey = new Map<string, string>();
  const keys = new Set<string>();
  for (const el of nodeEls) {
    const id = nodeIdOf(el, idToKey, warnings);
    if (id === null) continue;
    noteUnsupported(el, warnings);
    const values = readValues(el, nodeColumns, warnings);
    const label = attr(el, 'label');
    const built = assembleNode({ el, id: id ?? '', ...(label !== undefined ? { label } : {}), values }, file, warnings);
    if (!built) continue;
    if (keys.has(built.key)) {
      warnings.at(el, `Knotenschlüssel „${cut(built.key, 60)}“ doppelt; nur der erste Knoten wurde übernommen`);
      continue;
    }
    keys.add(built.key);
    if (id !== undefined) idToKey.set(id, built.key);
    nodes.push(built);
    const pos = child(el, 'position');
    if (pos) {
      const p = readPosition(attr(pos, 'x'), attr(pos, 'y'), pos, warnings);
      if (p) setPosition(positions, built.key, p);
    }
  }

  const edges: GraphJSON['edges'] = [];
  const edgeIds = new Set<string>();
  for (const el of edgeEls) {
    const ends = edgeEnds(el, idToKey, edgeIds, warnings);
    if (!ends) continue;
    const { id, source, target } = ends;
    noteUnsupported(el, warnings);
    const values = readValues(el, edgeColumns, warnings);
    const weightRaw = attr(el, 'weight');
    if (weightRaw !== undefined && !values.has('weight')) {
      const w = parseXmlNumber(weightRaw);
      if (w === null) warnings.at(el, `Gewicht „${cut(weightRaw, 30)}“ ist keine Zahl; als Text übernommen`);
      values.set('weight', w ?? weightRaw);
    }
    const xmlKind = attr(el, 'kind');
    const xmlLabel = attr(el, 'label');
    const attributes = assembleEdgeAttributes({ el, ...(xmlKind !== undefined ? { xmlKind } : {}), ...(xmlLabel !== undefined ? { xmlLabel } : {}), values }, file, warnings);
    if (!attributes) continue;
    const type = attr(el, 'type');
    let undirected: boolean | undefined;
    if (type === 'undirected' || type === 'mutual') undirected = true;
    else if (type === 'directed') undirected = ours ? false : undefined;
    else {
      if (type !== undefined) warnings.at(el, `Kantentyp „${cut(type, 30)}“ unbekannt; es gilt defaultedgetype`);
      undirected = defaultUndirected ? true : undefined;
    }
    edges.push({ ...(id !== undefined ? { key: id } : {}), source, target, ...(undirected !== undefined ? { undirected } : {}), attributes });
  }

  const graph: GraphJSON = { nodes, edges };
  if (ours) {
    const rawOptions = netzatlasAttr(graphEl, 'options');
    const options = rawOptions !== undefined ? parseOptions(rawOptions, graphEl, warnings) : null;
    if (options) graph.options = options;
    else if (rawOptions !== undefined) graph.options = deriveOptions(edges, defaultUndirected);
    const rawAttributes = netzatlasAttr(graphEl, 'attributes');
    if (rawAttributes !== undefined) graph.attributes = parseJsonObject(rawAttributes, graphEl, 'netzatlas:attributes', warnings) ?? {};
  } else {
    graph.options = deriveOptions(edges, defaultUndirected);
    graph.attributes = metaAttributes(child(root, 'meta'), warnings);
  }
  const result: ImportResult = { format: 'gexf', graph, warnings: warnings.list() };
  if (Object.keys(positions).length > 0) result.positions = positions;
  return result;
}

function setPosition(positions: Record<string, [number, number]>, key: string, p: [number, number]): void {
  Object.defineProperty(positions, key, { value: p, enumerable: true, writable: true, configurable: true });
}

/** Dynamics and hierarchy links are not part of the contract: say so once instead of dropping them silently. */
function noteUnsupported(el: XmlElement, warnings: Warnings): void {
  if (child(el, 'spells') || ['start', 'end', 'timestamp', 'timestamps', 'intervals'].some((a) => attr(el, a) !== undefined)) {
    warnings.at(el, 'Zeitangaben (spells, start/end, timestamps) werden nicht übernommen; der Graph wird statisch gelesen', 'dynamics');
  }
  if (child(el, 'parents') || attr(el, 'pid') !== undefined) warnings.at(el, 'Eltern-Verweise (pid, parents) werden nicht übernommen', 'parents');
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
      const d = decodeValue(raw, col);
      if (!d.ok) warnings.at(av, `Wert „${cut(raw, 40)}“ von Attribut „${cut(col.name, 40)}“ ist nicht ${d.expected}; als Text übernommen`);
      if (!values.has(col.name)) values.set(col.name, d.value);
    }
  }
  for (const col of columns.values()) {
    if (seen.has(col.id) || col.defaultValue === undefined || values.has(col.name)) continue;
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
