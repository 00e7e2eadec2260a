/**
 * One linear pass over a JSON text that JSON.parse has accepted, for what it accepts in silence:
 * a number literal beyond the double range (1e400 becomes Infinity, and the schema then says
 * "expected number, got number"), and nesting so deep that later recursive code (schema checks,
 * sorted output) would overflow the stack. Strings are skipped, so their content never counts.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Arrays and objects inside each other, at most: a graph file needs about six. */
export const MAX_JSON_NESTING = 64;

export type JsonTextProblem = { kind: 'number'; offset: number; literal: string } | { kind: 'depth'; offset: number };

export function scanJsonText(text: string, maxDepth = MAX_JSON_NESTING): JsonTextProblem | null {
  const n = text.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // skip a string, escapes included
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return { kind: 'depth', offset: i };
      i++;
    } else if (c === 93 || c === 125) {
      depth--;
      i++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || !m[0]) {
        i++;
        continue;
      }
      if (!Number.isFinite(Number(m[0]))) return { kind: 'number', offset: i, literal: m[0] };
      i += m[0].length;
    } else i++;
  }
  return null;
}

/** The German sentence for a problem. */
export function describeJsonTextProblem(p: JsonTextProblem, maxDepth = MAX_JSON_NESTING): string {
  if (p.kind === 'depth') return `Arrays und Objekte sind tiefer als ${maxDepth} Ebenen ineinander verschachtelt`;
  const shown = p.literal.length > 24 ? `${p.literal.slice(0, 20)}…` : p.literal;
  return `Zahl ${shown} liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308)`;
}
