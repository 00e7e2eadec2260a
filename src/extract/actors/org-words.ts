/**
 * The word tests that organisation names are grown with: which words never belong to a name (articles,
 * prepositions, verbs of funding …), which are adjectives or capitalised name words, and the legal form
 * right after a name.
 */
import { foldMemo as fold } from '../../util/index.ts';
import { isCapitalised, type Token } from '../tokens.ts';
import { NOT_NAME_WORDS } from './org-vocabulary.ts';
import { LEGAL_FORM } from '../../vocabulary/index.ts';

export const FUNCTION_WORDS = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'des',
  'ein',
  'eine',
  'einer',
  'einem',
  'einen',
  'eines',
  'mit',
  'im',
  'in',
  'von',
  'vom',
  'zur',
  'zum',
  'fuer',
  'bei',
  'durch',
  'auch',
  'nach',
  'aus',
  'auf',
  'dazu',
  'damit',
  'dabei',
  'deshalb',
  'seit',
  'ab',
  'bis',
  'und',
  'oder',
  'sowie',
  'als',
  'wie',
  'wird',
  'werden',
  'ist',
  'sind',
  'hat',
  'haben',
  'gefoerdert',
  'unterstuetzt',
  'diese',
  'dieser',
  'dieses',
  'hier',
  'dort',
  'so',
  'nur',
  'am',
  'an',
  'ueber',
  'unter',
  'gegen',
  'ohne',
  'um',
  'zu',
  'sie',
  'er',
  'es',
  'wir',
  'ihr',
  'unser',
  'unsere',
  'alle',
  'allen',
  'jede',
  'jeder',
  'jedes',
  'jeden',
  'jedem',
  'jaehrlich',
  'einige',
  'mehrere',
  'viele',
  'rund',
  'insgesamt',
  'kontakt',
  'projekttraeger',
  'traeger',
  'partner',
  'beteiligte',
  'kooperationspartner',
  'trägerverbund',
  'traegerverbund',
  'zwischen',
  'gemeinsam',
  'zusammen',
  'sowohl',
  'neben',
  'weitere',
]);

export const LEGAL_FORM_AFTER = new RegExp(String.raw`^\s*(${LEGAL_FORM})(?![\p{L}])`, 'u');

/** The token's folded text, computed once per token: the rules below ask for the same tokens again and again. */
export function foldedToken(t: Token): string {
  return (t.folded ??= fold(t.text));
}

export function isAdjectiveLike(t: string): boolean {
  return /^[a-zäöüß]+(e|en|er|es|em)$/.test(t) && !FUNCTION_WORDS.has(fold(t));
}

export function isNameWord(tok: Token | undefined, strict: boolean): boolean {
  if (!tok?.word || !isCapitalised(tok.text)) return false;
  const f = foldedToken(tok);
  if (FUNCTION_WORDS.has(f)) return false;
  if (strict && NOT_NAME_WORDS.has(f)) return false;
  return true;
}
