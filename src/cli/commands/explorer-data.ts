/**
 * The explorer's extra data next to graph.json and analysis.json: precomputed positions
 * (layout.json) and the sentences behind every source reference (evidence.json).
 */
import type { Analysis } from '../../analysis/schema.ts';
import { computeLayout, LAYOUT_DEFAULTS } from '../../layout/force-layout.ts';
import type { Layout } from '../../model/layout.ts';
import type { SourceRef } from '../../model/schema.ts';
import { buildEvidence } from '../../output/evidence-file.ts';
import { stableStringify } from '../../util/stable-json.ts';
import { writeFilesAtomic } from '../write-atomic.ts';
import { loadGraphFile, loadTexts } from './analyze.ts';

export interface ExplorerDataRun {
  graph: string;
  analysis: Analysis;
  docs: string;
  layoutOut: string;
  evidenceOut: string;
  log: (line: string) => void;
  quiet?: boolean;
}

function* analysisRefs(analysis: Analysis): Iterable<SourceRef> {
  for (const gap of analysis.gaps) yield* gap.sources;
  for (const cluster of analysis.sgb.clusters) yield* cluster.evidence;
}

export async function runExplorerData(run: ExplorerDataRun): Promise<void> {
  const graph = await loadGraphFile(run.graph);
  const layout: Layout = { format: 'netzatlas-layout', version: 1, algorithm: 'ForceAtlas2', ...LAYOUT_DEFAULTS, positions: computeLayout(graph) };
  const refs: SourceRef[] = [];
  graph.forEachNode((_k, a) => refs.push(...a.sources));
  graph.forEachEdge((_k, a) => refs.push(...a.sources));
  refs.push(...analysisRefs(run.analysis));
  const texts = await loadTexts(run.docs, run.analysis.graph.documents);
  const { evidence, missing } = buildEvidence(texts, refs);
  await writeFilesAtomic([
    [run.layoutOut, stableStringify(layout)],
    [run.evidenceOut, stableStringify(evidence)],
  ]);
  if (!run.quiet) {
    if (missing) run.log(`Hinweis: ${missing} Belegstelle(n) ohne lesbares Dokument – im Explorer ohne Satz.`);
    run.log(`Geschrieben: ${run.layoutOut}`);
    run.log(`Geschrieben: ${run.evidenceOut}`);
  }
}
