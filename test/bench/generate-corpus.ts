/**
 * A seeded generator of synthetic German project pages for the benchmark (npm run bench).
 *
 * Pure and deterministic: the same seed gives the same pages, byte for byte, on every machine.
 * Each page has its own random stream derived from (seed, index), so the first 500 pages of a
 * 1000-page corpus are exactly the 500-page corpus: larger corpora only add documents.
 *
 * Layouts (the kinds of page in seeds/ and test/fixtures/dev/):
 *   lines     label on its own line, value below ("Projektträger" / blank / "Caritasverband …")
 *   inline    "Projektträger: Caritasverband …"
 *   table     "| Projektträger | Caritasverband … |"
 *   overview  a programme's overview: "Förderzeitraum 2021 bis 2024" headings over many
 *             "Stadt X" / "Kreis Y" entries
 *   press     a prose press release with quotes and a contact line
 * Organisations, projects and persons are invented; town and Kreis names are real NRW names.
 * Sizes: log-uniform between 1 and 30 kB of text; about one page in 250 is a ~200 kB page.
 */
import { seededRandom } from '../../src/util/rng.ts';
import type { SourceDocument } from '../../src/model/extraction.ts';

export type Layout = 'lines' | 'inline' | 'table' | 'overview' | 'press';
export const LAYOUTS: readonly Layout[] = ['lines', 'inline', 'table', 'overview', 'press'];

export interface SyntheticDoc extends SourceDocument {
  layout: Layout;
  /** the size the page was grown to (UTF-8 bytes; the page is at least this long) */
  targetBytes: number;
}

export interface CorpusOptions {
  /** seed of the whole corpus (default 1) */
  seed?: number;
  /** one page in `bigEvery` is a ~200 kB page (default 250; 0 = none) */
  bigEvery?: number;
  /** smallest and largest ordinary page in bytes (default 1000 and 30000) */
  minBytes?: number;
  maxBytes?: number;
}

type Rng = () => number;

// ---- vocabulary -----------------------------------------------------------------------------------

/** Kreisfreie Städte of NRW. */
const KREISFREI: readonly string[] = [
  'Aachen',
  'Bielefeld',
  'Bochum',
  'Bonn',
  'Bottrop',
  'Dortmund',
  'Düsseldorf',
  'Duisburg',
  'Gelsenkirchen',
  'Hagen',
  'Hamm',
  'Herne',
  'Köln',
  'Krefeld',
  'Leverkusen',
  'Mönchengladbach',
  'Mülheim an der Ruhr',
  'Münster',
  'Oberhausen',
  'Remscheid',
  'Solingen',
  'Wuppertal',
];

/** Kreisangehörige towns of NRW by Kreis. */
const KREIS_TOWNS: Readonly<Record<string, readonly string[]>> = {
  'Kreis Borken': ['Ahaus', 'Bocholt', 'Schöppingen'],
  'Rhein-Sieg-Kreis': [
    'Alfter',
    'Bad Honnef',
    'Bornheim',
    'Eitorf',
    'Meckenheim',
    'Much',
    'Neunkirchen-Seelscheid',
    'Niederkassel',
    'Swisttal',
  ],
  'Kreis Paderborn': ['Altenbeken', 'Salzkotten'],
  Hochsauerlandkreis: ['Arnsberg', 'Brilon'],
  'Kreis Lippe': ['Augustdorf', 'Detmold', 'Extertal', 'Lemgo', 'Leopoldshöhe'],
  'Kreis Euskirchen': ['Bad Münstereifel', 'Dahlem', 'Hellenthal', 'Nettersheim', 'Schleiden'],
  'Kreis Soest': ['Bad Sassendorf', 'Geseke', 'Lippstadt', 'Rüthen', 'Welver'],
  'Märkischer Kreis': [
    'Balve',
    'Halver',
    'Iserlohn',
    'Kierspe',
    'Lüdenscheid',
    'Meinerzhagen',
    'Neuenrade',
    'Plettenberg',
    'Schalksmühle',
  ],
  'Rhein-Erft-Kreis': ['Bedburg', 'Bergheim', 'Erftstadt', 'Hürth', 'Pulheim', 'Wesseling'],
  'Oberbergischer Kreis': ['Bergneustadt', 'Lindlar', 'Wiehl', 'Wipperfürth'],
  'Kreis Coesfeld': ['Billerbeck'],
  'Kreis Höxter': ['Borgentreich', 'Nieheim'],
  'Kreis Herford': ['Bünde', 'Herford', 'Spenge', 'Vlotho'],
  'Rheinisch-Bergischer Kreis': ['Burscheid', 'Kürten', 'Overath', 'Wermelskirchen'],
  'Rhein-Kreis Neuss': ['Dormagen', 'Grevenbroich', 'Jüchen'],
  'Kreis Olpe': ['Drolshagen', 'Olpe'],
  'Kreis Steinfurt': ['Emsdetten', 'Hörstel', 'Horstmar', 'Metelen', 'Nordwalde', 'Ochtrup', 'Steinfurt'],
  'Ennepe-Ruhr-Kreis': ['Ennepetal', 'Hattingen'],
  'Kreis Siegen-Wittgenstein': ['Erndtebrück', 'Freudenberg', 'Hilchenbach', 'Wilnsdorf'],
  'Kreis Minden-Lübbecke': ['Espelkamp', 'Hüllhorst', 'Minden', 'Rahden', 'Stemwede'],
  'Kreis Heinsberg': ['Geilenkirchen', 'Übach-Palenberg', 'Waldfeucht'],
  'Kreis Kleve': ['Goch', 'Kalkar', 'Kerken', 'Kleve', 'Kranenburg', 'Rees', 'Wachtendonk', 'Weeze'],
  'Kreis Mettmann': ['Haan', 'Heiligenhaus', 'Monheim am Rhein', 'Velbert'],
  'Kreis Gütersloh': ['Herzebrock-Clarholz', 'Langenberg', 'Rheda-Wiedenbrück', 'Rietberg', 'Versmold'],
  'Kreis Unna': ['Holzwickede', 'Kamen', 'Lünen', 'Schwerte'],
  'Kreis Recklinghausen': ['Marl', 'Oer-Erkenschwick'],
  'Kreis Wesel': ['Rheinberg'],
  'StädteRegion Aachen': ['Roetgen', 'Simmerath', 'Würselen'],
  'Kreis Warendorf': ['Sendenhorst', 'Warendorf'],
  'Kreis Düren': ['Titz'],
};

interface Town {
  name: string;
  /** the Kreis of a kreisangehörige town; undefined for a kreisfreie Stadt */
  kreis?: string;
}

const TOWNS: readonly Town[] = [
  ...KREISFREI.map((name) => ({ name })),
  ...Object.entries(KREIS_TOWNS).flatMap(([kreis, names]) => names.map((name) => ({ name, kreis }))),
];
const KREISE: readonly string[] = Object.keys(KREIS_TOWNS);

const FIRST_NAMES: readonly string[] = [
  'Anna',
  'Birgit',
  'Claudia',
  'Dilek',
  'Elena',
  'Friederike',
  'Gesa',
  'Hanna',
  'Ines',
  'Julia',
  'Katrin',
  'Lea',
  'Marion',
  'Nadine',
  'Olga',
  'Petra',
  'Renate',
  'Sabine',
  'Tanja',
  'Ulrike',
  'Vera',
  'Wiebke',
  'Yasemin',
  'Zeynep',
  'Andreas',
  'Bernd',
  'Christian',
  'Daniel',
  'Emre',
  'Frank',
  'Georg',
  'Heiko',
  'Jan',
  'Jonas',
  'Klaus',
  'Lukas',
  'Markus',
  'Murat',
  'Niklas',
  'Oliver',
  'Peter',
  'Ralf',
  'Stefan',
  'Thomas',
  'Uwe',
  'Volker',
  'Werner',
  'Tobias',
  'Miriam',
  'Sandra',
  'Svenja',
  'Holger',
  'Jörg',
  'Kerstin',
];
const LAST_NAMES: readonly string[] = [
  'Ahrens',
  'Baumgärtel',
  'Brinkhoff',
  'Dahlmann',
  'Eickhoff',
  'Feldkamp',
  'Göbel',
  'Hagedorn',
  'Hülsmann',
  'Jansen',
  'Kemper',
  'Lohmann',
  'Möllers',
  'Nienhaus',
  'Oltmanns',
  'Pieper',
  'Quante',
  'Rövekamp',
  'Schulte',
  'Tenbrink',
  'Uhlenbrock',
  'Vossenkuhl',
  'Wessels',
  'Wiegand',
  'Ziegler',
  'Albers',
  'Bergmann',
  'Dreier',
  'Esser',
  'Fischer',
  'Grewe',
  'Hoppe',
  'Kessler',
  'Küppers',
  'Lammers',
  'Meyer-Lindemann',
  'Nowak',
  'Ostendorf',
  'Pohl',
  'Rosendahl',
  'Sauerland',
  'Terhorst',
  'Vogt',
  'Winkelmann',
  'Yilmaz',
  'Özdemir',
  'Kowalski',
  'Schröder',
  'Brandt',
  'Overbeck',
  'Hülshorst',
  'Niemeyer',
  'Steinkamp',
  'Bröker',
];
const ROLES: readonly string[] = [
  'Projektkoordination',
  'Projektleitung',
  'Netzwerkkoordination',
  'Sozialpädagogin (B.A.)',
  'Fachdienstleitung',
  'Quartiersmanagement',
];

const REGIONS: readonly string[] = [
  'Lenne-Volme',
  'Niers-Rhein',
  'Emscher-Lippe',
  'Hellweg-Börde',
  'Ruhr-Lenne',
  'Sieg-Agger',
  'Rur-Eifel',
  'Weser-Werre',
  'Bergisch Land',
  'Münsterland-Nord',
  'Wupper-Dhünn',
  'Erft-Ville',
  'Ems-Vechte',
  'Sauerland-Süd',
  'Lippe-Senne',
];
const DISTRICTS: readonly string[] = [
  'Nordstadt',
  'Südstadt',
  'Oststadt',
  'Weststadt',
  'Innenstadt',
  'Lindenhof',
  'Bruchfeld',
  'Kirchfeld',
  'Heidekamp',
  'Sonnenberg',
  'Rosenhügel',
  'Am Wasserturm',
  'Mühlenbach',
  'Eichenkamp',
  'Schlosspark',
  'Wiesengrund',
  'Hüttenviertel',
  'Zechenfeld',
];
const KITA_NAMES: readonly string[] = [
  'Regenbogen',
  'Kunterbunt',
  'Sternschnuppe',
  'Arche Noah',
  'Pusteblume',
  'Sonnenschein',
  'Villa Kunterbunt',
  'Löwenzahn',
  'Zwergenland',
  'Abenteuerland',
  'Spatzennest',
  'Marienkäfer',
  'St. Josef',
  'St. Marien',
  'Lummerland',
];
const SCHOOL_NAMES: readonly string[] = [
  'Am Lindenhof',
  'Sonnenhügel',
  'Am Rheinpark',
  'Zum Wiesengrund',
  'Friedrichstraße',
  'An der Uechtingstraße',
  'Im Kirchfeld',
  'Am Mühlenbach',
  'Astrid-Lindgren-Schule',
  'Erich-Kästner-Schule',
  'Brüder-Grimm-Schule',
  'Am Eichenkamp',
  'Pestalozzischule',
];
const INVENTED_BRANDS: readonly string[] = [
  'Lichtblick',
  'Kinderbrücke',
  'Sprungbrett',
  'Wegweiser',
  'Brückenschlag',
  'Zukunftswerk',
  'Kompass',
  'Leuchtturm',
  'Rückenwind',
  'Startpunkt',
];
const VEREIN_PURPOSES: readonly string[] = [
  'soziale Arbeit und Beratung',
  'Kinder- und Jugendhilfe',
  'Familienbildung',
  'Stadtteilarbeit',
  'Integration und Teilhabe',
  'offene Kinder- und Jugendarbeit',
];
const FOUNDATION_NAMES: readonly string[] = [
  'Kinderchancen',
  'Aufwind',
  'Zukunft Kind',
  'Lebensweg',
  'Bildungsbrücke',
  'Familienglück',
];

const MINISTRIES: readonly string[] = [
  'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
  'Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen',
  'MAGS',
  'MKJFGFI',
];
const PROGRAMS: readonly string[] = [
  'Zusammen im Quartier – Kinder stärken – Zukunft sichern',
  'kinderstark – NRW schafft Chancen',
  'Starke Netze für Kinder',
  'Familien stärken – Perspektiven schaffen',
];
const TITLE_HEADS: readonly string[] = [
  'Brückenbauer',
  'Kita-Lotsen',
  'Familienbüro',
  'Familienlotsen',
  'Startklar',
  'Lesestart',
  'Frühstart',
  'Mittendrin',
  'Gemeinsam stark in',
  'Kinder.Zeit',
  'Netzwerk Frühe Chancen',
  'Elterncafé',
  'Quartierskümmerer',
  'Bildungsbrücke',
  'Familienwege',
];
const TITLE_TAILS: readonly string[] = [
  'Familien begleiten, Kinder stärken',
  'gut ankommen von Anfang an',
  'Chancen für jedes Kind',
  'gemeinsam durch den Übergang',
  'Teilhabe im Quartier',
  'früh erreichen, gezielt fördern',
];
const TARGET_GROUPS: readonly string[] = [
  'Kinder und Jugendliche',
  'Kinder von 0 bis 10 Jahren und ihre Eltern',
  'Familien im SGB-II-Leistungsbezug',
  'Alleinerziehende mit Kindern unter sechs Jahren',
  'Kinder im Übergang Kita – Grundschule',
  'Familien mit Kindern von 3 bis 8 Jahren',
];
const STREETS: readonly string[] = [
  'Bahnhofstraße',
  'Hauptstraße',
  'Kirchplatz',
  'Lindenstraße',
  'Marktstraße',
  'Schulstraße',
  'Am Rathaus',
  'Gartenstraße',
  'Feuerbachstraße',
  'Bergstraße',
];

const FILLER: readonly string[] = [
  'Viele Familien im Quartier leben von Transferleistungen und finden den Weg zu Beratung und Unterstützung nur schwer.',
  'Die Angebote sind niedrigschwellig, kostenlos und ohne Anmeldung zugänglich.',
  'Im Mittelpunkt stehen die Kinder und ihre Familien, ihre Stärken und ihre Wünsche.',
  'Ziel ist es, Übergänge zwischen Familie, Kita und Grundschule gelingend zu gestalten.',
  'Die Fachkräfte suchen Familien zu Hause auf, begleiten sie zu Terminen und helfen bei Anträgen.',
  'Eltern werden an der Planung der Angebote beteiligt und bringen ihre Erfahrungen ein.',
  'Die Zahl der Kinder in Bedarfsgemeinschaften nach dem SGB II ist hier überdurchschnittlich hoch.',
  'Sprachförderung, Bewegung und gesunde Ernährung sind feste Bausteine des Wochenplans.',
  'Die Ergebnisse fließen in die kommunale Präventionskette ein und werden im Jugendhilfeausschuss vorgestellt.',
  'Ehrenamtliche Patinnen und Paten aus dem Stadtteil unterstützen die hauptamtlichen Fachkräfte.',
  'Nach der Förderphase sollen die erfolgreichen Bausteine in die Regelstruktur übergehen.',
  'Während der Corona-Pandemie wurden telefonische und kontaktlose Beratungszugänge eingerichtet.',
  'Besonders Alleinerziehende und Familien mit mehr als drei Kindern nutzen die offene Sprechstunde.',
  'Eine wissenschaftliche Begleitung wertet die Erfahrungen aus und macht sie für andere Kommunen nutzbar.',
];
const FURNITURE_TOP: readonly string[] = [
  'Inhalt anspringen',
  'Zum Inhalt springen',
  'Direkt zum Inhalt',
  'Menü | Suche | Kontakt',
  'Suche | Kontakt | Leichte Sprache | Gebärdensprache',
];
const FURNITURE_BOTTOM: readonly string[] = [
  'Teilen | Drucken | nach oben',
  'Impressum | Datenschutz | Barrierefreiheit',
  'Diese Website verwendet Cookies. Notwendige Cookies sind für den Betrieb der Seite erforderlich. Alle akzeptieren | Nur notwendige',
  'Seite teilen: Facebook | X | E-Mail | Drucken',
  'Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. Cookie-Einstellungen',
];

// ---- small helpers --------------------------------------------------------------------------------

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}
function int(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function chance(r: Rng, p: number): boolean {
  return r() < p;
}
function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
/** ASCII local part for e-mail addresses and domains. */
function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
/** UTF-8 length of a string (no Buffer: the generator also runs outside Node). */
function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Grammatical gender of an organisation name, for the article in front of it. */
function gender(name: string): 'm' | 'f' | 'n' {
  if (
    /^(Kita|Diakonie|AWO|Evangelische Jugendhilfe|Stiftung|(Städtische |Katholische )?(Gemeinschafts)?[Gg]rundschule)\b|(Kinderhilfe|Stiftung für Kinder)\b/.test(
      name,
    )
  )
    return 'f';
  if (/^(Familienzentrum|Quartiersbüro|Jugendamt|Kreisjugendamt|Jobcenter|Amt|Ministerium|MAGS|MKJFGFI)\b/.test(name))
    return 'n';
  return 'm';
}
/** "dem Caritasverband …", "der Diakonie …" */
function dat(name: string): string {
  return `${gender(name) === 'f' ? 'der' : 'dem'} ${name}`;
}
/** "Der Caritasverband …", "Die Diakonie …", "Das Jugendamt …" */
function nom(name: string): string {
  const g = gender(name);
  return `${g === 'f' ? 'Die' : g === 'n' ? 'Das' : 'Der'} ${name}`;
}

// ---- the world of one page ------------------------------------------------------------------------

interface Person {
  first: string;
  last: string;
  title: string;
  female: boolean;
}
const FEMALE = new Set([
  'Anna',
  'Birgit',
  'Claudia',
  'Dilek',
  'Elena',
  'Friederike',
  'Gesa',
  'Hanna',
  'Ines',
  'Julia',
  'Katrin',
  'Lea',
  'Marion',
  'Nadine',
  'Olga',
  'Petra',
  'Renate',
  'Sabine',
  'Tanja',
  'Ulrike',
  'Vera',
  'Wiebke',
  'Yasemin',
  'Zeynep',
  'Miriam',
  'Sandra',
  'Svenja',
  'Kerstin',
]);

function person(r: Rng): Person {
  const first = pick(r, FIRST_NAMES);
  const last = chance(r, 0.12) ? `${pick(r, LAST_NAMES)}-${pick(r, LAST_NAMES)}` : pick(r, LAST_NAMES);
  return { first, last, title: chance(r, 0.12) ? 'Dr. ' : '', female: FEMALE.has(first) };
}
const fullName = (p: Person) => `${p.title}${p.first} ${p.last}`;

function phone(r: Rng): string {
  const area = `0${pick(r, ['2', '5'])}${int(r, 100, 999)}${chance(r, 0.3) ? int(r, 1, 9) : ''}`;
  const style = int(r, 0, 3);
  if (style === 0) return `${area} / ${int(r, 100, 999)} ${int(r, 10, 99)} ${int(r, 10, 99)}`;
  if (style === 1) return `${area} ${int(r, 10, 99)}-${int(r, 1000, 9999)}`;
  if (style === 2) return `+49 ${area.slice(1)} ${int(r, 100, 999)} ${int(r, 100, 999)}`;
  return `${area} / ${int(r, 100000, 999999)}`;
}

function email(r: Rng, p: Person, domain: string): string {
  const local = chance(r, 0.6)
    ? `${ascii(p.first)}.${ascii(p.last)}`
    : `${ascii(p.first).slice(0, 1)}.${ascii(p.last)}`;
  return chance(r, 0.3) ? `${local} [at] ${domain}` : `${local}@${domain}`;
}

interface Org {
  name: string;
  short: string;
  domain: string;
}

function carrier(r: Rng, town: Town): Org {
  const t = town.name;
  const region = pick(r, REGIONS);
  switch (int(r, 0, 8)) {
    case 0:
      return { name: `Caritasverband ${t} e.V.`, short: `Caritasverband ${t}`, domain: `caritas-${ascii(t)}.de` };
    case 1:
      return town.kreis
        ? {
            name: `Caritasverband für den ${town.kreis} e.V.`,
            short: 'Caritasverband',
            domain: `caritas-${ascii(town.kreis)}.de`,
          }
        : { name: `Caritasverband für die Stadt ${t} e.V.`, short: `Caritas ${t}`, domain: `caritas-${ascii(t)}.de` };
    case 2:
      return { name: `Diakonie ${region} gGmbH`, short: `Diakonie ${region}`, domain: `diakonie-${ascii(region)}.de` };
    case 3:
      return { name: `Diakonie im Kirchenkreis ${t}`, short: `Diakonie ${t}`, domain: `diakonie-${ascii(t)}.de` };
    case 4:
      return chance(r, 0.5)
        ? { name: `AWO Kreisverband ${t} e.V.`, short: `AWO ${t}`, domain: `awo-${ascii(t)}.de` }
        : { name: `AWO Unterbezirk ${region}`, short: `AWO ${region}`, domain: `awo-${ascii(region)}.de` };
    case 5: {
      const purpose = pick(r, VEREIN_PURPOSES);
      return {
        name: `Verein für ${purpose} ${t} e.V.`,
        short: `Verein für ${purpose}`,
        domain: `verein-${ascii(t)}.de`,
      };
    }
    case 6: {
      const brand = pick(r, INVENTED_BRANDS);
      return {
        name: `${brand} Kinderhilfe ${t} e.V.`,
        short: `${brand} Kinderhilfe`,
        domain: `${ascii(brand)}-${ascii(t)}.de`,
      };
    }
    case 7:
      return {
        name: `Evangelische Jugendhilfe ${region} gGmbH`,
        short: `Evangelische Jugendhilfe ${region}`,
        domain: `ejh-${ascii(region)}.de`,
      };
    default:
      return {
        name: `Kinderschutzbund Ortsverband ${t} e.V.`,
        short: `Kinderschutzbund ${t}`,
        domain: `kinderschutzbund-${ascii(t)}.de`,
      };
  }
}

function youthOffice(r: Rng, town: Town): string {
  if (town.kreis && chance(r, 0.5)) return `Kreisjugendamt ${town.kreis.replace(/^Kreis /, '')}`;
  return pick(r, [
    `Jugendamt der Stadt ${town.name}`,
    `Jugendamt ${town.name}`,
    `Amt für Kinder, Jugend und Familie der Stadt ${town.name}`,
  ]);
}
function jobCenter(r: Rng, town: Town): string {
  if (town.kreis && chance(r, 0.5)) return `Jobcenter ${town.kreis}`;
  return `Jobcenter ${town.name}`;
}
function school(r: Rng): string {
  return `${pick(r, ['Grundschule', 'Gemeinschaftsgrundschule', 'Katholische Grundschule', 'Städtische Gemeinschaftsgrundschule'])} ${pick(r, SCHOOL_NAMES)}`;
}
function daycare(r: Rng): string {
  return pick(r, [
    `Familienzentrum ${pick(r, KITA_NAMES)}`,
    `Kita ${pick(r, KITA_NAMES)}`,
    `Familienzentrum ${pick(r, DISTRICTS)}`,
  ]);
}
function foundation(r: Rng): string {
  return chance(r, 0.5) ? `Stiftung ${pick(r, FOUNDATION_NAMES)}` : `${pick(r, INVENTED_BRANDS)}-Stiftung für Kinder`;
}
function partner(r: Rng, town: Town): string {
  switch (int(r, 0, 5)) {
    case 0:
      return youthOffice(r, town);
    case 1:
      return jobCenter(r, town);
    case 2:
      return school(r);
    case 3:
      return daycare(r);
    case 4:
      return carrier(r, town).name;
    default:
      return `Quartiersbüro ${pick(r, DISTRICTS)}`;
  }
}

function period(r: Rng): { from: number; to: number; text: string } {
  const from = int(r, 2018, 2024);
  const to = from + int(r, 1, 3);
  const m = int(r, 1, 12);
  const style = int(r, 0, 3);
  const text =
    style === 0
      ? `01.${pad2(m)}.${from} – ${pad2(m === 1 ? 31 : 28)}.${pad2(m === 1 ? 12 : m - 1)}.${to}`
      : style === 1
        ? `01.01.${from} - 31.12.${to}`
        : style === 2
          ? `${from} bis ${to}`
          : `${pad2(m)}/${from} – ${pad2(m)}/${to}`;
  return { from, to, text };
}

function projectTitle(r: Rng, district: string): string {
  const head = pick(r, TITLE_HEADS);
  const base = chance(r, 0.6) ? `${head} ${district}` : head;
  return chance(r, 0.4) ? `${base} – ${pick(r, TITLE_TAILS)}` : base;
}

interface World {
  r: Rng;
  town: Town;
  district: string;
  carrier: Org;
  partners: string[];
  contact: Person;
  contact2: Person;
  program: string;
  funder: string;
  title: string;
  period: { from: number; to: number; text: string };
}

function world(r: Rng): World {
  const town = pick(r, TOWNS);
  const district = pick(r, DISTRICTS);
  return {
    r,
    town,
    district,
    carrier: carrier(r, town),
    partners: Array.from({ length: int(r, 2, 5) }, () => partner(r, town)),
    contact: person(r),
    contact2: person(r),
    program: pick(r, PROGRAMS),
    funder: chance(r, 0.8) ? pick(r, MINISTRIES) : foundation(r),
    title: projectTitle(r, district),
    period: period(r),
  };
}

// ---- prose ----------------------------------------------------------------------------------------

/** One sentence about the project, with or without named actors. */
function sentence(w: World): string {
  const { r, town } = w;
  switch (int(r, 0, 11)) {
    case 0:
      return `Der Träger arbeitet dafür eng mit ${dat(youthOffice(r, town))} und ${dat(jobCenter(r, town))} zusammen.`;
    case 1:
      return `Kooperationspartner sind ${school(r)} und ${daycare(r)} im Stadtteil ${w.district}.`;
    case 2:
      return `Das Projekt wird aus Mitteln des ${pick(r, ['Landes', 'Europäischen Sozialfonds Plus (ESF Plus)', 'Landes und der Europäischen Union'])} gefördert.`;
    case 3:
      return `Im Stadtteil ${w.district} von ${town.name}${town.kreis ? ` (${town.kreis})` : ''} leben besonders viele Kinder in Familien mit geringem Einkommen.`;
    case 4: {
      const p = person(r);
      const role = pick(
        r,
        p.female
          ? ['Sozialdezernentin', 'Beigeordnete', 'Projektleiterin', 'Bürgermeisterin']
          : ['Sozialdezernent', 'Beigeordneter', 'Projektleiter', 'Bürgermeister'],
      );
      return `„${pick(r, ['Kinder dürfen nicht darunter leiden, dass die Hilfen für ihre Eltern getrennt organisiert sind', 'Wir bringen die Hilfe dorthin, wo die Familien ohnehin sind', 'Gute Zusammenarbeit ist der Schlüssel'])}“, sagt ${role} ${fullName(p)}.`;
    }
    case 5:
      return `Gemeinsam mit ${dat(carrier(r, town).name)} entstehen offene Angebote für Kinder und Eltern.`;
    case 6:
      return `Auch ${daycare(r)} und ${school(r)} beteiligen sich an den monatlichen Fallkonferenzen.`;
    default:
      return pick(r, FILLER);
  }
}

function paragraph(w: World, min = 2, max = 6): string {
  return Array.from({ length: int(w.r, min, max) }, () => sentence(w)).join(' ');
}

const SECTION_HEADINGS: readonly string[] = [
  'Ausgangslage',
  'Ziele',
  'Vorgehen',
  'Hintergrund',
  'Projektbeschreibung',
  'Umsetzung',
  'Ergebnisse',
  'Nachhaltigkeit',
];

/** Prose sections (heading, paragraph, sometimes a list) of about `budget` bytes in all. */
function growProse(w: World, budget: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  while (bytes < budget) {
    const section = ['', pick(w.r, SECTION_HEADINGS), '', paragraph(w)];
    if (chance(w.r, 0.3))
      section.push('', ...Array.from({ length: int(w.r, 2, 5) }, () => `- ${pick(w.r, FILLER).replace(/\.$/, '')}`));
    out.push(...section);
    bytes += byteLength(section.join('\n')) + 1;
  }
  return out;
}

function contactBlock(w: World, style: 'lines' | 'inline'): string[] {
  const { r } = w;
  const c = w.contact;
  const mail = email(r, c, w.carrier.domain);
  if (style === 'lines')
    return [w.carrier.short, fullName(c), `Tel.: ${phone(r)}`, `E-Mail: ${mail}`, `Internet: www.${w.carrier.domain}`];
  return [
    `${c.female ? 'Ansprechpartnerin' : 'Ansprechpartner'}: ${fullName(c)} (${pick(r, ROLES)})`,
    w.carrier.name,
    `Telefon: ${phone(r)}`,
    `E-Mail: ${mail}`,
  ];
}

// ---- layouts --------------------------------------------------------------------------------------

function pageLines(w: World, target: number): string {
  const { r, town } = w;
  const parts: string[] = [
    pick(r, FURNITURE_TOP),
    '',
    `${w.program.split(' – ')[0]} – Projekte in ${town.name}`,
    '',
    'Allgemeine Angaben zum Projekt',
  ];
  const field = (label: string, value: string) => parts.push(label, '', value, '');
  field('Projekttitel', w.title);
  field('Projektträger', w.carrier.name);
  field('Projektstandort', `${int(r, 32000, 59999)} ${town.name}, ${pick(r, STREETS)} ${int(r, 1, 120)}`);
  field('geplanter Förderzeitraum', w.period.text);
  field('Projektbeginn', String(w.period.from));
  field('Kreis/kreisfreie Stadt', town.kreis ?? `Stadt ${town.name}`);
  parts.push('Kontakt', '', ...contactBlock(w, 'lines'), '');
  parts.push('Ziele und Methoden des Projekts', 'Örtliche Rahmenbedingungen / Eckdaten', '', paragraph(w, 3, 6));
  const tail = [
    '',
    'Beteiligte Akteure / Kooperationspartner',
    '',
    `Kooperation mit ${w.partners.join(', ')}.`,
    '',
    pick(r, FURNITURE_BOTTOM),
  ];
  return finish(w, parts, tail, target);
}

function pageInline(w: World, target: number): string {
  const { r, town } = w;
  const parts: string[] = [
    pick(r, FURNITURE_TOP),
    `Startseite > Projektdatenbank > ${town.name} > ${w.title.split(' – ')[0]}`,
    '',
    w.title,
    '',
    'Projektsteckbrief',
    '',
    `Projekttitel: ${w.title}`,
    `Projektträger: ${w.carrier.name}`,
    `Kooperationspartner: ${w.partners.join(', ')}`,
    `Förderprogramm: ${w.program}`,
    `Förderung: ${w.funder}`,
    `Förderzeitraum: ${w.period.text}`,
    `Projektstandort: ${int(r, 32000, 59999)} ${town.name}, Stadtteil ${w.district}`,
    `Zielgruppe: ${pick(r, TARGET_GROUPS)}`,
    '',
    'Ausgangslage',
    '',
    paragraph(w, 2, 5),
  ];
  const tail = [
    '',
    'Kontakt',
    '',
    ...contactBlock(w, 'inline'),
    '',
    pick(r, FURNITURE_BOTTOM),
    pick(r, FURNITURE_BOTTOM),
  ];
  return finish(w, parts, tail, target);
}

function pageTable(w: World, target: number): string {
  const { r, town } = w;
  const c2 = w.contact2;
  const parts: string[] = [
    pick(r, FURNITURE_TOP),
    town.kreis ? town.kreis : `Stadt ${town.name}`,
    `Sie sind hier: Startseite / Familie & Bildung / Präventionskette / Projekte / ${w.title.split(' – ')[0]}`,
    '',
    w.title.split(' – ')[0]!,
    '',
    'Projektsteckbrief',
    '',
    `| Projekttitel | ${w.title} |`,
    `| Projektträger | ${w.carrier.name} |`,
    `| Beteiligte | ${w.partners.join('; ')} |`,
    `| Förderprogramm | ${w.program} |`,
    `| Fördergeber | ${w.funder} |`,
    `| Laufzeit | ${w.period.text} |`,
    `| Sozialraum | ${town.name}-${w.district} |`,
    `| Zielgruppe | ${pick(r, TARGET_GROUPS)} |`,
    `| Ansprechpartner | ${fullName(w.contact)}, ${pick(r, ROLES)}, Tel. ${phone(r)} |`,
    `| Projektleitung beim Träger | ${fullName(c2)}, Tel. ${phone(r)} |`,
    '',
    'Kurzbeschreibung',
    '',
    paragraph(w, 2, 5),
  ];
  const tail = [
    '',
    'Meilensteine',
    '',
    '| Zeitraum | Meilenstein |',
    `| ${pad2(int(r, 1, 12))}/${w.period.from} | Start der aufsuchenden Arbeit |`,
    `| ${pad2(int(r, 1, 12))}/${w.period.to} | Abschlussbericht |`,
    '',
    pick(r, FURNITURE_BOTTOM),
  ];
  return finish(w, parts, tail, target);
}

function pageOverview(w: World, target: number): string {
  const { r } = w;
  const funder = chance(r, 0.5) ? foundation(r) : pick(r, MINISTRIES.slice(0, 2));
  const parts: string[] = [
    pick(r, FURNITURE_TOP),
    `Programme > ${w.program} > Geförderte Kommunen`,
    '',
    `${w.program} – Geförderte Kommunen`,
    '',
    `Mit dem Programm „${w.program}“ unterstützt ${funder.startsWith('Ministerium') ? 'das' : 'die'} ${funder} Jugendämter in Nordrhein-Westfalen dabei, Netzwerke gegen Kinderarmut aufzubauen. Jede geförderte Kommune erhält eine halbe Stelle für die Netzwerkkoordination.`,
  ];
  let year = int(r, 2016, 2024);
  const footer = [
    '',
    'Programmbegleitung',
    'Die Kommunen tauschen sich zweimal im Jahr in Netzwerktreffen aus.',
    '',
    pick(r, FURNITURE_BOTTOM),
  ];
  const footerBytes = byteLength(footer.join('\n'));
  let bytes = byteLength(parts.join('\n'));
  do {
    const to = year + int(r, 2, 3);
    const head = ['', `Förderzeitraum ${year} bis ${to}`];
    parts.push(...head);
    bytes += byteLength(head.join('\n')) + 1;
    const entries = int(r, 2, 8);
    for (let e = 0; e < entries && (bytes + footerBytes < target || e === 0); e++) {
      const entry = overviewEntry(w);
      parts.push(...entry);
      bytes += byteLength(entry.join('\n')) + 1;
    }
    year -= int(r, 1, 3);
  } while (bytes + footerBytes < target);
  parts.push(...footer);
  return parts.join('\n');
}

function overviewEntry(w: World): string[] {
  const { r } = w;
  const useKreis = chance(r, 0.3);
  const kreis = pick(r, KREISE);
  const town: Town = useKreis ? { name: pick(r, KREIS_TOWNS[kreis]!), kreis } : pick(r, TOWNS);
  const heading = useKreis ? kreis : `Stadt ${town.name}`;
  const district = pick(r, DISTRICTS);
  const local: World = { ...w, town, district };
  const lines = ['', heading];
  if (chance(r, 0.7)) lines.push(`Projekt „${projectTitle(r, district)}“`);
  lines.push(
    pick(r, [
      'Wie erreichen wir Familien, die von Beratungsangeboten bisher nicht profitieren?',
      'Wie kann der Übergang von der Kita in die Grundschule für Kinder mit besonderem Förderbedarf gelingen?',
      'Wie können Jobcenter und Jugendamt Familien gemeinsam beraten?',
      'Wie können Angebote der Frühen Hilfen in ländlichen Gemeinden besser erreichbar werden?',
    ]),
  );
  lines.push(
    pick(r, [
      `${nom(youthOffice(r, town))} baut im Stadtteil ${district} gemeinsam mit ${dat(school(r))} und ${dat(daycare(r))} eine offene Elternsprechstunde auf.`,
      `${nom(youthOffice(r, town))} und das ${jobCenter(r, town)} entwickeln ein gemeinsames Beratungsangebot für Familien, die Leistungen nach dem SGB II beziehen.`,
      `${useKreis ? `Der ${kreis}` : `Die Stadt ${town.name}`} hat mit ${dat(carrier(r, town).name)} eine mobile Familienberatung aufgebaut.`,
      `Im Stadtteil ${district} entstehen Freizeit- und Lernangebote für Grundschulkinder; Kinder entscheiden in einem Kinderbeirat mit.`,
    ]),
  );
  if (chance(r, 0.5)) lines.push(paragraph(local, 1, 3));
  if (chance(r, 0.4)) lines.push(`Ansprechperson: ${fullName(person(r))}, ${pick(r, ROLES)}`);
  return lines;
}

function pagePress(w: World, target: number): string {
  const { r, town } = w;
  const day = int(r, 1, 28);
  const month = int(r, 1, 12);
  const year = int(r, 2019, 2025);
  const yo = youthOffice(r, town);
  const jc = jobCenter(r, town);
  const speaker = w.contact;
  const parts: string[] = [
    pick(r, FURNITURE_TOP),
    `${town.name} – Das offizielle Stadtportal`,
    `Aktuelles > Pressemitteilungen > ${year}`,
    '',
    'Pressemitteilung',
    '',
    `${pick(r, ['Jobcenter und Jugendamt beraten Familien', 'Neues Angebot für Familien', 'Projekt gegen Kinderarmut startet'])} im Stadtteil ${w.district}`,
    '',
    `${town.name}, ${pad2(day)}.${pad2(month)}.${year}. Familien im Stadtteil ${w.district}, die Bürgergeld beziehen, finden ab sofort eine gemeinsame Anlaufstelle: ${nom(jc)} und ${nom(yo).replace(/^D/, 'd')} eröffnen in ${dat(daycare(r))} das Projekt „${w.title.split(' – ')[0]}“. Das Projekt ist zunächst bis zum 31.12.${w.period.to} befristet.`,
    '',
    `„${pick(r, ['Kinder dürfen nicht darunter leiden, dass die Hilfen für ihre Eltern in zwei Gesetzbüchern geregelt sind', 'Mit dem Projekt bringen wir die Hilfe dorthin, wo die Familien sind'])}“, sagt ${pick(r, ['Sozialdezernentin', 'Beigeordnete', 'Bürgermeisterin'])} ${fullName(speaker)}.`,
    '',
    `${nom(w.carrier.name)} übernimmt die offene Sprechstunde und die Kinderbetreuung während der Beratungsgespräche. Gefördert wird das Projekt von ${dat(w.funder)} im Programm „${w.program}“.`,
  ];
  const tail = [
    '',
    `Kontakt für Familien: Projektbüro ${w.district}, ${pick(r, STREETS)} ${int(r, 1, 90)}, Tel. ${phone(r)}`,
    `Pressekontakt: Presseamt der Stadt ${town.name}, Tel. ${phone(r)}`,
    '',
    pick(r, FURNITURE_BOTTOM),
  ];
  return finish(w, parts, tail, target);
}

/** Grows the page with prose up to the target, then appends the tail. */
function finish(w: World, parts: string[], tail: string[], target: number): string {
  const budget = target - byteLength(parts.join('\n')) - byteLength(tail.join('\n'));
  return [...parts, ...growProse(w, budget), ...tail].join('\n');
}

const BUILDERS: Record<Layout, (w: World, target: number) => string> = {
  lines: pageLines,
  inline: pageInline,
  table: pageTable,
  overview: pageOverview,
  press: pagePress,
};

// ---- the corpus -----------------------------------------------------------------------------------

/** The seed of page `index` in a corpus of seed `seed` (independent of the corpus size). */
function pageSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Page `index` of the corpus with the given options. */
export function generateDocument(index: number, opts: CorpusOptions = {}): SyntheticDoc {
  const seed = opts.seed ?? 1;
  const bigEvery = opts.bigEvery ?? 250;
  const minBytes = opts.minBytes ?? 1000;
  const maxBytes = opts.maxBytes ?? 30_000;
  const r = seededRandom(pageSeed(seed, index));
  const big = bigEvery > 0 && r() < 1 / bigEvery;
  // log-uniform between min and max: many short pages, some long ones
  const target = big ? int(r, 180_000, 220_000) : Math.round(minBytes * Math.pow(maxBytes / minBytes, r()));
  const layout = pick(r, LAYOUTS);
  const text = BUILDERS[layout](world(r), target);
  const name = `syn_${String(index).padStart(6, '0')}_${layout}${big ? '_big' : ''}.txt`;
  return { name, text, layout, targetBytes: target };
}

/** One page of the given layout grown to about `bytes` bytes (for timing single large pages). */
export function generatePage(layout: Layout, bytes: number, seed = 1): SyntheticDoc {
  const r = seededRandom(pageSeed(seed, 0x7fffffff - LAYOUTS.indexOf(layout)));
  const text = BUILDERS[layout](world(r), bytes);
  return { name: `page_${layout}_${Math.round(bytes / 1000)}kB.txt`, text, layout, targetBytes: bytes };
}

/** `n` synthetic pages; deterministic for a seed, and a prefix of every larger corpus of that seed. */
export function generateCorpus(n: number, opts: CorpusOptions = {}): SyntheticDoc[] {
  return Array.from({ length: n }, (_, i) => generateDocument(i, opts));
}

/** Total UTF-8 size of a set of documents in bytes. */
export function corpusBytes(docs: readonly SourceDocument[]): number {
  let n = 0;
  for (const d of docs) n += byteLength(d.text);
  return n;
}
