/**
 * Centralities agree with NetworkX to 1e-9 on the reference graphs in test/fixtures/reference
 * (values, NetworkX version and the exact calls are in each file; regenerate with
 * `python3 test/fixtures/reference/make_reference.py`).
 */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { loadReference, referenceGraph } from './graphs.ts';

const MEASURES = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'constraint',
  'effectiveSize',
] as const;

describe.each(['karate', 'weighted-components', 'two-mode-mini'])('reference graph %s', (name) => {
  const ref = loadReference(name);
  const analysis = analyzeGraph(referenceGraph(ref));

  it('was produced by NetworkX 3 with the recorded calls', () => {
    expect(ref.generator.networkx).toMatch(/^3\./);
    for (const m of MEASURES) expect(ref.calls[m]).toBeTruthy();
  });

  it.each(MEASURES)('%s matches NetworkX to 1e-9 for every node', (measure) => {
    const expected = ref.values[measure]!;
    expect(Object.keys(analysis.nodes).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      const got = analysis.nodes[key]![measure];
      if (value === null) expect(got, `${key}`).toBeNull();
      else expect(Math.abs((got as number) - value), `${measure} of ${key}: ${got} vs ${value}`).toBeLessThan(1e-9);
    }
  });

  it('has the network figures NetworkX gives', () => {
    const f = analysis.network.twoMode;
    expect(f.nodes).toBe(ref.network.nodes);
    expect(f.edges).toBe(ref.network.edges);
    expect(f.components).toBe(ref.network.components);
    expect(f.isolates).toBe(ref.network.isolates);
    expect(f.largestComponent).toBe(ref.network.largestComponentNodes);
    expect(f.diameter).toBe(ref.network.diameter);
    expect(f.density).toBeCloseTo(ref.network.density!, 12);
    expect(f.averagePathLength).toBeCloseTo(ref.network.averagePathLength!, 12);
    expect(f.degreeCentralization).toBeCloseTo(ref.network.degreeCentralization!, 12);
  });
});

describe('Louvain on karate', () => {
  const karate = loadReference('karate');

  it('reaches a modularity of at least 0.41 with the fixed seed', () => {
    const a = analyzeGraph(referenceGraph(karate));
    expect(a.network.twoMode.modularity).toBeGreaterThanOrEqual(0.41);
  });

  it('gives the same partition on every run', () => {
    const run = () => Object.values(analyzeGraph(referenceGraph(karate)).nodes).map((m) => m.community);
    expect(run()).toEqual(run());
  });
});
