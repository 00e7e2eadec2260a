/** "Fachbereich Jugend & Soziales", "Dezernat 3", Fachdienst "Frühe Hilfen": the subject an administrative unit is named by. */
import { isCapitalised } from '../../tokens.ts';
import type { Head } from '../org-heads.ts';
import { FUNCTION_WORDS, foldedToken } from '../org-words.ts';
import { namedUpTo, type Extent, type HeadContext } from './context.ts';
import { quotedNameEnd } from './quoted.ts';

export function takeUnitSubject(c: HeadContext, e: Extent): Extent {
  if (c.info.cls !== 'unit') return e;
  const q = quotedNameEnd(c.tokens, e.pos);
  if (q > 0) return namedUpTo(e, q);
  const end = subjectEnd(c, e.pos);
  return end > e.pos ? namedUpTo(e, end) : e;
}

/** The token after the subject's words from `from`: capitalised words and numbers, joined by "und", "&" or commas. */
function subjectEnd(c: HeadContext, from: number): number {
  const { tokens } = c;
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.word && (isCapitalised(t.text) || /^\d+[a-z]?$/.test(t.text)) && isSubjectWord(c, k)) {
      k++;
      continue;
    }
    // a joiner only after a word, and only before another subject word; dashes only in a chain of them
    // ("Fachbereich Kinder – Jugend – Familie"), so that "Fachbereich Jugend – Frau X" stays apart
    const dashChain = isDash(t.text) && (isDash(tokens[k + 2]?.text) || isDash(tokens[k - 2]?.text));
    if ((foldedToken(t) === 'und' || t.text === '&' || t.text === ',' || dashChain) && k > from) {
      const nx = tokens[k + 1];
      if (nx?.word && isCapitalised(nx.text) && isSubjectWord(c, k + 1)) {
        k++;
        continue;
      }
    }
    break;
  }
  return k;
}

const isDash = (t: string | undefined) => t === '–' || t === '—';

function isSubjectWord(c: HeadContext, k: number): boolean {
  return !FUNCTION_WORDS.has(foldedToken(c.tokens[k]!)) && subjectWordOfUnit(c.headOf(k));
}

/** A word after "Fachbereich"/"Abteilung" names its subject unless it opens another body: "Schule" and "Jugendhilfe" do, "Jugendamt" does not. */
function subjectWordOfUnit(h: Head | undefined): boolean {
  return (
    !h ||
    (h.info.cls === 'named' && (h.info.kind === 'school' || h.info.kind === 'daycare' || h.info.kind === 'carrier'))
  );
}
