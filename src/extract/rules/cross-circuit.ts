/**
 * Sentences that state the cooperation of the legal circuits SGB II and SGB VIII at project level
 * ("Kooperation zwischen den Rechtskreisen SGB II und SGB VIII", "rechtskreisübergreifend") – a
 * cross-circuit project even where the partner of the other circuit is not named. Every pattern
 * must match within one sentence; `all` lists further patterns the sentence must also contain.
 */
export interface CrossCircuitRule {
  id: string;
  pattern: RegExp;
  all?: readonly RegExp[];
}

const SGB2 = /SGB[\s-]?II(?![I\p{L}])|Zweite[ns]? Buch(?:es)? Sozialgesetzbuch/u;
const SGB8 = /SGB[\s-]?VIII(?![I\p{L}])|Achte[ns]? Buch(?:es)? Sozialgesetzbuch|(?:und|sowie|,)\s+VIII(?![I\p{L}])/u;

export const CROSS_CIRCUIT_RULES: readonly CrossCircuitRule[] = [
  // "Kooperation zwischen den beiden Rechtskreisen SGB II und SGB VIII", "der Rechtskreise SGB II, III und VIII"
  { id: 'cross-circuit.rechtskreise-named', pattern: /Rechtskreis(?:e|en|es)?(?![\p{L}])/u, all: [SGB2, SGB8] },
  // "rechtskreisübergreifende Zusammenarbeit", "rechtskreis-übergreifend"
  { id: 'cross-circuit.rechtskreisuebergreifend', pattern: /rechtskreis-?übergreifend|rechtskreis-?uebergreifend/iu },
];

/** The id of the first rule a sentence matches, if any. */
export function crossCircuitRule(sentence: string): string | undefined {
  return CROSS_CIRCUIT_RULES.find((r) => r.pattern.test(sentence) && (r.all ?? []).every((p) => p.test(sentence)))?.id;
}
