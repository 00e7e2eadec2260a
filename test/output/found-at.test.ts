/**
 * The exports carry each source's document: a readable "Fundstellen" column/attribute with title,
 * date, page and address, derived from `sources` and the graph's documentInfo. Our importers skip it
 * (the sources come back from `sources`), so round trips stay exact.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importCsv, importCsvPair } from '../../src/formats/csv/read.ts';
import { importGexf } from '../../src/formats/gexf/read.ts';
import { importGraphml } from '../../src/formats/graphml/read.ts';
import { documentInfoOf, foundAtText } from '../../src/model/document-info.ts';
import type { GraphJSON } from '../../src/model/schema.ts';
import { writeCsvEdges, writeCsvNodes } from '../../src/formats/csv/write.ts';
import { writeGexf } from '../../src/formats/gexf/write.ts';
import { writeGraphml } from '../../src/formats/graphml/write.ts';
import { buildEvidence } from '../../src/output/evidence-file.ts';
import { EvidenceSchema } from '../../src/model/evidence.ts';

const graph: GraphJSON = {
  attributes: {
    documentInfo: [
      {
        doc: 'bericht.pdf',
        format: 'pdf',
        title: 'Sozialbericht 2024',
        date: '2024-05-02',
        pages: 3,
        pageStarts: [0, 100, 200],
      },
      { doc: 'seite.html', format: 'html', title: 'Projekt; neu', url: 'https://www.kreis.nrw/projekt?a=1&b=2' },
    ],
  },
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: 'project:p',
      attributes: {
        label: 'Projekt P',
        kind: 'project',
        sources: [
          { doc: 'bericht.pdf', start: 120, end: 129, page: 2 },
          { doc: 'bericht.pdf', start: 150, end: 155, page: 2 },
          { doc: 'seite.html', start: 3, end: 12 },
        ],
      },
    },
    {
      key: 'org:a',
      attributes: { label: 'Träger A', kind: 'carrier', sources: [{ doc: 'notiz.txt', start: 0, end: 8 }] },
    },
  ],
  edges: [
    {
      key: 'e',
      source: 'project:p',
      target: 'org:a',
      attributes: { kind: 'carried_by', sources: [{ doc: 'bericht.pdf', start: 210, end: 230, page: 3 }] },
    },
  ],
};

const P_FOUND = 'Sozialbericht 2024 (2.5.2024) – Seite 2 | Projekt; neu · https://www.kreis.nrw/projekt?a=1&b=2';

describe('foundAtText', () => {
  const docs = documentInfoOf(graph.attributes);
  it('names each document and page once, with date and address, the file name where there is no title', () => {
    expect(foundAtText(graph.nodes[0]!.attributes.sources, docs)).toBe(P_FOUND);
    expect(foundAtText(graph.nodes[1]!.attributes.sources, docs)).toBe('notiz.txt');
  });
  it('takes the page from the offset where a source does not say it, and ignores what is no source list', () => {
    expect(foundAtText([{ doc: 'bericht.pdf', start: 250, end: 260 }], docs)).toBe(
      'Sozialbericht 2024 (2.5.2024) – Seite 3',
    );
    expect(foundAtText('bericht.pdf', docs)).toBeUndefined();
    expect(foundAtText([null, 3, { doc: '' }], docs)).toBeUndefined();
  });
});

describe('exports', () => {
  it('CSV: a "Fundstellen" column on both tables, read back as nothing', () => {
    const nodes = writeCsvNodes(graph);
    const edges = writeCsvEdges(graph);
    const table = Papa.parse<string[]>(nodes.slice(1), { delimiter: ';' }).data;
    const col = table[0]!.indexOf('Fundstellen');
    expect(table.slice(1, 3).map((r) => r[col])).toEqual([P_FOUND, 'notiz.txt']);
    const etable = Papa.parse<string[]>(edges.slice(1), { delimiter: ';' }).data;
    expect(etable[1]![etable[0]!.indexOf('Fundstellen')]).toBe('Sozialbericht 2024 (2.5.2024) – Seite 3');
    const back = importCsvPair({ input: nodes, file: 'k.csv' }, { input: edges, file: 'e.csv' });
    expect(back.warnings).toEqual([]);
    // CSV has no graph attributes: everything else comes back
    expect(back.graph.nodes).toEqual(graph.nodes);
    expect(back.graph.edges).toEqual(graph.edges);
  });

  it('CSV: a column "Fundstellen" of the user’s own table (no sources column) stays an attribute', () => {
    const r = importCsv('Name;Fundstellen\nJugendamt Herford;Sozialbericht S. 4\n', 'eigene.csv');
    expect(r.graph.nodes[0]!.attributes['Fundstellen']).toBe('Sozialbericht S. 4');
  });

  it('CSV: an attribute named "Fundstellen" goes to its JSON column and comes back', () => {
    const g: GraphJSON = {
      ...graph,
      attributes: {},
      nodes: [
        {
          key: 'org:x',
          attributes: {
            label: 'X',
            kind: 'organisation',
            Fundstellen: 'eigene Angabe',
            sources: [{ doc: 'a.txt', start: 0, end: 1 }],
          },
        },
      ],
      edges: [],
    };
    const text = writeCsvNodes(g);
    expect(text.split('\r\n')[0]).toBe('\uFEFFID;Name;Art;Fundstellen;Fundstellen (JSON);sources (JSON)');
    expect(importCsv(text, 'k.csv').graph.nodes).toEqual(g.nodes);
  });

  it.each([
    ['GEXF', () => writeGexf(graph), (t: string) => importGexf(t, 'netz.gexf')],
    ['GraphML', () => writeGraphml(graph), (t: string) => importGraphml(t, 'netz.graphml')],
  ] as const)('%s: a derived "Fundstellen" attribute other tools show, skipped by our importer', (_, write, read) => {
    const text = write();
    expect(text).toMatch(/(title|attr\.name)="Fundstellen"/);
    expect(text).toContain(
      'Sozialbericht 2024 (2.5.2024) – Seite 2 | Projekt; neu · https://www.kreis.nrw/projekt?a=1&amp;b=2',
    );
    const back = read(text);
    expect(back.warnings).toEqual([]);
    expect(back.graph).toEqual(graph);
  });
});

describe('evidence.json', () => {
  it('names the quoted documents (and only those) with title, address, date and pages', () => {
    const texts = new Map([
      ['bericht.pdf', 'Projekt P wird vom Träger A getragen.'],
      ['seite.html', 'Der Träger A ist in Herford tätig.'],
    ]);
    const { evidence } = buildEvidence(
      texts,
      [{ doc: 'bericht.pdf', start: 0, end: 9 }],
      documentInfoOf(graph.attributes),
    );
    expect(evidence.documentInfo).toEqual([
      {
        doc: 'bericht.pdf',
        format: 'pdf',
        title: 'Sozialbericht 2024',
        date: '2024-05-02',
        pages: 3,
        pageStarts: [0, 100, 200],
      },
    ]);
    expect(EvidenceSchema.parse(evidence)).toEqual(evidence);
    expect(buildEvidence(texts, [{ doc: 'seite.html', start: 0, end: 3 }]).evidence).not.toHaveProperty('documentInfo');
  });
});

describe('a table row as evidence', () => {
  it('a tie quotes its "Beleg" cell, a node its row, each exactly', () => {
    const text =
      'Quelle;Ziel;Beziehung;Beleg\nProjekt Lichtblick;Stiftung Sonne;gefördert von;Die Stiftung fördert das Projekt seit 2021.\n';
    const r = importCsv(text, 'kanten.csv');
    const edge = r.graph.edges[0]!;
    expect(edge.attributes.cue).toBe('Die Stiftung fördert das Projekt seit 2021.');
    const [ref] = edge.attributes.sources;
    expect(text.slice(ref!.start, ref!.end)).toBe('Die Stiftung fördert das Projekt seit 2021.');
    const node = r.graph.nodes.find((n) => n.attributes.label === 'Projekt Lichtblick')!;
    const { evidence } = buildEvidence(new Map([['kanten.csv', text]]), [ref!, ...node.attributes.sources]);
    expect(evidence.documents['kanten.csv']!.map((s) => s.text)).toEqual([
      'Projekt Lichtblick;Stiftung Sonne;gefördert von;Die Stiftung fördert das Projekt seit 2021.',
      'Die Stiftung fördert das Projekt seit 2021.',
    ]);
  });

  it('a quoted Beleg cell ("" inside) falls back to the row', () => {
    const text = 'Quelle;Ziel;Beleg\nA;B;"Laut ""Vertrag"" seit 2020"\n';
    const edge = importCsv(text, 'k.csv').graph.edges[0]!;
    expect(text.slice(edge.attributes.sources[0]!.start, edge.attributes.sources[0]!.end)).toBe(
      'A;B;"Laut ""Vertrag"" seit 2020"',
    );
  });
});
