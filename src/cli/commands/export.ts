/**
 * `netzatlas export <graph.json> --format gexf|graphml|csv|json --out <path> [--pseudonymise]`:
 * the whole graph as a file for Gephi, yEd, a spreadsheet or another tool. Positions come from the
 * layout.json beside the graph (or --layout), colours from the map's palette, so Gephi opens the
 * file as the explorer draws it. With --pseudonymise persons become keyed pseudonyms and their
 * contact details are dropped; the key lives outside data/ (.netzatlas/pseudonym.key, or the
 * environment variable NETZATLAS_PSEUDONYM_KEY) so pseudonyms stay the same from export to export.
 * Source documents get neutral names in the export; which neutral name stands for which document is
 * kept only beside the key (documentMapFile), never in the export.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  graphFromJSON,
  type GraphJSON,
  graphToJSON,
  KIND_COLOURS,
  LayoutSchema,
  serializeGraph,
} from '../../model/index.ts';
import { writeCsvEdges, writeCsvNodes } from '../../formats/csv/index.ts';
import { writeGexf } from '../../formats/gexf/index.ts';
import { writeGraphml } from '../../formats/graphml/index.ts';
import { pseudonymiseWithKeys } from '../../output/index.ts';
import { describeJsonError, describeJsonTextProblem, lineColumn, scanJsonText } from '../../util/index.ts';
import { NetzatlasError, UsageError } from '../errors.ts';
import { documentMapFile, pseudonymKey, recordDocuments } from '../pseudonym-key.ts';
import { writeFilesAtomic } from '../write-atomic.ts';
import { loadGraphFile } from './analyze.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRun {
  graph: string;
  format: string;
  out: string;
  layout?: string;
  pseudonymise?: boolean;
  keyFile: string;
  quiet?: boolean;
  log: (line: string) => void;
}

/** The layout an export reads: --layout, or layout.json beside the graph. */
export function layoutFileFor(graph: string, layout: string | undefined): string {
  return layout ?? path.join(path.dirname(graph), 'layout.json');
}

async function positionsFor(run: ExportRun): Promise<Record<string, [number, number]> | undefined> {
  const file = layoutFileFor(run.graph, run.layout);
  if (!existsSync(file)) {
    if (run.layout) throw new NetzatlasError('unreadable', `${file}: Datei nicht gefunden.`);
    return undefined;
  }
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new NetzatlasError('bad-layout', `${file}: kein gültiges JSON (${describeJsonError(text)}).`);
  }
  const problem = scanJsonText(text);
  if (problem) {
    const { line, column } = lineColumn(text, problem.offset);
    throw new NetzatlasError(
      'bad-layout',
      `${file} (Zeile ${line}, Spalte ${column}): ${describeJsonTextProblem(problem)}.`,
    );
  }
  const parsed = LayoutSchema.safeParse(json);
  if (!parsed.success)
    throw new NetzatlasError(
      'bad-layout',
      `${file}: kein Layout im Format netzatlas-layout (Feld ${parsed.error.issues[0]?.path.join('.') || '(Wurzel)'}).`,
    );
  return parsed.data.positions;
}

/** Node sizes as the map's default mapping draws them: by number of ties, square-root scale from 3 to 16. */
export function degreeSizes(graph: GraphJSON): Record<string, number> {
  const degree = new Map<string, number>(graph.nodes.map((n) => [n.key, 0]));
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const max = Math.max(1, ...degree.values());
  return Object.fromEntries([...degree].map(([k, d]) => [k, Math.round((3 + Math.sqrt(d / max) * 13) * 100) / 100]));
}

export function csvFileNames(out: string): { nodes: string; edges: string } {
  const base = out.replace(/\.csv$/i, '');
  return { nodes: `${base}-knoten.csv`, edges: `${base}-kanten.csv` };
}

export async function runExport(run: ExportRun): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(run.format))
    throw new UsageError(`--format erwartet ${EXPORT_FORMATS.join(', ')}, nicht „${run.format}“.`);
  const format = run.format as ExportFormat;
  if (existsSync(run.out) && statSync(run.out).isDirectory())
    throw new UsageError(
      `--out ${run.out}: dort liegt ein Ordner; erwartet wird ein Dateiname, z. B. ${path.join(run.out, `netz.${format}`)}.`,
    );
  let graph: GraphJSON = graphToJSON(await loadGraphFile(run.graph));
  let positions = await positionsFor(run);
  if (run.pseudonymise) {
    const { graph: pseudo, keys, documents } = pseudonymiseWithKeys(graph, await pseudonymKey(run.keyFile, run.log));
    graph = pseudo;
    await recordDocuments(documentMapFile(run.keyFile), documents);
    if (positions) {
      const moved: Record<string, [number, number]> = {};
      for (const [k, p] of Object.entries(positions)) moved[keys.get(k) ?? k] = p;
      positions = moved;
    }
  }
  const colours = Object.fromEntries(graph.nodes.map((n) => [n.key, KIND_COLOURS[n.attributes.kind]]));
  const sizes = degreeSizes(graph);
  const files: Array<[string, string]> = [];
  const opts = { ...(positions ? { positions } : {}) };
  if (format === 'gexf') files.push([run.out, writeGexf(graph, { ...opts, colours, sizes, title: 'Netzatlas' })]);
  else if (format === 'graphml') files.push([run.out, writeGraphml(graph, { ...opts, colours, sizes })]);
  else if (format === 'json') files.push([run.out, serializeGraph(graphFromJSON(graph))]);
  else {
    const names = csvFileNames(run.out);
    files.push([names.nodes, writeCsvNodes(graph, opts)], [names.edges, writeCsvEdges(graph)]);
  }
  await writeFilesAtomic(files);
  if (!run.quiet) for (const [f] of files) run.log(`Geschrieben: ${f}${run.pseudonymise ? ' (pseudonymisiert)' : ''}`);
}
