/**
 * A compact, index-based adjacency of a view (sorted neighbour lists with weights), for the
 * measures graphology does not have (Burt, Gould–Fernandez, distances, articulation points).
 */
import type { ViewGraph } from './view.ts';

export interface Adjacency {
  keys: string[];
  index: Map<string, number>;
  /** sorted neighbour indices per node */
  neighbours: Int32Array[];
  /** edge weight aligned with `neighbours` */
  weights: Float64Array[];
}

export function adjacencyOf(view: ViewGraph): Adjacency {
  const keys = view.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const lists: { n: number; w: number }[][] = keys.map(() => []);
  view.forEachEdge((_e, attrs, s, t) => {
    const i = index.get(s)!;
    const j = index.get(t)!;
    lists[i]!.push({ n: j, w: attrs.weight });
    lists[j]!.push({ n: i, w: attrs.weight });
  });
  const neighbours: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const list of lists) {
    list.sort((a, b) => a.n - b.n);
    neighbours.push(Int32Array.from(list, (x) => x.n));
    weights.push(Float64Array.from(list, (x) => x.w));
  }
  return { keys, index, neighbours, weights };
}

/** Weight of the tie i–j, 0 when there is none (binary search in i's sorted neighbours). */
export function tieWeight(adj: Adjacency, i: number, j: number): number {
  const ns = adj.neighbours[i]!;
  let lo = 0;
  let hi = ns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ns[mid]!;
    if (v === j) return adj.weights[i]![mid]!;
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

export const areTied = (adj: Adjacency, i: number, j: number): boolean => tieWeight(adj, i, j) > 0;
