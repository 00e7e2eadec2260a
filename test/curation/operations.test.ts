import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../src/curation/apply.ts';
import { parseCurationLog } from '../../src/curation/schema.ts';
import { GraphJSONSchema, type GraphJSON } from '../../src/model/schema.ts';
import { edge, logOf, node, smallGraph, src } from './fixture.ts';

/** The fixture graph with some nodes/edges replaced (same key) or removed (null) and others added. */
function expected(changes: {
  nodes?: Record<string, GraphJSON['nodes'][number] | null>;
  edges?: Record<string, GraphJSON['edges'][number] | null>;
}): GraphJSON {
  const g = smallGraph();
  const apply = <T extends { key?: string }>(items: T[], ch: Record<string, T | null> = {}): T[] => {
    const out = items.filter((i) => !(i.key! in ch)).concat(Object.values(ch).filter((v): v is T => v !== null));
    return out.sort((a, b) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0));
  };
  return { ...g, nodes: apply(g.nodes, changes.nodes), edges: apply(g.edges, changes.edges) };
}

describe('curation operations', () => {
  it('leaves the graph as it is (in canonical form) for an empty log', () => {
    const r = applyCuration(smallGraph(), logOf());
    expect(r.graph).toEqual(smallGraph());
    expect(r.report).toEqual([]);
  });

  it('merge moves the removed node’s edges to the kept node, unites parallel ones and makes its label an alias', () => {
    const r = applyCuration(
      smallGraph(),
      logOf({ op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2', note: 'dieselbe Caritas' }),
    );
    expect(r.graph).toEqual(
      expected({
        nodes: {
          'org:caritas': node(
            'org:caritas',
            'Caritasverband Hagen',
            'carrier',
            {
              aliases: ['Caritas Hagen', 'Caritas Hagen e.V.'],
              domains: ['SGB VIII'],
              municipality: 'Hagen',
              email: ['info@caritas-hagen.de'],
            },
            [src(10), src(30)],
          ),
          'org:caritas-2': null,
        },
        edges: {
          // the two carried_by edges become one with both sources; the kept node's cue stays
          'carried_by:project:p->org:caritas': edge(
            'carried_by',
            'project:p',
            'org:caritas',
            { cue: 'Projektträger' },
            [src(10), src(30)],
          ),
          'carried_by:project:p->org:caritas-2': null,
          // a tie between the two merged nodes says nothing any more
          'cooperates_with:org:caritas->org:caritas-2': null,
          // the carrier is not also a mere partner of the same project (as in resolution)
          'partner:project:p->org:caritas-2': null,
          // an edge that only the removed node had moves, under the resolver's key
          'partner:project:q->org:caritas-2': null,
          'partner:project:q->org:caritas': edge('partner', 'project:q', 'org:caritas', { cue: 'Partner' }, [src(95)]),
        },
      }),
    );
    expect(r.report).toEqual([
      {
        index: 0,
        id: '1',
        op: 'merge',
        status: 'applied',
        message:
          'zusammengeführt: 1 Beziehung übertragen, 2 Beziehungen mit vorhandenen zusammengelegt, 1 Beziehung zwischen den beiden Knoten entfallen',
      },
    ]);
  });

  it('merge lets later entries that name the removed key act on the kept node', () => {
    const r = applyCuration(
      smallGraph(),
      logOf(
        { op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2' },
        { op: 'rename', node: 'org:caritas-2', label: 'Caritasverband Hagen e. V.' },
      ),
    );
    expect(r.graph.nodes.find((n) => n.key === 'org:caritas')?.attributes.label).toBe('Caritasverband Hagen e. V.');
    expect(r.report[1]).toEqual({
      index: 1,
      id: '2',
      op: 'rename',
      status: 'applied',
      message:
        'umbenannt, die alte Bezeichnung ist jetzt ein Alias („org:caritas-2“ ist seit Eintrag 1 Teil von „org:caritas“)',
    });
  });

  it('rename keeps the old label as an alias and never lists the label among the aliases', () => {
    const r = applyCuration(smallGraph(), logOf({ op: 'rename', node: 'org:caritas', label: 'Caritas Hagen e.V.' }));
    expect(r.graph).toEqual(
      expected({
        nodes: {
          'org:caritas': node(
            'org:caritas',
            'Caritas Hagen e.V.',
            'carrier',
            { aliases: ['Caritasverband Hagen'], domains: ['SGB VIII'], municipality: 'Hagen' },
            [src(10)],
          ),
        },
      }),
    );
    expect(r.report[0]?.status).toBe('applied');
  });

  it('setKind changes the kind and the domains the old kind implied, and keeps the key', () => {
    const r = applyCuration(
      smallGraph(),
      logOf(
        { op: 'setKind', node: 'org:jugendamt-hagen', kind: 'job_center' },
        { op: 'setKind', node: 'org:caritas-2', kind: 'organisation' },
      ),
    );
    expect(r.graph).toEqual(
      expected({
        nodes: {
          'org:jugendamt-hagen': node(
            'org:jugendamt-hagen',
            'Jugendamt Hagen',
            'job_center',
            { domains: ['SGB II'], municipality: 'Hagen' },
            [src(60)],
          ),
          // an organisation implies no domain: the carrier's SGB VIII goes, the attribute with it
          'org:caritas-2': node(
            'org:caritas-2',
            'Caritas Hagen',
            'organisation',
            { email: ['info@caritas-hagen.de'] },
            [src(30), src(10)],
          ),
        },
      }),
    );
    expect(r.report.map((e) => e.message)).toEqual([
      'Art geändert (der Schlüssel bleibt)',
      'Art geändert (der Schlüssel bleibt)',
    ]);
  });

  it('addEdge adds a directed edge whose source points at the entry in the log, with the note as cue', () => {
    const r = applyCuration(
      smallGraph(),
      logOf(
        { op: 'rename', node: 'project:q', label: 'Projekt Q' },
        {
          op: 'addEdge',
          source: 'project:q',
          target: 'org:jugendamt-hagen',
          kind: 'partner',
          note: 'laut Telefonat mit dem Träger',
        },
      ),
    );
    expect(r.graph).toEqual(
      expected({
        edges: {
          'partner:project:q->org:jugendamt-hagen': edge(
            'partner',
            'project:q',
            'org:jugendamt-hagen',
            { cue: 'Manuelle Korrektur: laut Telefonat mit dem Träger' },
            [{ doc: 'curation.json', start: 1, end: 2 }],
          ),
        },
      }),
    );
    expect(r.report.map((e) => e.status)).toEqual(['unchanged', 'applied']);
  });

  it('addEdge makes cooperates_with undirected with sorted ends, and adds its evidence to an edge that is already there', () => {
    const r = applyCuration(
      smallGraph(),
      logOf(
        { op: 'addEdge', source: 'org:jugendamt-hagen', target: 'org:jobcenter-hagen', kind: 'cooperates_with' },
        { op: 'addEdge', source: 'project:p', target: 'place:hagen', kind: 'located_in', note: 'bestätigt' },
      ),
    );
    expect(r.graph).toEqual(
      expected({
        edges: {
          'cooperates_with:org:jobcenter-hagen->org:jugendamt-hagen': edge(
            'cooperates_with',
            'org:jobcenter-hagen',
            'org:jugendamt-hagen',
            { cue: 'Manuelle Korrektur', undirected: true },
            [{ doc: 'curation.json', start: 0, end: 1 }],
          ),
          'located_in:project:p->place:hagen': edge('located_in', 'project:p', 'place:hagen', { cue: 'Standort' }, [
            src(70),
            { doc: 'curation.json', start: 1, end: 2 },
          ]),
        },
      }),
    );
    expect(r.report.map((e) => e.message)).toEqual([
      'Beziehung ergänzt',
      'Beziehung bestand schon; die Korrektur ist als Beleg ergänzt',
    ]);
  });

  it('removeEdge removes every edge of that kind between the two nodes; undirected edges match in either order', () => {
    const g = smallGraph();
    g.edges.push(edge('partner', 'project:p', 'org:jobcenter-hagen', { cue: 'Kooperation' }, [src(55)]));
    g.edges[g.edges.length - 1]!.key = 'partner:project:p->org:jobcenter-hagen#2';
    const r = applyCuration(
      g,
      logOf(
        { op: 'removeEdge', source: 'project:p', target: 'org:jobcenter-hagen', kind: 'partner' },
        { op: 'removeEdge', source: 'org:caritas-2', target: 'org:caritas', kind: 'cooperates_with' },
        { op: 'removeEdge', source: 'place:hagen', target: 'project:p', kind: 'located_in' },
      ),
    );
    expect(r.graph).toEqual(
      expected({
        edges: { 'partner:project:p->org:jobcenter-hagen': null, 'cooperates_with:org:caritas->org:caritas-2': null },
      }),
    );
    expect(r.report.map((e) => [e.status, e.message])).toEqual([
      ['applied', '2 Beziehungen entfernt'],
      ['applied', '1 Beziehung entfernt'],
      // a directed edge is only found in its own direction
      ['unchanged', 'keine solche Beziehung (mehr) vorhanden'],
    ]);
  });

  it('markWrong removes a node with its edges, or an edge, and the entry stays in the log', () => {
    const log = logOf(
      { op: 'markWrong', target: { node: 'org:jobcenter-hagen' }, note: 'kein Jobcenter, ein Straßenname' },
      { op: 'markWrong', target: { edge: { source: 'project:p', target: 'place:hagen', kind: 'located_in' } } },
    );
    const r = applyCuration(smallGraph(), log);
    expect(r.graph).toEqual(
      expected({
        nodes: { 'org:jobcenter-hagen': null },
        edges: { 'partner:project:p->org:jobcenter-hagen': null, 'located_in:project:p->place:hagen': null },
      }),
    );
    expect(r.report.map((e) => e.message)).toEqual(['Knoten mit 1 Beziehung entfernt', '1 Beziehung entfernt']);
    expect(log.entries).toHaveLength(2);
  });

  it('setAttribute sets and removes municipality, domains, period and the SGB II target group; set domains are marked as a correction', () => {
    const r = applyCuration(
      smallGraph(),
      logOf(
        { op: 'setAttribute', node: 'project:q', name: 'municipality', value: 'Hagen' },
        { op: 'setAttribute', node: 'project:p', name: 'municipality', value: null },
        { op: 'setAttribute', node: 'project:q', name: 'domains', value: ['SGB VIII', 'SGB II', 'SGB II'] },
        { op: 'setAttribute', node: 'project:q', name: 'period', value: { start: '2021-01', end: '2023' } },
        { op: 'setAttribute', node: 'project:p', name: 'sgb2TargetGroup', value: false },
        { op: 'setAttribute', node: 'org:caritas', name: 'domains', value: [] },
      ),
    );
    expect(r.graph).toEqual(
      expected({
        nodes: {
          'project:q': node(
            'project:q',
            'Projekt Q',
            'project',
            {
              municipality: 'Hagen',
              domains: ['SGB II', 'SGB VIII'],
              domainSource: 'curation',
              period: { start: '2021-01', end: '2023' },
            },
            [src(90)],
          ),
          'project:p': node('project:p', 'Projekt P', 'project', { sgb2TargetGroup: false }, [src(0)]),
          // no domains, by correction: not even a brand's default
          'org:caritas': node(
            'org:caritas',
            'Caritasverband Hagen',
            'carrier',
            { aliases: ['Caritas Hagen e.V.'], municipality: 'Hagen', domainSource: 'curation' },
            [src(10)],
          ),
        },
      }),
    );
    expect(r.report.every((e) => e.status === 'applied')).toBe(true);
  });
});

describe('setKind and domains', () => {
  it('gives the same domains when a log of kind changes is replayed on its own result', () => {
    const graph = GraphJSONSchema.parse({
      nodes: [
        {
          key: 'org:b',
          attributes: {
            label: 'A',
            kind: 'project',
            domains: ['Schule'],
            sources: [{ doc: 'a.txt', start: 0, end: 3 }],
          },
        },
      ],
      edges: [],
    });
    const log = parseCurationLog({
      format: 'netzatlas-curation',
      version: 1,
      entries: [
        { id: '1', op: 'setKind', node: 'org:b', kind: 'project' },
        { id: '2', op: 'setKind', node: 'org:b', kind: 'school' },
      ],
    });
    const once = applyCuration(graph, log).graph;
    expect(once.nodes[0]!.attributes.domains).toEqual(['Schule']);
    expect(applyCuration(once, log).graph).toEqual(once);
  });
});
