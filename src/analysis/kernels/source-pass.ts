/**
 * One shortest-path pass per source (Brandes 2001, "A faster algorithm for betweenness centrality"):
 * BFS on unweighted graphs, Dijkstra with a binary heap on weighted ones. A pass yields, at once,
 * the source's dependencies δ_s(v) (summed into betweenness), its distance sum (closeness, average
 * path length), the number of nodes it reaches and its eccentricity (diameter).
 * BFS records the arcs of the shortest-path DAG (u → v with d(v) = d(u) + 1) in discovery order in
 * one flat array; the back-propagation walks it backwards, which visits each DAG arc once,
 * sequentially, after every arc leaving its head. Dijkstra cannot (an arc may stop being on a
 * shortest path when a distance improves later), so its back-propagation re-scans the neighbours.
 * `runSources(problem, from, to)` runs the sources at positions [from, to) of the problem's source
 * list, so the work can be split across threads; the partial results are summed in a fixed order
 * elsewhere (path-problem.ts).
 */
import { DistanceHeap } from './binary-heap.ts';
import type { Csr } from './csr.ts';

export interface PathProblem {
  csr: Csr;
  /** sources in run order; null means every node 0..n−1 */
  sources: Int32Array | null;
  /** also sum squared dependencies and, per target, distances from the sources (estimates and their errors) */
  sampled: boolean;
}

export interface PathPartial {
  from: number;
  to: number;
  /** per node: Σ over the range's sources of δ_s(v) (s itself excluded) */
  dependency: Float64Array;
  /** per source position in [from, to): Σ_v d(s, v) over the nodes s reaches */
  distanceSum: Float64Array;
  /** per source position: nodes reached from s, s included */
  reached: Int32Array;
  /** per source position: largest distance from s */
  eccentricity: Float64Array;
  /** sampled only, per node: Σ δ_s(v)², Σ d(s, v), Σ d(s, v)², number of sources reaching v */
  dependencySq: Float64Array | null;
  distanceTo: Float64Array | null;
  distanceToSq: Float64Array | null;
  hits: Int32Array | null;
}

export const sourceCount = (p: PathProblem): number => (p.sources ? p.sources.length : p.csr.n);

/** Reusable buffers of one thread's passes over one graph. */
interface Workspace {
  dist: Float64Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
  /** BFS only: DAG arcs as (tail, head) pairs, 2 entries per arc, at most one arc per directed edge */
  dag: Int32Array;
  dagLength: number;
  heap: DistanceHeap | null;
}

function workspace(csr: Csr): Workspace {
  const dist = new Float64Array(csr.n).fill(-1);
  return {
    dist,
    sigma: new Float64Array(csr.n),
    delta: new Float64Array(csr.n),
    order: new Int32Array(csr.n),
    dag: csr.weights ? new Int32Array(0) : new Int32Array(csr.targets.length),
    dagLength: 0,
    heap: csr.weights ? new DistanceHeap(csr.n + 1) : null,
  };
}

/** BFS from s: fills dist (−1 = not reached), sigma (number of shortest paths) and order; returns the count reached. */
function bfs(csr: Csr, s: number, ws: Workspace): number {
  const { offsets, targets } = csr;
  const { dist, sigma, order, dag } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  let arcs = 0;
  while (head < tail) {
    const u = order[head++]!;
    const next = dist[u]! + 1;
    const su = sigma[u]!;
    const end = offsets[u + 1]!;
    for (let p = offsets[u]!; p < end; p++) {
      const v = targets[p]!;
      const dv = dist[v]!;
      if (dv < 0) {
        dist[v] = next;
        sigma[v] = su;
        order[tail++] = v;
        dag[arcs++] = u;
        dag[arcs++] = v;
      } else if (dv === next) {
        sigma[v]! += su;
        dag[arcs++] = u;
        dag[arcs++] = v;
      }
    }
  }
  ws.dagLength = arcs;
  return tail;
}

/** Dijkstra from s (positive weights): same outputs as bfs, `order` in settling order. */
function dijkstra(csr: Csr, s: number, ws: Workspace): number {
  const { offsets, targets } = csr;
  const weights = csr.weights!;
  const { dist, sigma, order } = ws;
  const heap = ws.heap!;
  // settled nodes are marked by a negative sigma during the pass (sigma ≥ 1 once reached), restored below
  dist[s] = 0;
  sigma[s] = 1;
  heap.push(0, s);
  let tail = 0;
  while (heap.size > 0) {
    const d = heap.topKey();
    const u = heap.topNode();
    heap.pop();
    if (sigma[u]! < 0 || d > dist[u]!) continue;
    const su = sigma[u]!;
    sigma[u] = -su;
    order[tail++] = u;
    const end = offsets[u + 1]!;
    for (let p = offsets[u]!; p < end; p++) {
      const v = targets[p]!;
      if (sigma[v]! < 0) continue;
      const nd = d + weights[p]!;
      const dv = dist[v]!;
      if (dv < 0 || nd < dv) {
        dist[v] = nd;
        sigma[v] = su;
        heap.push(nd, v);
      } else if (nd === dv) {
        sigma[v]! += su;
      }
    }
  }
  for (let q = 0; q < tail; q++) sigma[order[q]!] = -sigma[order[q]!]!;
  return tail;
}

/** Back-propagation of dependencies over the reached nodes (reverse order), then the buffers are reset. */
function accumulate(csr: Csr, ws: Workspace, reached: number, out: PathPartial): void {
  const { offsets, targets, weights } = csr;
  const { dist, sigma, delta, order } = ws;
  const dep = out.dependency;
  const depSq = out.dependencySq;
  const distTo = out.distanceTo;
  const distToSq = out.distanceToSq;
  const hits = out.hits;
  if (weights) {
    for (let q = reached - 1; q >= 1; q--) {
      const w = order[q]!;
      const dw = dist[w]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const end = offsets[w + 1]!;
      for (let p = offsets[w]!; p < end; p++) {
        const v = targets[p]!;
        if (dist[v]! >= 0 && dist[v]! + weights[p]! === dw && v !== w) delta[v]! += sigma[v]! * coefficient;
      }
    }
  } else {
    const dag = ws.dag;
    for (let a = ws.dagLength - 2; a >= 0; a -= 2) {
      const u = dag[a]!;
      const v = dag[a + 1]!;
      delta[u]! += (sigma[u]! / sigma[v]!) * (1 + delta[v]!);
    }
  }
  // the source itself (position 0) gets no dependency; every reached node's buffers are reset
  for (let q = reached - 1; q >= 0; q--) {
    const w = order[q]!;
    if (q > 0) {
      const dw = dist[w]!;
      const dv = delta[w]!;
      dep[w]! += dv;
      if (depSq) {
        depSq[w]! += dv * dv;
        distTo![w]! += dw;
        distToSq![w]! += dw * dw;
        hits![w]!++;
      }
    }
    dist[w] = -1;
    delta[w] = 0;
    sigma[w] = 0;
  }
}

export function emptyPartial(n: number, from: number, to: number, sampled: boolean): PathPartial {
  return {
    from,
    to,
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(to - from),
    reached: new Int32Array(to - from),
    eccentricity: new Float64Array(to - from),
    dependencySq: sampled ? new Float64Array(n) : null,
    distanceTo: sampled ? new Float64Array(n) : null,
    distanceToSq: sampled ? new Float64Array(n) : null,
    hits: sampled ? new Int32Array(n) : null,
  };
}

/**
 * One workspace per graph and thread, reused by every range (buffers are left reset after each
 * pass): allocating them per range made worker threads spend most of their time collecting garbage.
 */
const workspaces = new WeakMap<Csr, Workspace>();

/** The passes of the sources at positions [from, to) of the problem. */
export function runSources(problem: PathProblem, from: number, to: number): PathPartial {
  const { csr, sources } = problem;
  const out = emptyPartial(csr.n, from, to, problem.sampled);
  let ws = workspaces.get(csr);
  if (!ws) workspaces.set(csr, (ws = workspace(csr)));
  const pass = csr.weights ? dijkstra : bfs;
  for (let i = from; i < to; i++) {
    const s = sources ? sources[i]! : i;
    const reached = pass(csr, s, ws);
    let sum = 0;
    let ecc = 0;
    for (let q = 1; q < reached; q++) {
      const d = ws.dist[ws.order[q]!]!;
      sum += d;
      if (d > ecc) ecc = d;
    }
    out.distanceSum[i - from] = sum;
    out.reached[i - from] = reached;
    out.eccentricity[i - from] = ecc;
    accumulate(csr, ws, reached, out);
  }
  return out;
}
