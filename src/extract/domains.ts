/** Legal domains a project's text speaks of, and whether its target group is described through SGB II receipt. */
import type { LegalDomain } from '../model/index.ts';

const DOMAIN_CUES: Array<[LegalDomain, RegExp]> = [
  [
    'SGB II',
    /SGB[\s-]?II(?![I\p{L}])|Jobcenter|Bürgergeld|Bedarfsgemeinschaft|Hartz[\s-]?IV|Arbeitslosengeld II|Grundsicherung für Arbeitsuchende/u,
  ],
  ['SGB III', /SGB[\s-]?III(?![I\p{L}])|Agentur für Arbeit|Arbeitsagentur|Berufsberatung|Jugendberufsagentur/u],
  [
    'SGB VIII',
    /SGB[\s-]?VIII(?![I\p{L}])|Jugendhilfe|Jugendamt|Jugendämter|Kinderschutz|Hilfen? zur Erziehung|Frühe[n]? Hilfen|(?<![\p{L}])ASD(?![\p{L}])|Allgemeine[rn]? Soziale[rn]? Dienst|Kita|Kindertages|Familienzentr|Jugendarbeit|Jugendsozialarbeit/u,
  ],
  ['SGB XII', /SGB[\s-]?XII(?![I\p{L}])|Sozialhilfe|Sozialamt|Grundsicherung im Alter/u],
  ['Schule', /Schule|Grundschul|(?<![\p{L}])OGS(?![\p{L}])|schulisch|Schulsozialarbeit|Schüler/u],
  ['Gesundheit', /Gesundheit|Schuleingangsuntersuchung|Hebamme|Kinderarzt|Kinderärzt|Frühförderung|Pädiatr/u],
];

export function domainsOfText(text: string): LegalDomain[] {
  return DOMAIN_CUES.filter(([, re]) => re.test(text)).map(([d]) => d);
}

const SGB2_TARGET =
  /SGB[\s-]?II(?![I\p{L}])[\s-]*(?:-?beziehend|-?Bezug|-?Leistungen (?:beziehen|erhalten)|-?Leistungsbezug|-?Empfänger)|(?:im|in|mit) (?:SGB[\s-]?II|Bürgergeld|Hartz[\s-]?IV)[\s-]?(?:Bezug|Leistungsbezug)|Bedarfsgemeinschaft|Leistungen (?:nach|gemäß) (?:dem )?SGB[\s-]?II(?![I\p{L}])|Bürgergeld(?:bezug|-Bezug|empfäng|beziehend| beziehen)|(?:Hartz[\s-]?IV|ALG[\s-]?II)[\s-]?(?:Bezug|Empfäng|beziehend)|SGB[\s-]?II[\s-]?Quote/u;

/** True when the text describes its target group through SGB II receipt. */
export function targetsSgb2(text: string): boolean {
  return SGB2_TARGET.test(text);
}
