/** Views, SGB II/VIII cooperation, gaps and comparison on a small made-up town network with known answers. */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { compareNetworks } from '../../src/analysis/compare.ts';
import { actorView, twoModeView } from '../../src/analysis/view.ts';
import { makeGraph } from './graphs.ts';
import { TOWN_EDGES, TOWN_NODES } from './town.ts';

const town = () => makeGraph(TOWN_NODES, TOWN_EDGES);

describe('views', () => {
  it('keeps places and persons out of the two-mode view and ties a contact person’s organisation to the project', () => {
    const v = twoModeView(town());
    expect(v.nodes()).toEqual([
      'org:c',
      'org:ja',
      'org:jc',
      'org:s',
      'project:p1',
      'project:p2',
      'project:p3',
      'project:p4',
    ]);
    expect(v.hasEdge('org:s', 'project:p3')).toBe(true);
    expect(v.getEdgeAttribute(v.edge('org:s', 'project:p3')!, 'relations')).toEqual(['contact_for']);
    // the derived tie carries both sentences: the contact and the employer
    expect(v.getEdgeAttribute(v.edge('org:s', 'project:p3')!, 'sources')).toHaveLength(2);
  });

  it('ties actors that share a project in the actor view, weighted by the number of shared projects', () => {
    const v = actorView(twoModeView(town()));
    const ties = v.mapEdges((_e, a, s, t) => `${s}–${t}:${a.weight}:${a.via.join(',')}`).sort();
    expect(ties).toEqual([
      'org:c–org:ja:1:project:p1',
      'org:c–org:jc:1:project:p2',
      'org:c–org:s:2:project:p1,project:p3',
      'org:ja–org:s:1:project:p1',
    ]);
  });
});

describe('SGB II / SGB VIII cooperation', () => {
  const a = analyzeGraph(town());

  it('finds one cooperation cluster tied through the shared project', () => {
    expect(a.sgb.clusters).toHaveLength(1);
    expect(a.sgb.clusters[0]).toMatchObject({
      id: 1,
      members: ['org:c', 'org:ja', 'org:jc'],
      sgb2: ['org:jc'],
      sgb8: ['org:c', 'org:ja'],
      projects: ['project:p2'],
      directTies: [],
    });
    expect(a.sgb.clusters[0]!.evidence.length).toBeGreaterThan(0);
    expect(a.sgb.crossProjects).toEqual(['project:p2']);
    expect(a.sgb.crossTies).toBe(1);
  });

  it('counts ties between domains and the E-I index per domain', () => {
    expect(a.sgb.matrix['SGB II']!['SGB VIII']).toBe(1);
    expect(a.sgb.matrix['SGB VIII']!['SGB II']).toBe(1);
    expect(a.sgb.matrix['SGB VIII']!['SGB VIII']).toBe(1);
    expect(a.sgb.matrix['SGB VIII']!['Schule']).toBe(2);
    expect(a.sgb.eiIndex['SGB II']).toEqual({ value: 1, external: 1, internal: 0, members: 1 });
    // SGB VIII: internal ja–c; external ja–s, c–s, c–jc → (3 − 1) / 4
    expect(a.sgb.eiIndex['SGB VIII']).toEqual({ value: 0.5, external: 3, internal: 1, members: 2 });
    expect(a.sgb.eiIndex['SGB III']!.value).toBeNull();
  });
});

describe('cooperation gaps', () => {
  const gaps = analyzeGraph(town()).gaps;
  const of = (kind: string) => gaps.filter((g) => g.kind === kind).map((g) => [g.severity, ...g.nodes]);

  it('flags the project for SGB II families without any SGB II actor', () => {
    expect(of('sgb2-target-without-sgb2')).toEqual([['hoch', 'project:p1']]);
  });

  it('flags Jugendamt and Jobcenter of the same town without a tie, with the legal basis from the rule table', () => {
    expect(of('missing-cooperation')).toEqual([['hoch', 'org:ja', 'org:jc']]);
    expect(gaps.find((g) => g.rule === 'jugendamt-jobcenter')?.legalBasis).toContain('§ 81');
  });

  it('flags the carrier as the only bridge between the two circuits', () => {
    expect(of('only-bridge-between-circuits')).toEqual([['hoch', 'org:c']]);
  });

  it('flags projects without partners, more severely when no actor at all is named', () => {
    expect(of('project-without-partner')).toEqual([
      ['hoch', 'project:p4'],
      ['mittel', 'project:p3'],
    ]);
  });

  it('flags a municipality with projects but without a Jugendamt', () => {
    expect(of('municipality-without-youth-office')).toEqual([['mittel', 'place:nachbarort', 'project:p4']]);
  });

  it('orders gaps by severity and explains each in German', () => {
    const order = { hoch: 0, mittel: 1, niedrig: 2 };
    expect(gaps.map((g) => order[g.severity])).toEqual([...gaps.map((g) => order[g.severity])].sort());
    for (const g of gaps) expect(g.message).toMatch(/[äöüß]|Projekt|Jugendamt|Verbindung/);
  });

  it('no longer flags the pair once Jugendamt and Jobcenter cooperate', () => {
    const g = makeGraph(TOWN_NODES, [...TOWN_EDGES, { source: 'org:ja', target: 'org:jc', kind: 'cooperates_with' }]);
    expect(analyzeGraph(g).gaps.filter((x) => x.kind === 'missing-cooperation')).toEqual([]);
  });
});

describe('comparison', () => {
  const before = town();
  const after = makeGraph(TOWN_NODES, [...TOWN_EDGES, { source: 'org:ja', target: 'org:jc', kind: 'cooperates_with' }]);
  const c = compareNetworks(
    { name: 'vorher', graph: before, analysis: analyzeGraph(before) },
    { name: 'nachher', graph: after, analysis: analyzeGraph(after) },
  );

  it('lists added ties by identity and the Jaccard similarity', () => {
    expect(c.nodes).toEqual({ added: [], removed: [], kept: 11, jaccard: 1 });
    expect(c.edges.added).toEqual(['cooperates_with:org:ja->org:jc']);
    expect(c.edges.removed).toEqual([]);
    expect(c.edges.jaccard).toBeCloseTo(10 / 11, 12);
  });

  it('reports the deltas of SGB figures and gaps', () => {
    expect(c.sgb.crossTies).toEqual({ a: 1, b: 2, delta: 1 });
    expect(c.gaps['missing-cooperation']).toEqual({ a: 1, b: 0, delta: -1 });
    expect(c.network.actors.edges).toEqual({ a: 4, b: 5, delta: 1 });
  });

  it('reports rank shifts of the top actors', () => {
    const carrier = c.rankShifts.entries.find((e) => e.key === 'org:c')!;
    expect(carrier.rankA).toBe(1);
    expect(c.rankShifts.view).toBe('actors');
  });
});
