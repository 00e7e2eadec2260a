/**
 * The power-iteration kernels give graphology-metrics' eigenvector centrality and PageRank bit for
 * bit on random weighted graphs (same operation order), and fail to converge where it does.
 */
import { test as fcTest } from '@fast-check/vitest';
import Graph from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { randomGraph } from './random-graph.ts';
import { csrFromGraph } from '../../../src/analysis/kernels/csr.ts';
import { eigenvectorCentralityCsr, pagerankCsr } from '../../../src/analysis/kernels/power-iteration.ts';

const LIMITS = { maxIterations: 1000, tolerance: 1e-12 };

function graphology<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

const asRecord = (keys: string[], values: Float64Array | null): Record<string, number> | null =>
  values ? Object.fromEntries(keys.map((k, i) => [k, values[i]!])) : null;

describe('power iteration on a CSR', () => {
  fcTest.prop([randomGraph], { numRuns: 200, seed: 7 })(
    'eigenvector: identical to graphology-metrics, converged or not',
    (g) => {
      const { csr, keys } = csrFromGraph(g, 'weight');
      const expected = graphology(() => eigenvectorCentrality(g, { getEdgeWeight: 'weight', ...LIMITS }));
      expect(asRecord(keys, eigenvectorCentralityCsr(csr, LIMITS))).toStrictEqual(expected);
    },
  );

  fcTest.prop([randomGraph], { numRuns: 200, seed: 11 })('PageRank: identical to graphology-metrics', (g) => {
    const { csr, keys } = csrFromGraph(g, 'weight');
    const expected = graphology(() => pagerank(g, { getEdgeWeight: 'weight', alpha: 0.85, ...LIMITS }));
    expect(asRecord(keys, pagerankCsr(csr, 0.85, LIMITS))).toStrictEqual(expected);
  });

  it('the path a–b–c gets its principal eigenvector', () => {
    const g = new Graph({ type: 'undirected' });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('b', 'c', { weight: 1 });
    const { csr } = csrFromGraph(g, 'weight');
    const x = eigenvectorCentralityCsr(csr, LIMITS)!;
    // principal eigenvector of the path a–b–c: (1, √2, 1) / 2
    expect(x[0]).toBeCloseTo(0.5, 10);
    expect(x[1]).toBeCloseTo(Math.SQRT1_2, 10);
    expect(x[2]).toBeCloseTo(0.5, 10);
  });

  it('reports no convergence when the iteration limit is too small', () => {
    const g = new Graph({ type: 'undirected' });
    for (const k of ['a', 'b', 'c', 'd']) g.addNode(k);
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('b', 'c', { weight: 2 });
    g.addEdge('c', 'd', { weight: 1 });
    const { csr } = csrFromGraph(g, 'weight');
    expect(eigenvectorCentralityCsr(csr, { maxIterations: 2, tolerance: 1e-12 })).toBeNull();
    expect(pagerankCsr(csr, 0.85, { maxIterations: 2, tolerance: 1e-12 })).toBeNull();
  });
});
