/**
 * The path kernels agree with NetworkX 2.8 to 1e-9 on seeded random graphs, unweighted (BFS) and
 * weighted (Dijkstra): betweenness, closeness, diameter and average path length of the largest
 * component (values in path-reference.json; regenerate with
 * `/usr/bin/python3 test/analysis/kernels/make_path_reference.py`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { csrFromGraph } from '../../../src/analysis/kernels/csr.ts';
import { pathMeasuresInThread } from '../../../src/analysis/kernels/path-measures.ts';
import { ROOT } from '../../helpers.ts';

interface Reading {
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  largestComponent: { diameter: number; averagePathLength: number; nodes: number } | null;
}
interface Fixture {
  name: string;
  nodes: string[];
  edges: [string, string, number][];
  unweighted: Reading;
  weighted: Reading;
}
const doc = JSON.parse(readFileSync(path.join(ROOT, 'test/analysis/kernels/path-reference.json'), 'utf8')) as {
  generator: { networkx: string };
  graphs: Fixture[];
};

function graphOf(f: Fixture): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const n of f.nodes) g.addNode(n);
  for (const [u, v, weight] of f.edges) g.addEdge(u, v, { weight });
  return g;
}

const EXACT = { exactPathMaxNodes: 1e9, pathSamples: 1, seed: 1 };

describe('path kernels against NetworkX', () => {
  it('has references from NetworkX on five graphs, one of them disconnected', () => {
    expect(doc.generator.networkx).toMatch(/^2\.8/);
    expect(doc.graphs.map((f) => f.name)).toEqual(['gnp-40', 'ba-60', 'tree-30', 'components-27', 'grid-5x6']);
  });

  describe.each(doc.graphs.flatMap((f) => (['unweighted', 'weighted'] as const).map((r) => [f.name, r, f] as const)))(
    '%s, %s',
    (_name, reading, f) => {
      const { csr, keys } = csrFromGraph(graphOf(f), reading === 'weighted' ? 'weight' : null);
      const ref = f[reading];
      const m = pathMeasuresInThread(csr, EXACT);

      it('betweenness and closeness match for every node', () => {
        keys.forEach((k, i) => {
          expect(Math.abs(m.betweenness[i]! - ref.betweenness[k]!), `betweenness ${k}`).toBeLessThan(1e-9);
          expect(Math.abs(m.closeness[i]! - ref.closeness[k]!), `closeness ${k}`).toBeLessThan(1e-9);
        });
      });

      it('diameter and average path length of the largest component match', () => {
        expect(m.distances?.exact).toBe(true);
        expect(m.distances?.sources).toBe(ref.largestComponent!.nodes);
        expect(Math.abs(m.distances!.diameter - ref.largestComponent!.diameter)).toBeLessThan(1e-9);
        expect(Math.abs(m.distances!.averagePathLength - ref.largestComponent!.averagePathLength)).toBeLessThan(1e-9);
      });

      it('gives the same values as estimates when every node is a sampled source, with zero standard errors', () => {
        const s = pathMeasuresInThread(csr, { exactPathMaxNodes: 0, pathSamples: csr.n, seed: 3 });
        expect(s.method).toEqual({ exact: false, samples: csr.n, seed: 3 });
        keys.forEach((k, i) => {
          expect(Math.abs(s.betweenness[i]! - ref.betweenness[k]!)).toBeLessThan(1e-9);
          expect(Math.abs(s.closeness[i]! - ref.closeness[k]!)).toBeLessThan(1e-9);
          expect(s.betweennessSE![i]).toBe(0);
          expect(s.closenessSE![i]).toBe(0);
        });
        expect(s.distances).toEqual({ ...m.distances, exact: true });
      });
    },
  );
});
