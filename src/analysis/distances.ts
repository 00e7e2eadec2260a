/**
 * Breadth-first distances for the network figures: diameter and average path length of the
 * largest component. Exact from every node up to a limit, else from a seeded sample of sources
 * (then the diameter is a lower bound and the average an estimate, and the output says so).
 */
import type { Adjacency } from './adjacency.ts';
import { samplePivots } from './sampled-betweenness.ts';

export interface DistanceFigures {
  diameter: number;
  averagePathLength: number;
  exact: boolean;
  sources: number;
}

/** Distances from `source` (−1 = unreachable), reusing the given buffers. */
export function bfs(adj: Adjacency, source: number, dist: Int32Array, queue: Int32Array): number {
  dist.fill(-1);
  dist[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    const du = dist[u]!;
    for (const v of adj.neighbours[u]!) {
      if (dist[v] === -1) {
        dist[v] = du + 1;
        queue[tail++] = v;
      }
    }
  }
  return tail;
}

export function componentDistances(adj: Adjacency, component: readonly number[], maxExact: number, samples: number, seed: number): DistanceFigures {
  const n = adj.keys.length;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const exact = component.length <= maxExact;
  const sources = exact ? component : samplePivots(component.length, samples, seed).map((i) => component[i]!);
  let diameter = 0;
  let total = 0;
  let pairs = 0;
  for (const s of sources) {
    const reached = bfs(adj, s, dist, queue);
    for (let q = 1; q < reached; q++) {
      const d = dist[queue[q]!]!;
      total += d;
      if (d > diameter) diameter = d;
    }
    pairs += reached - 1;
  }
  return { diameter, averagePathLength: pairs === 0 ? 0 : total / pairs, exact, sources: sources.length };
}
