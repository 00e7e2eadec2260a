/**
 * A resolved node's legal domains and where they come from (model/domain-source.ts):
 *  - an imported file's declared domains win ('import');
 *  - then what the text says: a project's or an office's mentions (their text and name cues), a
 *    carrier's name by the brand table ('text');
 *  - else the default of the kind ('kind'): a Jugendamt is SGB VIII, a Jobcenter SGB II.
 * A carrier has no default: it is SGB VIII only by its name's brand, an import or a correction.
 */
import {
  brandRulesOf,
  defaultDomainsOfKind,
  type DomainSource,
  LEGAL_DOMAINS,
  type LegalDomain,
  type Mention,
  type NodeKind,
} from '../model/index.ts';

/** Kinds whose mentions carry domains read from the text (other kinds' mentions carry only their kind's hint). */
const TEXT_DOMAIN_KINDS: ReadonlySet<NodeKind> = new Set(['project', 'organisation', 'funder']);

export interface NodeDomains {
  domains: LegalDomain[];
  source?: DomainSource;
}

const ordered = (xs: Iterable<LegalDomain>): LegalDomain[] => {
  const set = new Set(xs);
  return LEGAL_DOMAINS.filter((d) => set.has(d));
};

export function nodeDomains(kind: NodeKind, label: string, mentions: readonly Mention[]): NodeDomains {
  const kindDefault = defaultDomainsOfKind(kind);
  const declared = mentions.filter((m) => m.attrs.declared && (m.attrs.domains?.length ?? 0) > 0);
  if (declared.length > 0) {
    // a file that names the source of its domains (our own export) keeps it; the stronger one wins
    const named = declared.map((m) => m.attrs.domainSource);
    const source = (['curation', 'import', 'text', 'kind'] as const).find((x) => named.includes(x)) ?? 'import';
    return { domains: ordered([...kindDefault, ...declared.flatMap((m) => m.attrs.domains ?? [])]), source };
  }
  const text = new Set<LegalDomain>();
  if (TEXT_DOMAIN_KINDS.has(kind)) for (const m of mentions) for (const d of m.attrs.domains ?? []) text.add(d);
  if (kind === 'carrier')
    for (const r of brandRulesOf([label, ...mentions.map((m) => m.name)])) r.domains.forEach((d) => text.add(d));
  const extra = [...text].filter((d) => !kindDefault.includes(d));
  const domains = ordered([...kindDefault, ...text]);
  if (domains.length === 0) return { domains };
  return { domains, source: extra.length > 0 ? 'text' : 'kind' };
}
