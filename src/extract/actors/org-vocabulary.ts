/**
 * German vocabulary of organisation names: head nouns, the kind they signal, and whether a bare
 * head ("das Jugendamt") already names one actor or needs a name ("Grundschule Am Park").
 */
import type { LegalDomain, NodeKind } from '../../model/kinds.ts';

export type HeadClass =
  /** one per town: a bare head names the town's body ("das Jugendamt", "das Jobcenter") */
  | 'unique'
  /** a welfare brand or association: the bare head is an actor ("der Kinderschutzbund") */
  | 'brand'
  /** a type that needs a name after it ("Grundschule Nord", "Kita „Regenbogen“") */
  | 'named'
  /** takes a "für …" complement ("Ministerium für …", "Verein für …", "Amt für …") */
  | 'fuer'
  /** an administrative unit with a subject name ("Fachbereich Jugend & Soziales", "Dezernat 3") */
  | 'unit';

export interface HeadInfo {
  kind: NodeKind;
  cls: HeadClass;
  domains?: LegalDomain[];
}

/** Exact heads (folded, see util/fold). Multi-word heads are matched as phrases. */
export const HEADS: ReadonlyMap<string, HeadInfo> = new Map<string, HeadInfo>([
  // youth welfare (SGB VIII)
  ['jugendamt', { kind: 'youth_office', cls: 'unique' }],
  ['stadtjugendamt', { kind: 'youth_office', cls: 'unique' }],
  ['kreisjugendamt', { kind: 'youth_office', cls: 'unique' }],
  ['asd', { kind: 'youth_office', cls: 'unique' }],
  ['allgemeiner sozialer dienst', { kind: 'youth_office', cls: 'unique' }],
  ['allgemeinen sozialen dienst', { kind: 'youth_office', cls: 'unique' }],
  ['allgemeinen sozialen dienstes', { kind: 'youth_office', cls: 'unique' }],
  ['kommunaler sozialer dienst', { kind: 'youth_office', cls: 'unique' }],
  ['landesjugendamt', { kind: 'youth_office', cls: 'named' }],
  // SGB II / III
  ['jobcenter', { kind: 'job_center', cls: 'unique' }],
  ['job-center', { kind: 'job_center', cls: 'unique' }],
  ['agentur fuer arbeit', { kind: 'organisation', cls: 'unique', domains: ['SGB III'] }],
  ['arbeitsagentur', { kind: 'organisation', cls: 'unique', domains: ['SGB III'] }],
  ['jugendberufsagentur', { kind: 'organisation', cls: 'unique', domains: ['SGB II', 'SGB III', 'SGB VIII'] }],
  // other public bodies
  ['sozialamt', { kind: 'organisation', cls: 'unique', domains: ['SGB XII'] }],
  ['gesundheitsamt', { kind: 'organisation', cls: 'unique', domains: ['Gesundheit'] }],
  ['schulamt', { kind: 'organisation', cls: 'unique', domains: ['Schule'] }],
  ['schulverwaltungsamt', { kind: 'organisation', cls: 'unique', domains: ['Schule'] }],
  ['stadtverwaltung', { kind: 'organisation', cls: 'unique' }],
  ['kreisverwaltung', { kind: 'organisation', cls: 'unique' }],
  ['sozialplanung', { kind: 'organisation', cls: 'unique' }],
  ['jugendhilfeplanung', { kind: 'youth_office', cls: 'unique' }],
  ['quartiersmanagement', { kind: 'organisation', cls: 'unique' }],
  ['stadtteilmanagement', { kind: 'organisation', cls: 'unique' }],
  ['quartiersbuero', { kind: 'organisation', cls: 'unique' }],
  ['stadtteilbuero', { kind: 'organisation', cls: 'unique' }],
  ['bezirksregierung', { kind: 'organisation', cls: 'named' }],
  ['landschaftsverband', { kind: 'organisation', cls: 'named' }],
  ['landeskoordinierungsstelle', { kind: 'organisation', cls: 'named' }],
  ['koordinierungsstelle', { kind: 'organisation', cls: 'named' }],
  ['servicestelle', { kind: 'organisation', cls: 'named' }],
  ['fachstelle', { kind: 'organisation', cls: 'fuer' }],
  ['beratungsstelle', { kind: 'organisation', cls: 'fuer' }],
  ['erziehungsberatungsstelle', { kind: 'organisation', cls: 'named', domains: ['SGB VIII'] }],
  ['volkshochschule', { kind: 'organisation', cls: 'unique' }],
  ['vhs', { kind: 'organisation', cls: 'unique' }],
  ['familienbildungsstaette', { kind: 'organisation', cls: 'named' }],
  ['familienbildungswerk', { kind: 'organisation', cls: 'named' }],
  ['bildungswerk', { kind: 'organisation', cls: 'named' }],
  ['bildungsbuero', { kind: 'organisation', cls: 'unique' }],
  ['integrationszentrum', { kind: 'organisation', cls: 'named' }],
  ['kommunales integrationszentrum', { kind: 'organisation', cls: 'unique' }],
  ['klinikum', { kind: 'organisation', cls: 'named' }],
  ['klinik', { kind: 'organisation', cls: 'named' }],
  ['krankenhaus', { kind: 'organisation', cls: 'named' }],
  ['geburtsklinik', { kind: 'organisation', cls: 'named' }],
  ['kinderklinik', { kind: 'organisation', cls: 'named' }],
  ['bibliothek', { kind: 'organisation', cls: 'named' }],
  ['stadtbibliothek', { kind: 'organisation', cls: 'unique' }],
  ['stadtteilbibliothek', { kind: 'organisation', cls: 'named' }],
  ['stadtbuecherei', { kind: 'organisation', cls: 'unique' }],
  ['hochschule', { kind: 'organisation', cls: 'named' }],
  ['fachhochschule', { kind: 'organisation', cls: 'named' }],
  ['universitaet', { kind: 'organisation', cls: 'named' }],
  ['forschungsinstitut', { kind: 'organisation', cls: 'named' }],
  ['hebammenteam', { kind: 'organisation', cls: 'named' }],
  ['hebammennetzwerk', { kind: 'organisation', cls: 'named' }],
  ['ministerium', { kind: 'funder', cls: 'fuer' }],
  ['landesministerium', { kind: 'funder', cls: 'fuer' }],
  ['bundesministerium', { kind: 'funder', cls: 'fuer' }],
  ['amt', { kind: 'organisation', cls: 'fuer' }],
  ['institut', { kind: 'organisation', cls: 'fuer' }],
  ['zentrum', { kind: 'organisation', cls: 'fuer' }],
  ['gesellschaft', { kind: 'organisation', cls: 'fuer' }],
  ['verein', { kind: 'carrier', cls: 'fuer' }],
  ['foerderverein', { kind: 'carrier', cls: 'named' }],
  ['sozialwerk', { kind: 'carrier', cls: 'named' }],
  ['jugendwerk', { kind: 'carrier', cls: 'named' }],
  ['hilfswerk', { kind: 'carrier', cls: 'named' }],
  ['familienwerk', { kind: 'carrier', cls: 'named' }],
  ['diakoniewerk', { kind: 'carrier', cls: 'named' }],
  ['nachbarschaftswerk', { kind: 'carrier', cls: 'named' }],
  ['verband', { kind: 'carrier', cls: 'fuer' }],
  ['kreisverband', { kind: 'carrier', cls: 'named' }],
  ['stadtverband', { kind: 'carrier', cls: 'named' }],
  ['ortsverband', { kind: 'carrier', cls: 'named' }],
  ['ortsverein', { kind: 'carrier', cls: 'named' }],
  ['bezirksverband', { kind: 'carrier', cls: 'named' }],
  ['stiftung', { kind: 'funder', cls: 'fuer' }],
  ['buergerstiftung', { kind: 'funder', cls: 'named' }],
  // units of an administration
  ['fachbereich', { kind: 'organisation', cls: 'unit' }],
  ['abteilung', { kind: 'organisation', cls: 'unit' }],
  ['dezernat', { kind: 'organisation', cls: 'unit' }],
  ['referat', { kind: 'organisation', cls: 'unit' }],
  ['fachdienst', { kind: 'organisation', cls: 'unit' }],
  ['fachgebiet', { kind: 'organisation', cls: 'unit' }],
  ['geschaeftsbereich', { kind: 'organisation', cls: 'unit' }],
  ['ressort', { kind: 'organisation', cls: 'unit' }],
  ['sachgebiet', { kind: 'organisation', cls: 'unit' }],
  ['stadtdienst', { kind: 'organisation', cls: 'unit' }],
  ['fachamt', { kind: 'organisation', cls: 'unit' }],
  ['bezirkssozialdienst', { kind: 'youth_office', cls: 'unique' }],
  ['kommunaler sozialdienst', { kind: 'youth_office', cls: 'unique' }],
  // free carriers (brands)
  ['caritasverband', { kind: 'carrier', cls: 'brand' }],
  ['caritas', { kind: 'carrier', cls: 'brand' }],
  ['diakonie', { kind: 'carrier', cls: 'brand' }],
  ['diakonisches werk', { kind: 'carrier', cls: 'brand' }],
  ['awo', { kind: 'carrier', cls: 'brand' }],
  ['arbeiterwohlfahrt', { kind: 'carrier', cls: 'brand' }],
  ['drk', { kind: 'carrier', cls: 'brand' }],
  ['deutsches rotes kreuz', { kind: 'carrier', cls: 'brand' }],
  ['deutschen roten kreuz', { kind: 'carrier', cls: 'brand' }],
  ['deutschen roten kreuzes', { kind: 'carrier', cls: 'brand' }],
  ['kinderschutzbund', { kind: 'carrier', cls: 'brand' }],
  ['deutscher kinderschutzbund', { kind: 'carrier', cls: 'brand' }],
  ['deutschen kinderschutzbund', { kind: 'carrier', cls: 'brand' }],
  ['dksb', { kind: 'carrier', cls: 'brand' }],
  ['paritaetische', { kind: 'carrier', cls: 'brand' }],
  ['paritaetischer wohlfahrtsverband', { kind: 'carrier', cls: 'brand' }],
  ['lebenshilfe', { kind: 'carrier', cls: 'brand' }],
  ['johanniter', { kind: 'carrier', cls: 'brand' }],
  ['johanniter-unfall-hilfe', { kind: 'carrier', cls: 'brand' }],
  ['malteser', { kind: 'carrier', cls: 'brand' }],
  ['malteser hilfsdienst', { kind: 'carrier', cls: 'brand' }],
  ['skf', { kind: 'carrier', cls: 'brand' }],
  ['skm', { kind: 'carrier', cls: 'brand' }],
  ['sozialdienst katholischer frauen', { kind: 'carrier', cls: 'brand' }],
  ['sozialdienst katholischer maenner', { kind: 'carrier', cls: 'brand' }],
  ['internationaler bund', { kind: 'carrier', cls: 'brand' }],
  ['cjd', { kind: 'carrier', cls: 'brand' }],
  ['jugendhilfe', { kind: 'carrier', cls: 'named' }],
  ['kinder- und jugendhilfe', { kind: 'carrier', cls: 'named' }],
  ['evangelische jugendhilfe', { kind: 'carrier', cls: 'brand' }],
  ['katholische jugendhilfe', { kind: 'carrier', cls: 'brand' }],
  ['kirchengemeinde', { kind: 'organisation', cls: 'named' }],
  ['pfarrei', { kind: 'organisation', cls: 'named' }],
  // schools
  ['grundschule', { kind: 'school', cls: 'named' }],
  ['gemeinschaftsgrundschule', { kind: 'school', cls: 'named' }],
  ['katholische grundschule', { kind: 'school', cls: 'named' }],
  ['ggs', { kind: 'school', cls: 'named' }],
  ['kgs', { kind: 'school', cls: 'named' }],
  ['egs', { kind: 'school', cls: 'named' }],
  ['hauptschule', { kind: 'school', cls: 'named' }],
  ['realschule', { kind: 'school', cls: 'named' }],
  ['gesamtschule', { kind: 'school', cls: 'named' }],
  ['sekundarschule', { kind: 'school', cls: 'named' }],
  ['gymnasium', { kind: 'school', cls: 'named' }],
  ['foerderschule', { kind: 'school', cls: 'named' }],
  ['berufskolleg', { kind: 'school', cls: 'named' }],
  ['primusschule', { kind: 'school', cls: 'named' }],
  ['schule', { kind: 'school', cls: 'named' }],
  // an "Elternschule" is a family-education carrier, a "Musikschule" no school of children
  ['elternschule', { kind: 'carrier', cls: 'named' }],
  ['musikschule', { kind: 'organisation', cls: 'named' }],
  ['kunstschule', { kind: 'organisation', cls: 'named' }],
  ['ogs', { kind: 'school', cls: 'named' }],
  // day care
  ['kita', { kind: 'daycare', cls: 'named' }],
  ['kindertagesstaette', { kind: 'daycare', cls: 'named' }],
  ['kindertageseinrichtung', { kind: 'daycare', cls: 'named' }],
  ['kindergarten', { kind: 'daycare', cls: 'named' }],
  ['familienzentrum', { kind: 'daycare', cls: 'named' }],
  // "Familienzentrum Kita Sonnenwinkel": one centre, named after its Kita
  ['familienzentrum kita', { kind: 'daycare', cls: 'named' }],
  ['familienzentrum kindertagesstaette', { kind: 'daycare', cls: 'named' }],
  ['familienzentrum kindergarten', { kind: 'daycare', cls: 'named' }],
  ['kinderhaus', { kind: 'daycare', cls: 'named' }],
  ['kindertagespflege', { kind: 'daycare', cls: 'named' }],
  ['familiengrundschulzentrum', { kind: 'daycare', cls: 'named' }],
  ['fgz', { kind: 'daycare', cls: 'named' }],
  // EU funds
  ['europaeische union', { kind: 'funder', cls: 'brand' }],
  ['europaeischen union', { kind: 'funder', cls: 'brand' }],
  ['eu', { kind: 'funder', cls: 'brand' }],
  ['esf', { kind: 'funder', cls: 'brand' }],
  ['esf plus', { kind: 'funder', cls: 'brand' }],
  ['esf+', { kind: 'funder', cls: 'brand' }],
  ['europaeischer sozialfonds', { kind: 'funder', cls: 'brand' }],
  ['europaeischen sozialfonds', { kind: 'funder', cls: 'brand' }],
  ['europaeischen sozialfonds plus', { kind: 'funder', cls: 'brand' }],
  ['efre', { kind: 'funder', cls: 'brand' }],
  ['react-eu', { kind: 'funder', cls: 'brand' }],
]);

/** Compound endings: "Kreisjugendamt", "Bürgerstiftung", "Sportverein" (folded). */
export const HEAD_SUFFIXES: ReadonlyArray<[string, HeadInfo]> = [
  ['jugendamt', { kind: 'youth_office', cls: 'unique' }],
  // schools of other kinds before the generic "…schule" ("Volkshochschule", "Musikschule" are no schools of children)
  ['volkshochschule', { kind: 'organisation', cls: 'unique' }],
  ['hochschule', { kind: 'organisation', cls: 'named' }],
  ['musikschule', { kind: 'organisation', cls: 'named' }],
  ['kunstschule', { kind: 'organisation', cls: 'named' }],
  ['elternschule', { kind: 'carrier', cls: 'named' }],
  ['klinikum', { kind: 'organisation', cls: 'named' }],
  ['klinik', { kind: 'organisation', cls: 'named' }],
  ['bibliothek', { kind: 'organisation', cls: 'named' }],
  ['grundschule', { kind: 'school', cls: 'named' }],
  ['gesamtschule', { kind: 'school', cls: 'named' }],
  ['schule', { kind: 'school', cls: 'unique' }],
  ['gesundheitsamt', { kind: 'organisation', cls: 'unique', domains: ['Gesundheit'] }],
  ['sozialamt', { kind: 'organisation', cls: 'unique', domains: ['SGB XII'] }],
  ['schulamt', { kind: 'organisation', cls: 'unique', domains: ['Schule'] }],
  ['familienzentrum', { kind: 'daycare', cls: 'named' }],
  ['kindertagesstaette', { kind: 'daycare', cls: 'named' }],
  ['stiftung', { kind: 'funder', cls: 'named' }],
  ['verein', { kind: 'carrier', cls: 'named' }],
  ['verband', { kind: 'carrier', cls: 'named' }],
  ['sozialwerk', { kind: 'carrier', cls: 'named' }],
  ['jugendwerk', { kind: 'carrier', cls: 'named' }],
  ['hilfswerk', { kind: 'carrier', cls: 'named' }],
  ['familienwerk', { kind: 'carrier', cls: 'named' }],
  ['diakoniewerk', { kind: 'carrier', cls: 'named' }],
  ['nachbarschaftswerk', { kind: 'carrier', cls: 'named' }],
  ['servicestelle', { kind: 'organisation', cls: 'named' }],
  ['koordinierungsstelle', { kind: 'organisation', cls: 'named' }],
  ['beratungsstelle', { kind: 'organisation', cls: 'named' }],
  ['landesjugendamt', { kind: 'youth_office', cls: 'named' }],
  ['buero', { kind: 'organisation', cls: 'named' }],
  ['management', { kind: 'organisation', cls: 'named' }],
];

/** Capitalised words that follow a head in prose but are not part of a name. */
export const NOT_NAME_WORDS = new Set(
  [
    'kinder', 'kindern', 'jugendliche', 'jugendlichen', 'familien', 'eltern', 'angebote', 'angebot', 'projekt', 'projekte',
    'beratung', 'unterstuetzung', 'hilfe', 'hilfen', 'ziel', 'ziele', 'ende', 'anfang', 'beginn', 'jahr', 'jahre', 'jahren',
    'vor', 'seit', 'auch', 'sowie', 'bereits', 'dort', 'hier', 'heute', 'gemeinsam', 'zudem', 'dabei', 'denn', 'damit',
    'zusammenarbeit', 'kooperation', 'mitarbeitende', 'mitarbeiter', 'mitarbeiterinnen', 'fachkraefte', 'fachkraft',
    'leitung', 'direktor', 'direktorin', 'geschaeftsfuehrer', 'geschaeftsfuehrerin', 'tel', 'telefon', 'e-mail', 'email',
    'fax', 'internet', 'web', 'mail', 'im', 'in', 'am', 'an', 'fuer', 'mit', 'und', 'oder', 'der', 'die', 'das', 'des', 'dem',
    'den', 'als', 'bei', 'von', 'vom', 'zum', 'zur', 'nach', 'ueber', 'durch', 'aus', 'auf', 'ab', 'bis', 'sowohl', 'weil',
    'ansprechpartner', 'ansprechpartnerin', 'kontakt', 'stadtteil', 'stadtteilen', 'quartier', 'quartieren', 'netzwerk',
    'schulen', 'kitas', 'traeger', 'partner', 'kooperationspartner', 'sozialarbeit', 'schulsozialarbeit', 'prävention',
    // objects of verb phrases after a subject ("will die Kreisverwaltung Bilanz ziehen", "nahm das Jugendamt Stellung")
    'bilanz', 'stellung', 'auskunft', 'antraege', 'antrag', 'mittel', 'kosten', 'gespraeche', 'raeume', 'zuschuesse', 'informationen',
    'verantwortung', 'kontakte', 'termine', 'zahlen', 'daten',
  ].map((w) => w),
);

/** Words before a head that make the mention generic ("eine Kita", "jede Grundschule"). */
export const GENERIC_DETERMINERS = new Set(['eigenes', 'eigene', 'eigenen', 'eigener', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'jede', 'jeder', 'jedem', 'jeden', 'jedes', 'keine', 'keiner', 'alle', 'allen', 'welche', 'welcher', 'diverse', 'mehrere', 'verschiedene', 'weitere', 'weiteren', 'andere', 'anderen', 'ihre', 'ihrer', 'ihrem', 'seine', 'seiner', 'seinem', 'unsere', 'unserer', 'unserem', 'unser']);

/** Modifiers that may stand before a head and belong to the name. */
export const NAME_MODIFIERS = /^(evangelische[rsn]?|katholische[rsn]?|städtische[rsn]?|kommunale[rsn]?|deutsche[rsn]?|internationale[rsn]?|paritätische[rsn]?|freie[rsn]?|offene[rsn]?|integrative[rsn]?|gemeinnützige[rsn]?|ökumenische[rsn]?|jüdische[rsn]?|islamische[rsn]?|christliche[rsn]?|neue[rsn]?|regionale[rsn]?|interkulturelle[rsn]?|zentrale[rsn]?|allgemeine[rsn]?|[a-zäöüß]{3,}ische[rsnm]?|[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ]?[a-zäöüß]*)$/;
