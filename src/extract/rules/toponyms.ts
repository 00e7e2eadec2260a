/**
 * How German place names end (Oppum, Stahldorf, Uerdingen, Lehmheide, Bensberg …): a capitalised
 * word after "in" with such an ending, that the gazetteer does not know as a town, is a district
 * of the page's town. Public knowledge of German toponymy, not names of any page.
 */
export const TOPONYM_ENDING =
  /(?:dorf|dorp|hausen|heim|feld|felde|berg|burg|bach|beck|bek|hof|hofen|hövel|kamp|kämpen|rath|rode|roth|stadt|stedt|ingen|ing|ich|um|em|horst|busch|heide|brück|brücke|kirchen|kirch|loh|lohe|hagen|holz|wald|bruch|trop|tal|thal|au|aue|mark|weiler|scheid|siepen|winkel|dahl|stein|see|mühle|kotten|haar|hardt|hütte|wick|wik|schede|bergen|hügel)$/u;

/** Districts named by a town and a compass word: "Solingen-Mitte", "Hamm-Westen", "Bocholt-Ost". */
export const COMPASS_DISTRICT =
  /^[\p{Lu}][\p{L}]+-(?:Mitte|Nord|Süd|Ost|West|Westen|Osten|Norden|Süden|Zentrum|Innenstadt|Altstadt|Nordost|Nordwest|Südost|Südwest)$/u;

/** Places outside NRW and regions that end like districts: never a district of the page's town. */
export const NOT_A_DISTRICT: ReadonlySet<string> = new Set([
  'Hamburg',
  'Berlin',
  'Bremen',
  'München',
  'Frankfurt',
  'Stuttgart',
  'Hannover',
  'Leipzig',
  'Dresden',
  'Nürnberg',
  'Mainz',
  'Wiesbaden',
  'Magdeburg',
  'Potsdam',
  'Erfurt',
  'Kiel',
  'Schwerin',
  'Saarbrücken',
  'Freiburg',
  'Heidelberg',
  'Augsburg',
  'Würzburg',
  'Regensburg',
  'Brandenburg',
  'Thüringen',
  'Sachsen',
  'Hessen',
  'Bayern',
  'Niedersachsen',
  'Mecklenburg',
  'Luxemburg',
  'Straßburg',
  'Salzburg',
  'Rheinland',
  'Sauerland',
  'Siegerland',
  'Wittgenstein',
  'Münsterland',
  'Rheinland-Pfalz',
  'Ostwestfalen',
  'Westfalen',
  'Lippe',
  'Eifel',
  'Bergisches',
  'Niederrhein',
  'Ruhrgebiet',
  'Deutschland',
  'Europa',
  'Oberberg',
  'Heim',
  'Kinderheim',
  'Jugendheim',
  'Eigenheim',
  'Hilfestellung',
  'Wohnheim',
  'Altenheim',
  'Ferienlager',
  'Bildung',
  'Erziehung',
  'Ordnung',
  'Zukunft',
  'Gesundheit',
]);

/** "das Gesundheitsamt des Kreises", "Abteilung Jugend beim Kreis": an office of the page's Kreis */
export const OF_THE_KREIS =
  /^\s+(?:beim|des|vom) Kreis(?:es)?(?![\p{L}-])(?!\s+[\p{Lu}])|^\s+der Kreisverwaltung(?![\p{L}])/u;

/** The endings of German place names that ordinary words rarely have (not "-au", "-um", "-tal", "-stein"): enough on their own. */
export const STRONG_TOPONYM_ENDING =
  /(?:dorf|dorp|hausen|heim|feld|felde|berg|burg|bach|beck|hof|hofen|hövel|kamp|kämpen|rath|rode|horst|heide|kirchen|hagen|scheid|winkel|weiler|siepen|hügel|brock|bruch|loh|ohl|stadt)$/u;

/** The endings of abstract German nouns ("Umgebung", "Nachbarschaft", "Kooperation"): never a place's name. */
export const ABSTRACT_ENDING = /(?:ung|heit|keit|schaft|ion|nis|tät|ismus)$/u;

/** A word that reads as a district's name: a toponym's ending or a town's compass part, no abstract noun. */
export function isDistrictName(name: string): boolean {
  if (name.length < 4 || NOT_A_DISTRICT.has(name)) return false;
  if (COMPASS_DISTRICT.test(name)) return true;
  return TOPONYM_ENDING.test(name) && !ABSTRACT_ENDING.test(name);
}
