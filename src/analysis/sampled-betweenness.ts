/**
 * Betweenness from a seeded sample of source nodes (Brandes & Pich 2007, "Centrality estimation
 * in large networks") on the path kernels. Scaled like NetworkX's
 * `betweenness_centrality(G, k=…, seed=…)`: the normalised sum times n/k. With k = n it equals
 * the exact, normalised betweenness. The analysis uses kernels/path-measures.ts directly; this
 * keyed form serves the benchmark's error check and the tests.
 */
import { adjacencyOf } from './adjacency.ts';
import { csrFromAdjacency } from './kernels/csr.ts';
import { pathMeasuresInThread } from './kernels/path-measures.ts';
import type { ViewGraph } from './view.ts';

export { samplePivots } from './kernels/sample-pivots.ts';

export function sampledBetweenness(view: ViewGraph, samples: number, seed: number): Record<string, number> {
  const adj = adjacencyOf(view);
  const { betweenness } = pathMeasuresInThread(csrFromAdjacency(adj, false), {
    exactPathMaxNodes: 0,
    pathSamples: samples,
    seed,
  });
  return Object.fromEntries(adj.keys.map((k, i) => [k, betweenness[i]!]));
}
