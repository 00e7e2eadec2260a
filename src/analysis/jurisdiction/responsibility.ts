/**
 * Responsibility areas (issue 13): the set of Gemeinden an actor answers for.
 *  - a Jugendamt of a town: that town (kreisfrei, or a kreisangehörige Stadt with its own Jugendamt);
 *  - a Kreisjugendamt (a Jugendamt of a Kreis): the towns of its Kreis without a Jugendamt of their
 *    own – by the table gazetteer/youth-offices.ts, and also every town whose Jugendamt is in the data;
 *  - a Jobcenter: its Kreis or kreisfreie Stadt (in NRW each is one SGB II area; Aachen belongs to the
 *    Jobcenter StädteRegion Aachen), also when it is named after a town of the Kreis (a local office);
 *  - any other actor: its town, or its Kreis when only the Kreis is known.
 * Areas are compared by the Gemeinden they share, never by the spelling of a name.
 */
import { OWN_YOUTH_OFFICE_TOWNS } from '../../gazetteer/index.ts';
import type { NodeKind } from '../../model/index.ts';
import { jurisdictionOf, nrwAdminMap, type AdminMap, type Jurisdiction } from './jurisdiction.ts';

export interface Area {
  /** stable id of the area: 'jugendamt:gemeinde:herford', 'kreisjugendamt:kreis:herford', 'jobcenter:kreis:herford', 'ort:gemeinde:herford' */
  id: string;
  /** German name for messages ("Stadt Herford", "Kreis Herford ohne Städte mit eigenem Jugendamt") */
  label: string;
  /** Gemeinde ids, sorted */
  towns: string[];
}

export interface Responsibilities {
  jurisdiction: ReadonlyMap<string, Jurisdiction>;
  area: ReadonlyMap<string, Area>;
  /** Gemeinde ids with a Jugendamt of their own (table and data) */
  ownYouthOffice: ReadonlySet<string>;
  /** German names of Gemeinde ids */
  townName: (id: string) => string;
}

export interface ActorPlace {
  key: string;
  kind: NodeKind;
  municipality?: string | undefined;
}

function tableTowns(map: AdminMap): Set<string> {
  const out = new Set<string>();
  for (const towns of Object.values(OWN_YOUTH_OFFICE_TOWNS)) {
    for (const t of towns) {
      const p = map.gazetteer.lookup(t).find((x) => x.level === 'gemeinde');
      if (p) out.add(p.id);
    }
  }
  return out;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

export function responsibilities(actors: readonly ActorPlace[], map: AdminMap = nrwAdminMap()): Responsibilities {
  const jurisdiction = new Map<string, Jurisdiction>();
  // many actors share a town: look each name up once
  const byName = new Map<string, Jurisdiction | undefined>();
  const unknownNames = new Map<string, string>();
  for (const a of actors) {
    const name = a.municipality ?? '';
    if (!byName.has(name)) byName.set(name, jurisdictionOf(map, a.municipality));
    const j = byName.get(name);
    if (!j) continue;
    jurisdiction.set(a.key, j);
    if (!j.known && j.gemeinde) unknownNames.set(j.gemeinde, j.gemeindeName ?? j.gemeinde);
  }
  const own = tableTowns(map);
  for (const a of actors) {
    const j = jurisdiction.get(a.key);
    if (a.kind === 'youth_office' && j?.gemeinde) own.add(j.gemeinde);
  }
  const townName = (id: string) => map.gazetteer.byId(id)?.name ?? unknownNames.get(id) ?? id;
  const kreisTowns = (j: Jurisdiction) => map.townsOfKreis.get(j.kreis) ?? (j.gemeinde ? [j.gemeinde] : []);
  const area = new Map<string, Area>();
  for (const a of actors) {
    const j = jurisdiction.get(a.key);
    if (!j) continue;
    if (a.kind === 'job_center') {
      area.set(a.key, {
        id: `jobcenter:${j.known ? j.kreis : j.gemeinde}`,
        label: j.known ? j.kreisName : (j.gemeindeName ?? j.kreisName),
        towns: sorted(j.known ? kreisTowns(j) : [j.gemeinde!]),
      });
    } else if (a.kind === 'youth_office' && !j.gemeinde) {
      area.set(a.key, {
        id: `kreisjugendamt:${j.kreis}`,
        label: `${j.kreisName} (Städte und Gemeinden ohne eigenes Jugendamt)`,
        towns: sorted(kreisTowns(j).filter((t) => !own.has(t))),
      });
    } else if (a.kind === 'youth_office') {
      area.set(a.key, { id: `jugendamt:${j.gemeinde}`, label: j.gemeindeName!, towns: [j.gemeinde!] });
    } else if (j.gemeinde) {
      area.set(a.key, { id: `ort:${j.gemeinde}`, label: j.gemeindeName!, towns: [j.gemeinde] });
    } else {
      area.set(a.key, { id: `ort:${j.kreis}`, label: j.kreisName, towns: sorted(kreisTowns(j)) });
    }
  }
  return { jurisdiction, area, ownYouthOffice: own, townName };
}

const tableOwnByMap = new WeakMap<AdminMap, ReadonlySet<string>>();

/**
 * Whether a kreisangehörige town of NRW has a Jugendamt of its own by the table: true or false; undefined
 * for a kreisfreie Stadt, a Kreis or a name the gazetteer does not know.
 */
export function hasOwnYouthOffice(name: string, map: AdminMap = nrwAdminMap()): boolean | undefined {
  const j = jurisdictionOf(map, name);
  if (!j?.known || !j.gemeinde || j.kreisfrei) return undefined;
  let own = tableOwnByMap.get(map);
  if (!own) tableOwnByMap.set(map, (own = tableTowns(map)));
  return own.has(j.gemeinde);
}
