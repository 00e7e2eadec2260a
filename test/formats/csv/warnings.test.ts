/** Partial problems become warnings naming the data row; only unreadable files are ImportErrors. */
import { describe, expect, it } from 'vitest';
import { importCsv, importCsvPair } from '../../../src/formats/csv/read.ts';
import { ImportError, type ImportWarning } from '../../../src/formats/types.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';

const rows = (ws: ImportWarning[]) => ws.map((w) => [w.position?.row, w.message]);
const nodes = (text: string) => importCsv(text, 'knoten.csv', { role: 'nodes' });
const pair = (n: string, e: string) =>
  importCsvPair({ input: n, file: 'knoten.csv' }, { input: e, file: 'kanten.csv' });

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('no ImportError');
}

describe('node table warnings', () => {
  it('skips a row with an empty name', () => {
    const r = nodes('Name;Art\nA;Schule\n  ;Kita\nB;Kita');
    expect(r.graph.nodes.map((n) => n.attributes.label)).toEqual(['A', 'B']);
    expect(rows(r.warnings)).toEqual([[2, 'Der Name (Spalte „Name“) ist leer; die Zeile wird übersprungen.']]);
    expect(r.warnings[0]).toMatchObject({ file: 'knoten.csv', position: { row: 2, line: 3, offset: 18 } });
  });

  it('skips the second row of a duplicate ID and names both rows', () => {
    const r = nodes('ID;Name;Art\n7;A;Schule\n8;B;Schule\n7;C;Schule');
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.label])).toEqual([
      ['org:7', 'A'],
      ['org:8', 'B'],
    ]);
    expect(rows(r.warnings)).toEqual([
      [3, 'Die ID „7“ (Schlüssel „org:7“) steht schon in Zeile 1 der Daten; diese Zeile wird übersprungen.'],
    ]);
  });

  it('keeps two rows of the same name without ID as two nodes and says so', () => {
    const r = nodes('Name;Art;Kommune\nQuartiersmanagement;Organisation;Hagen\nQuartiersmanagement;Organisation;Hamm');
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.municipality])).toEqual([
      ['org:quartiersmanagement', 'Hagen'],
      ['org:quartiersmanagement-2', 'Hamm'],
    ]);
    expect(rows(r.warnings)).toEqual([
      [
        2,
        'Der Schlüssel „org:quartiersmanagement“ (aus dem Namen „Quartiersmanagement“) ist schon vergeben (Zeile 1 der Daten); dieser Knoten bekommt „org:quartiersmanagement-2“.',
      ],
    ]);
  });

  it('never lets a derived key take an ID a later row states', () => {
    const r = nodes('ID;Name;Art\n;A;Schule\norg:a;Anderes A;Schule');
    expect(r.graph.nodes.map((n) => n.key)).toEqual(['org:a-2', 'org:a']);
    expect(rows(r.warnings)).toEqual([
      [
        1,
        'Der Schlüssel „org:a“ (aus dem Namen „A“) ist schon vergeben (Zeile 2 der Daten); dieser Knoten bekommt „org:a-2“.',
      ],
    ]);
  });

  it('warns about a blank or unknown Art and takes the kind from the first word, else organisation', () => {
    const r = nodes('Name;Art\nJugendamt Hamm;\nVerein X;Verein\nKita Y;Kinderladen\nZ;Jobcenter');
    expect(r.graph.nodes.map((n) => n.attributes.kind)).toEqual([
      'youth_office',
      'organisation',
      'daycare',
      'job_center',
    ]);
    expect(rows(r.warnings)).toEqual([
      [1, 'Die Art fehlt; als „Jugendamt“ (aus dem Namen) übernommen.'],
      [2, 'Die Art „Verein“ ist unbekannt; als „Organisation“ übernommen.'],
      [3, 'Die Art „Kinderladen“ ist unbekannt; als „Kita / Familienzentrum“ (aus dem Namen) übernommen.'],
    ]);
  });

  it('warns once when the Art column is missing', () => {
    const r = nodes('Name\nKreis Lippe\nStadt Hamm\nDiakonie');
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind])).toEqual([
      ['place:kreis-lippe', 'municipality'],
      ['place:stadt-hamm', 'municipality'],
      ['org:diakonie', 'organisation'],
    ]);
    expect(r.warnings.map((w) => [w.position, w.message])).toEqual([
      [
        { line: 1, offset: 0 },
        'Die Spalte „Art“ fehlt: die Art jedes Knotens wird aus dem ersten Wort des Namens geschlossen, sonst gilt „Organisation“.',
      ],
    ]);
  });

  it('gives no position for a non-numeric x or y and keeps the node', () => {
    const r = nodes('Name;Art;x;y\nA;Schule;1,5;-2\nB;Schule;abc;3\nC;Schule;4;');
    expect(r.positions).toEqual({ 'org:a': [1.5, -2] });
    expect(r.graph.nodes).toHaveLength(3);
    expect(rows(r.warnings)).toEqual([
      [2, 'Keine Zahl: x „abc“; der Knoten bekommt keine Position.'],
      [3, 'Keine Zahl: y „“; der Knoten bekommt keine Position.'],
    ]);
  });

  it('drops an unknown Rechtskreis and keeps a date that is none as text', () => {
    const r = nodes('Name;Art;Rechtskreise;Beginn;Ende\nP;Projekt;SGB 2 | SGB V | sgb-viii;Herbst 2021;12/2024');
    expect(r.graph.nodes[0]!.attributes).toMatchObject({
      domains: ['SGB II', 'SGB VIII'],
      period: { end: '2024-12' },
      Beginn: 'Herbst 2021',
    });
    expect(rows(r.warnings)).toEqual([
      [
        1,
        'Der Rechtskreis „SGB V“ ist unbekannt (erwartet SGB II, SGB III, SGB VIII, SGB XII, Schule oder Gesundheit); weggelassen.',
      ],
      [
        1,
        '„Herbst 2021“ in Spalte „Beginn“ ist kein Datum (erwartet JJJJ, JJJJ-MM, JJJJ-MM-TT oder TT.MM.JJJJ); als Text im Attribut „Beginn“ behalten.',
      ],
    ]);
  });

  it('reads missing fields as blank and ignores surplus values, with warnings; trailing empty fields pass quietly', () => {
    const r = nodes('Name;Art;Kommune\nA;Schule\nB;Schule;Hamm;zu viel;\nC;Schule;Hagen;;');
    expect(r.graph.nodes.map((n) => [n.attributes.label, n.attributes.municipality])).toEqual([
      ['A', undefined],
      ['B', 'Hamm'],
      ['C', 'Hagen'],
    ]);
    expect(rows(r.warnings)).toEqual([
      [1, 'Die Zeile hat 2 Felder, die Kopfzeile 3; die fehlenden gelten als leer.'],
      [2, 'Die Zeile hat 5 Felder, die Kopfzeile 3; überzählige Werte ignoriert: „zu viel“.'],
    ]);
  });

  it('reports an unclosed quote', () => {
    const r = nodes('Name;Art\nA;Schule\n"B;Schule\nC;Schule\n');
    expect(r.graph.nodes[0]!.attributes.label).toBe('A');
    expect(rows(r.warnings)[0]).toEqual([
      2,
      'Die Zeile ist fehlerhaft: ein Anführungszeichen wird nicht geschlossen (der Rest der Datei kann in diesem Feld gelandet sein).',
    ]);
  });

  it('ignores a JSON cell that is no JSON or does not fit the contract, and keeps the rest of the row', () => {
    const text = 'Name;Art;period (JSON);sources (JSON);Notiz (JSON)\nA;Schule;"{""start"":""bald""}";[];{kaputt';
    const r = nodes(text);
    expect(r.graph.nodes[0]!.attributes).toEqual({
      label: 'A',
      kind: 'school',
      sources: [{ doc: 'knoten.csv', start: text.indexOf('A;'), end: text.length }],
    });
    expect(rows(r.warnings)).toEqual([
      [1, 'Spalte „Notiz (JSON)“: kein gültiges JSON; ignoriert.'],
      [1, 'Spalte „period (JSON)“: „{"start":"bald"}“ passt nicht zum Attribut „period“ des Datenformats; ignoriert.'],
      [1, 'Spalte „sources (JSON)“: „[]“ passt nicht zum Attribut „sources“ des Datenformats; ignoriert.'],
    ]);
  });

  it('refuses JSON nested deeper than the depth limit', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const r = nodes(`Name;Art;Tiefe (JSON)\nA;Schule;${deep}`);
    expect(r.graph.nodes[0]!.attributes.Tiefe).toBeUndefined();
    expect(rows(r.warnings)).toEqual([
      [1, 'Spalte „Tiefe (JSON)“: zu tief verschachtelt (mehr als 64 Ebenen); ignoriert.'],
    ]);
  });

  it('names a column without header and ignores a repeated column', () => {
    const r = nodes('Name;Art;;Name\nA;Schule;etwas;B');
    expect(r.graph.nodes[0]!.attributes).toMatchObject({ label: 'A', 'Spalte 3': 'etwas' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Spalte 4 „Name“ kommt doppelt vor; nur die erste wird gelesen.',
      'Spalte 3 hat keine Überschrift; ihre Werte werden als Attribut „Spalte 3“ übernommen.',
    ]);
  });

  it('keeps __proto__, constructor and display-name headers as plain data without touching any prototype', () => {
    const r = nodes('Name;Art;__proto__;constructor;size;x;color\nA;Schule;{"polluted":1};evil;12;1;rot');
    const a = r.graph.nodes[0]!.attributes;
    expect(Object.keys(a).sort()).toEqual([
      '__proto___daten',
      'color_daten',
      'constructor',
      'kind',
      'label',
      'size_daten',
      'sources',
    ]);
    expect(a['__proto___daten']).toBe('{"polluted":1}');
    expect(a['constructor']).toBe('evil');
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(rows(r.warnings)).toEqual([[1, 'Keine Zahl: y „“; der Knoten bekommt keine Position.']]);
    const other = nodes(
      'Name;Art;Weitere Attribute (JSON)\nA;Schule;"{""__proto__"":{""polluted"":1},""toString"":2}"',
    );
    expect(Object.keys(other.graph.nodes[0]!.attributes).sort()).toEqual([
      '__proto___daten',
      'kind',
      'label',
      'sources',
      'toString',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops after limits.maxItems rows with a warning', () => {
    const r = importCsv('Name;Art\nA;Schule\nB;Schule\nC;Schule\nD;Schule', 'k.csv', { limits: { maxItems: 2 } });
    expect(r.graph.nodes.map((n) => n.attributes.label)).toEqual(['A', 'B']);
    expect(rows(r.warnings)).toEqual([[2, 'Mehr als 2 Datenzeilen: der Rest der Datei wurde nicht gelesen.']]);
  });
});

describe('edge table warnings', () => {
  const table = 'ID;Name;Art\n1;Jugendamt Hamm;Jugendamt\n2;Jobcenter Hamm;Jobcenter\n3;Kita A;Kita\n4;kita a;Kita';

  it('creates a node an edge names that the node table lacks, and warns', () => {
    const r = pair(table, 'Quelle;Ziel;Beziehung\n1;Familienbüro;Partner\n');
    expect(r.graph.nodes.at(-1)).toEqual({
      key: 'org:familienbuero',
      attributes: { label: 'Familienbüro', kind: 'organisation', sources: [{ doc: 'kanten.csv', start: 22, end: 44 }] },
    });
    expect(rows(r.warnings)).toEqual([
      [
        1,
        'Ziel „Familienbüro“ steht nicht in der Knotentabelle; als neuer Knoten „org:familienbuero“ (Organisation) angelegt.',
      ],
    ]);
  });

  it('warns about blank, unknown and missing relations (partner) and skips rows without source or target', () => {
    const r = pair(table, 'Quelle;Ziel;Beziehung\n1;2;\n1;2;befreundet\n;2;Partner\n1; ;Partner\n1;2;Kooperation');
    expect(r.graph.edges.map((e) => e.attributes.kind)).toEqual(['partner', 'partner', 'cooperates_with']);
    expect(rows(r.warnings)).toEqual([
      [1, 'Die Beziehung fehlt; als „Partner“ übernommen.'],
      [2, 'Die Beziehung „befreundet“ ist unbekannt; als „Partner“ übernommen.'],
      [3, 'Quelle (Spalte „Quelle“) leer; die Zeile wird übersprungen.'],
      [4, 'Ziel (Spalte „Ziel“) leer; die Zeile wird übersprungen.'],
    ]);
    const missing = pair(table, 'Von;Nach\n1;2');
    expect(missing.graph.edges[0]!.attributes.kind).toBe('partner');
    expect(missing.warnings.map((w) => w.message)).toEqual([
      'Die Spalte „Beziehung“ fehlt: alle Kanten gelten als „Partner“.',
    ]);
  });

  it('skips a duplicate edge ID naming the first row, and warns about an ambiguous name', () => {
    const r = pair(table, 'ID;Quelle;Ziel;Beziehung\nk1;1;2;Partner\nk1;2;1;Partner\nk2;Jugendamt Hamm;KITA A;Partner');
    expect(r.graph.edges.map((e) => [e.key, e.source, e.target])).toEqual([
      ['k1', 'org:1', 'org:2'],
      ['k2', 'org:1', 'org:3'],
    ]);
    expect(rows(r.warnings)).toEqual([
      [2, 'Die Kanten-ID „k1“ steht schon in Zeile 1 der Daten; diese Zeile wird übersprungen.'],
      [3, 'Ziel „KITA A“ passt auf 2 Knoten („org:3“, „org:4“); verwendet wird „org:3“.'],
    ]);
  });

  it('reads ungerichtet as yes/no and warns about anything else', () => {
    const r = pair(
      table,
      'Quelle;Ziel;Beziehung;ungerichtet\n1;2;Partner;ja\n1;2;Partner;nein\n1;2;Partner;x\n1;2;Partner;vielleicht\n1;2;Partner;',
    );
    expect(r.graph.edges.map((e) => e.undirected)).toEqual([true, false, true, undefined, undefined]);
    expect(rows(r.warnings)).toEqual([
      [4, '„vielleicht“ in Spalte „ungerichtet“ ist weder ja noch nein; die Kante bleibt gerichtet.'],
    ]);
  });

  it('keeps every result valid against the schema', () => {
    const text = 'Quelle;Ziel;Beziehung;cue (JSON);kind (JSON)\n1;2;Partner;5;"""nix"""';
    const r = pair(table, text);
    expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
    expect(r.graph.edges[0]!.attributes).toEqual({
      kind: 'partner',
      sources: [{ doc: 'kanten.csv', start: text.indexOf('1;2'), end: text.length }],
    });
    expect(rows(r.warnings)).toEqual([
      [1, 'Spalte „cue (JSON)“: „5“ passt nicht zum Attribut „cue“ des Datenformats; ignoriert.'],
      [1, 'Spalte „kind (JSON)“: „nix“ passt nicht zum Attribut „kind“ des Datenformats; ignoriert.'],
    ]);
  });
});

describe('ImportError: nothing usable', () => {
  it('names file, line and the expected header when no name column is there', () => {
    const e = importError(() => importCsv('Spalte A;Spalte B\n1;2', 'tabelle.csv'));
    expect(e.message).toBe(
      'tabelle.csv (Zeile 1): erwartet eine Kopfzeile mit „Name“ (Knotentabelle) oder „Quelle“ und „Ziel“ (Kantentabelle), gefunden die Spalten „Spalte A“, „Spalte B“.',
    );
    expect(e.position).toEqual({ line: 1 });
    const forced = importError(() => importCsv('\n\nQuelle;Ziel\n1;2', 'kanten.csv', { role: 'nodes' }));
    expect(forced.message).toBe(
      'kanten.csv (Zeile 3): erwartet eine Kopfzeile einer Knotentabelle mit einer Namensspalte („Name“, „Bezeichnung“, „Label“, „Titel“), gefunden die Spalten „Quelle“, „Ziel“.',
    );
  });

  it('refuses an edge table without source or target', () => {
    const e = importError(() =>
      importCsvPair({ input: 'Name\nA', file: 'k.csv' }, { input: 'Quelle;Beziehung\nA;Partner', file: 'e.csv' }),
    );
    expect(e.message).toBe(
      'e.csv (Zeile 1): erwartet eine Kopfzeile einer Kantentabelle mit Quelle („Quelle“, „Von“, „Source“, „From“) und Ziel („Ziel“, „Nach“, „Target“, „To“), gefunden die Spalten „Quelle“, „Beziehung“.',
    );
  });

  it('refuses empty files, binary files, UTF-16 and files above the size limit', () => {
    expect(importError(() => importCsv('', 'leer.csv')).message).toBe(
      'leer.csv: erwartet eine CSV-Tabelle mit Kopfzeile, gefunden eine leere Datei.',
    );
    expect(importError(() => importCsv(new Uint8Array([0x0d, 0x0a, 0x20]), 'leer.csv')).message).toBe(
      'leer.csv: erwartet eine CSV-Textdatei (UTF-8 oder Windows-1252), gefunden eine leere Datei.',
    );
    expect(importError(() => importCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'tabelle.csv')).message).toBe(
      'tabelle.csv: erwartet eine CSV-Textdatei (UTF-8 oder Windows-1252), gefunden Binärdaten (sieht aus wie ein ZIP-Archiv (auch DOCX, XLSX, ODT), nicht wie ein Textdokument).',
    );
    expect(importError(() => importCsv(new Uint8Array([0xff, 0xfe, 0x4e, 0x00]), 'u16.csv')).message).toBe(
      'u16.csv: erwartet eine CSV-Textdatei (UTF-8 oder Windows-1252), gefunden UTF-16-Text (bitte als UTF-8 speichern).',
    );
    expect(
      importError(() => importCsv(new Uint8Array(2000).fill(0x41), 'gross.csv', { limits: { maxBytes: 1000 } }))
        .message,
    ).toBe(
      'gross.csv: erwartet eine CSV-Textdatei (UTF-8 oder Windows-1252), gefunden eine zu große Datei (2 KiB; erlaubt sind höchstens 1000 Bytes).',
    );
    expect(importError(() => importCsv('x'.repeat(2000), 'gross.csv', { limits: { maxBytes: 1000 } })).message).toBe(
      'gross.csv: erwartet eine CSV-Datei von höchstens 1000 Bytes, gefunden 2 KiB.',
    );
  });
});
