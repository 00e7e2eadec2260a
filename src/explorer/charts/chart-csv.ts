/**
 * The data of each chart as a table for its CSV download: the same rows the chart's non-visual
 * table shows, but numbers left as numbers (the CSV writer formats them). Pure.
 */
import type { CsvCell } from '../export/table-csv.ts';
import type { DegreeCount, DomainMatrix, RankingDatum } from './chart-data.ts';

export interface ChartTable {
  headers: string[];
  rows: CsvCell[][];
}

export function rankingTable(
  data: readonly RankingDatum[],
  h: { rank: string; name: string; kind: string; value: string },
  kindLabelOf: (kind: string) => string,
): ChartTable {
  return {
    headers: [h.rank, h.name, h.kind, h.value],
    rows: data.map((d, i) => [i + 1, d.label, kindLabelOf(d.kind), d.value]),
  };
}

export function degreeTable(data: readonly DegreeCount[], h: { degree: string; count: string }): ChartTable {
  return { headers: [h.degree, h.count], rows: data.map((d) => [d.degree, d.count]) };
}

export function matrixTable(
  data: DomainMatrix,
  corner: string,
  labelOf: (domain: string) => string = (d) => d,
): ChartTable {
  const byCell = new Map(data.cells.map((c) => [`${c.row}\u0000${c.col}`, c.value]));
  return {
    headers: [corner, ...data.rows.map(labelOf)],
    rows: data.rows.map((r) => [labelOf(r), ...data.rows.map((c) => byCell.get(`${r}\u0000${c}`) ?? 0)]),
  };
}
