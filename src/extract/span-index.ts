/**
 * Lookups over the mentions of one document without scanning all of them per sentence or line:
 * starts sorted once, a binary search per query. Results keep the order of the input list.
 */
import type { Span } from '../model/index.ts';

/** The items whose span lies inside a query span, in input order. */
export function spanIndex<T>(items: readonly T[], spanOf: (x: T) => Span): (span: Span) => T[] {
  // the lists are mostly in text order already: then the order is the input's and needs no sorting
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++) inOrder = spanOf(items[i - 1]!).start <= spanOf(items[i]!).start;
  const order = items.map((_, i) => i);
  if (!inOrder) order.sort((a, b) => spanOf(items[a]!).start - spanOf(items[b]!).start || a - b);
  const starts = order.map((i) => spanOf(items[i]!).start);
  return (span) => {
    const hits: number[] = [];
    for (let k = firstAtLeast(starts, span.start); k < order.length && starts[k]! <= span.end; k++) {
      const i = order[k]!;
      if (spanOf(items[i]!).end <= span.end) hits.push(i);
    }
    if (!inOrder) hits.sort((a, b) => a - b);
    return hits.map((i) => items[i]!);
  };
}

/** The first index whose value is ≥ x in an ascending array (its length when there is none). */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items grouped by a line number, each group in input order. */
export function byLine<T>(items: readonly T[], lineOf: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const l = lineOf(x);
    const list = out.get(l);
    if (list) list.push(x);
    else out.set(l, [x]);
  }
  return out;
}

/** The items of the given lines, in input order (each item once). */
export function onLines<T>(
  index: ReadonlyMap<number, readonly T[]>,
  lines: Iterable<number>,
  position: ReadonlyMap<T, number>,
): T[] {
  const out = new Set<T>();
  for (const l of new Set(lines)) for (const x of index.get(l) ?? []) out.add(x);
  return [...out].sort((a, b) => position.get(a)! - position.get(b)!);
}
