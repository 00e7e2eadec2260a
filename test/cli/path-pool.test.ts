/**
 * The worker-thread pool gives the analysis byte for byte as one thread does, with one and with
 * three workers, exact and sampled (the source ranges are fixed; their sums are taken in order).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeGraph, analyzeGraphWith } from '../../src/analysis/analyze.ts';
import type { PathProblem } from '../../src/analysis/kernels/source-pass.ts';
import { createPathPool } from '../../src/cli/path-pool.ts';
import { stableStringify } from '../../src/util/stable-json.ts';
import { generateNetwork } from '../bench/generate-network.ts';

describe('path pool (node:worker_threads)', () => {
  const graph = generateNetwork(1500, 6000, 3);
  const pools = [createPathPool(1), createPathPool(3)];
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it.each([
    ['exact', {}],
    ['sampled', { exactPathMaxNodes: 500, pathSamples: 200 }],
  ] as const)('%s: the same bytes in this thread, with 1 and with 3 workers', async (_name, settings) => {
    const inThread = stableStringify(analyzeGraph(graph, settings));
    for (const pool of pools) expect(stableStringify(await analyzeGraphWith(graph, pool, settings))).toBe(inThread);
  });

  it('says so when a worker fails instead of hanging', async () => {
    const pool = createPathPool(1);
    try {
      // a problem without a graph makes the kernel throw inside the worker
      const runner = pool.prepare({ csr: null, sources: null, sampled: false } as unknown as PathProblem);
      await expect(runner.runSources(0, 2)).rejects.toThrow(/null/);
    } finally {
      await pool.close();
    }
  });
});
