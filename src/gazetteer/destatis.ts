/**
 * Reader for the official municipality register of the Statistisches Bundesamt (Destatis,
 * Gemeindeverzeichnis GV-ISys) that a user downloads, to add official keys (AGS), names,
 * designations and coordinates to the gazetteer. PURE and browser-safe.
 *
 * Two formats are understood:
 *
 * (a) GV100AD: fixed-width text, one record per line. Record layout (character positions,
 *     0-based, end exclusive) as documented by Destatis ("Datensatzbeschreibung GV100AD") and as
 *     implemented in the parsers WZBSocialScienceCenter/gemeindeverzeichnis (gemeindeverz.py,
 *     column widths 2/8/8/4/50/50/6/11/11/11 …) and jgraef/gv100ad (src/parser.rs):
 *       [0,2)    Satzart: 10 Land, 20 Regierungsbezirk, 30 Region (BW only), 40 Kreis,
 *                50 Gemeindeverband, 60 Gemeinde
 *       [2,10)   Gebietsstand JJJJMMTT
 *       [10,12)  Land   [12,13) RB   [13,15) Kreis   [15,18) Gemeinde (Satzart 60)
 *       [18,22)  Gemeindeverband (Satzart 50 and 60)
 *       [22,72)  Name
 *       [72,122) Sitz der Verwaltung (Satzarten 10–50)
 *       [122,124) Textkennzeichen (40: 41 kreisfreie Stadt, 42 Stadtkreis, 43 Kreis, 44 Landkreis,
 *                 45 Regionalverband; 60: 60 Markt, 61 kreisfreie Stadt, 62 Stadtkreis, 63 Stadt,
 *                 64 kreisangehörige Gemeinde, 65/66 gemeindefreies Gebiet, 67 Große Kreisstadt)
 *       [128,139) Fläche in ha, [139,150) Bevölkerung, … (not used here)
 *     Older files are ISO-8859-1, newer ones UTF-8: read bytes with `decodeRegisterBytes`.
 *
 * (b) "AuszugGV" (Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen), the Excel
 *     table saved as CSV (";" or "," or tab separated). Title and footnote rows are skipped; the
 *     columns are found by their headings (Satzart, Textkennzeichen, Land, RB, Kreis, VB, Gem,
 *     Gemeindename, Längengrad, Breitengrad; headings may span two rows) or, without headings,
 *     by Destatis' column order (1 Satzart … 8 Gemeindename, 15 Längengrad, 16 Breitengrad).
 *     Numbers may use a decimal comma; keys that Excel turned into numbers get their zeros back.
 *
 * Only Land 05 (Nordrhein-Westfalen) is kept.
 */

import Papa from 'papaparse';
import type { Place, PlaceLevel } from './types.ts';
import { AMBIGUOUS_BASE_NAMES, baseName, derivedNameVariants, foldToken, nameKey, slug } from './names.ts';
import { distanceKm } from '../util/index.ts';

/** The file is not a Destatis register in a known format. */
export class DestatisFormatError extends Error {
  override readonly name = 'DestatisFormatError';
  readonly fileName: string;
  readonly line: number;
  readonly expected: string;

  constructor(fileName: string, line: number, problem: string, expected: string) {
    super(`Datei „${fileName}“, Zeile ${line}: ${problem}. Erwartet: ${expected}.`);
    this.fileName = fileName;
    this.line = line;
    this.expected = expected;
  }
}

export interface RegisterProblem {
  /** 1-based line of the file; 0 for the file as a whole. */
  line: number;
  message: string;
}

export interface RegisterResult {
  places: Place[];
  problems: RegisterProblem[];
}

const EXPECTED_FORMATS =
  'das Gemeindeverzeichnis von Destatis entweder als GV100AD (Text mit fester Spaltenbreite; jede Zeile beginnt mit der Satzart 10/20/40/50/60 und dem Gebietsstand JJJJMMTT) ' +
  'oder als Tabelle „AuszugGV“ im CSV-Format (Spalten Satzart, Textkennzeichen, Land, RB, Kreis, VB, Gem, Gemeindename …)';

const NRW = '05';

/** Names of the NRW Regierungsbezirke by key, used when a file has no Satzart-20 records. */
const RB_BY_KEY: Readonly<Record<string, string>> = {
  '051': 'Düsseldorf',
  '053': 'Köln',
  '055': 'Münster',
  '057': 'Detmold',
  '059': 'Arnsberg',
};

/** Aachen (05334002) keeps the legal status of a kreisfreie Stadt inside the StädteRegion Aachen. */
const KREISFREI_INSIDE_KREIS = new Set(['05334002']);

/**
 * Decodes the bytes of a register file: UTF-8 if valid, otherwise ISO-8859-1 (older GV100AD files).
 * A UTF-8 byte order mark is dropped.
 */
export function decodeRegisterBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('iso-8859-1').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One register record, whatever the file format. */
interface RawRecord {
  line: number;
  satzart: string;
  textkennzeichen: string;
  land: string;
  rb: string;
  kreis: string;
  gem: string;
  name: string;
  lat?: number;
  lon?: number;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/** Parses a Destatis register file (GV100AD or AuszugGV as CSV); keeps Land 05 (NRW). */
export function parseDestatisRegister(text: string, fileName: string): RegisterResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.startsWith('PK\u0003\u0004')) {
    throw new DestatisFormatError(
      fileName,
      1,
      'das ist eine Excel-Datei (.xlsx), kein Text',
      `${EXPECTED_FORMATS}; bitte die Tabelle in Excel/LibreOffice „Speichern unter … CSV“`,
    );
  }
  const lines = body.split(/\r\n|\n|\r/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstIndex < 0) throw new DestatisFormatError(fileName, 1, 'die Datei ist leer', EXPECTED_FORMATS);
  const firstLine = lines[firstIndex] as string;

  const problems: RegisterProblem[] = [];
  let records: RawRecord[];
  if (/^(10|20|30|40|50|60)\d{8}/.test(firstLine)) {
    records = readGv100ad(lines, problems);
  } else {
    records = readAuszugCsv(body, fileName, problems);
  }
  const places = recordsToPlaces(records, problems);
  if (places.length === 0) {
    problems.push({ line: 0, message: 'Die Datei enthält keine Einträge für Nordrhein-Westfalen (Land 05).' });
  }
  problems.sort((a, b) => a.line - b.line);
  return { places, problems };
}

// ---------------------------------------------------------------------------
// (a) GV100AD
// ---------------------------------------------------------------------------

function readGv100ad(lines: readonly string[], problems: RegisterProblem[]): RawRecord[] {
  const out: RawRecord[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const satzart = raw.slice(0, 2);
    if (!['10', '20', '30', '40', '50', '60'].includes(satzart)) {
      problems.push({
        line,
        message: `Zeile ${line}: unbekannte Satzart „${satzart}“ (erwartet 10, 20, 30, 40, 50 oder 60).`,
      });
      return;
    }
    if (raw.includes('\ufffd')) {
      problems.push({
        line,
        message: `Zeile ${line}: unlesbare Zeichen – die Datei ist vermutlich ISO-8859-1-kodiert und wurde als UTF-8 gelesen.`,
      });
    }
    if (raw.length < 23) {
      problems.push({
        line,
        message: `Zeile ${line}: Datensatz zu kurz (${raw.length} Zeichen, erwartet mindestens 23: Satzart, Gebietsstand, Schlüssel, Gemeindeverband, Name).`,
      });
      return;
    }
    if (!/^\d{8}$/.test(raw.slice(2, 10))) {
      problems.push({ line, message: `Zeile ${line}: Gebietsstand „${raw.slice(2, 10)}“ ist kein Datum JJJJMMTT.` });
    }
    const key = raw.slice(10, 18);
    const name = raw.slice(22, 72).trim();
    out.push({
      line,
      satzart,
      textkennzeichen: raw.slice(122, 124).trim(),
      land: key.slice(0, 2),
      rb: key.slice(2, 3),
      kreis: key.slice(3, 5),
      gem: key.slice(5, 8),
      name,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------
// (b) AuszugGV as CSV
// ---------------------------------------------------------------------------

/**
 * Rows of cells of CSV text (papaparse), with the line each row starts on. Line ends are made
 * uniform first: papaparse splits on one kind only, and a hand-edited register may mix them.
 */
function parseCsv(text: string, delimiter: string): Array<{ line: number; cells: string[] }> {
  const uniform = text.replace(/\r\n?/g, '\n');
  const rows: Array<{ line: number; cells: string[] }> = [];
  let start = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(uniform, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      for (; counted < start; counted++) if (uniform.charCodeAt(counted) === 0x0a) line++;
      rows.push({ line, cells: result.data });
      start = result.meta.cursor;
    },
  });
  return rows;
}

function countOutsideQuotes(s: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) n++;
  }
  return n;
}

function detectDelimiter(text: string): string {
  const sample = text.split(/\r\n|\n|\r/).slice(0, 40);
  let best = ';';
  let bestCount = -1;
  for (const d of [';', ',', '\t']) {
    const count = sample.reduce((sum, l) => sum + countOutsideQuotes(l, d), 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Heading text folded to letters only: "Satz-\nart" → "satzart", "Längengrad" → "laengengrad". */
function headingKey(s: string): string {
  return foldToken(s).replace(/[^a-z0-9]/g, '');
}

type Column = 'satzart' | 'textkennzeichen' | 'land' | 'rb' | 'kreis' | 'vb' | 'gem' | 'name' | 'lon' | 'lat';

function columnFor(label: string): Column | undefined {
  if (label.includes('satzart')) return 'satzart';
  if (label.includes('textkennzeichen')) return 'textkennzeichen';
  if (label === 'land') return 'land';
  if (label === 'rb' || label === 'regierungsbezirk') return 'rb';
  if (label === 'kreis') return 'kreis';
  if (label === 'vb' || label === 'gemeindeverband') return 'vb';
  if (label === 'gem' || label === 'gemeinde') return 'gem';
  if (label.includes('gemeindename') || label === 'name') return 'name';
  if (label.includes('laengengrad')) return 'lon';
  if (label.includes('breitengrad')) return 'lat';
  return undefined;
}

/** Destatis' column order of the AuszugGV table (0-based). */
const DEFAULT_COLUMNS: Readonly<Record<Column, number>> = {
  satzart: 0,
  textkennzeichen: 1,
  land: 2,
  rb: 3,
  kreis: 4,
  vb: 5,
  gem: 6,
  name: 7,
  lon: 14,
  lat: 15,
};

function isDataRow(cells: readonly string[]): boolean {
  const first = (cells[0] ?? '').trim();
  return /^(10|20|30|40|50|60)$/.test(first) && cells.length >= 8;
}

function parseNumber(s: string): number | undefined {
  const t = s.trim().replace(/\s/g, '');
  if (t === '') return undefined;
  const normalised = t.includes(',') && !t.includes('.') ? t.replace(',', '.') : t.replace(/,/g, '');
  const x = Number(normalised);
  return Number.isFinite(x) ? x : Number.NaN;
}

type CsvRow = { line: number; cells: string[] };
type ColumnIndex = Partial<Record<Column, number>>;

/** The error for a table without data rows: it names the heading row if there is one. */
function noDataError(rows: readonly CsvRow[], headerStart: number, fileName: string): DestatisFormatError {
  const at =
    headerStart >= 0 ? (rows[headerStart]?.line ?? 1) : (rows.find((r) => r.cells.join('').trim() !== '')?.line ?? 1);
  return new DestatisFormatError(
    fileName,
    at,
    headerStart >= 0
      ? 'Kopfzeile gefunden, aber keine Datenzeile mit Satzart 10/20/40/50/60'
      : 'weder GV100AD noch eine Tabelle mit der Spalte „Satzart“ erkannt',
    EXPECTED_FORMATS,
  );
}

/** Column positions from the heading rows (they may span several rows), or Destatis' order without headings. */
function columnsOf(rows: readonly CsvRow[], headerStart: number, firstData: number, fileName: string): ColumnIndex {
  const columns: ColumnIndex = {};
  if (headerStart < 0) return Object.assign(columns, DEFAULT_COLUMNS);
  for (let r = headerStart; r < firstData; r++) {
    const cells = rows[r]?.cells ?? [];
    cells.forEach((cell, c) => {
      const col = columnFor(headingKey(cell));
      if (col !== undefined && columns[col] === undefined) columns[col] = c;
    });
  }
  const missing = (['satzart', 'land', 'rb', 'kreis', 'gem', 'name'] as const).filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    throw new DestatisFormatError(
      fileName,
      rows[headerStart]?.line ?? 1,
      `in der Kopfzeile fehlen die Spalten ${missing.join(', ')}`,
      EXPECTED_FORMATS,
    );
  }
  return columns;
}

function cellOf(columns: ColumnIndex, cells: readonly string[], col: Column): string {
  const index = columns[col];
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** Restores the leading zeros of a key that Excel turned into a number. */
function padKey(s: string, width: number): string {
  return /^\d+$/.test(s) ? s.padStart(width, '0') : s;
}

/** Sets the coordinates of an NRW Gemeinde record, or notes why they are not usable. */
function setCoordinates(rec: RawRecord, lonText: string, latText: string, problems: RegisterProblem[]): void {
  const { line } = rec;
  const lon = parseNumber(lonText);
  const lat = parseNumber(latText);
  if (lon === undefined || lat === undefined || Number.isNaN(lon) || Number.isNaN(lat)) {
    problems.push({
      line,
      message: `Zeile ${line}: Koordinaten „${lonText}“/„${latText}“ sind keine Zahlen (Längengrad, Breitengrad mit Dezimalkomma erwartet).`,
    });
  } else if (lat < 47 || lat > 56 || lon < 5 || lon > 16) {
    problems.push({ line, message: `Zeile ${line}: Koordinaten ${lat} N, ${lon} O liegen nicht in Deutschland.` });
  } else {
    rec.lat = lat;
    rec.lon = lon;
  }
}

function auszugRecord(row: CsvRow, columns: ColumnIndex, problems: RegisterProblem[]): RawRecord {
  const { line, cells } = row;
  const rec: RawRecord = {
    line,
    satzart: cellOf(columns, cells, 'satzart'),
    textkennzeichen: cellOf(columns, cells, 'textkennzeichen'),
    land: padKey(cellOf(columns, cells, 'land'), 2),
    rb: cellOf(columns, cells, 'rb'),
    kreis: padKey(cellOf(columns, cells, 'kreis'), 2),
    gem: padKey(cellOf(columns, cells, 'gem'), 3),
    name: cellOf(columns, cells, 'name').replace(/\s+/g, ' '),
  };
  const lonText = cellOf(columns, cells, 'lon');
  const latText = cellOf(columns, cells, 'lat');
  if (rec.satzart === '60' && rec.land === NRW && (lonText !== '' || latText !== '')) {
    setCoordinates(rec, lonText, latText, problems);
  }
  return rec;
}

function readAuszugCsv(text: string, fileName: string, problems: RegisterProblem[]): RawRecord[] {
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter);
  const firstData = rows.findIndex((r) => isDataRow(r.cells));
  const headerStart = rows.findIndex(
    (r, i) => (firstData < 0 || i < firstData) && r.cells.some((c) => headingKey(c).includes('satzart')),
  );
  if (firstData < 0) throw noDataError(rows, headerStart, fileName);
  const columns = columnsOf(rows, headerStart, firstData, fileName);

  const out: RawRecord[] = [];
  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    if (!isDataRow(row.cells)) continue; // empty rows, footnotes, repeated headings
    out.push(auszugRecord(row, columns, problems));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Records → places
// ---------------------------------------------------------------------------

/** "Herford, Hansestadt" → { name: 'Herford', designation: 'Hansestadt' }. */
export function splitOfficialName(official: string): { name: string; designation?: string } {
  const clean = official.replace(/\s+/g, ' ').trim();
  const comma = clean.indexOf(', ');
  if (comma < 0) return { name: clean };
  return { name: clean.slice(0, comma), designation: clean.slice(comma + 2) };
}

/** Display name of a Kreis from its Destatis name: "Herford" → "Kreis Herford", "Städteregion Aachen" → "StädteRegion Aachen". */
export function kreisDisplayName(destatisName: string): { name: string; short?: string } {
  const { name } = splitOfficialName(destatisName);
  if (/^städteregion /i.test(name)) return { name: name.replace(/^städteregion/i, 'StädteRegion') };
  if (/kreis/i.test(name)) return { name };
  return { name: `Kreis ${name}`, short: name };
}

/** What recordsToPlaces collects while it walks the records in file order. */
interface RecordsContext {
  problems: RegisterProblem[];
  /** First line of each key, to report duplicates. */
  seen: Map<string, number>;
  rbNames: Map<string, string>;
  /** null: kreisfreie Stadt */
  kreisNames: Map<string, string | null>;
}

function checkKey(ctx: RecordsContext, r: RawRecord, key: string, digits: number): boolean {
  if (!new RegExp(`^\\d{${digits}}$`).test(key)) {
    ctx.problems.push({
      line: r.line,
      message: `Zeile ${r.line}: Schlüssel „${key}“ ist kein ${digits}-stelliger Zahlenschlüssel.`,
    });
    return false;
  }
  const first = ctx.seen.get(key);
  if (first !== undefined) {
    ctx.problems.push({
      line: r.line,
      message: `Zeile ${r.line}: Schlüssel ${key} kommt doppelt vor (zuerst in Zeile ${first}).`,
    });
    return false;
  }
  ctx.seen.set(key, r.line);
  return true;
}

function needName(ctx: RecordsContext, r: RawRecord): boolean {
  if (r.name !== '') return true;
  ctx.problems.push({ line: r.line, message: `Zeile ${r.line}: Name fehlt.` });
  return false;
}

/** The Regierungsbezirk of a key: from the register's own record, else from the known table. */
function rbShortOf(ctx: RecordsContext, key: string): string | undefined {
  return ctx.rbNames.get(key.slice(0, 3)) ?? RB_BY_KEY[key.slice(0, 3)];
}

function landRecordPlace(ctx: RecordsContext, r: RawRecord): Place | undefined {
  if (!checkKey(ctx, r, r.land, 2) || !needName(ctx, r)) return undefined;
  return { id: 'land:nrw', name: splitOfficialName(r.name).name, level: 'land', ags: r.land, aliases: [] };
}

function rbRecordPlace(ctx: RecordsContext, r: RawRecord): Place | undefined {
  const key = r.land + r.rb;
  if (!checkKey(ctx, r, key, 3) || !needName(ctx, r)) return undefined;
  const short = splitOfficialName(r.name).name.replace(/^(Reg\.-Bez\.|Regierungsbezirk)\s*/, '');
  ctx.rbNames.set(key, short);
  return {
    id: `rb:${slug(short)}`,
    name: `Regierungsbezirk ${short}`,
    level: 'regierungsbezirk',
    ags: key,
    aliases: [],
  };
}

/** A Kreis record; a kreisfreie Stadt's record (41, 42) only notes that the key has no Kreis. */
function kreisRecordPlace(ctx: RecordsContext, r: RawRecord): Place | undefined {
  const key = r.land + r.rb + r.kreis;
  if (!checkKey(ctx, r, key, 5) || !needName(ctx, r)) return undefined;
  if (r.textkennzeichen === '41' || r.textkennzeichen === '42') {
    ctx.kreisNames.set(key, null);
    return undefined;
  }
  const { name, short } = kreisDisplayName(r.name);
  ctx.kreisNames.set(key, name);
  const rbShort = rbShortOf(ctx, key);
  const place: Place = { id: `kreis:${slug(short ?? name)}`, name, level: 'kreis', ags: key, aliases: [] };
  if (rbShort !== undefined) place.regierungsbezirk = `Regierungsbezirk ${rbShort}`;
  return place;
}

function gemeindeRecordPlace(ctx: RecordsContext, r: RawRecord): Place | undefined {
  const ags = r.land + r.rb + r.kreis + r.gem;
  if (!checkKey(ctx, r, ags, 8) || !needName(ctx, r)) return undefined;
  const { name, designation } = splitOfficialName(r.name);
  const place: Place = {
    id: `gemeinde:${slug(name)}`,
    name,
    level: 'gemeinde',
    ags,
    aliases: derivedNameVariants(name).sort(),
  };
  if (designation !== undefined) place.designation = designation;
  const kreisfrei = r.textkennzeichen === '61' || r.textkennzeichen === '62' || KREISFREI_INSIDE_KREIS.has(ags);
  if (kreisfrei) place.kreisfrei = true;
  const kreisName = ctx.kreisNames.get(ags.slice(0, 5));
  if (typeof kreisName === 'string') place.kreis = kreisName;
  const rbShort = rbShortOf(ctx, ags);
  if (rbShort !== undefined) place.regierungsbezirk = `Regierungsbezirk ${rbShort}`;
  if (r.lat !== undefined && r.lon !== undefined) {
    place.lat = r.lat;
    place.lon = r.lon;
  }
  if (AMBIGUOUS_BASE_NAMES.has(nameKey(baseName(name)))) place.ambiguous = true;
  return place;
}

function recordPlace(ctx: RecordsContext, r: RawRecord): Place | undefined {
  if (r.satzart === '10') return landRecordPlace(ctx, r);
  if (r.satzart === '20') return rbRecordPlace(ctx, r);
  if (r.satzart === '40') return kreisRecordPlace(ctx, r);
  if (r.satzart === '60') return gemeindeRecordPlace(ctx, r);
  // Satzart 50 (Gemeindeverband) and 30 (Region) are not used: in NRW each Gemeindeverband is one Gemeinde.
  return undefined;
}

function recordsToPlaces(records: readonly RawRecord[], problems: RegisterProblem[]): Place[] {
  const nrw = records.filter((r) => r.land === NRW);
  const ctx: RecordsContext = { problems, seen: new Map(), rbNames: new Map(), kreisNames: new Map() };
  const places: Place[] = [];
  for (const r of nrw) {
    const place = recordPlace(ctx, r);
    if (place) places.push(place);
  }
  // Kreis names of Gemeinden listed before their Kreis record (not the Destatis order, but possible in CSV).
  for (const p of places) {
    if (p.level === 'gemeinde' && p.kreis === undefined && p.ags !== undefined) {
      const k = ctx.kreisNames.get(p.ags.slice(0, 5));
      if (typeof k === 'string') p.kreis = k;
    }
  }
  return places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------
// Merging into the gazetteer
// ---------------------------------------------------------------------------

export interface MergeResult {
  places: Place[];
  /** Register entries that matched a gazetteer entry. */
  matched: number;
  /** Register entries without a gazetteer entry (they are added). */
  unmatched: Place[];
  /** Gazetteer entries of a level the register covers that no register entry matched. */
  notInRegister: Place[];
  /** Notes in German, e.g. coordinates that differ by more than 10 km. */
  notes: string[];
}

function namesOf(p: Place): Set<string> {
  const out = new Set<string>();
  for (const n of [p.name, ...p.aliases]) {
    out.add(nameKey(n));
    for (const v of derivedNameVariants(n)) out.add(nameKey(v));
  }
  return out;
}

/** The gazetteer entries by level and AGS, by id, and by level and each of their names. */
interface MergeIndex {
  byAgs: Map<string, Place>;
  byId: Map<string, Place>;
  byName: Map<string, Place[]>;
}

function indexForMerge(result: readonly Place[]): MergeIndex {
  const byAgs = new Map<string, Place>();
  const byId = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  for (const p of result) {
    if (p.ags !== undefined) byAgs.set(`${p.level}|${p.ags}`, p);
    byId.set(p.id, p);
    for (const k of namesOf(p)) {
      const key = `${p.level}|${k}`;
      byName.set(key, [...(byName.get(key) ?? []), p]);
    }
  }
  return { byAgs, byId, byName };
}

/** The gazetteer entry a register entry matches: by AGS, then id, then a name only one unused entry has. */
function matchTarget(r: Place, index: MergeIndex, used: ReadonlySet<Place>): Place | undefined {
  let target: Place | undefined;
  if (r.ags !== undefined) target = index.byAgs.get(`${r.level}|${r.ags}`);
  if (!target) {
    const t = index.byId.get(r.id);
    if (t && t.level === r.level) target = t;
  }
  if (!target) {
    for (const k of namesOf(r)) {
      const candidates = (index.byName.get(`${r.level}|${k}`) ?? []).filter((c) => !used.has(c));
      if (candidates.length === 1) {
        target = candidates[0];
        break;
      }
    }
  }
  return target;
}

/** The official name replaces the old one, which stays as an alias; the register's aliases are added. */
function mergeNames(target: Place, r: Place): void {
  if (r.name !== target.name) {
    if (!target.aliases.includes(target.name)) target.aliases.push(target.name);
    target.aliases = target.aliases.filter((a) => a !== r.name);
    target.name = r.name;
  }
  for (const a of r.aliases) if (a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
  target.aliases.sort();
}

/** Copies key, names, coordinates and attributes of a register entry onto its gazetteer entry. */
function mergeEntry(target: Place, r: Place, notes: string[]): void {
  if (target.ags !== undefined && r.ags !== undefined && target.ags !== r.ags) {
    notes.push(`${target.name}: Schlüssel ${target.ags} ersetzt durch ${r.ags} (Register).`);
  }
  const d = distanceKm(target, r);
  if (d !== undefined && d > 10)
    notes.push(`${r.name}: Koordinaten weichen um ${d.toFixed(1)} km ab; die Registerkoordinaten werden übernommen.`);
  mergeNames(target, r);
  if (r.ags !== undefined) target.ags = r.ags;
  if (r.lat !== undefined && r.lon !== undefined) {
    target.lat = r.lat;
    target.lon = r.lon;
  }
  if (r.designation !== undefined) target.designation = r.designation;
  if (r.kreisfrei) target.kreisfrei = true;
  if (target.kreis === undefined && r.kreis !== undefined) target.kreis = r.kreis;
  if (target.regierungsbezirk === undefined && r.regierungsbezirk !== undefined)
    target.regierungsbezirk = r.regierungsbezirk;
  if (r.ambiguous) target.ambiguous = true;
}

/**
 * Merges register entries into gazetteer entries of the same level: first by AGS, then by id,
 * then by name (name, aliases and derived variants). A matched entry keeps its id and gets the
 * official key, name (the old name becomes an alias), designation and coordinates of the register.
 */
export function mergeRegister(places: readonly Place[], register: readonly Place[]): MergeResult {
  const result = places.map((p) => ({ ...p, aliases: [...p.aliases] }));
  const index = indexForMerge(result);
  const used = new Set<Place>();
  const unmatched: Place[] = [];
  const notes: string[] = [];
  let matched = 0;
  const levels = new Set<PlaceLevel>();
  for (const r of register) {
    levels.add(r.level);
    const target = matchTarget(r, index, used);
    if (!target || used.has(target)) {
      unmatched.push(r);
      if (!index.byId.has(r.id)) {
        const added = { ...r, aliases: [...r.aliases] };
        result.push(added);
        index.byId.set(added.id, added);
      }
      continue;
    }
    used.add(target);
    matched++;
    mergeEntry(target, r, notes);
  }
  const notInRegister = result.filter(
    (p) => levels.has(p.level) && !used.has(p) && !unmatched.some((u) => u.id === p.id),
  );
  result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { places: result, matched, unmatched, notInRegister, notes };
}

/** The gazetteer places with the register's keys, official names and coordinates merged in (see mergeRegister). */
export function withRegister(places: readonly Place[], register: readonly Place[]): Place[] {
  return mergeRegister(places, register).places;
}
