/**
 * The cooperations a planner expects between actors responsible for the same families (overlapping areas), as data: who with whom,
 * why (the legal basis) and how serious a missing tie is. Extend this table to add a rule; the
 * gap finder reads nothing else.
 * Legal basis: § 81 SGB VIII (structural cooperation of the public youth-welfare carrier with
 * other bodies; numbering as in the version after the KJSG 2021), § 13 Abs. 4 SGB VIII.
 */
import type { LegalDomain, NodeKind } from '../../model/index.ts';

export type Severity = 'hoch' | 'mittel' | 'niedrig';

/** One side of an expected cooperation: an actor of one of these kinds or with one of these domains. */
export interface ActorMatcher {
  kinds?: NodeKind[];
  domains?: LegalDomain[];
  /** German name of the side, for messages */
  name: string;
  /** the same in English (the explorer's English interface) */
  nameEn: string;
}

export interface ExpectedCooperation {
  id: string;
  a: ActorMatcher;
  b: ActorMatcher;
  /** the two actors' responsibility areas share a Gemeinde (jurisdiction/responsibility.ts) */
  scope: 'overlapping-areas';
  severity: Severity;
  legalBasis: string;
  why: string;
  whyEn: string;
}

const JUGENDAMT: ActorMatcher = {
  kinds: ['youth_office'],
  name: 'Jugendamt',
  nameEn: 'Jugendamt (youth welfare office)',
};

export const EXPECTED_COOPERATIONS: readonly ExpectedCooperation[] = [
  {
    id: 'jugendamt-jobcenter',
    a: JUGENDAMT,
    b: { kinds: ['job_center'], name: 'Jobcenter', nameEn: 'Jobcenter' },
    scope: 'overlapping-areas',
    severity: 'hoch',
    legalBasis: '§ 81 Nr. 1 SGB VIII; § 13 Abs. 4 SGB VIII',
    why: 'Familien in Armut brauchen meist Leistungen aus beiden Rechtskreisen; das Jugendamt soll strukturell mit dem Träger der Grundsicherung zusammenarbeiten.',
    whyEn:
      'Families in poverty usually need benefits from both legal circuits; the Jugendamt is to cooperate structurally with the provider of basic income support.',
  },
  {
    id: 'jugendamt-arbeitsagentur',
    a: JUGENDAMT,
    b: { domains: ['SGB III'], name: 'Agentur für Arbeit', nameEn: 'employment agency' },
    scope: 'overlapping-areas',
    severity: 'mittel',
    legalBasis: '§ 81 Nr. 1 und Nr. 7 SGB VIII',
    why: 'Übergänge von der Schule in den Beruf gelingen nur, wenn Jugendhilfe und Arbeitsförderung zusammenarbeiten (z. B. in einer Jugendberufsagentur).',
    whyEn:
      'Transitions from school to work succeed only when youth welfare and employment promotion work together (e.g. in a Jugendberufsagentur).',
  },
  {
    id: 'jugendamt-schule',
    a: JUGENDAMT,
    b: { kinds: ['school'], name: 'Schule', nameEn: 'school' },
    scope: 'overlapping-areas',
    severity: 'niedrig',
    legalBasis: '§ 81 Nr. 3 SGB VIII',
    why: 'Schulen erreichen alle Kinder; das Jugendamt soll mit Schulen und Schulverwaltung zusammenarbeiten.',
    whyEn: 'Schools reach every child; the Jugendamt is to cooperate with schools and the school administration.',
  },
  {
    id: 'jugendamt-gesundheit',
    a: JUGENDAMT,
    b: { domains: ['Gesundheit'], name: 'Gesundheitswesen', nameEn: 'health service' },
    scope: 'overlapping-areas',
    severity: 'niedrig',
    legalBasis: '§ 81 Nr. 4 SGB VIII',
    why: 'Frühe Hilfen und Kinderschutz brauchen den öffentlichen Gesundheitsdienst.',
    whyEn: 'Early help and child protection need the public health service.',
  },
  {
    id: 'jugendamt-sozialhilfe',
    a: JUGENDAMT,
    b: { domains: ['SGB XII'], name: 'Sozialamt', nameEn: 'social welfare office' },
    scope: 'overlapping-areas',
    severity: 'niedrig',
    legalBasis: '§ 81 Nr. 1 SGB VIII',
    why: 'Familien mit Sozialhilfebezug (SGB XII) brauchen abgestimmte Hilfen.',
    whyEn: 'Families receiving social assistance (SGB XII) need coordinated help.',
  },
];
