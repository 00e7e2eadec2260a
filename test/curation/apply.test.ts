import { describe, expect, it } from 'vitest';
import { applyCuration, summariseReport } from '../../src/curation/apply.ts';
import { graphFromJSON, graphToJSON, parseGraphJSON } from '../../src/model/graph-io.ts';
import { GraphJSONSchema, type GraphJSON } from '../../src/model/schema.ts';
import { deepFreeze, edge, edgeKeys, logOf, node, smallGraph, src } from './fixture.ts';

/** A log that uses every operation once or more (a planner's session on the fixture). */
const fullLog = () =>
  logOf(
    { op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2', note: 'dieselbe Caritas' },
    { op: 'rename', node: 'org:caritas', label: 'Caritasverband Hagen e. V.' },
    { op: 'setKind', node: 'project:q', kind: 'program' },
    {
      op: 'addEdge',
      source: 'org:jugendamt-hagen',
      target: 'org:jobcenter-hagen',
      kind: 'cooperates_with',
      note: 'gemeinsame Fallkonferenz',
    },
    { op: 'addEdge', source: 'project:p', target: 'project:q', kind: 'part_of' },
    { op: 'removeEdge', source: 'project:p', target: 'place:hagen', kind: 'located_in' },
    {
      op: 'markWrong',
      target: { edge: { source: 'project:p', target: 'org:jobcenter-hagen', kind: 'partner' } },
      note: 'nur erwähnt',
    },
    { op: 'setAttribute', node: 'project:p', name: 'period', value: { start: '2020', end: '2022' } },
    { op: 'setAttribute', node: 'org:caritas-2', name: 'domains', value: ['SGB VIII', 'SGB XII'] },
    { op: 'markWrong', target: { node: 'place:hagen' } },
  );

describe('applyCuration', () => {
  it('skips an entry whose node is missing, says so, and applies the rest', () => {
    const r = applyCuration(
      smallGraph(),
      logOf(
        { op: 'rename', node: 'org:gibt-es-nicht', label: 'X' },
        { op: 'addEdge', source: 'project:weg', target: 'org:auch-weg', kind: 'partner' },
        { op: 'merge', keep: 'org:caritas', remove: 'org:schon-weg' },
        { op: 'rename', node: 'project:q', label: 'Projekt Quartier' },
      ),
    );
    expect(r.report).toEqual([
      {
        index: 0,
        id: '1',
        op: 'rename',
        status: 'skipped',
        message: 'nicht angewendet: Knoten „org:gibt-es-nicht“ fehlt',
        missing: ['org:gibt-es-nicht'],
      },
      {
        index: 1,
        id: '2',
        op: 'addEdge',
        status: 'skipped',
        message: 'nicht angewendet: Knoten „org:auch-weg“ und „project:weg“ fehlen',
        missing: ['org:auch-weg', 'project:weg'],
      },
      {
        index: 2,
        id: '3',
        op: 'merge',
        status: 'skipped',
        message: 'nicht angewendet: Knoten „org:schon-weg“ fehlt',
        missing: ['org:schon-weg'],
      },
      {
        index: 3,
        id: '4',
        op: 'rename',
        status: 'applied',
        message: 'umbenannt, die alte Bezeichnung ist jetzt ein Alias',
      },
    ]);
    expect(r.graph.nodes.find((n) => n.key === 'project:q')?.attributes).toEqual({
      label: 'Projekt Quartier',
      kind: 'project',
      sources: [src(90)],
      aliases: ['Projekt Q'],
    });
    expect(summariseReport(r.report)).toBe('4 Korrekturen: 1 angewendet, 3 nicht angewendet');
  });

  it('gives the same graph when the log is applied to its own result (idempotent), with nothing applied the second time', () => {
    const once = applyCuration(smallGraph(), fullLog());
    const twice = applyCuration(once.graph, fullLog());
    expect(twice.graph).toEqual(once.graph);
    expect(once.report.map((e) => e.status)).toEqual(Array(10).fill('applied'));
    // merged-away and removed nodes are missing the second time; everything else is already done
    expect(twice.report.map((e) => e.status)).toEqual([
      'skipped',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'skipped',
      'unchanged',
      'unchanged',
      'skipped',
      'skipped',
    ]);
    expect(summariseReport(twice.report)).toBe('10 Korrekturen: 0 angewendet, 6 ohne Wirkung, 4 nicht angewendet');
  });

  it('applies the whole session as expected', () => {
    const r = applyCuration(smallGraph(), fullLog());
    expect(r.graph.nodes.map((n) => n.key)).toEqual([
      'org:caritas',
      'org:jobcenter-hagen',
      'org:jugendamt-hagen',
      'project:p',
      'project:q',
    ]);
    expect(r.graph.nodes[0]?.attributes).toEqual({
      label: 'Caritasverband Hagen e. V.',
      kind: 'carrier',
      aliases: ['Caritas Hagen', 'Caritas Hagen e.V.', 'Caritasverband Hagen'],
      // entry 9 names the merged-away key and so sets the kept node's domains
      domains: ['SGB VIII', 'SGB XII'],
      domainSource: 'curation',
      email: ['info@caritas-hagen.de'],
      municipality: 'Hagen',
      sources: [src(10), src(30)],
    });
    expect(edgeKeys(r.graph)).toEqual([
      'carried_by:project:p->org:caritas',
      'cooperates_with:org:jobcenter-hagen->org:jugendamt-hagen',
      'part_of:project:p->project:q',
      'partner:project:q->org:caritas',
    ]);
    expect(r.graph.edges[2]).toEqual(
      edge('part_of', 'project:p', 'project:q', { cue: 'Manuelle Korrektur' }, [
        { doc: 'curation.json', start: 4, end: 5 },
      ]),
    );
  });

  it('writes the canonical form graph-io writes, valid against the contract', () => {
    const r = applyCuration(smallGraph(), fullLog());
    expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
    expect(graphToJSON(graphFromJSON(parseGraphJSON(r.graph)))).toEqual(r.graph);
  });

  it('never changes its input', () => {
    const g = deepFreeze(smallGraph());
    const log = deepFreeze(fullLog());
    expect(() => applyCuration(g, log)).not.toThrow();
    expect(g).toEqual(smallGraph());
  });

  it('does not depend on the order of nodes and edges in the input', () => {
    const g = smallGraph();
    const shuffled: GraphJSON = {
      ...g,
      nodes: [...g.nodes].reverse(),
      edges: [g.edges[3]!, ...g.edges.slice(4), ...g.edges.slice(0, 3)],
    };
    expect(applyCuration(shuffled, fullLog())).toEqual(applyCuration(g, fullLog()));
  });

  it('gives edges without a key the resolver’s key, numbering parallel ones', () => {
    const g: GraphJSON = {
      nodes: [node('project:a', 'A', 'project'), node('org:b', 'B', 'carrier')],
      edges: [
        { source: 'project:a', target: 'org:b', attributes: { kind: 'partner', sources: [src(1)] } },
        { source: 'project:a', target: 'org:b', attributes: { kind: 'partner', sources: [src(2)] } },
        {
          key: 'partner:project:a->org:b',
          source: 'project:a',
          target: 'org:b',
          attributes: { kind: 'partner', sources: [src(3)] },
        },
        {
          source: 'org:b',
          target: 'project:a',
          undirected: true,
          attributes: { kind: 'cooperates_with', sources: [src(4)] },
        },
      ],
    };
    const r = applyCuration(g, logOf());
    expect(r.graph.edges.map((e) => [e.key, e.attributes.sources[0]!.start])).toEqual([
      ['cooperates_with:org:b->project:a', 4],
      ['partner:project:a->org:b', 3],
      ['partner:project:a->org:b#2', 1],
      ['partner:project:a->org:b#3', 2],
    ]);
    expect(r.graph.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
    expect(r.graph.attributes).toEqual({});
  });

  it('keeps a simple graph simple: an added edge of another kind where one exists is skipped', () => {
    const g: GraphJSON = {
      options: { type: 'directed', multi: false, allowSelfLoops: false },
      nodes: [node('project:a', 'A', 'project'), node('org:b', 'B', 'carrier'), node('org:c', 'C', 'carrier')],
      edges: [edge('partner', 'project:a', 'org:b'), edge('funded_by', 'project:a', 'org:c')],
    };
    const r = applyCuration(
      g,
      logOf(
        { op: 'addEdge', source: 'project:a', target: 'org:b', kind: 'carried_by' },
        { op: 'addEdge', source: 'org:b', target: 'org:c', kind: 'cooperates_with' },
        { op: 'merge', keep: 'org:b', remove: 'org:c' },
      ),
    );
    expect(r.report.map((e) => [e.status, e.message])).toEqual([
      [
        'skipped',
        'nicht angewendet: der Graph erlaubt keine zweite Kante zwischen diesen Knoten (vorhanden: „partner:project:a->org:b“)',
      ],
      ['applied', 'Beziehung ergänzt'],
      ['applied', 'zusammengeführt: 0 Beziehungen übertragen, 2 Beziehungen zwischen den beiden Knoten entfallen'],
    ]);
    // a directed graph gets a directed cooperates_with; the merge drops the funded_by it cannot place beside the partner edge
    expect(r.graph.edges).toEqual([edge('partner', 'project:a', 'org:b')]);
    expect(() => graphFromJSON(r.graph)).not.toThrow();
  });

  it('refuses a relation of a node to itself', () => {
    const r = applyCuration(
      smallGraph(),
      logOf({ op: 'addEdge', source: 'org:caritas', target: 'org:caritas', kind: 'cooperates_with' }),
    );
    expect(r.report[0]).toMatchObject({
      status: 'skipped',
      message: 'nicht angewendet: eine Beziehung braucht zwei verschiedene Knoten',
    });
    expect(r.graph).toEqual(smallGraph());
  });

  it('applies a log of 20,000 entries to a graph of 10,000 nodes (its speed: npm run bench:io)', () => {
    const n = 10_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`org:n${String(i).padStart(5, '0')}`, `N${i}`, 'carrier'));
    const edges = Array.from({ length: n - 1 }, (_, i) => edge('partner', nodes[i]!.key, nodes[i + 1]!.key));
    const ops = Array.from({ length: 2 * n }, (_, i) =>
      i % 2 === 0
        ? { op: 'rename' as const, node: nodes[(i * 7) % n]!.key, label: `Neu ${i}` }
        : { op: 'merge' as const, keep: nodes[(i * 13) % n]!.key, remove: nodes[(i * 17 + 1) % n]!.key },
    );
    const r = applyCuration({ options: { type: 'mixed', multi: true }, nodes, edges }, logOf(...ops));
    expect(r.report).toHaveLength(2 * n);
    expect(summariseReport(r.report)).toBe('20000 Korrekturen: 15000 angewendet, 5000 ohne Wirkung');
  });
});
