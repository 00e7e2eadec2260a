/**
 * Public funders named without a ministry: the Land, the Bund, the EU and its funds, in the shapes
 * German funding sentences use ("aus Landes- und EU-Mitteln", "vom Bund gefördert", "ESF-Mittel").
 * Each rule gives the canonical funder; `needsFundingCue` forms ("des Landes", "vom Bund") count
 * only in a sentence about funding. A page that names an NRW ministry speaks of the Land through
 * it: there only the Land's own name ("Land NRW") is a funder of its own (`evenWithMinistry`).
 */
export interface PublicFunderRule {
  id: string;
  funder: 'Land Nordrhein-Westfalen' | 'Bund' | 'Europäische Union' | 'Europäischer Sozialfonds';
  /** the mention is the first capture group's text (or the whole match) */
  pattern: RegExp;
  needsFundingCue: boolean;
  evenWithMinistry?: boolean;
}

export const PUBLIC_FUNDER_RULES: readonly PublicFunderRule[] = [
  {
    id: 'funder.land-named',
    funder: 'Land Nordrhein-Westfalen',
    pattern: /(?<![\p{L}-])((?:Land(?:es)?|Bundesland(?:es)?) (?:NRW|Nordrhein-Westfalen))(?![\p{L}])/gu,
    needsFundingCue: false,
    evenWithMinistry: true,
  },
  {
    id: 'funder.land-government',
    funder: 'Land Nordrhein-Westfalen',
    pattern:
      /(?<![\p{L}-])(NRW-Landesregierung|(?:nordrhein-westfälische[nr]? )?Landesregierung(?: (?:NRW|Nordrhein-Westfalen))?)(?![\p{L}])/gu,
    needsFundingCue: false,
  },
  {
    id: 'funder.land-means',
    funder: 'Land Nordrhein-Westfalen',
    pattern: /(?<![\p{L}-])(Landes)(?:mitteln?|förderung|zuschüss(?:e|en)|zuschuss|-\s?(?:und|&|sowie)\s)/gu,
    needsFundingCue: false,
  },
  {
    id: 'funder.land-article',
    funder: 'Land Nordrhein-Westfalen',
    pattern:
      /(?<![\p{L}-])(?:vom|dem|das|des|durch das|beim) (Land(?:es)?)(?![\p{L}-])(?! (?:NRW|Nordrhein-Westfalen))/gu,
    needsFundingCue: true,
  },
  {
    id: 'funder.bund',
    funder: 'Bund',
    pattern:
      /(?<![\p{L}-])(?:(?:vom|dem|der|den|des|durch den|beim) (Bund(?:es)?)(?![\p{L}-])|(Bundes)(?:mitteln?|förderung|zuschüss(?:e|en)|zuschuss)|(Bund),? (?:Land|Länder)|(?:Land|Ländern?) und (Bund))/gu,
    needsFundingCue: true,
  },
  {
    id: 'funder.eu-means',
    funder: 'Europäische Union',
    pattern:
      /(?<![\p{L}-])(EU)(?:-(?:Mitteln?|Förderung|Fördermitteln?|gefördert|Programm|Zuschüss(?:e|en))|(?=\s(?:und|sowie)\s(?:Land|Landes)))/gu,
    needsFundingCue: false,
  },
  {
    id: 'funder.eu-article',
    funder: 'Europäische Union',
    pattern: /(?<![\p{L}-])(?:der|die|durch die|von der) (EU)(?![\p{L}-])/gu,
    needsFundingCue: true,
  },
  {
    id: 'funder.esf-compound',
    funder: 'Europäischer Sozialfonds',
    pattern: /(?<![\p{L}-])(ESF(?:\+|[- ]Plus)?)(?=-[\p{L}])/gu,
    needsFundingCue: false,
  },
];

/**
 * A town or Kreis paying from its own budget without being named: "aus städtischen Mitteln", "kommunale
 * Eigenmittel", "Mitteln der Stadt", "Kreismittel". The funder is the block's town or Kreis; the mention is
 * the first capture group.
 */
export interface MunicipalMeansRule {
  id: string;
  level: 'gemeinde' | 'kreis';
  pattern: RegExp;
}

export const MUNICIPAL_MEANS_RULES: readonly MunicipalMeansRule[] = [
  {
    id: 'funder.town-means',
    level: 'gemeinde',
    pattern:
      /(?<![\p{L}-])(städtische[nrm]?|kommunale[nrm]?) (?:Eigen|Haushalts|Förder)?(?:[Mm]itteln?|Zuschüssen|Zuschuss|Förderung|[Aa]nteil)(?![\p{L}])/gu,
  },
  {
    id: 'funder.town-genitive',
    level: 'gemeinde',
    pattern: /(?<![\p{L}-])(?:Eigen|Haushalts)?[Mm]itteln? der (Stadt)(?![\p{L}-])(?!\s+[\p{Lu}])/gu,
  },
  // "vom Kreis mit eigenen Mitteln ergänzt", "von der Stadt kofinanziert": the unnamed body of the page pays its share
  {
    id: 'funder.kreis-own',
    level: 'kreis',
    pattern:
      /(?<![\p{L}-])(?:vom|durch den) (Kreis)(?![\p{L}-])(?!\s+[\p{Lu}])(?=[^.;]{0,40}(?:eigenen Mitteln|Eigenmitteln|Eigenanteil|finanziert|mitfinanziert|kofinanziert|gefördert|ergänzt|bezuschusst))/gu,
  },
  {
    id: 'funder.town-own',
    level: 'gemeinde',
    pattern:
      /(?<![\p{L}-])(?:von der|durch die) (Stadt)(?![\p{L}-])(?!\s+[\p{Lu}])(?=[^.;]{0,40}(?:eigenen Mitteln|Eigenmitteln|Eigenanteil|finanziert|mitfinanziert|kofinanziert|gefördert|ergänzt|bezuschusst))/gu,
  },
  {
    id: 'funder.kreis-means',
    level: 'kreis',
    pattern:
      /(?<![\p{L}-])(Kreis)(?:mitteln?|haushalt(?:s|es)?mitteln?)(?![\p{L}])|(?<![\p{L}-])(?:Eigen|Haushalts)?[Mm]itteln? des (Kreises)(?![\p{L}-])(?!\s+[\p{Lu}])/gu,
  },
];
