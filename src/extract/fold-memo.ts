/** fold() for words and short names, remembered: the same tokens recur on every line and page. */
import { fold } from '../util/fold.ts';

// bounded so that a long run does not keep every word it has seen
const LIMIT = 50_000;
const memo = new Map<string, string>();

export function foldMemo(s: string): string {
  let f = memo.get(s);
  if (f === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    f = fold(s);
    memo.set(s, f);
  }
  return f;
}
