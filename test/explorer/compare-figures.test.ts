import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { compareNetworks, type Comparison } from '../../src/analysis/compare.ts';
import { GAP_KINDS } from '../../src/analysis/gaps/find-gaps.ts';
import {
  comparisonFigureRows,
  GAP_FIGURES,
  meaningfulRankShifts,
  NETWORK_FIGURES,
  type RankEntry,
} from '../../src/explorer/state/compare-figures.ts';
import { sideKeys, subgraphJSON } from '../../src/explorer/state/compare-subsets.ts';
import { graphFromJSON } from '../../src/model/graph-io.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.ts';
import { seedsModel } from './fixture.ts';

/** The seeds' two programmes compared, as the compare tab does it. */
function seedsComparison(): Comparison {
  const model = seedsModel();
  const graph = GraphJSONSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data', 'graph.json'), 'utf8')));
  const [p1, p2] = model.programmes;
  const side = (key: string) => graphFromJSON(subgraphJSON(graph, sideKeys(model, { kind: 'programme', key })));
  const a = side(p1!.key);
  const b = side(p2!.key);
  return compareNetworks(
    { name: p1!.label, graph: a, analysis: analyzeGraph(a) },
    { name: p2!.label, graph: b, analysis: analyzeGraph(b) },
  );
}

describe('comparison figures', () => {
  const c = seedsComparison();

  it('names every figure in German with a one-line meaning, never with its key', () => {
    const rows = comparisonFigureRows(c, 'de');
    // 12 network figures per network, 3 SGB counts, and at least one domain row
    expect(rows.filter((r) => r.group === 'actors')).toHaveLength(12);
    expect(rows.filter((r) => r.group === 'twoMode')).toHaveLength(12);
    for (const r of rows) {
      expect(r.label, r.id).not.toMatch(/[a-z][A-Z]|^[a-z]+$|Akteursnetz\)|SGB:/);
      expect(r.meaning.length, r.id).toBeGreaterThan(15);
      expect(r.meaning, r.id).not.toContain('ohne Beschreibung');
      expect(r.meaning, r.id).not.toContain('\n');
    }
    expect(rows.find((r) => r.id === 'network.actors.largestComponent')).toMatchObject({
      label: 'Größtes Teilnetz',
      a: c.network.actors.largestComponent!.a,
      b: c.network.actors.largestComponent!.b,
    });
    expect(rows.find((r) => r.id === 'sgb.crossTies')?.label).toBe('Verbindungen SGB II – SGB VIII');
    expect(rows.find((r) => r.id === 'network.twoMode.nodes')?.label).toBe('Knoten');
    expect(rows.find((r) => r.id === 'network.actors.nodes')?.label).toBe('Akteure');
    // groups in their fixed order
    const order = [...new Set(rows.map((r) => r.group))];
    expect(order.filter((g) => g !== 'gaps')).toEqual(['actors', 'sgb', 'twoMode']);
  });

  it('has English names too, and a text for every gap kind and network figure the analysis knows', () => {
    for (const kind of GAP_KINDS) expect(GAP_FIGURES[kind], kind).toBeDefined();
    for (const key of Object.keys(c.network.actors)) expect(NETWORK_FIGURES[key], key).toBeDefined();
    const en = comparisonFigureRows(c, 'en');
    expect(en.find((r) => r.id === 'network.actors.density')?.label).toBe('Density');
  });

  it('lists domain figures only for domains with actors on a side', () => {
    const rows = comparisonFigureRows(c, 'de');
    const domains = Object.entries(c.sgb.actorsByDomain)
      .filter(([, v]) => (v.a ?? 0) > 0 || (v.b ?? 0) > 0)
      .map(([d]) => d);
    expect(
      rows.filter((r) => r.id.startsWith('sgb.actorsByDomain.')).map((r) => r.id.slice('sgb.actorsByDomain.'.length)),
    ).toEqual(domains);
    expect(rows.filter((r) => r.id.startsWith('sgb.eiIndex.')).map((r) => r.label)).toEqual(
      domains.map((d) => `E-I-Index ${d}`),
    );
  });

  it('takes an unknown figure with its key and says it has no description', () => {
    const odd = { ...c, network: { ...c.network, actors: { ...c.network.actors, novelty: { a: 1, b: 2, delta: 1 } } } };
    const row = comparisonFigureRows(odd, 'de').find((r) => r.id === 'network.actors.novelty');
    expect(row).toMatchObject({ label: 'novelty', meaning: 'Kennzahl ohne Beschreibung.', a: 1, b: 2, delta: 1 });
  });
});

describe('rank shifts worth listing', () => {
  const e = (key: string, rankA: number | null, rankB: number | null): RankEntry => ({
    key,
    label: key.toUpperCase(),
    rankA,
    rankB,
    shift: rankA === null || rankB === null ? null : rankA - rankB,
  });

  it('drops actors whose value is zero or absent on both sides and counts them', () => {
    const entries = [e('a', 1, 2), e('b', 2, 1), e('c', 3, 3), e('d', null, 4), e('e', 5, null), e('f', 6, 5)];
    const view = meaningfulRankShifts(entries, {
      a: { a: 0.5, b: 0, c: 0, e: 0, f: 0 },
      b: { a: 0.2, b: 0.1, c: 0, d: 0.3, f: 0 },
    });
    expect(view.entries.map((x) => [x.key, x.valueA, x.valueB])).toEqual([
      ['a', 0.5, 0.2],
      ['b', 0, 0.1],
      ['d', null, 0.3],
    ]);
    expect(view.omitted).toBe(3);
  });

  it('leaves nothing when all values are zero, and keeps the comparison order otherwise', () => {
    expect(meaningfulRankShifts([e('a', 1, 1), e('b', 2, 2)], { a: { a: 0, b: 0 }, b: { a: 0, b: 0 } })).toEqual({
      entries: [],
      omitted: 2,
    });
    const view = meaningfulRankShifts([e('z', 1, 1), e('a', 2, 2)], { a: { z: 1, a: 2 }, b: {} });
    expect(view.entries.map((x) => x.key)).toEqual(['z', 'a']);
  });

  it('does not read values through the prototype', () => {
    expect(meaningfulRankShifts([e('constructor', 1, 1)], { a: {}, b: {} })).toEqual({ entries: [], omitted: 1 });
  });

  it('on the seeds, keeps only the actors with a betweenness above zero', () => {
    const c = seedsComparison();
    // the values the worker sends: betweenness in the view the shifts use
    const model = seedsModel();
    const graph = GraphJSONSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data', 'graph.json'), 'utf8')));
    const [p1, p2] = model.programmes;
    const an = (key: string) =>
      analyzeGraph(graphFromJSON(subgraphJSON(graph, sideKeys(model, { kind: 'programme', key }))));
    const [aa, ab] = [an(p1!.key), an(p2!.key)];
    const values = (x: typeof aa) => Object.fromEntries(Object.entries(x.actors).map(([k, m]) => [k, m.betweenness]));
    const view = meaningfulRankShifts(c.rankShifts.entries, { a: values(aa), b: values(ab) });
    expect(view.entries.length + view.omitted).toBe(c.rankShifts.entries.length);
    for (const x of view.entries) expect(Math.max(x.valueA ?? 0, x.valueB ?? 0)).toBeGreaterThan(0);
    expect(view.omitted).toBeGreaterThan(0);
  });
});
