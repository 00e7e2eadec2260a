import { describe, expect, it } from 'vitest';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runImportPipeline } from '../../src/pipeline/merge-imports.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { displayLabel } from '../../src/model/display-label.ts';
import { importCsv, importCsvPair } from '../../src/formats/csv/read.ts';
import { readCorpus, seedsPipeline } from '../helpers.ts';

const table = GraphJSONSchema.parse({
  nodes: [
    {
      key: 'org:ja',
      attributes: {
        label: 'Jugendamt Herford',
        kind: 'youth_office',
        municipality: 'Herford',
        sources: [{ doc: 'umfrage.csv', start: 20, end: 60 }],
        Ansprechzeit: 'Mo–Fr',
      },
    },
    {
      key: 'org:neu',
      attributes: {
        label: 'Stadtteilbüro Nord',
        kind: 'organisation',
        municipality: 'Herford',
        sources: [{ doc: 'umfrage.csv', start: 61, end: 90 }],
      },
    },
  ],
  edges: [
    {
      source: 'org:ja',
      target: 'org:neu',
      attributes: { kind: 'cooperates_with', sources: [{ doc: 'umfrage.csv', start: 91, end: 120 }] },
    },
  ],
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
    expect(r.graph.edges('org:jugendamt-herford', neu!).map((e) => r.graph.getEdgeAttribute(e, 'kind'))).toEqual([
      'cooperates_with',
    ]);
    expect(r.graph.getAttribute('documents')).toContain('umfrage.csv');
  });

  it('keeps the document info of the network shown next to that of the documents read now', () => {
    const shown = GraphJSONSchema.parse({
      ...table,
      attributes: {
        documentInfo: [
          { doc: 'alt.html', format: 'html', title: 'Alt' },
          { doc: 'neu.html', format: 'html', title: 'Veraltet' },
        ],
      },
    });
    const text = 'Das Jugendamt Herford kooperiert mit dem Jobcenter Herford.';
    const doc = {
      name: 'neu.html',
      text,
      info: { format: 'html' as const, title: 'Neu', url: 'https://example.org/neu' },
    };
    const r = runImportPipeline([doc], [{ file: 'umfrage.csv', graph: shown }], nrwGazetteer());
    expect(r.graph.getAttribute('documentInfo' as never)).toEqual([
      { doc: 'alt.html', format: 'html', title: 'Alt' },
      { doc: 'neu.html', format: 'html', title: 'Neu', url: 'https://example.org/neu' },
    ]);
    expect(JSON.parse(r.graphJson).attributes.documentInfo).toHaveLength(2);
  });
});

describe('declared kinds and labels are never rewritten', () => {
  // a node table (with an Excel `sep=` line, saved as Windows-1252) and an edge table in which the
  // carrier is the target of a funding tie: the text rules would call it a funder
  const nodesCsv = new Uint8Array([
    ...Buffer.from('sep=;\r\nName;Art;Kommune\r\n', 'latin1'),
    ...Buffer.from('Träger Süd;Träger;Düsseldorf\r\nKinderhaus Mitte;Projekt;Düsseldorf\r\n', 'latin1'),
  ]);
  const edgesCsv = 'Quelle;Ziel;Beziehung\nKinderhaus Mitte;Träger Süd;funded_by\n';

  function imported() {
    const r = importCsvPair({ input: nodesCsv, file: 'knoten.csv' }, { input: edgesCsv, file: 'kanten.csv' });
    expect(r.warnings).toEqual([]);
    return runImportPipeline([], [{ file: 'knoten.csv', graph: r.graph }], nrwGazetteer());
  }

  it('keeps the declared kind when the actor is funded, and the name without the town', () => {
    const g = imported().graph;
    const traeger = g.filterNodes((_k, a) => a.label.startsWith('Träger Süd'));
    expect(traeger).toHaveLength(1);
    const a = g.getNodeAttributes(traeger[0]!);
    expect(a.label).toBe('Träger Süd');
    expect(a.kind).toBe('carrier');
    expect(a.municipality).toBe('Düsseldorf');
    expect(a.aliases).toBeUndefined();
    expect(g.filterNodes((_k, x) => x.kind === 'funder')).toEqual([]);
    // the display joins name and town; the data does not
    expect(displayLabel(a)).toBe('Träger Süd (Düsseldorf)');
  });

  it('says so when a table declares another kind for a name the documents use, and keeps both apart', () => {
    const t = importCsvPair(
      {
        input: 'Name;Art;Kommune\nJugendamt Herford;Träger;Herford\nStadtteilbüro Nord;Organisation;Herford\n',
        file: 'liste.csv',
      },
      { input: 'Quelle;Ziel\n', file: 'leer.csv' },
    );
    const r = runImportPipeline(readCorpus('seeds'), [{ file: 'liste.csv', graph: t.graph }], nrwGazetteer());
    const same = r.graph
      .filterNodes((_k, a) => a.label === 'Jugendamt Herford')
      .map((k) => r.graph.getNodeAttribute(k, 'kind'))
      .sort();
    expect(same).toEqual(['carrier', 'youth_office']);
    expect(r.warnings).toEqual([
      {
        file: 'liste.csv',
        position: { offset: 17 },
        message:
          '„Jugendamt Herford“ ist hier als Träger angegeben, anderswo heißt ein Jugendamt genauso; die Art aus der Tabelle bleibt, beide bleiben getrennte Knoten. Ist es derselbe Akteur, die Art angleichen oder in den Korrekturen zusammenführen.',
      },
    ]);
  });

  it('an extracted actor keeps its name as label and its shown name as alias', () => {
    const g = seedsPipeline().graph;
    const local = g.filterNodes(
      (_k, a) => a.kind === 'carrier' && a.municipality !== undefined && displayLabel(a) !== a.label,
    );
    expect(local.length).toBeGreaterThan(0);
    for (const k of local) {
      const a = g.getNodeAttributes(k);
      expect(a.label.endsWith(`(${a.municipality})`)).toBe(false);
      expect(a.aliases).toContain(displayLabel(a));
    }
  });
});

describe('persons of a table', () => {
  it('stay apart when their names differ only in a number, and merge without an academic title', () => {
    const csv =
      'Name;Art;Kommune\r\nPerson Nummer 1;Person;Herford\r\nPerson Nummer 2;Person;Herford\r\nDr. Anna Muster;Person;Herford\r\nAnna Muster;Person;Herford\r\n';
    const r = importCsv(csv, 'personen.csv');
    const g = runImportPipeline([], [{ file: 'personen.csv', graph: r.graph }], nrwGazetteer()).graph;
    expect(g.filterNodes((_k, a) => a.kind === 'person').length).toBe(3);
  });
});
