/**
 * What extraction needs from a gazetteer. The NRW gazetteer (src/gazetteer) satisfies it; tests and
 * users can pass another one (e.g. one extended with the official Destatis register).
 */
export interface PlaceRef {
  id: string;
  name: string;
  level: 'gemeinde' | 'kreis' | 'regierungsbezirk' | 'landschaftsverband' | 'land';
  kreisfrei?: boolean;
  kreis?: string;
  /** a Gemeinde with a Jugendamt of its own (false: its Kreis's Jugendamt serves it; unset: unknown) */
  ownYouthOffice?: boolean;
  ags?: string;
  lat?: number;
  lon?: number;
}

export interface PlaceHit {
  start: number;
  end: number;
  surface: string;
  places: PlaceRef[];
  cue?: string;
}

export interface PlaceLookup {
  lookup(surface: string): PlaceRef[];
  scan(text: string): PlaceHit[];
  adjective(surface: string): PlaceRef[];
  byId(id: string): PlaceRef | undefined;
}
