import { test as fcTest, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readImportInputs, roleOf } from '../../src/import/import-files.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readImportInputs', () => {
  it('sorts files into documents and graphs and pairs a node table with an edge table', () => {
    const b = readImportInputs([
      { name: 'kanten.csv', bytes: utf8('Quelle;Ziel;Beziehung\nA;B;kooperiert mit\n') },
      { name: 'seite.txt', bytes: utf8('Das Jugendamt Herford kooperiert mit dem Jobcenter Herford.') },
      {
        name: 'knoten.csv',
        bytes: utf8('ID;Name;Art\nA;Jugendamt Herford;Jugendamt\nB;Jobcenter Herford;Jobcenter\n'),
      },
      { name: 'bild.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ]);
    expect(b.docs.map((d) => d.name)).toEqual(['seite.txt']);
    expect(b.graphs.map((g) => [g.file, g.graph.nodes.length, g.graph.edges.length])).toEqual([
      ['knoten.csv + kanten.csv', 2, 1],
    ]);
    expect(b.refused.map((r) => r.file)).toEqual(['bild.png']);
    expect(b.refused[0]!.message).toMatch(/^bild\.png: erwartet eine Datei mit der Endung \.txt/);
  });

  it('tells GEXF from GraphML in an .xml file by its root element', () => {
    expect(roleOf('netz.xml', '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3">')).toBe('gexf');
    expect(roleOf('netz.xml', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">')).toBe('graphml');
    expect(roleOf('netz.xml', '<html>')).toBeNull();
  });

  const name = fc.constantFrom('a.csv', 'b.gexf', 'c.graphml', 'd.json', 'e.txt', 'f.xml', 'g.tsv', 'h.html', 'i.bin');
  fcTest.prop([fc.array(fc.record({ name, bytes: fc.uint8Array({ maxLength: 400 }) }), { maxLength: 5 })], {
    numRuns: 200,
  })('never throws on any bytes: every file is a document, a valid graph or a refused file', (files) => {
    const unique = files.filter((f, i) => files.findIndex((g) => g.name === f.name) === i);
    const b = readImportInputs(unique);
    for (const g of b.graphs) expect(GraphJSONSchema.safeParse(g.graph).success).toBe(true);
    for (const r of b.refused) expect(r.message).not.toMatch(/interner Fehler/);
    const accounted = b.docs.length + b.refused.length + b.graphs.reduce((n, g) => n + g.file.split(' + ').length, 0);
    expect(accounted).toBe(unique.length);
  });
});
