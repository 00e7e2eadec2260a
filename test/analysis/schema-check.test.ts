import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { AnalysisSchema, checkAnalysis } from '../../src/analysis/schema.ts';
import { makeGraph } from './graphs.ts';
import { TOWN_EDGES, TOWN_NODES } from './town.ts';

const town = () => makeGraph(TOWN_NODES, TOWN_EDGES);

describe('checkAnalysis (entry-by-entry check of the result)', () => {
  it('accepts what the analysis builds and returns the same data as AnalysisSchema.parse', () => {
    const a = analyzeGraph(town());
    expect(Object.keys(a.nodes).length).toBeGreaterThan(5);
    expect(JSON.stringify(checkAnalysis(structuredClone(a)))).toBe(JSON.stringify(AnalysisSchema.parse(a)));
  });

  it('rejects a per-node entry of the wrong type, naming the field', () => {
    const a = structuredClone(analyzeGraph(town()));
    const key = Object.keys(a.actors)[0]!;
    (a.actors[key] as unknown as Record<string, unknown>).betweenness = 'hoch';
    expect(() => checkAnalysis(a)).toThrow(/betweenness/);
  });

  it('rejects a label without a kind and a broken frame', () => {
    const a = structuredClone(analyzeGraph(town()));
    const key = Object.keys(a.labels)[0]!;
    delete (a.labels[key] as Partial<(typeof a.labels)[string]>).kind;
    expect(() => checkAnalysis(a)).toThrow(/kind/);
    const b = structuredClone(analyzeGraph(town()));
    (b as unknown as Record<string, unknown>).version = 2;
    expect(() => checkAnalysis(b)).toThrow(/version/);
  });
});
