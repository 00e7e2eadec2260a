/**
 * "Ministerium für Kinder, Jugend, Familie des Landes Nordrhein-Westfalen", "Verein für soziale Arbeit":
 * the "für" complement of a head that takes one, and the Land after it.
 */
import { isCapitalised } from '../../tokens.ts';
import { FUNCTION_WORDS, foldedToken, isAdjectiveLike } from '../org-words.ts';
import { namedUpTo, type Extent, type HeadContext } from './context.ts';

// "Caritasverband für den Kreis Unna e.V.", "Diakonisches Werk für die Stadt Bochum": an article before a territory
const ARTICLE_TERRITORY =
  /^(Kreis|Stadt|Gemeinde|Bistum|Erzbistum|Dekanat|Kirchenkreis|Region|Rhein-[\p{L}-]+|[\p{Lu}][\p{L}-]*kreis)$/u;
const LAND_SUFFIX = /^\s+(des Landes (Nordrhein-Westfalen|NRW)|NRW|Nordrhein-Westfalen)(?![\p{L}])/u;

export function takeFuerComplement(c: HeadContext, e: Extent): Extent {
  const { tokens, info } = c;
  if (info.cls !== 'fuer' || tokens[e.pos] === undefined || foldedToken(tokens[e.pos]!) !== 'fuer') return e;
  let k = e.pos + 1;
  if (/^(den|die|das)$/.test(tokens[k]?.text ?? '') && ARTICLE_TERRITORY.test(tokens[k + 1]?.text ?? '')) k++;
  const end = complementEnd(c, k);
  return landSuffix(c, end > k ? namedUpTo(e, end) : e);
}

/** The token after the complement's words from k: capitalised words and adjectives, joined by "und", "&" or commas. */
function complementEnd(c: HeadContext, from: number): number {
  const { tokens } = c;
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (isComplementWord(c, k)) {
      k++;
      continue;
    }
    // a joiner only after a word, and only before another word that opens no body of its own
    if ((foldedToken(t) === 'und' || t.text === '&' || t.text === ',') && k > from) {
      const nx = tokens[k + 1];
      if (nx !== undefined && isComplementWord(c, k + 1) && !c.headOf(k + 1)) {
        k++;
        continue;
      }
    }
    break;
  }
  return k;
}

/** A capitalised word, or an adjective before one ("für soziale Arbeit"): "…, freuen sich" ends the name. */
function isComplementWord(c: HeadContext, k: number): boolean {
  const t = c.tokens[k]!;
  const adjective = isAdjectiveLike(t.text) && isCapitalised(c.tokens[k + 1]?.text ?? '');
  return t.word && (isCapitalised(t.text) || adjective) && !FUNCTION_WORDS.has(foldedToken(t));
}

/** "… des Landes Nordrhein-Westfalen", "… NRW": the Land after the complement belongs to the name. */
function landSuffix(c: HeadContext, e: Extent): Extent {
  const { text, offset, tokens } = c;
  const last = tokens[e.pos - 1]!;
  const lastEnd = last.start - offset + last.text.length;
  const land = LAND_SUFFIX.exec(text.slice(lastEnd));
  if (!land) return e;
  const landEnd = lastEnd + land[0].length + offset;
  let pos = e.pos;
  while (pos < tokens.length && tokens[pos]!.start < landEnd) pos++;
  return pos === e.pos ? e : { ...e, pos };
}
