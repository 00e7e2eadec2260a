/**
 * German office titles and the body each implies (DOMAIN.md §2 works_for): a Landrat works for the
 * Kreis, a Bürgermeister for the Stadt, a Minister for the ministry, a Jugendamtsleiterin for the
 * Jugendamt. Rules as data; passes/person-roles.ts applies them when the text names no employer
 * next to the person.
 */
export type ImpliedBody =
  'kreis' | 'town' | 'municipality' | 'ministry' | 'youth_office' | 'job_center' | 'school' | 'daycare';

export interface RoleRule {
  id: string;
  /** tested against the role word the text gives with the person */
  role: RegExp;
  body: ImpliedBody;
}

export const ROLE_RULES: readonly RoleRule[] = [
  {
    id: 'role.landrat',
    role: /^(?:stellvertretende[rn]? )?(?:Landrat|Landrätin|Kreisdirektor(?:in)?|Städteregionsrat|Städteregionsrätin)$/u,
    body: 'kreis',
  },
  // a member of the Kreistag chairing its committee acts for the Kreis
  { id: 'role.kreistag', role: /^(?:Kreistagsmitglied|Kreistagsabgeordnete[r]?)$/u, body: 'kreis' },
  // a Bezirksbürgermeister chairs a Bezirksvertretung of the city
  {
    id: 'role.buergermeister',
    role: /^(?:stellvertretende[rn]? )?(?:Ober|Bezirks)?[Bb]ürgermeister(?:in)?$/u,
    body: 'town',
  },
  {
    id: 'role.dezernent',
    role: /^(?:Sozial|Jugend|Schul|Bildungs|Familien|Kreis)?(?:[Dd]ezernent(?:in)?|Beigeordnete[r]?|Stadtdirektor(?:in)?|Stadtrat|Stadträtin|Kreisrat|Kreisrätin)$/u,
    body: 'municipality',
  },
  {
    id: 'role.minister',
    role: /^(?:NRW-|Landes)?(?:Familien|Kinder|Jugend|Sozial|Arbeits|Gesundheits|Schul|Bildungs|Bau|Kommunal|Heimat)?(?:[Mm]inister(?:in)?|[Ss]taatssekretär(?:in)?)$/u,
    body: 'ministry',
  },
  {
    id: 'role.jugendamtsleitung',
    role: /^(?:Jugendamtsleiter(?:in)?|Leiter(?:in)? des (?:Kreis)?[Jj]ugendamte?s|Jugendamtschef(?:in)?)$/u,
    body: 'youth_office',
  },
  {
    id: 'role.jobcenter-leitung',
    role: /^Jobcenter-(?:Geschäftsführer(?:in)?|Chef(?:in)?|Leiter(?:in)?)$/u,
    body: 'job_center',
  },
  {
    id: 'role.schulleitung',
    role: /^(?:Schulleiter(?:in)?|Rektor(?:in)?|Konrektor(?:in)?|Schulleitung)$/u,
    body: 'school',
  },
  {
    id: 'role.kitaleitung',
    role: /^(?:Kita-?[Ll]eiter(?:in)?|Kita-?[Ll]eitung|Leiter(?:in)? der Kita|Familienzentrumsleiter(?:in)?)$/u,
    body: 'daycare',
  },
];

/** Ministries by the portfolio word of a minister's title ("Familienministerin"): a fold of the ministry's name must contain one of these. */
export const MINISTRY_PORTFOLIO: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:NRW-)?(?:Familien|Kinder|Jugend)/u, /kinder|familie/],
  [/^(?:NRW-)?(?:Sozial|Arbeits|Gesundheits)/u, /arbeit|soziales|gesundheit/],
  [/^(?:NRW-)?(?:Schul|Bildungs)/u, /schule|bildung/],
  [/^(?:NRW-)?(?:Bau|Kommunal|Heimat)/u, /heimat|kommunales|bau/],
];

/**
 * Words for office holders that stand next to a name ("…, Geschäftsführerin der …", "Leiter des …"),
 * compounds included ("Referatsleiterin", "Stadtteilkoordinator", "Familienlotsin").
 */
export const ROLE_WORD = String.raw`(?:stellvertretende[rn]? |kommissarische[rn]? )?(?:[\p{L}]+-)?(?:Geschäftsführer(?:in)?|Geschäftsführung|Vorsitzende[rn]?|Schatzmeister(?:in)?|Kassierer(?:in)?|Schriftführer(?:in)?|Vorstand(?:svorsitzende[rn]?)?|Vorständin|Leiter(?:in)?|Leitung|Koordinator(?:in)?|Koordination|Referent(?:in)?|Mitarbeiter(?:in)?|Sprecher(?:in)?|Direktor(?:in)?|Präsident(?:in)?|Fachbereichsleiter(?:in)?|Abteilungsleiter(?:in)?|Teamleiter(?:in)?|Projektleiter(?:in)?|Bereichsleiter(?:in)?|Amtsleiter(?:in)?|Sozialarbeiter(?:in)?|Sozialpädagog(?:e|in)|Quartiersmanager(?:in)?|Netzwerkkoordinator(?:in)?|Ansprechpartner(?:in)?|Fachkraft|Beraterin|Berater|Dezernent(?:in)?|Beigeordnete[r]?|Landrat|Landrätin|Städteregionsrat|Städteregionsrätin|Kreistagsmitglied|Kreistagsabgeordnete[r]?|(?:Ober)?[Bb]ürgermeister(?:in)?|Minister(?:in)?|Staatssekretär(?:in)?|Schulleiter(?:in)?|Rektor(?:in)?|Kita-Leiter(?:in)?|Chef(?:in)?|[\p{Lu}][\p{Ll}]{2,}(?:leiter(?:in)?|leitung|koordinator(?:in)?|referent(?:in)?|beauftragte[rn]?|manager(?:in)?|berater(?:in)?|begleiter(?:in)?|lotse|lotsin))`;
