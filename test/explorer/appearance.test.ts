import { describe, expect, it } from 'vitest';
import { COLOUR_OPTIONS, DEFAULT_FILTERS } from '../../src/explorer/state/view-state.ts';
import { computeVisibility } from '../../src/explorer/state/filter.ts';
import {
  GAP_COLOURS,
  KIND_COLOURS,
  legendFor,
  MAX_SIZE,
  MIN_SIZE,
  nodeColours,
  nodeSizes,
} from '../../src/explorer/state/appearance.ts';
import { NODE_KINDS } from '../../src/model/kinds.ts';
import { seedsModel, smallModel } from './fixture.ts';

describe('appearance', () => {
  const seeds = seedsModel();

  it.each(COLOUR_OPTIONS)(
    'has a legend that lists exactly the colours drawn (%s), with counts that add up',
    (colourBy) => {
      for (const kinds of [[...NODE_KINDS], NODE_KINDS.filter((k) => k !== 'person' && k !== 'project')]) {
        const v = computeVisibility(seeds, { ...DEFAULT_FILTERS, kinds });
        const colours = nodeColours(seeds, colourBy);
        const drawn = new Set(seeds.nodes.filter((n) => v.nodes[n.index]).map((n) => colours[n.index]));
        const legend = legendFor(seeds, colourBy, v.nodes, v.edges, 'de');
        expect(new Set(legend.nodes.map((e) => e.color))).toEqual(drawn);
        expect(legend.nodes.reduce((a, e) => a + e.count, 0)).toBe(v.nodeCount);
        expect(legend.edges.reduce((a, e) => a + e.count, 0)).toBe(v.edgeCount);
      }
    },
  );

  it('names the kinds in German, places together, and leaves out kinds not shown', () => {
    const m = smallModel();
    const v = computeVisibility(m, { ...DEFAULT_FILTERS, kinds: NODE_KINDS.filter((k) => k !== 'school') });
    const legend = legendFor(m, 'kind', v.nodes, v.edges, 'de');
    expect(legend.title).toBe('Farbe: Art');
    expect(legend.nodes.map((e) => `${e.label}:${e.count}`)).toEqual([
      'Projekt:3',
      'Förderprogramm:2',
      'Fördergeber:1',
      'Träger:1',
      'Jugendamt:1',
      'Jobcenter:1',
      'Ort (Kommune, Quartier):1',
      'Person:1',
    ]);
    expect(legend.nodes[0]!.color).toBe(KIND_COLOURS.project);
    expect(legendFor(m, 'kind', v.nodes, v.edges, 'en').nodes[0]!.label).toBe('Project');
  });

  it('scales sizes between the bounds and inverts constraint', () => {
    const m = smallModel();
    for (const by of ['degree', 'betweenness', 'constraint'] as const) {
      const s = [...nodeSizes(m, by)];
      expect(Math.min(...s)).toBe(MIN_SIZE);
      expect(Math.max(...s)).toBeCloseTo(MAX_SIZE, 5);
    }
    const deg = nodeSizes(m, 'degree');
    const a = m.byKey.get('project:a')!;
    const f = m.byKey.get('org:f')!;
    expect(deg[a]).toBeGreaterThan(deg[f]!);
    const con = nodeSizes(m, 'constraint');
    // the most constrained node is drawn smallest, the least constrained largest
    const withC = m.nodes.filter((n) => n.measures?.constraint !== null && n.measures !== undefined);
    const most = withC.reduce((a, b) => (b.measures!.constraint! > a.measures!.constraint! ? b : a));
    const least = withC.reduce((a, b) => (b.measures!.constraint! < a.measures!.constraint! ? b : a));
    expect(con[most.index]).toBe(MIN_SIZE);
    expect(con[least.index]).toBeCloseTo(MAX_SIZE, 5);
    expect([...nodeSizes(m, 'uniform')].every((x) => x === 6)).toBe(true);
  });
});

describe('colour by cooperation gaps', () => {
  it('colours every node a gap names by the most urgent of its gaps, the rest light, and counts them in the legend', () => {
    const seeds = seedsModel();
    const gaps = seeds.analysis!.gaps;
    expect(gaps.length).toBeGreaterThan(0);
    const colours = nodeColours(seeds, 'gaps');
    const rank = { hoch: 0, mittel: 1, niedrig: 2 } as const;
    for (const n of seeds.nodes) {
      const mine = gaps
        .filter((g) => g.nodes.includes(n.key))
        .map((g) => g.severity)
        .sort((a, b) => rank[a] - rank[b]);
      expect(colours[n.index], n.key).toBe(GAP_COLOURS[mine[0] ?? 'none']);
    }
    const all = new Uint8Array(seeds.nodes.length).fill(1);
    const legend = legendFor(seeds, 'gaps', all, new Uint8Array(seeds.edges.length).fill(1), 'de');
    expect(legend.title).toBe('Farbe: Kooperationslücken');
    expect(legend.nodes.map((e) => e.label).at(-1)).toBe('ohne Lücke');
    expect(legend.nodes.reduce((s, e) => s + e.count, 0)).toBe(seeds.nodes.length);
    const inGaps = new Set(gaps.flatMap((g) => g.nodes)).size;
    expect(legend.nodes.filter((e) => e.label !== 'ohne Lücke').reduce((s, e) => s + e.count, 0)).toBe(inGaps);
  });
});
