/**
 * When a carrier (Träger) belongs to SGB VIII by its name: a legal form alone says nothing (a
 * housing GmbH is a carrier too), but a name of youth welfare, child protection or family help
 * does, and so does a Wohlfahrtsverband: § 75 Abs. 3 SGB VIII recognises the Verbände der freien
 * Wohlfahrtspflege by law as Träger der freien Jugendhilfe. Rules as data, matched on folded names
 * (util/fold.ts: lower case, ä → ae …). Public vocabulary only, no single page's names.
 */
import { fold } from '../util/index.ts';
import type { LegalDomain } from './kinds.ts';

export interface BrandRule {
  id: string;
  pattern: RegExp;
  domains: LegalDomain[];
  why: string;
}

export const YOUTH_WELFARE_BRANDS: readonly BrandRule[] = [
  {
    id: 'brand.jugendhilfe',
    pattern:
      /jugendhilfe|jugendwerk|jugendsozialarbeit|jugendberufshilfe|jugendarbeit|jugendzentr|jugendring|jugendverband|jugendfoerder/,
    domains: ['SGB VIII'],
    why: 'Name nennt Jugendhilfe oder Jugendarbeit (§§ 11–13 SGB VIII)',
  },
  {
    id: 'brand.kinderschutz',
    pattern: /kinderschutz|(?<![a-z])dksb(?![a-z])/,
    domains: ['SGB VIII'],
    why: 'Kinderschutzbund oder Kinderschutz (§ 8a SGB VIII)',
  },
  {
    id: 'brand.familienhilfe',
    pattern:
      /familienhilfe|erziehungshilfe|erziehungsberatung|familienberatung|familienzentr|familienbildung|kinderdorf|kinder- und jugend|kinder und jugend|(?<![a-z])kitas?(?![a-z])|kindertages/,
    domains: ['SGB VIII'],
    why: 'Name nennt Familien-, Erziehungs- oder Kinder- und Jugendhilfe (§§ 16–41 SGB VIII)',
  },
  {
    id: 'brand.wohlfahrtsverband',
    pattern:
      /caritas|diakonie|diakonisch|arbeiterwohlfahrt|(?<![a-z])awo(?![a-z])|roten? kreuz|(?<![a-z])drk(?![a-z])|paritaet|zentralwohlfahrtsstelle/,
    domains: ['SGB VIII'],
    why: 'Verband der freien Wohlfahrtspflege: anerkannter Träger der freien Jugendhilfe (§ 75 Abs. 3 SGB VIII)',
  },
];

/** The brand rules a name matches (in table order). */
export function brandRulesOf(names: Iterable<string>): BrandRule[] {
  const folded = [...names].map(fold);
  return YOUTH_WELFARE_BRANDS.filter((r) => folded.some((n) => r.pattern.test(n)));
}
