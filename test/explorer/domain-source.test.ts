/** The explorer names where a node's domains come from, so a default of the kind is not shown as read from the text. */
import { describe, expect, it } from 'vitest';
import { seedsModel } from './fixture.ts';

describe('domain provenance in the explorer model', () => {
  it('marks a Jugendamt’s SGB VIII as a default, the Kinderschutzbund’s as read, and gives a plain Verein none', () => {
    const m = seedsModel();
    const of = (key: string) => {
      const n = m.nodes.find((x) => x.key === key)!;
      return [n.domains, n.domainSource];
    };
    expect(of('org:jugendamt-herford')).toEqual([['SGB VIII'], 'kind']);
    expect(of('org:kinderschutzbund-bottrop')).toEqual([['SGB VIII'], 'text']);
    expect(of('org:verein-fuer-soziale-arbeit-und-beratung-herford-e-v')).toEqual([[], null]);
  });
});
