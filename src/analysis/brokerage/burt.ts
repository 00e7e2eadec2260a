/**
 * Burt's structural-hole measures on a weighted undirected view.
 * Burt, R. S. (1992). Structural Holes. Harvard University Press, pp. 54–55 (constraint) and 52
 * (effective size); the weighted form follows NetworkX 3 (`nx.constraint`, `nx.effective_size`
 * with `weight`), so the reference values of NetworkX apply:
 *   p(i,j) = w(i,j) / Σ_k w(i,k)                       proportional tie strength
 *   m(j,q) = w(j,q) / max_k w(j,k)                     marginal strength
 *   constraint(i)     = Σ_j ( p(i,j) + Σ_{q≠i,j} p(i,q) p(q,j) )²
 *   effectiveSize(i)  = Σ_j ( 1 − Σ_q p(i,q) m(j,q) )
 * An isolated node has neither (null, with a note in `issues`), as NetworkX returns NaN there.
 */
import { tieWeight, type Adjacency } from '../adjacency.ts';

function totals(adj: Adjacency): { sum: Float64Array; max: Float64Array } {
  const n = adj.keys.length;
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (const w of adj.weights[i]!) {
      sum[i]! += w;
      if (w > max[i]!) max[i] = w;
    }
  }
  return { sum, max };
}

export interface BurtMeasures {
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
}

export function burtMeasures(adj: Adjacency): BurtMeasures {
  const { sum, max } = totals(adj);
  const n = adj.keys.length;
  const constraint: (number | null)[] = new Array<number | null>(n).fill(null);
  const effectiveSize: (number | null)[] = new Array<number | null>(n).fill(null);
  const p = (i: number, j: number) => tieWeight(adj, i, j) / sum[i]!;
  for (let i = 0; i < n; i++) {
    const ns = adj.neighbours[i]!;
    const ws = adj.weights[i]!;
    if (ns.length === 0 || sum[i]! === 0) continue;
    let c = 0;
    let eff = 0;
    for (let a = 0; a < ns.length; a++) {
      const j = ns[a]!;
      let indirect = 0;
      let redundancy = 0;
      for (let b = 0; b < ns.length; b++) {
        const q = ns[b]!;
        if (q === j) continue;
        const wjq = tieWeight(adj, j, q);
        if (wjq === 0) continue;
        const piq = ws[b]! / sum[i]!;
        indirect += piq * p(q, j);
        redundancy += piq * (wjq / max[j]!);
      }
      c += (ws[a]! / sum[i]! + indirect) ** 2;
      eff += 1 - redundancy;
    }
    constraint[i] = c;
    effectiveSize[i] = eff;
  }
  return { constraint, effectiveSize };
}
