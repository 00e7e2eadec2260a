/**
 * Which nodes and edges a filter state shows. Pure and linear in nodes + edges (typed arrays), so
 * a filter change stays cheap at 10k/50k. Rules, in order (all must hold):
 *  1. the node's kind is shown;
 *  2. programme / funding year: projects and programmes must match; every other node must be tied
 *     to a matching project or programme (projects without a period are hidden under a year);
 *  3. municipality / legal domain: an actor must have it; a project or programme must have it or
 *     be tied to an actor that has it; persons and places follow the projects they are tied to;
 *  4. "nur SGB II/VIII-Kooperation": members and projects of the cooperation clusters;
 *     "nur Lücken": the nodes of a gap and their shown direct neighbours;
 *  5. minimum degree, counted among the nodes still shown.
 * An edge is shown when both ends are.
 */
import type { NodeKind } from '../../model/kinds.ts';
import { isScopeKind, type ExplorerModel, type NodeRecord } from '../data/explorer-model.ts';
import type { Filters } from './view-state.ts';

export interface Visibility {
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
  /** Projects hidden only because they have no funding period while a year is chosen. */
  projectsWithoutPeriod: number;
}

const FOLLOWERS: ReadonlySet<NodeKind> = new Set(['person', 'municipality', 'district']);

function scopeMatch(n: NodeRecord, f: Filters): boolean {
  if (f.programme && !n.programmes.includes(f.programme)) return false;
  if (f.year !== null && n.kind === 'project') return !!n.years && n.years[0] <= f.year && f.year <= n.years[1];
  return true;
}

function attributeMatch(n: NodeRecord, f: Filters): boolean {
  // a Kreis includes its towns (n.kreis), a town only itself
  if (
    f.municipality &&
    n.municipality !== f.municipality &&
    n.kreis !== f.municipality &&
    !(n.label === f.municipality && n.kind === 'municipality')
  )
    return false;
  if (f.domain && !n.domains.includes(f.domain)) return false;
  return true;
}

export function sgbClusterKeys(model: ExplorerModel): Set<string> {
  const keys = new Set<string>();
  for (const c of model.analysis?.sgb.clusters ?? []) {
    for (const k of c.members) keys.add(k);
    for (const k of c.projects) keys.add(k);
  }
  return keys;
}

export function computeVisibility(model: ExplorerModel, f: Filters, clusterKeys?: ReadonlySet<string>): Visibility {
  const { nodes, edges, incident } = model;
  const n = nodes.length;
  const vis = new Uint8Array(n);
  const kinds = new Set(f.kinds);
  let projectsWithoutPeriod = 0;
  // 1 + 2 for projects and programmes
  const scopeOk = new Uint8Array(n);
  for (const node of nodes) {
    if (!isScopeKind(node.kind)) continue;
    if (scopeMatch(node, f)) scopeOk[node.index] = 1;
    else if (f.year !== null && node.kind === 'project' && !node.years) projectsWithoutPeriod++;
  }
  // a programme under a year filter needs at least one project of that year
  if (f.year !== null) {
    for (const node of nodes) {
      if (node.kind !== 'program' || !scopeOk[node.index]) continue;
      let any = false;
      for (const ei of incident[node.index]!) {
        const e = edges[ei]!;
        const o = e.source === node.index ? e.target : e.source;
        if (nodes[o]!.kind === 'project' && scopeOk[o]) any = true;
      }
      if (!any) scopeOk[node.index] = 0;
    }
  }
  const scoped = f.programme !== null || f.year !== null;
  const tiedToScope = (i: number) => {
    for (const ei of incident[i]!) {
      const e = edges[ei]!;
      const o = e.source === i ? e.target : e.source;
      if (scopeOk[o]) return true;
    }
    return false;
  };
  const attrFilter = f.municipality !== null || f.domain !== null;
  const actorOk = new Uint8Array(n);
  for (const node of nodes) {
    if (isScopeKind(node.kind)) continue;
    if (scoped && !tiedToScope(node.index)) continue;
    if (attrFilter && !FOLLOWERS.has(node.kind) && !attributeMatch(node, f)) continue;
    actorOk[node.index] = 1;
  }
  // 3 for projects/programmes: own attribute or a matching actor
  for (const node of nodes) {
    if (!isScopeKind(node.kind)) continue;
    if (!scopeOk[node.index] && scoped) continue;
    let ok = !attrFilter || attributeMatch(node, f);
    if (!ok) {
      for (const ei of incident[node.index]!) {
        const e = edges[ei]!;
        const o = e.source === node.index ? e.target : e.source;
        if (actorOk[o] && !FOLLOWERS.has(nodes[o]!.kind) && !isScopeKind(nodes[o]!.kind)) {
          ok = true;
          break;
        }
      }
    }
    if (ok) vis[node.index] = 1;
  }
  for (const node of nodes) {
    if (isScopeKind(node.kind) || !actorOk[node.index]) continue;
    if (attrFilter && FOLLOWERS.has(node.kind)) {
      // persons and places follow a shown project
      let ok = false;
      for (const ei of incident[node.index]!) {
        const e = edges[ei]!;
        const o = e.source === node.index ? e.target : e.source;
        if (vis[o] && isScopeKind(nodes[o]!.kind)) ok = true;
      }
      if (!ok) continue;
    }
    vis[node.index] = 1;
  }
  for (const node of nodes) if (!kinds.has(node.kind)) vis[node.index] = 0;
  // 4
  if (f.sgbOnly) {
    const keys = clusterKeys ?? sgbClusterKeys(model);
    for (const node of nodes) if (!keys.has(node.key)) vis[node.index] = 0;
  }
  if (f.gapsOnly) {
    const keep = new Uint8Array(n);
    for (const node of nodes) {
      if (!vis[node.index] || node.gapSeverity === null) continue;
      keep[node.index] = 1;
      for (const ei of incident[node.index]!) {
        const e = edges[ei]!;
        const o = e.source === node.index ? e.target : e.source;
        if (vis[o]) keep[o] = 1;
      }
    }
    vis.set(keep);
  }
  // 5: distinct shown neighbours
  if (f.minDegree > 0) {
    const keep = new Uint8Array(n);
    const seen = new Int32Array(n).fill(-1);
    for (const node of nodes) {
      const i = node.index;
      if (!vis[i]) continue;
      let d = 0;
      for (const ei of incident[i]!) {
        const e = edges[ei]!;
        const o = e.source === i ? e.target : e.source;
        if (o === i || !vis[o] || seen[o] === i) continue;
        seen[o] = i;
        d++;
      }
      if (d >= f.minDegree) keep[i] = 1;
    }
    vis.set(keep);
  }
  const ev = new Uint8Array(edges.length);
  let edgeCount = 0;
  for (const e of edges) {
    if (vis[e.source] && vis[e.target]) {
      ev[e.index] = 1;
      edgeCount++;
    }
  }
  let nodeCount = 0;
  for (let i = 0; i < n; i++) nodeCount += vis[i]!;
  return { nodes: vis, edges: ev, nodeCount, edgeCount, projectsWithoutPeriod };
}

/** Indices whose visibility differs between two results (for a partial sigma refresh). */
export function changedIndices(before: Uint8Array | null, after: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < after.length; i++) if (!before || before[i] !== after[i]) out.push(i);
  return out;
}
