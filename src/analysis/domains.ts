/**
 * Legal domains of nodes for the SGB II / SGB VIII analysis (DOMAIN.md §5).
 * A node's own `domains` attribute wins; otherwise its kind decides (a Jobcenter is SGB II).
 */
import { domainsOfKind, LEGAL_DOMAINS, type LegalDomain, type NodeKind } from '../model/kinds.ts';

/** The group name of nodes without any legal domain (brokerage roles, matrix rows). */
export const NO_DOMAIN = 'ohne Rechtskreis';

export function effectiveDomains(kind: NodeKind, domains: readonly string[] | undefined): LegalDomain[] {
  const own = (domains ?? []).filter((d): d is LegalDomain => (LEGAL_DOMAINS as readonly string[]).includes(d));
  const chosen = own.length > 0 ? own : domainsOfKind(kind);
  return LEGAL_DOMAINS.filter((d) => chosen.includes(d));
}

/**
 * One group per node for Gould–Fernandez brokerage: the set of its domains, so an actor in two
 * circuits forms its own group rather than being forced into one of them.
 */
export function domainGroup(domains: readonly LegalDomain[]): string {
  return domains.length === 0 ? NO_DOMAIN : domains.join(' + ');
}

export const isSgb2 = (domains: readonly string[]): boolean => domains.includes('SGB II');
export const isSgb8 = (domains: readonly string[]): boolean => domains.includes('SGB VIII');
