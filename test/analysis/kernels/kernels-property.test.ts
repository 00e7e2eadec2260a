/**
 * Property tests of the path kernels: on random graphs they give graphology-metrics' betweenness
 * (unweighted and weighted) and closeness to 1e-9, and the result does not depend on how the
 * source ranges are scheduled (any order, any number of workers: the same bytes).
 */
import { fc, test as fcTest } from '@fast-check/vitest';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { describe, expect, it } from 'vitest';
import { randomGraph } from './random-graph.ts';
import { csrFromGraph, type Csr } from '../../../src/analysis/kernels/csr.ts';
import { rangeCount, solve, sourceRanges, type PathExecutor } from '../../../src/analysis/kernels/path-executor.ts';
import { pathMeasures, pathMeasuresInThread } from '../../../src/analysis/kernels/path-measures.ts';
import { runSources, type PathProblem } from '../../../src/analysis/kernels/source-pass.ts';

const EXACT = { exactPathMaxNodes: 1e9, pathSamples: 1, seed: 1 };

/** An executor that runs ranges in a shuffled order and resolves them out of order, like a pool. */
function shuffledExecutor(seed: number, parallelism: number): PathExecutor {
  return {
    parallelism,
    prepare: (problem) => ({
      runSources: (from, to) =>
        new Promise((resolve) => setTimeout(() => resolve(runSources(problem, from, to)), (from * 7919 + seed) % 5)),
      close: () => undefined,
    }),
  };
}

const bytes = (xs: Float64Array | null) => (xs ? Buffer.from(xs.buffer).toString('hex') : null);

describe('path kernels on random graphs', () => {
  fcTest.prop([randomGraph], { numRuns: 150, seed: 13 })(
    'unweighted betweenness and closeness equal graphology-metrics',
    (g) => {
      const { csr, keys } = csrFromGraph(g, null);
      const m = pathMeasuresInThread(csr, EXACT);
      const b = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
      const c = closenessCentrality(g, { wassermanFaust: true });
      keys.forEach((k, i) => {
        expect(Math.abs(m.betweenness[i]! - b[k]!)).toBeLessThan(1e-9);
        expect(Math.abs(m.closeness[i]! - c[k]!)).toBeLessThan(1e-9);
      });
    },
  );

  fcTest.prop([randomGraph], { numRuns: 150, seed: 14 })(
    'weighted betweenness equals graphology-metrics (Dijkstra)',
    (g) => {
      const { csr, keys } = csrFromGraph(g, 'weight');
      const m = pathMeasuresInThread(csr, EXACT);
      const b = betweennessCentrality(g, { getEdgeWeight: 'weight', normalized: true });
      keys.forEach((k, i) => expect(Math.abs(m.betweenness[i]! - b[k]!)).toBeLessThan(1e-9));
    },
  );

  fcTest.prop([randomGraph, fc.integer({ min: 1, max: 8 }), fc.boolean()], { numRuns: 40, seed: 15 })(
    'the same bytes whatever the scheduling of source ranges, exact and sampled',
    async (g, workers, sampled) => {
      const { csr } = csrFromGraph(g, null);
      const settings = sampled ? { exactPathMaxNodes: 0, pathSamples: Math.max(1, csr.n >> 1), seed: 5 } : EXACT;
      const a = pathMeasuresInThread(csr, settings);
      const b = await pathMeasures(csr, settings, shuffledExecutor(workers, workers));
      expect(bytes(b.betweenness)).toBe(bytes(a.betweenness));
      expect(bytes(b.closeness)).toBe(bytes(a.closeness));
      expect(bytes(b.betweennessSE)).toBe(bytes(a.betweennessSE));
      expect(bytes(b.closenessSE)).toBe(bytes(a.closenessSE));
      expect(b.distances).toEqual(a.distances);
    },
  );

  it('splits sources into fixed ranges that depend only on their number', () => {
    expect(sourceRanges(0)).toEqual([]);
    expect(sourceRanges(3)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const r = sourceRanges(1000);
    expect(r).toHaveLength(63);
    expect(r[0]).toEqual([0, 16]);
    expect(r.at(-1)).toEqual([992, 1000]);
  });

  it('splits large problems into fewer ranges, by size alone, so queued partial results stay small', () => {
    const problem = (n: number, sampled: boolean) => ({ csr: { n } as Csr, sampled }) as PathProblem;
    expect(rangeCount(problem(1000, false))).toBe(64);
    expect(rangeCount(problem(50_000, false))).toBe(64); // 400 kB per partial
    expect(rangeCount(problem(100_000, true))).toBe(18); // 3.6 MB per partial, 64 MiB in all
    expect(rangeCount(problem(1_000_000, true))).toBe(8);
  });

  it('sums the partial results in range order, not in completion order', async () => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 200; i++) g.addNode(`n${i}`);
    for (let i = 1; i < 200; i++) g.addEdge(`n${i}`, `n${(i * 37) % i}`);
    const { csr } = csrFromGraph(g, null);
    const problem = { csr, sources: null, sampled: false };
    const inOrder = await solve(problem, shuffledExecutor(0, 1));
    const shuffled = await solve(problem, shuffledExecutor(3, 4));
    expect(bytes(shuffled.dependency)).toBe(bytes(inOrder.dependency));
  });
});
