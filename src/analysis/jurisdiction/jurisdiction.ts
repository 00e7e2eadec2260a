/**
 * Where an actor sits on NRW's administrative map: its Gemeinde (if the data names one), its Kreis
 * and whether the town is kreisfrei, read from the actor's `municipality` through the gazetteer
 * (src/gazetteer, public data of NRW's Kreise and Gemeinden). A name the gazetteer does not know
 * (a town outside NRW, a made-up one) keeps its own name as its only unit, so that actors of the
 * same unknown town still meet.
 */
import { type Gazetteer, nrwGazetteer, type Place } from '../../gazetteer/index.ts';
import { fold } from '../../util/index.ts';

export interface Jurisdiction {
  /** gazetteer id of the Gemeinde ('gemeinde:herford'), or 'ort:<folded name>' for an unknown town */
  gemeinde?: string;
  gemeindeName?: string;
  /** gazetteer id of the Kreis ('kreis:herford'); a kreisfreie Stadt is its own Kreis (its Gemeinde id) */
  kreis: string;
  kreisName: string;
  kreisfrei: boolean;
  /** false: the name is not in the NRW gazetteer */
  known: boolean;
}

export interface AdminMap {
  gazetteer: Gazetteer;
  /** Gemeinde ids per Kreis id (kreisfreie Städte: themselves; Aachen also in the StädteRegion) */
  townsOfKreis: ReadonlyMap<string, readonly string[]>;
  kreisByName: ReadonlyMap<string, Place>;
}

let nrw: AdminMap | undefined;

/** NRW's map, built once (the analysis' rules and the explorer's Kommune filter share it). */
export function nrwAdminMap(): AdminMap {
  nrw ??= administrativeMap(nrwGazetteer());
  return nrw;
}

export function administrativeMap(gazetteer: Gazetteer): AdminMap {
  const kreisByName = new Map<string, Place>();
  const townsOfKreis = new Map<string, string[]>();
  for (const p of gazetteer.all()) if (p.level === 'kreis') kreisByName.set(p.name, p);
  for (const p of gazetteer.all()) {
    if (p.level !== 'gemeinde') continue;
    if (p.kreisfrei) townsOfKreis.set(p.id, [p.id]);
    const k = p.kreis ? kreisByName.get(p.kreis) : undefined;
    if (k) (townsOfKreis.get(k.id) ?? townsOfKreis.set(k.id, []).get(k.id)!).push(p.id);
  }
  return { gazetteer, townsOfKreis, kreisByName };
}

/** The place a municipality name means: a Gemeinde before a Kreis of the same name, as the extraction writes "Kreis X" for the Kreis. */
function placeOf(map: AdminMap, name: string): Place | undefined {
  const hits = map.gazetteer.lookup(name).filter((p) => p.level === 'gemeinde' || p.level === 'kreis');
  return hits.find((p) => p.level === 'gemeinde') ?? hits[0];
}

export function jurisdictionOf(map: AdminMap, municipality: string | undefined): Jurisdiction | undefined {
  const name = municipality?.trim();
  if (!name) return undefined;
  const place = placeOf(map, name);
  if (!place) {
    const id = `ort:${fold(name)}`;
    return { gemeinde: id, gemeindeName: name, kreis: id, kreisName: name, kreisfrei: true, known: false };
  }
  if (place.level === 'kreis') return { kreis: place.id, kreisName: place.name, kreisfrei: false, known: true };
  const kreis = place.kreis ? map.kreisByName.get(place.kreis) : undefined;
  if (place.kreisfrei && !kreis)
    return {
      gemeinde: place.id,
      gemeindeName: place.name,
      kreis: place.id,
      kreisName: place.name,
      kreisfrei: true,
      known: true,
    };
  return {
    gemeinde: place.id,
    gemeindeName: place.name,
    kreis: kreis?.id ?? place.id,
    kreisName: kreis?.name ?? place.name,
    kreisfrei: place.kreisfrei === true,
    known: true,
  };
}
