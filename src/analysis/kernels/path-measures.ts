/**
 * Betweenness, closeness, diameter and average path length of one graph from its per-source passes.
 *
 * Exact (every node a source): betweenness normalised as NetworkX and graphology-metrics do
 * (Σ_s δ_s(v) / ((n−1)(n−2)) in an undirected graph, where each pair is counted from both ends);
 * closeness with the Wasserman–Faust scaling for disconnected graphs (NetworkX's default):
 *   C(v) = (r_v − 1) / T_v · (r_v − 1) / (n − 1),  r_v nodes reached from v (v included), T_v their distance sum;
 * diameter = largest eccentricity and average path length = Σ T_s / (|L| (|L| − 1)) over the largest component L.
 *
 * Sampled (k sources drawn without replacement, seeded):
 *  - betweenness (Brandes & Pich 2007): n/k · Σ_{s∈S} δ_s(v), normalised as above; standard error
 *    n · sd(δ_s(v)) / √k · √(1 − k/n) (finite population);
 *  - closeness (Eppstein & Wang 2004): T_v ≈ (r_v − 1) · mean distance from the sampled sources to v;
 *    standard error by the delta method from the spread of those distances; a sampled source's own
 *    closeness is exact;
 *  - components no sampled source reaches are measured exactly (all their nodes as sources);
 *  - diameter = largest eccentricity of the sampled sources in L (a lower bound), average path length
 *    = their mean distance.
 * Written as a generator of path problems so one description runs synchronously in this thread or
 * awaits a pool of workers (drivers at the end).
 */
import { componentsOf } from './components.ts';
import type { Csr } from './csr.ts';
import { solve, solveInThread, type PathExecutor } from './path-executor.ts';
import { samplePivots } from './sample-pivots.ts';
import type { PathPartial, PathProblem } from './source-pass.ts';

export interface PathSettings {
  exactPathMaxNodes: number;
  pathSamples: number;
  seed: number;
}

export interface DistanceFigures {
  diameter: number;
  averagePathLength: number;
  exact: boolean;
  /** number of sources the figures come from */
  sources: number;
}

export interface PathMeasures {
  betweenness: Float64Array;
  closeness: Float64Array;
  /** standard errors of sampled estimates (0 where exact; NaN where fewer than two sources reach a node) */
  betweennessSE: Float64Array | null;
  closenessSE: Float64Array | null;
  method: { exact: boolean; samples?: number; seed?: number };
  /** of the largest component, null when it has fewer than two nodes */
  distances: DistanceFigures | null;
}

type Steps = Generator<PathProblem, PathMeasures, PathPartial>;

const betweennessScale = (n: number) => (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2)));

function closenessOf(reached: number, total: number, n: number): number {
  const others = reached - 1;
  return others > 0 && total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
}

function* exactSteps(csr: Csr): Steps {
  const n = csr.n;
  const r = yield { csr, sources: null, sampled: false };
  const scale = betweennessScale(n);
  const betweenness = r.dependency.map((d) => d * scale);
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) closeness[v] = closenessOf(r.reached[v]!, r.distanceSum[v]!, n);
  const { label, size, largest } = componentsOf(csr);
  let distances: DistanceFigures | null = null;
  if (largest >= 0 && size[largest]! >= 2) {
    let diameter = 0;
    let total = 0;
    for (let v = 0; v < n; v++) {
      if (label[v] !== largest) continue;
      total += r.distanceSum[v]!;
      if (r.eccentricity[v]! > diameter) diameter = r.eccentricity[v]!;
    }
    const L = size[largest]!;
    distances = { diameter, averagePathLength: total / (L * (L - 1)), exact: true, sources: L };
  }
  return { betweenness, closeness, betweennessSE: null, closenessSE: null, method: { exact: true }, distances };
}

function* sampledSteps(csr: Csr, settings: PathSettings): Steps {
  const n = csr.n;
  const pivots = Int32Array.from(samplePivots(n, settings.pathSamples, settings.seed));
  const k = pivots.length;
  const sampled = yield { csr, sources: pivots, sampled: true };
  const { label, size, largest } = componentsOf(csr);
  const hitComponent = new Uint8Array(size.length);
  for (const s of pivots) hitComponent[label[s]!] = 1;
  const unhit: number[] = [];
  for (let v = 0; v < n; v++) if (!hitComponent[label[v]!] && size[label[v]!]! > 1) unhit.push(v);
  const rest = unhit.length > 0 ? yield { csr, sources: Int32Array.from(unhit), sampled: false } : null;

  const scale = betweennessScale(n);
  const betweenness = new Float64Array(n);
  const betweennessSE = new Float64Array(n);
  const closeness = new Float64Array(n);
  const closenessSE = new Float64Array(n);
  const fpc = Math.sqrt(Math.max(0, 1 - k / n));
  for (let v = 0; v < n; v++) {
    if (!hitComponent[label[v]!]) {
      betweenness[v] = (rest ? rest.dependency[v]! : 0) * scale;
      continue;
    }
    const sum = sampled.dependency[v]!;
    const mean = sum / k;
    betweenness[v] = (n / k) * sum * scale;
    const variance = k > 1 ? Math.max(0, (sampled.dependencySq![v]! - k * mean * mean) / (k - 1)) : NaN;
    betweennessSE[v] = n * Math.sqrt(variance / k) * fpc * scale;
  }
  // closeness: exact for every source that ran, estimated for the other nodes of sampled components
  closenessSE.fill(NaN);
  const ranExactly = new Uint8Array(n);
  pivots.forEach((s, i) => {
    closeness[s] = closenessOf(sampled.reached[i]!, sampled.distanceSum[i]!, n);
    closenessSE[s] = 0;
    ranExactly[s] = 1;
  });
  unhit.forEach((s, i) => {
    closeness[s] = closenessOf(rest!.reached[i]!, rest!.distanceSum[i]!, n);
    closenessSE[s] = 0;
    ranExactly[s] = 1;
  });
  for (let v = 0; v < n; v++) {
    if (ranExactly[v]) continue;
    const others = size[label[v]!]! - 1;
    if (others === 0) {
      closenessSE[v] = 0;
      continue;
    }
    const h = sampled.hits![v]!;
    const meanDistance = sampled.distanceTo![v]! / h;
    closeness[v] = (1 / meanDistance) * (others / (n - 1));
    if (h > 1) {
      const variance = Math.max(0, (sampled.distanceToSq![v]! - h * meanDistance * meanDistance) / (h - 1));
      const seMean = Math.sqrt(variance / h) * Math.sqrt(Math.max(0, 1 - h / others));
      closenessSE[v] = closeness[v]! * (seMean / meanDistance);
    }
  }
  let distances: DistanceFigures | null = null;
  if (largest >= 0 && size[largest]! >= 2) {
    const L = size[largest]!;
    let diameter = 0;
    let total = 0;
    let sources = 0;
    const take = (ecc: number, sum: number) => {
      sources++;
      total += sum;
      if (ecc > diameter) diameter = ecc;
    };
    if (hitComponent[largest]) {
      pivots.forEach((s, i) => label[s] === largest && take(sampled.eccentricity[i]!, sampled.distanceSum[i]!));
    } else {
      unhit.forEach((s, i) => label[s] === largest && take(rest!.eccentricity[i]!, rest!.distanceSum[i]!));
    }
    const exact = sources === L;
    distances = { diameter, averagePathLength: total / (sources * (L - 1)), exact, sources };
  }
  return {
    betweenness,
    closeness,
    betweennessSE,
    closenessSE,
    method: { exact: false, samples: k, seed: settings.seed },
    distances,
  };
}

function steps(csr: Csr, settings: PathSettings): Steps {
  return csr.n <= settings.exactPathMaxNodes ? exactSteps(csr) : sampledSteps(csr, settings);
}

/** All passes in this thread. */
export function pathMeasuresInThread(csr: Csr, settings: PathSettings): PathMeasures {
  const gen = steps(csr, settings);
  let step = gen.next();
  while (!step.done) step = gen.next(solveInThread(step.value));
  return step.value;
}

/** The passes through an executor (worker pool); the same bytes as `pathMeasuresInThread`. */
export async function pathMeasures(csr: Csr, settings: PathSettings, executor: PathExecutor): Promise<PathMeasures> {
  const gen = steps(csr, settings);
  let step = gen.next();
  while (!step.done) step = gen.next(await solve(step.value, executor));
  return step.value;
}
