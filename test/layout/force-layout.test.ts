import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout/force-layout.ts';
import { graphFromJSON } from '../../src/model/graph-io.ts';
import { smallGraph } from '../explorer/fixture.ts';

describe('computeLayout', () => {
  it('places every node at finite coordinates, the same on every run', () => {
    const g = graphFromJSON(smallGraph());
    const a = computeLayout(g);
    expect(Object.keys(a).sort()).toEqual(g.nodes().sort());
    expect(Object.values(a).flat().every(Number.isFinite)).toBe(true);
    expect(computeLayout(graphFromJSON(smallGraph()))).toEqual(a);
  });

  it('depends on the seed', () => {
    const g = graphFromJSON(smallGraph());
    expect(computeLayout(g, { seed: 1 })).not.toEqual(computeLayout(g, { seed: 2 }));
  });

  it('pulls tied nodes closer together than untied ones', () => {
    const p = computeLayout(graphFromJSON(smallGraph()), { iterations: 500 });
    const d = (a: string, b: string) => Math.hypot(p[a]![0] - p[b]![0], p[a]![1] - p[b]![1]);
    expect(d('project:a', 'org:ja')).toBeLessThan(d('org:ja', 'org:s'));
  });

  it('copes with an empty graph and a graph without edges', () => {
    expect(computeLayout(graphFromJSON({ nodes: [], edges: [] }))).toEqual({});
    const lone = computeLayout(
      graphFromJSON({
        nodes: [
          { key: 'org:a', attributes: { label: 'A', kind: 'carrier', sources: [{ doc: 'd', start: 0, end: 1 }] } },
        ],
        edges: [],
      }),
    );
    expect(Object.values(lone).flat().every(Number.isFinite)).toBe(true);
  });
});
