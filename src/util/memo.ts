/** Remembered results of pure functions of one word or short name: the same words recur on every line and page. */
import { fold } from './fold.ts';

// bounded so that a long run does not keep every word it has seen
const LIMIT = 50_000;

/** fn with its results remembered per argument (fn must be pure). */
export function memoize<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined || seen.has(s)) return known as T;
    if (seen.size >= LIMIT) seen.clear();
    const v = fn(s);
    seen.set(s, v);
    return v;
  };
}

export const foldMemo: (s: string) => string = memoize(fold);
