/**
 * "Caritasverband für den Kreis Unna e.V.", "Diakonisches Werk für das Erzbistum Köln": a brand's (or a
 * unique body's) territory after "für"; "Caritasverband im Dekanat Ahlen e.V.", "Diakonisches Werk im
 * Kirchenkreis Unna": a church territory after "im".
 */
import { isCapitalised, type Token } from '../../tokens.ts';
import { foldedToken, isNameWord } from '../org-words.ts';
import { namedUpTo, type Extent, type HeadContext } from './context.ts';

const CHURCH_TERRITORY = /^(Bistum|Erzbistum|Dekanat|Kirchenkreis)$/u;
const TERRITORY = /^(Kreis|Stadt|Gemeinde|Bistum|Erzbistum|Dekanat|Kirchenkreis|Region|Städteregion|StädteRegion)$/u;

export function takeTerritory(c: HeadContext, e: Extent): Extent {
  const { tokens, info } = c;
  const { pos } = e;
  if (info.cls !== 'brand' && info.cls !== 'unique') return e;
  const at = tokens[pos];
  if (at === undefined) return e;
  const churchTerritory = foldedToken(at) === 'im' && CHURCH_TERRITORY.test(tokens[pos + 1]?.text ?? '');
  if (foldedToken(at) !== 'fuer' && !churchTerritory) return e;
  let k = pos + 1;
  if (/^(den|die|das)$/.test(tokens[k]?.text ?? '')) k++;
  if (TERRITORY.test(tokens[k]?.text ?? '') && isNameWord(tokens[k + 1], true)) k += 2;
  else k = hyphenatedKreisEnd(tokens, k) ?? pos;
  if (k === pos) return e;
  // "für den Kreis Siegen-Wittgenstein": the rest of a hyphenated name
  while (k < tokens.length && tokens[k]!.text === '-' && isNameWord(tokens[k + 1], true)) k += 2;
  return namedUpTo(e, k);
}

/** "für den Rhein-Sieg-Kreis": the token after the hyphenated name of a Kreis starting at k, if it is one. */
function hyphenatedKreisEnd(tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  while (j + 2 < tokens.length && tokens[j + 1]!.text === '-' && tokens[j + 2]!.word) j += 2;
  return isCapitalised(tokens[k]?.text ?? '') && /kreis$/iu.test(tokens[j]?.text ?? '') && tokens[k]!.word
    ? j + 1
    : undefined;
}
