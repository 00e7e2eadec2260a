/** Cell conventions shared by the CSV importer and exporter, and the documented column table. */
import { fc, test } from '@fast-check/vitest';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, headerKey, interpretHeader, isPlainColumnName } from '../../../src/formats/csv/columns.ts';
import { escapeFormula, unescapeFormula } from '../../../src/formats/formula.ts';
import {
  isPlainList,
  parseBoolean,
  parseDate,
  parseDomain,
  parseNumber,
  splitList,
} from '../../../src/formats/csv/values.ts';
import { kindFromLabel } from '../../../src/formats/contract.ts';
import { kindOfCell, relationOfCell } from '../../../src/formats/csv/read.ts';
import { NODE_KIND_LABELS_DE, NODE_KINDS, RELATION_KIND_LABELS_DE, RELATION_KINDS } from '../../../src/model/kinds.ts';

describe('formula escaping', () => {
  it('prefixes cells starting with = + - @ tab CR NUL, and escaped-looking cells once more', () => {
    expect(
      ['=1+1', '+49', '-2', '@SUM(A1)', '\tx', '\rx', '\u0000x', "'=x", "''+x", "'Hallo", "'", 'a=b', ''].map(
        escapeFormula,
      ),
    ).toEqual([
      "'=1+1",
      "'+49",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'\u0000x",
      "''=x",
      "'''+x",
      "'Hallo",
      "'",
      'a=b',
      '',
    ]);
  });

  it('removes exactly one apostrophe, and only before a formula start', () => {
    expect(["'=1+1", "''=x", "'Hallo", "'", "'-", 'x'].map(unescapeFormula)).toEqual([
      '=1+1',
      "'=x",
      "'Hallo",
      "'",
      '-',
      'x',
    ]);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 20 })])('unescape(escape(s)) is s for every string', (s) => {
    expect(unescapeFormula(escapeFormula(s))).toBe(s);
  });

  it("covers what papaparse's own escapeFormulae misses: a line break after the formula start", () => {
    expect(Papa.unparse([['=A1\nx']], { escapeFormulae: true })).toBe('"=A1\nx"');
    expect(escapeFormula('=A1\nx')).toBe("'=A1\nx");
  });
});

describe('cell values', () => {
  it('splits lists at ";" and "|", trims items and drops empty ones', () => {
    expect(splitList(' SGB II; SGB VIII |Schule;; |')).toEqual(['SGB II', 'SGB VIII', 'Schule']);
    expect(isPlainList(['a', 'b c'])).toBe(true);
    expect([[], ['a;b'], ['a|b'], [' a'], [''], ['a\u0001']].map(isPlainList)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads dates as the contract writes them and converts German forms', () => {
    expect(
      [
        '2021',
        '2021-03',
        '2021-03-01',
        '1.3.2021',
        '01.03.2021',
        '03/2021',
        '3.2021',
        '31.13.2021',
        'Herbst 2021',
        '2021-3',
      ].map(parseDate),
    ).toEqual(['2021', '2021-03', '2021-03-01', '2021-03-01', '2021-03-01', '2021-03', '2021-03', null, null, null]);
  });

  it('reads numbers with a decimal point or comma and nothing else', () => {
    expect(
      ['1.5', '1,5', '-2', '+3', '.5', '1e3', ' 4 ', 'abc', '', '0x10', 'Infinity', '1.234,5', '1,2,3'].map(
        parseNumber,
      ),
    ).toEqual([1.5, 1.5, -2, 3, 0.5, 1000, 4, null, null, null, null, null, null]);
  });

  it('reads ja/nein in their spreadsheet forms', () => {
    expect(
      ['ja', 'Ja', 'x', 'TRUE', '1', 'Undirected', 'nein', 'FALSCH', '0', 'Directed', 'vielleicht'].map(parseBoolean),
    ).toEqual([true, true, true, true, true, true, false, false, false, false, null]);
  });

  it('reads legal domains in their usual spellings', () => {
    expect(
      ['SGB II', 'sgb 2', 'SGB-VIII', 'SGB 8', 'SGBXII', 'SGB III', 'schule', 'Gesundheit', 'SGB V', 'Jugendhilfe'].map(
        parseDomain,
      ),
    ).toEqual(['SGB II', 'SGB II', 'SGB VIII', 'SGB VIII', 'SGB XII', 'SGB III', 'Schule', 'Gesundheit', null, null]);
  });
});

describe('kinds and relation kinds', () => {
  it('reads every kind by its code and by its German label (also "Kita / Familienzentrum")', () => {
    for (const k of NODE_KINDS) {
      expect(kindOfCell(k)).toBe(k);
      expect(kindOfCell(NODE_KIND_LABELS_DE[k])).toBe(k);
    }
  });

  it('reads every relation kind by its code and by its German label', () => {
    for (const k of RELATION_KINDS) {
      expect(relationOfCell(k)).toBe(k);
      expect(relationOfCell(RELATION_KIND_LABELS_DE[k])).toBe(k);
    }
  });

  it('guesses a kind from the first word of a name, never a person', () => {
    expect(
      [
        'Jugendamt Herford',
        'Kreis Lippe',
        'Stadt Hamm',
        'Kita Regenbogen',
        'Projekt X',
        'Kontakt Herford',
        'Caritasverband',
        '',
      ].map(kindFromLabel),
    ).toEqual(['youth_office', 'municipality', 'municipality', 'daycare', 'project', null, null, null]);
  });
});

describe('CSV_COLUMNS', () => {
  it('lists the written header first and never gives one name two meanings within a table', () => {
    for (const table of ['nodes', 'edges'] as const) {
      const names = CSV_COLUMNS.filter((c) => c.table === table).flatMap((c) => [...new Set(c.names.map(headerKey))]);
      expect(new Set(names).size).toBe(names.length);
    }
    for (const c of CSV_COLUMNS) expect(c.names[0]).toBe(c.header);
  });

  it('has the documented German headers', () => {
    expect(CSV_COLUMNS.filter((c) => c.table === 'nodes').map((c) => c.header)).toEqual([
      'ID',
      'Name',
      'Art',
      'Kommune',
      'AGS',
      'Rechtskreise',
      'Beginn',
      'Ende',
      'Projektbeginn',
      'Zielgruppen',
      'Funktion',
      'Organisation',
      'E-Mail',
      'Telefon',
      'Website',
      'Aliase',
      'x',
      'y',
    ]);
    expect(CSV_COLUMNS.filter((c) => c.table === 'edges').map((c) => c.header)).toEqual([
      'ID',
      'Quelle',
      'Ziel',
      'Beziehung',
      'Beleg',
      'ungerichtet',
    ]);
    expect(CSV_COLUMNS.filter((c) => c.required).map((c) => `${c.table}.${c.header}`)).toEqual([
      'nodes.Name',
      'edges.Quelle',
      'edges.Ziel',
    ]);
  });

  it('matches headers ignoring case, umlauts, spaces and dashes', () => {
    const field = (table: 'nodes' | 'edges', h: string) => {
      const m = interpretHeader(table, h);
      return m.type === 'mapped' ? m.column.field : m.type;
    };
    expect(
      [
        'SCHLÜSSEL',
        'schluessel',
        'bezeichnung',
        'E_Mail',
        'e-mail',
        'weitere namen',
        'Weitere-Namen',
        'Telefon ',
        'Notiz',
        'sources (JSON)',
        'Weitere Attribute (JSON)',
      ].map((h) => field('nodes', h.trim())),
    ).toEqual(['key', 'key', 'label', 'email', 'email', 'aliases', 'aliases', 'phone', 'extra', 'json', 'other']);
    expect(['Von', 'nach', 'ART', 'hinweis', 'Name'].map((h) => field('edges', h))).toEqual([
      'source',
      'target',
      'relation',
      'cue',
      'extra',
    ]);
  });

  it('never lets a free attribute take a column name of either table', () => {
    expect(
      ['Notiz', 'Quelle', 'ziel', 'NAME', 'Weitere Attribute', 'a (JSON)', ' x', ''].map(isPlainColumnName),
    ).toEqual([true, false, false, false, false, false, false, false]);
  });
});
