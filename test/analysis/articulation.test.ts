/** Cut vertices and their pieces: the same articulation points as NetworkX, and pieces that add up. */
import { describe, expect, it } from 'vitest';
import { adjacencyOf } from '../../src/analysis/adjacency.ts';
import { cutVertices } from '../../src/analysis/articulation.ts';
import { twoModeView } from '../../src/analysis/view.ts';
import { loadReference, referenceGraph } from './graphs.ts';

describe('cut vertices', () => {
  it.each(['karate', 'weighted-components', 'two-mode-mini'])(
    'finds the articulation points NetworkX finds in %s',
    (name) => {
      const ref = loadReference(name) as ReturnType<typeof loadReference> & {
        structure: { articulationPoints: string[] };
      };
      const adj = adjacencyOf(twoModeView(referenceGraph(ref)));
      expect(
        cutVertices(adj)
          .map((c) => adj.keys[c.node])
          .sort(),
      ).toEqual([...ref.structure.articulationPoints].sort());
    },
  );

  it('splits a path a–b–c–d at b into pieces of 1 and 2 nodes with their flagged members', () => {
    const ref = {
      nodes: ['a', 'b', 'c', 'd'].map((key) => ({ key, attributes: {} })),
      edges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ].map(([source, target]) => ({ source: source!, target: target!, weight: 1 })),
    };
    const adj = adjacencyOf(twoModeView(referenceGraph(ref as never)));
    const flags = adj.keys.map((k) => [k === 'a' ? 1 : 0, k === 'd' ? 1 : 0]);
    const cuts = cutVertices(adj, flags).map((c) => ({
      node: adj.keys[c.node],
      pieces: c.pieces.map((p) => [p.size, ...p.counts]).sort(),
    }));
    expect(cuts).toEqual([
      {
        node: 'b',
        pieces: [
          [1, 1, 0],
          [2, 0, 1],
        ],
      },
      {
        node: 'c',
        pieces: [
          [1, 0, 1],
          [2, 1, 0],
        ],
      },
    ]);
  });
});
