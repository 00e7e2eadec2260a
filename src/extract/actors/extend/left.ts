/** The steps at the head's left: modifiers that belong to the name, and a generic determiner that rules it out. */
import { isCapitalised } from '../../tokens.ts';
import { FUNCTION_WORDS, foldedToken } from '../org-words.ts';
import { GENERIC_DETERMINERS, HEADS, NAME_MODIFIERS, NOT_NAME_WORDS } from '../org-vocabulary.ts';
import type { Extent, HeadContext } from './context.ts';

/** "Evangelische Jugendhilfe", "Bertelsmann Stiftung": modifiers left of the head that belong to the name. */
export function takeLeftModifiers(c: HeadContext, e: Extent): Extent {
  const { tokens, hs, headWord } = c;
  const isStiftung = /stiftung$/.test(headWord) && headWord.length <= 'stiftung'.length + 1;
  let start = e.start;
  while (start > 0) {
    const prev = tokens[start - 1]!;
    if (!prev.word || !isCapitalised(prev.text) || FUNCTION_WORDS.has(foldedToken(prev))) break;
    if (
      NAME_MODIFIERS.test(prev.text) ||
      NAME_MODIFIERS.test(prev.text.toLowerCase()) ||
      (isStiftung && hs - start < 3 && !NOT_NAME_WORDS.has(foldedToken(prev)) && !/^Ge\p{L}+t$/u.test(prev.text))
    )
      start--;
    else break;
  }
  return start === e.start ? e : { ...e, start };
}

/** "eine Kita", "jede Grundschule": a generic determiner before the name, no one organisation. */
export function rejectGenericDeterminer(c: HeadContext, e: Extent): Extent | undefined {
  const before = c.tokens[e.start - 1];
  return before?.word && GENERIC_DETERMINERS.has(foldedToken(before)) ? undefined : e;
}

/** A left modifier or a compound prefix ("AWO-Kita") already names it. */
export function namedByPrefix(c: HeadContext, e: Extent): Extent {
  const compound = c.head.end === c.hs + 1 && !HEADS.has(c.headFold) && c.headFold.includes('-');
  return e.start < c.hs || compound ? { ...e, named: true } : e;
}
