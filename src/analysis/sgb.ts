/**
 * Where the legal circuits meet (DOMAIN.md §5): the domain × domain tie matrix, Krackhardt's E-I
 * index per domain, cooperation clusters of SGB II and SGB VIII actors, and the projects that join
 * both circuits. All on the actor view; the projects and sentences behind a tie come from the
 * two-mode view.
 */
import { LEGAL_DOMAINS } from '../model/kinds.ts';
import type { SourceRef } from '../model/schema.ts';
import { compareStrings } from '../util/stable-json.ts';
import { isSgb2, isSgb8, NO_DOMAIN } from './domains.ts';
import { actorTieEvidence, uniqueSources } from './evidence.ts';
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
  evidence: SourceRef[];
}

export interface SgbAnalysis {
  view: 'actors';
  domains: string[];
  matrix: Record<string, Record<string, number>>;
  eiIndex: Record<string, EiEntry>;
  clusters: CooperationCluster[];
  crossProjects: string[];
  crossTies: number;
  actorsByDomain: Record<string, number>;
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
    for (const da of domainsOf(actors, s)) for (const db of domainsOf(actors, t)) cells.add([da, db].sort(compareStrings).join('\u0000'));
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
  const out: Record<string, EiEntry> = {};
  for (const d of MATRIX_DOMAINS) {
    let external = 0;
    let internal = 0;
    actors.forEachEdge((_e, _a, s, t) => {
      const inS = domainsOf(actors, s).includes(d);
      const inT = domainsOf(actors, t).includes(d);
      if (inS && inT) internal++;
      else if (inS || inT) external++;
    });
    const members = actors.filterNodes((k) => domainsOf(actors, k).includes(d)).length;
    out[d] = { value: external + internal === 0 ? null : (external - internal) / (external + internal), external, internal, members };
  }
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
  const seen = new Set<string>();
  const clusters: CooperationCluster[] = [];
  for (const start of actors.nodes()) {
    if (seen.has(start) || !inCircuit(start)) continue;
    const members = [start];
    seen.add(start);
    for (let h = 0; h < members.length; h++) {
      actors.forEachNeighbor(members[h]!, (n) => {
        if (!seen.has(n) && inCircuit(n)) {
          seen.add(n);
          members.push(n);
        }
      });
    }
    const memberSet = new Set(members);
    const projects = new Set<string>();
    const directTies: [string, string][] = [];
    const evidence: SourceRef[] = [];
    actors.forEachEdge((_e, attrs, s, t) => {
      if (!memberSet.has(s) || !memberSet.has(t) || !isCrossTie(actors, s, t)) return;
      attrs.via.forEach((p) => projects.add(p));
      if (attrs.sources.length > 0) directTies.push([s, t]);
      evidence.push(...actorTieEvidence(actors, twoMode, s, t));
    });
    if (projects.size === 0 && directTies.length === 0) continue;
    members.sort(compareStrings);
    clusters.push({
      id: 0,
      members,
      sgb2: members.filter((k) => isSgb2(actors.getNodeAttribute(k, 'domains'))),
      sgb8: members.filter((k) => isSgb8(actors.getNodeAttribute(k, 'domains'))),
      projects: [...projects].sort(compareStrings),
      directTies: directTies.sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1])),
      evidence: uniqueSources(evidence),
    });
  }
  clusters.sort((a, b) => b.members.length - a.members.length || compareStrings(a.members[0]!, b.members[0]!));
  clusters.forEach((c, i) => (c.id = i + 1));
  return clusters;
}

/** Projects with at least one SGB II and one SGB VIII actor among their participants. */
export function crossProjects(twoMode: ViewGraph): string[] {
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

export function sgbAnalysis(actors: ViewGraph, twoMode: ViewGraph): { sgb: SgbAnalysis; issues: AnalysisIssue[] } {
  const issues: AnalysisIssue[] = [];
  const eis = eiIndex(actors);
  const count2 = eis['SGB II']!.members;
  const count8 = eis['SGB VIII']!.members;
  if (count2 === 0) issues.push(issue('no-sgb2-actor', 'Im Netz gibt es keinen Akteur aus dem SGB II (Jobcenter); Kooperationscluster der Rechtskreise kann es daher nicht geben.'));
  if (count8 === 0) issues.push(issue('no-sgb8-actor', 'Im Netz gibt es keinen Akteur aus dem SGB VIII (Jugendamt, freie Träger, Kitas); Kooperationscluster der Rechtskreise kann es daher nicht geben.'));
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
      crossProjects: crossProjects(twoMode),
      crossTies,
      actorsByDomain: Object.fromEntries(MATRIX_DOMAINS.map((d) => [d, eis[d]!.members])),
    },
    issues,
  };
}
