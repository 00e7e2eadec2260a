/**
 * Closeness estimated from a seeded sample of source nodes (Eppstein & Wang 2004, "Fast
 * approximation of centrality", J. Graph Algorithms Appl. 8(1)) on the path kernels; see
 * kernels/path-measures.ts for the formula. A node in a component that no sampled source reaches
 * is measured exactly. The analysis uses the kernels directly; this form serves the tests.
 */
import type { Adjacency } from './adjacency.ts';
import { csrFromAdjacency } from './kernels/csr.ts';
import { pathMeasuresInThread } from './kernels/path-measures.ts';

export function sampledCloseness(adj: Adjacency, samples: number, seed: number): number[] {
  return Array.from(
    pathMeasuresInThread(csrFromAdjacency(adj, false), { exactPathMaxNodes: 0, pathSamples: samples, seed }).closeness,
  );
}
