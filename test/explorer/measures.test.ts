import { describe, expect, it } from 'vitest';
import { MEASURES, measureLabel } from '../../src/explorer/measures.ts';

describe('measure labels with their network', () => {
  it('names the network inside the existing bracket, or in a new one', () => {
    expect(measureLabel('betweenness', 'actors', 'de')).toBe('Vermittlung (Betweenness, Akteursnetz)');
    expect(measureLabel('pagerank', 'twoMode', 'de')).toBe('PageRank (Projekt-Akteur-Netz)');
    expect(measureLabel('degree', 'actors', 'en')).toBe('Degree (actor network)');
  });

  it('gives every measure a distinct label per network', () => {
    const labels = MEASURES.flatMap((m) => [measureLabel(m.key, 'actors', 'de'), measureLabel(m.key, 'twoMode', 'de')]);
    expect(new Set(labels).size).toBe(MEASURES.length * 2);
  });
});
