import { seededRandom } from '../../util/index.ts';

/** k distinct indices of 0..n-1 drawn with a seeded partial Fisher–Yates shuffle, ascending. */
export function samplePivots(n: number, k: number, seed: number): number[] {
  const rng = seededRandom(seed);
  const pool = Array.from({ length: n }, (_v, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}
