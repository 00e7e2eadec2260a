/**
 * The head of an organisation name at a token: a head noun of the vocabulary, a phrase head ("Agentur für
 * Arbeit"), the part after a hyphen ("AWO-Kita"), a suffix, a genitive ("des Jugendamtes") or a head
 * misspelt by one letter ("Jugenamt").
 */
import { boundedDistance, foldMemo as fold, memoize } from '../../util/index.ts';
import { isCapitalised, type Token } from '../tokens.ts';
import { HEAD_SUFFIXES, HEADS, type HeadInfo } from './org-vocabulary.ts';

export type Head = {
  info: HeadInfo;
  end: number;
  fuzzy?: boolean;
  /** letters of a genitive ending on the head word ("Vereins") */ genitive?: number;
};

/** First words of the multi-word heads: only such a word can start a phrase head. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...HEADS.keys()].filter((h) => h.includes(' ')).map((h) => h.split(' ')[0]!),
);

/** Long single-word heads by their first two letters, in vocabulary order (for the typo rule). */
const LONG_HEADS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const h of HEADS.keys()) {
    if (h.length < 8 || h.includes(' ')) continue;
    const list = out.get(h.slice(0, 2));
    if (list) list.push(h);
    else out.set(h.slice(0, 2), [h]);
  }
  return out;
})();

function headAt(tokens: readonly Token[], i: number): Head | undefined {
  const first = tokens[i];
  // every head starts with a capital
  if (!first?.word || !isCapitalised(first.text)) return undefined;
  const w = wordHead(first.text);
  // multi-word heads, longest first
  if (w.phraseStart) {
    for (let n = 4; n >= 2; n--) {
      if (i + n > tokens.length) continue;
      const slice = tokens.slice(i, i + n);
      if (!slice.every((t) => t.word)) continue;
      const info = HEADS.get(fold(slice.map((t) => t.text).join(' ')));
      if (info) return { info, end: i + n };
    }
  }
  if (!w.info) return undefined;
  return {
    info: w.info,
    end: i + 1,
    ...(w.fuzzy ? { fuzzy: true } : {}),
    ...(w.genitive ? { genitive: w.genitive } : {}),
  };
}

/**
 * The head a single capitalised word is by itself (no info when none), and whether a multi-word head
 * may start with it. Pure in the word, so remembered: one lookup per capitalised word.
 */
const wordHead = memoize(
  (word: string): { info?: HeadInfo; fuzzy?: boolean; genitive?: number; phraseStart: boolean } => {
    const phraseStart = PHRASE_STARTS.has(fold(word));
    const single = singleWordHead(word);
    return single ? { ...single, phraseStart } : { phraseStart };
  },
);

function singleWordHead(word: string): { info: HeadInfo; fuzzy?: boolean; genitive?: number } | null {
  const f = fold(word);
  const isAcronym = /^[A-ZÄÖÜ]{2,6}\+?$/.test(word);
  const direct = HEADS.get(f);
  if (direct && (isAcronym || !/^[A-ZÄÖÜ]+$/.test(word) || f.length > 3)) return { info: direct };
  // "LWL-Servicestelle", "AWO-Kita": the part after the last hyphen is the head
  const dash = f.lastIndexOf('-');
  if (dash > 0) {
    const tail = HEADS.get(f.slice(dash + 1));
    if (tail) return { info: tail };
  }
  for (const [suffix, info] of HEAD_SUFFIXES) {
    if (f.length > suffix.length + 2 && f.endsWith(suffix)) return { info };
  }
  // the genitive of a head: "des Jugendamtes", "des Gesundheitsamts", "des Caritasverbandes"
  const stem = f.length >= 5 ? f.replace(/(?:es|s)$/, '') : f;
  if (stem !== f) {
    const genitive = f.length - stem.length;
    const g = HEADS.get(stem);
    // "des Caritasverbandes": a welfare brand's genitive too, where the brand is a long compound
    if (g && (g.cls !== 'brand' || (stem.length >= 10 && /(?:verband|werk)$/.test(stem)))) return { info: g, genitive };
    for (const [suffix, info] of HEAD_SUFFIXES)
      if (stem.length > suffix.length + 2 && stem.endsWith(suffix)) return { info, genitive };
  }
  // misspelt long heads ("Jugenamt"): one edit away, same first two letters
  if (f.length >= 8) {
    for (const h of LONG_HEADS.get(f.slice(0, 2)) ?? []) {
      if (!f.startsWith(h) && boundedDistance(f, h, 1) <= 1) return { info: HEADS.get(h)!, fuzzy: true };
    }
  }
  return null;
}

/** headAt for one token list, each position computed at most once (extend asks again). */
export function headFinder(tokens: readonly Token[]): (i: number) => Head | undefined {
  const seen: Array<Head | null> = [];
  return (i) => {
    let h = seen[i];
    if (h === undefined) {
      h = headAt(tokens, i) ?? null;
      seen[i] = h;
    }
    return h ?? undefined;
  };
}
