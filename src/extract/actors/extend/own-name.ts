/**
 * "Grundschule Am Park", "Kita „Regenbogen“", "Verein Familie im Ravensberger Land e.V.": the name a head
 * is given right after it (a quoted name, or up to five name words), tried word by word by the rules below.
 */
import { isCapitalised } from '../../tokens.ts';
import { isNameWord, LEGAL_FORM_AFTER } from '../org-words.ts';
import { namedUpTo, type Extent, type HeadContext } from './context.ts';
import { quotedNameEnd } from './quoted.ts';

/** Not for a unit (its subject is its name), nor after a "für" complement that already named it. */
export function takeOwnName(c: HeadContext, e: Extent): Extent {
  if (c.info.cls === 'unit' || (e.named && c.info.cls === 'fuer')) return e;
  const q = quotedNameEnd(c.tokens, e.pos);
  if (q > 0) return namedUpTo(e, q);
  const end = ownNameEnd(c, e.pos);
  return end > e.pos ? namedUpTo(e, end) : e;
}

/** A rule for the word at k when `took` name words came before it: how many tokens it adds to the name (0: none). */
type NameWordRule = (c: HeadContext, k: number, took: number) => number;

const STREET =
  /(straße|strasse|str\.|weg|platz|park|ring|allee|feld|berg|bach|garten|hof|wald|tal|höhe|kamp|busch|heide|markt|tor|see|teich|graben|bogen|brücke|ufer|aue|wiese|höhen|felde|schule)$/i;

/** "Grundschule an der Uechtingstraße": a street after a school or Kita names it. */
const streetAfterSchool: NameWordRule = (c, k, took) => {
  const { tokens, info } = c;
  if (took !== 0 || !(info.kind === 'school' || info.kind === 'daycare' || /klinik/.test(c.headFold))) return 0;
  if (!/^(an|am|im|in)$/.test(tokens[k]!.text)) return 0;
  const art = tokens[k + 1]?.text === 'der' ? 2 : 1;
  const street = tokens[k + art];
  return street?.word && STREET.test(street.text) && isCapitalised(street.text) ? art + 1 : 0;
};

/** "Grundschule Am Park": a capitalised preposition inside a name. */
const capitalisedPreposition: NameWordRule = (c, k) => {
  const t = c.tokens[k]!;
  return t.word && /^(Am|An|Im|In|Zum|Zur|Auf|St\.)$/.test(t.text) && isNameWord(c.tokens[k + 1], false) ? 2 : 0;
};

/** "Verein Familie im Ravensberger Land e.V.": a lowercase "im/in/am" inside a name that ends in a legal form. */
const placeBeforeLegalForm: NameWordRule = (c, k, took) => {
  const { tokens, text, offset } = c;
  if (took === 0 || !/^(im|in|am)$/.test(tokens[k]!.text)) return 0;
  let j = k + 1;
  while (j < tokens.length && j - k <= 3 && isNameWord(tokens[j], true) && !c.headOf(j)) j++;
  const last = tokens[j - 1]!;
  return j > k + 1 && LEGAL_FORM_AFTER.test(text.slice(last.start - offset + last.text.length)) ? j - k : 0;
};

/** A name word that opens no body of its own, a school's own name, or a number ("Grundschule 3"). */
const nameWord: NameWordRule = (c, k, took) => {
  const { tokens, info } = c;
  const t = tokens[k]!;
  // "Bundesstiftung Frühe Hilfen": after a capitalised adjective of the name, its noun belongs to it
  const afterAdjective =
    took > 0 && /^[\p{Lu}][\p{Ll}]+(?:e|en|er|es)$/u.test(tokens[k - 1]!.text) && isNameWord(t, false);
  // "Familiengrundschulzentrum Kastanienschule", "Gemeinschaftsgrundschule Kastanienschule": a school's own name after a centre or a school type
  const schoolName =
    took === 0 &&
    (info.kind === 'school' || /zentrum$/.test(c.headFold)) &&
    c.headOf(k)?.info.kind === 'school' &&
    /schule$/u.test(t.text) &&
    isNameWord(t, true);
  return ((isNameWord(t, true) || afterAdjective) && !c.headOf(k)) ||
    schoolName ||
    (t.word && /^\d{1,3}$/.test(t.text) && took === 0 && info.cls === 'named')
    ? 1
    : 0;
};

/** In this order: the first rule that takes the word wins. */
const NAME_WORD_RULES: readonly NameWordRule[] = [
  streetAfterSchool,
  capitalisedPreposition,
  placeBeforeLegalForm,
  nameWord,
];

/** The token after the name words from `from`; a hyphen between name words joins them but does not count. */
function ownNameEnd(c: HeadContext, from: number): number {
  const { tokens } = c;
  let k = from;
  let took = 0;
  scan: while (k < tokens.length && took < 5) {
    for (let r = 0; r < NAME_WORD_RULES.length; r++) {
      const n = NAME_WORD_RULES[r]!(c, k, took);
      if (n > 0) {
        k += n;
        took += n;
        continue scan;
      }
    }
    if (tokens[k]!.text === '-' && took > 0 && isNameWord(tokens[k + 1], true)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}
