/**
 * What the charts count, taken from the filtered network (the filtered state is what charts show):
 * degrees among shown nodes, and ties among shown actors as the analysis' actor network defines
 * them (two actors share a shown project or programme, or are tied directly). Persons and places
 * are not actors.
 */
import type { NodeKind } from '../../model/index.ts';
import { isScopeKind, type ExplorerModel } from '../data/explorer-model.ts';

const NON_ACTORS: ReadonlySet<NodeKind> = new Set(['person', 'municipality', 'district']);
export const isActorKind = (k: NodeKind) => !isScopeKind(k) && !NON_ACTORS.has(k);

/** Number of distinct shown neighbours of every shown node. */
export function visibleDegrees(model: ExplorerModel, visible: Uint8Array): number[] {
  const out: number[] = [];
  const seen = new Int32Array(model.nodes.length).fill(-1);
  for (const n of model.nodes) {
    if (!visible[n.index]) continue;
    let d = 0;
    for (const ei of model.incident[n.index]!) {
      const e = model.edges[ei]!;
      const o = e.source === n.index ? e.target : e.source;
      if (o === n.index || !visible[o] || seen[o] === n.index) continue;
      seen[o] = n.index;
      d++;
    }
    out.push(d);
  }
  return out;
}

/**
 * Unordered pairs of shown actors that are tied in the actor network, each pair once: they share a
 * shown project or programme (a shown contact person counts their organisation in on their
 * project), or they are tied directly.
 */
export function visibleActorTies(model: ExplorerModel, visible: Uint8Array): Array<[number, number]> {
  const { nodes, edges, incident } = model;
  const n = nodes.length;
  const pairs = new Set<number>();
  const add = (a: number, b: number) => {
    if (a !== b) pairs.add(a < b ? a * n + b : b * n + a);
  };
  const participants = new Map<number, Set<number>>();
  const join = (scope: number, actor: number) => {
    let set = participants.get(scope);
    if (!set) participants.set(scope, (set = new Set()));
    set.add(actor);
  };
  for (const e of edges) {
    const [s, t] = [e.source, e.target];
    if (!visible[s] || !visible[t]) continue;
    const ks = nodes[s]!.kind;
    const kt = nodes[t]!.kind;
    if (isActorKind(ks) && isActorKind(kt)) add(s, t);
    else if (isScopeKind(ks) && isActorKind(kt)) join(s, t);
    else if (isActorKind(ks) && isScopeKind(kt)) join(t, s);
  }
  for (const p of nodes) {
    if (p.kind !== 'person' || !visible[p.index]) continue;
    const orgs: number[] = [];
    const scopes: number[] = [];
    for (const ei of incident[p.index]!) {
      const e = edges[ei]!;
      if (e.source !== p.index || !visible[e.target]) continue;
      if (e.kind === 'works_for' && isActorKind(nodes[e.target]!.kind)) orgs.push(e.target);
      if (e.kind === 'contact_for' && isScopeKind(nodes[e.target]!.kind)) scopes.push(e.target);
    }
    for (const s of scopes) for (const o of orgs) join(s, o);
  }
  for (const set of participants.values()) {
    const actors = [...set];
    for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) add(actors[i]!, actors[j]!);
  }
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}

/**
 * When a ranking by a measure says little: it is zero for nearly all actors (at least `zeroShare`
 * of those with a value) and too few are above zero to fill the chart's `top` bars, so most bars
 * would be zero and their order only the tie-breaker's. Betweenness in a network of separate
 * stars is the usual case (issue 14: one bar and nine zeros).
 */
export const SPARSE_MEASURE = { zeroShare: 0.8 } as const;

export interface MeasureSpread {
  /** Actors with a value. */
  n: number;
  /** Of them, those whose value is zero. */
  zero: number;
  sparse: boolean;
}

export function measureSpread(values: Iterable<number | null>, top: number): MeasureSpread {
  let n = 0;
  let zero = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    n++;
    if (v === 0) zero++;
  }
  const sparse = n >= 2 && n - zero < Math.min(top, n) && zero >= SPARSE_MEASURE.zeroShare * n;
  return { n, zero, sparse };
}
