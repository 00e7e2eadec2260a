/**
 * Splitting the per-source passes of a path problem into a fixed list of source ranges and summing
 * the partial results in that list's order. The ranges depend only on the number of sources, never
 * on how many threads run them, so the sums – and every output byte – are the same with 1 or N
 * workers. Where the ranges run is injected: in this thread (`solveInThread`), in a Node worker
 * pool (src/cli/path-pool.ts) or in browser workers; the analysis itself stays free of threads.
 */
import { emptyPartial, runSources, sourceCount, type PathPartial, type PathProblem } from './source-pass.ts';

/** Runs source ranges of one prepared problem; `close` frees whatever `prepare` set up. */
export interface SourceRunner {
  runSources(from: number, to: number): Promise<PathPartial>;
  close(): void;
}

export interface PathExecutor {
  /** how many ranges it can run at the same time (informative; results never depend on it) */
  readonly parallelism: number;
  prepare(problem: PathProblem): SourceRunner;
}

/** Fixed number of ranges: enough to balance two to eight workers, few enough to keep messages cheap. */
export const SOURCE_RANGES = 64;
/** Fewest ranges for large problems: still one per worker for up to eight. */
const MIN_RANGES = 8;
/**
 * Partial results of one problem waiting to be added, at most (bytes): the main thread is busy with
 * the other measures while the workers finish ranges, so their results queue up. At 100k nodes a
 * sampled partial is 3.6 MB, and 64 of them per view were 0.45 GB of the peak memory.
 */
const QUEUED_PARTIALS_BYTES = 64 * 1024 * 1024;

/** How many ranges a problem is split into: depends on its size only, never on the number of threads. */
export function rangeCount(problem: PathProblem): number {
  const bytesPerPartial = problem.csr.n * (problem.sampled ? 36 : 8);
  const fit = Math.floor(QUEUED_PARTIALS_BYTES / Math.max(1, bytesPerPartial));
  return Math.max(MIN_RANGES, Math.min(SOURCE_RANGES, fit));
}

export function sourceRanges(count: number, ranges = SOURCE_RANGES): [number, number][] {
  const size = Math.max(1, Math.ceil(count / ranges));
  const out: [number, number][] = [];
  for (let from = 0; from < count; from += size) out.push([from, Math.min(count, from + size)]);
  return out;
}

const add = (into: Float64Array | Int32Array, from: Float64Array | Int32Array) => {
  for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
};

/** Adds partials in range order as they arrive; a partial that comes early waits for its predecessors. */
class OrderedSum {
  readonly total: PathPartial;
  private readonly early = new Map<number, PathPartial>();
  private next = 0;

  constructor(problem: PathProblem) {
    this.total = emptyPartial(problem.csr.n, 0, sourceCount(problem), problem.sampled);
  }

  /** `index` = position of the partial's range in `sourceRanges` */
  offer(index: number, p: PathPartial): void {
    this.early.set(index, p);
    while (this.early.has(this.next)) {
      this.addInto(this.early.get(this.next)!);
      this.early.delete(this.next++);
    }
  }

  private addInto(p: PathPartial): void {
    const total = this.total;
    add(total.dependency, p.dependency);
    total.distanceSum.set(p.distanceSum, p.from);
    total.reached.set(p.reached, p.from);
    total.eccentricity.set(p.eccentricity, p.from);
    if (total.dependencySq) {
      add(total.dependencySq, p.dependencySq!);
      add(total.distanceTo!, p.distanceTo!);
      add(total.distanceToSq!, p.distanceToSq!);
      add(total.hits!, p.hits!);
    }
  }
}

/** Every range in this thread, synchronously (the sync `analyzeGraph` and small graphs); one partial alive at a time. */
export function solveInThread(problem: PathProblem): PathPartial {
  const sum = new OrderedSum(problem);
  sourceRanges(sourceCount(problem), rangeCount(problem)).forEach(([from, to], i) =>
    sum.offer(i, runSources(problem, from, to)),
  );
  return sum.total;
}

/** Every range through the executor (all queued at once), summed in range order as the results arrive. */
export async function solve(problem: PathProblem, executor: PathExecutor): Promise<PathPartial> {
  const ranges = sourceRanges(sourceCount(problem), rangeCount(problem));
  const sum = new OrderedSum(problem);
  if (ranges.length === 0) return sum.total;
  const runner = executor.prepare(problem);
  try {
    await Promise.all(ranges.map(([from, to], i) => runner.runSources(from, to).then((p) => sum.offer(i, p))));
    return sum.total;
  } finally {
    runner.close();
  }
}
