import { describe, expect, it } from 'vitest';
import { compareExtent, presence, sideKeys, subgraphJSON, tieIds } from '../../src/explorer/state/compare-subsets.ts';
import { smallGraph, smallModel } from './fixture.ts';

describe('compare subsets', () => {
  const m = smallModel();
  it('takes the part of the network a programme shows, with the ties inside it', () => {
    const keys = sideKeys(m, { kind: 'programme', key: 'program:p1' });
    const sub = subgraphJSON(smallGraph(), keys);
    expect(sub.nodes.map((n) => n.key).sort()).toEqual([
      'org:f',
      'org:ja',
      'org:jc',
      'place:herford',
      'program:p1',
      'project:a',
    ]);
    expect([...tieIds(sub)].sort()).toEqual([
      'carried_by|project:a|org:ja',
      'cooperates_with|org:ja|org:jc',
      'funded_by|program:p1|org:f',
      'located_in|project:a|place:herford',
      'part_of|project:a|program:p1',
      'partner|project:a|org:jc',
    ]);
  });

  it('takes a funding year like the year filter', () => {
    expect([...sideKeys(m, { kind: 'year', year: 2023 })].sort()).toEqual([
      'org:s',
      'org:t',
      'person:x',
      'program:p2',
      'project:b',
    ]);
  });

  it('says on which side a node is', () => {
    expect([presence(true, true), presence(true, false), presence(false, true), presence(false, false)]).toEqual([
      'both',
      'left',
      'right',
      null,
    ]);
  });
});

describe('compare extent', () => {
  it('spans the nodes on either side, not those on neither', () => {
    const nodes = [
      { x: 0, y: 5 },
      { x: 10, y: -2 },
      { x: 99, y: 99 },
      { x: 4, y: 1 },
    ];
    expect(compareExtent(nodes, ['left', 'right', null, 'both'])).toEqual({ x: [0, 10], y: [-2, 5] });
    expect(compareExtent(nodes, [null, null, null, null])).toEqual({ x: [0, 1], y: [0, 1] });
  });
});
