/**
 * Legal domains of nodes for the SGB II / SGB VIII analysis (DOMAIN.md §5), with where they come
 * from (model/domain-source.ts). A node's own `domains` with their `domainSource` win; a graph made
 * before provenance was stored (or elsewhere) is read so: domains that are just the kind's old hint
 * (a carrier's SGB VIII) count as a default and are checked again, any others as imported; a node
 * without domains gets its brand's (carriers) or its kind's default.
 */
import {
  brandRulesOf,
  defaultDomainsOfKind,
  domainsOfKind,
  type DomainSource,
  LEGAL_DOMAINS,
  type LegalDomain,
  type NodeKind,
} from '../model/index.ts';

/** The group name of nodes without any legal domain (brokerage roles, matrix rows). */
export const NO_DOMAIN = 'ohne Rechtskreis';

export interface DomainNode {
  kind: NodeKind;
  label?: string;
  aliases?: readonly string[];
  domains?: readonly string[];
  domainSource?: DomainSource;
}

export interface Provenance {
  domains: LegalDomain[];
  /** null when the node has no domain at all */
  source: DomainSource | null;
}

const ordered = (xs: readonly string[]): LegalDomain[] => LEGAL_DOMAINS.filter((d) => xs.includes(d));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function derived(n: DomainNode): Provenance {
  const kind = defaultDomainsOfKind(n.kind);
  const brand =
    n.kind === 'carrier' ? brandRulesOf([n.label ?? '', ...(n.aliases ?? [])]).flatMap((r) => r.domains) : [];
  const extra = brand.filter((d) => !kind.includes(d));
  const domains = ordered([...kind, ...brand]);
  return { domains, source: domains.length === 0 ? null : extra.length > 0 ? 'text' : 'kind' };
}

export function domainProvenance(n: DomainNode): Provenance {
  const own = ordered(n.domains ?? []);
  if (n.domainSource) return { domains: own, source: own.length > 0 ? n.domainSource : null };
  if (own.length === 0 || sameSet(own, domainsOfKind(n.kind))) return derived(n);
  return { domains: own, source: 'import' };
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
