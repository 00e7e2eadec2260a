/**
 * The data behind the explorer's charts, computed without the DOM or d3 so Node tests can check
 * exact values; the draw functions beside this file only lay these out.
 */
import { NO_DOMAIN } from '../../analysis/index.ts';
import { compareStrings } from '../../util/index.ts';
import { measureDescriptor, type MeasureKey } from '../measures.ts';

export interface RankingDatum {
  key: string;
  label: string;
  kind: string;
  value: number;
}

/**
 * The `top` nodes by a measure. Nodes without a value are left out (an undefined constraint is not
 * "zero constraint"); measures where less means more central (constraint) rank ascending.
 */
export function rankingData(
  values: ReadonlyMap<string, number | null>,
  labelOf: (key: string) => string,
  kindOf: (key: string) => string,
  measure: MeasureKey,
  top = 10,
): RankingDatum[] {
  const sign = measureDescriptor(measure).higherIsMoreCentral ? -1 : 1;
  const data: RankingDatum[] = [];
  for (const [key, value] of values) {
    // NaN would make the comparator inconsistent; the analysis schema never lets one through anyway
    if (value === null || !Number.isFinite(value)) continue;
    data.push({ key, label: labelOf(key), kind: kindOf(key), value });
  }
  data.sort((x, y) => sign * (x.value - y.value) || compareStrings(x.label, y.label) || compareStrings(x.key, y.key));
  return data.slice(0, Math.max(0, Math.floor(top)));
}

export interface DegreeCount {
  degree: number;
  count: number;
}

/** How many nodes have each degree, with every degree from 0 to the largest one present. */
export function degreeDistribution(degrees: Iterable<number>): DegreeCount[] {
  const counts: number[] = [];
  for (const d of degrees) {
    if (!Number.isInteger(d) || d < 0)
      throw new Error(`netzatlas/explorer/charts/chart-data: a degree must be a whole number ≥ 0, got ${d}.`);
    counts[d] = (counts[d] ?? 0) + 1;
  }
  // Array.from visits the holes of the sparse array, so missing degrees become explicit zeros
  return Array.from(counts, (count, degree) => ({ degree, count: count ?? 0 }));
}

export interface MatrixCell {
  row: string;
  col: string;
  value: number;
}

export interface DomainMatrix {
  rows: string[];
  cells: MatrixCell[];
  max: number;
}

/** The domains of one end of a tie as analysis/sgb.ts sees them: none at all is its own group. */
const domainsOrNone = (d: readonly string[]): readonly string[] => (d.length > 0 ? d : [NO_DOMAIN]);

/**
 * Domain × domain tie counts, counted as analysis/sgb.ts `tieMatrix` counts them: per tie, every
 * unordered pair of (domain of one end, domain of the other end) counts once, on both sides of the
 * diagonal; actors without a domain count as NO_DOMAIN ("ohne Rechtskreis"). Domains that are not
 * in `domains` are not shown (the caller may leave out a row), and do not change the other cells.
 */
export function domainMatrix(
  ties: Iterable<{ a: readonly string[]; b: readonly string[] }>,
  domains: readonly string[],
): DomainMatrix {
  const counts = new Map<string, Map<string, number>>();
  const rows = [...new Set(domains)];
  for (const r of rows) counts.set(r, new Map(rows.map((c) => [c, 0])));
  for (const { a, b } of ties) {
    // a tie between two actors that share two domains still counts once per pair
    const cells = new Set<string>();
    for (const da of domainsOrNone(a))
      for (const db of domainsOrNone(b)) cells.add([da, db].sort(compareStrings).join('\u0000'));
    for (const cell of cells) {
      const [x, y] = cell.split('\u0000') as [string, string];
      const rx = counts.get(x);
      const ry = counts.get(y);
      if (!rx || !ry) continue;
      rx.set(y, rx.get(y)! + 1);
      if (x !== y) ry.set(x, ry.get(x)! + 1);
    }
  }
  return matrixData((r, c) => counts.get(r)?.get(c) ?? 0, rows);
}

/** The chart shape of an already counted matrix (analysis.sgb.matrix), rows in the given order. */
export function matrixFromCounts(
  matrix: Readonly<Record<string, Readonly<Record<string, number>>>>,
  domains: readonly string[],
): DomainMatrix {
  // Object.hasOwn: a domain named like an Object.prototype member must not read the prototype
  return matrixData(
    (r, c) => (Object.hasOwn(matrix, r) && Object.hasOwn(matrix[r]!, c) ? matrix[r]![c]! : 0),
    [...new Set(domains)],
  );
}

function matrixData(valueAt: (row: string, col: string) => number, rows: string[]): DomainMatrix {
  const cells = rows.flatMap((row) => rows.map((col) => ({ row, col, value: valueAt(row, col) })));
  return { rows, cells, max: cells.reduce((m, c) => Math.max(m, c.value), 0) };
}

/** A label cut to `max` characters (code points, so no emoji is split) with "…" at the end. */
export function truncateLabel(label: string, max: number): string {
  const chars = Array.from(label);
  if (chars.length <= max) return label;
  return chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** WCAG 2.x relative luminance of an sRGB colour (channels 0–255). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const lin = (v: number) => {
    const c = Math.min(255, Math.max(0, v)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(x: Rgb, y: Rgb): number {
  const [hi, lo] = [relativeLuminance(x), relativeLuminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/**
 * Black or white, whichever contrasts more with the background. Pure black and white guarantee at
 * least 4.58:1 on any background (WCAG AA for normal text is 4.5:1); a softer dark grey would not.
 */
export function textColourOn(background: Rgb): '#000000' | '#ffffff' {
  return contrastRatio(background, WHITE) >= contrastRatio(background, BLACK) ? '#ffffff' : '#000000';
}
