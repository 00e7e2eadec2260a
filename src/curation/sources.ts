/**
 * Evidence of manual corrections. Every edge needs at least one source `{doc, start, end}` (DOMAIN.md
 * §3); an edge the planner added points into the curation log instead of a document:
 *
 *     { "doc": "curation.json", "start": i, "end": i + 1 }
 *
 * where `i` is the 0-based index of the `addEdge` entry in the log's `entries`: `start`/`end` are
 * offsets into the entry list the way a document's sources are offsets into its text
 * (`entries.slice(start, end)` is the entry). The explorer shows such a source as
 * „Manuelle Korrektur: <note>“ (`curationEvidence`). The indices always match the log the graph was
 * curated with, because the curated graph is recomputed from the log whenever the log changes.
 * The edge's `cue` says the same in the graph itself, so a curated graph read without its log still
 * explains the edge.
 */
import type { SourceRef } from '../model/index.ts';
import type { CurationEntry, CurationLog } from './schema.ts';

/** The `doc` of every source that points into the curation log (a document must not use this name). */
export const CURATION_DOC = 'curation.json';

export const MANUAL_CORRECTION_DE = 'Manuelle Korrektur';

export function curationSource(entryIndex: number): SourceRef {
  return { doc: CURATION_DOC, start: entryIndex, end: entryIndex + 1 };
}

export function isCurationSource(ref: SourceRef): boolean {
  return ref.doc === CURATION_DOC;
}

/** The log entry a curation source points at, or undefined for document sources and stale indices. */
export function curationEntryOf(ref: SourceRef, log: CurationLog): CurationEntry | undefined {
  if (!isCurationSource(ref) || ref.end !== ref.start + 1) return undefined;
  return log.entries[ref.start];
}

/** The cue of an added edge: „Manuelle Korrektur“ plus the planner's note. */
export function curationCue(note: string | undefined): string {
  const n = note?.trim();
  return n ? `${MANUAL_CORRECTION_DE}: ${n}` : MANUAL_CORRECTION_DE;
}

/** The evidence line the explorer shows for a curation source (undefined for document sources). */
export function curationEvidence(ref: SourceRef, log: CurationLog): string | undefined {
  if (!isCurationSource(ref)) return undefined;
  return curationCue(curationEntryOf(ref, log)?.note);
}
