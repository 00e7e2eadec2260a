/** Place records of the NRW gazetteer (pure types, browser-safe). */

export type PlaceLevel = 'gemeinde' | 'kreis' | 'regierungsbezirk' | 'landschaftsverband' | 'land';

export const PLACE_LEVELS: readonly PlaceLevel[] = [
  'gemeinde',
  'kreis',
  'regierungsbezirk',
  'landschaftsverband',
  'land',
];

export interface Place {
  /** Stable id, e.g. 'gemeinde:herford', 'kreis:herford', 'rb:detmold', 'lv:lwl', 'land:nrw'. */
  id: string;
  /** Display name, e.g. 'Herford', 'Kreis Herford', 'StädteRegion Aachen', 'Regierungsbezirk Detmold'. */
  name: string;
  level: PlaceLevel;
  /** true for the 22 kreisfreie Städte and for Aachen (kreisfreie status inside the StädteRegion). */
  kreisfrei?: boolean;
  /** Display name of the Kreis of a Gemeinde ('Kreis Herford', 'StädteRegion Aachen'); unset for kreisfreie Städte except Aachen. */
  kreis?: string;
  /** Display name of the Regierungsbezirk ('Regierungsbezirk Detmold'); set for Gemeinden and Kreise. Extension of the brief's interface. */
  regierungsbezirk?: string;
  /** Amtlicher Gemeindeschlüssel: 8 digits (Gemeinde), 5 (Kreis), 3 (Regierungsbezirk), 2 (Land). */
  ags?: string;
  lat?: number;
  lon?: number;
  /** Other names the place is known by (spelling variants, names without suffix, old names). */
  aliases: string[];
  /** For a Gemeinde: whether it has a Jugendamt of its own (kreisfreie Städte, youth-offices.ts); else its Kreis's serves it. */
  ownYouthOffice?: boolean;
  /** Official designation if known: 'Hansestadt', 'Stadt', … (from the Destatis register). */
  designation?: string;
  /**
   * The bare short name is also a common German word or another well-known entity
   * (Essen, Lage, Halle, Lippe …): a bare mention in running text needs a structural cue.
   */
  ambiguous?: boolean;
}

/** What `scan` reports for one place mention. */
export type ScanCue = 'stadt' | 'kreis' | 'gemeinde' | 'regierungsbezirk' | 'adjective' | 'bare';

export interface PlaceMention {
  /** JavaScript string offsets into the scanned text; end exclusive; text.slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  places: Place[];
  cue?: ScanCue;
}

export interface Gazetteer {
  lookup(surface: string): Place[];
  adjective(surface: string): Place[];
  scan(text: string): PlaceMention[];
  byId(id: string): Place | undefined;
  all(): Place[];
}
