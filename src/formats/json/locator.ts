/**
 * Where an item of a JSON graph file is. One regular-expression pass lists every member named "key"
 * or "source" (inside a JSON string a quote is escaped, so `"key":` is always a member name); items
 * are read in file order, so a forward cursor over that list finds each item's member. The look-ahead
 * is bounded, so a key that is not in the text (or written differently) costs a constant, and the
 * whole file stays linear.
 */
import type { SourceRef } from '../../model/index.ts';

const MEMBER = /"(key|source)"\s*:\s*/g;
const LOOK_AHEAD = 64;

export type JsonLocator = (key: string | number, field?: 'key' | 'source') => SourceRef;

export function jsonKeyLocator(text: string, file: string): JsonLocator {
  const fields: string[] = [];
  const values: number[] = [];
  for (const m of text.matchAll(MEMBER)) {
    fields.push(m[1]!);
    values.push(m.index + m[0].length);
  }
  let next = 0;
  let last = 0;
  return (key, field = 'key') => {
    const needle = JSON.stringify(key);
    for (let i = next, seen = 0; i < values.length && seen < LOOK_AHEAD; i++) {
      if (fields[i] !== field) continue;
      seen++;
      if (!text.startsWith(needle, values[i])) continue;
      next = i + 1;
      last = values[i]!;
      return { doc: file, start: last, end: last + needle.length };
    }
    return { doc: file, start: last, end: last };
  };
}
