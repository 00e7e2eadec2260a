/** Evidence of ties in a view: the sentences (source references) behind them, deduplicated and sorted. */
import type { SourceRef } from '../model/schema.ts';
import { compareStrings } from '../util/stable-json.ts';
import type { ViewGraph } from './view.ts';

export function uniqueSources(refs: Iterable<SourceRef>): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of refs) seen.set(`${r.doc}\u0000${r.start}\u0000${r.end}`, { doc: r.doc, start: r.start, end: r.end });
  return [...seen.values()].sort((a, b) => compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end);
}

/**
 * Why two actors are tied in the actor view: the sources of their direct ties and, for every
 * shared project, the sources of both actors' ties to that project in the two-mode view.
 */
export function actorTieEvidence(actors: ViewGraph, twoMode: ViewGraph, a: string, b: string): SourceRef[] {
  const e = actors.edge(a, b);
  if (e === undefined) return [];
  const attrs = actors.getEdgeAttributes(e);
  const refs: SourceRef[] = [...attrs.sources];
  for (const p of attrs.via) {
    for (const x of [a, b]) {
      const pe = twoMode.edge(p, x);
      if (pe !== undefined) refs.push(...twoMode.getEdgeAttribute(pe, 'sources'));
    }
  }
  return uniqueSources(refs);
}
