/**
 * Bringing foreign graphs into the data contract: German (and English) names of kinds and relation
 * kinds as spreadsheets and Gephi files write them, namespaced node keys, and sources that point at
 * the row or element a node came from. Shared by the CSV, GEXF, GraphML and JSON importers.
 */
import {
  keyNamespace,
  NODE_KIND_LABELS_DE,
  NODE_KINDS,
  type NodeKind,
  RELATION_KIND_LABELS_DE,
  RELATION_KINDS,
  type RelationKind,
} from '../model/index.ts';
import { fold, slug } from '../util/index.ts';

const KIND_WORDS: Array<[string, NodeKind]> = [
  ['projekt', 'project'],
  ['vorhaben', 'project'],
  ['massnahme', 'project'],
  ['programm', 'program'],
  ['foerderprogramm', 'program'],
  ['landesprogramm', 'program'],
  ['foerdergeber', 'funder'],
  ['foerderer', 'funder'],
  ['geldgeber', 'funder'],
  ['stiftung', 'funder'],
  ['ministerium', 'funder'],
  ['traeger', 'carrier'],
  ['freier traeger', 'carrier'],
  ['jugendamt', 'youth_office'],
  ['jobcenter', 'job_center'],
  ['schule', 'school'],
  ['grundschule', 'school'],
  ['hauptschule', 'school'],
  ['realschule', 'school'],
  ['gesamtschule', 'school'],
  ['sekundarschule', 'school'],
  ['gymnasium', 'school'],
  ['foerderschule', 'school'],
  ['berufskolleg', 'school'],
  ['kindergarten', 'daycare'],
  ['kindertageseinrichtung', 'daycare'],
  ['kindertagespflege', 'daycare'],
  ['kita', 'daycare'],
  ['kindertagesstaette', 'daycare'],
  ['familienzentrum', 'daycare'],
  ['kommune', 'municipality'],
  ['gemeinde', 'municipality'],
  ['stadt', 'municipality'],
  ['kreis', 'municipality'],
  ['quartier', 'district'],
  ['stadtteil', 'district'],
  ['sozialraum', 'district'],
  ['organisation', 'organisation'],
  ['einrichtung', 'organisation'],
  ['person', 'person'],
  ['ansprechperson', 'person'],
  ['kontakt', 'person'],
];

const KIND_LOOKUP = new Map<string, NodeKind>([
  ...NODE_KINDS.map((k): [string, NodeKind] => [k, k]),
  ...NODE_KINDS.map((k): [string, NodeKind] => [fold(NODE_KIND_LABELS_DE[k]), k]),
  ...KIND_WORDS,
  ['youth office', 'youth_office'],
  ['job center', 'job_center'],
  ['funder', 'funder'],
  ['carrier', 'carrier'],
  ['provider', 'carrier'],
  ['programme', 'program'],
  ['daycare', 'daycare'],
]);

/** The kind a cell or attribute names, or null when it names none of ours. */
export function kindFromName(raw: string | undefined | null): NodeKind | null {
  if (!raw) return null;
  // our own German labels contain a slash ("Kita / Familienzentrum"): look the name up as written first
  const whole = KIND_LOOKUP.get(fold(raw));
  if (whole) return whole;
  const f = fold(raw).replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim();
  return KIND_LOOKUP.get(f) ?? KIND_LOOKUP.get(f.replace(/ /g, '_')) ?? null;
}

/**
 * The kind the first word of a name states ("Jugendamt Minden", "Kreis Lippe", "Grundschule am
 * Wall"): used by every importer when a file names no kind, so an imported Jugendamt resolves with
 * the extracted one. Persons are never guessed from a name.
 */
export function kindFromLabel(name: string): NodeKind | null {
  const word = name.trim().split(/[\s,;:()/]+/)[0] ?? '';
  const kind = kindFromName(word);
  return kind === 'person' ? null : kind;
}

const RELATION_WORDS: Array<[string, RelationKind]> = [
  ['teil von', 'part_of'],
  ['gehoert zu', 'part_of'],
  ['programm', 'part_of'],
  ['foerderung', 'funded_by'],
  ['gefoerdert durch', 'funded_by'],
  ['finanziert von', 'funded_by'],
  ['traeger', 'carried_by'],
  ['traegerschaft', 'carried_by'],
  ['getragen durch', 'carried_by'],
  ['partner', 'partner'],
  ['kooperationspartner', 'partner'],
  ['projektpartner', 'partner'],
  ['netzwerkpartner', 'partner'],
  ['partnerschaft', 'partner'],
  ['beteiligt', 'partner'],
  ['ort', 'located_in'],
  ['standort', 'located_in'],
  ['arbeitet bei', 'works_for'],
  ['mitarbeit', 'works_for'],
  ['ansprechperson', 'contact_for'],
  ['kontakt', 'contact_for'],
  ['kooperation', 'cooperates_with'],
  ['zusammenarbeit', 'cooperates_with'],
  ['kooperiert', 'cooperates_with'],
];

const RELATION_LOOKUP = new Map<string, RelationKind>([
  ...RELATION_KINDS.map((k): [string, RelationKind] => [k, k]),
  ...RELATION_KINDS.map((k): [string, RelationKind] => [fold(RELATION_KIND_LABELS_DE[k]), k]),
  ...RELATION_WORDS,
]);

export function relationFromName(raw: string | undefined | null): RelationKind | null {
  if (!raw) return null;
  const f = fold(raw).replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim();
  return RELATION_LOOKUP.get(f) ?? RELATION_LOOKUP.get(f.replace(/ /g, '_')) ?? null;
}

const NAMESPACED = /^(project|program|org|person|place):./;

/**
 * A namespaced node key for a foreign id: ids that already carry one of our namespaces are kept (our
 * own exports round-trip), others get the namespace of their kind. The raw id stays readable
 * (`org:__proto__` is a safe key); only an empty id is replaced by a slug of the label.
 */
export function nodeKeyFor(kind: NodeKind, id: string, label: string): string {
  if (NAMESPACED.test(id)) return id;
  const raw = id.trim() || slug(label) || 'ohne-name';
  return `${keyNamespace(kind)}:${raw}`;
}

/** Attribute names sigma reads as display data; a foreign column with such a name is kept under another name. */
export const DISPLAY_NAMES: ReadonlySet<string> = new Set([
  'type',
  'x',
  'y',
  'size',
  'color',
  'hidden',
  'zIndex',
  'forceLabel',
  'highlighted',
]);

/**
 * A safe attribute name: display names get a suffix, and so does `__proto__` – zod (like most code)
 * silently drops an own `__proto__` key, so it would be lost, never polluting but never kept either.
 * Other prototype names (`constructor`, `toString`) stay as plain own keys (set them with setOwn).
 */
export function dataAttributeName(name: string): string {
  return DISPLAY_NAMES.has(name) || name === '__proto__' ? `${name}_daten` : name;
}

/** Set an own property even for names like `__proto__`, without touching any prototype. */
export function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
