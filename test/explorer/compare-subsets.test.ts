import { describe, expect, it } from 'vitest';
import { presence, sideKeys, subgraphJSON, tieIds } from '../../src/explorer/state/compare-subsets.ts';
import { smallGraph, smallModel } from './fixture.ts';

describe('compare subsets', () => {
  const m = smallModel();
  it('takes the part of the network a programme shows, with the ties inside it', () => {
    const keys = sideKeys(m, { kind: 'programme', key: 'program:p1' });
    const sub = subgraphJSON(smallGraph(), keys);
    expect(sub.nodes.map((n) => n.key).sort()).toEqual(['org:f', 'org:ja', 'org:jc', 'place:herford', 'program:p1', 'project:a']);
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
    expect([...sideKeys(m, { kind: 'year', year: 2023 })].sort()).toEqual(['org:s', 'org:t', 'person:x', 'program:p2', 'project:b']);
  });

  it('says on which side a node is', () => {
    expect([presence(true, true), presence(true, false), presence(false, true), presence(false, false)]).toEqual(['both', 'left', 'right', null]);
  });
});
