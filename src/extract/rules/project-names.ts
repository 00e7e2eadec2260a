/**
 * How running text names a project (or the network, initiative or centre a page is about): a
 * project noun followed by a quoted or capitalised name. Rules as data; passes/prose-projects.ts
 * applies them, and every later occurrence of a found name is a mention of the same project.
 */
export interface ProjectNameRule {
  id: string;
  /** group 1: the name (group 2, if set: a noun that belongs to the label, e.g. "Präventionsnetzwerk") */
  pattern: RegExp;
  /** the label keeps the noun before the quoted name ("Präventionsnetzwerk „X“") */
  labelWithNoun?: boolean;
}

const NOUN = String.raw`(?:Modell|Pilot|Präventions|Teil|Kooperations|Erfolgs|Leuchtturm|Beratungs|Förder|Bildungs|Familien|Quartiers|Stadtteil)?[Pp]rojekt(?:e?s)?|Vorhaben(?:s)?|Angebot(?:e?s)?|Initiative|Kampagne|Aktion`;
const HUB = String.raw`(?:Präventions|Familien|Kinder|Bildungs|Kooperations|Fach|Akteurs)?[Nn]etzwerk(?:e?s)?|Bündnis(?:ses)?|Präventionskette|Verbund(?:es)?|Arbeitskreis(?:es)?|Runde[rn]? Tisch(?:e?s)?|Steuerungsgruppe|Lenkungskreis(?:es)?`;
const OPEN = '[„"»‚]';
const CLOSE = '[“”"«‘]';
const INNER = String.raw`([^“”"«‘\n]{2,80})`;

export const PROJECT_NAME_RULES: readonly ProjectNameRule[] = [
  { id: 'project.noun-quoted', pattern: new RegExp(String.raw`(?<![\p{L}])(?:${NOUN})\s*(?:mit dem (?:Namen|Titel)\s*|namens\s*|unter dem (?:Namen|Titel)\s*)?${OPEN}${INNER}${CLOSE}`, 'gu') },
  { id: 'project.hub-quoted', pattern: new RegExp(String.raw`(?<![\p{L}])(${HUB})\s*(?:mit dem Namen\s*|namens\s*)?${OPEN}${INNER}${CLOSE}`, 'gu'), labelWithNoun: true },
  { id: 'project.quoted-compound', pattern: new RegExp(String.raw`${OPEN}([^“”"«‘\n]{2,40})${CLOSE}-(?:Projekt|Netzwerk|Angebot)`, 'gu') },
  // "die Jugendwerkstatt „Werkhaus Sennestadt“", "den Familienbus „Eifelmobil“", "die „Jugendwerkstatt Lemgo“": an article, maybe a noun, a quoted name
  { id: 'project.typed-quoted', pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]ine[nmrs]?|[Ii]m|[Bb]eim|[Vv]om|[Zz]um|[Zz]ur)\s+(?:(?:neue[nmrs]?|städtische[nmrs]?|gemeinsame[nmrs]?|mobile[nmrs]?)\s+)?(?:[\p{Lu}][\p{L}-]{3,}\s*)?${OPEN}${INNER}${CLOSE}`, 'gu') },
  { id: 'project.noun-name', pattern: /(?<![\p{L}])(?:[Dd]as|[Dd]em|[Dd]es|[Ii]m|[Bb]eim) (?:Modell|Pilot|Präventions)?[Pp]rojekt(?:e?s)? ((?:[\p{Lu}\d][\p{L}\d.+&-]*)(?: (?:[\p{Lu}\d][\p{L}\d.+&-]*)){0,2})(?=[\s,.;:!?)]|$)/gu },
];

/** Nouns before a quoted name that make it an event, a publication or a slogan, not a project. */
export const NOT_PROJECT_BEFORE = /(?:Fachtag(?:es|s)?|Tagung|Konferenz|Veranstaltung|Aktionstag(?:es|s)?|Motto|Broschüre|Ausstellung|Film|Buch(?:es)?|Spiel(?:es)?|Workshop(?:s)?|Vortrag(?:s)?|Fest(?:es)?|Wettbewerb(?:s)?|Preis(?:es)?|Slogan|Leitbild(?:es)?|Bericht(?:s)?|Studie|Zeitschrift|Heft(?:es)?|Newsletter(?:s)?|Rubrik|Artikel(?:s)?)\s*$/u;

/** Words that refer back to the page's project ("das Projekt", "die Initiative", "das Netzwerk"). */
export const PROJECT_ANAPHOR = /(?<![\p{L}])(?:[Dd]as|[Dd]ieses|[Dd]em|[Dd]iesem|[Dd]es|[Dd]ieses|[Ii]m|[Aa]m|[Bb]eim|[Vv]om|[Dd]ie|[Dd]iese|[Dd]er|[Uu]nser(?:e|em|es)?) (?:(?:Modell|Pilot|Präventions|Teil|Kooperations|Förder)?[Pp]rojekt(?:e?s)?|Vorhaben(?:s)?|Angebot(?:e?s)?|Initiative|(?:Präventions)?[Nn]etzwerk(?:e?s)?|Maßnahme|Bündnis(?:ses)?|Modell(?:s)?|Familiengrundschulzentrum(?:s)?|FGZ|Büro(?:s)?|Treff(?:s)?|Werkstatt|Anlaufstelle|Dienst(?:es)?|Lotsendienst(?:es)?)(?![\p{L}])/u;
