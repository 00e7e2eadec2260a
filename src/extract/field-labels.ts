/**
 * The vocabulary of labelled fields on project sheets ("Projektträger", "Förderzeitraum" …) and of
 * section headings that end a multi-line field. German labels → one canonical field key.
 */
import { fold, memoize } from '../util/index.ts';

export type FieldKey =
  | 'title'
  | 'carrier'
  | 'location'
  | 'period'
  | 'begin'
  | 'municipality'
  | 'bzr'
  | 'targetGroup'
  | 'module'
  | 'date'
  | 'contact'
  | 'partners'
  | 'funder'
  | 'program';

/** Fields whose value may run over several lines and blank lines (lists, contact blocks). */
export const MULTI_LINE_FIELDS: ReadonlySet<FieldKey> = new Set([
  'contact',
  'partners',
  'targetGroup',
  'carrier',
  'funder',
]);

const LABEL_PATTERNS: Array<[FieldKey, RegExp]> = [
  [
    'title',
    /^(projekt ?titel|titel( des projekts?)?|projektname|name des projekts?|projektbezeichnung|vorhaben|projekt|angebot|name des angebots|massnahme)$/,
  ],
  [
    'carrier',
    /^(projekttraeger(in)?|traeger(in)?( des projekts?)?|traegerschaft|antragsteller(in|\*in|\/in)?|zuwendungsempfaenger(in)?|durchfuehrender traeger|projekttraeger ?\/ ?antragsteller(in)?)$/,
  ],
  [
    'location',
    /^(projekt ?standort(e)?( ?\/ ?quartier)?|standort(e)?|projekt ?ort|einsatzort|quartier|stadtteil(e)?|sozialraum|projektgebiet|foerdergebiet)$/,
  ],
  [
    'period',
    /^((geplanter )?foerderzeitraum|(projekt)?laufzeit|foerderdauer|foerderperiode|projektzeitraum|zeitraum|dauer)$/,
  ],
  ['begin', /^(projektbeginn|projektstart|beginn|start)$/],
  [
    'municipality',
    /^(kreis ?\/ ?kreisfreie stadt|kreisfreie stadt ?\/ ?kreis|kommune|stadt ?\/ ?gemeinde|gebietskoerperschaft|kreis ?\/ ?stadt|stadt ?\/ ?kreis|kreis|stadt|gemeinde)$/,
  ],
  ['bzr', /^(bzr|regierungsbezirk|reg\.-bez\.|bezirksregierung)$/],
  ['targetGroup', /^(zielgruppe(n)?)$/],
  ['module', /^(modul(e)?|handlungsfeld(er)?|baustein(e)?)$/],
  ['date', /^(datum|stand)$/],
  [
    'contact',
    /^(kontakt|kontaktdaten|kontakt und information(en)?|ansprechpartner(in|\*in|\/in|:in|innen)?|ansprechperson(en)?|kontaktperson(en)?|ihr(e)? ansprechpartner(in)?)$/,
  ],
  [
    'partners',
    /^((am projekt )?beteiligte( akteure| institutionen| einrichtungen)?( ?\/ ?kooperationspartner(in|innen|\*innen|\/innen)?)?|kooperationspartner(in|innen|\*innen|\/innen)?|projektpartner(in|innen)?|partner(innen)?|netzwerkpartner(innen)?|verbundpartner(in|innen)?|weitere partner(innen)?|kooperationen|beteiligte partner)$/,
  ],
  [
    'funder',
    /^(foerderer|foerdergeber|foerdermittelgeber|mittelgeber|finanzierung|finanziert (durch|von)|gefoerdert (durch|von)|foerderung( durch)?|zuwendungsgeber|(mit freundlicher )?unterstuetzung (von|durch)|mit freundlicher unterstuetzung|unterstuetzt (durch|von)|(unsere )?foerderer( und partner)?|foerdermittel)$/,
  ],
  ['program', /^((foerder)?programm|landesprogramm|bundesprogramm|foerderlinie|foerderrichtlinie)$/],
];

/** Canonical key of a field label, or undefined. Accepts a trailing colon. */
export function fieldKeyOf(rawLabel: string): FieldKey | undefined {
  return knownFieldKey(rawLabel);
}

// the same labels stand on every page of a kind: each is matched against the patterns once
const knownFieldKey = memoize((rawLabel: string): FieldKey | undefined => {
  const f = fold(rawLabel.replace(/[:|]\s*$/, '')).replace(/\s*\/\s*/g, ' / ');
  if (f.length > 60) return undefined;
  const compact = f.replace(/ \/ /g, ' / ');
  for (const [key, re] of LABEL_PATTERNS) if (re.test(compact) || re.test(compact.replace(/ \/ /g, '/'))) return key;
  return undefined;
});

const HEADING_WORDS =
  /^(ziele?( und methoden( des projekte?s?)?)?|ziele? ?\/ ?erwartete ergebnisse|erwartete ergebnisse|schwerpunkte?|ausgangslage( \d{4})?|hintergrund|projektablauf.*|projektumsetzung|handlungsansatz.*|methoden?.*|oertliche rahmenbedingungen.*|problemlage.*|das haben wir vor|angebote.*|aktuelles|ergebnisse|projektbeschreibung|beschreibung|ueber uns|unsere projekte|weitere informationen|downloads?|links?|allgemeine angaben.*|massnahmen|aktivitaeten|inhalte|konzept|evaluation|nachhaltigkeit|presse|termine|veranstaltungen|projektziele|leitziel|umsetzung|vorgehen|projektdetails|projektdatenbank|projektlandkarte|projektuebersicht|projektsuche|projektinfos?|projektinformationen|details|(?:uebersicht|tabelle|abbildung|abb\.|tab\.) \d+(?:\.\d+)*\b.*|inhalt|inhaltsverzeichnis)$/;

/** A line that opens a new section and so ends a multi-line field. */
export function isSectionHeading(text: string): boolean {
  const t = text.trim().replace(/:$/, '');
  if (t === '' || t.length > 80) return false;
  return HEADING_WORDS.test(fold(t));
}

/** Column headers of tables that list projects or actors row by row ("Projekt | Träger | Ort | Laufzeit"). */
const COLUMN_HEADERS: Array<[FieldKey, RegExp]> = [
  ['title', /^(projekt(name|titel)?|angebot|massnahme|baustein|[a-z]*vorhaben|name des projekts?|titel)$/],
  // a bare "Jugendamt" column beside the projects names the office that runs each ("beteiligtes Jugendamt" is a partner)
  ['carrier', /^(traeger(in)?|projekttraeger(in)?|durchfuehrung|anbieter|(kreis)?jugendamt)$/],
  [
    'location',
    /^(ort|orte|standort(e)?|projektstandort(e)?|projektort|kommune|stadt|gemeinde|stadtteil|quartier|einsatzort|sozialraum)$/,
  ],
  [
    'partners',
    /^((beteiligte[sr]? )?(jugendamt|jugendaemter|jobcenter)|(kooperations|projekt|netzwerk)?partner(innen)?|beteiligte|kooperation(en)?)$/,
  ],
  ['period', /^(laufzeit|zeitraum|foerderzeitraum|projektlaufzeit|dauer)$/],
  ['begin', /^(beginn|start|seit|projektbeginn)$/],
  ['funder', /^(foerderung|foerderer|foerdergeber|finanzierung|gefoerdert (durch|von)|mittelgeber)$/],
];

/** Canonical key of a column header, or undefined. */
export function columnKeyOf(header: string): FieldKey | undefined {
  const f = fold(header.replace(/[:|]\s*$/, '')).trim();
  for (const [key, re] of COLUMN_HEADERS) if (re.test(f)) return key;
  return undefined;
}
