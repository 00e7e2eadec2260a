/**
 * Seeded ForceAtlas2 positions for the map. Random starting positions come from the project's
 * seeded generator (FA2 gives NaN without them), nodes are inserted in sorted key order and the
 * iteration count is fixed, so the same graph gives the same positions on every run.
 */
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { compareStrings, seededRandom } from '../util/index.ts';

export interface LayoutOptions {
  seed: number;
  iterations: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { seed: 42, iterations: 300 };

/**
 * Iterations for a graph of `order` nodes: the default up to 2,000 nodes; above, fewer in proportion
 * (at least 100), because Barnes–Hut FA2 settles big networks in fewer steps and each step costs more —
 * 300 steps took 8.5 s of the 15.5 s to open a 5,000-node network (BENCHMARKS.md, big networks).
 */
export function layoutIterations(order: number, base = LAYOUT_DEFAULTS.iterations): number {
  return order <= 2000 ? base : Math.max(100, Math.round((base * 2000) / order));
}

/** Settings shared by the precomputed layout and the explorer's "Layout neu berechnen" worker. */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    // keeps the many small parts of a sparse network on screen instead of drifting off
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    barnesHutOptimize: order > 2000,
  };
}

export interface LayoutInputGraph {
  nodes(): string[];
  forEachEdge(cb: (edge: string, attributes: unknown, source: string, target: string) => void): void;
}

/** A simple undirected graph with edge weights = number of parallel relations: what FA2 lays out. */
export function layoutGraph(source: LayoutInputGraph, random: () => number): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const keys = source.nodes().sort(compareStrings);
  const spread = Math.max(10, Math.sqrt(keys.length) * 10);
  for (const key of keys) g.addNode(key, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  const edges: Array<[string, string]> = [];
  source.forEachEdge((_e, _a, s, t) => {
    if (s !== t) edges.push(compareStrings(s, t) <= 0 ? [s, t] : [t, s]);
  });
  edges.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  for (const [s, t] of edges) {
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else g.addEdge(s, t, { weight: 1 });
  }
  return g;
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

/** Positions per node key, rounded to two decimals (enough for a screen, smaller files). */
export function computeLayout(
  source: LayoutInputGraph,
  options: Partial<LayoutOptions> = {},
): Record<string, [number, number]> {
  const seed = options.seed ?? LAYOUT_DEFAULTS.seed;
  const g = layoutGraph(source, seededRandom(seed));
  const iterations = options.iterations ?? layoutIterations(g.order);
  if (g.order > 0 && iterations > 0) {
    forceAtlas2.assign(g, { iterations, settings: layoutSettings(g.order), getEdgeWeight: 'weight' });
  }
  const positions: Record<string, [number, number]> = {};
  g.forEachNode((key, a) => {
    positions[key] = [round(a.x as number), round(a.y as number)];
  });
  return positions;
}
