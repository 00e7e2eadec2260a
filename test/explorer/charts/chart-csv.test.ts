import { describe, expect, it } from 'vitest';
import { degreeTable, matrixTable, rankingTable } from '../../../src/explorer/charts/chart-csv.ts';
import { degreeDistribution, domainMatrix } from '../../../src/explorer/charts/chart-data.ts';
import { tableCsv } from '../../../src/explorer/export/table-csv.ts';
import { measureSpread } from '../../../src/explorer/state/chart-inputs.ts';

describe('chart tables for CSV', () => {
  it('ranks from 1, keeps numbers as numbers and names kinds', () => {
    const tb = rankingTable(
      [
        { key: 'org:a', label: 'Jugendamt A', kind: 'youth_office', value: 0.5 },
        { key: 'org:b', label: '=B', kind: 'job_center', value: 0 },
      ],
      { rank: 'Rang', name: 'Name', kind: 'Art', value: 'Vermittlung (Betweenness, Akteursnetz)' },
      (k) => (k === 'youth_office' ? 'Jugendamt' : 'Jobcenter'),
    );
    expect(tb).toEqual({
      headers: ['Rang', 'Name', 'Art', 'Vermittlung (Betweenness, Akteursnetz)'],
      rows: [
        [1, 'Jugendamt A', 'Jugendamt', 0.5],
        [2, '=B', 'Jobcenter', 0],
      ],
    });
    expect(tableCsv(tb.headers, tb.rows, 'de')).toBe(
      '\uFEFFRang;Name;Art;"Vermittlung (Betweenness, Akteursnetz)"\r\n1;Jugendamt A;Jugendamt;"0,5"\r\n2;\'=B;Jobcenter;0\r\n',
    );
  });

  it('writes every degree with its count and the matrix with its corner', () => {
    expect(degreeTable(degreeDistribution([0, 2, 2]), { degree: 'Grad', count: 'Knoten' }).rows).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
    const m = matrixTable(domainMatrix([{ a: ['SGB II'], b: ['SGB VIII'] }], ['SGB II', 'SGB VIII']), 'Rechtskreis');
    expect(m).toEqual({
      headers: ['Rechtskreis', 'SGB II', 'SGB VIII'],
      rows: [
        ['SGB II', 0, 1],
        ['SGB VIII', 1, 0],
      ],
    });
  });
});

describe('a measure that is zero for nearly all actors', () => {
  it('is sparse when at least 80 % are zero and too few are above zero to fill the chart', () => {
    // the seeds' betweenness: 1 of 36 above zero
    expect(measureSpread([0.008, ...Array<number>(35).fill(0)], 10)).toEqual({ n: 36, zero: 35, sparse: true });
    expect(measureSpread([1, 2, 0, 0, 0, 0, 0, 0, 0, 0], 10)).toEqual({ n: 10, zero: 8, sparse: true });
  });

  it('is not sparse when the chart can be filled, when fewer are zero, or with nothing to rank', () => {
    // 150 of 1000 above zero: every one of the ten bars has a value
    expect(measureSpread([...Array<number>(150).fill(1), ...Array<number>(850).fill(0)], 10).sparse).toBe(false);
    expect(measureSpread([1, 2, 3, 0, 0, 0, 0, 0, 0, 0], 10)).toEqual({ n: 10, zero: 7, sparse: false });
    expect(measureSpread([0], 10).sparse).toBe(false);
    expect(measureSpread([], 10)).toEqual({ n: 0, zero: 0, sparse: false });
  });

  it('leaves out actors without a value', () => {
    expect(measureSpread([null, null, 0, 0, 0, 0, 5, Number.NaN], 10)).toEqual({ n: 5, zero: 4, sparse: true });
  });
});
