/**
 * The curation log on the command line: data/curation.json (or --curation <file>) is applied after
 * extraction, so corrections survive every new run. Only the summary is printed – report lines can
 * name person keys, and nothing personal goes to the log (DOMAIN.md §6).
 */
import { readFile } from 'node:fs/promises';
import {
  applyCuration,
  CurationFormatError,
  type CurationLog,
  parseCurationText,
  summariseReport,
} from '../../curation/index.ts';
import { graphFromJSON, parseGraphText, serializeGraph } from '../../model/index.ts';
import { NetzatlasError } from '../errors.ts';

/** The log in a file; null when the file does not exist. */
export async function loadCurationFile(file: string): Promise<CurationLog | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new NetzatlasError(
      'unreadable',
      `${file}: nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
    );
  }
  try {
    return parseCurationText(text, file);
  } catch (e) {
    if (e instanceof CurationFormatError) throw new NetzatlasError('bad-curation', e.message);
    throw e;
  }
}

/**
 * Applies the log in `file` to a graph. `required`: the user named the file, so a missing one is an
 * error (data/curation.json of build-data may be absent). Entries that were not applied are named
 * by id and operation – not by their nodes, whose keys can hold a person's name.
 */
export async function curateWithFile(
  graphJson: string,
  file: string | undefined,
  log: (line: string) => void,
  required = false,
): Promise<{ graphJson: string; skipped: number }> {
  const curation = file ? await loadCurationFile(file) : null;
  if (file && !curation && required)
    throw new NetzatlasError('not-found', `${file}: Korrekturprotokoll nicht gefunden.`);
  if (!curation || !curation.entries.length) return { graphJson, skipped: 0 };
  const { graph, report } = applyCuration(parseGraphText(graphJson), curation);
  log(`Korrekturen aus ${file}: ${summariseReport(report)}`);
  const skipped = report.filter((r) => r.status === 'skipped');
  for (const r of skipped)
    log(
      `Warnung: ${file}: Korrektur ${r.id} (${r.op}) nicht angewendet – ein beteiligter Knoten oder eine Beziehung fehlt im Netz.`,
    );
  return { graphJson: serializeGraph(graphFromJSON(graph)), skipped: skipped.length };
}
