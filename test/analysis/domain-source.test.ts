/** Domain provenance: which legal domains come from the text, which from a default of the kind; carriers need evidence. */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { domainProvenance } from '../../src/analysis/domains.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { makeGraph } from './graphs.ts';

const PAGE = `Projekt „Wohnen und Arbeiten“ in Herford

Projektträger: Quartierswerk Herford gGmbH
Kooperationspartner: Jobcenter Kreis Herford, Kinderschutzbund Herford e.V.
`;

describe('domain provenance', () => {
  it('gives a carrier SGB VIII only for a youth-welfare brand, never for its legal form', () => {
    expect(domainProvenance({ kind: 'carrier', label: 'Wohnungsbaugesellschaft Musterstadt GmbH' })).toEqual({
      domains: [],
      source: null,
    });
    // a graph stored before provenance: the carrier's SGB VIII was only its kind's hint and is checked again
    expect(
      domainProvenance({ kind: 'carrier', label: 'Wohnungsbaugesellschaft Musterstadt GmbH', domains: ['SGB VIII'] }),
    ).toEqual({ domains: [], source: null });
    expect(domainProvenance({ kind: 'carrier', label: 'Kinderschutzbund Bottrop' })).toEqual({
      domains: ['SGB VIII'],
      source: 'text',
    });
    expect(domainProvenance({ kind: 'carrier', label: 'Caritasverband Hagen e.V.' })).toEqual({
      domains: ['SGB VIII'],
      source: 'text',
    });
    expect(
      domainProvenance({ kind: 'carrier', label: 'Wohnbau GmbH', domains: ['SGB VIII'], domainSource: 'curation' }),
    ).toEqual({ domains: ['SGB VIII'], source: 'curation' });
  });

  it('marks the domains of a Jugendamt and a Jobcenter as defaults of their kind, and foreign domains as imported', () => {
    expect(domainProvenance({ kind: 'youth_office', label: 'Jugendamt Herford' })).toEqual({
      domains: ['SGB VIII'],
      source: 'kind',
    });
    expect(domainProvenance({ kind: 'job_center', domains: ['SGB II'] })).toEqual({
      domains: ['SGB II'],
      source: 'kind',
    });
    expect(domainProvenance({ kind: 'organisation', domains: ['SGB III'] })).toEqual({
      domains: ['SGB III'],
      source: 'import',
    });
  });

  it('extracts a gGmbH carrier without youth-welfare evidence without SGB VIII, and names the source of every domain', () => {
    const r = runPipeline([{ name: 'a.txt', text: PAGE }], nrwGazetteer());
    const of = (key: string) => [
      r.graph.getNodeAttribute(key, 'kind'),
      r.graph.getNodeAttribute(key, 'domains'),
      r.graph.getNodeAttribute(key, 'domainSource'),
    ];
    expect(of('org:quartierswerk-herford-ggmbh')).toEqual(['carrier', undefined, undefined]);
    expect(of('org:kinderschutzbund-herford-e-v')).toEqual(['carrier', ['SGB VIII'], 'text']);
    expect(of('org:jobcenter-kreis-herford')).toEqual(['job_center', ['SGB II'], 'kind']);
  });

  it('forms no SGB II/VIII cluster from a housing company on a project with the Jobcenter', () => {
    const g = makeGraph(
      [
        { key: 'org:wohnbau', kind: 'carrier', label: 'Wohnbau Musterstadt GmbH', municipality: 'Musterstadt' },
        { key: 'org:jc', kind: 'job_center', municipality: 'Musterstadt' },
        { key: 'org:ja', kind: 'youth_office', municipality: 'Musterstadt' },
        { key: 'project:p', kind: 'project' },
      ],
      [
        { source: 'project:p', target: 'org:wohnbau', kind: 'carried_by' },
        { source: 'project:p', target: 'org:jc', kind: 'partner' },
      ],
    );
    const a = analyzeGraph(g);
    expect(a.sgb.clusters).toEqual([]);
    expect(a.sgb.crossProjects).toEqual([]);
    expect(a.labels['org:wohnbau']).toEqual({ label: 'Wohnbau Musterstadt GmbH', kind: 'carrier', domains: [] });
    expect(a.sgb.domainSources).toEqual({ text: 0, kind: 2, import: 0, curation: 0, none: 1 });
    expect(a.gaps.filter((x) => x.kind === 'missing-cooperation').map((x) => x.nodes)).toEqual([['org:ja', 'org:jc']]);
  });
});
