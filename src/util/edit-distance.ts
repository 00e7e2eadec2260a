/** Edit distance for the typo rules, where most compared words share a long start or end. */

/**
 * Levenshtein distance of a and b when it is at most max; otherwise some value above max.
 * The common prefix and suffix are cut off first (they do not change the distance), and the
 * rows are typed arrays: this runs for every pair of similar names.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  let s = 0;
  while (s < a.length && s < b.length && a.charCodeAt(s) === b.charCodeAt(s)) s++;
  let ea = a.length;
  let eb = b.length;
  while (ea > s && eb > s && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  const m = ea - s;
  const n = eb - s;
  if (Math.abs(m - n) > max) return max + 1;
  if (m === 0 || n === 0) return m + n;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(s + i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(s + j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // every alignment passes through this row, so the distance is at least its minimum
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}
