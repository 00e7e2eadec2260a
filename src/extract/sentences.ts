/**
 * Sentence spans inside lines. Web pages put one paragraph per line, so a sentence never crosses a
 * line break; inside a line it ends at . ! ? followed by a space and an upper-case letter or quote,
 * unless the dot ends a common abbreviation.
 */
import type { Line } from './lines.ts';
import type { Span } from '../model/index.ts';

const ABBREVIATIONS = new Set(
  [
    'z.b',
    'u.a',
    'd.h',
    'bzw',
    'ca',
    'dr',
    'prof',
    'str',
    'nr',
    'tel',
    'e.v',
    'ggf',
    'inkl',
    'evtl',
    'vgl',
    'gem',
    'st',
    'abs',
    'sog',
    'usw',
    'etc',
    'dipl',
    'hr',
    'fr',
    'mio',
    'mrd',
    'jhd',
    'z.t',
    'u.ä',
    'o.ä',
    'i.d.r',
    'v.a',
    'bspw',
    'ggü',
    'allg',
    'ev',
    'kath',
    'e.g',
    'i.v',
    'stv',
    'min',
    'max',
    'tsd',
    'geb',
    'gez',
    'ref',
    'vorl',
    'mdb',
    'mdl',
    'ltd',
    'päd',
  ].map((a) => a.toLowerCase()),
);

const MONTH_AFTER =
  /^\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

export interface Sentence extends Span {
  line: number;
}

export function sentencesOfLine(line: Line): Sentence[] {
  const out: Sentence[] = [];
  const t = line.text;
  let segStart = 0;
  const re = /[.!?]+["“”»']?(?=\s+["„“»]?[A-ZÄÖÜ0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && endsWithAbbreviation(t.slice(segStart, m.index))) continue;
    if (m[0].startsWith('.') && /\d$/.test(t.slice(0, m.index)) && /^\s*\d/.test(t.slice(end))) continue;
    // "vom 1. Januar 2023": the dot of a day before a month name is an ordinal
    if (m[0] === '.' && /(?<!\d)\d{1,2}$/.test(t.slice(0, m.index)) && MONTH_AFTER.test(t.slice(end))) continue;
    pushTrimmed(out, line, segStart, end);
    segStart = end;
  }
  pushTrimmed(out, line, segStart, t.length);
  return out;
}

/** A letter of an abbreviation (A–Z, a–z, Ä Ö Ü ä ö ü ß) or its dot. */
function isAbbreviationChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2e ||
    c === 0xc4 ||
    c === 0xd6 ||
    c === 0xdc ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xfc ||
    c === 0xdf
  );
}

function endsWithAbbreviation(before: string): boolean {
  // the last run of letters and dots (/([A-Za-zÄÖÜäöüß.]+)$/), read backwards: the pattern would be tried at every position of the sentence
  let from = before.length;
  while (from > 0 && isAbbreviationChar(before.charCodeAt(from - 1))) from--;
  if (from === before.length) return false;
  const word = before.slice(from);
  const w = word.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(w)) return true;
  // single capital initial ("A. Müller") or ordinal-like short tokens
  return /^[a-zäöü]$/.test(w);
}

function pushTrimmed(out: Sentence[], line: Line, a: number, b: number): void {
  const seg = line.text.slice(a, b);
  const lead = seg.length - seg.trimStart().length;
  const trail = seg.length - seg.trimEnd().length;
  if (seg.trim() === '') return;
  out.push({ start: line.start + a + lead, end: line.start + b - trail, line: line.index });
}

/** The sentence that contains `pos`, or the whole line as a fallback. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
