/**
 * Comparison of two networks (two programmes, two periods, two towns, before/after): which nodes and
 * ties were added, removed or kept (identity = node key; tie = relation kind + its two nodes),
 * Jaccard similarity, deltas of the network and SGB figures, and how the top actors' ranks moved.
 */
import { z } from 'zod';
import type { NetzGraph } from '../model/index.ts';
import { compareStrings } from '../util/index.ts';
import type { Analysis, NetworkFiguresJSON, NodeMeasuresJSON } from './schema.ts';

const Delta = z.object({ a: z.number().nullable(), b: z.number().nullable(), delta: z.number().nullable() });
type DeltaT = z.infer<typeof Delta>;

const SetDiff = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  kept: z.number().int().nonnegative(),
  jaccard: z.number().nullable(),
});

const RankEntry = z.object({
  key: z.string(),
  label: z.string(),
  rankA: z.number().int().positive().nullable(),
  rankB: z.number().int().positive().nullable(),
  /** positive = moved up in b */
  shift: z.number().int().nullable(),
});

export const ComparisonSchema = z.object({
  format: z.literal('netzatlas-comparison'),
  version: z.literal(1),
  a: z.object({ name: z.string(), nodes: z.number().int(), edges: z.number().int() }),
  b: z.object({ name: z.string(), nodes: z.number().int(), edges: z.number().int() }),
  nodes: SetDiff,
  edges: SetDiff,
  network: z.object({ twoMode: z.record(z.string(), Delta), actors: z.record(z.string(), Delta) }),
  sgb: z.object({
    crossTies: Delta,
    clusters: Delta,
    crossProjects: Delta,
    eiIndex: z.record(z.string(), Delta),
    actorsByDomain: z.record(z.string(), Delta),
  }),
  gaps: z.record(z.string(), Delta),
  rankShifts: z.object({
    view: z.enum(['actors', 'twoMode']),
    measure: z.literal('betweenness'),
    top: z.number().int(),
    entries: z.array(RankEntry),
  }),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? null : inter / union;
}

function setDiff(a: ReadonlySet<string>, b: ReadonlySet<string>): z.infer<typeof SetDiff> {
  return {
    added: [...b].filter((x) => !a.has(x)).sort(compareStrings),
    removed: [...a].filter((x) => !b.has(x)).sort(compareStrings),
    kept: [...a].filter((x) => b.has(x)).length,
    jaccard: jaccard(a, b),
  };
}

/** Identity of a tie independent of edge keys: kind, and its ends (sorted when undirected). */
export function edgeIdentities(graph: NetzGraph): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge((e, attrs, s, t) => {
    const [x, y] = graph.isUndirected(e) && compareStrings(t, s) < 0 ? [t, s] : [s, t];
    out.add(`${attrs.kind}:${x}->${y}`);
  });
  return out;
}

function delta(a: number | null | undefined, b: number | null | undefined): DeltaT {
  const x = a ?? null;
  const y = b ?? null;
  return { a: x, b: y, delta: x === null || y === null ? null : y - x };
}

const FIGURES: (keyof NetworkFiguresJSON)[] = [
  'nodes',
  'edges',
  'density',
  'components',
  'largestComponent',
  'isolates',
  'diameter',
  'averagePathLength',
  'degreeCentralization',
  'averageDegree',
  'modularity',
  'communities',
];

function figureDeltas(a: NetworkFiguresJSON, b: NetworkFiguresJSON): Record<string, DeltaT> {
  return Object.fromEntries(FIGURES.map((f) => [f, delta(a[f] as number | null, b[f] as number | null)]));
}

/** Ranks by betweenness, then degree, then key (1 = most central). */
export function ranking(measures: Record<string, NodeMeasuresJSON>): Map<string, number> {
  const keys = Object.keys(measures).sort((x, y) => {
    const mx = measures[x]!;
    const my = measures[y]!;
    return my.betweenness - mx.betweenness || my.degree - mx.degree || compareStrings(x, y);
  });
  return new Map(keys.map((k, i) => [k, i + 1]));
}

function rankShifts(a: Analysis, b: Analysis, top: number): Comparison['rankShifts'] {
  const view = Object.keys(a.actors).length > 0 || Object.keys(b.actors).length > 0 ? 'actors' : 'twoMode';
  const ma = view === 'actors' ? a.actors : a.nodes;
  const mb = view === 'actors' ? b.actors : b.nodes;
  const ra = ranking(ma);
  const rb = ranking(mb);
  const chosen = new Set([...ra].filter(([, r]) => r <= top).map(([k]) => k));
  for (const [k, r] of rb) if (r <= top) chosen.add(k);
  const entries = [...chosen].map((key) => {
    const rankA = ra.get(key) ?? null;
    const rankB = rb.get(key) ?? null;
    return {
      key,
      label: b.labels[key]?.label ?? a.labels[key]?.label ?? key,
      rankA,
      rankB,
      shift: rankA === null || rankB === null ? null : rankA - rankB,
    };
  });
  entries.sort(
    (x, y) =>
      (x.rankB ?? Infinity) - (y.rankB ?? Infinity) ||
      (x.rankA ?? Infinity) - (y.rankA ?? Infinity) ||
      compareStrings(x.key, y.key),
  );
  return { view, measure: 'betweenness', top, entries };
}

function gapCounts(a: Analysis): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of a.gaps) out[g.kind] = (out[g.kind] ?? 0) + 1;
  return out;
}

export function compareNetworks(
  first: { name: string; graph: NetzGraph; analysis: Analysis },
  second: { name: string; graph: NetzGraph; analysis: Analysis },
  top = first.analysis.settings.topActors,
): Comparison {
  const a = first.analysis;
  const b = second.analysis;
  const ga = gapCounts(a);
  const gb = gapCounts(b);
  const gapKinds = [...new Set([...Object.keys(ga), ...Object.keys(gb)])].sort(compareStrings);
  const domains = a.sgb.domains;
  const comparison: Comparison = {
    format: 'netzatlas-comparison',
    version: 1,
    a: { name: first.name, nodes: first.graph.order, edges: first.graph.size },
    b: { name: second.name, nodes: second.graph.order, edges: second.graph.size },
    nodes: setDiff(new Set(first.graph.nodes()), new Set(second.graph.nodes())),
    edges: setDiff(edgeIdentities(first.graph), edgeIdentities(second.graph)),
    network: {
      twoMode: figureDeltas(a.network.twoMode, b.network.twoMode),
      actors: figureDeltas(a.network.actors, b.network.actors),
    },
    sgb: {
      crossTies: delta(a.sgb.crossTies, b.sgb.crossTies),
      clusters: delta(a.sgb.clusters.length, b.sgb.clusters.length),
      crossProjects: delta(a.sgb.crossProjects.length, b.sgb.crossProjects.length),
      eiIndex: Object.fromEntries(domains.map((d) => [d, delta(a.sgb.eiIndex[d]?.value, b.sgb.eiIndex[d]?.value)])),
      actorsByDomain: Object.fromEntries(
        domains.map((d) => [d, delta(a.sgb.actorsByDomain[d], b.sgb.actorsByDomain[d])]),
      ),
    },
    gaps: Object.fromEntries(gapKinds.map((k) => [k, delta(ga[k] ?? 0, gb[k] ?? 0)])),
    rankShifts: rankShifts(a, b, top),
  };
  return ComparisonSchema.parse(comparison);
}
