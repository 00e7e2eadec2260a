import { describe, expect, it } from 'vitest';
import { actorView, twoModeView } from '../../src/analysis/view.ts';
import { makeGraph } from './graphs.ts';

// Two projects with the same two carriers, one of them also tied directly to the other.
const graph = () =>
  makeGraph(
    [
      { key: 'p2', kind: 'project' },
      { key: 'p1', kind: 'project' },
      { key: 'a', kind: 'carrier' },
      { key: 'b', kind: 'carrier' },
    ],
    [
      { source: 'p2', target: 'a', kind: 'carried_by' },
      { source: 'p2', target: 'b', kind: 'partner' },
      { source: 'p1', target: 'a', kind: 'partner' },
      { source: 'p1', target: 'b', kind: 'partner' },
      { source: 'a', target: 'b', kind: 'cooperates_with' },
      { source: 'b', target: 'a', kind: 'partner' },
    ],
  );

describe('view edge lists (shared when single, copied when merged)', () => {
  it('merges relations, projects and sources of one tie, sorted', () => {
    const av = actorView(twoModeView(graph()));
    const e = av.getEdgeAttributes(av.edge('a', 'b')!);
    expect(e.relations).toEqual(['co_participation', 'cooperates_with', 'partner']);
    expect(e.via).toEqual(['p1', 'p2']);
    expect(e.sources.map((s) => s.start)).toEqual([104, 105]);
    expect(e.weight).toBe(4);
  });

  it('never changes the stored graph, and a shared list cannot be changed through the view', () => {
    const g = graph();
    const before = JSON.stringify(g.export());
    const tm = twoModeView(g);
    actorView(tm);
    expect(JSON.stringify(g.export())).toBe(before);
    const single = tm.getEdgeAttributes(tm.edge('p1', 'a')!);
    expect(single.relations).toEqual(['partner']);
    expect(single.via).toEqual([]);
    expect(() => single.relations.push('x')).toThrow(TypeError);
    expect(() => single.via.push('x')).toThrow(TypeError);
  });
});
