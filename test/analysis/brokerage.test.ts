/**
 * Brokerage measures on hand-computed examples.
 * Gould & Fernandez (1989), "Structures of mediation", Sociological Methodology 19: 89–126, Fig. 1
 * shows the five roles as one two-step path a → b → c each; an undirected tie carries the path both
 * ways, so every role example is checked with the count for both directions.
 * Burt (1992), Structural Holes, pp. 51–55: constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²; effective
 * size; Borgatti (1997), "Structural holes: unpacking Burt's redundancy measures", Connections
 * 20(1): 35–38 shows that on unweighted ties effective size = n − 2t/n (n alters, t ties among them).
 */
import { describe, expect, it } from 'vitest';
import { adjacencyOf } from '../../src/analysis/adjacency.ts';
import { burtMeasures } from '../../src/analysis/brokerage/burt.ts';
import { gouldFernandez, roleOf } from '../../src/analysis/brokerage/gould-fernandez.ts';
import { actorView, twoModeView } from '../../src/analysis/view.ts';
import { makeGraph, type EdgeSpec, type NodeSpec } from './graphs.ts';

function adjacency(nodes: NodeSpec[], edges: EdgeSpec[]) {
  const view = actorView(twoModeView(makeGraph(nodes, edges)));
  return { view, adj: adjacencyOf(view) };
}

/** a path a – b – c with the given domains (a kind without domains by itself) */
function path3(da: string, db: string, dc: string) {
  const { view, adj } = adjacency(
    [
      { key: 'org:a', domains: [da] },
      { key: 'org:b', domains: [db] },
      { key: 'org:c', domains: [dc] },
    ],
    [
      { source: 'org:a', target: 'org:b' },
      { source: 'org:b', target: 'org:c' },
    ],
  );
  const groups = adj.keys.map((k) => view.getNodeAttribute(k, 'group'));
  return gouldFernandez(adj, groups)[adj.index.get('org:b')!]!;
}

describe('Gould–Fernandez brokerage roles', () => {
  it('classifies the five triads of Gould and Fernandez (1989, Fig. 1)', () => {
    expect(roleOf('A', 'A', 'A')).toBe('coordinator');
    expect(roleOf('A', 'B', 'A')).toBe('itinerant');
    expect(roleOf('A', 'A', 'B')).toBe('representative');
    expect(roleOf('B', 'A', 'A')).toBe('gatekeeper');
    expect(roleOf('A', 'B', 'C')).toBe('liaison');
  });

  it('counts a coordinator twice on an undirected path inside one domain', () => {
    expect(path3('SGB VIII', 'SGB VIII', 'SGB VIII')).toEqual({
      coordinator: 2,
      gatekeeper: 0,
      representative: 0,
      itinerant: 0,
      liaison: 0,
      total: 2,
    });
  });

  it('makes a Jugendamt between two Jobcenter an itinerant broker', () => {
    expect(path3('SGB II', 'SGB VIII', 'SGB II')).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      itinerant: 2,
      liaison: 0,
      total: 2,
    });
  });

  it('counts one representative and one gatekeeper role for a path across two domains', () => {
    expect(path3('SGB VIII', 'SGB VIII', 'SGB II')).toEqual({
      coordinator: 0,
      gatekeeper: 1,
      representative: 1,
      itinerant: 0,
      liaison: 0,
      total: 2,
    });
  });

  it('makes a school between a Jobcenter and a Jugendamt a liaison', () => {
    expect(path3('SGB II', 'Schule', 'SGB VIII')).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      itinerant: 0,
      liaison: 2,
      total: 2,
    });
  });

  it('does not count a pair that is tied directly (a closed triangle has no broker)', () => {
    const { view, adj } = adjacency(
      [{ key: 'org:a' }, { key: 'org:b' }, { key: 'org:c' }],
      [
        { source: 'org:a', target: 'org:b' },
        { source: 'org:b', target: 'org:c' },
        { source: 'org:a', target: 'org:c' },
      ],
    );
    const groups = adj.keys.map((k) => view.getNodeAttribute(k, 'group'));
    expect(gouldFernandez(adj, groups).map((b) => b.total)).toEqual([0, 0, 0]);
  });
});

describe("Burt's constraint and effective size", () => {
  it('gives a star centre with n unconnected alters constraint 1/n and effective size n', () => {
    // p_ij = 1/n, no indirect paths: c = n · (1/n)² = 1/n; no redundancy: effective size = n
    const nodes = [{ key: 'org:hub' }, ...[1, 2, 3, 4].map((i) => ({ key: `org:leaf${i}` }))];
    const { adj } = adjacency(
      nodes,
      [1, 2, 3, 4].map((i) => ({ source: 'org:hub', target: `org:leaf${i}` })),
    );
    const burt = burtMeasures(adj);
    const hub = adj.index.get('org:hub')!;
    expect(burt.constraint[hub]).toBeCloseTo(0.25, 15);
    expect(burt.effectiveSize[hub]).toBeCloseTo(4, 15);
    // a leaf depends on one tie only: constraint 1, effective size 1
    expect(burt.constraint[adj.index.get('org:leaf1')!]).toBe(1);
    expect(burt.effectiveSize[adj.index.get('org:leaf1')!]).toBe(1);
  });

  it('gives every member of a triangle constraint 1.125 and effective size 1', () => {
    // p = 1/2 each; c = 2 · (1/2 + 1/2 · 1/2)² = 2 · 0.5625 = 1.125; Borgatti: n − 2t/n = 2 − 2·1/2 = 1
    const { adj } = adjacency(
      [{ key: 'org:a' }, { key: 'org:b' }, { key: 'org:c' }],
      [
        { source: 'org:a', target: 'org:b' },
        { source: 'org:b', target: 'org:c' },
        { source: 'org:a', target: 'org:c' },
      ],
    );
    const burt = burtMeasures(adj);
    expect(burt.constraint).toEqual([1.125, 1.125, 1.125]);
    expect(burt.effectiveSize).toEqual([1, 1, 1]);
  });

  it("matches Borgatti's n − 2t/n for an ego with four alters and two ties among them", () => {
    // ego e; alters 1..4; ties 1–2 and 3–4: n = 4, t = 2 → 4 − 4/4 = 3
    const { adj } = adjacency(
      [{ key: 'org:e' }, { key: 'org:1' }, { key: 'org:2' }, { key: 'org:3' }, { key: 'org:4' }],
      [
        ...['1', '2', '3', '4'].map((a) => ({ source: 'org:e', target: `org:${a}` })),
        { source: 'org:1', target: 'org:2' },
        { source: 'org:3', target: 'org:4' },
      ],
    );
    expect(burtMeasures(adj).effectiveSize[adj.index.get('org:e')!]).toBeCloseTo(3, 15);
  });

  it('leaves both measures empty for an isolated actor instead of NaN', () => {
    const { adj } = adjacency([{ key: 'org:alone' }], []);
    expect(burtMeasures(adj)).toEqual({ constraint: [null], effectiveSize: [null] });
  });
});
