/** The report says when betweenness is an estimate, with standard errors and which top ranks are settled. */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { renderReport } from '../../src/output/report.ts';
import { loadReference, referenceGraph } from '../analysis/graphs.ts';

describe('report of a sampled analysis', () => {
  const graph = referenceGraph(loadReference('karate'));

  it('shows standard errors and the stable top places in German', () => {
    const a = analyzeGraph(graph, { exactPathMaxNodes: 10, pathSamples: 12 });
    const md = renderReport(a);
    expect(md).toContain('Zwischenzentralität (± Standardfehler, Rang sicher?)');
    const top = a.views.twoMode.betweenness.uncertainty!.top;
    expect(md).toContain(
      `Sicher unter den ersten ${top.length}: ${top.filter((t) => t.topStable).length}; mit sicherem Rang: ${top.filter((t) => t.rankStable).length}.`,
    );
    expect(md).toContain('aus 12 zufällig gewählten Startknoten geschätzt (Startwert 42)');
    expect(md).toMatch(/über 10 Knoten je Sicht aus Stichproben geschätzt, mit Standardfehler/);
  });

  it('has none of it when every measure is exact', () => {
    const md = renderReport(analyzeGraph(graph));
    expect(md).not.toContain('Standardfehler');
    expect(md).toContain('normiert wie in NetworkX, exakt');
  });
});
