/**
 * What the charts count, taken from the filtered network (the filtered state is what charts show):
 * degrees among shown nodes, and ties among shown actors as the analysis' actor network defines
 * them (two actors share a shown project or programme, or are tied directly). Persons and places
 * are not actors.
 */
import type { NodeKind } from '../../model/kinds.ts';
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

/** Unordered pairs of shown actors that are tied in the actor network, each pair once. */
export function visibleActorTies(model: ExplorerModel, visible: Uint8Array): Array<[number, number]> {
  const pairs = new Set<number>();
  const n = model.nodes.length;
  const add = (a: number, b: number) => {
    if (a === b) return;
    pairs.add(a < b ? a * n + b : b * n + a);
  };
  for (const node of model.nodes) {
    if (!visible[node.index]) continue;
    const actors: number[] = [];
    for (const ei of model.incident[node.index]!) {
      const e = model.edges[ei]!;
      const o = e.source === node.index ? e.target : e.source;
      if (!visible[o] || !isActorKind(model.nodes[o]!.kind)) continue;
      if (isScopeKind(node.kind)) actors.push(o);
      else if (isActorKind(node.kind)) add(node.index, o);
    }
    for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) add(actors[i]!, actors[j]!);
  }
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}
