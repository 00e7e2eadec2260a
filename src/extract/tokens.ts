/** A small tokenizer for name extents: words (with internal dots/hyphens) and single punctuation. */

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

// group 1: a word (starts with a letter or digit); otherwise one punctuation character
const TOKEN = /([\p{L}\p{N}][\p{L}\p{N}&+'’.-]*)|[^\s\p{L}\p{N}]/gu;
const KEEP_DOT = /^(e\.V|e\.v|St|Str|Dr|Prof|gem|Nr|Dipl|Co|Hl|Ev|Kath|Westf|Rhld|Sr)\.$/;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    let t = m[0];
    let start = m.index;
    const word = m[1] !== undefined;
    if (word && t.endsWith('.') && !KEEP_DOT.test(t)) {
      // "Hagen." at a sentence end: the dot is punctuation
      const core = t.replace(/\.+$/, '');
      out.push({ text: core, start: offset + start, end: offset + start + core.length, word: true });
      start += core.length;
      t = t.slice(core.length);
      out.push({ text: t, start: offset + start, end: offset + start + t.length, word: false });
      continue;
    }
    out.push({ text: t, start: offset + start, end: offset + start + t.length, word });
  }
  return out;
}

export function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  // ASCII answered directly; the rest of Unicode by the property test
  if (c < 128) return c >= 65 && c <= 90;
  return /^[\p{Lu}]/u.test(t);
}

export const OPEN_QUOTES = new Set(['„', '"', '“', '»', '‚', "'", '«']);
export const CLOSE_QUOTES = new Set(['“', '"', '”', '«', '‘', "'", '»']);
