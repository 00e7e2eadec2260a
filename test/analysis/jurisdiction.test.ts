/** Responsibility areas on NRW's administrative map, and the missing-cooperation gaps that follow from them. */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { administrativeMap, jurisdictionOf } from '../../src/analysis/jurisdiction/jurisdiction.ts';
import { responsibilities } from '../../src/analysis/jurisdiction/responsibility.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { OWN_YOUTH_OFFICE_TOWNS, TABLE_YOUTH_OFFICE_COUNT } from '../../src/gazetteer/youth-offices.ts';
import { makeGraph, type EdgeSpec, type NodeSpec } from './graphs.ts';

const map = administrativeMap(nrwGazetteer());
const gapsOf = (nodes: NodeSpec[], edges: EdgeSpec[] = []) =>
  analyzeGraph(makeGraph(nodes, edges)).gaps.filter((g) => g.kind === 'missing-cooperation');

describe('jurisdictions', () => {
  it('resolves a kreisangehörige town, a Kreis, a kreisfreie Stadt and Aachen inside the StädteRegion', () => {
    expect(jurisdictionOf(map, 'Herford')).toEqual({
      gemeinde: 'gemeinde:herford',
      gemeindeName: 'Herford',
      kreis: 'kreis:herford',
      kreisName: 'Kreis Herford',
      kreisfrei: false,
      known: true,
    });
    expect(jurisdictionOf(map, 'Kreis Herford')).toEqual({
      kreis: 'kreis:herford',
      kreisName: 'Kreis Herford',
      kreisfrei: false,
      known: true,
    });
    expect(jurisdictionOf(map, 'Hagen')).toEqual({
      gemeinde: 'gemeinde:hagen',
      gemeindeName: 'Hagen',
      kreis: 'gemeinde:hagen',
      kreisName: 'Hagen',
      kreisfrei: true,
      known: true,
    });
    expect(jurisdictionOf(map, 'Aachen')).toMatchObject({
      gemeinde: 'gemeinde:aachen',
      kreis: 'kreis:staedteregion-aachen',
      kreisfrei: true,
    });
    expect(jurisdictionOf(map, 'Musterstadt')).toEqual({
      gemeinde: 'ort:musterstadt',
      gemeindeName: 'Musterstadt',
      kreis: 'ort:musterstadt',
      kreisName: 'Musterstadt',
      kreisfrei: true,
      known: false,
    });
    expect(jurisdictionOf(map, undefined)).toBeUndefined();
  });

  it('names in the own-Jugendamt table only Gemeinden of the Kreis they stand under', () => {
    const wrong: string[] = [];
    for (const [kreis, towns] of Object.entries(OWN_YOUTH_OFFICE_TOWNS)) {
      for (const t of towns) {
        const p = nrwGazetteer()
          .lookup(t)
          .find((x) => x.level === 'gemeinde');
        if (!p || p.kreis !== kreis || p.kreisfrei) wrong.push(`${kreis}: ${t}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(Object.values(OWN_YOUTH_OFFICE_TOWNS).flat()).toHaveLength(141);
  });

  it('implies as many Jugendämter as the report states: table towns, kreisfreie Städte and Kreise with towns left to serve', () => {
    const places = nrwGazetteer().all();
    const own = new Set(Object.values(OWN_YOUTH_OFFICE_TOWNS).flat());
    const kreisfrei = places.filter((p) => p.level === 'gemeinde' && p.kreisfrei).length;
    const kreise = places.filter(
      (k) =>
        k.level === 'kreis' &&
        places.some((p) => p.level === 'gemeinde' && p.kreis === k.name && !p.kreisfrei && !own.has(p.name)),
    ).length;
    expect([own.size, kreisfrei, kreise]).toEqual([141, 23, 30]);
    expect(own.size + kreisfrei + kreise).toBe(TABLE_YOUTH_OFFICE_COUNT);
  });

  it('gives a Kreisjugendamt the towns of its Kreis without their own Jugendamt, and a Jobcenter its whole Kreis', () => {
    const r = responsibilities(
      [
        { key: 'kja', kind: 'youth_office', municipality: 'Kreis Herford' },
        { key: 'jc', kind: 'job_center', municipality: 'Kreis Herford' },
        { key: 'jc-local', kind: 'job_center', municipality: 'Arnsberg' },
        { key: 'ja-vlotho', kind: 'youth_office', municipality: 'Vlotho' },
        { key: 'kja-re', kind: 'youth_office', municipality: 'Kreis Recklinghausen' },
      ],
      map,
    );
    // Kreis Herford has 9 Gemeinden; Bünde, Herford, Löhne (table) and Vlotho (a Jugendamt in the data) have their own
    expect(r.area.get('kja')!.towns).toEqual([
      'gemeinde:enger',
      'gemeinde:hiddenhausen',
      'gemeinde:kirchlengern',
      'gemeinde:roedinghausen',
      'gemeinde:spenge',
    ]);
    expect(r.area.get('jc')!.towns).toHaveLength(9);
    expect(r.area.get('jc-local')).toMatchObject({
      id: 'jobcenter:kreis:hochsauerlandkreis',
      label: 'Hochsauerlandkreis',
    });
    expect(r.area.get('jc-local')!.towns).toHaveLength(12);
    // every town of Kreis Recklinghausen has its own Jugendamt: the Kreis serves none
    expect(r.area.get('kja-re')!.towns).toEqual([]);
  });
});

describe('expected cooperations by overlapping areas', () => {
  const JA_HERFORD: NodeSpec = {
    key: 'org:ja-herford',
    kind: 'youth_office',
    label: 'Jugendamt Herford',
    municipality: 'Herford',
  };
  const JC_KREIS: NodeSpec = {
    key: 'org:jc-kreis-herford',
    kind: 'job_center',
    label: 'Jobcenter Kreis Herford',
    municipality: 'Kreis Herford',
  };

  it('flags the Stadt-Jugendamt Herford and the Jobcenter of the Kreis Herford without a tie', () => {
    const gaps = gapsOf([JA_HERFORD, JC_KREIS]);
    expect(gaps.map((g) => [g.rule, g.severity, g.nodes, g.areas])).toEqual([
      [
        'jugendamt-jobcenter',
        'hoch',
        ['org:ja-herford', 'org:jc-kreis-herford'],
        ['jugendamt:gemeinde:herford', 'jobcenter:kreis:herford'],
      ],
    ]);
    expect(gaps[0]!.message).toContain('(Herford)');
  });

  it('flags nothing once they share a project', () => {
    const p: NodeSpec = { key: 'project:p', kind: 'project' };
    expect(
      gapsOf(
        [JA_HERFORD, JC_KREIS, p],
        [
          { source: 'project:p', target: 'org:ja-herford', kind: 'partner' },
          { source: 'project:p', target: 'org:jc-kreis-herford', kind: 'partner' },
        ],
      ),
    ).toEqual([]);
  });

  it('does not expect a Jugendamt and a Jobcenter of different Kreise to cooperate', () => {
    expect(gapsOf([JA_HERFORD, { key: 'org:jc-lippe', kind: 'job_center', municipality: 'Kreis Lippe' }])).toEqual([]);
  });

  it('expects a school in Herford to work with the town’s Jugendamt, not with the Kreisjugendamt', () => {
    const gaps = gapsOf([
      JA_HERFORD,
      { key: 'org:kja', kind: 'youth_office', municipality: 'Kreis Herford' },
      { key: 'org:s', kind: 'school', municipality: 'Herford' },
      { key: 'org:s2', kind: 'school', municipality: 'Enger' },
    ]);
    expect(gaps.filter((g) => g.rule === 'jugendamt-schule').map((g) => g.nodes)).toEqual([
      ['org:ja-herford', 'org:s'],
      ['org:kja', 'org:s2'],
    ]);
  });

  it('counts one gap per pair of areas: the count grows with the areas, not with the actors in them', () => {
    const network = (areas: number, perSide: number): NodeSpec[] =>
      Array.from({ length: areas }, (_, a) =>
        Array.from({ length: perSide }, (_, i): NodeSpec[] => [
          { key: `org:ja-${a}-${i}`, kind: 'youth_office', municipality: `Ort ${a}` },
          { key: `org:jc-${a}-${i}`, kind: 'job_center', municipality: `Ort ${a}` },
        ]).flat(),
      ).flat();
    const counts = [1, 4, 16].map((areas) => [1, 3, 6].map((perSide) => gapsOf(network(areas, perSide)).length));
    expect(counts).toEqual([
      [1, 1, 1],
      [4, 4, 4],
      [16, 16, 16],
    ]);
    // on the real map: every Kreis of NRW with its Kreisjugendamt and its Jobcenter, untied
    const kreise = nrwGazetteer()
      .all()
      .filter((p) => p.level === 'kreis')
      .map((p) => p.name);
    const nrw = kreise.flatMap((k, i): NodeSpec[] => [
      { key: `org:kja-${i}`, kind: 'youth_office', municipality: k },
      { key: `org:jc-${i}`, kind: 'job_center', municipality: k },
    ]);
    // 31 Kreise, of which Kreis Recklinghausen has no Kreisjugendamt area
    expect(gapsOf(nrw).length).toBe(30);
  });
});

describe('a town with projects but no Jugendamt in the data', () => {
  const gapOf = (town: string) => {
    const g = makeGraph(
      [
        { key: 'org:kja', kind: 'youth_office', label: 'Kreisjugendamt Herford', municipality: 'Kreis Herford' },
        { key: 'place:town', kind: 'municipality', label: town, municipality: 'Kreis Herford' },
        { key: 'project:p', kind: 'project' },
      ],
      [
        { source: 'project:p', target: 'place:town', kind: 'located_in' },
        { source: 'project:p', target: 'org:kja', kind: 'partner' },
      ],
    );
    return analyzeGraph(g)
      .gaps.filter((x) => x.kind === 'municipality-without-youth-office')
      .map((x) => [x.severity, x.message]);
  };

  it('names the Kreisjugendamt as responsible for a town without its own, and not for a town with its own', () => {
    expect(gapOf('Enger')).toEqual([
      [
        'niedrig',
        'In „Enger“ läuft ein Projekt, ein eigenes Jugendamt kommt in den Daten nicht vor; zuständig ist das Kreisjugendamt („Kreisjugendamt Herford“).',
      ],
    ]);
    expect(gapOf('Bünde')).toEqual([
      [
        'mittel',
        'In „Bünde“ läuft ein Projekt; die Stadt hat ein eigenes Jugendamt, das in den Daten nicht vorkommt (das Kreisjugendamt ist hier nicht zuständig). Ist es beteiligt?',
      ],
    ]);
  });
});
