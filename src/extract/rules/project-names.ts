/**
 * How running text names a project (or the network, initiative or centre a page is about): a
 * project noun followed by a quoted or capitalised name. Rules as data; passes/prose-projects.ts
 * applies them, and every later occurrence of a found name is a mention of the same project.
 */
/** A quoted name ("„X“") is a project when the words before or after the quote say so. */
export interface QuotedNameRule {
  id: string;
  /** tested on the words just before the opening quote (anchored at their end); group 1, if any, is a noun the label keeps */
  before?: RegExp;
  /** tested on the text right after the closing quote (anchored at its start) */
  after?: RegExp;
  /** the label keeps the noun before the quoted name ("Präventionsnetzwerk „X“") */
  labelWithNoun?: boolean;
}

const NOUN = String.raw`(?:Modell|Pilot|Präventions|Teil|Kooperations|Erfolgs|Leuchtturm|Beratungs|Förder|Bildungs|Familien|Quartiers|Stadtteil)?[Pp]rojekt(?:e?s)?|Vorhaben(?:s)?|Angebot(?:e?s)?|Initiative|Kampagne|Aktion`;
const HUB = String.raw`(?:Präventions|Familien|Kinder|Bildungs|Kooperations|Fach|Akteurs)?[Nn]etzwerk(?:e?s)?|Bündnis(?:ses)?|Präventionskette|Verbund(?:es)?|Arbeitskreis(?:es)?|Runde[rn]? Tisch(?:e?s)?|Steuerungsgruppe|Lenkungskreis(?:es)?`;
const NAMING = String.raw`\s*(?:mit dem (?:Namen|Titel)\s*|namens\s*|unter dem (?:Namen|Titel)\s*)?`;

/** In order of precedence: the first rule that fits a quoted name decides. */
export const QUOTED_NAME_RULES: readonly QuotedNameRule[] = [
  {
    id: 'project.hub-quoted',
    before: new RegExp(String.raw`(?<![\p{L}])(${HUB})${NAMING}$`, 'u'),
    labelWithNoun: true,
  },
  { id: 'project.noun-quoted', before: new RegExp(String.raw`(?<![\p{L}])(?:${NOUN})${NAMING}$`, 'u') },
  { id: 'project.quoted-compound', after: /^-(?:Projekt|Netzwerk|Angebot)/u },
  // "Unter dem Titel „Starke Wurzeln“ hat das Kreisjugendamt ein Netzwerk aufgebaut"
  {
    id: 'project.titled',
    before: /(?:[Uu]nter dem|[Mm]it dem|[Uu]nter dem gemeinsamen|[Mm]it dem schönen) (?:Namen|Titel|Motto)\s*$/u,
  },
  // "die Jugendwerkstatt „Werkhaus Sennestadt“", "den Familienbus „Eifelmobil“", "die „Jugendwerkstatt Lemgo“": an article, maybe a noun, a quoted name
  {
    id: 'project.typed-quoted',
    before:
      /(?<![\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]ine[nmrs]?|[Ii]m|[Bb]eim|[Vv]om|[Zz]um|[Zz]ur)\s+(?:(?:neue[nmrs]?|städtische[nmrs]?|gemeinsame[nmrs]?|mobile[nmrs]?)\s+)?(?:[\p{Lu}][\p{L}-]{3,}\s*)?$/u,
  },
];

/** A quoted name in a line: the name inside the quotes and its offsets in the line. */
export const QUOTED_NAME = /[„"»‚]([^“”"«‘\n]{2,80})[“”"«‘]/gu;

/** "das Projekt HOME", "im Modellprojekt KiTa-Plus": a capitalised name right after the noun. */
export const NOUN_NAME =
  /(?<![\p{L}])(?:[Dd]as|[Dd]em|[Dd]es|[Ii]m|[Bb]eim) (?:Modell|Pilot|Präventions)?[Pp]rojekt(?:e?s)? ((?:[\p{Lu}\d][\p{L}\d.+&-]*)(?: (?:[\p{Lu}\d][\p{L}\d.+&-]*)){0,2})(?=[\s,.;:!?)]|$)/gu;

/** Nouns before a quoted name that make it an event, a publication or a slogan, not a project; "unter „Wissenswert“" names a rubric. */
export const NOT_PROJECT_BEFORE =
  /(?:Fachtag(?:es|s)?|Tagung|Konferenz|Veranstaltung|Aktionstag(?:es|s)?|Broschüre|Ausstellung|Film|Buch(?:es)?|Spiel(?:es)?|Workshop(?:s)?|Vortrag(?:s)?|Fest(?:es)?|Wettbewerb(?:s)?|Preis(?:es)?|Slogan|Leitbild(?:es)?|Bericht(?:s)?|Studie|Zeitschrift|Heft(?:es)?|Newsletter(?:s)?|Rubrik|Artikel(?:s)?|Gütesiegel(?:s)?|Siegel(?:s)?|Zertifikat(?:s)?|Prädikat(?:s)?|Auszeichnung)\s*$|(?<![\p{L}])unter\s*$/u;

/** Words that refer back to the page's project ("das Projekt", "die Initiative", "das Netzwerk"). */
// (?=[…]): the initials of the words, tested before the letter lookbehind (measured: faster for this pattern, slower for most others)
export const PROJECT_ANAPHOR =
  /(?=[DdIiAaBbVvUu])(?<![\p{L}])(?:[Dd]as|[Dd]ieses|[Dd]em|[Dd]iesem|[Dd]es|[Dd]ieses|[Ii]m|[Aa]m|[Bb]eim|[Vv]om|[Dd]ie|[Dd]iese|[Dd]er|[Uu]nser(?:e|em|es)?) (?:(?:Modell|Pilot|Präventions|Teil|Kooperations|Förder)?[Pp]rojekt(?:e?s)?|Vorhaben(?:s)?|Angebot(?:e?s)?|Initiative|(?:Präventions)?[Nn]etzwerk(?:e?s)?|Maßnahme|Bündnis(?:ses)?|Modell(?:s)?|Familiengrundschulzentrum(?:s)?|FGZ|Büro(?:s)?|Treff(?:s)?|Werkstatt|Anlaufstelle|Dienst(?:es)?|Lotsendienst(?:es)?|Steuerungsgruppe|Servicestelle|Arbeitskreis(?:es)?|Lenkungskreis(?:es)?|Präventionskette|Zentrum|Zentren)(?![\p{L}])/u;

/** "Das Netzwerk Kinderzukunft Dülmen (NeKiD) bringt …": a network or chain named without quotes. */
export const HUB_NAME =
  /(?<![\p{L}])(?:[Dd]as|[Dd]em|[Dd]es|[Ii]m|[Vv]om|[Dd]ie|[Dd]er) ((?:Präventions|Familien|Kinder|Bildungs)?[Nn]etzwerk(?:e?s)? (?:[\p{Lu}][\p{L}.-]+)(?: (?:[\p{Lu}][\p{L}.-]+|für|gegen)){0,3})(?=\s*\(|[\s,.;:!?]|$)/gu;

/** Words that make a page's title line the name of its project ("Netzwerk Kinderzukunft Dülmen"). */
export const PROJECT_TITLE_WORD =
  /(?:[Nn]etzwerk|[Pp]rojekt|Initiative|Bündnis|Präventionskette|Familienbüro|Lotse|Lotsen|Treff|Werkstatt|Anlaufstelle|Kompass|Brücke|Familienzentrum|Familiengrundschulzentrum)/u;
