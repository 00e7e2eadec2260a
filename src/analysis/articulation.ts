/**
 * Articulation points (cut vertices) of an undirected graph and the pieces each one holds
 * together: Hopcroft & Tarjan (1973), iterative so long chains do not overflow the stack, with
 * subtree counts so the pieces come out of the same depth-first pass (linear time, not one
 * search per cut vertex).
 */
import type { Adjacency } from './adjacency.ts';

/** A part of a component that falls off when the cut vertex is removed, with how many flagged nodes of each kind it holds. */
export interface Piece {
  size: number;
  counts: number[];
}

export interface CutVertex {
  node: number;
  pieces: Piece[];
}

/**
 * @param flags per node, a 0/1 vector of marks to count per piece (e.g. [isSgb2, isSgb8])
 */
export function cutVertices(adj: Adjacency, flags: readonly (readonly number[])[] = []): CutVertex[] {
  const n = adj.keys.length;
  const f = flags[0]?.length ?? 0;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const size = new Int32Array(n);
  const counts = Array.from({ length: f }, () => new Int32Array(n));
  const separated = new Map<number, Piece[]>();
  const out: CutVertex[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const stack = [root];
    const members: number[] = [];
    disc[root] = low[root] = time++;
    while (stack.length > 0) {
      const u = stack[stack.length - 1]!;
      const ns = adj.neighbours[u]!;
      if (next[u]! < ns.length) {
        const v = ns[next[u]!++]!;
        if (disc[v] === -1) {
          parent[v] = u;
          disc[v] = low[v] = time++;
          stack.push(v);
        } else if (v !== parent[u]) {
          low[u] = Math.min(low[u]!, disc[v]!);
        }
        continue;
      }
      stack.pop();
      members.push(u);
      size[u]! += 1;
      for (let k = 0; k < f; k++) counts[k]![u]! += flags[u]![k]!;
      const p = parent[u]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[u]!);
      size[p]! += size[u]!;
      for (let k = 0; k < f; k++) counts[k]![p]! += counts[k]![u]!;
      if (low[u]! >= disc[p]!) {
        const list = separated.get(p) ?? [];
        list.push({ size: size[u]!, counts: counts.map((c) => c[u]!) });
        separated.set(p, list);
      }
    }
    const total = size[root]!;
    const totals = counts.map((c) => c[root]!);
    for (const m of members) {
      const pieces = separated.get(m);
      if (!pieces) continue;
      if (m === root) {
        if (pieces.length >= 2) out.push({ node: m, pieces });
        continue;
      }
      const restSize = total - 1 - pieces.reduce((s, x) => s + x.size, 0);
      const rest: Piece = {
        size: restSize,
        counts: totals.map((t, k) => t - flags[m]![k]! - pieces.reduce((s, x) => s + x.counts[k]!, 0)),
      };
      out.push({ node: m, pieces: restSize > 0 ? [...pieces, rest] : pieces });
    }
  }
  return out.sort((a, b) => a.node - b.node);
}
