/** Map labels: placed greedily by priority, never overlapping, flipped left at the right edge; forced ones always drawn. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareCandidates, placeLabels, type LabelCandidate } from '../../src/explorer/map/label-placement.ts';

const measure = (label: string) => label.length * 7;
const area = { width: 400, height: 300, fontSize: 12, gap: 3, margin: 2 };
const cand = (
  key: string,
  x: number,
  y: number,
  priority: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({ key, x, y, size: 5, label: `Label ${key}`, forced: false, priority, secondary: 0, ...extra });

/** The box a placed label covers (text only, no margin). */
function boxOf(p: { x: number; y: number; label: string }) {
  return {
    x0: p.x,
    x1: p.x + measure(p.label),
    y0: p.y - (2 * area.fontSize) / 3 - 2,
    y1: p.y + area.fontSize / 3 + 2,
  };
}
const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  it('puts a label right of its node, the text starting after the node and the gap', () => {
    expect(placeLabels([cand('a', 100, 100, 5)], measure, area)).toEqual([
      { key: 'a', label: 'Label a', x: 108, y: 104, side: 'right' },
    ]);
  });

  it('gives the place to the bigger node and moves the smaller one to the left side', () => {
    const placed = placeLabels([cand('small', 100, 104, 2), cand('big', 100, 100, 9)], measure, area);
    expect(placed.map((p) => [p.key, p.side])).toEqual([
      ['big', 'right'],
      ['small', 'left'],
    ]);
  });

  it('drops a label that fits on neither side', () => {
    const placed = placeLabels([cand('a', 200, 100, 9), cand('b', 200, 101, 5), cand('c', 200, 102, 1)], measure, area);
    expect(placed.map((p) => p.key)).toEqual(['a', 'b']);
  });

  it('flips a label that would leave the map at the right edge', () => {
    const [p] = placeLabels([cand('a', 390, 100, 5)], measure, area);
    expect(p!.side).toBe('left');
    expect(p!.x + measure(p!.label)).toBe(390 - 5 - 3);
  });

  it('always draws a forced label (a neighbour of the selection), first of all', () => {
    const placed = placeLabels(
      [cand('big', 200, 100, 9), cand('near', 200, 100, 1, { forced: true }), cand('other', 200, 100, 8)],
      measure,
      area,
    );
    expect(placed.map((p) => p.key)).toEqual(['near', 'big']);
  });

  it('orders equal sizes by degree, then by key, so the same view draws the same labels', () => {
    const xs = [
      cand('b', 0, 0, 3, { secondary: 1 }),
      cand('a', 0, 0, 3, { secondary: 1 }),
      cand('c', 0, 0, 3, { secondary: 4 }),
    ];
    expect([...xs].sort(compareCandidates).map((c) => c.key)).toEqual(['c', 'a', 'b']);
  });

  test.prop(
    [
      fc.array(
        fc.record({
          x: fc.integer({ min: 0, max: 400 }),
          y: fc.integer({ min: 0, max: 300 }),
          p: fc.integer({ min: 0, max: 20 }),
          n: fc.integer({ min: 1, max: 30 }),
        }),
        { maxLength: 120 },
      ),
    ],
    { seed: 20261204, numRuns: 60 },
  )('placed labels never overlap and stay inside the map when they can', (nodes) => {
    const cands = nodes.map((n, i) => ({ ...cand(`n${i}`, n.x, n.y, n.p), label: 'x'.repeat(n.n) }));
    const placed = placeLabels(cands, measure, area);
    const boxes = placed.map(boxOf);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(area.width);
    }
  });
});
