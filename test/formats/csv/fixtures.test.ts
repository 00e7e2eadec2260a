/** Hand-written spreadsheet files: Excel (German, Windows-1252), LibreOffice (UTF-8 with BOM), a minimal table, German edge tables, Gephi. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/util/decode.ts';
import { importCsv, importCsvPair } from '../../../src/formats/csv/read.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';
import { ROOT } from '../../helpers.ts';

const DIR = path.join(ROOT, 'test/fixtures/import/csv');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const text = (name: string) => {
  const d = decodeDocument(bytes(name), name);
  if (!d.ok) throw new Error(d.message);
  return d.text;
};
const attrs = (r: ReturnType<typeof importCsv>, key: string) => r.graph.nodes.find((n) => n.key === key)?.attributes;

describe('Excel export (German: sep=; line, ";", Windows-1252, quoted line break)', () => {
  const r = importCsv(bytes('excel-de-1252.csv'), 'excel.csv');

  it('reads the table as nodes without warnings and says how it read the file', () => {
    expect(r.format).toBe('csv-nodes');
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual(['nicht UTF-8, als Windows-1252 gelesen', 'Trennzeichen „;“ aus der Zeile „sep=“']);
    expect(r.graph.nodes.map((n) => n.key)).toEqual(['org:1', 'org:2', 'project:3', 'person:4']);
    expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
  });

  it('decodes umlauts, the en dash and the euro sign of Windows-1252 and keeps the quoted line break', () => {
    expect(attrs(r, 'person:4')?.label).toBe('Anna Müller');
    expect(attrs(r, 'project:3')?.label).toBe('Familienbüro "Mittendrin"');
    expect(attrs(r, 'project:3')?.Bemerkung).toBe('Zwei Standorte:\r\nInnenstadt und Laar – Budget 5.000 €');
  });

  it('maps the German columns: Rechtskreise, dates, lists, Funktion, E-Mail with " | "', () => {
    expect(attrs(r, 'project:3')).toMatchObject({
      kind: 'project',
      municipality: 'Herford',
      domains: ['SGB II', 'SGB VIII'],
      period: { start: '2021-03-01', end: '2024-12-31' },
      targetGroups: ['Kinder im SGB-II-Bezug', 'Alleinerziehende'],
      Postleitzahl: '01067',
    });
    expect(attrs(r, 'org:1')).toMatchObject({
      kind: 'youth_office',
      domains: ['SGB VIII'],
      email: ['jugendamt@herford.de'],
      phone: ['05221 189-0'],
      Postleitzahl: '32052',
    });
    expect(attrs(r, 'person:4')).toMatchObject({
      kind: 'person',
      role: 'Leitung',
      email: ['a.mueller@herford.de', 'anna@example.org'],
    });
  });

  it('points every node at its row in the decoded text', () => {
    const t = text('excel-de-1252.csv');
    const [s] = attrs(r, 'project:3')!.sources;
    expect(t.slice(s!.start, s!.end)).toBe(
      '3;"Familienbüro ""Mittendrin""";Projekt;Herford;"SGB II; SGB VIII";01.03.2021;31.12.2024;"Kinder im SGB-II-Bezug; Alleinerziehende";;;;"Zwei Standorte:\r\nInnenstadt und Laar – Budget 5.000 €";01067',
    );
    const [a] = attrs(r, 'org:1')!.sources;
    expect(t.slice(a!.start, a!.end)).toBe(
      '1;Jugendamt Herford;Jugendamt;Herford;SGB VIII;;;;;jugendamt@herford.de;05221 189-0;;32052',
    );
    expect(a!.doc).toBe('excel.csv');
  });
});

describe('LibreOffice export (",", UTF-8 with BOM, LF)', () => {
  const r = importCsv(bytes('libreoffice-utf8-bom.csv'), 'libre.csv');

  it('detects "," and reads umlauts, doubled quotes, "|" lists, and numbers as text', () => {
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label])).toEqual([
      ['org:caritasverband-fuer-den-kreis-hoexter-e-v', 'carrier', 'Caritasverband für den Kreis Höxter e.V.'],
      ['org:kita-regenbogen', 'daycare', 'Kita Regenbogen'],
      ['place:quartier-im-kleinen-felde', 'district', 'Quartier "Im kleinen Felde"'],
    ]);
    expect(r.graph.nodes[0]!.attributes).toMatchObject({
      municipality: 'Höxter',
      aliases: ['Caritas Höxter', 'Caritasverband Höxter'],
      website: ['https://www.caritas-hoexter.de'],
    });
    expect(r.graph.nodes[1]!.attributes['Plätze']).toBe('045');
  });

  it('counts offsets after the BOM', () => {
    const t = text('libreoffice-utf8-bom.csv');
    const [s] = r.graph.nodes[1]!.attributes.sources;
    expect(t.slice(s!.start, s!.end)).toBe('Kita Regenbogen,Kita,Höxter,,,045');
  });
});

describe('a minimal table Name;Art;Kommune', () => {
  it('gives "Jugendamt Herford" the kind youth_office, municipality Herford and a key org:…', () => {
    const r = importCsv(bytes('minimal.csv'), 'minimal.csv');
    expect(r.warnings).toEqual([]);
    expect(r.graph).toEqual({
      attributes: {},
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: [
        {
          key: 'org:jugendamt-herford',
          attributes: {
            label: 'Jugendamt Herford',
            kind: 'youth_office',
            municipality: 'Herford',
            sources: [{ doc: 'minimal.csv', start: 18, end: 53 }],
          },
        },
      ],
      edges: [],
    });
  });

  it('reads the same table given as a string, with LF, with tabs, or with a "sep=," line', () => {
    const expected = importCsv(bytes('minimal.csv'), 'm.csv').graph.nodes.map((n) => [
      n.key,
      n.attributes.kind,
      n.attributes.municipality,
    ]);
    for (const input of [
      'Name;Art;Kommune\nJugendamt Herford;Jugendamt;Herford',
      'Name\tArt\tKommune\r\nJugendamt Herford\tJugendamt\tHerford\r\n',
      'sep=,\nName,Art,Kommune\nJugendamt Herford,Jugendamt,Herford\n\n\n',
      '\uFEFF"Name";"Art";"Kommune"\r\n"Jugendamt Herford";"Jugendamt";"Herford"',
    ]) {
      const r = importCsv(input, 'm.csv');
      expect(r.warnings).toEqual([]);
      expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.municipality])).toEqual(expected);
    }
  });
});

describe('an edge table Quelle;Ziel;Beziehung with German relation names', () => {
  it('resolves nodes by ID and by name (any case), maps the relations and creates unknown nodes with a warning', () => {
    const r = importCsvPair(
      { input: bytes('excel-de-1252.csv'), file: 'knoten.csv' },
      { input: bytes('kanten-de.csv'), file: 'kanten.csv' },
    );
    expect(r.graph.edges.map((e) => [e.source, e.target, e.attributes.kind, e.attributes.cue])).toEqual([
      ['project:3', 'org:1', 'carried_by', 'Projektträger ist das Jugendamt'],
      ['project:3', 'org:2', 'partner', undefined],
      ['person:4', 'project:3', 'contact_for', undefined],
      ['person:4', 'org:1', 'works_for', undefined],
      ['org:1', 'org:2', 'cooperates_with', 'Zusammenarbeit von Jobcenter und Jugendamt'],
      ['project:3', 'place:stadt-herford', 'located_in', undefined],
      ['project:3', 'org:land-nrw', 'funded_by', undefined],
    ]);
    expect(r.warnings.map((w) => [w.file, w.position?.row, w.message])).toEqual([
      [
        'kanten.csv',
        6,
        'Ziel „Stadt Herford“ steht nicht in der Knotentabelle; als neuer Knoten „place:stadt-herford“ (Kommune / Kreis) angelegt.',
      ],
      [
        'kanten.csv',
        7,
        'Ziel „Land NRW“ steht nicht in der Knotentabelle; als neuer Knoten „org:land-nrw“ (Organisation) angelegt.',
      ],
    ]);
    expect(r.graph.nodes.slice(-2).map((n) => [n.key, n.attributes.kind, n.attributes.sources[0]?.doc])).toEqual([
      ['place:stadt-herford', 'municipality', 'kanten.csv'],
      ['org:land-nrw', 'organisation', 'kanten.csv'],
    ]);
    expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
  });

  it('alone, creates its nodes from the names without warnings and notes it', () => {
    const r = importCsv(
      'Quelle;Ziel;Beziehung\r\nProjekt Brückenbauer;Jugendamt Herford;getragen von\r\nProjekt Brückenbauer;Kreis Herford;liegt in\r\nJugendamt Herford;Jobcenter Herford;kooperiert mit\r\n',
      'kanten.csv',
    );
    expect(r.format).toBe('csv-edges');
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([
      '4 Knoten aus den Namen in Quelle und Ziel angelegt (Art aus dem ersten Wort des Namens, sonst Organisation).',
    ]);
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind])).toEqual([
      ['project:projekt-brueckenbauer', 'project'],
      ['org:jugendamt-herford', 'youth_office'],
      ['place:kreis-herford', 'municipality'],
      ['org:jobcenter-herford', 'job_center'],
    ]);
    expect(r.graph.edges.map((e) => [e.source, e.target, e.attributes.kind])).toEqual([
      ['project:projekt-brueckenbauer', 'org:jugendamt-herford', 'carried_by'],
      ['project:projekt-brueckenbauer', 'place:kreis-herford', 'located_in'],
      ['org:jugendamt-herford', 'org:jobcenter-herford', 'cooperates_with'],
    ]);
  });
});

describe('Gephi data laboratory export (Id/Label, Source/Target/Type)', () => {
  it('keeps Gephi ids under a namespace, reads Type as the direction and keeps Weight as text', () => {
    const r = importCsvPair(
      { input: bytes('gephi-nodes.csv'), file: 'n.csv' },
      { input: bytes('gephi-edges.csv'), file: 'e.csv' },
    );
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.label, n.attributes.kind])).toEqual([
      ['org:n0', 'Jugendamt Hamm', 'youth_office'],
      ['org:n1', 'Kita Sonnenschein', 'daycare'],
      ['org:n2', 'Netzwerk Frühe Hilfen', 'organisation'],
    ]);
    expect(
      r.graph.edges.map((e) => [e.key, e.source, e.target, e.undirected, e.attributes.kind, e.attributes.Weight]),
    ).toEqual([
      ['0', 'org:n0', 'org:n1', true, 'partner', '1.0'],
      ['1', 'org:n2', 'org:n0', false, 'partner', '2.0'],
    ]);
    expect(r.warnings.map((w) => [w.file, w.position?.row, w.message])).toEqual([
      ['n.csv', 3, 'Die Art fehlt; als „Organisation“ übernommen.'],
      ['e.csv', undefined, 'Die Spalte „Beziehung“ fehlt: alle Kanten gelten als „Partner“.'],
    ]);
  });
});
