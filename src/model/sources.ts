/** Order and deduplication of source references: one canonical order wherever evidence is listed. */
import { compareStrings } from '../util/index.ts';
import type { SourceRef } from './schema.ts';

export function compareSources(a: SourceRef, b: SourceRef): number {
  return compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

/** Sorted by document and offsets, each place once, as plain `{doc, start, end}`. */
export function uniqueSources(refs: Iterable<SourceRef>): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of refs)
    seen.set(`${r.doc}\u0000${r.start}\u0000${r.end}`, {
      doc: r.doc,
      start: r.start,
      end: r.end,
      ...(r.page ? { page: r.page } : {}),
    });
  return [...seen.values()].sort(compareSources);
}
