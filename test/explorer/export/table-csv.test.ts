import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { csvNumber, tableCsv } from '../../../src/explorer/export/table-csv.ts';

const BOM = '\uFEFF';

/** Read back as a spreadsheet would split it (the BOM off, `;`, CRLF). */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('table CSV', () => {
  it('writes BOM, `;`, CRLF after every row, German numbers with a decimal comma', () => {
    const csv = tableCsv(
      ['Name', 'Wert'],
      [
        ['Jugendamt Herford', 0.353],
        ['Jobcenter', -2],
        ['leer', null],
      ],
      'de',
    );
    expect(csv).toBe(`${BOM}Name;Wert\r\nJugendamt Herford;"0,353"\r\nJobcenter;-2\r\nleer;\r\n`);
  });

  it('writes English numbers with a point and no grouping', () => {
    expect(tableCsv(['x'], [[12345.5]], 'en')).toBe(`${BOM}x\r\n12345.5\r\n`);
    expect(csvNumber(1234567.125, 'de')).toBe('1234567,125');
    expect(csvNumber(Number.NaN, 'de')).toBe('');
  });

  it('escapes text that a spreadsheet would run as a formula, headers too, but not negative numbers', () => {
    const csv = tableCsv(
      ['=Kennzahl'],
      [['=HYPERLINK("http://x")'], ['+1'], ['-A1'], ['@SUM(A1)'], [' =1+1'], [-0.25]],
      'de',
    );
    const rows = readBack(csv);
    expect(rows).toEqual([
      ["'=Kennzahl"],
      ['\'=HYPERLINK("http://x")'],
      ["'+1"],
      ["'-A1"],
      ["'@SUM(A1)"],
      ["' =1+1"],
      ['-0,25'],
    ]);
  });

  it('quotes `;`, quotes, line breaks, commas, tabs and surrounding blanks', () => {
    const cells = ['a;b', 'sagt "ja"', 'zwei\nZeilen', 'x,y', 'tab\there', ' vorne', 'hinten '];
    const csv = tableCsv(
      ['h'],
      cells.map((c) => [c]),
      'de',
    );
    expect(csv).toContain('"a;b"');
    expect(csv).toContain('"sagt ""ja"""');
    expect(
      readBack(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(cells);
  });

  fcTest.prop(
    [
      fc.array(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -1e6, max: 1e6 })), {
          minLength: 2,
          maxLength: 2,
        }),
        { maxLength: 8 },
      ),
    ],
    { numRuns: 200 },
  )('reads back cell by cell: text unchanged unless formula-escaped, numbers in German form', (rows) => {
    const back = readBack(tableCsv(['a', 'b'], rows, 'de')).slice(1);
    // rows of only empty cells are skipped by the reader
    const expected = rows
      .map((r) =>
        r.map((v) => (typeof v === 'number' ? String(v) : /^'*[\s\u00a0\ufeff]*[=+\-@\t\r\0]/u.test(v) ? `'${v}` : v)),
      )
      .filter((r) => r.some((v) => v !== ''));
    expect(back.filter((r) => r.some((v) => v !== ''))).toEqual(expected);
  });
});
