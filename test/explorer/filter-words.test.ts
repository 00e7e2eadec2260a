/** The caption of a view says in words what the filters show. */
import { describe, expect, it } from 'vitest';
import { filterWords } from '../../src/explorer/state/filter-words.ts';
import { DEFAULT_FILTERS } from '../../src/explorer/state/view-state.ts';
import type { NodeKind } from '../../src/model/kinds.ts';

const present = new Set<NodeKind>(['project', 'carrier', 'youth_office', 'job_center', 'person']);
const ctx = { present, programmeLabel: (k: string) => (k === 'program:kekiz' ? 'Kein Kind zurücklassen' : undefined) };

describe('filterWords', () => {
  it('says "alle Knoten" without filters, and ignores kinds the data does not have', () => {
    expect(filterWords(DEFAULT_FILTERS, ctx, 'de')).toBe('alle Knoten');
    expect(
      filterWords({ ...DEFAULT_FILTERS, kinds: DEFAULT_FILTERS.kinds.filter((k) => k !== 'school') }, ctx, 'de'),
    ).toBe('alle Knoten');
  });

  it('names the hidden kinds when few are hidden, the shown ones when few are shown', () => {
    expect(
      filterWords({ ...DEFAULT_FILTERS, kinds: DEFAULT_FILTERS.kinds.filter((k) => k !== 'person') }, ctx, 'de'),
    ).toBe('ohne Person');
    expect(filterWords({ ...DEFAULT_FILTERS, kinds: ['project', 'carrier'] }, ctx, 'de')).toBe(
      'Arten: Projekt, Träger',
    );
  });

  it('lists every other filter in a fixed order, in German and English', () => {
    const f = {
      ...DEFAULT_FILTERS,
      programme: 'program:kekiz',
      year: 2023,
      municipality: 'Kreis Herford',
      domain: 'SGB II' as const,
      minDegree: 2,
      sgbOnly: true,
    };
    expect(filterWords(f, ctx, 'de')).toBe(
      'Förderprogramm: Kein Kind zurücklassen · Förderjahr 2023 · Kommune: Kreis Herford · Rechtskreis: SGB II · ab 2 Verbindungen · nur SGB II/VIII-Kooperation',
    );
    expect(filterWords({ ...DEFAULT_FILTERS, minDegree: 3 }, ctx, 'en')).toBe('at least 3 ties');
  });
});
