/**
 * Eigenvector centrality and PageRank by power iteration on a weighted CSR view.
 * Same algorithm, start vector, stopping rule and order of floating-point operations as
 * graphology-metrics (centrality/eigenvector, centrality/pagerank): every x[v] receives its terms
 * in ascending order of the sending node, which a CSR in the view's node order also gives, so the
 * values are bit-identical. What changes is the cost: graphology builds a weighted neighbourhood
 * index from the graph on every call (1.4–1.9 s of a 2 s call on the 100k-node views,
 * BENCHMARKS.md) and allocates a new vector per iteration; here the CSR of the view is reused and
 * two vectors are swapped. `null`: not converged within `maxIterations`.
 */
import type { Csr } from './csr.ts';

export interface PowerIterationLimits {
  maxIterations: number;
  tolerance: number;
}

/** Euclidean norm without overflow (graphology-metrics' safeVariadicHypot, same operation order). */
function safeNorm(x: Float64Array): number {
  let max = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const n = Math.abs(x[i]!);
    if (n > max) {
      s *= (max / n) * (max / n);
      max = n;
    }
    s += n === 0 && max === 0 ? 0 : (n / max) * (n / max);
  }
  return max === Infinity ? 1 : max * Math.sqrt(s);
}

function l1Distance(a: Float64Array, b: Float64Array): number {
  let error = 0;
  for (let i = 0; i < a.length; i++) error += Math.abs(a[i]! - b[i]!);
  return error;
}

export function eigenvectorCentralityCsr(csr: Csr, limits: PowerIterationLimits): Float64Array | null {
  const { n, offsets, targets } = csr;
  const weights = csr.weights!;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < limits.maxIterations; iteration++) {
    next.set(x);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const end = offsets[i + 1]!;
      for (let p = offsets[i]!; p < end; p++) next[targets[p]!]! += xi * weights[p]!;
    }
    const norm = safeNorm(next);
    for (let i = 0; i < n; i++) next[i]! /= norm;
    const converged = l1Distance(next, x) < n * limits.tolerance;
    [x, next] = [next, x];
    if (converged) return x;
  }
  return null;
}

export function pagerankCsr(csr: Csr, alpha: number, limits: PowerIterationLimits): Float64Array | null {
  const { n, offsets, targets } = csr;
  const weights = csr.weights!;
  const p = 1 / n;
  const normalized = new Float64Array(targets.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    let d = 0;
    for (let q = offsets[i]!; q < end; q++) d += weights[q]!;
    if (d === 0) dangling.push(i);
    for (let q = offsets[i]!; q < end; q++) normalized[q] = weights[q]! / d;
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < limits.maxIterations; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const end = offsets[i + 1]!;
      for (let q = offsets[i]!; q < end; q++) next[targets[q]!]! += alpha * xi * normalized[q]!;
      next[i]! += dangleSum * p + (1 - alpha) * p;
    }
    const converged = l1Distance(next, x) < n * limits.tolerance;
    [x, next] = [next, x];
    if (converged) return x;
  }
  return null;
}
