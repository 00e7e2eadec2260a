/** Writes the explorer's layout.json and evidence.json for a graph (see src/output/explorer-data.ts). */
import type { Analysis } from '../../analysis/index.ts';
import { explorerData } from '../../output/index.ts';
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

export async function runExplorerData(run: ExplorerDataRun): Promise<void> {
  const graph = await loadGraphFile(run.graph);
  const texts = await loadTexts(run.docs, run.analysis.graph.documents);
  const { layoutJson, evidenceJson, missing } = explorerData(graph, run.analysis, texts);
  await writeFilesAtomic([
    [run.layoutOut, layoutJson],
    [run.evidenceOut, evidenceJson],
  ]);
  if (!run.quiet) {
    if (missing) run.log(`Hinweis: ${missing} Belegstelle(n) ohne lesbares Dokument – im Explorer ohne Satz.`);
    run.log(`Geschrieben: ${run.layoutOut}`);
    run.log(`Geschrieben: ${run.evidenceOut}`);
  }
}
