import { test as fcTest, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../src/explorer/state/search.ts';
import { seedsModel, smallModel } from './fixture.ts';

describe('searchNodes', () => {
  const m = smallModel();

  it('ranks the whole label first, then prefixes, and finds aliases', () => {
    expect(searchNodes(m, 'ja').map((h) => h.key)[0]).toBe('org:ja');
    const viaAlias = searchNodes(m, 'abteilung jugend');
    expect(viaAlias.map((h) => [h.key, h.alias])).toEqual([['org:ja', 'Abteilung Jugend Herford']]);
  });

  it('folds case and umlauts', () => {
    const seeds = seedsModel();
    const hits = searchNodes(seeds, 'MOENCHENGLADBACH');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /mönchengladbach/i.test(h.label) || /mönchengladbach/i.test(h.alias ?? ''))).toBe(true);
    expect(searchNodes(seeds, 'caritas')[0]!.label).toMatch(/^Caritas/);
  });

  it('ranks nodes hidden by filters after shown ones', () => {
    const visible = new Uint8Array(m.nodes.length).fill(1);
    visible[m.byKey.get('org:ja')!] = 0;
    expect(searchNodes(m, 'j', 10, visible)[0]!.key).toBe('org:jc');
  });

  it('forgives a typo per word ("Jugendamt Hrford"), ranked after exact matches, never in words under 4 letters', () => {
    const seeds = seedsModel();
    const exact = searchNodes(seeds, 'Jugendamt Herford', 50).map((h) => h.label);
    const typo = searchNodes(seeds, 'Jugendamt Hrford', 50);
    expect(exact).toContain('Jugendamt Herford');
    expect(typo[0]!.label).toBe('Jugendamt Herford');
    expect(typo[0]!.score).toBe(10);
    expect(searchNodes(seeds, 'Jugendamd Herfort', 50).map((h) => h.label)).toContain('Jugendamt Herford');
    // three letters: "awx" is one edit from "awo" but short words are not corrected
    expect(searchNodes(seeds, 'awx')).toEqual([]);
    // two typos in a 7-letter word are too many
    expect(searchNodes(seeds, 'Hrfrod', 50).map((h) => h.label)).not.toContain('Jugendamt Herford');
  });

  it('gives nothing for an empty query', () => {
    expect(searchNodes(m, '   ')).toEqual([]);
  });

  fcTest.prop([fc.string({ maxLength: 30 })], { numRuns: 200 })(
    'never throws and never returns more than the limit',
    (q) => {
      const hits = searchNodes(seedsModel(), q, 7);
      expect(hits.length).toBeLessThanOrEqual(7);
    },
  );
});

describe('searchNodes in presenter mode', () => {
  it('does not find nodes the caller excludes (persons by their real names)', () => {
    const m = smallModel();
    expect(searchNodes(m, 'erika').map((h) => h.key)).toEqual(['person:x']);
    expect(searchNodes(m, 'erika', 10, undefined, (i) => m.nodes[i]!.kind !== 'person')).toEqual([]);
  });
});

describe('searchNodes with several words', () => {
  it('finds a name that holds every word of the query, in any order, after closer matches', () => {
    const seeds = seedsModel();
    const hits = searchNodes(seeds, 'herford jugendamt');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits)
      expect(/herford/i.test(h.label + (h.alias ?? '')) && /jugendamt/i.test(h.label + (h.alias ?? ''))).toBe(true);
    expect(searchNodes(smallModel(), 'herford jugendamt')).toEqual([]);
  });
});
