/**
 * Fuzzing the CSV readers (issue 15): importCsv and importCsvPair on tables with a `sep=` line, a
 * BOM, Windows-1252 bytes, `;`/`,`/tab separators, quotes, formula-escaped and JSON cells, and the
 * pure parsers behind them. Each returns a graph of the contract or throws an ImportError with one
 * German line naming the file — quickly, and without touching a prototype.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { importCsv, importCsvPair, type CsvImportResult } from '../../src/formats/csv/read.ts';
import { detectDelimiter, parseCsv } from '../../src/formats/csv/table.ts';
import { escapeFormula, unescapeFormula } from '../../src/formats/formula.ts';
import {
  parseBoolean,
  parseDate,
  parseDomain,
  parseJsonCell,
  parseNumber,
  splitList,
} from '../../src/formats/csv/values.ts';
import { DEFAULT_LIMITS, ImportError } from '../../src/formats/types.ts';
import { parseGraphJSON } from '../../src/model/graph-io.ts';
import { GraphJSONSchema, LegalDomainSchema } from '../../src/model/schema.ts';
import {
  encode,
  encodings,
  expectGerman,
  expectReaderError,
  fuzz,
  guardPrototypes,
  hostileText,
  jsonValueText,
  mutate,
  timed,
  TRAP_OBJECTS,
} from './arbitraries.ts';

guardPrototypes();

const NODES = 'knoten-ä.csv';
const EDGES = 'kanten-ä.csv';

function checkResult(r: CsvImportResult, files: readonly string[]): void {
  const parsed = GraphJSONSchema.safeParse(r.graph);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(() => parseGraphJSON(r.graph, files[0])).not.toThrow();
  for (const p of Object.values(r.positions ?? {})) expect(p.every(Number.isFinite)).toBe(true);
  for (const w of r.warnings) {
    expect(files).toContain(w.file);
    expectGerman(w.message);
  }
}

function checkCsv(input: Uint8Array | string, role: 'nodes' | 'edges' | 'auto' = 'auto'): void {
  const r = timed(() => importCsv(input, NODES, { role }));
  if (!r.ok) return expectReaderError(r.error, NODES, [ImportError]);
  checkResult(r.value, [NODES]);
}

function checkPair(nodes: Uint8Array | string, edges: Uint8Array | string): void {
  const r = timed(() => importCsvPair({ input: nodes, file: NODES }, { input: edges, file: EDGES }));
  if (!r.ok) {
    const e = r.error;
    return expectReaderError(e, e instanceof ImportError && e.file === EDGES ? EDGES : NODES, [ImportError]);
  }
  checkResult(r.value, [NODES, EDGES]);
}

const HEADERS = [
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
  'E-Mail',
  'Telefon',
  'Aliase',
  'x',
  'y',
  'lat',
  'sgb2TargetGroup',
  'begin',
  'Quelle',
  'Ziel',
  'Beziehung',
  'Beleg',
  'ungerichtet',
  'sources (JSON)',
  'label (JSON)',
  'kind (JSON)',
  'period (JSON)',
  '__proto__ (JSON)',
  'Weitere Attribute (JSON)',
  '__proto__',
  'constructor',
  'toString',
  'type',
  'size',
  '',
  "'=Name",
  'Name\nzweite Zeile',
  'Spalte 3',
];
const CELLS = [
  'Jugendamt Herford',
  'Kita Sonnenschein',
  'Projekt',
  'Träger',
  'org:a',
  'project:p',
  '__proto__',
  'constructor',
  '1',
  '',
  ' ',
  'SGB II; SGB VIII',
  'SGB 2|Schule|Mond',
  '01.02.2020',
  '31.13.2020',
  '2020-07',
  '1,5',
  '1e309',
  'NaN',
  '-0',
  'ja',
  'nein',
  'vielleicht',
  'gefördert von',
  'Partner',
  '{"start":"2020"}',
  '[{"doc":"a","start":0,"end":1}]',
  '[]',
  '{}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  ...TRAP_OBJECTS,
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  "'=SUMME(A1)",
  "''=x",
  '=1+1',
  '+49 521',
  '@x',
  'Müller',
  'Straße',
  '€',
  '„Zitat“',
];

/** A cell: known, hostile or JSON text, plain, quoted (quotes doubled) or broken by a stray quote, separator or newline. */
const rawCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: jsonValueText },
);
const cell = fc.oneof(
  { weight: 3, arbitrary: rawCell },
  { weight: 2, arbitrary: rawCell.map((c) => `"${c.replace(/"/g, '""')}"`) },
  { weight: 1, arbitrary: rawCell.map((c) => escapeFormula(c)) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(rawCell, fc.constantFrom('"', ';', ',', '\t', '\n', '\r\n', '\r', '""')), { maxLength: 4 })
      .map((a) => a.join('')),
  },
);
const headerCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADERS).map((h) => `"${h.replace(/"/g, '""')}"`) },
  { weight: 1, arbitrary: cell },
);

/** A table as text: optional BOM and `sep=` line, a separator, a line end, a header and rows. */
const table = (mustHave: readonly string[] = []) =>
  fc
    .record({
      bom: fc.boolean(),
      sepLine: fc.option(fc.constantFrom('sep=;', 'sep=,', 'sep=\t', 'SEP=|', 'sep=', 'sep="', 'sep=; '), {
        nil: undefined,
        freq: 2,
      }),
      sep: fc.constantFrom(';', ',', '\t'),
      nl: fc.constantFrom('\n', '\r\n', '\r'),
      blankLines: fc.nat({ max: 2 }),
      header: fc.array(headerCell, { maxLength: 7 }),
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
      trailing: fc.constantFrom('', '\n', '\r\n\r\n', ' ', '"'),
    })
    .map(({ bom, sepLine, sep, nl, blankLines, header, rows, trailing }) => {
      const sepChar = sepLine && /^sep=[^"]/i.test(sepLine) ? sepLine[4]! : sep;
      const head = [...mustHave, ...header].join(sepChar);
      const body = [head, ...rows.map((r) => r.join(sepChar))].join(nl);
      return `${bom ? '\uFEFF' : ''}${sepLine !== undefined ? sepLine + nl : ''}${nl.repeat(blankLines)}${body}${trailing}`;
    });

const nodeTable = fc.oneof(table(['Name']), table(['ID', 'Name', 'Art']), table());
const edgeTable = fc.oneof(table(['Quelle', 'Ziel']), table(['ID', 'Quelle', 'Ziel', 'Beziehung']), table());

describe('CSV import on hostile input', () => {
  test.prop([nodeTable, fc.constantFrom('auto' as const, 'nodes' as const, 'edges' as const)], fuzz(500))(
    'node-like tables as text, any role',
    (text, role) => {
      checkCsv(text, role);
    },
  );

  test.prop([edgeTable], fuzz(300))('edge-like tables as text', (text) => {
    checkCsv(text);
  });

  test.prop([fc.oneof(nodeTable, edgeTable), fc.constantFrom(...encodings)], fuzz(300))(
    'tables as UTF-8, UTF-8 with BOM and Windows-1252 bytes',
    (text, encoding) => {
      checkCsv(encode(text, encoding));
    },
  );

  test.prop([mutate(fc.oneof(nodeTable, edgeTable))], fuzz(300))(
    'tables cut, spliced or with hostile pieces inserted',
    (text) => {
      checkCsv(text);
    },
  );

  test.prop([nodeTable, edgeTable, fc.constantFrom(...encodings)], fuzz(300))(
    'a node table with an edge table',
    (nodes, edges, encoding) => {
      checkPair(nodes, edges);
      checkPair(encode(nodes, encoding), encode(edges, encoding));
    },
  );

  test.prop([fc.uint8Array({ maxLength: 400 })], fuzz(200))('any bytes', (bytes) => {
    checkCsv(bytes);
  });
});

describe('CSV parsers on hostile input', () => {
  test.prop([fc.oneof(nodeTable, edgeTable, hostileText)], fuzz(300))(
    'parseCsv: records inside the text, lines ascending, separator one of the allowed',
    (text) => {
      const r = timed(() => parseCsv(text, NODES, DEFAULT_LIMITS));
      if (!r.ok) return expectReaderError(r.error, NODES, [ImportError]);
      const { text: decoded, header, rows, delimiter } = r.value;
      expect(delimiter).toHaveLength(1);
      expect(delimiter).not.toMatch(/["\r\n]/);
      let line = header.line;
      for (const rec of [header, ...rows]) {
        expect(0 <= rec.start && rec.start <= rec.end && rec.end <= decoded.length).toBe(true);
        expect(rec.line).toBeGreaterThanOrEqual(line);
        line = rec.line;
        for (const p of rec.problems) expectGerman(p);
      }
    },
  );

  test.prop([hostileText], fuzz(300))('detectDelimiter gives one character that is no quote or line end', (text) => {
    const { delimiter } = detectDelimiter(text);
    expect(delimiter).toHaveLength(1);
    expect(delimiter).not.toMatch(/["\r\n]/);
  });

  test.prop([fc.oneof(hostileText, fc.constantFrom(...CELLS), jsonValueText)], fuzz(500))(
    'cell parsers never throw and give values of their type',
    (c) => {
      expect(unescapeFormula(escapeFormula(c))).toBe(c);
      for (const item of splitList(c)) expect(item).toBe(item.trim());
      const d = parseDate(c);
      if (d !== null) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const n = parseNumber(c);
      if (n !== null) expect(Number.isFinite(n)).toBe(true);
      expect([true, false, null]).toContain(parseBoolean(c));
      const dom = parseDomain(c);
      if (dom !== null) expect(LegalDomainSchema.parse(dom)).toBe(dom);
      const j = timed(() => parseJsonCell(c, DEFAULT_LIMITS.maxDepth));
      expect(j.ok).toBe(true);
      if (j.ok && !j.value.ok) expectGerman(j.value.reason);
    },
  );
});

/** Shrunk counterexamples, as exact values. */
describe('CSV import: regressions found by fuzzing', () => {
  it('names a header cell that holds a line break on one line', () => {
    expect(() => importCsv('Name;"Name\nzweite Zeile"', NODES, { role: 'edges' })).toThrow(
      new ImportError(
        NODES,
        { line: 1 },
        'eine Kopfzeile einer Kantentabelle mit Quelle („Quelle“, „Von“, „Source“, „From“) und Ziel („Ziel“, „Nach“, „Target“, „To“)',
        'die Spalten „Name“, „Name zweite Zeile“',
      ),
    );
    expect(() => importCsv('sep="\nQuelle;Ziel\n""\r\n\r\n', NODES)).toThrow(
      `${NODES} (Zeile 1): erwartet eine Kopfzeile mit „Name“ (Knotentabelle) oder „Quelle“ und „Ziel“ (Kantentabelle), gefunden die Spalten „sep=" Quelle“, „Ziel ""“.`,
    );
  });
});
