/** Any graph that follows the contract gives a valid analysis: empty, single node, disconnected, no SGB actor, any direction. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { LEGAL_DOMAINS, NODE_KINDS, RELATION_KINDS } from '../../src/model/kinds.ts';
import { renderReport } from '../../src/output/report.ts';
import { makeGraph, type EdgeSpec, type NodeSpec } from './graphs.ts';

const codes = (nodes: NodeSpec[], edges: EdgeSpec[] = []) =>
  analyzeGraph(makeGraph(nodes, edges)).issues.map((i) => i.code);

describe('analysis of unusual graphs', () => {
  it('explains an empty graph instead of failing', () => {
    const a = analyzeGraph(makeGraph([], []));
    expect(a.issues.map((i) => i.code)).toContain('empty-graph');
    expect(a.nodes).toEqual({});
    expect(a.network.twoMode.density).toBeNull();
    expect(a.gaps).toEqual([]);
  });

  it('analyses a single node with undefined measures left empty and explained', () => {
    const a = analyzeGraph(makeGraph([{ key: 'org:a', kind: 'job_center' }], []));
    expect(a.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'single-node',
        'burt-isolates',
        'eigenvector-no-edges',
        'density-undefined',
        'no-sgb8-actor',
      ]),
    );
    expect(a.nodes['org:a']).toMatchObject({
      degree: 0,
      betweenness: 0,
      closeness: 0,
      eigenvector: null,
      pagerank: 1,
      constraint: null,
      effectiveSize: null,
    });
  });

  it('reports a disconnected graph and measures distances on its largest part', () => {
    const a = analyzeGraph(
      makeGraph(
        [{ key: 'org:a' }, { key: 'org:b' }, { key: 'org:c' }, { key: 'org:d' }, { key: 'org:e' }],
        [
          { source: 'org:a', target: 'org:b' },
          { source: 'org:b', target: 'org:c' },
          { source: 'org:d', target: 'org:e' },
        ],
      ),
    );
    expect(a.network.twoMode).toMatchObject({
      components: 2,
      largestComponent: 3,
      diameter: 2,
      averagePathLength: 4 / 3,
    });
    expect(a.issues.map((i) => i.code)).toContain('disconnected');
  });

  it('reports an eigenvector run that does not converge instead of throwing', () => {
    const g = makeGraph(
      [{ key: 'org:a' }, { key: 'org:b' }, { key: 'org:c' }],
      [
        { source: 'org:a', target: 'org:b' },
        { source: 'org:b', target: 'org:c' },
      ],
    );
    const a = analyzeGraph(g, { maxIterations: 1 });
    expect(a.issues.filter((i) => i.code === 'eigenvector-not-converged').map((i) => i.view)).toEqual([
      'twoMode',
      'actors',
    ]);
    expect(a.nodes['org:b']!.eigenvector).toBeNull();
  });

  it('says so when there is no SGB actor at all', () => {
    expect(codes([{ key: 'org:a' }, { key: 'org:b' }], [{ source: 'org:a', target: 'org:b' }])).toEqual(
      expect.arrayContaining(['no-sgb2-actor', 'no-sgb8-actor']),
    );
  });

  it.each(['directed', 'undirected', 'mixed'] as const)(
    'accepts a %s graph and ignores direction for the measures',
    (type) => {
      const g = makeGraph(
        [{ key: 'org:a' }, { key: 'org:b' }, { key: 'org:c' }],
        [
          { source: 'org:a', target: 'org:b' },
          { source: 'org:c', target: 'org:b' },
        ],
        type,
      );
      expect(analyzeGraph(g).nodes['org:b']!.betweenness).toBe(1);
    },
  );
});

const nodeArb = fc.record({
  kind: fc.constantFrom(...NODE_KINDS),
  domains: fc.option(fc.subarray([...LEGAL_DOMAINS]), { nil: undefined }),
  municipality: fc.option(fc.constantFrom('A-Stadt', 'B-Dorf'), { nil: undefined }),
  sgb2TargetGroup: fc.option(fc.boolean(), { nil: undefined }),
});

const graphArb = fc.array(nodeArb, { maxLength: 14 }).chain((nodes) =>
  fc
    .array(
      fc.record({
        s: fc.nat(Math.max(0, nodes.length - 1)),
        t: fc.nat(Math.max(0, nodes.length - 1)),
        kind: fc.constantFrom(...RELATION_KINDS),
        weight: fc.integer({ min: 1, max: 3 }),
      }),
      {
        maxLength: nodes.length === 0 ? 0 : 30,
      },
    )
    .map((edges) => ({ nodes, edges })),
);

test.prop([graphArb], { numRuns: 150 })(
  'never throws and never yields NaN or infinite numbers on any graph',
  ({ nodes, edges }) => {
    const specs: NodeSpec[] = nodes.map((n, i) => ({
      key: `${n.kind === 'person' ? 'person' : n.kind === 'project' ? 'project' : 'org'}:n${i}`,
      kind: n.kind,
      ...(n.domains ? { domains: n.domains } : {}),
      ...(n.municipality ? { municipality: n.municipality } : {}),
      ...(n.sgb2TargetGroup !== undefined ? { sgb2TargetGroup: n.sgb2TargetGroup } : {}),
    }));
    const edgeSpecs: EdgeSpec[] = edges
      .filter((e) => e.s !== e.t)
      .map((e) => ({ source: specs[e.s]!.key, target: specs[e.t]!.key, kind: e.kind, weight: e.weight }));
    const a = analyzeGraph(makeGraph(specs, edgeSpecs));
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
    expect(renderReport(a)).not.toMatch(/NaN|Infinity|undefined/);
  },
);
