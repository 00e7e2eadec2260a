/**
 * `analyze`, `report` and `compare`: read graph files (any graph following the contract), run the
 * pure analysis, write JSON or Markdown atomically.
 */
import { frugalHeapFor, frugalHeapForFile } from '../frugal-heap.ts';
import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  type Analysis,
  type AnalysisSettings,
  analyzeGraph,
  analyzeGraphWith,
  compareNetworks,
} from '../../analysis/index.ts';
import {
  documentInfoOf,
  GraphFormatError,
  graphFromJSON,
  graphToJSON,
  type NetzGraph,
  parseGraphText,
  withUserKeys,
} from '../../model/index.ts';
import { type PseudonymisedGraph, pseudonymiseWithKeys, renderReport } from '../../output/index.ts';
import { stableStringify } from '../../util/index.ts';
import { NetzatlasError } from '../errors.ts';
import { documentMapFile, pseudonymKey, recordDocuments } from '../pseudonym-key.ts';
import { readDocuments } from '../read-inputs.ts';
import { writeFilesAtomic } from '../write-atomic.ts';
import { createPathPool, defaultThreads } from '../path-pool.ts';

export async function loadGraphFile(file: string): Promise<NetzGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NetzatlasError(
      'unreadable',
      code === 'ENOENT' ? `${file}: Datei nicht gefunden.` : `${file}: nicht lesbar (${code ?? (e as Error).message}).`,
    );
  }
  const json = parseGraphText(text, file);
  try {
    return graphFromJSON(json);
  } catch (e) {
    // graphology refuses e.g. a second edge between two nodes of a graph declared `multi: false`
    throw new GraphFormatError(
      file,
      'edges',
      `passt nicht zu den Graph-Optionen (${(e as Error).message.replace(/^Graph\.\w+: /, '')})`,
    );
  }
}

/** Document texts for quotes: the graph's documents, looked up in the given folder; missing ones are skipped. */
export async function loadTexts(folder: string, names: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      await access(file);
    } catch {
      continue;
    }
    const { docs } = await readDocuments([file]);
    if (docs[0]) texts.set(name, docs[0].text);
  }
  return texts;
}

/** Below this many nodes the passes take less time than starting worker threads. */
export const PARALLEL_MIN_NODES = 3000;

/** The analysis, with the path passes on worker threads when the graph is large enough; same bytes either way. */
export async function analyse(
  graph: NetzGraph,
  settings: Partial<AnalysisSettings> | undefined,
  threads = defaultThreads(),
): Promise<Analysis> {
  frugalHeapFor(graph.order);
  if (threads <= 1 || graph.order < PARALLEL_MIN_NODES) return analyzeGraph(graph, settings);
  const pool = createPathPool(threads);
  try {
    return await analyzeGraphWith(graph, pool, settings);
  } finally {
    await pool.close();
  }
}

export interface AnalysisRun {
  graph: string;
  out?: string;
  report?: string;
  docs?: string;
  title?: string;
  /** persons as pseudonyms, documents under neutral names, quotes cleaned (the report leaves the office) */
  pseudonymise?: { keyFile: string };
  settings?: Partial<AnalysisSettings>;
  /** worker threads for the path passes (default: one per core) */
  threads?: number;
  log: (line: string) => void;
  quiet?: boolean;
}

export async function runAnalysis(run: AnalysisRun): Promise<Analysis> {
  frugalHeapForFile((await stat(run.graph).catch(() => undefined))?.size ?? 0);
  let graph = await loadGraphFile(run.graph);
  let pseudo: PseudonymisedGraph | undefined;
  if (run.pseudonymise) {
    pseudo = pseudonymiseWithKeys(graphToJSON(graph), await pseudonymKey(run.pseudonymise.keyFile, run.log));
    await recordDocuments(documentMapFile(run.pseudonymise.keyFile), pseudo.documents);
    graph = graphFromJSON(pseudo.graph);
  }
  const analysis = await analyse(graph, run.settings, run.threads);
  const files: Array<[string, string]> = [];
  if (run.out) files.push([run.out, stableStringify(withUserKeys(analysis))]);
  if (run.report) {
    let texts = run.docs
      ? await loadTexts(run.docs, pseudo ? [...pseudo.documents.keys()] : analysis.graph.documents)
      : undefined;
    // quotes are looked up under the neutral names the pseudonymised graph uses
    if (texts && pseudo) texts = new Map([...texts].map(([doc, text]) => [pseudo.documents.get(doc) ?? doc, text]));
    const documents = documentInfoOf(graph.getAttributes());
    const options = {
      ...(texts ? { texts } : {}),
      ...(run.title ? { title: run.title } : {}),
      ...(pseudo ? { redact: pseudo.cleanText } : {}),
      ...(documents.size > 0 ? { documents } : {}),
    };
    files.push([run.report, renderReport(analysis, options)]);
  }
  await writeFilesAtomic(files);
  if (!run.quiet) {
    for (const i of analysis.issues) run.log(`Hinweis: ${i.message}`);
    for (const [f] of files) run.log(`Geschrieben: ${f}`);
    run.log(
      `${analysis.gaps.length} Kooperationslücke(n), ${analysis.sgb.clusters.length} Kooperationscluster SGB II/SGB VIII.`,
    );
  }
  return analysis;
}

export async function runCompare(run: {
  a: string;
  b: string;
  out: string;
  settings?: Partial<AnalysisSettings>;
  threads?: number;
  log: (l: string) => void;
  quiet?: boolean;
}): Promise<void> {
  const [ga, gb] = [await loadGraphFile(run.a), await loadGraphFile(run.b)];
  const comparison = compareNetworks(
    { name: path.basename(run.a), graph: ga, analysis: await analyse(ga, run.settings, run.threads) },
    { name: path.basename(run.b), graph: gb, analysis: await analyse(gb, run.settings, run.threads) },
  );
  await writeFilesAtomic([[run.out, stableStringify(withUserKeys(comparison))]]);
  if (!run.quiet) {
    run.log(
      `Knoten: ${comparison.nodes.added.length} neu, ${comparison.nodes.removed.length} entfallen, ${comparison.nodes.kept} geblieben (Jaccard ${comparison.nodes.jaccard?.toFixed(3) ?? '–'}).`,
    );
    run.log(
      `Beziehungen: ${comparison.edges.added.length} neu, ${comparison.edges.removed.length} entfallen, ${comparison.edges.kept} geblieben (Jaccard ${comparison.edges.jaccard?.toFixed(3) ?? '–'}).`,
    );
    run.log(`Geschrieben: ${run.out}`);
  }
}
