/** A small tokenizer for name extents: words (with internal dots/hyphens) and single punctuation. */

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const KEEP_DOT = /^(e\.V|e\.v|St|Str|Dr|Prof|gem|Nr|Dipl|Co|Hl|Ev|Kath|Westf|Rhld|Sr)\.$/;

// Character classes of the token pattern /[\p{L}\p{N}][\p{L}\p{N}&+'’.-]*|[^\s\p{L}\p{N}]/u, read by
// code point without a regular expression per token (this runs for every word of every line).
const SPACE = 1;
const ALNUM = 2;
const OTHER = 3;
// classes of the Basic Multilingual Plane, filled in on first sight (0 = not yet known)
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(cp: number): number {
  const known = cp < 0x10000 ? BMP_CLASS[cp]! : 0;
  if (known) return known;
  const ch = String.fromCodePoint(cp);
  const k = /^[\p{L}\p{N}]$/u.test(ch) ? ALNUM : /^\s$/u.test(ch) ? SPACE : OTHER;
  if (cp < 0x10000) BMP_CLASS[cp] = k;
  return k;
}

function continuesWord(cp: number): boolean {
  // & + ' ’ . -
  return cp === 0x26 || cp === 0x2b || cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d || classOf(cp) === ALNUM;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === SPACE) {
      i += width;
      continue;
    }
    if (k === OTHER) {
      out.push({ text: text.slice(i, i + width), start: offset + i, end: offset + i + width, word: false });
      i += width;
      continue;
    }
    let j = i + width;
    while (j < text.length) {
      const c = text.codePointAt(j)!;
      if (!continuesWord(c)) break;
      j += c > 0xffff ? 2 : 1;
    }
    let t = text.slice(i, j);
    let start = i;
    i = j;
    if (t.endsWith('.') && !KEEP_DOT.test(t)) {
      // "Hagen." at a sentence end: the dot is punctuation
      const core = t.replace(/\.+$/, '');
      out.push({ text: core, start: offset + start, end: offset + start + core.length, word: true });
      start += core.length;
      t = t.slice(core.length);
      out.push({ text: t, start: offset + start, end: offset + start + t.length, word: false });
      continue;
    }
    out.push({ text: t, start: offset + start, end: offset + start + t.length, word: true });
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
