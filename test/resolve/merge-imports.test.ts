import { describe, expect, it } from 'vitest';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runImportPipeline } from '../../src/resolve/merge-imports.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { readCorpus, seedsPipeline } from '../helpers.ts';

const table = GraphJSONSchema.parse({
  nodes: [
    { key: 'org:ja', attributes: { label: 'Jugendamt Herford', kind: 'youth_office', municipality: 'Herford', sources: [{ doc: 'umfrage.csv', start: 20, end: 60 }], Ansprechzeit: 'Mo–Fr' } },
    { key: 'org:neu', attributes: { label: 'Stadtteilbüro Nord', kind: 'organisation', municipality: 'Herford', sources: [{ doc: 'umfrage.csv', start: 61, end: 90 }] } },
  ],
  edges: [{ source: 'org:ja', target: 'org:neu', attributes: { kind: 'cooperates_with', sources: [{ doc: 'umfrage.csv', start: 91, end: 120 }] } }],
});

describe('runImportPipeline', () => {
  it('is the extraction pipeline when nothing is imported', () => {
    const r = runImportPipeline(readCorpus('seeds'), [], nrwGazetteer());
    expect(r.graphJson).toBe(seedsPipeline().graphJson);
  });

  it('merges an imported Jugendamt with the extracted one and keeps the imported row as a source', () => {
    const r = runImportPipeline(readCorpus('seeds'), [{ file: 'umfrage.csv', graph: table }], nrwGazetteer());
    const seeds = seedsPipeline().graph;
    expect(seeds.hasNode('org:jugendamt-herford')).toBe(true);
    // one node more (the new office), none for the Jugendamt
    expect(r.graph.order).toBe(seeds.order + 1);
    const ja = r.graph.getNodeAttributes('org:jugendamt-herford');
    expect(ja.sources).toContainEqual({ doc: 'umfrage.csv', start: 20, end: 60 });
    expect(ja['Ansprechzeit']).toBe('Mo–Fr');
    const neu = r.graph.findNode((_k, a) => a.label.startsWith('Stadtteilbüro Nord'));
    expect(neu).toBeDefined();
    expect(r.graph.edges('org:jugendamt-herford', neu!).map((e) => r.graph.getEdgeAttribute(e, 'kind'))).toEqual(['cooperates_with']);
    expect(r.graph.getAttribute('documents')).toContain('umfrage.csv');
  });
});
