/** Projects whose text states the cooperation of SGB II and SGB VIII count as cross-circuit projects, with their sentence. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { crossCircuitRule } from '../../src/extract/rules/cross-circuit.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { ROOT, seedsPipeline } from '../helpers.ts';

const STATEMENT = 'Das Projekt stärkt die Kooperation zwischen den Rechtskreisen SGB II und SGB VIII im Quartier.';
const PAGE = `Projekt „Familien stärken“ in Herford

Projektträger: Kinderschutzbund Herford e.V.
Kooperationspartner: Jugendamt der Stadt Herford

${STATEMENT}
`;

describe('cross-circuit statements', () => {
  it('recognises the statement by its rule, and not a cooperation of other circuits', () => {
    expect(crossCircuitRule(STATEMENT)).toBe('cross-circuit.rechtskreise-named');
    expect(crossCircuitRule('Die Zusammenarbeit der Rechtskreise SGB II, III und VIII wird ausgebaut.')).toBe(
      'cross-circuit.rechtskreise-named',
    );
    expect(crossCircuitRule('Wir arbeiten rechtskreisübergreifend mit allen Partnern.')).toBe(
      'cross-circuit.rechtskreisuebergreifend',
    );
    expect(crossCircuitRule('Die Kooperation der Rechtskreise SGB II und SGB III wird gestärkt.')).toBeUndefined();
    expect(crossCircuitRule('Leistungen nach dem SGB II und dem SGB VIII.')).toBeUndefined();
  });

  it('keeps the sentence on the project and counts it as cross-circuit, stated without the partner', () => {
    const r = runPipeline([{ name: 'a.txt', text: PAGE }], nrwGazetteer());
    const start = PAGE.indexOf(STATEMENT);
    expect(r.graph.getNodeAttribute('project:familien-staerken', 'crossCircuitStatements')).toEqual([
      { doc: 'a.txt', start, end: start + STATEMENT.length },
    ]);
    const a = analyzeGraph(r.graph);
    expect(a.sgb.crossProjects).toEqual(['project:familien-staerken']);
    expect(a.sgb.statedCrossProjects).toEqual([
      {
        project: 'project:familien-staerken',
        evidence: [{ doc: 'a.txt', start, end: start + STATEMENT.length }],
        partnersNamed: false,
        status: 'ausgesagt, Partner nicht genannt',
      },
    ]);
    // no SGB II actor: no cluster and no tie across the circuits are made up
    expect(a.sgb.clusters).toEqual([]);
    expect(a.sgb.crossTies).toBe(0);
  });

  it('finds the two seed projects that state it: Hamm without naming the Jobcenter, Arnsberg with it', () => {
    const a = analyzeGraph(seedsPipeline().graph);
    expect(a.sgb.statedCrossProjects.map((x) => [x.project, x.status, x.evidence.length])).toEqual([
      ['project:familienperspektive', 'ausgesagt, Partner genannt', 1],
      ['project:gelingendes-aufwachsen-stadt-hamm', 'ausgesagt, Partner nicht genannt', 1],
    ]);
  });
});

describe('older analysis files', () => {
  it('still load without statedCrossProjects and domainSources', () => {
    const old = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/e2e/xss/analysis.json'), 'utf8')) as {
      sgb: Record<string, unknown>;
    };
    expect('statedCrossProjects' in old.sgb).toBe(false);
    const parsed = AnalysisSchema.parse(old);
    expect([parsed.sgb.statedCrossProjects, parsed.sgb.domainSources]).toEqual([[], {}]);
  });
});
