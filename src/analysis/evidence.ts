/** Evidence of ties in a view: the sentences (source references) behind them, deduplicated and sorted. */
import { type SourceRef, uniqueSources } from '../model/index.ts';
import type { ViewGraph } from './view.ts';

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
