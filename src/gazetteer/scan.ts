/**
 * The scanner for place mentions in running German text. Rules: longest match; words must be
 * capitalised (except "des Kreises …" and adjective forms in lower case right after an article:
 * "der kölner Norden"); a match never starts right after "Wort-" (so "Westfalen-Lippe" does not
 * yield Lippe); a bare ambiguous name (Place.ambiguous) is reported only after "in", "aus" or
 * "nach"; adjective forms that are also common words (Hammer, Lager, Werner …) and adjectives
 * before a street word ("Kölner Straße") are not reported.
 *
 * Hot path of extraction: the helpers below take offsets and reuse the candidate arrays of one scan,
 * so nothing is allocated per token except a mention that is reported.
 */

import type { PlaceMention } from './types.ts';
import { ARTICLES, foldToken, isTokenChar, isUpperChar, PLACE_PREPOSITIONS, STREET_WORDS } from './names.ts';
import type { PlaceIndex, Terminal, TrieNode } from './trie.ts';

/** Tokens that the scanner may skip over between two words of one name (besides spaces). */
function isGapChar(c: number): boolean {
  return (
    c === 0x20 || // space
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 || // no-break space
    c === 0x2d || // hyphen-minus
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2e || // full stop (only after an abbreviation, checked separately)
    c === 0x28 || // (
    c === 0x29 || // )
    c === 0x2f // /
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * The tokens of one scanned text by offsets, with their folded forms computed on first use. A class
 * rather than closures in scan(): scan runs once per line, and closures would be built every time.
 */
class ScanTokens {
  private readonly folded: Array<string | undefined>;

  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly count: number,
    readonly abbreviations: ReadonlySet<string>,
  ) {
    this.folded = new Array<string | undefined>(count);
  }

  fold(t: number): string {
    let f = this.folded[t];
    if (f === undefined) {
      f = foldToken(this.text.slice(this.starts[t], this.ends[t]));
      this.folded[t] = f;
    }
    return f;
  }

  /** Only whitespace between token a and token b = a + 1. */
  spaceBetween(a: number): boolean {
    const from = this.ends[a] as number;
    const to = this.starts[a + 1] as number;
    if (to - from > 3) return false;
    for (let k = from; k < to; k++) if (!isSpace(this.text.charCodeAt(k))) return false;
    return true;
  }

  /** May tokens a and a + 1 belong to one name? */
  gapOk(a: number): boolean {
    const from = this.ends[a] as number;
    const to = this.starts[a + 1] as number;
    if (to - from > 3) return false;
    let newlines = 0;
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (!isGapChar(c)) return false;
      if (c === 0x0a) newlines++;
      if (c === 0x2e && (k !== from || !this.abbreviations.has(this.fold(a)))) return false;
    }
    return newlines <= 1;
  }

  streetFollows(a: number): boolean {
    if (a + 1 >= this.count) return false;
    const from = this.ends[a] as number;
    const to = this.starts[a + 1] as number;
    if (to - from > 2) return false;
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (!isSpace(c) && !isHyphen(c)) return false;
    }
    return STREET_WORDS.has(this.fold(a + 1));
  }
}

/** Splits the text into runs of token characters, kept as offsets. */
function tokenise(text: string, abbreviations: ReadonlySet<string>): ScanTokens {
  const n = text.length;
  let starts = new Int32Array(Math.max(16, n >> 3));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n && isTokenChar(text.charCodeAt(i))) i++;
    if (count === starts.length) {
      const ns = new Int32Array(count * 2);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(count * 2);
      ne.set(ends);
      ends = ne;
    }
    starts[count] = s;
    ends[count] = i;
    count++;
  }
  return new ScanTokens(text, starts, ends, count, abbreviations);
}

/** How token t may start a match. */
const NO_START = 0;
const CAPITALISED = 1;
const LOWER_ADJECTIVE = 2;

function startKind(run: ScanTokens, t: number): number {
  const { text, starts, ends } = run;
  const s = starts[t] as number;
  const e = ends[t] as number;
  let kind = CAPITALISED;
  if (!isUpperChar(text.charCodeAt(s))) {
    const len = e - s;
    if (len === 3 && run.fold(t) === 'des') {
      // "des Kreises Lippe": the trie has "des …" only for such forms.
    } else if (
      len >= 5 &&
      text.charCodeAt(e - 1) === 0x72 && // r
      text.charCodeAt(e - 2) === 0x65 && // e
      t > 0 &&
      (ends[t - 1] as number) - (starts[t - 1] as number) <= 5 &&
      ARTICLES.has(run.fold(t - 1)) &&
      run.spaceBetween(t - 1)
    ) {
      kind = LOWER_ADJECTIVE;
    } else {
      return NO_START;
    }
  }
  // No match starts inside a hyphenated compound: "Westfalen-Lippe", "LWL-Herford".
  if (s >= 2 && isHyphen(text.charCodeAt(s - 1)) && isTokenChar(text.charCodeAt(s - 2))) return NO_START;
  return kind;
}

/** The terminals on the trie path from token t, with the index of their last token (shortest first). */
function collectCandidates(
  node: TrieNode,
  run: ScanTokens,
  t: number,
  candTerms: Terminal[],
  candEnds: number[],
): void {
  candTerms.length = 0;
  candEnds.length = 0;
  let j = t;
  if (node.term) {
    candTerms.push(node.term);
    candEnds.push(j);
  }
  while (node.next && j + 1 < run.count && run.gapOk(j)) {
    const child: TrieNode | undefined = node.next.get(run.fold(j + 1));
    if (!child) break;
    node = child;
    j++;
    if (node.term) {
      candTerms.push(node.term);
      candEnds.push(j);
    }
  }
}

/** May the candidate from token t to token last be reported? */
function acceptable(term: Terminal, run: ScanTokens, t: number, last: number, lowerAdjective: boolean): boolean {
  if (term.kind === 'adjective') {
    if (term.adjectiveIsWord || run.streetFollows(last)) return false;
  } else if (lowerAdjective) {
    return false;
  }
  if (term.needsCue) {
    if (t === 0 || !run.spaceBetween(t - 1) || !PLACE_PREPOSITIONS.has(run.fold(t - 1))) return false;
  }
  return true;
}

/** The mention's end offset: with an abbreviation's full stop and a closing bracket opened inside it. */
function mentionEnd(run: ScanTokens, s: number, last: number): number {
  const { text } = run;
  let end = run.ends[last] as number;
  if (run.abbreviations.has(run.fold(last)) && text.charCodeAt(end) === 0x2e) end++;
  let open = 0;
  for (let k2 = s; k2 < end; k2++) {
    const c = text.charCodeAt(k2);
    if (c === 0x28) open++;
    else if (c === 0x29) open--;
  }
  if (open > 0 && text.charCodeAt(end) === 0x29) end++;
  return end;
}

/** All place mentions in the text, in order, longest match first at each token. */
export function scanText(index: PlaceIndex, text: string): PlaceMention[] {
  const run = tokenise(text, index.abbreviations);
  const count = run.count;
  const out: PlaceMention[] = [];
  const candTerms: Terminal[] = [];
  const candEnds: number[] = [];
  let t = 0;
  while (t < count) {
    const kind = startKind(run, t);
    const node = kind === NO_START ? undefined : index.root.get(run.fold(t));
    if (!node) {
      t++;
      continue;
    }
    collectCandidates(node, run, t, candTerms, candEnds);
    let accepted = false;
    for (let k = candTerms.length - 1; k >= 0; k--) {
      const term = candTerms[k] as Terminal;
      const last = candEnds[k] as number;
      if (!acceptable(term, run, t, last, kind === LOWER_ADJECTIVE)) continue;
      const s = run.starts[t] as number;
      const end = mentionEnd(run, s, last);
      const mention: PlaceMention = { start: s, end, surface: text.slice(s, end), places: term.places.slice() };
      if (term.cue !== undefined) mention.cue = term.cue;
      out.push(mention);
      t = last + 1;
      accepted = true;
      break;
    }
    if (!accepted) t++;
  }
  return out;
}
