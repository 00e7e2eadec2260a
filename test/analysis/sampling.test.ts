/** Sampled path measures for large networks: with every node sampled they are the exact measures; the output says when they are estimates. */
import { describe, expect, it } from 'vitest';
import { adjacencyOf } from '../../src/analysis/adjacency.ts';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { samplePivots, sampledBetweenness } from '../../src/analysis/sampled-betweenness.ts';
import { sampledCloseness } from '../../src/analysis/sampled-closeness.ts';
import { twoModeView } from '../../src/analysis/view.ts';
import { loadReference, referenceGraph } from './graphs.ts';

describe('sampled path measures', () => {
  const ref = loadReference('weighted-components');
  const view = twoModeView(referenceGraph(ref));
  const n = view.order;

  it('draws distinct sorted pivots, the same for the same seed', () => {
    const p = samplePivots(100, 10, 7);
    expect(new Set(p).size).toBe(10);
    expect(p).toEqual([...p].sort((a, b) => a - b));
    expect(samplePivots(100, 10, 7)).toEqual(p);
    expect(samplePivots(100, 10, 8)).not.toEqual(p);
  });

  it('equals exact betweenness (NetworkX reference) when every node is a source', () => {
    const b = sampledBetweenness(view, n, 1);
    for (const [k, v] of Object.entries(ref.values.betweenness!)) expect(Math.abs(b[k]! - v!)).toBeLessThan(1e-12);
  });

  it('equals exact closeness (NetworkX reference) when every node is a source, including separate components', () => {
    const adj = adjacencyOf(view);
    const c = sampledCloseness(adj, n, 1);
    adj.keys.forEach((k, i) => expect(Math.abs(c[i]! - ref.values.closeness![k]!)).toBeLessThan(1e-12));
  });

  it('measures nodes of components no sampled source reaches exactly', () => {
    const adj = adjacencyOf(view);
    const c = sampledCloseness(adj, 1, 3);
    // whichever single source is drawn, the small star component k–l–m–n is either sampled or measured exactly
    for (const k of ['k', 'l', 'm', 'n']) expect(c[adj.index.get(k)!]).toBeGreaterThan(0);
    expect(c[adj.index.get('o')!]).toBe(0);
  });

  it('says in the analysis when path measures are estimates', () => {
    const a = analyzeGraph(referenceGraph(ref), { exactPathMaxNodes: 5, pathSamples: 4 });
    expect(a.views.twoMode.betweenness).toMatchObject({ exact: false, samples: 4, seed: 42 });
    const top = a.views.twoMode.betweenness.uncertainty!.top;
    expect(top.map((t) => t.rank)).toEqual(Array.from({ length: Math.min(10, n) }, (_v, i) => i + 1));
    for (const t of top) expect(t.betweenness).toBe(a.nodes[t.key]!.betweenness);
    for (const m of Object.values(a.nodes)) {
      expect(m).toHaveProperty('betweennessSE');
      expect(m).toHaveProperty('closenessSE');
    }
    expect(a.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['paths-sampled', 'distances-sampled']));
    expect(a.network.twoMode.distancesExact).toBe(false);
    expect(a.issues.find((i) => i.code === 'paths-sampled')!.message).toMatch(
      /Standardfehler je Knoten\. Von den 10 ersten Akteuren nach Zwischenzentralität gehören \d+ sicher \(95 %\)/,
    );
  });

  it('gives exact analyses no standard errors and no uncertainty', () => {
    const a = analyzeGraph(referenceGraph(ref));
    expect(a.views.twoMode.betweenness).toEqual({ exact: true });
    for (const m of Object.values(a.nodes)) expect(m).not.toHaveProperty('betweennessSE');
  });
});
