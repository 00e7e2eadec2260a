/**
 * The Kommune filter as NRW's map: Kreise with their towns, kreisfreie Städte on their own, names the
 * gazetteer does not know at the end. A node's Kreis comes from its municipality (or, for a place
 * node, its own name) through the same jurisdiction model the analysis' SGB rules use, so choosing
 * "Kreis Herford" keeps the actors of Herford, Bünde, Enger … and the Kreis's own offices.
 */
import { type AdminMap, jurisdictionOf, nrwAdminMap } from '../../analysis/index.ts';
import { compareStrings } from '../../util/index.ts';

export interface PlaceGroup {
  /** The Kreis (or kreisfreie Stadt) name, the filter value that selects the whole group. */
  name: string;
  kreisfrei: boolean;
  /** Towns of the group that occur in the data (not the group's own name), sorted. */
  towns: string[];
}

export interface PlaceTree {
  groups: PlaceGroup[];
  /** Municipality names the gazetteer does not know, as they are. */
  unknown: string[];
  /** Kreis name per municipality name (the name itself for a kreisfreie Stadt). */
  kreisOf: ReadonlyMap<string, string>;
}

/** `names`: the municipalities (the filter's options); `alsoLocate`: names only looked up for kreisOf (place nodes' labels). */
export function placeTree(names: Iterable<string>, alsoLocate: Iterable<string> = [], map: AdminMap = nrwAdminMap()): PlaceTree {
  const groups = new Map<string, PlaceGroup>();
  const unknown = new Set<string>();
  const kreisOf = new Map<string, string>();
  for (const name of names) {
    const j = jurisdictionOf(map, name);
    if (!j) continue;
    if (!j.known) {
      unknown.add(name);
      continue;
    }
    kreisOf.set(name, j.kreisName);
    const g = groups.get(j.kreisName) ?? { name: j.kreisName, kreisfrei: j.kreisfrei && j.gemeindeName === j.kreisName, towns: [] };
    groups.set(j.kreisName, g);
    if (name !== j.kreisName && !g.towns.includes(name)) g.towns.push(name);
  }
  for (const g of groups.values()) g.towns.sort(compareStrings);
  for (const name of alsoLocate) {
    const j = kreisOf.has(name) ? undefined : jurisdictionOf(map, name);
    if (j?.known) kreisOf.set(name, j.kreisName);
  }
  return {
    groups: [...groups.values()].sort((a, b) => compareStrings(a.name, b.name)),
    unknown: [...unknown].sort(compareStrings),
    kreisOf,
  };
}
