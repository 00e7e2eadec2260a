import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../src/explorer/export/chart-export.ts';

describe('chart title in an exported file', () => {
  it('stays one line when it fits, breaks at spaces into two, and cuts the rest', () => {
    expect(titleLines('Verteilung der Verbindungen', 40)).toEqual(['Verteilung der Verbindungen']);
    expect(titleLines('Die zentralsten Akteure: Verbindungen (Grad, Akteursnetz)', 40)).toEqual([
      'Die zentralsten Akteure: Verbindungen',
      '(Grad, Akteursnetz)',
    ]);
    expect(titleLines('eins zwei drei vier fünf sechs sieben acht', 10)).toEqual(['eins zwei', 'drei vier…']);
    expect(titleLines('Donaudampfschifffahrtsgesellschaft', 10)).toEqual(['Donaudamp…']);
    expect(titleLines('', 10)).toEqual([]);
  });
});
