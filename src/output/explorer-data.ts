/**
 * The explorer's files beside graph.json and analysis.json, as strings: layout.json (seeded
 * ForceAtlas2 positions) and evidence.json (the sentence around every source reference of the
 * graph and of the analysis' gaps and clusters).
 */
import type { Analysis } from '../analysis/index.ts';
import { computeLayout, LAYOUT_DEFAULTS, layoutIterations } from '../layout/index.ts';
import { documentInfoOf, type Layout, type NetzGraph, type SourceRef } from '../model/index.ts';
import { stableStringify } from '../util/index.ts';
import { buildEvidence } from './evidence-file.ts';

export function explorerRefs(graph: NetzGraph, analysis: Analysis): SourceRef[] {
  const refs: SourceRef[] = [];
  graph.forEachNode((_k, a) => refs.push(...a.sources));
  graph.forEachEdge((_k, a) => refs.push(...a.sources));
  for (const gap of analysis.gaps) refs.push(...gap.sources);
  for (const cluster of analysis.sgb.clusters) refs.push(...cluster.evidence);
  return refs;
}

export function explorerData(
  graph: NetzGraph,
  analysis: Analysis,
  texts: ReadonlyMap<string, string>,
): { layoutJson: string; evidenceJson: string; missing: number } {
  const layout: Layout = {
    format: 'netzatlas-layout',
    version: 1,
    algorithm: 'ForceAtlas2',
    ...LAYOUT_DEFAULTS,
    iterations: layoutIterations(graph.order),
    positions: computeLayout(graph),
  };
  const { evidence, missing } = buildEvidence(
    texts,
    explorerRefs(graph, analysis),
    documentInfoOf(graph.getAttributes()),
  );
  return { layoutJson: stableStringify(layout), evidenceJson: stableStringify(evidence), missing };
}
