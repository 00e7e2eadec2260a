/** The shared export geometry: sizes, truncation, arrows, cleaning. */
import { describe, expect, it } from 'vitest';
import {
  arrowHead,
  cleanText,
  finite,
  layoutScene,
  LEGEND_WIDTH,
  MAX_LEGEND_ROWS,
  truncateText,
} from '../../../src/explorer/export/scene-layout.ts';
import type { Scene } from '../../../src/explorer/export/scene.ts';

const base: Scene = { width: 400, height: 300, background: '#ffffff', nodes: [], edges: [], legend: [] };

describe('layoutScene', () => {
  it('adds the legend column to the right of the map', () => {
    const l = layoutScene({
      ...base,
      legend: [{ title: 'Art', items: [{ label: 'Träger', color: '#f00', shape: 'circle' }] }],
    });
    expect(l.width).toBe(400 + LEGEND_WIDTH);
    expect(l.map).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    const box = l.legend[0]!;
    expect(box.kind).toBe('rect');
    expect(box.kind === 'rect' && box.x).toBe(412);
  });

  it('has no legend column when there is no legend', () => {
    const l = layoutScene(base);
    expect(l.width).toBe(400);
    expect(l.height).toBe(300);
    expect(l.legend).toEqual([]);
  });

  it('puts title and subtitle above the map and moves the map down', () => {
    const l = layoutScene({
      ...base,
      title: 'Karte',
      subtitle: 'Stand 2024',
      nodes: [{ key: 'a', x: 10, y: 20, size: 4, color: '#000', label: null }],
    });
    expect(l.header.map((t) => t.text)).toEqual(['Karte', 'Stand 2024']);
    expect(l.map.y).toBeGreaterThan(l.header[1]!.y);
    expect(l.nodes[0]).toMatchObject({ cx: 10, cy: 20 + l.map.y, r: 4 });
    expect(l.height).toBe(300 + l.map.y);
  });

  it('grows the picture when the legend is taller than the map', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      label: `Art ${i}`,
      color: '#000',
      shape: 'circle' as const,
    }));
    const l = layoutScene({ ...base, height: 50, legend: [{ title: 'Arten', items }] });
    const box = l.legend[0]!;
    expect(box.kind === 'rect' && l.height).toBe(box.kind === 'rect' ? box.y + box.height + 12 : 0);
    expect(l.height).toBeGreaterThan(50);
  });

  it('counts legend rows beyond the limit instead of drawing them', () => {
    const items = Array.from({ length: MAX_LEGEND_ROWS + 5 }, (_, i) => ({
      label: `Art ${i}`,
      color: '#000',
      shape: 'line' as const,
    }));
    const l = layoutScene({ ...base, legend: [{ title: 'Arten', items }] });
    const texts = l.legend.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts).toHaveLength(MAX_LEGEND_ROWS + 1);
    expect(texts.at(-1)).toBe('… und 6 weitere Einträge');
  });

  it('ends an arrowed edge at the arrow base and puts the tip on (x2, y2)', () => {
    const l = layoutScene({ ...base, edges: [{ x1: 0, y1: 0, x2: 100, y2: 0, color: '#000', size: 1, arrow: true }] });
    expect(l.edges).toHaveLength(2);
    expect(l.edges[0]).toMatchObject({ kind: 'line', x1: 0, x2: 94, y2: 0 });
    expect(l.edges[1]).toMatchObject({
      kind: 'polygon',
      points: [
        [100, 0],
        [94, 2.7],
        [94, -2.7],
      ],
    });
  });

  it('replaces non-finite numbers and unknown colours', () => {
    const l = layoutScene({
      ...base,
      width: NaN,
      height: Infinity,
      background: 'javascript:x',
      nodes: [{ key: 'a', x: NaN, y: -Infinity, size: -5, color: 'red', label: 'A' }],
    });
    expect(l.width).toBe(1);
    expect(l.height).toBe(1);
    expect(l.background).toEqual({ hex: '#ffffff', alpha: 1 });
    expect(l.nodes[0]).toEqual({ kind: 'circle', cx: 0, cy: 0, r: 0, fill: { hex: '#999999', alpha: 1 } });
  });
});

describe('arrowHead', () => {
  it('has no arrow on a zero-length edge', () => {
    expect(arrowHead(5, 5, 5, 5, 1)).toBeNull();
  });

  it('never reaches back beyond the edge start', () => {
    const h = arrowHead(0, 0, 0, 3, 1)!;
    expect(h.baseX).toBe(0);
    expect(h.baseY).toBe(0);
  });
});

describe('text helpers', () => {
  it('cleans control characters, lone surrogates and whitespace runs', () => {
    expect(cleanText('  a\u0000b\tc\n\nd\uD800e\uDC00\u0085f\uFFFF ')).toBe('ab c d\uFFFDe\uFFFDf');
    expect(cleanText('😀')).toBe('😀');
    expect(cleanText(null)).toBe('');
  });

  it('truncates by estimated width with an ellipsis and never splits a surrogate pair', () => {
    expect(truncateText('Jugendamt', 1000, 10)).toBe('Jugendamt');
    expect(truncateText('Jugendamt Bielefeld', 30, 10)).toBe('Juge…');
    expect(truncateText('😀😀😀😀', 12, 10)).toBe('😀…');
    expect(truncateText('abc', 0, 10)).toBe('');
  });

  it('clamps numbers into range and turns non-finite ones into 0', () => {
    expect(finite(NaN)).toBe(0);
    expect(finite(Infinity)).toBe(0);
    expect(finite(5, 0, 3)).toBe(3);
    expect(finite('7')).toBe(0);
  });
});
