/**
 * Which town of the gazetteer a name on the page means: a town named in a project's name is that
 * town when it lies near the page's town, stands in a list of the page's towns ("in Minden, Lemgo und
 * Höxter") or lies in a Kreis the page names; else it is a district's namesake ("Hustadt & Laer" on a
 * page about Bochum, "Lesestart Horstmar" on a page about Lünen). One rule for the passes that place
 * projects (passes/project-town.ts) and that read districts from their names
 * (passes/recognise-name-districts.ts), so that they never disagree.
 */
import type { PlaceRef, Span } from '../model/index.ts';
import { distanceKm } from '../util/index.ts';

/** How far a town in a project's name may lie from the page's town and still be meant as that town. */
const NAME_TOWN_KM = 50;

const LIST_GAP = /^(?:,\s*|\s+(?:und|sowie|oder)\s+)$/u;

export interface PageTowns {
  /** ids of the towns that stand next to another town in a list */
  listed: ReadonlySet<string>;
  /** names of the Kreise the page names */
  kreise: ReadonlySet<string>;
}

/** The page's listed towns and named Kreise, from its place hits in text order. */
export function pageTowns(
  text: string,
  places: ReadonlyArray<Span & { id: string; level: string; name: string }>,
): PageTowns {
  const towns = places.filter((p) => p.level === 'gemeinde');
  const listed = new Set<string>();
  for (let i = 0; i + 1 < towns.length; i++) {
    const a = towns[i]!;
    const b = towns[i + 1]!;
    if (LIST_GAP.test(text.slice(a.end, b.start))) {
      listed.add(a.id);
      listed.add(b.id);
    }
  }
  return { listed, kreise: new Set(places.filter((p) => p.level === 'kreis').map((p) => p.name)) };
}

/** The town is meant as itself on a page about `pageTown` (see above). */
export function meantOnPage(town: PlaceRef, pageTown: PlaceRef | undefined, page: PageTowns): boolean {
  return (
    !pageTown ||
    town.id === pageTown.id ||
    (distanceKm(town, pageTown) ?? 0) <= NAME_TOWN_KM ||
    page.listed.has(town.id) ||
    (town.kreis !== undefined && page.kreise.has(town.kreis))
  );
}
