/**
 * The explorer's read-only model of one network: node and edge records with integer indices and
 * an incidence list, built once from graph.json + analysis.json + layout.json. Filters, search,
 * charts and the table work on these arrays (fast at 10k/50k); sigma only gets display data.
 */
import { type Analysis, domainProvenance, type NodeMeasuresJSON } from '../../analysis/index.ts';
import { type DocumentInfo, documentInfoOf, type DomainSource, type GraphJSON, type LegalDomain, type NodeKind, type Period, type RelationKind, type SourceRef } from '../../model/index.ts';
import { compareStrings, fold } from '../../util/index.ts';
import { placeTree, type PlaceTree } from './place-tree.ts';

export interface NodeRecord {
  index: number;
  key: string;
  label: string;
  kind: NodeKind;
  aliases: string[];
  municipality: string | undefined;
  /** The Kreis (or kreisfreie Stadt) of the municipality, or of a place node itself (place-tree.ts). */
  kreis: string | undefined;
  domains: LegalDomain[];
  /** The most urgent gap the node is part of (analysis gaps), null when none. */
  gapSeverity: GapSeverity | null;
  /** where the domains come from (null: none); 'kind' marks a default the panel names */
  domainSource: DomainSource | null;
  period: Period | undefined;
  /** Funding years covered by a project's period; null when the text gives none. */
  years: [number, number] | null;
  /** Programme keys the node belongs to (projects: their programme; actors: those of their projects). */
  programmes: string[];
  role: string | undefined;
  organisation: string | undefined;
  email: string[];
  phone: string[];
  website: string[];
  targetGroups: string[];
  sources: SourceRef[];
  x: number;
  y: number;
  community: number | null;
  measures: NodeMeasuresJSON | undefined;
  /** Folded label and aliases, for search. */
  searchTerms: string[];
}

export type GapSeverity = 'hoch' | 'mittel' | 'niedrig';
const SEVERITY_RANK: Record<GapSeverity, number> = { hoch: 0, mittel: 1, niedrig: 2 };

export interface EdgeRecord {
  index: number;
  key: string;
  source: number;
  target: number;
  kind: RelationKind;
  sources: SourceRef[];
  cue: string | undefined;
}

export interface ExplorerModel {
  name: string;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  byKey: Map<string, number>;
  /** Edge indices per node index. */
  incident: number[][];
  programmes: Array<{ key: string; label: string }>;
  municipalities: string[];
  /** The municipalities as Kreise and towns, for the Kommune filter. */
  places: PlaceTree;
  yearRange: [number, number] | null;
  documents: string[];
  /** Title, address, date and pages of the documents that state any (graph attribute `documentInfo`). */
  documentInfo: ReadonlyMap<string, DocumentInfo>;
  analysis: Analysis | null;
}

const SCOPE_KINDS: ReadonlySet<NodeKind> = new Set(['project', 'program']);
export const isScopeKind = (k: NodeKind) => SCOPE_KINDS.has(k);

function yearOf(date: string | undefined): number | null {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

/** A period's years; an open end counts as the start year only (the text promised no more). */
export function periodYears(period: Period | undefined, begin?: string): [number, number] | null {
  const s = yearOf(period?.start) ?? yearOf(begin);
  const e = yearOf(period?.end);
  if (s === null && e === null) return null;
  const from = s ?? e!;
  const to = e ?? s!;
  return from <= to ? [from, to] : [to, from];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length ? v : undefined);

export interface ModelInput {
  name: string;
  graph: GraphJSON;
  analysis: Analysis | null;
  positions: Record<string, [number, number]>;
}

export function buildExplorerModel(input: ModelInput): ExplorerModel {
  const { graph, analysis, positions } = input;
  const sortedNodes = [...graph.nodes].sort((a, b) => compareStrings(a.key, b.key));
  const byKey = new Map<string, number>();
  const nodes: NodeRecord[] = sortedNodes.map((n, index) => {
    const a = n.attributes;
    byKey.set(n.key, index);
    const pos = positions[n.key];
    const measures = analysis?.nodes[n.key];
    const provenance = domainProvenance(a);
    return {
      index,
      key: n.key,
      label: a.label,
      kind: a.kind,
      aliases: strings(a.aliases),
      municipality: str(a.municipality),
      kreis: undefined,
      gapSeverity: null,
      // as the analysis counts them: a Jugendamt is SGB VIII even where the text does not say so
      domains: provenance.domains,
      domainSource: provenance.source,
      period: a.period,
      years: a.kind === 'project' ? periodYears(a.period, a.begin) : null,
      programmes: [],
      role: str(a.role),
      organisation: str(a.organisation),
      email: strings(a.email),
      phone: strings(a.phone),
      website: strings(a.website),
      targetGroups: strings(a.targetGroups),
      sources: a.sources,
      x: pos?.[0] ?? 0,
      y: pos?.[1] ?? 0,
      community: measures ? measures.community : null,
      measures,
      searchTerms: [a.label, ...strings(a.aliases)].map(fold),
    };
  });
  const edges: EdgeRecord[] = [];
  const incident: number[][] = nodes.map(() => []);
  const sortedEdges = [...graph.edges].sort(
    (a, b) => compareStrings(a.key ?? '', b.key ?? '') || compareStrings(a.source, b.source) || compareStrings(a.target, b.target),
  );
  for (const e of sortedEdges) {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (s === undefined || t === undefined) continue; // the schema-checked graph has none; a hand-made file might
    const index = edges.length;
    edges.push({ index, key: e.key ?? `${e.source}->${e.target}#${index}`, source: s, target: t, kind: e.attributes.kind, sources: e.attributes.sources, cue: str(e.attributes.cue) });
    incident[s]!.push(index);
    if (t !== s) incident[t]!.push(index);
  }
  // programmes: a programme is its own; a project takes those it is part of; every other node those of its neighbours
  for (const n of nodes) if (n.kind === 'program') n.programmes = [n.key];
  for (const n of nodes) {
    if (n.kind !== 'project') continue;
    const set = new Set<string>();
    for (const ei of incident[n.index]!) {
      const e = edges[ei]!;
      const other = nodes[e.source === n.index ? e.target : e.source]!;
      if (other.kind === 'program') set.add(other.key);
    }
    n.programmes = [...set].sort(compareStrings);
  }
  for (const n of nodes) {
    if (isScopeKind(n.kind)) continue;
    const set = new Set<string>();
    for (const ei of incident[n.index]!) {
      const e = edges[ei]!;
      const other = nodes[e.source === n.index ? e.target : e.source]!;
      if (isScopeKind(other.kind)) for (const p of other.programmes) set.add(p);
    }
    n.programmes = [...set].sort(compareStrings);
  }
  const programmes = nodes.filter((n) => n.kind === 'program').map((n) => ({ key: n.key, label: n.label }));
  programmes.sort((a, b) => compareStrings(a.label, b.label));
  const municipalities = [...new Set(nodes.map((n) => n.municipality).filter((m): m is string => !!m))].sort(compareStrings);
  const placeNames = nodes.filter((n) => n.kind === 'municipality').map((n) => n.label);
  const places = placeTree(municipalities, placeNames);
  for (const n of nodes) n.kreis = places.kreisOf.get(n.municipality ?? '') ?? (n.kind === 'municipality' ? places.kreisOf.get(n.label) : undefined);
  let yearRange: [number, number] | null = null;
  for (const n of nodes) {
    if (!n.years) continue;
    yearRange = yearRange ? [Math.min(yearRange[0], n.years[0]), Math.max(yearRange[1], n.years[1])] : [n.years[0], n.years[1]];
  }
  for (const gap of analysis?.gaps ?? []) {
    for (const k of gap.nodes) {
      const n = nodes[byKey.get(k) ?? -1];
      if (n && (n.gapSeverity === null || SEVERITY_RANK[gap.severity] < SEVERITY_RANK[n.gapSeverity])) n.gapSeverity = gap.severity;
    }
  }
  const docs = graph.attributes?.['documents'];
  return {
    name: input.name,
    nodes,
    edges,
    byKey,
    incident,
    programmes,
    municipalities,
    places,
    yearRange,
    documents: strings(docs),
    documentInfo: documentInfoOf(graph.attributes),
    analysis,
  };
}

/** The other end of an edge. */
export function otherEnd(model: ExplorerModel, edgeIndex: number, nodeIndex: number): number {
  const e = model.edges[edgeIndex]!;
  return e.source === nodeIndex ? e.target : e.source;
}
