import { test as fcTest, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LEGAL_DOMAINS, NODE_KINDS } from '../../src/model/kinds.ts';
import { decodeCompare, decodeHash, encodeCompare, encodeHash } from '../../src/explorer/state/url-hash.ts';
import {
  ARRANGEMENTS,
  COLOUR_OPTIONS,
  DEFAULT_STATE,
  LEVELS,
  SIZE_OPTIONS,
  TABS,
  ViewStateSchema,
  type ViewState,
} from '../../src/explorer/state/view-state.ts';

const key = fc.stringMatching(/^(org|project|program|person|place):[a-z0-9äöüß&=#%+ -]{1,20}$/);
const stateArb: fc.Arbitrary<ViewState> = fc.record({
  filters: fc.record({
    kinds: fc.subarray([...NODE_KINDS]),
    programme: fc.option(key, { nil: null }),
    year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
    municipality: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
    domain: fc.constantFrom(null, ...LEGAL_DOMAINS),
    minDegree: fc.integer({ min: 0, max: 999 }),
    sgbOnly: fc.boolean(),
    gapsOnly: fc.boolean(),
  }),
  sizeBy: fc.constantFrom(...SIZE_OPTIONS),
  colourBy: fc.constantFrom(...COLOUR_OPTIONS),
  arrangement: fc.constantFrom(...ARRANGEMENTS),
  level: fc.constantFrom(...LEVELS),
  selected: fc.option(key, { nil: null }),
  focus: fc.array(
    key.filter((k) => !k.includes(',')),
    { maxLength: 4 },
  ),
  camera: fc.option(
    fc.record({
      x: fc.integer({ min: -1e5, max: 1e5 }).map((v) => v / 100),
      y: fc.integer({ min: -1e5, max: 1e5 }).map((v) => v / 100),
      ratio: fc.integer({ min: 1, max: 1e5 }).map((v) => v / 1000),
    }),
    { nil: null },
  ),
  language: fc.constantFrom('de' as const, 'en' as const),
  presenter: fc.boolean(),
  tab: fc.constantFrom(...TABS),
  compare: fc.oneof(
    fc.constant(null),
    fc.record({ mode: fc.constant('programmes' as const), left: key, right: key }),
    fc.record({
      mode: fc.constant('years' as const),
      left: fc.integer({ min: 1990, max: 2100 }),
      right: fc.integer({ min: 1990, max: 2100 }),
    }),
  ),
  legendOpen: fc.boolean(),
});

describe('URL hash', () => {
  it('writes nothing for the default view', () => {
    expect(encodeHash(DEFAULT_STATE)).toBe('');
    expect(decodeHash('').state).toEqual(DEFAULT_STATE);
  });

  it('writes only what differs from the default, with German parameter names', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, year: 2021, sgbOnly: true },
      colourBy: 'domain',
      selected: 'org:jugendamt-x',
    };
    expect(encodeHash(s)).toBe('#jahr=2021&sgb=1&farbe=domain&auswahl=org%3Ajugendamt-x');
  });

  fcTest.prop([stateArb], { numRuns: 300 })('restores every view it wrote', (s) => {
    // the empty municipality is no municipality
    const expected = { ...s, filters: { ...s.filters, municipality: s.filters.municipality || null } };
    expect(decodeHash(encodeHash(s)).state).toEqual(expected);
  });

  fcTest.prop([fc.string({ maxLength: 200 })], { numRuns: 300 })(
    'never throws on any hash and always gives a valid state',
    (h) => {
      const { state } = decodeHash(h);
      expect(ViewStateSchema.safeParse(state).success).toBe(true);
    },
  );

  it('drops and reports values it does not understand, and selections of unknown nodes', () => {
    const r = decodeHash(
      '#farbe=lila&jahr=zwanzig&auswahl=org%3Aweg&mingrad=-3&unbekannt=1&groesse=pagerank',
      (k) => k !== 'org:weg',
    );
    expect(r.state.colourBy).toBe('kind');
    expect(r.state.sizeBy).toBe('pagerank');
    expect(r.state.selected).toBeNull();
    expect(r.ignored.sort()).toEqual(['auswahl', 'farbe', 'jahr', 'mingrad', 'unbekannt']);
  });

  it('puts the geographic arrangement into the link as anordnung=lage and reads it back', () => {
    const s: ViewState = { ...DEFAULT_STATE, arrangement: 'geo' };
    expect(encodeHash(s)).toBe('#anordnung=lage');
    expect(decodeHash('#anordnung=lage').state).toEqual(s);
    // the network is the default: not written, but understood
    expect(encodeHash(DEFAULT_STATE)).toBe('');
    expect(decodeHash('#anordnung=netz')).toEqual({ state: DEFAULT_STATE, ignored: [] });
    const bad = decodeHash('#anordnung=kreis&farbe=domain');
    expect(bad.state.arrangement).toBe('network');
    expect(bad.state.colourBy).toBe('domain');
    expect(bad.ignored).toEqual(['anordnung']);
  });

  it('keeps the arrangement in saved views, and reads views saved before it existed as the network', () => {
    const saved = ViewStateSchema.parse(JSON.parse(JSON.stringify({ ...DEFAULT_STATE, arrangement: 'geo' })));
    expect(saved.arrangement).toBe('geo');
    const { arrangement: _omitted, ...old } = DEFAULT_STATE;
    expect(ViewStateSchema.parse(old).arrangement).toBe('network');
  });

  it('keeps a folded legend in the link as legende=zu and in saved views; older views show it open', () => {
    const s: ViewState = { ...DEFAULT_STATE, legendOpen: false };
    expect(encodeHash(s)).toBe('#legende=zu');
    expect(decodeHash('#legende=zu').state).toEqual(s);
    expect(decodeHash('#legende=auf')).toEqual({ state: DEFAULT_STATE, ignored: [] });
    expect(decodeHash('#legende=halb').ignored).toEqual(['legende']);
    expect(ViewStateSchema.parse(JSON.parse(JSON.stringify(s))).legendOpen).toBe(false);
    const { legendOpen: _omitted, ...old } = DEFAULT_STATE;
    expect(ViewStateSchema.parse(old).legendOpen).toBe(true);
  });

  it('puts the chosen comparison into the link and restores it', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      tab: 'compare',
      compare: { mode: 'programmes', left: 'program:a', right: 'program:b' },
    };
    expect(encodeHash(s)).toBe('#tab=compare&vergleich=programme%7Cprogram%3Aa%7Cprogram%3Ab');
    expect(decodeHash(encodeHash(s)).state).toEqual(s);
    const y: ViewState = { ...DEFAULT_STATE, compare: { mode: 'years', left: 2021, right: 2023 } };
    expect(encodeHash(y)).toBe('#vergleich=jahre%7C2021%7C2023');
    expect(decodeHash('#vergleich=jahre|2021|2023').state.compare).toEqual({ mode: 'years', left: 2021, right: 2023 });
  });

  it('drops a comparison it cannot read, or of programmes the network does not have', () => {
    for (const bad of ['jahre|21|2023', 'jahre|2021', 'programme|x', 'programme||y', 'monate|1|2', 'programme']) {
      const r = decodeHash(`#vergleich=${encodeURIComponent(bad)}`);
      expect(r.state.compare, bad).toBeNull();
      expect(r.ignored, bad).toEqual(['vergleich']);
    }
    expect(
      decodeHash('#vergleich=programme|program:a|program:weg', (k) => k !== 'program:weg').state.compare,
    ).toBeNull();
  });

  it('finds the split of programme keys that themselves hold the separator', () => {
    const known = new Set(['program:a|b', 'program:c']);
    const c = { mode: 'programmes' as const, left: 'program:a|b', right: 'program:c' };
    expect(decodeCompare(encodeCompare(c), (k) => known.has(k))).toEqual(c);
    expect(decodeCompare('programme|program:c|program:a|b', (k) => known.has(k))).toEqual({
      mode: 'programmes',
      left: 'program:c',
      right: 'program:a|b',
    });
  });
});
