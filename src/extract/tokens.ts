/** A small tokenizer for name extents: words (with internal dots/hyphens) and single punctuation. */

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** the folded text, filled in by the first reader that needs it */
  folded?: string | undefined;
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
  return (
    cp === 0x26 || cp === 0x2b || cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d || classOf(cp) === ALNUM
  );
}

// letters (\p{L}) of the Basic Multilingual Plane, filled in on first sight (0 = not yet known, 1 = letter, 2 = not)
const BMP_LETTER = new Uint8Array(0x10000);

/** Is the code point a letter (\p{L})? Answered from a table, without a regular expression per character. */
export function isLetter(cp: number): boolean {
  const known = cp < 0x10000 ? BMP_LETTER[cp]! : 0;
  if (known) return known === 1;
  const yes = /^\p{L}$/u.test(String.fromCodePoint(cp));
  if (cp < 0x10000) BMP_LETTER[cp] = yes ? 1 : 2;
  return yes;
}

/** Does w stand in text as a whole word, no letter right before or after it (/(?<!\p{L})w(?!\p{L})/u)? */
export function hasWholeWord(text: string, w: string): boolean {
  if (w === '') return /(?<![\p{L}])(?![\p{L}])/u.test(text);
  return countWholeWords(text, w, 1) > 0;
}

/** How often a non-empty w stands in text as a whole word, counted up to `upTo`. */
export function countWholeWords(text: string, w: string, upTo = Infinity): number {
  let n = 0;
  for (let at = text.indexOf(w); at >= 0 && n < upTo; at = text.indexOf(w, at + 1)) {
    const before = at === 0 ? -1 : codePointBefore(text, at);
    const end = at + w.length;
    if ((before < 0 || !isLetter(before)) && (end >= text.length || !isLetter(text.codePointAt(end)!))) n++;
  }
  return n;
}

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

/**
 * Calls fn for every match of /[\p{L}][\p{L}-]*\/gu in text, in order, without building match objects:
 * the words of a line as the office-word and name rules read them.
 */
export function forEachLetterWord(text: string, fn: (start: number, end: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isLetter(cp)) {
      i += width;
      continue;
    }
    let j = i + width;
    while (j < n) {
      const c = text.codePointAt(j)!;
      if (c !== 0x2d && !isLetter(c)) break;
      j += c > 0xffff ? 2 : 1;
    }
    fn(i, j);
    i = j;
  }
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
      out.push({
        text: text.slice(i, i + width),
        start: offset + i,
        end: offset + i + width,
        word: false,
        folded: undefined,
      });
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
      out.push({ text: core, start: offset + start, end: offset + start + core.length, word: true, folded: undefined });
      start += core.length;
      t = t.slice(core.length);
      out.push({ text: t, start: offset + start, end: offset + start + t.length, word: false, folded: undefined });
      continue;
    }
    out.push({ text: t, start: offset + start, end: offset + start + t.length, word: true, folded: undefined });
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
