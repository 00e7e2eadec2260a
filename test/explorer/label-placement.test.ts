/**
 * Map labels: placed greedily by priority, never overlapping, flipped left at the right edge; forced ones
 * always drawn, except under a box to avoid (the legend over the map), which no label reaches into.
 */
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

  describe('boxes to avoid (the legend over the map)', () => {
    const legend = { x0: 150, y0: 90, x1: 200, y1: 110 };

    it('flips a label whose right side would reach under the box', () => {
      expect(placeLabels([cand('a', 100, 100, 5)], measure, { ...area, avoid: [legend] })).toEqual([
        { key: 'a', label: 'Label a', x: 43, y: 104, side: 'left' },
      ]);
    });

    it('drops a label, forced or not, when both sides reach under it', () => {
      const all = { x0: 0, y0: 0, x1: 400, y1: 300 };
      const placed = placeLabels([cand('a', 100, 100, 5), cand('b', 200, 200, 5, { forced: true })], measure, {
        ...area,
        avoid: [all],
      });
      expect(placed).toEqual([]);
    });

    it('puts a forced label over another label or past the edge rather than under the box', () => {
      const placed = placeLabels(
        [cand('first', 100, 100, 9, { forced: true }), cand('second', 100, 100, 1, { forced: true })],
        measure,
        { ...area, avoid: [{ x0: 0, y0: 90, x1: 95, y1: 110 }] },
      );
      expect(placed.map((p) => [p.key, p.side])).toEqual([
        ['first', 'right'],
        ['second', 'right'],
      ]);
      const [edge] = placeLabels([cand('a', 20, 100, 5, { forced: true })], measure, {
        ...area,
        avoid: [{ x0: 25, y0: 90, x1: 200, y1: 110 }],
      });
      expect(edge).toEqual({ key: 'a', label: 'Label a', x: -37, y: 104, side: 'left' });
    });

    test.prop(
      [
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 400 }),
            y: fc.integer({ min: 0, max: 300 }),
            p: fc.integer({ min: 0, max: 20 }),
            n: fc.integer({ min: 1, max: 30 }),
            forced: fc.boolean(),
          }),
          { maxLength: 120 },
        ),
        fc.record({
          x0: fc.integer({ min: 0, max: 300 }),
          y0: fc.integer({ min: 0, max: 200 }),
          w: fc.integer({ min: 10, max: 200 }),
          h: fc.integer({ min: 10, max: 200 }),
        }),
      ],
      { seed: 20261207, numRuns: 60 },
    )('no placed label reaches under the box', (nodes, b) => {
      const box = { x0: b.x0, y0: b.y0, x1: b.x0 + b.w, y1: b.y0 + b.h };
      const cands = nodes.map((n, i) => ({
        ...cand(`n${i}`, n.x, n.y, n.p, { forced: n.forced }),
        label: 'x'.repeat(n.n),
      }));
      for (const p of placeLabels(cands, measure, { ...area, avoid: [box] })) {
        const t = boxOf(p);
        expect(t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1).toBe(false);
      }
    });
  });
});
