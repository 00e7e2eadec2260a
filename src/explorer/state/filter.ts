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
import type { NodeKind } from '../../model/index.ts';
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

/** The node at the other end of edge `ei` from node `i`. */
function otherEnd(model: ExplorerModel, ei: number, i: number): number {
  const e = model.edges[ei]!;
  return e.source === i ? e.target : e.source;
}

/** Whether some neighbour of node `i` passes `test`. */
function anyNeighbour(model: ExplorerModel, i: number, test: (o: number) => boolean): boolean {
  for (const ei of model.incident[i]!) if (test(otherEnd(model, ei, i))) return true;
  return false;
}

/** Steps 1 + 2: projects and programmes of the chosen programme and year (a programme needs a project of that year). */
function scopeMask(model: ExplorerModel, f: Filters): { scopeOk: Uint8Array; projectsWithoutPeriod: number } {
  const { nodes } = model;
  const scopeOk = new Uint8Array(nodes.length);
  let projectsWithoutPeriod = 0;
  for (const node of nodes) {
    if (!isScopeKind(node.kind)) continue;
    if (scopeMatch(node, f)) scopeOk[node.index] = 1;
    else if (f.year !== null && node.kind === 'project' && !node.years) projectsWithoutPeriod++;
  }
  if (f.year !== null) {
    for (const node of nodes) {
      if (node.kind !== 'program' || !scopeOk[node.index]) continue;
      if (!anyNeighbour(model, node.index, (o) => nodes[o]!.kind === 'project' && scopeOk[o] === 1))
        scopeOk[node.index] = 0;
    }
  }
  return { scopeOk, projectsWithoutPeriod };
}

/** Step 3: actors tied to the scope and matching Kommune and Rechtskreis; projects with their own match or a matching actor; persons and places follow a shown project. */
function attributeVisibility(model: ExplorerModel, f: Filters, scopeOk: Uint8Array): Uint8Array {
  const { nodes } = model;
  const vis = new Uint8Array(nodes.length);
  const scoped = f.programme !== null || f.year !== null;
  const attrFilter = f.municipality !== null || f.domain !== null;
  const actorOk = new Uint8Array(nodes.length);
  for (const node of nodes) {
    if (isScopeKind(node.kind)) continue;
    if (scoped && !anyNeighbour(model, node.index, (o) => scopeOk[o] === 1)) continue;
    if (attrFilter && !FOLLOWERS.has(node.kind) && !attributeMatch(node, f)) continue;
    actorOk[node.index] = 1;
  }
  const matchingActor = (o: number) =>
    actorOk[o] === 1 && !FOLLOWERS.has(nodes[o]!.kind) && !isScopeKind(nodes[o]!.kind);
  for (const node of nodes) {
    if (!isScopeKind(node.kind)) continue;
    if (!scopeOk[node.index] && scoped) continue;
    if (!attrFilter || attributeMatch(node, f) || anyNeighbour(model, node.index, matchingActor)) vis[node.index] = 1;
  }
  for (const node of nodes) {
    if (isScopeKind(node.kind) || !actorOk[node.index]) continue;
    // persons and places follow a shown project
    if (
      attrFilter &&
      FOLLOWERS.has(node.kind) &&
      !anyNeighbour(model, node.index, (o) => vis[o] === 1 && isScopeKind(nodes[o]!.kind))
    )
      continue;
    vis[node.index] = 1;
  }
  return vis;
}

/** „nur Lücken“: the nodes with a gap and their shown neighbours. */
function keepGaps(model: ExplorerModel, vis: Uint8Array): void {
  const keep = new Uint8Array(vis.length);
  for (const node of model.nodes) {
    if (!vis[node.index] || node.gapSeverity === null) continue;
    keep[node.index] = 1;
    for (const ei of model.incident[node.index]!) {
      const o = otherEnd(model, ei, node.index);
      if (vis[o]) keep[o] = 1;
    }
  }
  vis.set(keep);
}

/** Step 5: at least `min` distinct shown neighbours. */
function keepMinDegree(model: ExplorerModel, vis: Uint8Array, min: number): void {
  const keep = new Uint8Array(vis.length);
  const seen = new Int32Array(vis.length).fill(-1);
  for (const node of model.nodes) {
    const i = node.index;
    if (!vis[i]) continue;
    let d = 0;
    for (const ei of model.incident[i]!) {
      const o = otherEnd(model, ei, i);
      if (o === i || !vis[o] || seen[o] === i) continue;
      seen[o] = i;
      d++;
    }
    if (d >= min) keep[i] = 1;
  }
  vis.set(keep);
}

export function computeVisibility(model: ExplorerModel, f: Filters, clusterKeys?: ReadonlySet<string>): Visibility {
  const { nodes, edges } = model;
  const { scopeOk, projectsWithoutPeriod } = scopeMask(model, f);
  const vis = attributeVisibility(model, f, scopeOk);
  const kinds = new Set(f.kinds);
  for (const node of nodes) if (!kinds.has(node.kind)) vis[node.index] = 0;
  // 4
  if (f.sgbOnly) {
    const keys = clusterKeys ?? sgbClusterKeys(model);
    for (const node of nodes) if (!keys.has(node.key)) vis[node.index] = 0;
  }
  if (f.gapsOnly) keepGaps(model, vis);
  if (f.minDegree > 0) keepMinDegree(model, vis, f.minDegree);
  const ev = new Uint8Array(edges.length);
  let edgeCount = 0;
  for (const e of edges) {
    if (vis[e.source] && vis[e.target]) {
      ev[e.index] = 1;
      edgeCount++;
    }
  }
  let nodeCount = 0;
  for (let i = 0; i < nodes.length; i++) nodeCount += vis[i]!;
  return { nodes: vis, edges: ev, nodeCount, edgeCount, projectsWithoutPeriod };
}

/** Indices whose visibility differs between two results (for a partial sigma refresh). */
export function changedIndices(before: Uint8Array | null, after: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < after.length; i++) if (!before || before[i] !== after[i]) out.push(i);
  return out;
}

/** From this many nodes a network opens with its organisations and projects only (issue 14: no hairball at first sight). */
export const LARGE_NETWORK_NODES = 2000;
const LARGE_START_HIDDEN: ReadonlySet<NodeKind> = new Set(['person', 'municipality', 'district']);

/**
 * The filters a network opens with when nothing else is asked for: all kinds, or for a large network
 * all but persons and places (they follow from the „Arten“ filter). Null: keep the filters as they are.
 */
export function startFilters(model: ExplorerModel, f: Filters): Filters | null {
  if (model.nodes.length < LARGE_NETWORK_NODES) return null;
  const kinds = f.kinds.filter((k) => !LARGE_START_HIDDEN.has(k));
  return kinds.length === f.kinds.length ? null : { ...f, kinds };
}
