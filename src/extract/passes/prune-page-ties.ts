/**
 * Passes (last): page-wide ties that a more specific tie replaces. A project placed in the page's
 * town only because the page is about that town (located.block-place) is not also there when a
 * later pass found its own town in its table row's Jugendamt; a programme the page states for one
 * project is not every project's.
 */
import type { ExtractionRun } from '../run.ts';

/**
 * The rules that place a project by its row, found after the page's town was given (a town in the
 * project's name or sentence already takes the page town's place in project-ties.ts).
 */
const OWN_TOWN_RULES: ReadonlySet<string> = new Set(['located.office-column-town']);

export function prunePageTowns(run: ExtractionRun): void {
  const { store } = run;
  const byId = new Map(store.mentions.map((m) => [m.id, m]));
  const placeOf = (id: string) => {
    const m = byId.get(id);
    return m?.attrs.placeId ? run.ctx.places.byId(m.attrs.placeId) : undefined;
  };
  // the towns each project is placed in by a rule of its own
  const own = new Map<string, Set<string>>();
  for (const r of store.relations) {
    if (r.kind !== 'located_in' || !OWN_TOWN_RULES.has(r.rule ?? '')) continue;
    const p = placeOf(r.to);
    if (p?.level === 'gemeinde') (own.get(r.from) ?? own.set(r.from, new Set()).get(r.from)!).add(p.id);
  }
  store.dropRelations((r) => {
    if (r.rule !== 'located.block-place') return false;
    const towns = own.get(r.from);
    const page = placeOf(r.to);
    if (!towns || !page || towns.has(page.id)) return false;
    // (a Kreis stays: its projects' towns lie in it, and pages say both)
    return page.level === 'gemeinde';
  });
}

/**
 * A programme the page states for one of its projects ("Die Koordinierungsstelle der Präventionskette
 * wird im Programm „kinderstark“ gefördert") is that project's, not every project's the page presents.
 */
export function prunePageProgrammes(run: ExtractionRun): void {
  const { store } = run;
  const stated = new Map<string, Set<string>>();
  for (const r of store.relations)
    if (r.kind === 'part_of' && r.rule !== 'part_of.page-program')
      (stated.get(r.to) ?? stated.set(r.to, new Set()).get(r.to)!).add(r.from);
  if (!stated.size) return;
  store.dropRelations((r) => {
    if (r.rule !== 'part_of.page-program') return false;
    const owners = stated.get(r.to);
    return owners !== undefined && !owners.has(r.from);
  });
}
