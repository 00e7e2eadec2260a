/**
 * Louvain communities with a fixed seed on a view whose nodes are already in sorted order, so
 * every run gives the same partition. Communities are renumbered by size (largest = 0, ties by
 * their smallest key) so the numbers mean something to a reader.
 */
import louvain from 'graphology-communities-louvain';
import { compareStrings, seededRandom } from '../util/index.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import type { ViewGraph, ViewName } from './view.ts';

export interface CommunityResult {
  community: Map<string, number>;
  count: number;
  modularity: number | null;
  issues: AnalysisIssue[];
}

function renumber(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const key of Object.keys(raw).sort(compareStrings)) {
    const c = raw[key]!;
    const list = members.get(c) ?? [];
    list.push(key);
    members.set(c, list);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const out = new Map<string, number>();
  ordered.forEach((keys, i) => keys.forEach((k) => out.set(k, i)));
  return out;
}

export function communities(view: ViewGraph, name: ViewName, seed: number): CommunityResult {
  if (view.size === 0) {
    const community = new Map(view.nodes().map((k, i) => [k, i]));
    const issues =
      view.order > 0
        ? [
            issue(
              'communities-no-edges',
              'Ohne Verbindungen bildet jeder Knoten eine eigene Gruppe; Modularität ist nicht definiert.',
              { view: name, measure: 'community' },
            ),
          ]
        : [];
    return { community, count: view.order, modularity: null, issues };
  }
  const result = louvain.detailed(view, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const community = renumber(result.communities);
  return { community, count: new Set(community.values()).size, modularity: result.modularity, issues: [] };
}
