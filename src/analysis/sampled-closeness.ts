/**
 * Closeness estimated from a seeded sample of source nodes (Eppstein & Wang 2004, "Fast
 * approximation of centrality", J. Graph Algorithms Appl. 8(1)): in an undirected graph the mean
 * distance from v to the others is estimated by the mean distance from the sampled sources to v.
 * Same formula as the exact measure (Wasserman–Faust scaling for disconnected graphs, as NetworkX):
 *   C(v) = (r_v − 1) / T_v · (r_v − 1) / (n − 1),  T_v ≈ (r_v − 1) · mean sampled distance.
 * A node that no sampled source reaches (a small separate component) is measured exactly.
 */
import { connectedComponents } from 'graphology-components';
import type { Adjacency } from './adjacency.ts';
import { bfs } from './distances.ts';
import { samplePivots } from './sampled-betweenness.ts';
import type { ViewGraph } from './view.ts';

/** Size of the connected component of every node (graphology-components, mapped to indices). */
function componentSizes(view: ViewGraph, adj: Adjacency): Int32Array {
  const size = new Int32Array(adj.keys.length);
  for (const component of connectedComponents(view)) for (const key of component) size[adj.index.get(key)!] = component.length;
  return size;
}

export function sampledCloseness(view: ViewGraph, adj: Adjacency, samples: number, seed: number): number[] {
  const n = adj.keys.length;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const sum = new Float64Array(n);
  const hits = new Int32Array(n);
  const reach = componentSizes(view, adj);
  for (const p of samplePivots(n, samples, seed)) {
    const reached = bfs(adj, p, dist, queue);
    for (let q = 1; q < reached; q++) {
      const v = queue[q]!;
      sum[v]! += dist[v]!;
      hits[v]!++;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let v = 0; v < n; v++) {
    const others = reach[v]! - 1;
    if (others === 0 || n < 2) continue;
    if (hits[v] === 0) {
      const reached = bfs(adj, v, dist, queue);
      let total = 0;
      for (let q = 1; q < reached; q++) total += dist[queue[q]!]!;
      out[v] = (others / total) * (others / (n - 1));
    } else {
      out[v] = (hits[v]! / sum[v]!) * (others / (n - 1));
    }
  }
  return out;
}
