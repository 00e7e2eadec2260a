/**
 * Hand-written table of the administrative levels above the Gemeinden in Nordrhein-Westfalen:
 * 5 Regierungsbezirke, 2 Landschaftsverbände, 31 Kreise (30 + StädteRegion Aachen) and the
 * 22 kreisfreie Städte (Aachen keeps the status of a kreisfreie Stadt inside the StädteRegion).
 *
 * These are public facts, written from public knowledge; sources: Ministerium des Innern NRW (MIK),
 * "Struktur der Kommunen"
 * (http://www.mik.nrw.de/themen-aufgaben/kommunales/erfolgsmodell-kommunale-selbstverwaltung/strukturen.html), and the
 * Destatis Gemeindeverzeichnis (GV-ISys). Keys (AGS) are deliberately NOT in this table: the build
 * derives each Kreis key from the GeoNames admin3 code of its seat town, and the optional Destatis
 * register supplies official keys and names.
 *
 * Pure data, browser-safe.
 */

export type RegierungsbezirkName = 'Düsseldorf' | 'Köln' | 'Münster' | 'Detmold' | 'Arnsberg';

export interface KreisEntry {
  /** Display name: 'Kreis Herford', 'Hochsauerlandkreis', 'StädteRegion Aachen'. */
  name: string;
  /** Short name used after "Kreis" ('Herford', 'Lippe'); only for Kreise named "Kreis X". */
  short?: string;
  rb: RegierungsbezirkName;
  /** Seat of the Kreis administration (a Gemeinde name as in the gazetteer). */
  seat: string;
  /** Other names in use (old names, spellings); genitive forms are derived by rule. */
  aliases?: string[];
}

export interface RegierungsbezirkEntry {
  name: RegierungsbezirkName;
  landschaftsverband: 'LVR' | 'LWL';
}

export interface LandschaftsverbandEntry {
  id: 'lv:lvr' | 'lv:lwl';
  name: string;
  abbreviation: 'LVR' | 'LWL';
  aliases: string[];
}

export const REGIERUNGSBEZIRKE: readonly RegierungsbezirkEntry[] = [
  { name: 'Düsseldorf', landschaftsverband: 'LVR' },
  { name: 'Köln', landschaftsverband: 'LVR' },
  { name: 'Münster', landschaftsverband: 'LWL' },
  { name: 'Detmold', landschaftsverband: 'LWL' },
  { name: 'Arnsberg', landschaftsverband: 'LWL' },
];

export const LANDSCHAFTSVERBAENDE: readonly LandschaftsverbandEntry[] = [
  { id: 'lv:lvr', name: 'Landschaftsverband Rheinland', abbreviation: 'LVR', aliases: ['LVR'] },
  { id: 'lv:lwl', name: 'Landschaftsverband Westfalen-Lippe', abbreviation: 'LWL', aliases: ['LWL'] },
];

export const LAND = {
  id: 'land:nrw',
  name: 'Nordrhein-Westfalen',
  aliases: [
    'NRW',
    'Land Nordrhein-Westfalen',
    'Land NRW',
    'Landes Nordrhein-Westfalen',
    'Landes NRW',
    'Nordrhein-Westfalens',
  ],
} as const;

/** The 31 Kreise (incl. StädteRegion Aachen), by Regierungsbezirk. */
export const KREISE: readonly KreisEntry[] = [
  // Regierungsbezirk Düsseldorf
  { name: 'Kreis Kleve', short: 'Kleve', rb: 'Düsseldorf', seat: 'Kleve' },
  { name: 'Kreis Mettmann', short: 'Mettmann', rb: 'Düsseldorf', seat: 'Mettmann' },
  { name: 'Rhein-Kreis Neuss', rb: 'Düsseldorf', seat: 'Neuss', aliases: ['Kreis Neuss'] },
  { name: 'Kreis Viersen', short: 'Viersen', rb: 'Düsseldorf', seat: 'Viersen' },
  { name: 'Kreis Wesel', short: 'Wesel', rb: 'Düsseldorf', seat: 'Wesel' },
  // Regierungsbezirk Köln
  {
    name: 'StädteRegion Aachen',
    rb: 'Köln',
    seat: 'Aachen',
    // "Kreis Aachen" was the Kreis until 2009; the StädteRegion is its legal successor.
    aliases: ['Städteregion Aachen', 'Kreis Aachen'],
  },
  { name: 'Kreis Düren', short: 'Düren', rb: 'Köln', seat: 'Düren' },
  { name: 'Rhein-Erft-Kreis', rb: 'Köln', seat: 'Bergheim', aliases: ['Erftkreis'] },
  { name: 'Kreis Euskirchen', short: 'Euskirchen', rb: 'Köln', seat: 'Euskirchen' },
  { name: 'Kreis Heinsberg', short: 'Heinsberg', rb: 'Köln', seat: 'Heinsberg' },
  { name: 'Oberbergischer Kreis', rb: 'Köln', seat: 'Gummersbach' },
  { name: 'Rheinisch-Bergischer Kreis', rb: 'Köln', seat: 'Bergisch Gladbach' },
  { name: 'Rhein-Sieg-Kreis', rb: 'Köln', seat: 'Siegburg' },
  // Regierungsbezirk Münster
  { name: 'Kreis Borken', short: 'Borken', rb: 'Münster', seat: 'Borken' },
  { name: 'Kreis Coesfeld', short: 'Coesfeld', rb: 'Münster', seat: 'Coesfeld' },
  { name: 'Kreis Recklinghausen', short: 'Recklinghausen', rb: 'Münster', seat: 'Recklinghausen' },
  { name: 'Kreis Steinfurt', short: 'Steinfurt', rb: 'Münster', seat: 'Steinfurt' },
  { name: 'Kreis Warendorf', short: 'Warendorf', rb: 'Münster', seat: 'Warendorf' },
  // Regierungsbezirk Detmold
  { name: 'Kreis Gütersloh', short: 'Gütersloh', rb: 'Detmold', seat: 'Gütersloh' },
  { name: 'Kreis Herford', short: 'Herford', rb: 'Detmold', seat: 'Herford' },
  { name: 'Kreis Höxter', short: 'Höxter', rb: 'Detmold', seat: 'Höxter' },
  { name: 'Kreis Lippe', short: 'Lippe', rb: 'Detmold', seat: 'Detmold' },
  { name: 'Kreis Minden-Lübbecke', short: 'Minden-Lübbecke', rb: 'Detmold', seat: 'Minden' },
  { name: 'Kreis Paderborn', short: 'Paderborn', rb: 'Detmold', seat: 'Paderborn' },
  // Regierungsbezirk Arnsberg
  { name: 'Ennepe-Ruhr-Kreis', rb: 'Arnsberg', seat: 'Schwelm', aliases: ['EN-Kreis'] },
  { name: 'Hochsauerlandkreis', rb: 'Arnsberg', seat: 'Meschede' },
  { name: 'Märkischer Kreis', rb: 'Arnsberg', seat: 'Lüdenscheid' },
  { name: 'Kreis Olpe', short: 'Olpe', rb: 'Arnsberg', seat: 'Olpe' },
  { name: 'Kreis Siegen-Wittgenstein', short: 'Siegen-Wittgenstein', rb: 'Arnsberg', seat: 'Siegen' },
  { name: 'Kreis Soest', short: 'Soest', rb: 'Arnsberg', seat: 'Soest' },
  { name: 'Kreis Unna', short: 'Unna', rb: 'Arnsberg', seat: 'Unna' },
];

/** The 22 kreisfreie Städte, by Regierungsbezirk (names as in the gazetteer). */
export const KREISFREIE_STAEDTE: ReadonlyArray<{ name: string; rb: RegierungsbezirkName }> = [
  { name: 'Düsseldorf', rb: 'Düsseldorf' },
  { name: 'Duisburg', rb: 'Düsseldorf' },
  { name: 'Essen', rb: 'Düsseldorf' },
  { name: 'Krefeld', rb: 'Düsseldorf' },
  { name: 'Mönchengladbach', rb: 'Düsseldorf' },
  { name: 'Mülheim an der Ruhr', rb: 'Düsseldorf' },
  { name: 'Oberhausen', rb: 'Düsseldorf' },
  { name: 'Remscheid', rb: 'Düsseldorf' },
  { name: 'Solingen', rb: 'Düsseldorf' },
  { name: 'Wuppertal', rb: 'Düsseldorf' },
  { name: 'Bonn', rb: 'Köln' },
  { name: 'Köln', rb: 'Köln' },
  { name: 'Leverkusen', rb: 'Köln' },
  { name: 'Bottrop', rb: 'Münster' },
  { name: 'Gelsenkirchen', rb: 'Münster' },
  { name: 'Münster', rb: 'Münster' },
  { name: 'Bielefeld', rb: 'Detmold' },
  { name: 'Bochum', rb: 'Arnsberg' },
  { name: 'Dortmund', rb: 'Arnsberg' },
  { name: 'Hagen', rb: 'Arnsberg' },
  { name: 'Hamm', rb: 'Arnsberg' },
  { name: 'Herne', rb: 'Arnsberg' },
];

/** Aachen: kreisangehörig in the StädteRegion Aachen, but with the rights of a kreisfreie Stadt (§ 1 StädteRegion-Gesetz). */
export const AACHEN_SPECIAL = { name: 'Aachen', kreis: 'StädteRegion Aachen', rb: 'Köln' as RegierungsbezirkName };

/** Display name of a Regierungsbezirk. */
export function rbDisplayName(rb: string): string {
  return `Regierungsbezirk ${rb}`;
}
