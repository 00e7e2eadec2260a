/**
 * The nodes and edges of a graphology JSON file written by another tool, one item at a time: kinds
 * and relations from their German or English names, keys in our namespaces, attribute names that
 * sigma reads kept under another name, and sources pointing at the item's place in the file. Every
 * partial problem is a warning, in file order.
 */
import { z } from 'zod';
import {
  type GraphJSON,
  NODE_KIND_LABELS_DE,
  type NodeKind,
  NodeKindSchema,
  type RelationKind,
  RelationKindSchema,
  SourceListSchema,
  type SourceRef,
} from '../../model/index.ts';
import { dataAttributeName, kindFromLabel, kindFromName, nodeKeyFor, relationFromName, setOwn } from '../contract.ts';
import type { JsonLocator } from './locator.ts';

const Loose = z.looseObject({});
export const ForeignGraph = z.object({
  attributes: Loose.optional(),
  options: Loose.optional(),
  nodes: z.array(z.looseObject({ key: z.union([z.string(), z.number()]), attributes: Loose.optional() })),
  edges: z.array(
    z.looseObject({
      key: z.union([z.string(), z.number()]).optional(),
      source: z.union([z.string(), z.number()]),
      target: z.union([z.string(), z.number()]),
      undirected: z.boolean().optional(),
      attributes: Loose.optional(),
    }),
  ),
});
type ForeignGraphData = z.infer<typeof ForeignGraph>;
type ForeignNode = ForeignGraphData['nodes'][number];
type ForeignEdge = ForeignGraphData['edges'][number];

/** The items as parsed from the JSON itself: zod drops own `__proto__` keys of the attributes. */
export type RawItems = ReadonlyArray<{ attributes?: Record<string, unknown> }>;
/** Records a warning, at a character offset of the file where one is known. */
export type Warn = (message: string, offset?: number) => void;
type Attributes = Record<string, unknown>;

/** The first of `names` that holds a non-empty string, with its name. */
function firstString(attrs: Attributes, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const v = Object.hasOwn(attrs, name) ? attrs[name] : undefined;
    if (typeof v === 'string' && v.trim()) return { name, value: v };
  }
  return undefined;
}

/** The item's own sources, or its place in this file when it has none or they are broken. */
function sourcesOf(a: Attributes, where: SourceRef, item: string, warn: Warn): SourceRef[] {
  const sources = SourceListSchema.safeParse(a['sources']);
  if (a['sources'] !== undefined && !sources.success)
    warn(`${item}: Quellenangaben (sources) ungültig – die Stelle in dieser Datei gilt als Quelle.`, where.start);
  return sources.success ? sources.data : [where];
}

function nodeKind(rawKind: string | undefined, label: string, id: string, where: SourceRef, warn: Warn): NodeKind {
  const parsed = NodeKindSchema.safeParse(rawKind);
  if (parsed.success) return parsed.data;
  const named = kindFromName(rawKind);
  if (named) return named;
  // the name's first word ("Jugendamt Minden") before the catch-all, as in every importer
  const guessed = kindFromLabel(label);
  warn(
    `Knoten „${id}“: ${rawKind ? `Art „${rawKind}“ unbekannt` : 'keine Art angegeben'} – als ${guessed ? `${NODE_KIND_LABELS_DE[guessed]} (aus dem Namen)` : 'Organisation'} übernommen.`,
    where.start,
  );
  return guessed ?? 'organisation';
}

/** The node's other attributes, display names renamed with a warning. */
function nodeAttributes(
  a: Attributes,
  skip: ReadonlySet<string | undefined>,
  id: string,
  where: SourceRef,
  warn: Warn,
): Attributes {
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(a)) {
    if (skip.has(name)) continue;
    const target = dataAttributeName(name);
    if (target !== name) warn(`Knoten „${id}“: Attribut „${name}“ als „${target}“ übernommen.`, where.start);
    setOwn(attributes, target, value);
  }
  return attributes;
}

/** The node under its namespaced key, or undefined when that key is taken (the second is skipped). */
function readNode(
  id: string,
  a: Attributes,
  where: SourceRef,
  used: Set<string>,
  warn: Warn,
): GraphJSON['nodes'][number] | undefined {
  const kindField = firstString(a, ['kind', 'Art', 'art', 'type', 'typ', 'Typ']);
  const labelField = firstString(a, ['label', 'Name', 'name', 'Bezeichnung']);
  const label = labelField?.value ?? id;
  const kind = nodeKind(kindField?.value, label, id, where, warn);
  if (!labelField) warn(`Knoten „${id}“ ohne Namen: der Schlüssel dient als Name.`, where.start);
  const key = nodeKeyFor(kind, id, label);
  if (used.has(key)) {
    warn(`Knoten „${id}“ kommt doppelt vor: der zweite wird übersprungen.`, where.start);
    return undefined;
  }
  used.add(key);
  const skip = new Set(['sources', kindField?.name, labelField?.name]);
  const attributes = nodeAttributes(a, skip, id, where, warn);
  Object.assign(attributes, { label, kind, sources: sourcesOf(a, where, `Knoten „${id}“`, warn) });
  return { key, attributes: attributes as GraphJSON['nodes'][number]['attributes'] };
}

/** The nodes, and the namespaced key of each node's key in the file (for the edges). */
export function readForeignNodes(
  items: readonly ForeignNode[],
  raw: RawItems,
  locate: JsonLocator,
  warn: Warn,
): { nodes: GraphJSON['nodes']; keyOf: Map<string, string> } {
  const keyOf = new Map<string, string>();
  const used = new Set<string>();
  const nodes: GraphJSON['nodes'] = [];
  for (const [index, n] of items.entries()) {
    const id = String(n.key);
    const node = readNode(id, raw[index]?.attributes ?? {}, locate(n.key), used, warn);
    if (!node) continue;
    keyOf.set(id, node.key);
    nodes.push(node);
  }
  return { nodes, keyOf };
}

function relationKind(rawKind: string | undefined, s: string, t: string, where: SourceRef, warn: Warn): RelationKind {
  const parsed = RelationKindSchema.safeParse(rawKind);
  if (parsed.success) return parsed.data;
  const named = relationFromName(rawKind);
  if (named) return named;
  warn(
    `Kante ${s} → ${t}: ${rawKind ? `Beziehung „${rawKind}“ unbekannt` : 'keine Beziehung angegeben'} – als Partner übernommen.`,
    where.start,
  );
  return 'partner';
}

/** The namespaced keys of both ends, or undefined (with a warning) when one of them is not a node. */
function edgeEnds(
  e: ForeignEdge,
  keyOf: ReadonlyMap<string, string>,
  where: SourceRef,
  warn: Warn,
): { s: string; t: string } | undefined {
  const s = keyOf.get(String(e.source));
  const t = keyOf.get(String(e.target));
  if (s && t) return { s, t };
  warn(
    `Kante ${String(e.source)} → ${String(e.target)}: ${!s ? `Knoten „${String(e.source)}“` : `Knoten „${String(e.target)}“`} fehlt – Kante übersprungen.`,
    where.start,
  );
  return undefined;
}

function readEdge(
  e: ForeignEdge,
  a: Attributes,
  where: SourceRef,
  keyOf: ReadonlyMap<string, string>,
  warn: Warn,
): GraphJSON['edges'][number] | undefined {
  const ends = edgeEnds(e, keyOf, where, warn);
  if (!ends) return undefined;
  const { s, t } = ends;
  const relationField = firstString(a, ['kind', 'Beziehung', 'relation', 'label', 'type']);
  const kind = relationKind(relationField?.value, s, t, where, warn);
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(a)) {
    if (name === 'sources' || name === relationField?.name) continue;
    setOwn(attributes, dataAttributeName(name), value);
  }
  Object.assign(attributes, { kind, sources: sourcesOf(a, where, `Kante ${s} → ${t}`, warn) });
  return {
    ...(e.key !== undefined ? { key: String(e.key) } : {}),
    source: s,
    target: t,
    ...(e.undirected ? { undirected: true } : {}),
    attributes: attributes as GraphJSON['edges'][number]['attributes'],
  };
}

/** The edges between known nodes; an edge whose key came before is skipped (its key stays taken). */
export function readForeignEdges(
  items: readonly ForeignEdge[],
  raw: RawItems,
  keyOf: ReadonlyMap<string, string>,
  locate: JsonLocator,
  warn: Warn,
): GraphJSON['edges'] {
  const edges: GraphJSON['edges'] = [];
  const edgeKeys = new Set<string>();
  for (const [index, e] of items.entries()) {
    const where = e.key !== undefined ? locate(e.key) : locate(e.source, 'source');
    if (e.key !== undefined) {
      if (edgeKeys.has(String(e.key))) {
        warn(`Kante „${String(e.key)}“ kommt doppelt vor: die zweite wird übersprungen.`, where.start);
        continue;
      }
      edgeKeys.add(String(e.key));
    }
    const edge = readEdge(e, raw[index]?.attributes ?? {}, where, keyOf, warn);
    if (edge) edges.push(edge);
  }
  return edges;
}
