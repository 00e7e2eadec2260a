/** Random small undirected weighted graphs (fast-check arbitrary) for the kernel property tests. */
import { fc } from '@fast-check/vitest';
import Graph from 'graphology';

export const randomGraph = fc
  .record({
    n: fc.integer({ min: 1, max: 40 }),
    edges: fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.integer({ min: 1, max: 4 })), { maxLength: 120 }),
  })
  .map(({ n, edges }) => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < n; i++) g.addNode(`n${i}`);
    for (const [a, b, weight] of edges) {
      const [u, v] = [`n${a % n}`, `n${b % n}`];
      if (u !== v && !g.hasEdge(u, v)) g.addEdge(u, v, { weight });
    }
    return g;
  });
