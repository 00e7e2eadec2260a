/**
 * The gazetteer: place-name lookup and a fast scanner for place mentions in running German text.
 * PURE and browser-safe (no node:* imports, no DOM): it also runs in a Web Worker.
 *
 * Index: a trie over folded word tokens (lower case; ä/ae, ö/oe, ü/ue, ß/ss; hyphens, spaces,
 * full stops and brackets between words ignored). Each terminal holds the places of one written
 * form, its cue (how the form marks the place) and whether a bare mention needs a cue.
 *
 * Forms generated for each place:
 * - Gemeinde: name, aliases, derived variants ("Halle (Westf.)" → "Halle", "Halle (Westfalen)"),
 *   "Stadt/Hansestadt/Kreisstadt/Universitätsstadt X" (cue 'stadt'), "Gemeinde/Kommune X"
 *   (cue 'gemeinde'), genitive "Kölns" (not for ambiguous names), adjectives "Kölner" (cue 'adjective').
 * - Kreis: name and aliases; for "Kreis X": "Kreis/Kreises/Landkreis/Landkreises/des Kreises/
 *   des Landkreises X"; for names with "-kreis": genitive "-kreises" (with and without "des");
 *   "Märkischer Kreis" → "Märkischen Kreis(es)". The bare short name ("Lippe") only where no
 *   Gemeinde has that name: a bare "Herford" is the town, the Kreis needs "Kreis".
 * - Regierungsbezirk: "Regierungsbezirk(s/es) X", "des Regierungsbezirks X", "Reg.-Bez. X",
 *   "Bezirksregierung X" (the authority is taken as its area). No bare form.
 * - Landschaftsverband: name, "Landschaftsverband(e)s X", abbreviation (LWL, LVR). Land: name, aliases.
 *
 * `scan` rules (see scan()): longest match; words must be capitalised (except "des Kreises …"
 * and adjective forms in lower case right after an article: "der kölner Norden"); a match never
 * starts right after "Wort-" (so "Westfalen-Lippe" does not yield Lippe); a bare ambiguous name
 * (Place.ambiguous) is reported only after "in", "aus" or "nach"; adjective forms that are also
 * common words (Hammer, Lager, Werner …) and adjectives before a street word ("Kölner Straße")
 * are not reported.
 */

import type { Gazetteer, Place, PlaceLevel, PlaceMention, ScanCue } from './types.ts';
import {
  abbreviationTokens,
  adjectiveForms,
  AMBIGUOUS_ADJECTIVES,
  ARTICLES,
  baseName,
  derivedNameVariants,
  foldToken,
  GEMEINDE_PREFIXES,
  genitiveForm,
  isTokenChar,
  isUpperChar,
  KREIS_PREFIXES,
  nameKey,
  PLACE_PREPOSITIONS,
  RB_PREFIXES,
  STREET_WORDS,
  tokens,
  TOWN_PREFIXES,
} from './names.ts';

type FormKind = 'name' | 'genitive' | 'adjective';

interface Terminal {
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

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  term: Terminal | undefined;
}

const LEVEL_ORDER: Record<PlaceLevel, number> = {
  gemeinde: 0,
  kreis: 1,
  regierungsbezirk: 2,
  landschaftsverband: 3,
  land: 4,
};

function comparePlaces(a: Place, b: Place): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Tokens that the scanner may skip over between two words of one name (besides spaces). */
function isGapChar(c: number): boolean {
  return (
    c === 0x20 || // space
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 || // no-break space
    c === 0x2d || // hyphen-minus
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2e || // full stop (only after an abbreviation, checked separately)
    c === 0x28 || // (
    c === 0x29 || // )
    c === 0x2f // /
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

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

/**
 * The tokens of one scanned text by offsets, with their folded forms computed on first use. A class
 * rather than closures in scan(): scan runs once per line, and closures would be built every time.
 */
class ScanTokens {
  private readonly folded: Array<string | undefined>;

  constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly count: number,
    private readonly abbreviations: ReadonlySet<string>,
  ) {
    this.folded = new Array<string | undefined>(count);
  }

  fold(t: number): string {
    let f = this.folded[t];
    if (f === undefined) {
      f = foldToken(this.text.slice(this.starts[t], this.ends[t]));
      this.folded[t] = f;
    }
    return f;
  }

  /** Only whitespace between token a and token b = a + 1. */
  spaceBetween(a: number): boolean {
    const from = this.ends[a] as number;
    const to = this.starts[a + 1] as number;
    if (to - from > 3) return false;
    for (let k = from; k < to; k++) if (!isSpace(this.text.charCodeAt(k))) return false;
    return true;
  }

  /** May tokens a and a + 1 belong to one name? */
  gapOk(a: number): boolean {
    const from = this.ends[a] as number;
    const to = this.starts[a + 1] as number;
    if (to - from > 3) return false;
    let newlines = 0;
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (!isGapChar(c)) return false;
      if (c === 0x0a) newlines++;
      if (c === 0x2e && (k !== from || !this.abbreviations.has(this.fold(a)))) return false;
    }
    return newlines <= 1;
  }

  streetFollows(a: number): boolean {
    if (a + 1 >= this.count) return false;
    const from = this.ends[a] as number;
    const to = this.starts[a + 1] as number;
    if (to - from > 2) return false;
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (!isSpace(c) && !isHyphen(c)) return false;
    }
    return STREET_WORDS.has(this.fold(a + 1));
  }
}

/** Builds the gazetteer over a list of places (ids must be unique). */
export function createGazetteer(places: readonly Place[]): Gazetteer {
  const sorted = [...places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byIdMap = new Map<string, Place>();
  for (const p of sorted) {
    if (byIdMap.has(p.id)) throw new Error(`gazetteer: id doppelt: ${p.id}`);
    byIdMap.set(p.id, p);
  }

  const root = new Map<string, TrieNode>();
  const abbreviations = new Set<string>();
  const adjectiveMap = new Map<string, Place[]>();

  function add(
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
    for (const a of abbreviationTokens(surface)) abbreviations.add(a);
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

  for (const p of sorted) {
    const names = new Set<string>([p.name, ...p.aliases]);
    switch (p.level) {
      case 'gemeinde': {
        for (const n of [...names]) for (const v of derivedNameVariants(n)) names.add(v);
        const ambiguousKey = p.ambiguous ? nameKey(baseName(p.name)) : undefined;
        for (const n of names) {
          add(n, p, 'bare', 'name', 0, ambiguousKey !== undefined && nameKey(n) === ambiguousKey);
          for (const pre of TOWN_PREFIXES) add(`${pre} ${n}`, p, 'stadt', 'name', 0);
          for (const pre of GEMEINDE_PREFIXES) add(`${pre} ${n}`, p, 'gemeinde', 'name', 0);
        }
        if (!p.ambiguous) {
          const gen = genitiveForm(p.name);
          if (gen !== undefined) add(gen, p, 'bare', 'genitive', 2);
        }
        for (const adj of adjectiveForms(p.name)) {
          const key = nameKey(adj);
          const isWord = AMBIGUOUS_ADJECTIVES.has(key);
          add(adj, p, 'adjective', 'adjective', 3, false, isWord);
          const list = adjectiveMap.get(key) ?? [];
          if (!list.includes(p)) list.push(p);
          adjectiveMap.set(key, list);
        }
        break;
      }
      case 'kreis': {
        for (const n of names) {
          add(n, p, 'kreis', 'name', 0);
          const short = /^(?:Kreis) (.+)$/.exec(n)?.[1];
          if (short !== undefined) {
            for (const pre of KREIS_PREFIXES) add(`${pre} ${short}`, p, 'kreis', 'name', 0);
            if (n === p.name) add(short, p, 'bare', 'name', 1, p.ambiguous === true);
          }
          // "Hochsauerlandkreis" → "Hochsauerlandkreises", "Rhein-Kreis Neuss" → "Rhein-Kreises Neuss".
          if (short === undefined && /kreis(?![a-zäöüß])/i.test(n)) {
            const gen = n.replace(/(kreis)(?![a-zäöüß])/i, '$1es');
            add(gen, p, 'kreis', 'name', 0);
            add(`des ${gen}`, p, 'kreis', 'name', 0);
          }
          // "Märkischer Kreis" → "Märkischen Kreis", "Märkischen Kreises".
          const weak = /^(.+)er Kreis$/.exec(n)?.[1];
          if (weak !== undefined) {
            add(`${weak}en Kreis`, p, 'kreis', 'name', 0);
            add(`${weak}en Kreises`, p, 'kreis', 'name', 0);
            add(`des ${weak}en Kreises`, p, 'kreis', 'name', 0);
          }
        }
        break;
      }
      case 'regierungsbezirk': {
        for (const n of names) add(n, p, 'regierungsbezirk', 'name', 0);
        const short = /^Regierungsbezirk (.+)$/.exec(p.name)?.[1];
        if (short !== undefined)
          for (const pre of RB_PREFIXES) add(`${pre} ${short}`, p, 'regierungsbezirk', 'name', 0);
        break;
      }
      case 'landschaftsverband': {
        for (const n of names) {
          add(n, p, undefined, 'name', 0);
          const rest = /^Landschaftsverband (.+)$/.exec(n)?.[1];
          if (rest !== undefined) {
            for (const pre of [
              'Landschaftsverbandes',
              'Landschaftsverbands',
              'des Landschaftsverbandes',
              'des Landschaftsverbands',
            ]) {
              add(`${pre} ${rest}`, p, undefined, 'name', 0);
            }
          }
        }
        break;
      }
      case 'land': {
        for (const n of names) add(n, p, undefined, 'name', 0);
        break;
      }
    }
  }

  /** Walks the trie with a complete list of folded tokens. */
  function terminalFor(keyTokens: readonly string[]): Terminal | undefined {
    const first = keyTokens[0];
    if (first === undefined) return undefined;
    let node = root.get(first);
    for (let i = 1; node && i < keyTokens.length; i++) node = node.next?.get(keyTokens[i] as string);
    return node?.term;
  }

  /** The places of one written form, stripping leading articles and prepositions ("in der Stadt Hagen"). */
  function attempt(s: string): Place[] | undefined {
    let keyTokens = tokens(s).map(foldToken);
    for (;;) {
      const t = terminalFor(keyTokens);
      if (t && t.kind !== 'adjective') return t.places;
      const first = keyTokens[0];
      if (keyTokens.length > 1 && first !== undefined && LOOKUP_STRIP_WORDS.has(first)) keyTokens = keyTokens.slice(1);
      else return undefined;
    }
  }

  function uncachedLookup(surface: string): readonly Place[] {
    const direct = attempt(surface);
    if (direct) return direct;
    // Destatis style "Herford, Hansestadt", "Hagen, Stadt der FernUniversität".
    const comma = surface.indexOf(',');
    if (comma > 0) return attempt(surface.slice(0, comma)) ?? [];
    return [];
  }

  // extraction asks for the same few names on every line: each answer is remembered (bounded)
  const known = new Map<string, readonly Place[]>();
  function lookup(surface: string): Place[] {
    let hit = known.get(surface);
    if (hit === undefined) {
      if (known.size >= LOOKUP_MEMO_LIMIT) known.clear();
      hit = uncachedLookup(surface);
      known.set(surface, hit);
    }
    return hit.slice();
  }

  function adjective(surface: string): Place[] {
    return (adjectiveMap.get(nameKey(surface)) ?? []).slice().sort(comparePlaces);
  }

  function scan(text: string): PlaceMention[] {
    const n = text.length;
    // 1. Tokenise into offsets.
    let starts = new Int32Array(Math.max(16, n >> 3));
    let ends = new Int32Array(starts.length);
    let count = 0;
    let i = 0;
    while (i < n) {
      if (!isTokenChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      i++;
      while (i < n && isTokenChar(text.charCodeAt(i))) i++;
      if (count === starts.length) {
        const ns = new Int32Array(count * 2);
        ns.set(starts);
        starts = ns;
        const ne = new Int32Array(count * 2);
        ne.set(ends);
        ends = ne;
      }
      starts[count] = s;
      ends[count] = i;
      count++;
    }

    const run = new ScanTokens(text, starts, ends, count, abbreviations);

    const out: PlaceMention[] = [];
    const candTerms: Terminal[] = [];
    const candEnds: number[] = [];
    let t = 0;
    while (t < count) {
      const s = starts[t] as number;
      const e = ends[t] as number;
      const upper = isUpperChar(text.charCodeAt(s));
      let lowerAdjective = false;
      if (!upper) {
        const len = e - s;
        if (len === 3 && run.fold(t) === 'des') {
          // "des Kreises Lippe": the trie has "des …" only for such forms.
        } else if (
          len >= 5 &&
          text.charCodeAt(e - 1) === 0x72 && // r
          text.charCodeAt(e - 2) === 0x65 && // e
          t > 0 &&
          (ends[t - 1] as number) - (starts[t - 1] as number) <= 5 &&
          ARTICLES.has(run.fold(t - 1)) &&
          run.spaceBetween(t - 1)
        ) {
          lowerAdjective = true;
        } else {
          t++;
          continue;
        }
      }
      // No match starts inside a hyphenated compound: "Westfalen-Lippe", "LWL-Herford".
      if (s >= 2 && isHyphen(text.charCodeAt(s - 1)) && isTokenChar(text.charCodeAt(s - 2))) {
        t++;
        continue;
      }
      let node = root.get(run.fold(t));
      if (!node) {
        t++;
        continue;
      }
      candTerms.length = 0;
      candEnds.length = 0;
      let j = t;
      if (node.term) {
        candTerms.push(node.term);
        candEnds.push(j);
      }
      while (node.next && j + 1 < count && run.gapOk(j)) {
        const child: TrieNode | undefined = node.next.get(run.fold(j + 1));
        if (!child) break;
        node = child;
        j++;
        if (node.term) {
          candTerms.push(node.term);
          candEnds.push(j);
        }
      }
      let accepted = false;
      for (let k = candTerms.length - 1; k >= 0; k--) {
        const term = candTerms[k] as Terminal;
        const last = candEnds[k] as number;
        if (term.kind === 'adjective') {
          if (term.adjectiveIsWord || run.streetFollows(last)) continue;
        } else if (lowerAdjective) {
          continue;
        }
        if (term.needsCue) {
          if (t === 0 || !run.spaceBetween(t - 1) || !PLACE_PREPOSITIONS.has(run.fold(t - 1))) continue;
        }
        let end = ends[last] as number;
        if (abbreviations.has(run.fold(last)) && text.charCodeAt(end) === 0x2e) end++;
        let open = 0;
        for (let k2 = s; k2 < end; k2++) {
          const c = text.charCodeAt(k2);
          if (c === 0x28) open++;
          else if (c === 0x29) open--;
        }
        if (open > 0 && text.charCodeAt(end) === 0x29) end++;
        const mention: PlaceMention = { start: s, end, surface: text.slice(s, end), places: term.places.slice() };
        if (term.cue !== undefined) mention.cue = term.cue;
        out.push(mention);
        t = last + 1;
        accepted = true;
        break;
      }
      if (!accepted) t++;
    }
    return out;
  }

  return {
    lookup,
    adjective,
    scan,
    byId: (id: string) => byIdMap.get(id),
    all: () => sorted.slice(),
  };
}
