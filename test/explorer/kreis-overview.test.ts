import { describe, expect, it } from 'vitest';
import { buildExplorerModel, type ExplorerModel } from '../../src/explorer/data/explorer-model.ts';
import {
  groupSizes,
  kreisOverview,
  NO_PLACE_KEY,
  tiesOf,
  tieWidths,
  type KreisOverview,
} from '../../src/explorer/state/kreis-overview.ts';
import { overviewLegend, overviewPoints, pointsExtent, spreadPoints } from '../../src/explorer/state/overview-view.ts';
import { reduce } from '../../src/explorer/state/reducer.ts';
import { decodeHash, encodeHash } from '../../src/explorer/state/url-hash.ts';
import { DEFAULT_STATE } from '../../src/explorer/state/view-state.ts';
import { smallGraph, smallModel } from './fixture.ts';

const all = (model: ExplorerModel, hidden: string[] = []) => {
  const nodes = new Uint8Array(model.nodes.length).fill(1);
  for (const k of hidden) nodes[model.byKey.get(k)!] = 0;
  const edges = new Uint8Array(model.edges.length);
  for (const e of model.edges) edges[e.index] = nodes[e.source]! & nodes[e.target]!;
  return { nodes, edges };
};
const at = (model: ExplorerModel) => (i: number) => [model.nodes[i]!.x, model.nodes[i]!.y] as const;
const overviewOf = (model: ExplorerModel, hidden: string[] = []): KreisOverview => {
  const v = all(model, hidden);
  return kreisOverview(model, v.nodes, v.edges, at(model));
};
const group = (model: ExplorerModel, o: KreisOverview, key: string) => o.groups[o.groupOf[model.byKey.get(key)!]!]!.key;

describe('the Kreis overview (hand-made network: Herford in Kreis Herford, Hagen kreisfrei)', () => {
  const model = smallModel(false);

  it('has one group per Kreis, „ohne Ort“ last, with nodes, actors, inner ties and mean positions', () => {
    const o = overviewOf(model);
    // positions of the fixture: the i-th node of the file at (i, -i)
    expect(o.groups).toEqual([
      { place: 'Hagen', key: 'kreis:Hagen', nodes: 6, actors: 2, internalTies: 6, x: 5.5, y: -5.5 },
      { place: 'Kreis Herford', key: 'kreis:Kreis Herford', nodes: 5, actors: 2, internalTies: 5, x: 4.8, y: -4.8 },
      { place: null, key: NO_PLACE_KEY, nodes: 1, actors: 1, internalTies: 0, x: 9, y: -9 },
    ]);
    // the programme's tie to the funder without a place is the only one between groups
    expect(o.ties).toEqual([{ source: 1, target: 2, weight: 1 }]);
  });

  it('puts projects, programmes and persons without a place where their neighbours are; actors without one go to „ohne Ort“', () => {
    const o = overviewOf(model);
    expect(group(model, o, 'project:c')).toBe('kreis:Hagen'); // tied to the carrier in Hagen
    expect(group(model, o, 'person:x')).toBe('kreis:Hagen');
    expect(group(model, o, 'program:p1')).toBe('kreis:Kreis Herford');
    expect(group(model, o, 'place:herford')).toBe('kreis:Kreis Herford');
    expect(group(model, o, 'org:f')).toBe(NO_PLACE_KEY);
  });

  it('counts only what is shown: a hidden carrier takes its ties along, its lone project loses its place', () => {
    const o = overviewOf(model, ['org:t']);
    expect(o.groupOf[model.byKey.get('org:t')!]).toBe(-1);
    expect(o.groups.map((g) => [g.key, g.nodes, g.actors, g.internalTies])).toEqual([
      ['kreis:Hagen', 4, 1, 3],
      ['kreis:Kreis Herford', 5, 2, 5],
      [NO_PLACE_KEY, 2, 1, 0],
    ]);
    expect(group(model, o, 'project:c')).toBe(NO_PLACE_KEY);
    expect(o.ties).toEqual([{ source: 1, target: 2, weight: 1 }]);
  });

  it('adds up the ties between two Kreise, in both directions', () => {
    const graph = smallGraph();
    const tie = (source: string, target: string, i: number) => ({
      key: `extra-${i}`,
      source,
      target,
      attributes: { kind: 'partner' as const, sources: [{ doc: 'a.txt', start: i, end: i + 1 }] },
    });
    graph.edges.push(tie('org:ja', 'org:t', 1), tie('org:s', 'org:jc', 2), tie('org:s', 'org:f', 3));
    const positions = Object.fromEntries(graph.nodes.map((n, i) => [n.key, [i, 0] as [number, number]]));
    const m = buildExplorerModel({ name: 'x', graph, analysis: null, positions });
    const o = overviewOf(m);
    expect(o.ties).toEqual([
      { source: 0, target: 1, weight: 2 },
      { source: 0, target: 2, weight: 1 },
      { source: 1, target: 2, weight: 1 },
    ]);
    expect(tiesOf(o, 0)).toEqual([
      { group: 1, weight: 2 },
      { group: 2, weight: 1 },
    ]);
    expect(o.groups.map((g) => g.internalTies)).toEqual([6, 5, 0]);
  });

  it('nothing shown: no groups, no ties', () => {
    const o = overviewOf(
      model,
      model.nodes.map((n) => n.key),
    );
    expect(o).toEqual({ groups: [], ties: [], groupOf: new Int32Array(model.nodes.length).fill(-1) });
  });

  it('sizes points by actors (area) and ties by their number', () => {
    const sizes = groupSizes(overviewOf(model).groups);
    expect(sizes[0]).toBe(32);
    expect(sizes[1]).toBe(32);
    expect(sizes[2]).toBeCloseTo(5 + 27 * Math.SQRT1_2, 10);
    expect(
      tieWidths([
        { source: 0, target: 1, weight: 1 },
        { source: 0, target: 2, weight: 4 },
      ]),
    ).toEqual([1, 8]);
    // the strongest tie is the widest, however many it counts
    expect(tieWidths([{ source: 0, target: 1, weight: 3 }])).toEqual([8]);
  });

  it('draws points with names and counts, apart from each other, and a legend that counts them', () => {
    const o = overviewOf(model);
    const p = overviewPoints(model, o, 'de');
    expect(p.nodes.map((n) => n.label)).toEqual(['Hagen (2)', 'Kreis Herford (2)', 'ohne Ort (1)']);
    expect(p.edges).toEqual([{ source: 'kreis:Kreis Herford', target: NO_PLACE_KEY, size: 1, color: '#8C8C8C' }]);
    const legend = overviewLegend(model, o, 'de');
    expect(legend.nodes.map((e) => `${e.label} (${e.count})`)).toEqual([
      'Kreis (1)',
      'kreisfreie Stadt (1)',
      'ohne Ort (1)',
    ]);
    expect(legend.edges.map((e) => e.count)).toEqual([1]);
    expect(overviewPoints(model, o, 'en').nodes[2]!.label).toBe('no place (1)');
  });

  it('frames the points with a margin of 8 % of their extent', () => {
    expect(
      pointsExtent([
        { x: 0, y: 10 },
        { x: 50, y: 0 },
      ]),
    ).toEqual({ x: [-4, 54], y: [-4, 14] });
    expect(pointsExtent([])).toEqual({ x: [0, 1], y: [0, 1] });
  });

  it('spreads points on one spot apart, deterministically, and leaves points far apart alone', () => {
    const a = [
      { x: 0, y: 0, size: 10 },
      { x: 0, y: 0, size: 10 },
      { x: 100, y: 0, size: 10 },
    ];
    spreadPoints(a, 100, 0);
    const d = Math.hypot(a[0]!.x - a[1]!.x, a[0]!.y - a[1]!.y);
    expect(d).toBeGreaterThanOrEqual(20 - 1e-9);
    const b = [
      { x: 0, y: 0, size: 10 },
      { x: 0, y: 0, size: 10 },
      { x: 100, y: 0, size: 10 },
    ];
    spreadPoints(b, 100, 0);
    expect(b).toEqual(a);
    const far = [
      { x: 0, y: 0, size: 1 },
      { x: 100, y: 0, size: 1 },
    ];
    spreadPoints(far, 100, 0);
    expect(far).toEqual([
      { x: 0, y: 0, size: 1 },
      { x: 100, y: 0, size: 1 },
    ]);
  });
});

describe('the overview as a level of the view', () => {
  it('entering it drops the Kommune filter and the selection; a chosen Kommune opens its Kreis', () => {
    const s0 = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, municipality: 'Hagen' }, selected: 'org:t' };
    const s1 = reduce(s0, { type: 'setLevel', level: 'kreise' });
    expect([s1.level, s1.filters.municipality, s1.selected, s1.camera]).toEqual(['kreise', null, null, null]);
    const s2 = reduce(s1, { type: 'setMunicipality', municipality: 'Kreis Herford' });
    expect([s2.level, s2.filters.municipality]).toEqual(['kreis', 'Kreis Herford']);
    const s3 = reduce(s1, { type: 'expandKreis', municipality: 'Hagen', select: 'org:t' });
    expect([s3.level, s3.filters.municipality, s3.selected]).toEqual(['kreis', 'Hagen', 'org:t']);
    const s4 = reduce(s3, { type: 'setLevel', level: 'nodes' });
    expect([s4.level, s4.filters.municipality]).toEqual(['nodes', 'Hagen']);
    // outside the overview a Kommune is only a filter
    expect(reduce(DEFAULT_STATE, { type: 'setMunicipality', municipality: 'Hagen' }).level).toBe('nodes');
  });

  it('is in the link as ebene=kreise / ebene=kreis; an unknown word is reported', () => {
    const kreis = {
      ...DEFAULT_STATE,
      level: 'kreis' as const,
      filters: { ...DEFAULT_STATE.filters, municipality: 'Kreis Herford' },
    };
    expect(encodeHash({ ...DEFAULT_STATE, level: 'kreise' })).toBe('#ebene=kreise');
    expect(encodeHash(kreis)).toBe('#kommune=Kreis+Herford&ebene=kreis');
    expect(decodeHash('#kommune=Kreis+Herford&ebene=kreis').state).toEqual(kreis);
    expect(decodeHash('#ebene=knoten').state.level).toBe('nodes');
    expect(decodeHash('#ebene=land')).toEqual({ state: DEFAULT_STATE, ignored: ['ebene'] });
  });
});
