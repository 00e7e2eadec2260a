/**
 * Betweenness from a seeded sample of source nodes (Brandes & Pich 2007, "Centrality estimation
 * in large networks"), on graphology's own indexed Brandes traversal. Scaled like NetworkX's
 * `betweenness_centrality(G, k=…, seed=…)`: the normalised sum times n/k. With k = n it equals
 * the exact, normalised betweenness.
 */
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { seededRandom } from '../util/rng.ts';
import type { ViewGraph } from './view.ts';

/** k distinct indices of 0..n-1 drawn with a seeded partial Fisher–Yates shuffle, ascending. */
export function samplePivots(n: number, k: number, seed: number): number[] {
  const rng = seededRandom(seed);
  const pool = Array.from({ length: n }, (_v, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}

export function sampledBetweenness(view: ViewGraph, samples: number, seed: number): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(view);
  const n = view.order;
  const pivots = samplePivots(n, samples, seed);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const s of pivots) {
    const [S, P, sigma] = brandes(s);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 || pivots.length === 0 ? 0 : (1 / ((n - 1) * (n - 2))) * (n / pivots.length);
  const out: Record<string, number> = {};
  const keys = view.nodes();
  for (let i = 0; i < n; i++) out[keys[i]!] = centrality[i]! * scale;
  return out;
}
