/**
 * Headings of lists whose entries are the partners or members of the page's body: „Unsere
 * Kooperationspartner“, „Mitglieder“, „Netzwerkpartner“, „Wir arbeiten eng zusammen mit:“. Public
 * German page furniture, applied by passes/partner-lists.ts.
 */
export interface PartnerListHeading {
  id: string;
  heading: RegExp;
}

export const PARTNER_LIST_HEADINGS: readonly PartnerListHeading[] = [
  {
    id: 'partner-list.partners',
    heading:
      /^(?:Unsere\s+|Die\s+)?(?:Kooperations|Netzwerk|Bündnis|Projekt)?[Pp]artner(?:innen|\*innen|:innen)?(?:\s+(?:und\s+)?(?:Förderer|Unterstützer(?:innen)?|Mitglieder))?\s*:?$/u,
  },
  {
    id: 'partner-list.members',
    heading:
      /^(?:Unsere\s+|Die\s+)?(?:Mitglieder|Mitgliedsorganisationen|Beteiligte(?:n)?(?:\s+Einrichtungen|\s+Stellen)?)(?:\s+(?:des|der|im)\s+[^.:]{2,60})?\s*:?$/u,
  },
  {
    id: 'partner-list.work-with',
    heading: /^(?:Wir\s+(?:arbeiten|kooperieren)|Zusammenarbeit)\b[^.]{0,60}(?:mit|zusammen)\s*:$/u,
  },
];

/** Heads (folded) of cooperation bodies' names: networks, alliances, chains, steering groups. */
export const COOPERATION_BODY_HEADS = [
  'jugendberufsagentur',
  'netzwerk',
  'praeventionsnetzwerk',
  'buendnis',
  'praeventionskette',
  'steuerungsgruppe',
  'arbeitskreis',
  'lenkungskreis',
  'runder tisch',
];

/** The body whose members such a list names: a cooperation body, a Verbund or an Arbeitsgemeinschaft. */
export const LIST_OWNER_HUB = new RegExp(
  `^(?:${[...COOPERATION_BODY_HEADS, 'verbund', 'arbeitsgemeinschaft'].join('|')})`,
);
