/**
 * The curation log on the command line: data/curation.json (or --curation <file>) is applied after
 * extraction, so corrections survive every new run. Only the summary is printed – report lines can
 * name person keys, and nothing personal goes to the log (DOMAIN.md §6).
 */
import { readFile } from 'node:fs/promises';
import { applyCuration, summariseReport } from '../../curation/apply.ts';
import { CurationFormatError, parseCurationText, type CurationLog } from '../../curation/schema.ts';
import { graphFromJSON, parseGraphText, serializeGraph } from '../../model/graph-io.ts';
import { NetzatlasError } from '../errors.ts';

/** The log in a file; null when the file does not exist. */
export async function loadCurationFile(file: string): Promise<CurationLog | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new NetzatlasError('unreadable', `${file}: nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  try {
    return parseCurationText(text, file);
  } catch (e) {
    if (e instanceof CurationFormatError) throw new NetzatlasError('bad-curation', e.message);
    throw e;
  }
}

export function curateGraphJson(graphJson: string, log: CurationLog): { graphJson: string; summary: string; skipped: number } {
  const { graph, report } = applyCuration(parseGraphText(graphJson), log);
  return { graphJson: serializeGraph(graphFromJSON(graph)), summary: summariseReport(report), skipped: report.filter((r) => r.status === 'skipped').length };
}

/** Applies the log in `file` (if it exists and has entries) to a graph, printing only the summary. */
export async function curateWithFile(graphJson: string, file: string | undefined, log: (line: string) => void): Promise<string> {
  const curation = file ? await loadCurationFile(file) : null;
  if (!curation || !curation.entries.length) return graphJson;
  const curated = curateGraphJson(graphJson, curation);
  log(`Korrekturen aus ${file}: ${curated.summary}`);
  return curated.graphJson;
}
