/**
 * Where the legal circuits meet (DOMAIN.md §5): the domain × domain tie matrix, Krackhardt's E-I
 * index per domain, cooperation clusters of SGB II and SGB VIII actors, and the projects that join
 * both circuits. All on the actor view; the projects and sentences behind a tie come from the
 * two-mode view.
 */
import { DOMAIN_SOURCES, LEGAL_DOMAINS, type NetzGraph, type SourceRef, uniqueSources } from '../model/index.ts';
import { compareStrings } from '../util/index.ts';
import { isSgb2, isSgb8, NO_DOMAIN } from './domains.ts';
import { actorTieEvidence } from './evidence.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import type { ViewGraph } from './view.ts';

export const MATRIX_DOMAINS = [...LEGAL_DOMAINS, NO_DOMAIN] as const;

export interface EiEntry {
  /** (E − I) / (E + I): −1 = ties only inside the domain, +1 = only to other domains */
  value: number | null;
  external: number;
  internal: number;
  members: number;
}

export interface CooperationCluster {
  id: number;
  members: string[];
  sgb2: string[];
  sgb8: string[];
  /** projects through which SGB II and SGB VIII actors of the cluster are tied */
  projects: string[];
  /** direct cross-circuit ties (cooperates_with and the like) */
  directTies: [string, string][];
  /** the sentences behind the cross-circuit ties, in document order; at most EVIDENCE_LIMIT */
  evidence: SourceRef[];
  /** how many there are in all (the explorer finds the rest through the projects) */
  evidenceTotal: number;
}

export const EVIDENCE_LIMIT = 100;

/** How a stated cross-circuit project is marked: the partner of the other circuit is named or not. */
export const STATED_PARTNER_NOT_NAMED = 'ausgesagt, Partner nicht genannt';
export const STATED_PARTNERS_NAMED = 'ausgesagt, Partner genannt';

export interface StatedCrossProject {
  project: string;
  /** the sentences that state it */
  evidence: SourceRef[];
  /** both circuits' actors take part in the project in the data */
  partnersNamed: boolean;
  status: typeof STATED_PARTNER_NOT_NAMED | typeof STATED_PARTNERS_NAMED;
}

export interface SgbAnalysis {
  view: 'actors';
  domains: string[];
  matrix: Record<string, Record<string, number>>;
  eiIndex: Record<string, EiEntry>;
  clusters: CooperationCluster[];
  /** projects with SGB II and SGB VIII actors, or whose text states the cooperation of both circuits */
  crossProjects: string[];
  /** projects whose text states the cooperation of both circuits, with the sentences */
  statedCrossProjects: StatedCrossProject[];
  crossTies: number;
  actorsByDomain: Record<string, number>;
  /** actors by where their domains come from (text, kind, import, curation; none: no domain) */
  domainSources: Record<string, number>;
}

export const DOMAIN_SOURCE_KEYS = [...DOMAIN_SOURCES, 'none'] as const;

function domainSourceCounts(actors: ViewGraph): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(DOMAIN_SOURCE_KEYS.map((k) => [k, 0]));
  actors.forEachNode((_k, a) => {
    out[a.domainSource ?? 'none']!++;
  });
  return out;
}

const domainsOf = (view: ViewGraph, key: string): string[] => {
  const d = view.getNodeAttribute(key, 'domains');
  return d.length > 0 ? d : [NO_DOMAIN];
};

export function tieMatrix(actors: ViewGraph): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const r of MATRIX_DOMAINS) matrix[r] = Object.fromEntries(MATRIX_DOMAINS.map((c) => [c, 0]));
  actors.forEachEdge((_e, _a, s, t) => {
    const cells = new Set<string>();
    for (const da of domainsOf(actors, s))
      for (const db of domainsOf(actors, t)) cells.add([da, db].sort(compareStrings).join('\u0000'));
    for (const cell of cells) {
      const [x, y] = cell.split('\u0000') as [string, string];
      matrix[x]![y]!++;
      if (x !== y) matrix[y]![x]!++;
    }
  });
  return matrix;
}

/** Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises. Social Psychology Quarterly 51(2), 123–140. */
export function eiIndex(actors: ViewGraph): Record<string, EiEntry> {
  const domains = new Map(actors.mapNodes((k) => [k, new Set(domainsOf(actors, k))] as const));
  const out: Record<string, EiEntry> = {};
  for (const d of MATRIX_DOMAINS) out[d] = { value: null, external: 0, internal: 0, members: 0 };
  for (const set of domains.values()) for (const d of set) out[d]!.members++;
  actors.forEachEdge((_e, _a, s, t) => {
    const ds = domains.get(s)!;
    const dt = domains.get(t)!;
    for (const d of new Set([...ds, ...dt])) {
      if (ds.has(d) && dt.has(d)) out[d]!.internal++;
      else out[d]!.external++;
    }
  });
  for (const e of Object.values(out))
    e.value = e.external + e.internal === 0 ? null : (e.external - e.internal) / (e.external + e.internal);
  return out;
}

function isCrossTie(actors: ViewGraph, s: string, t: string): boolean {
  const ds = actors.getNodeAttribute(s, 'domains');
  const dt = actors.getNodeAttribute(t, 'domains');
  return (isSgb2(ds) && isSgb8(dt)) || (isSgb8(ds) && isSgb2(dt));
}

/**
 * Cooperation clusters: connected groups of SGB II and SGB VIII actors (tied directly or through a
 * shared project) that contain at least one tie across the two circuits.
 */
export function cooperationClusters(actors: ViewGraph, twoMode: ViewGraph): CooperationCluster[] {
  const inCircuit = (k: string) => {
    const d = actors.getNodeAttribute(k, 'domains');
    return isSgb2(d) || isSgb8(d);
  };
  // connected groups of circuit actors, numbered in the (sorted) node order
  const group = new Map<string, number>();
  const groups: string[][] = [];
  for (const start of actors.nodes()) {
    if (group.has(start) || !inCircuit(start)) continue;
    const members = [start];
    group.set(start, groups.length);
    for (let h = 0; h < members.length; h++) {
      actors.forEachNeighbor(members[h]!, (n) => {
        if (!group.has(n) && inCircuit(n)) {
          group.set(n, groups.length);
          members.push(n);
        }
      });
    }
    groups.push(members);
  }
  // one pass over the ties: every cross-circuit tie belongs to the group of its ends
  const found = groups.map(() => ({
    projects: new Set<string>(),
    directTies: [] as [string, string][],
    evidence: [] as SourceRef[],
  }));
  actors.forEachEdge((_e, attrs, s, t) => {
    const g = group.get(s);
    if (g === undefined || group.get(t) !== g || !isCrossTie(actors, s, t)) return;
    const f = found[g]!;
    attrs.via.forEach((p) => f.projects.add(p));
    if (attrs.sources.length > 0) f.directTies.push([s, t]);
    f.evidence.push(...actorTieEvidence(actors, twoMode, s, t));
  });
  const clusters: CooperationCluster[] = [];
  groups.forEach((members, g) => {
    const f = found[g]!;
    if (f.projects.size === 0 && f.directTies.length === 0) return;
    members.sort(compareStrings);
    clusters.push({
      id: 0,
      members,
      sgb2: members.filter((k) => isSgb2(actors.getNodeAttribute(k, 'domains'))),
      sgb8: members.filter((k) => isSgb8(actors.getNodeAttribute(k, 'domains'))),
      projects: [...f.projects].sort(compareStrings),
      directTies: f.directTies.sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1])),
      ...limitedEvidence(f.evidence),
    });
  });
  clusters.sort((a, b) => b.members.length - a.members.length || compareStrings(a.members[0]!, b.members[0]!));
  clusters.forEach((c, i) => (c.id = i + 1));
  return clusters;
}

function limitedEvidence(refs: SourceRef[]): { evidence: SourceRef[]; evidenceTotal: number } {
  const all = uniqueSources(refs);
  return { evidence: all.slice(0, EVIDENCE_LIMIT), evidenceTotal: all.length };
}

/** Projects with at least one SGB II and one SGB VIII actor among their participants. */
export function projectsJoiningCircuits(twoMode: ViewGraph): string[] {
  return twoMode
    .filterNodes((k, a) => {
      if (a.side !== 'project') return false;
      let two = false;
      let eight = false;
      twoMode.forEachNeighbor(k, (_n, na) => {
        if (na.side !== 'actor') return;
        two ||= isSgb2(na.domains);
        eight ||= isSgb8(na.domains);
      });
      return two && eight;
    })
    .sort(compareStrings);
}

/**
 * Projects whose own text states the cooperation of SGB II and SGB VIII ("Kooperation zwischen den
 * Rechtskreisen SGB II und SGB VIII", extract/rules/cross-circuit.ts): they count as cross-circuit
 * projects with that sentence as evidence, marked whether the data also names the partners.
 */
export function statedCrossProjects(graph: NetzGraph | undefined, joining: ReadonlySet<string>): StatedCrossProject[] {
  if (!graph) return [];
  const out: StatedCrossProject[] = [];
  graph.forEachNode((key, a) => {
    const refs = a.kind === 'project' || a.kind === 'program' ? a.crossCircuitStatements : undefined;
    if (!refs || refs.length === 0) return;
    const partnersNamed = joining.has(key);
    out.push({
      project: key,
      evidence: uniqueSources(refs),
      partnersNamed,
      status: partnersNamed ? STATED_PARTNERS_NAMED : STATED_PARTNER_NOT_NAMED,
    });
  });
  return out.sort((x, y) => compareStrings(x.project, y.project));
}

/** Cross-circuit projects: by their participants or by their own statement. */
export function crossProjects(twoMode: ViewGraph, graph?: NetzGraph): string[] {
  const joining = projectsJoiningCircuits(twoMode);
  const stated = statedCrossProjects(graph, new Set(joining)).map((x) => x.project);
  return [...new Set([...joining, ...stated])].sort(compareStrings);
}

export function sgbAnalysis(
  actors: ViewGraph,
  twoMode: ViewGraph,
  graph?: NetzGraph,
): { sgb: SgbAnalysis; issues: AnalysisIssue[] } {
  const issues: AnalysisIssue[] = [];
  const eis = eiIndex(actors);
  const count2 = eis['SGB II']!.members;
  const count8 = eis['SGB VIII']!.members;
  if (count2 === 0)
    issues.push(
      issue(
        'no-sgb2-actor',
        'Im Netz gibt es keinen Akteur aus dem SGB II (Jobcenter); Kooperationscluster der Rechtskreise kann es daher nicht geben.',
      ),
    );
  if (count8 === 0)
    issues.push(
      issue(
        'no-sgb8-actor',
        'Im Netz gibt es keinen Akteur aus dem SGB VIII (Jugendamt, freie Träger, Kitas); Kooperationscluster der Rechtskreise kann es daher nicht geben.',
      ),
    );
  let crossTies = 0;
  actors.forEachEdge((_e, _a, s, t) => {
    if (isCrossTie(actors, s, t)) crossTies++;
  });
  return {
    sgb: {
      view: 'actors',
      domains: [...MATRIX_DOMAINS],
      matrix: tieMatrix(actors),
      eiIndex: eis,
      clusters: cooperationClusters(actors, twoMode),
      crossProjects: crossProjects(twoMode, graph),
      statedCrossProjects: statedCrossProjects(graph, new Set(projectsJoiningCircuits(twoMode))),
      crossTies,
      actorsByDomain: Object.fromEntries(MATRIX_DOMAINS.map((d) => [d, eis[d]!.members])),
      domainSources: domainSourceCounts(actors),
    },
    issues,
  };
}
