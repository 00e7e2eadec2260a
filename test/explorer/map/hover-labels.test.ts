/**
 * The hover layer's names (large networks): placed by the map's rules, so none overlaps another,
 * the centre's place (sigma writes its name) is kept free, bigger neighbours win, and none reaches
 * under the legend.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hoverLabels, type HoverPoint } from '../../../src/explorer/map/hover-layer.ts';

const measure = (label: string) => label.length * 7;
const area = { width: 400, height: 300, fontSize: 12, avoid: [] };
const point = (key: string, x: number, y: number, r = 4, degree = 1): HoverPoint => ({
  key,
  x,
  y,
  r,
  label: `Name ${key}`,
  degree,
});

/** The box a placed name's white backing covers. */
const backing = (p: { x: number; y: number; label: string }) => ({
  x0: p.x - 2,
  x1: p.x + measure(p.label) + 2,
  y0: p.y - 12 / 3 - 12 / 2 - 2,
  y1: p.y - 12 / 3 + 12 / 2 + 2,
});
const overlap = (a: ReturnType<typeof backing>, b: ReturnType<typeof backing>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('hoverLabels', () => {
  it('names a lone neighbour right of it, and never the centre', () => {
    expect(hoverLabels(point('c', 100, 100), [point('a', 200, 200)], measure, area)).toEqual([
      { key: 'a', label: 'Name a', x: 207, y: 204, side: 'right' },
    ]);
  });

  it('keeps the centre’s own name free: a neighbour whose name would run into it goes left', () => {
    const placed = hoverLabels(point('c', 100, 100), [point('a', 60, 100)], measure, area);
    expect(placed.map((p) => [p.key, p.side])).toEqual([['a', 'left']]);
  });

  it('of three neighbours on one spot names the biggest, then the one with more ties', () => {
    const placed = hoverLabels(
      point('c', 20, 20),
      [point('small', 200, 150, 3, 9), point('big', 200, 150, 8, 1), point('mid', 200, 150, 3, 2)],
      measure,
      area,
    );
    expect(placed.map((p) => [p.key, p.side])).toEqual([
      ['big', 'right'],
      ['small', 'left'],
    ]);
  });

  it('names no neighbour under a box to avoid (the legend)', () => {
    const avoid = [{ x0: 150, y0: 0, x1: 400, y1: 300 }];
    expect(hoverLabels(point('c', 20, 20), [point('a', 300, 150)], measure, { ...area, avoid })).toEqual([]);
  });

  test.prop([
    fc.array(
      fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 2, max: 12 })),
      {
        maxLength: 60,
      },
    ),
  ])('never lets two names overlap, whatever the neighbours', (spots) => {
    const neighbours = spots.map(([x, y, r], i) => point(String(i), x, y, r));
    const placed = hoverLabels(point('c', 200, 150), neighbours, measure, area);
    const boxes = placed.map(backing);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });
});
