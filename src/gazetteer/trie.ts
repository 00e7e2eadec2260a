/**
 * The gazetteer's index: a trie over folded word tokens (lower case; ä/ae, ö/oe, ü/ue, ß/ss; hyphens,
 * spaces, full stops and brackets between words ignored). Each terminal holds the places of one
 * written form, its cue (how the form marks the place) and whether a bare mention needs a cue.
 */

import type { Place, PlaceLevel, ScanCue } from './types.ts';
import { abbreviationTokens, foldToken, tokens } from './names.ts';

type FormKind = 'name' | 'genitive' | 'adjective';

export interface Terminal {
  places: Place[];
  cue: ScanCue | undefined;
  kind: FormKind;
  /** Lower wins: 0 names/aliases/prefixed forms, 1 bare Kreis short name, 2 genitive, 3 adjective. */
  rank: number;
  /** Bare mention of an ambiguous name: needs "in/aus/nach" before it in running text. */
  needsCue: boolean;
  /** Adjective form that is also a common word: never reported by scan. */
  adjectiveIsWord: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  term: Terminal | undefined;
}

/** The trie by first token, the tokens written as abbreviations ("Reg.-Bez."), and the adjective forms. */
export interface PlaceIndex {
  root: Map<string, TrieNode>;
  abbreviations: Set<string>;
  adjectiveMap: Map<string, Place[]>;
}

const LEVEL_ORDER: Record<PlaceLevel, number> = {
  gemeinde: 0,
  kreis: 1,
  regierungsbezirk: 2,
  landschaftsverband: 3,
  land: 4,
};

export function comparePlaces(a: Place, b: Place): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The node of a token path, created where missing. */
function nodeFor(root: Map<string, TrieNode>, first: string, keyTokens: readonly string[]): TrieNode {
  let node = root.get(first);
  if (!node) {
    node = { next: undefined, term: undefined };
    root.set(first, node);
  }
  for (let i = 1; i < keyTokens.length; i++) {
    const tok = keyTokens[i] as string;
    node.next ??= new Map();
    let child: TrieNode | undefined = node.next.get(tok);
    if (!child) {
      child = { next: undefined, term: undefined };
      node.next.set(tok, child);
    }
    node = child;
  }
  return node;
}

/** Adds one written form of a place; of several forms spelt alike, the lowest rank wins. */
export function addForm(
  index: PlaceIndex,
  surface: string,
  place: Place,
  cue: ScanCue | undefined,
  kind: FormKind,
  rank: number,
  needsCue = false,
  adjectiveIsWord = false,
): void {
  const keyTokens = tokens(surface).map(foldToken);
  const first = keyTokens[0];
  if (first === undefined) return;
  for (const a of abbreviationTokens(surface)) index.abbreviations.add(a);
  const node = nodeFor(index.root, first, keyTokens);
  const t = node.term;
  if (!t || rank < t.rank) {
    node.term = { places: [place], cue, kind, rank, needsCue, adjectiveIsWord };
  } else if (rank === t.rank) {
    if (!t.places.includes(place)) {
      t.places.push(place);
      t.places.sort(comparePlaces);
    }
    // A form is ambiguous only if it is ambiguous for every place it names.
    t.needsCue = t.needsCue && needsCue;
  }
}

/** Walks the trie with a complete list of folded tokens. */
export function terminalFor(root: ReadonlyMap<string, TrieNode>, keyTokens: readonly string[]): Terminal | undefined {
  const first = keyTokens[0];
  if (first === undefined) return undefined;
  let node = root.get(first);
  for (let i = 1; node && i < keyTokens.length; i++) node = node.next?.get(keyTokens[i] as string);
  return node?.term;
}
