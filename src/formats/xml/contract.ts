/**
 * GEXF and GraphML nodes and edges into the data contract: kind and relation detection, labels,
 * sources, schema checks per item, graph options; every partial problem a warning. Pure.
 */
import { z } from 'zod';

import {
  type EdgeAttributes,
  EdgeAttributesSchema,
  type GraphJSON,
  GraphOptionsSchema,
  type NodeAttributes,
  NodeAttributesSchema,
  type NodeKind,
  RELATION_KIND_LABELS_DE,
  type RelationKind,
  SourceListSchema,
  type SourceRef,
} from '../../model/index.ts';
import { kindFromLabel, kindFromName, nodeKeyFor, relationFromName, setOwn } from '../contract.ts';
import { ImportError, type ImportLimits } from '../types.ts';
import { attr, cut, describeElement, positionOf, Warnings, type XmlElement } from './safety.ts';
import { freeName, parseXmlNumber, putAttribute } from './values.ts';
import { scanJsonText } from '../../util/index.ts';

// ---------------------------------------------------------------------------------------------
// Nodes and edges into the contract
// ---------------------------------------------------------------------------------------------

const NODE_KIND_NAMES = ['kind', 'art', 'type', 'typ'];
const NODE_RESERVED: ReadonlySet<string> = new Set(['label', 'kind', 'sources']);
const EDGE_RESERVED: ReadonlySet<string> = new Set(['kind', 'sources']);
const SourcesSchema = SourceListSchema;

/** The values read for one node or edge, by attribute name, in file order (first of duplicates kept). */
export type Values = Map<string, unknown>;

/** Values whose names match `lowerNames` (in that order; per name the exact spelling first, then other cases). */
function takeNamed(values: Values, lowerNames: readonly string[]): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const want of lowerNames) {
    if (values.has(want)) out.push([want, values.get(want)]);
    for (const [k, v] of values) if (k !== want && k.toLowerCase() === want) out.push([k, v]);
  }
  return out;
}

function elementSources(file: string, el: XmlElement): SourceRef[] {
  return [{ doc: file || 'import', start: el.start, end: Math.max(el.end, el.start) }];
}

function takeSources(values: Values, file: string, el: XmlElement, warnings: Warnings): SourceRef[] {
  if (!values.has('sources')) return elementSources(file, el);
  const raw = values.get('sources');
  const parsed = SourcesSchema.safeParse(raw);
  if (parsed.success) {
    values.delete('sources');
    return parsed.data;
  }
  warnings.at(
    el,
    'Attribut „sources“ enthält keine gültige Quellenliste; als „sources_daten“ übernommen, Quelle ist das Element in dieser Datei',
  );
  return elementSources(file, el);
}

/** Move attributes that break the contract's typed fields (e.g. `domains` as text) to `<name>_daten`, with a warning. */
function conform<T>(
  schema: z.ZodType<T>,
  bag: Record<string, unknown>,
  fixed: ReadonlySet<string>,
  el: XmlElement,
  warnings: Warnings,
): T | null {
  for (let round = 0; round < 50; round++) {
    const r = schema.safeParse(bag);
    if (r.success) return r.data;
    const bad = new Set<string>();
    for (const issue of r.error.issues) {
      const name = issue.path[0];
      if (typeof name === 'string' && !fixed.has(name) && Object.hasOwn(bag, name)) bad.add(name);
    }
    if (bad.size === 0) return null;
    for (const name of bad) {
      const value = bag[name];
      delete bag[name];
      const to = freeName(bag, `${name}_daten`);
      setOwn(bag, to, value);
      warnings.at(
        el,
        `Attribut „${name}“ passt nicht zum Datenvertrag (${fieldExpectation(name)}); als „${to}“ übernommen`,
        `conform:${name}:${describeElement(el)}`,
      );
    }
  }
  return null;
}

function fieldExpectation(name: string): string {
  switch (name) {
    case 'domains':
      return 'Liste aus SGB II, SGB III, SGB VIII, SGB XII, Schule, Gesundheit';
    case 'period':
      return '{start, end} als JJJJ[-MM[-TT]]';
    case 'begin':
      return 'JJJJ[-MM[-TT]]';
    case 'lat':
    case 'lon':
      return 'Zahl';
    case 'sgb2TargetGroup':
      return 'true/false';
    case 'aliases':
    case 'targetGroups':
    case 'email':
    case 'phone':
    case 'website':
      return 'Liste von Texten';
    default:
      return 'Text';
  }
}

export interface RawNode {
  el: XmlElement;
  /** Id as written in the file ('' when missing). */
  id: string;
  /** The element's own label (GEXF `label="…"`, yEd NodeLabel); undefined when the file has none. */
  label?: string;
  values: Values;
}

/** One node of the contract from what a file says about it; partial problems become warnings. */
export function assembleNode(
  raw: RawNode,
  file: string,
  warnings: Warnings,
): { key: string; attributes: NodeAttributes } | null {
  const values = new Map(raw.values);
  const { el } = raw;
  let kind: NodeKind | null = null;
  const kindCandidates = takeNamed(values, NODE_KIND_NAMES);
  for (const [name, v] of kindCandidates) {
    kind = typeof v === 'string' ? kindFromName(v) : null;
    if (kind) {
      values.delete(name);
      break;
    }
  }
  let label = raw.label;
  if (label === undefined) {
    const l = values.get('label');
    if (typeof l === 'string') {
      label = l;
      values.delete('label');
    }
  }
  if (label === undefined) {
    label = raw.id;
    warnings.at(el, `Knoten ohne Beschriftung; die ID „${cut(raw.id, 60)}“ dient als Beschriftung`);
  }
  if (!kind) {
    // the name's first word ("Jugendamt Minden") before the catch-all, as in CSV tables
    const guessed = kindFromLabel(label);
    kind = guessed ?? 'organisation';
    const seen = kindCandidates.map(([n, v]) => `${n}=„${cut(String(v), 40)}“`).join(', ');
    warnings.at(
      el,
      `keine bekannte Knotenart${seen ? ` (${seen})` : ' (Attribut kind, Art, type oder typ)'}; als „${kind}“${guessed ? ' (aus dem Namen)' : ''} übernommen`,
    );
  }
  const sources = takeSources(values, file, el, warnings);
  const bag: Record<string, unknown> = {};
  setOwn(bag, 'label', label);
  setOwn(bag, 'kind', kind);
  setOwn(bag, 'sources', sources);
  for (const [name, v] of values) putAttribute(bag, name, v, NODE_RESERVED, (m, k) => warnings.at(el, m, k));
  const attributes = conform(NodeAttributesSchema, bag, NODE_RESERVED, el, warnings);
  if (!attributes) {
    warnings.at(el, 'Knoten passt nicht zum Datenvertrag und wurde übersprungen');
    return null;
  }
  return { key: nodeKeyFor(kind, raw.id, label), attributes };
}

export interface RawEdge {
  el: XmlElement;
  /** The element's own relation name (GEXF `kind="…"`). */
  xmlKind?: string;
  /** The element's own label (GEXF `label="…"`, yEd EdgeLabel). */
  xmlLabel?: string;
  values: Values;
}

/** Attributes of one edge of the contract; the relation kind comes from kind, Beziehung, label or type. */
export function assembleEdgeAttributes(raw: RawEdge, file: string, warnings: Warnings): EdgeAttributes | null {
  const values = new Map(raw.values);
  const { el } = raw;
  type Candidate = { what: string; value: string; consume: () => void };
  const candidates: Candidate[] = [];
  const fromValues = (lower: string): void => {
    for (const [name, v] of takeNamed(values, [lower]))
      if (typeof v === 'string') candidates.push({ what: name, value: v, consume: () => values.delete(name) });
  };
  let xmlKindUsed = false;
  let xmlLabelUsed = false;
  if (raw.xmlKind !== undefined)
    candidates.push({ what: 'kind', value: raw.xmlKind, consume: () => (xmlKindUsed = true) });
  fromValues('kind');
  fromValues('beziehung');
  fromValues('relation');
  if (raw.xmlLabel !== undefined)
    candidates.push({ what: 'label', value: raw.xmlLabel, consume: () => (xmlLabelUsed = true) });
  fromValues('label');
  fromValues('type');
  fromValues('typ');
  let kind: RelationKind | null = null;
  for (const c of candidates) {
    kind = relationFromName(c.value);
    if (kind) {
      c.consume();
      break;
    }
  }
  if (!kind) {
    kind = 'partner';
    const seen = candidates.map((c) => `${c.what}=„${cut(c.value, 40)}“`).join(', ');
    warnings.at(
      el,
      `keine bekannte Beziehungsart${seen ? ` (${seen})` : ' (Attribut kind, Beziehung, label oder type)'}; als „partner“ übernommen`,
    );
  }
  const sources = takeSources(values, file, el, warnings);
  const bag: Record<string, unknown> = {};
  setOwn(bag, 'kind', kind);
  setOwn(bag, 'sources', sources);
  const warn = (m: string, k: string): void => warnings.at(el, m, k);
  for (const [name, v] of values) putAttribute(bag, name, v, EDGE_RESERVED, warn);
  if (raw.xmlKind !== undefined && !xmlKindUsed) putAttribute(bag, 'kind', raw.xmlKind, EDGE_RESERVED, warn);
  // the element's label is data unless it named the relation or is the German display label of it
  const display = Object.hasOwn(RELATION_KIND_LABELS_DE, kind) ? RELATION_KIND_LABELS_DE[kind] : kind;
  if (raw.xmlLabel !== undefined && !xmlLabelUsed && raw.xmlLabel !== display && !Object.hasOwn(bag, 'label'))
    setOwn(bag, 'label', raw.xmlLabel);
  const attributes = conform(EdgeAttributesSchema, bag, EDGE_RESERVED, el, warnings);
  if (!attributes) warnings.at(el, 'Kante passt nicht zum Datenvertrag und wurde übersprungen');
  return attributes;
}

/** Graph attributes from name/value pairs: only `__proto__` is renamed (sigma does not read graph attributes). */
export function assembleGraphAttributes(
  pairs: Iterable<[string, unknown]>,
  el: XmlElement,
  warnings: Warnings,
): Record<string, unknown> {
  const bag: Record<string, unknown> = {};
  const none: ReadonlySet<string> = new Set();
  for (const [name, v] of pairs) putAttribute(bag, name, v, none, (m, k) => warnings.at(el, m, k), false);
  return bag;
}

/** A JSON object from one of our namespaced attributes, keys made safe; null (with a warning) when it is not one. */
export function parseJsonObject(
  raw: string,
  el: XmlElement,
  what: string,
  warnings: Warnings,
): Record<string, unknown> | null {
  let parsed: unknown;
  try {
    // too deep or beyond the number range counts as not an object (later code recurses into it)
    parsed = scanJsonText(raw) ? undefined : JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    warnings.at(el, `${what} ist kein JSON-Objekt und wurde nicht übernommen`);
    return null;
  }
  return assembleGraphAttributes(Object.entries(parsed), el, warnings);
}

export type GraphOptions = NonNullable<GraphJSON['options']>;

/** Our own `netzatlas:options`, when valid. */
export function parseOptions(raw: string, el: XmlElement, warnings: Warnings): GraphOptions | null {
  const obj = parseJsonObject(raw, el, 'netzatlas:options', warnings);
  if (!obj) return null;
  const r = GraphOptionsSchema.safeParse(obj);
  if (!r.success) {
    warnings.at(el, 'netzatlas:options passt nicht zum Datenvertrag; Graphtyp aus den Kanten bestimmt');
    return null;
  }
  return r.data;
}

/** Graph type and multi flag of a foreign file, from its edges (graphology needs `multi` for parallel edges). */
export function deriveOptions(edges: GraphJSON['edges'], defaultUndirected: boolean): GraphOptions {
  let directed = 0;
  let undirected = 0;
  let multi = false;
  const pairs = new Set<string>();
  for (const e of edges) {
    if (e.undirected) undirected++;
    else directed++;
    if (!multi) {
      const pair = e.undirected
        ? JSON.stringify(e.source < e.target ? [e.source, e.target] : [e.target, e.source])
        : JSON.stringify([e.source, e.target, 'd']);
      if (pairs.has(pair)) multi = true;
      pairs.add(pair);
    }
  }
  const type =
    directed > 0 && undirected > 0
      ? 'mixed'
      : undirected > 0 || (directed === 0 && defaultUndirected)
        ? 'undirected'
        : 'directed';
  return { type, multi };
}

/** Position from two coordinates, or null (with a warning) when they are not finite numbers. */
export function readPosition(
  x: string | undefined,
  y: string | undefined,
  el: XmlElement,
  warnings: Warnings,
): [number, number] | null {
  if (x === undefined && y === undefined) return null;
  const nx = parseXmlNumber(x ?? '0');
  const ny = parseXmlNumber(y ?? '0');
  if (nx === null || ny === null || !Number.isFinite(nx) || !Number.isFinite(ny)) {
    warnings.at(
      el,
      `Position (${cut(String(x), 20)}, ${cut(String(y), 20)}) ist keine endliche Zahl und wurde nicht übernommen`,
    );
    return null;
  }
  return [nx, ny];
}

/** Refuses a file with more nodes and edges than the limit (before anything is built from them). */
export function checkItemCount(file: string, graphEl: XmlElement, count: number, limits: ImportLimits): void {
  if (count > limits.maxItems)
    throw new ImportError(file, positionOf(graphEl), `höchstens ${limits.maxItems} Knoten und Kanten`, `${count}`);
}

/** A node element's id: undefined (with a warning) when it has none, null when it repeats an earlier one (skipped). */
export function nodeIdOf(
  el: XmlElement,
  idToKey: ReadonlyMap<string, string>,
  warnings: Warnings,
): string | undefined | null {
  const id = attr(el, 'id');
  if (id === undefined) warnings.at(el, 'Knoten ohne id: Kanten können ihn nicht erreichen');
  if (id !== undefined && idToKey.has(id)) {
    warnings.at(el, `Knoten-ID „${cut(id, 60)}“ doppelt; nur der erste Knoten wurde übernommen`);
    return null;
  }
  return id;
}
