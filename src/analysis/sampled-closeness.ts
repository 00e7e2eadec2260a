/**
 * Closeness estimated from a seeded sample of source nodes (Eppstein & Wang 2004, "Fast
 * approximation of centrality", J. Graph Algorithms Appl. 8(1)): in an undirected graph the mean
 * distance from v to the others is estimated by the mean distance from the sampled sources to v.
 * Same formula as the exact measure (Wasserman–Faust scaling for disconnected graphs, as NetworkX):
 *   C(v) = (r_v − 1) / T_v · (r_v − 1) / (n − 1),  T_v ≈ (r_v − 1) · mean sampled distance.
 * A node that no sampled source reaches (a small separate component) is measured exactly.
 */
import type { Adjacency } from './adjacency.ts';
import { bfs } from './distances.ts';
import { samplePivots } from './sampled-betweenness.ts';

export function sampledCloseness(adj: Adjacency, samples: number, seed: number): number[] {
  const n = adj.keys.length;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const sum = new Float64Array(n);
  const hits = new Int32Array(n);
  const reach = componentSizes(adj);
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

/** Size of the connected component of every node. */
export function componentSizes(adj: Adjacency): Int32Array {
  const n = adj.keys.length;
  const size = new Int32Array(n);
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const members = [s];
    seen[s] = 1;
    stack.push(s);
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const v of adj.neighbours[u]!) {
        if (!seen[v]) {
          seen[v] = 1;
          members.push(v);
          stack.push(v);
        }
      }
    }
    for (const m of members) size[m] = members.length;
  }
  return size;
}
