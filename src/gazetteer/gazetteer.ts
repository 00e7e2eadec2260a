/**
 * The gazetteer: place-name lookup and a fast scanner for place mentions in running German text.
 * PURE and browser-safe (no node:* imports, no DOM): it also runs in a Web Worker.
 *
 * Index: a trie over folded word tokens (trie.ts), filled with the written forms of each place
 * (forms.ts); `scan` finds mentions in running text with the rules in scan.ts.
 */

import type { Gazetteer, Place } from './types.ts';
import { foldToken, nameKey, tokens } from './names.ts';
import { addPlaceForms } from './forms.ts';
import { scanText } from './scan.ts';
import { comparePlaces, terminalFor, type PlaceIndex, type TrieNode } from './trie.ts';

const LOOKUP_MEMO_LIMIT = 50_000;

const LOOKUP_STRIP_WORDS = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'im',
  'in',
  'aus',
  'nach',
  'vom',
  'von',
  'zum',
  'zur',
  'am',
  'bei',
]);

/** The places of one written form, stripping leading articles and prepositions ("in der Stadt Hagen"). */
function attempt(root: ReadonlyMap<string, TrieNode>, s: string): Place[] | undefined {
  let keyTokens = tokens(s).map(foldToken);
  for (;;) {
    const t = terminalFor(root, keyTokens);
    if (t && t.kind !== 'adjective') return t.places;
    const first = keyTokens[0];
    if (keyTokens.length > 1 && first !== undefined && LOOKUP_STRIP_WORDS.has(first)) keyTokens = keyTokens.slice(1);
    else return undefined;
  }
}

function uncachedLookup(root: ReadonlyMap<string, TrieNode>, surface: string): readonly Place[] {
  const direct = attempt(root, surface);
  if (direct) return direct;
  // Destatis style "Herford, Hansestadt", "Hagen, Stadt der FernUniversität".
  const comma = surface.indexOf(',');
  if (comma > 0) return attempt(root, surface.slice(0, comma)) ?? [];
  return [];
}

/** Lookup with a memo: extraction asks for the same few names on every line (bounded, cleared when full). */
function memoisedLookup(root: ReadonlyMap<string, TrieNode>): (surface: string) => Place[] {
  const known = new Map<string, readonly Place[]>();
  return (surface: string): Place[] => {
    let hit = known.get(surface);
    if (hit === undefined) {
      if (known.size >= LOOKUP_MEMO_LIMIT) known.clear();
      hit = uncachedLookup(root, surface);
      known.set(surface, hit);
    }
    return hit.slice();
  };
}

/** Builds the gazetteer over a list of places (ids must be unique). */
export function createGazetteer(places: readonly Place[]): Gazetteer {
  const sorted = [...places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byIdMap = new Map<string, Place>();
  for (const p of sorted) {
    if (byIdMap.has(p.id)) throw new Error(`gazetteer: id doppelt: ${p.id}`);
    byIdMap.set(p.id, p);
  }

  const index: PlaceIndex = { root: new Map(), abbreviations: new Set(), adjectiveMap: new Map() };
  for (const p of sorted) addPlaceForms(index, p);

  return {
    lookup: memoisedLookup(index.root),
    adjective: (surface: string) => (index.adjectiveMap.get(nameKey(surface)) ?? []).slice().sort(comparePlaces),
    scan: (text: string) => scanText(index, text),
    byId: (id: string) => byIdMap.get(id),
    all: () => sorted.slice(),
  };
}
