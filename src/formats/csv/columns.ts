/**
 * The documented column names of Netzatlas CSV tables (the table itself is in csv.ts's header
 * comment). One list, `CSV_COLUMNS`, drives the importer's header matching, the exporter's German
 * headers, the README and the UI.
 */
import { FOUND_AT_NAME } from '../../model/index.ts';
import { fold } from '../../util/index.ts';
import { CONTROL_CHARS } from './values.ts';

export type CsvTable = 'nodes' | 'edges';

/** What a mapped column fills. Node fields first, then edge fields. */
export type CsvField =
  | 'key'
  | 'label'
  | 'kind'
  | 'municipality'
  | 'ags'
  | 'domains'
  | 'start'
  | 'end'
  | 'begin'
  | 'targetGroups'
  | 'role'
  | 'organisation'
  | 'email'
  | 'phone'
  | 'website'
  | 'aliases'
  | 'x'
  | 'y'
  | 'source'
  | 'target'
  | 'relation'
  | 'cue'
  | 'undirected';

export type CsvValueType = 'key' | 'text' | 'list' | 'kind' | 'relation' | 'date' | 'number' | 'boolean' | 'endpoint';

export interface CsvColumn {
  readonly table: CsvTable;
  readonly field: CsvField;
  /** The header the exporter writes. */
  readonly header: string;
  /** Every accepted header, the written one first; matched ignoring case, umlauts, spaces, `-`, `_` and `.`. */
  readonly names: readonly string[];
  /** Where the value goes: a node/edge attribute, `period.start`, the node key or a position. */
  readonly target: string;
  readonly type: CsvValueType;
  readonly required: boolean;
  /** German, for the README and the UI. */
  readonly description: string;
}

function col(
  table: CsvTable,
  field: CsvField,
  names: string[],
  target: string,
  type: CsvValueType,
  description: string,
  required = false,
): CsvColumn {
  return { table, field, header: names[0]!, names, target, type, required, description };
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  col(
    'nodes',
    'key',
    ['ID', 'Schlüssel', 'Key', 'Kennung'],
    'Knotenschlüssel',
    'key',
    'Eindeutige Kennung; fehlt sie, wird sie aus dem Namen gebildet. Ohne Namensraum (org:, project:, program:, person:, place:) bekommt sie den ihrer Art.',
  ),
  col(
    'nodes',
    'label',
    ['Name', 'Bezeichnung', 'Label', 'Titel'],
    'label',
    'text',
    'Anzeigename des Akteurs oder Projekts.',
    true,
  ),
  col(
    'nodes',
    'kind',
    ['Art', 'Typ', 'Kind', 'Type', 'Knotenart'],
    'kind',
    'kind',
    'Projekt, Förderprogramm, Fördergeber, Träger, Jugendamt, Jobcenter, Schule, Kita, Kommune, Quartier, Organisation, Person (deutsch oder englisch). Fehlt sie, gilt das erste Wort des Namens, sonst Organisation.',
  ),
  col(
    'nodes',
    'municipality',
    ['Kommune', 'Ort', 'Gemeinde', 'Municipality', 'City'],
    'municipality',
    'text',
    'Stadt, Gemeinde oder Kreis, zu der der Knoten gehört.',
  ),
  col(
    'nodes',
    'ags',
    ['AGS', 'Gemeindeschlüssel'],
    'ags',
    'text',
    'Amtlicher Gemeindeschlüssel (bleibt Text: „05758012“).',
  ),
  col(
    'nodes',
    'domains',
    ['Rechtskreise', 'Rechtskreis', 'Domains', 'Legal domains'],
    'domains',
    'list',
    'SGB II, SGB III, SGB VIII, SGB XII, Schule, Gesundheit (auch „SGB 2“, „SGB-VIII“).',
  ),
  col(
    'nodes',
    'start',
    ['Beginn', 'Start', 'Laufzeitbeginn', 'Förderbeginn'],
    'period.start',
    'date',
    'Beginn der Laufzeit: JJJJ, JJJJ-MM, JJJJ-MM-TT, TT.MM.JJJJ oder MM.JJJJ.',
  ),
  col(
    'nodes',
    'end',
    ['Ende', 'End', 'Laufzeitende', 'Förderende'],
    'period.end',
    'date',
    'Ende der Laufzeit, Formate wie Beginn.',
  ),
  col(
    'nodes',
    'begin',
    ['Projektbeginn', 'Project start'],
    'begin',
    'date',
    'Tatsächlicher Projektbeginn, wenn er von der Förderlaufzeit abweicht.',
  ),
  col(
    'nodes',
    'targetGroups',
    ['Zielgruppen', 'Zielgruppe', 'Target groups'],
    'targetGroups',
    'list',
    'Zielgruppen des Projekts.',
  ),
  col('nodes', 'role', ['Funktion', 'Rolle', 'Role'], 'role', 'text', 'Funktion einer Person.'),
  col('nodes', 'organisation', ['Organisation', 'Organization'], 'organisation', 'text', 'Organisation einer Person.'),
  col('nodes', 'email', ['E-Mail', 'Email', 'Mail'], 'email', 'list', 'E-Mail-Adressen.'),
  col('nodes', 'phone', ['Telefon', 'Tel', 'Phone'], 'phone', 'list', 'Telefonnummern (bleiben Text).'),
  col('nodes', 'website', ['Website', 'Webseite', 'Homepage', 'URL'], 'website', 'list', 'Internetadressen.'),
  col(
    'nodes',
    'aliases',
    ['Aliase', 'Alias', 'Weitere Namen', 'Aliases'],
    'aliases',
    'list',
    'Andere Schreibweisen des Namens.',
  ),
  col('nodes', 'x', ['x'], 'Position x', 'number', 'Kartenposition (Zahl, Dezimalpunkt oder -komma).'),
  col('nodes', 'y', ['y'], 'Position y', 'number', 'Kartenposition (Zahl, Dezimalpunkt oder -komma).'),
  col(
    'edges',
    'key',
    ['ID', 'Schlüssel', 'Key', 'Kennung'],
    'Kantenschlüssel',
    'key',
    'Eindeutige Kennung der Kante (optional).',
  ),
  col(
    'edges',
    'source',
    ['Quelle', 'Von', 'Source', 'From'],
    'source',
    'endpoint',
    'Ausgangsknoten: ID oder Name eines Knotens.',
    true,
  ),
  col(
    'edges',
    'target',
    ['Ziel', 'Nach', 'Target', 'To'],
    'target',
    'endpoint',
    'Zielknoten: ID oder Name eines Knotens.',
    true,
  ),
  col(
    'edges',
    'relation',
    ['Beziehung', 'Art', 'Relation', 'Beziehungsart', 'Kind'],
    'kind',
    'relation',
    'gehört zu Programm, gefördert von, getragen von, Partner, liegt in, arbeitet für, Kontakt für, kooperiert mit (deutsch oder englisch). Fehlt sie: Partner.',
  ),
  col(
    'edges',
    'cue',
    ['Beleg', 'Hinweis', 'Cue'],
    'cue',
    'text',
    'Textstelle oder Stichwort, das die Beziehung belegt.',
  ),
  col(
    'edges',
    'undirected',
    ['ungerichtet', 'Undirected', 'Type'],
    'undirected',
    'boolean',
    'ja/nein (auch true/false, 1/0, x; Gephis „Type“ mit Directed/Undirected).',
  ),
];

/** Suffix of a column that holds one attribute as JSON: `sources (JSON)`, `period (JSON)`. */
export const JSON_COLUMN_SUFFIX = ' (JSON)';
const JSON_HEADER = /^(.*?)\s*\(JSON\)$/is;

/** A column holding a JSON object of attributes that have no usable column name of their own. */
export const OTHER_ATTRIBUTES_HEADER = 'Weitere Attribute (JSON)';
const OTHER_BASE = 'Weitere Attribute';

/**
 * The exporter's readable sources column (model/document-info.ts foundAtText). Derived from
 * `sources (JSON)`: the importer skips it when that column is there, else it is a plain attribute.
 */
export const FOUND_AT_HEADER = FOUND_AT_NAME;

/** How headers are compared: folded (case, umlauts), without spaces, `-`, `_`, `.`. */
export function headerKey(header: string): string {
  return fold(header).replace(/[\s\-_.]+/g, '');
}

const BY_TABLE: Record<CsvTable, Map<string, CsvColumn>> = { nodes: new Map(), edges: new Map() };
for (const c of CSV_COLUMNS) for (const n of c.names) BY_TABLE[c.table].set(headerKey(n), c);
const ALL_NAMES: ReadonlySet<string> = new Set(CSV_COLUMNS.flatMap((c) => c.names.map(headerKey)));

export function columnFor(table: CsvTable, field: CsvField): CsvColumn {
  const c = CSV_COLUMNS.find((x) => x.table === table && x.field === field);
  if (!c) throw new Error(`netzatlas/import/csv: no column ${table}.${field}`);
  return c;
}

export type HeaderMeaning =
  | { type: 'mapped'; column: CsvColumn }
  | { type: 'json'; attribute: string }
  | { type: 'other' }
  | { type: 'extra'; attribute: string }
  | { type: 'unnamed' };

/** What a (trimmed) header cell means in a table of the given role. */
export function interpretHeader(table: CsvTable, header: string): HeaderMeaning {
  if (header === '') return { type: 'unnamed' };
  const json = JSON_HEADER.exec(header);
  if (json) {
    const base = json[1]!.trim();
    if (headerKey(base) === headerKey(OTHER_BASE)) return { type: 'other' };
    if (base !== '') return { type: 'json', attribute: base };
  }
  const mapped = BY_TABLE[table].get(headerKey(header));
  if (mapped) return { type: 'mapped', column: mapped };
  return { type: 'extra', attribute: header };
}

/**
 * Whether an attribute name can be written as a plain column header and read back as the same
 * attribute: trimmed, not empty, no column name of either table, not ending in "(JSON)".
 */
export function isPlainColumnName(name: string): boolean {
  return (
    isJsonColumnName(name) &&
    !ALL_NAMES.has(headerKey(name)) &&
    !JSON_HEADER.test(name) &&
    headerKey(name) !== headerKey(OTHER_BASE) &&
    headerKey(name) !== headerKey(FOUND_AT_HEADER)
  );
}

/** Whether an attribute can have a `<name> (JSON)` column of its own. */
export function isJsonColumnName(name: string): boolean {
  return name !== '' && name === name.trim() && !CONTROL_CHARS.test(name) && headerKey(name) !== headerKey(OTHER_BASE);
}
