import { CLOSE_QUOTES, OPEN_QUOTES, type Token } from '../../tokens.ts';

/** A quoted name right after the head (Kita „Regenbogen“, Fachdienst "Frühe Hilfen"): the token after its closing quote, else -1. */
export function quotedNameEnd(tokens: readonly Token[], pos: number): number {
  const q = tokens[pos];
  if (!q || !OPEN_QUOTES.has(q.text)) return -1;
  let k = pos + 1;
  while (k < tokens.length && !CLOSE_QUOTES.has(tokens[k]!.text) && k - pos < 12) k++;
  if (k >= tokens.length || k === pos + 1 || !CLOSE_QUOTES.has(tokens[k]!.text)) return -1;
  return k + 1;
}
