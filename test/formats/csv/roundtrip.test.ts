/** writeCsvNodes/writeCsvEdges and importCsvPair are inverse: import(export(g)) deep-equals g. */
import { fc, test } from '@fast-check/vitest';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importCsv, importCsvPair } from '../../../src/formats/csv/read.ts';
import { CONTROL_CHARS } from '../../../src/formats/csv/values.ts';
import { NODE_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';
import { GraphJSONSchema, type GraphJSON } from '../../../src/model/schema.ts';
import { writeCsvEdges, writeCsvNodes } from '../../../src/formats/csv/write.ts';
import { graphArbitrary } from './arbitraries.ts';

function roundTrip(g: GraphJSON, positions?: Record<string, [number, number]>) {
  return importCsvPair(
    { input: writeCsvNodes(g, positions ? { positions } : {}), file: 'knoten.csv' },
    { input: writeCsvEdges(g), file: 'kanten.csv' },
  );
}

const src = [{ doc: 'seite.txt', start: 0, end: 10 }];
const small: GraphJSON = {
  attributes: {},
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: 'org:jugendamt-herford',
      attributes: {
        label: 'Jugendamt Herford',
        kind: 'youth_office',
        municipality: 'Herford',
        domains: ['SGB VIII'],
        sources: src,
      },
    },
    {
      key: 'project:part',
      attributes: {
        label: '=HYPERLINK("http://böse.example","PaRT")',
        kind: 'project',
        period: { start: '2021', end: '2024-06' },
        aliases: ['PaRT', 'Projekt PaRT'],
        sources: src,
      },
    },
    {
      key: 'person:anna',
      attributes: {
        label: 'Anna Müller',
        kind: 'person',
        role: 'Leitung',
        email: ['anna.mueller@herford.de'],
        phone: ['05221 189-0'],
        sources: src,
      },
    },
  ],
  edges: [
    {
      key: 'e1',
      source: 'project:part',
      target: 'org:jugendamt-herford',
      attributes: { kind: 'carried_by', cue: 'Projektträger', sources: src },
    },
    {
      key: 'e2',
      source: 'person:anna',
      target: 'project:part',
      undirected: true,
      attributes: { kind: 'contact_for', sources: src },
    },
  ],
};

describe('CSV round trip', () => {
  test.prop([graphArbitrary], { numRuns: 400 })(
    'import(export(g)) deep-equals g for generated graphs, without warnings',
    (g) => {
      expect(GraphJSONSchema.safeParse(g).success).toBe(true);
      const r = roundTrip(g);
      expect(r.warnings).toEqual([]);
      expect(r.graph).toEqual(g);
    },
  );

  test.prop([graphArbitrary], { numRuns: 150 })(
    'gives back g from the UTF-8 bytes of the files too (when the files are well-formed text)',
    (g) => {
      const nodes = writeCsvNodes(g);
      const edges = writeCsvEdges(g);
      // Keys are written verbatim: a key with a lone surrogate or a control character cannot become UTF-8 text.
      fc.pre(!hasLoneSurrogate(nodes + edges) && !CONTROL_CHARS.test(nodes + edges));
      const enc = new TextEncoder();
      const r = importCsvPair(
        { input: enc.encode(nodes), file: 'knoten.csv' },
        { input: enc.encode(edges), file: 'kanten.csv' },
      );
      expect(r.warnings).toEqual([]);
      expect(r.graph).toEqual(g);
    },
  );

  test.prop(
    [
      graphArbitrary,
      fc.array(
        fc.tuple(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        { maxLength: 8 },
      ),
    ],
    { numRuns: 100 },
  )('gives back the positions written as x and y', (g, coords) => {
    const positions: Record<string, [number, number]> = {};
    g.nodes.forEach((n, i) => {
      const c = coords[i];
      if (c) positions[n.key] = [c[0] + 0, c[1] + 0];
    });
    const r = roundTrip(g, positions);
    expect(r.graph).toEqual(g);
    expect(r.positions ?? {}).toEqual(positions);
  });

  it('covers every node kind and relation kind with German labels', () => {
    const g: GraphJSON = {
      attributes: {},
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: NODE_KINDS.map((kind) => ({
        key: `org:${kind}`,
        attributes: { label: `Knoten ${kind}`, kind, sources: src },
      })),
      edges: RELATION_KINDS.map((kind, i) => ({
        source: `org:${NODE_KINDS[i]}`,
        target: `org:${NODE_KINDS[i + 1]}`,
        attributes: { kind, sources: src },
      })),
    };
    const r = roundTrip(g);
    expect(r.warnings).toEqual([]);
    expect(r.graph).toEqual(g);
  });

  it('round-trips a small planner graph and reads the files as spreadsheets would show them', () => {
    const nodes = writeCsvNodes(small);
    const r = roundTrip(small);
    expect(r.warnings).toEqual([]);
    expect(r.graph).toEqual(small);
    const rows = Papa.parse<string[]>(nodes.slice(1), { delimiter: ';' }).data;
    expect(rows[0]).toEqual([
      'ID',
      'Name',
      'Art',
      'Kommune',
      'Rechtskreise',
      'Beginn',
      'Ende',
      'Funktion',
      'E-Mail',
      'Telefon',
      'Aliase',
      'Fundstellen',
      'sources (JSON)',
    ]);
    expect(rows[1]!.slice(0, 5)).toEqual([
      'org:jugendamt-herford',
      'Jugendamt Herford',
      'Jugendamt',
      'Herford',
      'SGB VIII',
    ]);
    expect(rows[2]!.slice(5, 7)).toEqual(['2021', '2024-06']);
    expect(rows[2]![10]).toBe('PaRT | Projekt PaRT');
    expect(rows[3]![9]).toBe('05221 189-0');
  });
});

describe('writeCsvNodes and writeCsvEdges', () => {
  it('start with a UTF-8 BOM, separate with ";" and end every line with CRLF', () => {
    for (const text of [writeCsvNodes(small), writeCsvEdges(small)]) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
    expect(writeCsvNodes(small).split('\r\n')[0]).toBe(
      '\uFEFFID;Name;Art;Kommune;Rechtskreise;Beginn;Ende;Funktion;E-Mail;Telefon;Aliase;Fundstellen;sources (JSON)',
    );
    expect(writeCsvEdges(small).split('\r\n')[0]).toBe(
      '\uFEFFID;Quelle;Ziel;Beziehung;Beleg;ungerichtet;Fundstellen;sources (JSON)',
    );
    expect(writeCsvEdges(small).split('\r\n')[1]).toBe(
      'e1;project:part;org:jugendamt-herford;getragen von;Projektträger;;seite.txt;"[{""doc"":""seite.txt"",""start"":0,""end"":10}]"',
    );
  });

  it("writes a cell =HYPERLINK(...) as '=HYPERLINK(...)", () => {
    const line = writeCsvNodes(small).split('\r\n')[2]!;
    expect(line).toContain(`;"'=HYPERLINK(""http://böse.example"",""PaRT"")";`);
  });

  it('escapes every formula start (=, +, -, @, tab, CR), also in multi-line cells, and doubles the escape of an escaped-looking cell', () => {
    const labels = [
      '=1+1',
      '+49 521',
      '-2',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '=A1\nzweite Zeile',
      "'=schon escaped",
      "'normal",
      '1-2',
    ];
    const g: GraphJSON = {
      ...small,
      nodes: labels.map((label, i) => ({
        key: `org:n${i}`,
        attributes: { label, kind: 'organisation', sources: src },
      })),
      edges: [],
    };
    const cells = Papa.parse<string[]>(writeCsvNodes(g).slice(1), { delimiter: ';' })
      .data.slice(1, labels.length + 1)
      .map((r) => r[1]);
    // tab and CR are trimmed out of the readable Name column (the exact label is in "label (JSON)").
    expect(cells).toEqual([
      "'=1+1",
      "'+49 521",
      "'-2",
      "'@SUM(A1)",
      'x',
      'x',
      "'=A1\nzweite Zeile",
      "''=schon escaped",
      "'normal",
      '1-2',
    ]);
    const table = Papa.parse<string[]>(writeCsvNodes(g).slice(1), { delimiter: ';' }).data;
    const labelJson = table[0]!.indexOf('label (JSON)');
    expect(table.slice(1, labels.length + 1).map((r) => r[labelJson])).toEqual([
      '',
      '',
      '',
      '',
      '"\\tx"',
      '"\\rx"',
      '',
      '',
      '',
      '',
    ]);
    expect(roundTrip(g).graph).toEqual(g);
  });

  it('keeps "01067" a text and writes lists with " | ", a list with an item holding ";" or "|" as JSON', () => {
    const g: GraphJSON = {
      ...small,
      nodes: [
        {
          key: 'place:dresden',
          attributes: {
            label: 'Dresden',
            kind: 'municipality',
            ags: '01067',
            aliases: ['Elbflorenz', 'Landeshauptstadt Dresden'],
            sources: src,
          },
        },
        { key: 'org:x', attributes: { label: 'X', kind: 'organisation', aliases: ['A; B', 'C|D'], sources: src } },
      ],
      edges: [],
    };
    const text = writeCsvNodes(g);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('ID;Name;Art;AGS;Aliase;Fundstellen;aliases (JSON);sources (JSON)');
    expect(lines[1]).toBe(
      'place:dresden;Dresden;Kommune / Kreis;01067;Elbflorenz | Landeshauptstadt Dresden;seite.txt;;"[{""doc"":""seite.txt"",""start"":0,""end"":10}]"',
    );
    expect(lines[2]).toBe(
      'org:x;X;Organisation;;;seite.txt;"[""A; B"",""C|D""]";"[{""doc"":""seite.txt"",""start"":0,""end"":10}]"',
    );
    const back = importCsv(text, 'k.csv').graph;
    expect(back.nodes[0]!.attributes.ags).toBe('01067');
    expect(back.nodes[1]!.attributes.aliases).toEqual(['A; B', 'C|D']);
    expect(back).toEqual(g);
  });

  it('puts attributes with unusable header names into "Weitere Attribute (JSON)"', () => {
    const attributes: Record<string, unknown> = {
      label: 'X',
      kind: 'organisation',
      sources: src,
      ' vorn': 1,
      '': 'leer',
      'Weitere Attribute': true,
    };
    const g: GraphJSON = {
      ...small,
      nodes: [{ key: 'org:x', attributes: attributes as GraphJSON['nodes'][number]['attributes'] }],
      edges: [],
    };
    const text = writeCsvNodes(g);
    expect(text.split('\r\n')[0]!.endsWith(';Weitere Attribute (JSON)')).toBe(true);
    expect(roundTrip(g).graph).toEqual(g);
  });
});

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
