/** Towns a page names in a list of towns ("in Minden, Lemgo und Höxter"): the page's own towns, however far apart. */
import type { Span } from '../model/index.ts';

const LIST_GAP = /^(?:,\s*|\s+(?:und|sowie|oder)\s+)$/u;

/** The ids of the towns that stand next to another town in a list; `towns` in text order. */
export function listedTownIds(text: string, towns: ReadonlyArray<Span & { id: string }>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < towns.length; i++) {
    const a = towns[i]!;
    const b = towns[i + 1]!;
    if (LIST_GAP.test(text.slice(a.end, b.start))) {
      out.add(a.id);
      out.add(b.id);
    }
  }
  return out;
}
