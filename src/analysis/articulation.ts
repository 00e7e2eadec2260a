/**
 * Articulation points (cut vertices) of an undirected graph: Hopcroft & Tarjan (1973), iterative
 * so that long chains do not overflow the call stack.
 */
import type { Adjacency } from './adjacency.ts';

export function articulationPoints(adj: Adjacency): number[] {
  const n = adj.keys.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // position in the neighbour list
  const isCut = new Uint8Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    const stack = [root];
    disc[root] = low[root] = time++;
    while (stack.length > 0) {
      const u = stack[stack.length - 1]!;
      const ns = adj.neighbours[u]!;
      if (next[u]! < ns.length) {
        const v = ns[next[u]!++]!;
        if (disc[v] === -1) {
          parent[v] = u;
          disc[v] = low[v] = time++;
          if (u === root) rootChildren++;
          stack.push(v);
        } else if (v !== parent[u]) {
          low[u] = Math.min(low[u]!, disc[v]!);
        }
      } else {
        stack.pop();
        const p = parent[u]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[u]!);
          if (p !== root && low[u]! >= disc[p]!) isCut[p] = 1;
        }
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (isCut[i]) out.push(i);
  return out;
}

/** Sizes of the pieces the component falls into when `cut` is removed. */
export function piecesWithout(adj: Adjacency, cut: number): number[][] {
  const seen = new Uint8Array(adj.keys.length);
  seen[cut] = 1;
  const pieces: number[][] = [];
  for (const start of adj.neighbours[cut]!) {
    if (seen[start]) continue;
    const piece = [start];
    seen[start] = 1;
    for (let h = 0; h < piece.length; h++) {
      for (const v of adj.neighbours[piece[h]!]!) {
        if (!seen[v]) {
          seen[v] = 1;
          piece.push(v);
        }
      }
    }
    pieces.push(piece);
  }
  return pieces;
}
