/**
 * JSON.parse turns a number literal beyond the double range (1e400) into Infinity without a word,
 * and the schema then says "expected number, got number". This scan finds the first such literal
 * outside strings, in one linear pass, so readers can name it and its place.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function firstOverflowingNumber(text: string): { offset: number; literal: string } | null {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // skip a string, escapes included
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || !m[0]) {
        i++;
        continue;
      }
      if (!Number.isFinite(Number(m[0]))) return { offset: i, literal: m[0] };
      i += m[0].length;
    } else i++;
  }
  return null;
}

/** The German sentence for such a literal. */
export function overflowMessage(literal: string): string {
  const shown = literal.length > 24 ? `${literal.slice(0, 20)}…` : literal;
  return `Zahl ${shown} liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308)`;
}
