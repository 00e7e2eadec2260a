import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { NO_DOMAIN } from '../../../src/analysis/domains.ts';
import { MATRIX_DOMAINS, tieMatrix } from '../../../src/analysis/sgb.ts';
import { actorView, twoModeView } from '../../../src/analysis/view.ts';
import {
  contrastRatio,
  degreeDistribution,
  domainMatrix,
  matrixFromCounts,
  rankingData,
  textColourOn,
  truncateLabel,
  type DomainMatrix,
} from '../../../src/explorer/charts/chart-data.ts';
import { MEASURE_KEYS, measureDescriptor } from '../../../src/explorer/measures.ts';
import { compareStrings } from '../../../src/util/stable-json.ts';
import { makeGraph } from '../../analysis/graphs.ts';

const labels: Record<string, string> = { a: 'Zeta', b: 'Beta', c: 'Gamma', d: 'Alpha', e: 'Epsilon' };
const labelOf = (k: string) => labels[k] ?? k;
const kindOf = (k: string) => (k === 'c' ? 'job_center' : 'carrier');

/** The matrix as row → column → value, which reads more easily in an assertion than a cell list. */
function asTable(m: DomainMatrix): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const c of m.cells) (out[c.row] ??= {})[c.col] = c.value;
  return out;
}

describe('rankingData', () => {
  test('ranks by value descending, skips nulls and keeps the top entries', () => {
    const values = new Map<string, number | null>([
      ['a', 3],
      ['b', null],
      ['c', 5],
      ['d', 3],
      ['e', 1],
    ]);
    expect(rankingData(values, labelOf, kindOf, 'degree', 3)).toEqual([
      { key: 'c', label: 'Gamma', kind: 'job_center', value: 5 },
      { key: 'd', label: 'Alpha', kind: 'carrier', value: 3 },
      { key: 'a', label: 'Zeta', kind: 'carrier', value: 3 },
    ]);
  });

  test('ranks constraint ascending, since low constraint means brokerage opportunities', () => {
    const values = new Map<string, number | null>([
      ['x', 0.5],
      ['y', 0.25],
      ['z', null],
      ['w', 1],
    ]);
    expect(
      rankingData(
        values,
        (k) => k,
        () => 'carrier',
        'constraint',
      ).map((d) => [d.key, d.value]),
    ).toEqual([
      ['y', 0.25],
      ['x', 0.5],
      ['w', 1],
    ]);
  });

  test('breaks ties by label first and by key when labels are equal too', () => {
    const values = new Map<string, number | null>([
      ['org:b', 2],
      ['org:a', 2],
      ['org:c', 2],
    ]);
    const label = (k: string) => (k === 'org:c' ? 'Amt' : 'Zentrum');
    expect(rankingData(values, label, () => 'carrier', 'betweenness').map((d) => d.key)).toEqual([
      'org:c',
      'org:a',
      'org:b',
    ]);
  });

  test('defaults to ten entries and returns none for top 0 or an empty map', () => {
    const many = new Map<string, number | null>(
      Array.from({ length: 15 }, (_v, i) => [`k${String(i).padStart(2, '0')}`, i]),
    );
    expect(
      rankingData(
        many,
        (k) => k,
        () => 'carrier',
        'pagerank',
      ).map((d) => d.value),
    ).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
    expect(
      rankingData(
        many,
        (k) => k,
        () => 'carrier',
        'pagerank',
        0,
      ),
    ).toEqual([]);
    expect(
      rankingData(
        new Map(),
        (k) => k,
        () => 'carrier',
        'degree',
      ),
    ).toEqual([]);
  });

  fcTest.prop([
    fc.array(
      fc.tuple(
        fc.string({ maxLength: 4 }),
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 })),
      ),
      { maxLength: 40 },
    ),
    fc.constantFrom(...MEASURE_KEYS),
    fc.integer({ min: 0, max: 15 }),
  ])('never returns more than top items, never a null, and always in ranking order', (entries, measure, top) => {
    const values = new Map(entries);
    // a one-character label makes ties on label frequent, so the key tie-break is exercised
    const label = (k: string) => k.slice(0, 1);
    const out = rankingData(values, label, () => 'carrier', measure, top);
    const withValue = [...values.values()].filter((v) => v !== null).length;
    expect(out.length).toBe(Math.min(top, withValue));
    const sign = measureDescriptor(measure).higherIsMoreCentral ? -1 : 1;
    for (const d of out) {
      expect(d.value).not.toBeNull();
      expect(values.get(d.key)).toBe(d.value);
    }
    for (let i = 1; i < out.length; i++) {
      const [p, q] = [out[i - 1]!, out[i]!];
      const order = sign * (p.value - q.value) || compareStrings(p.label, q.label) || compareStrings(p.key, q.key);
      expect(order).toBeLessThan(0);
    }
  });
});

describe('degreeDistribution', () => {
  test('counts every degree from 0 to the largest and fills the gaps with zeros', () => {
    expect(degreeDistribution([3, 1, 1, 0, 3, 3])).toEqual([
      { degree: 0, count: 1 },
      { degree: 1, count: 2 },
      { degree: 2, count: 0 },
      { degree: 3, count: 3 },
    ]);
  });

  test('starts at degree 0 even when no node is isolated', () => {
    expect(degreeDistribution(new Set([2]))).toEqual([
      { degree: 0, count: 0 },
      { degree: 1, count: 0 },
      { degree: 2, count: 1 },
    ]);
  });

  test('returns an empty list for no degrees', () => {
    expect(degreeDistribution([])).toEqual([]);
  });

  test('refuses a degree that is negative or not whole, naming the module', () => {
    expect(() => degreeDistribution([1, -1])).toThrow(/^netzatlas\/explorer\/charts\/chart-data: .*-1/);
    expect(() => degreeDistribution([1.5])).toThrow(/1\.5/);
  });
});

describe('domainMatrix', () => {
  const rows = ['SGB II', 'SGB VIII', NO_DOMAIN];

  test('counts each domain pair of a tie once, on both sides of the diagonal', () => {
    const m = domainMatrix(
      [
        { a: ['SGB II'], b: ['SGB VIII'] },
        { a: [], b: ['SGB VIII'] },
        { a: ['SGB II', 'SGB VIII'], b: ['SGB VIII'] },
      ],
      rows,
    );
    expect(m.rows).toEqual(rows);
    expect(m.max).toBe(2);
    expect(asTable(m)).toEqual({
      'SGB II': { 'SGB II': 0, 'SGB VIII': 2, 'ohne Rechtskreis': 0 },
      'SGB VIII': { 'SGB II': 2, 'SGB VIII': 1, 'ohne Rechtskreis': 1 },
      'ohne Rechtskreis': { 'SGB II': 0, 'SGB VIII': 1, 'ohne Rechtskreis': 0 },
    });
    expect(m.cells.slice(0, 3).map((c) => [c.row, c.col])).toEqual([
      ['SGB II', 'SGB II'],
      ['SGB II', 'SGB VIII'],
      ['SGB II', NO_DOMAIN],
    ]);
  });

  test("counts each pair once per tie, however often it arises from the two ends' domains", () => {
    expect(asTable(domainMatrix([{ a: ['SGB II', 'SGB II'], b: ['SGB II'] }], ['SGB II']))).toEqual({
      'SGB II': { 'SGB II': 1 },
    });
    expect(
      asTable(domainMatrix([{ a: ['SGB II', 'SGB VIII'], b: ['SGB VIII', 'SGB II'] }], ['SGB II', 'SGB VIII'])),
    ).toEqual({
      'SGB II': { 'SGB II': 1, 'SGB VIII': 1 },
      'SGB VIII': { 'SGB II': 1, 'SGB VIII': 1 },
    });
  });

  test('leaves out domains not asked for without changing the other cells', () => {
    const m = domainMatrix([{ a: ['Schule', 'SGB II'], b: ['SGB II'] }], ['SGB II']);
    expect(m).toEqual({ rows: ['SGB II'], cells: [{ row: 'SGB II', col: 'SGB II', value: 1 }], max: 1 });
  });

  test('gives the same matrix as analysis/sgb.ts on a small actor network', () => {
    const graph = makeGraph(
      [
        { key: 'project:a', kind: 'project' },
        { key: 'project:b', kind: 'project' },
        { key: 'org:jc', kind: 'job_center' },
        { key: 'org:ja', kind: 'youth_office' },
        { key: 'org:traeger', kind: 'carrier' },
        { key: 'org:both', kind: 'organisation', domains: ['SGB II', 'SGB VIII'] },
        { key: 'org:both2', kind: 'organisation', domains: ['SGB VIII', 'SGB II'] },
        { key: 'org:schule', kind: 'school' },
        { key: 'org:verein', kind: 'organisation' },
        { key: 'org:gesund', kind: 'organisation', domains: ['Gesundheit'] },
        { key: 'place:stadt', kind: 'municipality' },
      ],
      [
        { source: 'project:a', target: 'org:jc', kind: 'partner' },
        { source: 'project:a', target: 'org:ja', kind: 'partner' },
        { source: 'project:a', target: 'org:both', kind: 'partner' },
        { source: 'project:a', target: 'org:verein', kind: 'carried_by' },
        { source: 'project:b', target: 'org:traeger', kind: 'carried_by' },
        { source: 'project:b', target: 'org:schule', kind: 'partner' },
        { source: 'project:b', target: 'org:both', kind: 'partner' },
        { source: 'project:b', target: 'org:both2', kind: 'partner' },
        { source: 'project:b', target: 'place:stadt', kind: 'located_in' },
        { source: 'org:verein', target: 'org:gesund', kind: 'cooperates_with', weight: 2 },
        { source: 'org:jc', target: 'org:ja', kind: 'cooperates_with' },
      ],
    );
    const actors = actorView(twoModeView(graph));
    const ties = actors.mapEdges((_e, _a, _s, _t, sa, ta) => ({ a: sa.domains, b: ta.domains }));
    const expected = tieMatrix(actors);
    const m = domainMatrix(ties, MATRIX_DOMAINS);
    expect(asTable(m)).toEqual(expected);
    expect(m.rows).toEqual([...MATRIX_DOMAINS]);
    // the graph must exercise what differs from a naive count: two actors with the same two domains
    // (the pair SGB II–SGB VIII arises twice from their tie but counts once), no domain, the diagonal
    expect(expected['SGB VIII']!['SGB VIII']).toBeGreaterThan(0);
    expect(expected[NO_DOMAIN]!['Gesundheit']).toBe(1);
    expect(expected['SGB II']!['SGB VIII']).toBeGreaterThan(0);
    expect(asTable(matrixFromCounts(expected, MATRIX_DOMAINS))).toEqual(expected);
  });
});

describe('matrixFromCounts', () => {
  test('reads counted cells in the given row order, zero where a cell is missing', () => {
    const m = matrixFromCounts({ 'SGB II': { 'SGB II': 2 }, Schule: { 'SGB II': 0 } }, ['Schule', 'SGB II']);
    expect(m).toEqual({
      rows: ['Schule', 'SGB II'],
      cells: [
        { row: 'Schule', col: 'Schule', value: 0 },
        { row: 'Schule', col: 'SGB II', value: 0 },
        { row: 'SGB II', col: 'Schule', value: 0 },
        { row: 'SGB II', col: 'SGB II', value: 2 },
      ],
      max: 2,
    });
  });

  test('does not read Object.prototype for a domain named like one of its members', () => {
    expect(matrixFromCounts({}, ['constructor', 'toString']).cells.map((c) => c.value)).toEqual([0, 0, 0, 0]);
  });
});

describe('truncateLabel', () => {
  test('cuts a long label and ends it with an ellipsis, keeping the length limit', () => {
    expect(truncateLabel('Jugendamt Mönchengladbach', 10)).toBe('Jugendamt…');
    expect(truncateLabel('Jugendamt', 9)).toBe('Jugendamt');
  });

  test('counts code points, so an emoji is never split into half a surrogate pair', () => {
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('textColourOn', () => {
  test('writes black on the lightest blue and white on the darkest', () => {
    expect(textColourOn({ r: 247, g: 251, b: 255 })).toBe('#000000');
    expect(textColourOn({ r: 8, g: 48, b: 107 })).toBe('#ffffff');
  });

  test('computes the WCAG contrast ratio of black on white as 21:1', () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 10);
  });

  fcTest.prop([
    fc.record({
      r: fc.integer({ min: 0, max: 255 }),
      g: fc.integer({ min: 0, max: 255 }),
      b: fc.integer({ min: 0, max: 255 }),
    }),
  ])('always reaches WCAG AA contrast (4.5:1) on any background', (bg) => {
    const text = textColourOn(bg) === '#ffffff' ? { r: 255, g: 255, b: 255 } : { r: 0, g: 0, b: 0 };
    expect(contrastRatio(bg, text)).toBeGreaterThanOrEqual(4.5);
  });
});
