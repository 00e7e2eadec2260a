/**
 * `netzatlas import <files…> --out graph.json`: documents, spreadsheets and graph files of any
 * supported format, merged and resolved into one graph; an import report lists every warning and
 * every refused file. Nothing is written when nothing could be imported.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IMPORT_FILE_EXTENSIONS, readImportFiles, type ImportInput } from '../../import/index.ts';
import { describePosition, type ImportWarning } from '../../formats/index.ts';
import { runImportPipeline } from '../../pipeline/index.ts';
import { stableStringify } from '../../util/index.ts';
import { EXIT, formatProblem, NetzatlasError, type ExitCode } from '../errors.ts';
import { collectInputFiles, documentNames } from '../read-inputs.ts';
import { writeFilesAtomic } from '../write-atomic.ts';
import { curateWithFile } from './curation.ts';
import { loadGazetteer } from './extract.ts';

export interface ImportRun {
  inputs: string[];
  out: string;
  merges?: string;
  report?: string;
  register?: string;
  curation?: string;
  quiet?: boolean;
  log: (line: string) => void;
}

export async function runImport(run: ImportRun): Promise<ExitCode> {
  const { log } = run;
  const collected = await collectInputFiles(run.inputs, IMPORT_FILE_EXTENSIONS);
  for (const p of collected.problems) log(formatProblem(p));
  if (!collected.files.length)
    throw new NetzatlasError(
      'no-documents',
      `Keine Dateien gefunden in: ${run.inputs.join(', ')}. Erwartet werden ${IMPORT_FILE_EXTENSIONS.join(', ')}.`,
    );
  const names = documentNames(collected.files);
  const inputs: ImportInput[] = [];
  for (const file of collected.files) {
    try {
      inputs.push({ name: names.get(file) ?? path.basename(file), bytes: await readFile(file) });
    } catch (e) {
      log(`Nicht importiert: ${file}: nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
  }
  const batch = await readImportFiles(inputs);
  for (const r of batch.refused) log(`Nicht importiert: ${r.message}`);
  if (!batch.docs.length && !batch.graphs.length) {
    printWarnings(batch.warnings, log);
    throw new NetzatlasError(
      'nothing-imported',
      'Keine der Dateien konnte importiert werden; es wurde nichts geschrieben.',
    );
  }
  const places = await loadGazetteer(run.register, log);
  const result = runImportPipeline(batch.docs, batch.graphs, places);
  const warnings = [...batch.warnings, ...result.warnings];
  printWarnings(warnings, log);
  const curated = await curateWithFile(result.graphJson, run.curation, log, true);
  const graphJson = curated.graphJson;
  const files: Array<[string, string]> = [[run.out, graphJson]];
  if (run.merges) files.push([run.merges, result.mergesJson]);
  if (run.report)
    files.push([
      run.report,
      stableStringify({
        format: 'netzatlas-import-report',
        version: 1,
        documents: batch.docs.map((d) => d.name),
        graphs: batch.graphs.map((g) => ({
          file: g.file,
          format: g.format,
          nodes: g.graph.nodes.length,
          edges: g.graph.edges.length,
        })),
        warnings,
        refused: batch.refused,
      }),
    ]);
  await writeFilesAtomic(files);
  if (!run.quiet) {
    log(
      `Importiert: ${batch.docs.length} Dokument(e), ${batch.graphs.length} Graphdatei(en); ${warnings.length} Warnung(en), ${batch.refused.length} Datei(en) nicht importiert.`,
    );
    log(`Geschrieben: ${run.out} (${result.graph.order} Knoten, ${result.graph.size} Kanten)`);
  }
  return warnings.length || batch.refused.length || collected.problems.length || curated.skipped
    ? EXIT.warnings
    : EXIT.ok;
}

function printWarnings(warnings: readonly ImportWarning[], log: (line: string) => void): void {
  for (const w of warnings) {
    const where = describePosition(w.position);
    log(`Warnung: ${w.file}${where ? ` (${where})` : ''}: ${w.message}`);
  }
}
