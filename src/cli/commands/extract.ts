/** `netzatlas extract`: documents → graph.json (+ merge log), written atomically. */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  createGazetteer,
  decodeRegisterBytes,
  type Gazetteer,
  nrwGazetteer,
  parseDestatisRegister,
  withRegister,
} from '../../gazetteer/index.ts';
import { explainExtraction } from '../../extract/index.ts';
import { NODE_KIND_LABELS_DE, NODE_KINDS, RELATION_KIND_LABELS_DE, RELATION_KINDS } from '../../model/index.ts';
import { runPipeline, type PipelineResult } from '../../pipeline/index.ts';
import { EXIT, formatProblem, NetzatlasError, type ExitCode } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { collectInputFiles, readDocuments, type InputProblem } from '../read-inputs.ts';
import { writeFilesAtomic } from '../write-atomic.ts';
import { curateWithFile } from './curation.ts';

export interface ExtractRun {
  inputs: string[];
  /** Where the graph goes; without it (only with `explain`) nothing is written. */
  out?: string;
  /** Receives the explanation of each document (`--explain`). */
  explain?: ((text: string) => void) | undefined;
  merges?: string;
  register?: string;
  /** A curation log applied after extraction. */
  curation?: string;
  /** The user named the log (--curation): a missing file is an error, not "nothing to apply". */
  curationRequired?: boolean;
  quiet?: boolean;
  log: (line: string) => void;
}

/** The gazetteer, extended with an official Destatis register when the user gives one. */
export async function loadGazetteer(register: string | undefined, log: (l: string) => void): Promise<Gazetteer> {
  const base = nrwGazetteer();
  if (!register) return base;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(register);
  } catch {
    throw new NetzatlasError('register-not-found', `Gemeindeverzeichnis nicht gefunden oder nicht lesbar: ${register}`);
  }
  const parsed = parseDestatisRegister(decodeRegisterBytes(bytes), path.basename(register));
  for (const p of parsed.problems.slice(0, 20)) log(`Warnung: ${register}, Zeile ${p.line}: ${p.message}`);
  log(`Gemeindeverzeichnis geladen: ${parsed.places.length} NRW-Einträge aus ${register}`);
  return createGazetteer(withRegister(base.all(), parsed.places));
}

export async function runExtract(run: ExtractRun): Promise<{ code: ExitCode; result?: PipelineResult }> {
  const { log } = run;
  const collected = await collectInputFiles(run.inputs);
  const problems: InputProblem[] = [...collected.problems];
  if (collected.files.length === 0) {
    for (const p of problems) log(formatProblem(p));
    throw new NetzatlasError(
      'no-documents',
      `Keine Dokumente gefunden in: ${run.inputs.join(', ')}. Erwartet werden .txt-, .html-, .htm-, .pdf- oder .docx-Dateien.`,
    );
  }
  const readProgress = run.quiet ? undefined : createProgress(collected.files.length, 'Dokumente lesen');
  const read = await readDocuments(collected.files, { onProgress: () => readProgress?.tick() });
  readProgress?.done();
  problems.push(...read.problems);
  for (const p of problems) log(formatProblem(p));
  if (read.docs.length === 0)
    throw new NetzatlasError(
      'no-documents',
      'Keines der Dokumente konnte gelesen werden; es wurde nichts geschrieben.',
    );
  for (const d of read.docs) for (const n of d.notes) log(`Hinweis: ${d.name}: ${n}`);

  const places = await loadGazetteer(run.register, log);
  const progress = run.quiet ? undefined : createProgress(read.docs.length, 'Dokumente auswerten');
  const result = runPipeline(
    read.docs.map((d) => ({ name: d.name, text: d.text, info: d.info })),
    places,
    () => progress?.tick(),
  );
  progress?.done();
  for (const i of result.issues) log(`Hinweis: ${i.doc}: ${i.message}`);
  if (run.explain) {
    const texts = new Map(read.docs.map((d) => [d.name, d.text]));
    for (const ex of result.extractions) run.explain(`${explainExtraction(ex, texts.get(ex.doc) ?? '')}\n`);
  }
  if (!run.out) return { code: problems.length > 0 ? EXIT.warnings : EXIT.ok, result };

  const curated = await curateWithFile(result.graphJson, run.curation, log, run.curationRequired ?? false);
  const graphJson = curated.graphJson;
  const files: Array<[string, string]> = [[run.out, graphJson]];
  if (run.merges) files.push([run.merges, result.mergesJson]);
  await writeFilesAtomic(files);
  if (!run.quiet) {
    log(
      `Geschrieben: ${run.out} (${result.graph.order} Knoten, ${result.graph.size} Kanten aus ${read.docs.length} Dokumenten)`,
    );
    if (run.merges) log(`Geschrieben: ${run.merges} (${result.merges.length} Zusammenführungen)`);
  }
  const skipped = problems.length > 0;
  if (skipped) log(`Fertig mit Warnungen: ${problems.length} Eingabe(n) übersprungen oder nicht gefunden.`);
  return { code: skipped || curated.skipped ? EXIT.warnings : EXIT.ok, result };
}

/** A small German table of what a graph holds: nodes by kind, edges by kind. */
export function summaryTable(result: PipelineResult): string {
  const g = result.graph;
  const nodes = new Map<string, number>();
  g.forEachNode((_, a) => nodes.set(a.kind, (nodes.get(a.kind) ?? 0) + 1));
  const edges = new Map<string, number>();
  g.forEachEdge((_, a) => edges.set(a.kind, (edges.get(a.kind) ?? 0) + 1));
  const rows = ['| Knotenart | Anzahl |', '|---|---:|'];
  for (const k of NODE_KINDS) if (nodes.get(k)) rows.push(`| ${NODE_KIND_LABELS_DE[k]} (\`${k}\`) | ${nodes.get(k)} |`);
  rows.push(`| **Summe** | **${g.order}** |`, '', '| Beziehungsart | Anzahl |', '|---|---:|');
  for (const k of RELATION_KINDS)
    if (edges.get(k)) rows.push(`| ${RELATION_KIND_LABELS_DE[k]} (\`${k}\`) | ${edges.get(k)} |`);
  rows.push(`| **Summe** | **${g.size}** |`);
  return rows.join('\n');
}
