/**
 * Compressed sparse row (CSR) form of an undirected graph: the neighbours of node i are
 * targets[offsets[i] .. offsets[i+1]), sorted ascending, with their tie weights alongside. Flat typed
 * arrays keep the per-source passes cache-friendly and can be copied to worker threads as they are.
 * Node i is the i-th key of the graph's own node order (views insert nodes sorted, so it is stable).
 */
import type Graph from 'graphology';
import type { Adjacency } from '../adjacency.ts';

export interface Csr {
  /** number of nodes */
  n: number;
  /** length n + 1 */
  offsets: Int32Array;
  /** length 2m for m undirected ties (each tie stored at both ends) */
  targets: Int32Array;
  /** tie weights aligned with `targets`, or null for an unweighted graph (every step counts 1) */
  weights: Float64Array | null;
}

/** CSR of a view's compact adjacency (already sorted and indexed in node order). */
export function csrFromAdjacency(adj: Adjacency, weighted: boolean): Csr {
  const n = adj.keys.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + adj.neighbours[i]!.length;
  const targets = new Int32Array(offsets[n]!);
  const weights = weighted ? new Float64Array(offsets[n]!) : null;
  for (let i = 0; i < n; i++) {
    targets.set(adj.neighbours[i]!, offsets[i]);
    if (weights) weights.set(adj.weights[i]!, offsets[i]);
  }
  return { n, offsets, targets, weights };
}

/**
 * CSR of any undirected graphology graph, nodes in `graph.nodes()` order; parallel edges are
 * merged (shortest weight kept, as a shortest path would use it), self-loops dropped.
 * `weight` names the edge attribute holding a positive length, or null for unweighted.
 */
export function csrFromGraph(graph: Graph, weight: string | null = null): { csr: Csr; keys: string[] } {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const n = keys.length;
  const lists: Map<number, number>[] = keys.map(() => new Map<number, number>());
  graph.forEachEdge((_e, attrs, s, t) => {
    const i = index.get(s)!;
    const j = index.get(t)!;
    if (i === j) return;
    const w = weight === null ? 1 : Number(attrs[weight]);
    if (!(w > 0))
      throw new Error(
        `netzatlas/analysis/kernels: Kante ${s}–${t} hat kein positives Gewicht „${weight}“ (ist ${String(attrs[weight!])}).`,
      );
    for (const [a, b] of [
      [i, j],
      [j, i],
    ] as const) {
      const old = lists[a]!.get(b);
      if (old === undefined || w < old) lists[a]!.set(b, w);
    }
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + lists[i]!.size;
  const targets = new Int32Array(offsets[n]!);
  const weights = weight === null ? null : new Float64Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    const sorted = [...lists[i]!].sort((x, y) => x[0] - y[0]);
    let p = offsets[i]!;
    for (const [j, w] of sorted) {
      targets[p] = j;
      if (weights) weights[p] = w;
      p++;
    }
  }
  return { csr: { n, offsets, targets, weights }, keys };
}
