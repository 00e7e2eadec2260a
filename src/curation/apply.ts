/**
 * Replaying the curation log onto an extracted graph: after extraction and resolution, before the
 * analysis (ARCHITECTURE.md: resolve → curation → analysis). Pure and linear in the size of graph
 * and log, so the explorer's undo/redo simply replays the log without its last entry.
 *
 * - Entries are applied in log order; each gets one report entry.
 * - An entry naming a node that does not exist (any more, e.g. because the extraction changed) is
 *   not an error: it is reported as skipped („nicht angewendet: Knoten … fehlt“) and the rest is applied.
 * - A key merged away by an earlier entry stands for the node it went into.
 * - Applying a log to its own result gives the same graph (each operation is idempotent), with three
 *   exceptions that follow from replaying onto a graph in which earlier entries have already acted:
 *   an edge removed before a merge that brings an edge between the same nodes back (the replay removes
 *   it); entries that undo each other through a key merged away (the replay no longer knows the key);
 *   domains set by hand before a `setKind` (the first run swaps the old kind's implied domains, the
 *   replay finds the new kind already set). In a simple graph an edge blocked by another kind may be
 *   added by the replay once a later entry removed the blocking edge. The ordinary use — replaying
 *   the log onto a fresh extraction — is not affected.
 * - The result is canonical like graph-io's graphToJSON: nodes and edges sorted by key, every edge
 *   keyed (edges without a key get the resolver's `kind:source->target`).
 */
import type { GraphJSON } from '../model/index.ts';
import { applyEntry, type CurationReportEntry } from './operations.ts';
import type { CurationLog } from './schema.ts';
import { WorkGraph } from './work-graph.ts';

export interface CurationResult {
  graph: GraphJSON;
  report: CurationReportEntry[];
}

export function applyCuration(graph: GraphJSON, log: CurationLog): CurationResult {
  const work = WorkGraph.fromJSON(graph);
  const report = log.entries.map((entry, index) => applyEntry(work, entry, index));
  return { graph: work.toJSON(), report };
}

/** One German line for the CLI: „5 Korrekturen: 3 angewendet, 1 ohne Wirkung, 1 nicht angewendet“. */
export function summariseReport(report: readonly CurationReportEntry[]): string {
  if (report.length === 0) return 'keine Korrekturen';
  const count = (s: CurationReportEntry['status']) => report.filter((r) => r.status === s).length;
  const parts = [`${count('applied')} angewendet`];
  if (count('unchanged')) parts.push(`${count('unchanged')} ohne Wirkung`);
  if (count('skipped')) parts.push(`${count('skipped')} nicht angewendet`);
  return `${report.length} ${report.length === 1 ? 'Korrektur' : 'Korrekturen'}: ${parts.join(', ')}`;
}
