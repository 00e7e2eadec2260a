/**
 * Heavy work off the main thread: importing files (extraction, resolution), analysing a network
 * (and laying it out) and comparing two networks. It runs src/analysis unchanged – that stage is pure and browser-safe for this.
 */
import { type Analysis, analyzeGraph, compareNetworks } from '../../analysis/index.ts';
import { computeLayout } from '../../layout/index.ts';
import { graphFromJSON, GraphJSONSchema } from '../../model/index.ts';
import { importInWorker } from './import-files.ts';
import type { Progress, WorkerRequest, WorkerResponse } from './messages.ts';

async function handle(msg: WorkerRequest): Promise<WorkerResponse> {
  const progress = (p: Progress) => self.postMessage({ id: msg.id, type: 'progress', ...p } satisfies WorkerResponse);
  if (msg.type === 'import')
    return { id: msg.id, type: 'imported', outcome: await importInWorker(msg.files, msg.base, progress) };
  if (msg.type === 'layout') {
    const graph = graphFromJSON(GraphJSONSchema.parse(msg.graph));
    return { id: msg.id, type: 'laidOut', positions: computeLayout(graph) };
  }
  if (msg.type === 'analyze') {
    const graph = graphFromJSON(GraphJSONSchema.parse(msg.graph));
    progress({
      stage: 'analyze',
      detail: `${graph.order.toLocaleString('de-DE')} Knoten, ${graph.size.toLocaleString('de-DE')} Beziehungen`,
    });
    const analysis = analyzeGraph(graph);
    return { id: msg.id, type: 'analyzed', analysis };
  }
  const a = graphFromJSON(GraphJSONSchema.parse(msg.a.graph));
  const b = graphFromJSON(GraphJSONSchema.parse(msg.b.graph));
  const [analysisA, analysisB] = [analyzeGraph(a), analyzeGraph(b)];
  const comparison = compareNetworks(
    { name: msg.a.name, graph: a, analysis: analysisA },
    { name: msg.b.name, graph: b, analysis: analysisB },
  );
  const view = comparison.rankShifts.view === 'actors' ? 'actors' : 'nodes';
  const values = (an: Analysis) =>
    Object.fromEntries(
      comparison.rankShifts.entries
        .filter((e) => Object.hasOwn(an[view], e.key))
        .map((e) => [e.key, an[view][e.key]!.betweenness]),
    );
  return { id: msg.id, type: 'compared', comparison, rankValues: { a: values(analysisA), b: values(analysisB) } };
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  handle(ev.data).then(
    (response) => self.postMessage(response),
    (e: unknown) =>
      self.postMessage({ id: ev.data.id, type: 'error', message: (e as Error).message } satisfies WorkerResponse),
  );
};
