import { test as fcTest, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, LEGAL_DOMAINS } from '../../src/model/kinds.ts';
import {
  changedIndices,
  computeVisibility,
  LARGE_NETWORK_NODES,
  startFilters,
} from '../../src/explorer/state/filter.ts';
import { DEFAULT_FILTERS, type Filters } from '../../src/explorer/state/view-state.ts';
import { seedsModel, smallModel } from './fixture.ts';

const model = smallModel();
const shown = (f: Partial<Filters>) => {
  const v = computeVisibility(model, { ...DEFAULT_FILTERS, ...f });
  return model.nodes.filter((n) => v.nodes[n.index]).map((n) => n.key);
};

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = computeVisibility(model, DEFAULT_FILTERS);
    expect(v.nodeCount).toBe(12);
    expect(v.edgeCount).toBe(12);
  });

  it('hides a kind and the ties that end there', () => {
    const v = computeVisibility(model, { ...DEFAULT_FILTERS, kinds: NODE_KINDS.filter((k) => k !== 'person') });
    expect(v.nodeCount).toBe(11);
    expect(v.edgeCount).toBe(10);
  });

  it('keeps a programme, its projects and the actors tied to them', () => {
    expect(shown({ programme: 'program:p1' })).toEqual([
      'org:f',
      'org:ja',
      'org:jc',
      'place:herford',
      'program:p1',
      'project:a',
    ]);
  });

  it('keeps projects running in the chosen year and counts those without a period', () => {
    const v = computeVisibility(model, { ...DEFAULT_FILTERS, year: 2021 });
    expect(shown({ year: 2021 })).toEqual(['org:f', 'org:ja', 'org:jc', 'place:herford', 'program:p1', 'project:a']);
    expect(v.projectsWithoutPeriod).toBe(1);
    // an open end counts as the start year only
    expect(shown({ year: 2023 })).toEqual(['org:s', 'org:t', 'person:x', 'program:p2', 'project:b']);
    expect(shown({ year: 2024 })).toEqual([]);
  });

  it('keeps actors of a municipality and the projects tied to them; persons follow their project', () => {
    expect(shown({ municipality: 'Hagen' })).toEqual(['org:s', 'org:t', 'person:x', 'project:b', 'project:c']);
  });

  it('a Kreis includes its towns: Kreis Herford keeps the actors of Herford and the Kreis', () => {
    expect(model.places.groups.map((g) => [g.name, g.towns])).toEqual([
      ['Hagen', []],
      ['Kreis Herford', ['Herford']],
    ]);
    expect(shown({ municipality: 'Kreis Herford' })).toEqual(shown({ municipality: 'Herford' }));
    expect(shown({ municipality: 'Kreis Herford' }).length).toBeGreaterThan(0);
  });

  it('on the seeds, each Kreis leaves nodes: those of its towns and of the Kreis itself', () => {
    const seeds = seedsModel();
    const count = (m: string) => computeVisibility(seeds, { ...DEFAULT_FILTERS, municipality: m }).nodeCount;
    for (const kreis of ['Kreis Herford', 'Hochsauerlandkreis', 'Kreis Recklinghausen']) {
      const group = seeds.places.groups.find((g) => g.name === kreis);
      expect(group, kreis).toBeDefined();
      expect(count(kreis), kreis).toBeGreaterThan(0);
      // the Kreis shows at least what each of its towns shows
      for (const town of group!.towns) expect(count(kreis)).toBeGreaterThanOrEqual(count(town));
    }
  });

  it('keeps actors of a legal domain, their projects and the places of those projects', () => {
    expect(shown({ domain: 'SGB II' })).toEqual(['org:jc', 'place:herford', 'project:a']);
  });

  it('keeps only the SGB II/VIII cooperation clusters when asked', () => {
    expect(shown({ sgbOnly: true })).toEqual(['org:ja', 'org:jc', 'project:a']);
  });

  it('keeps only the nodes of a gap and their shown direct neighbours when asked', () => {
    const m = smallModel();
    m.nodes[m.byKey.get('project:c')!]!.gapSeverity = 'mittel';
    const keys = (f: Partial<Filters>) => {
      const v = computeVisibility(m, { ...DEFAULT_FILTERS, ...f });
      return m.nodes.filter((n) => v.nodes[n.index]).map((n) => n.key);
    };
    expect(keys({ gapsOnly: true })).toEqual(['org:t', 'project:c']);
    // a neighbour hidden by another filter does not come back
    expect(keys({ gapsOnly: true, kinds: NODE_KINDS.filter((k) => k !== 'carrier') })).toEqual(['project:c']);
    // no gap in the data: nothing is shown
    expect(shown({ gapsOnly: true })).toEqual([]);
  });

  it('keeps the seeds\' 13 gap nodes and their partners under "nur Lücken"', () => {
    const seeds = seedsModel();
    const v = computeVisibility(seeds, { ...DEFAULT_FILTERS, gapsOnly: true });
    const gapNodes = seeds.nodes.filter((n) => n.gapSeverity !== null);
    expect(gapNodes).toHaveLength(13);
    for (const n of gapNodes) expect(v.nodes[n.index], n.key).toBe(1);
    expect(v.nodes[seeds.byKey.get('org:jobcenter-arnsberg')!]).toBe(0);
  });

  it('counts the minimum degree among shown nodes', () => {
    expect(shown({ minDegree: 3 })).toEqual(['org:t', 'project:a', 'project:b']);
    expect(shown({ minDegree: 4 })).toEqual(['project:a', 'project:b']);
    expect(shown({ minDegree: 4, kinds: NODE_KINDS.filter((k) => k !== 'municipality') })).toEqual(['project:b']);
  });

  it('lists the indices whose visibility changed', () => {
    expect(changedIndices(Uint8Array.from([1, 0, 1]), Uint8Array.from([1, 1, 0]))).toEqual([1, 2]);
    expect(changedIndices(null, Uint8Array.from([1, 0]))).toEqual([0, 1]);
  });

  const seeds = seedsModel();
  const filters = fc.record({
    kinds: fc.subarray([...NODE_KINDS]),
    programme: fc.constantFrom(null, ...seeds.programmes.map((p) => p.key)),
    year: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: null }),
    municipality: fc.constantFrom(null, ...seeds.municipalities),
    domain: fc.constantFrom(null, ...LEGAL_DOMAINS),
    minDegree: fc.integer({ min: 0, max: 6 }),
    sgbOnly: fc.boolean(),
    gapsOnly: fc.boolean(),
  });

  fcTest.prop([filters], { numRuns: 200 })(
    'shows an edge exactly when both its ends are shown, and counts what it shows',
    (f) => {
      const v = computeVisibility(seeds, f);
      for (const e of seeds.edges) expect(v.edges[e.index]).toBe(v.nodes[e.source] && v.nodes[e.target] ? 1 : 0);
      expect(v.nodeCount).toBe(v.nodes.reduce((a, b) => a + b, 0));
      expect(v.edgeCount).toBe(v.edges.reduce((a, b) => a + b, 0));
      for (const n of seeds.nodes) if (v.nodes[n.index]) expect(f.kinds).toContain(n.kind);
    },
  );

  fcTest.prop([filters, filters], { numRuns: 100 })(
    'never shows more when a second filter is added on top of a first',
    (f, g) => {
      const only = computeVisibility(seeds, { ...f, minDegree: 0 });
      const both = computeVisibility(seeds, {
        ...f,
        minDegree: 0,
        kinds: f.kinds.filter((k) => g.kinds.includes(k)),
        sgbOnly: f.sgbOnly || g.sgbOnly,
        gapsOnly: f.gapsOnly || g.gapsOnly,
      });
      for (const n of seeds.nodes) if (both.nodes[n.index]) expect(only.nodes[n.index]).toBe(1);
    },
  );
});

describe('the filters a large network opens with', () => {
  it('hide persons and places from 2,000 nodes on, and nothing below', () => {
    const model = (n: number) => ({ nodes: { length: n } }) as unknown as Parameters<typeof startFilters>[0];
    expect(startFilters(model(LARGE_NETWORK_NODES - 1), DEFAULT_FILTERS)).toBeNull();
    const big = startFilters(model(LARGE_NETWORK_NODES), DEFAULT_FILTERS)!;
    expect(DEFAULT_FILTERS.kinds.filter((k) => !big.kinds.includes(k)).sort()).toEqual([
      'district',
      'municipality',
      'person',
    ]);
    expect({ ...big, kinds: DEFAULT_FILTERS.kinds }).toEqual(DEFAULT_FILTERS);
    // filters that already leave them out stay as they are
    expect(startFilters(model(5000), big)).toBeNull();
  });
});
