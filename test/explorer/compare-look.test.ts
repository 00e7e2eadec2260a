/**
 * What the compare maps are drawn from (panels/compare-look.ts): the main map's positions, sizes and
 * names, so an open comparison is drawn again exactly when one of them changes, and keeps its camera
 * when only the look changed.
 */
import { describe, expect, it } from 'vitest';
import { compareMapsInput, mapLook, sameLook, samePlace } from '../../src/explorer/panels/compare-look.ts';
import { sideKeys, subgraphJSON } from '../../src/explorer/state/compare-subsets.ts';
import { smallGraph, smallModel } from './fixture.ts';

describe('compare look', () => {
  const model = smallModel();
  const base = {
    model,
    lang: () => 'de' as const,
    sizeOf: (key: string) => (key === 'org:ja' ? 9 : 4),
    positions: () => ({ 'org:ja': [3, 4] as const }),
  };

  it('takes the main map positions, the model positions where the map has none, and the sizes', () => {
    const look = mapLook(base);
    const ja = model.byKey.get('org:ja')!;
    const jc = model.byKey.get('org:jc')!;
    expect([look.coords[2 * ja], look.coords[2 * ja + 1]]).toEqual([3, 4]);
    expect([look.coords[2 * jc], look.coords[2 * jc + 1]]).toEqual([model.nodes[jc]!.x, model.nodes[jc]!.y]);
    expect(look.sizes[ja]).toBe(9);
    expect(look.sizes[jc]).toBe(4);
    expect(look.geo).toBeNull();
    expect(look.aliases).toBeNull();
  });

  it('tells a move of the nodes from a change of their look', () => {
    const look = mapLook(base);
    expect(sameLook(mapLook(base), look)).toBe(true);
    const moved = mapLook({ ...base, positions: () => ({ 'org:ja': [3, 5] as const }) });
    expect(samePlace(moved, look)).toBe(false);
    expect(sameLook(moved, look)).toBe(false);
    const geo = mapLook({
      ...base,
      geo: () => ({ frame: { x: [0, 1], y: [0, 1] }, backdrop: { dots: [], group: null } }),
    });
    expect(samePlace(geo, look)).toBe(false);
    const bigger = mapLook({ ...base, sizeOf: () => 7 });
    const english = mapLook({ ...base, lang: () => 'en' as const });
    const aliases = new Map([['person:x', 'Person 3f9a']]);
    const named = mapLook({ ...base, aliases: () => aliases });
    for (const other of [bigger, english, named]) {
      expect(samePlace(other, look)).toBe(true);
      expect(sameLook(other, look)).toBe(false);
    }
    expect(sameLook(mapLook({ ...base, aliases: () => aliases }), named)).toBe(true);
  });

  it('draws both sides as one network at the main map places, with its sizes and names', () => {
    const graph = smallGraph();
    const a = { name: 'P1', graph: subgraphJSON(graph, sideKeys(model, { kind: 'programme', key: 'program:p1' })) };
    const b = { name: 'P2', graph: subgraphJSON(graph, sideKeys(model, { kind: 'programme', key: 'program:p2' })) };
    const aliases = new Map([['person:x', 'Person 3f9a']]);
    const input = compareMapsInput(model, mapLook({ ...base, aliases: () => aliases }), a, b);
    const keys = input.model.nodes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual([...new Set([...a.graph.nodes, ...b.graph.nodes].map((n) => n.key))].sort());
    const ja = input.model.nodes[input.model.byKey.get('org:ja')!]!;
    expect([ja.x, ja.y]).toEqual([3, 4]);
    expect(input.where[ja.index]).toBe('left');
    expect(input.where[input.model.byKey.get('org:t')!]).toBe('right');
    expect(input.sizeOf('org:ja')).toBe(9);
    expect(input.sizeOf('not:there')).toBe(4);
    expect(input.labels).toBe(aliases);
    expect([input.nameA, input.nameB, input.lang, input.geo]).toEqual(['P1', 'P2', 'de', null]);
  });
});
