import { describe, expect, it } from 'vitest';
import { clipEdgeX, SIDE_BY_SIDE_GAP, sideBySideScene } from '../../../src/explorer/export/scene-combine.ts';
import { SceneSchema, type Scene, type SceneEdge } from '../../../src/explorer/export/scene.ts';

const scene = (
  width: number,
  height: number,
  nodes: Array<[string, number, number]>,
  edges: SceneEdge[] = [],
): Scene => ({
  width,
  height,
  background: '#ffffff',
  nodes: nodes.map(([key, x, y]) => ({ key, x, y, size: 4, color: '#D55E00', label: key })),
  edges,
  legend: [],
});
const edge = (x1: number, y1: number, x2: number, y2: number, arrow = false): SceneEdge => ({
  x1,
  y1,
  x2,
  y2,
  color: '#cccccc',
  size: 1,
  arrow,
});

describe('two maps side by side', () => {
  it('moves the right map by the left width and the gap, keeps keys unique and draws a divider', () => {
    const s = sideBySideScene(scene(400, 300, [['org:a', 10, 20]]), scene(400, 320, [['org:a', 10, 20]]), {
      title: 'Vergleich',
      subtitle: 'Links: A · Rechts: B',
      legend: [{ title: 'Links: A', items: [] }],
    });
    expect(SceneSchema.parse(s)).toEqual(s);
    expect([s.width, s.height]).toEqual([400 + SIDE_BY_SIDE_GAP + 400, 320]);
    expect(s.nodes.map((n) => [n.key, n.x, n.y])).toEqual([
      ['links:org:a', 10, 20],
      ['rechts:org:a', 10 + 400 + SIDE_BY_SIDE_GAP, 20],
    ]);
    expect(s.edges[0]).toMatchObject({ x1: 412, x2: 412, y1: 0, y2: 320 });
    expect(s.title).toBe('Vergleich');
    expect(s.legend).toEqual([{ title: 'Links: A', items: [] }]);
  });

  it('drops nodes outside their own map and clips edges at its border', () => {
    const left = scene(
      100,
      100,
      [
        ['in', 50, 50],
        ['out', 150, 50],
      ],
      [edge(50, 50, 150, 50, true)],
    );
    const right = scene(100, 100, [['neg', -5, 10]], [edge(-50, 0, 50, 100)]);
    const s = sideBySideScene(left, right, { title: '', subtitle: '', legend: [] }, 20);
    expect(s.nodes.map((n) => n.key)).toEqual(['links:in']);
    expect(s.edges.slice(1)).toEqual([{ ...edge(50, 50, 100, 50), arrow: false }, edge(120, 50, 170, 100)]);
  });

  it('clips: inside unchanged, fully outside gone, vertical lines by their x', () => {
    expect(clipEdgeX(edge(1, 2, 3, 4, true), 10)).toEqual(edge(1, 2, 3, 4, true));
    expect(clipEdgeX(edge(11, 2, 30, 4), 10)).toBeNull();
    expect(clipEdgeX(edge(5, 0, 5, 9), 10)).toEqual(edge(5, 0, 5, 9));
    expect(clipEdgeX(edge(-1, 0, -1, 9), 10)).toBeNull();
    // an edge entering from the left keeps its arrow at the target
    expect(clipEdgeX(edge(-10, 0, 10, 20, true), 10)).toEqual(edge(0, 10, 10, 20, true));
  });
});

describe('labels in a side-by-side picture', () => {
  it('cuts a label so it ends inside its own map, and drops it when nothing fits', () => {
    const left = scene(200, 100, [
      ['kurz', 10, 10],
      ['Gelingendes Aufwachsen: Hansestadt Herford', 100, 50],
      ['rand', 198, 50],
    ]);
    const s = sideBySideScene(left, scene(200, 100, []), { title: '', subtitle: '', legend: [] });
    const labels = s.nodes.map((n) => n.label);
    expect(labels[0]).toBe('kurz');
    // 200 − (100 + 4 + 3) = 93 px at 12 px × 0.6 em a character: 12 characters, the last one "…"
    expect(labels[1]).toBe('Gelingendes…');
    expect(labels[2]).toBeNull();
  });

  it('cuts a label drawn left of its node at the left edge of its map', () => {
    const left = scene(200, 100, [['Jugendamt Kreis Herford', 60, 50]]);
    left.nodes[0]!.labelSide = 'left';
    const s = sideBySideScene(left, scene(200, 100, []), { title: '', subtitle: '', legend: [] });
    // 60 − 4 − 3 = 53 px at 7.2 px a character: 7 characters
    expect(s.nodes[0]!.label).toBe('Jugend…');
  });
});
