/** Node kinds, relation kinds and legal domains of the Netzatlas data contract (DOMAIN.md §1–§2). */

export const NODE_KINDS = [
  'project',
  'program',
  'funder',
  'carrier',
  'youth_office',
  'job_center',
  'school',
  'daycare',
  'municipality',
  'district',
  'organisation',
  'person',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_KINDS = [
  'part_of',
  'funded_by',
  'carried_by',
  'partner',
  'located_in',
  'works_for',
  'contact_for',
  'cooperates_with',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const LEGAL_DOMAINS = ['SGB II', 'SGB III', 'SGB VIII', 'SGB XII', 'Schule', 'Gesundheit'] as const;
export type LegalDomain = (typeof LEGAL_DOMAINS)[number];

/** German display names, used by the CLI, reports and the explorer. */
export const NODE_KIND_LABELS_DE: Record<NodeKind, string> = {
  project: 'Projekt',
  program: 'Förderprogramm',
  funder: 'Fördergeber',
  carrier: 'Träger',
  youth_office: 'Jugendamt',
  job_center: 'Jobcenter',
  school: 'Schule',
  daycare: 'Kita / Familienzentrum',
  municipality: 'Kommune / Kreis',
  district: 'Quartier / Stadtteil',
  organisation: 'Organisation',
  person: 'Person',
};

export const RELATION_KIND_LABELS_DE: Record<RelationKind, string> = {
  part_of: 'gehört zu Programm',
  funded_by: 'gefördert von',
  carried_by: 'getragen von',
  partner: 'Partner',
  located_in: 'liegt in',
  works_for: 'arbeitet für',
  contact_for: 'Kontakt für',
  cooperates_with: 'kooperiert mit',
};

/** Namespace of a node key by kind; keys are stable across runs (DOMAIN.md §3). */
export function keyNamespace(kind: NodeKind): 'project' | 'program' | 'org' | 'person' | 'place' {
  switch (kind) {
    case 'project':
      return 'project';
    case 'program':
      return 'program';
    case 'person':
      return 'person';
    case 'municipality':
    case 'district':
      return 'place';
    default:
      return 'org';
  }
}

/**
 * The extraction's hint of a mention's domain by its kind (kept as it was so extraction output stays
 * the same). What the graph and the analysis take as a node's default is defaultDomainsOfKind.
 */
export function domainsOfKind(kind: NodeKind): LegalDomain[] {
  switch (kind) {
    case 'youth_office':
    case 'carrier':
    case 'daycare':
      return ['SGB VIII'];
    case 'job_center':
      return ['SGB II'];
    case 'school':
      return ['Schule'];
    default:
      return [];
  }
}

/**
 * The legal domain a node has by its kind alone, when nothing else says so (domainSource 'kind'):
 * a Jugendamt and a Kita are SGB VIII, a Jobcenter SGB II, a school Schule. A carrier has none by its
 * kind: a legal form says nothing of youth welfare (model/youth-welfare-brands.ts decides by name).
 */
export function defaultDomainsOfKind(kind: NodeKind): LegalDomain[] {
  return kind === 'carrier' ? [] : domainsOfKind(kind);
}
