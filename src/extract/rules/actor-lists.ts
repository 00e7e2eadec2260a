/**
 * Offices named once for a list of places: "an zehn Jobcenter-Standorten (Dortmund, Krefeld, …)",
 * "die Jugendämter der Städte Alsdorf, Eschweiler und Stolberg", "Jobcenter aus A, B und C".
 * Each listed place stands for that place's office (one actor per place).
 */
import type { NodeKind } from '../../model/index.ts';

export interface ActorListRule {
  id: string;
  kind: NodeKind;
  /** the office's name before the place ("Jobcenter" → "Jobcenter Dortmund") */
  label: string;
  /** the plural or compound head; the list must start within a few words after it */
  head: RegExp;
  /** what every match contains: sentences without it skip the pattern */
  needs: RegExp;
}

export const ACTOR_LIST_RULES: readonly ActorListRule[] = [
  {
    id: 'list.jobcenter',
    kind: 'job_center',
    label: 'Jobcenter',
    head: /(?<![\p{L}])(?:Jobcenter(?:n|s)?(?:-Standort(?:e|en)?)?|Jobcenterstandort(?:e|en)?|Standort(?:e|en) der Jobcenter)(?![\p{L}])/gu,
    needs: /Jobcenter|Standort/,
  },
  {
    id: 'list.jugendamt',
    kind: 'youth_office',
    label: 'Jugendamt',
    head: /(?<![\p{L}])(?:Jugendämter(?:n)?|Jugendamtsbezirke(?:n)?|Kreisjugendämter(?:n)?)(?![\p{L}])/gu,
    needs: /ämter|amtsbezirk/,
  },
];

/** What may stand between the head and the first place: "(", "aus", "in", "der Städte", "wie" … */
export const LIST_OPENER =
  /^\s*(?:\(|:|aus|in|im|der|den|von|wie|für)?\s*(?:(?:den|der)\s+)?(?:(?:Städte|Städten|Kreise|Kreisen|Kommunen|Gemeinden)\s+)?(?:(?:in|im|aus)\s+)?$/u;
