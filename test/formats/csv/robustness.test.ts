/** Any input gives a valid graph or an ImportError, never another exception, and quickly. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { importCsv, importCsvPair, type CsvImportResult } from '../../../src/formats/csv/read.ts';
import { ImportError } from '../../../src/formats/types.ts';
import { graphFromJSON } from '../../../src/model/graph-io.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';

/** Either a result whose graph follows the contract and loads into graphology, or an ImportError. */
function checked(run: () => CsvImportResult, textLength?: number): CsvImportResult | ImportError {
  let r: CsvImportResult;
  try {
    r = run();
  } catch (e) {
    if (e instanceof ImportError) {
      expect(e.message).toMatch(/: erwartet .+\.$/s);
      return e;
    }
    throw e;
  }
  const parsed = GraphJSONSchema.safeParse(r.graph);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(new Set(r.graph.nodes.map((n) => n.key)).size).toBe(r.graph.nodes.length);
  const keys = new Set(r.graph.nodes.map((n) => n.key));
  for (const e of r.graph.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
  expect(() => graphFromJSON(r.graph)).not.toThrow();
  if (textLength !== undefined) {
    for (const item of [...r.graph.nodes, ...r.graph.edges])
      for (const s of item.attributes.sources) expect(s.end).toBeLessThanOrEqual(textLength);
  }
  for (const w of r.warnings) expect(w.message.length).toBeGreaterThan(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return r;
}

const HEADERS = [
  'Name',
  'Art',
  'ID',
  'Kommune',
  'Rechtskreise',
  'Beginn',
  'Ende',
  'x',
  'y',
  'E-Mail',
  'Quelle',
  'Ziel',
  'Beziehung',
  'ungerichtet',
  'Aliase',
  'sources (JSON)',
  'label (JSON)',
  'kind (JSON)',
  'Weitere Attribute (JSON)',
  '__proto__',
  'constructor',
  'type',
  '',
  'Notiz',
  "'=x",
];
const CELLS = [
  'Jugendamt Herford',
  'Kita',
  'Projekt',
  'org:a',
  '1',
  '2',
  '',
  ' ',
  'SGB II; SGB VIII',
  '01.02.2020',
  '1,5',
  'abc',
  'ja',
  'Partner',
  'gefördert von',
  '[]',
  '{}',
  '{"__proto__":{"polluted":1}}',
  '[{"doc":"a","start":1,"end":0}]',
  '"x"',
  'null',
  "'=1+1",
  '=1+1',
  'Müller',
  '🙂',
  '\u0000',
  '\uD800',
];
const SEPARATORS = [';', ',', '\t'];
const NEWLINES = ['\n', '\r\n', '\r'];

/** A cell: plain, quoted with doubled quotes, or broken (a stray quote, a separator, a newline). */
const cell = fc.oneof(
  fc.constantFrom(...CELLS),
  fc.constantFrom(...CELLS).map((c) => `"${c.replace(/"/g, '""')}"`),
  fc.array(fc.constantFrom(...CELLS, '"', ';', ',', '\n', '\r\n', '\t', '""'), { maxLength: 4 }).map((a) => a.join('')),
);

const csvish = fc
  .record({
    sepLine: fc.option(fc.constantFrom('sep=;', 'sep=,', 'sep=\t', 'SEP=|', 'sep='), { nil: undefined }),
    bom: fc.boolean(),
    sep: fc.constantFrom(...SEPARATORS),
    nl: fc.constantFrom(...NEWLINES),
    header: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cell), { minLength: 0, maxLength: 7 }),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
    trailing: fc.constantFrom('', '\n', '\r\n\r\n', '  '),
  })
  .map(
    ({ sepLine, bom, sep, nl, header, rows, trailing }) =>
      `${bom ? '\uFEFF' : ''}${sepLine !== undefined ? sepLine + nl : ''}${[header, ...rows].map((r) => r.join(sep)).join(nl)}${trailing}`,
  );

describe('importCsv on hostile input', () => {
  test.prop([fc.uint8Array({ maxLength: 600 })], { numRuns: 400 })(
    'gives a valid graph or an ImportError on random bytes',
    (bytes) => {
      checked(() => importCsv(bytes, 'zufall.csv'));
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 300 })(
    'gives a valid graph or an ImportError on random strings',
    (text) => {
      checked(() => importCsv(text, 'zufall.csv'), text.length);
    },
  );

  test.prop([csvish, fc.constantFrom('auto' as const, 'nodes' as const, 'edges' as const)], { numRuns: 600 })(
    'gives a valid graph or an ImportError on CSV-like text made of separators, quotes and newlines',
    (text, role) => {
      checked(() => importCsv(text, 'tabelle.csv', { role }), text.length);
    },
  );

  test.prop([csvish], { numRuns: 200 })('does the same on the UTF-8 and Windows-1252 bytes of such text', (text) => {
    checked(() => importCsv(new TextEncoder().encode(text), 'tabelle.csv'));
    const latin = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    checked(() => importCsv(latin, 'tabelle.csv'));
  });

  test.prop([csvish, csvish], { numRuns: 300 })(
    'gives a valid graph or an ImportError for any pair of tables',
    (n, e) => {
      checked(() =>
        importCsvPair({ input: `Name;Art\n${n}`, file: 'k.csv' }, { input: `Quelle;Ziel\n${e}`, file: 'e.csv' }),
      );
      checked(() => importCsvPair({ input: n, file: 'k.csv' }, { input: e, file: 'e.csv' }));
    },
  );

  test.prop([csvish], { numRuns: 300 })('points every source at the row it came from', (body) => {
    const text = `Name;Art\r\n${body}`;
    const r = checked(() => importCsv(text, 't.csv', { role: 'nodes' }));
    if (r instanceof ImportError) return;
    for (const n of r.graph.nodes) {
      const [s] = n.attributes.sources;
      expect(s!.doc).toBe('t.csv');
      const row = text.slice(s!.start, s!.end);
      expect(row).not.toMatch(/^[\r\n]/);
      expect(text.slice(0, s!.start)).toMatch(/(^|[\r\n])$/);
    }
  });
});

describe('importCsv speed', () => {
  it('reads 20,000 nodes and 50,000 edges (how fast: npm run bench:io)', () => {
    const nodeRows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `${i};Akteur ${i};${['Jugendamt', 'Kita', 'Projekt', 'Träger'][i % 4]};Stadt ${i % 50};"SGB II; SGB VIII";${i % 100},5;${i % 77}`,
    );
    const edgeRows = Array.from(
      { length: 50_000 },
      (_, i) => `${i % 20_000};${(i * 7919) % 20_000};${['Partner', 'gefördert von', 'liegt in'][i % 3]}`,
    );
    const r = importCsvPair(
      { input: `ID;Name;Art;Kommune;Rechtskreise;x;y\r\n${nodeRows.join('\r\n')}`, file: 'k.csv' },
      { input: `Quelle;Ziel;Beziehung\r\n${edgeRows.join('\r\n')}`, file: 'e.csv' },
    );
    expect(r.graph.nodes).toHaveLength(20_000);
    expect(r.graph.edges).toHaveLength(50_000);
    expect(r.warnings).toEqual([]);
    expect(Object.keys(r.positions ?? {})).toHaveLength(20_000);
  });
});
