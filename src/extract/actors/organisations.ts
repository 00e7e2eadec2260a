/**
 * Organisation mentions in a line of text: a head noun from the vocabulary (Jugendamt, Caritasverband,
 * Grundschule, Fachbereich, Ministerium für …), extended to the name the text gives, plus any capitalised
 * run that ends in a legal form (e.V., gGmbH …). A genitive place ("der Stadt Hagen", "des Kreises
 * Lippe") or a place inside the name ("Jobcenter Kreis Unna") gives the municipality.
 */
import type { LegalDomain, NodeKind, PlaceLookup, PlaceRef } from '../../model/index.ts';
import { boundedDistance, foldMemo as fold, memoize } from '../../util/index.ts';
import { CLOSE_QUOTES, isCapitalised, OPEN_QUOTES, tokenize, type Token } from '../tokens.ts';
import {
  GENERIC_DETERMINERS,
  HEAD_SUFFIXES,
  HEADS,
  NAME_MODIFIERS,
  NOT_NAME_WORDS,
  type HeadClass,
  type HeadInfo,
} from './org-vocabulary.ts';
import { LEGAL_FORM } from '../../vocabulary/index.ts';

export interface OrgMention {
  start: number;
  end: number;
  name: string;
  kind: NodeKind;
  cls: HeadClass;
  domains: LegalDomain[];
  /** Municipality the text ties the organisation to (genitive or inside the name). */
  place?: PlaceRef;
  /** How it was found: a head noun, a legal-form run, a quoted unit list, a ministry abbreviation. */
  rule: string;
}

const FUNCTION_WORDS = new Set([
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

type Head = {
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
function headFinder(tokens: readonly Token[]): (i: number) => Head | undefined {
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

// the lookahead on the first letters lets the engine skip to candidate positions before the lookbehind runs
const LEGAL_FORM_ANYWHERE = new RegExp(String.raw`(?=[egmGA])(?<![\p{L}])(${LEGAL_FORM})(?![\p{L}])`, 'gu');
const LEGAL_FORM_AFTER = new RegExp(String.raw`^\s*(${LEGAL_FORM})(?![\p{L}])`, 'u');
const GENITIVE_PLACE =
  /^\s+(?:der|des|in|im)\s+((?:(?:Hanse|Kreis)?[Ss]tadt|Gemeinde|Kreises|Kreis|Städteregion|StädteRegion)\s+)?([\p{Lu}][\p{L}.-]*(?:(?:\s|-)(?:an der|am|im|\(?[\p{Lu}][\p{L}.)-]*))*)/u;
const LAND_SUFFIX = /^\s+(des Landes (Nordrhein-Westfalen|NRW)|NRW|Nordrhein-Westfalen)(?![\p{L}])/u;

/** The token's folded text, computed once per token: the rules below ask for the same tokens again and again. */
function foldedToken(t: Token): string {
  return (t.folded ??= fold(t.text));
}

function isAdjectiveLike(t: string): boolean {
  return /^[a-zäöüß]+(e|en|er|es|em)$/.test(t) && !FUNCTION_WORDS.has(fold(t));
}

function isNameWord(tok: Token | undefined, strict: boolean): boolean {
  if (!tok?.word || !isCapitalised(tok.text)) return false;
  const f = foldedToken(tok);
  if (FUNCTION_WORDS.has(f)) return false;
  if (strict && NOT_NAME_WORDS.has(f)) return false;
  return true;
}

/** Find organisation mentions in `text` (a line or a field value); offsets are shifted by `offset`. */
export function findOrganisations(text: string, offset: number, places: PlaceLookup): OrgMention[] {
  const tokens = tokenize(text, offset);
  const headOf = headFinder(tokens);
  const found: OrgMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = headOf(i);
    if (!head) {
      i++;
      continue;
    }
    const m = extend(text, offset, tokens, headOf, i, head, places);
    if (m) {
      found.push(...m.mentions);
      i = Math.max(m.nextToken, i + 1);
    } else i = head.end;
  }
  found.push(...legalFormRuns(text, offset, tokens, found));
  found.push(...pluralUnits(text, offset, found));
  return joinBranches(text, offset, dedupe(found));
}

function extend(
  text: string,
  offset: number,
  tokens: readonly Token[],
  headOf: (i: number) => Head | undefined,
  hs: number,
  head: Head,
  places: PlaceLookup,
): { mentions: OrgMention[]; nextToken: number } | undefined {
  const { info } = head;
  let start = hs;
  // the head word folded once: the rules below ask for it several times
  const headWord = foldedToken(tokens[hs]!);
  const isStiftung = /stiftung$/.test(headWord) && headWord.length <= 'stiftung'.length + 1;
  // left: modifiers that belong to the name ("Evangelische Jugendhilfe", "Bertelsmann Stiftung")
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
  const before = tokens[start - 1];
  if (before?.word && GENERIC_DETERMINERS.has(foldedToken(before))) return undefined;

  let pos = head.end;
  const headFold = fold(
    tokens
      .slice(hs, head.end)
      .map((t) => t.text)
      .join(' '),
  );
  const compound = head.end === hs + 1 && !HEADS.has(headFold) && headFold.includes('-');
  let named = start < hs || compound; // a left modifier or a compound prefix already names it

  // "Caritasverband für den Kreis Unna e.V.", "Diakonisches Werk für das Erzbistum Köln": a brand's territory
  // "Caritasverband im Dekanat Ahlen e.V.", "Diakonisches Werk im Kirchenkreis Unna": a church territory after "im"
  const churchTerritory =
    foldedToken(tokens[pos] ?? tokens[0]!) === 'im' &&
    /^(Bistum|Erzbistum|Dekanat|Kirchenkreis)$/u.test(tokens[pos + 1]?.text ?? '');
  if (
    (info.cls === 'brand' || info.cls === 'unique') &&
    tokens[pos] !== undefined &&
    (foldedToken(tokens[pos]!) === 'fuer' || churchTerritory)
  ) {
    let k = pos + 1;
    if (/^(den|die|das)$/.test(tokens[k]?.text ?? '')) k++;
    if (
      /^(Kreis|Stadt|Gemeinde|Bistum|Erzbistum|Dekanat|Kirchenkreis|Region|Städteregion|StädteRegion)$/u.test(
        tokens[k]?.text ?? '',
      ) &&
      isNameWord(tokens[k + 1], true)
    )
      k += 2;
    else {
      // "für den Rhein-Sieg-Kreis": the hyphenated name of a Kreis
      let j = k;
      while (j + 2 < tokens.length && tokens[j + 1]!.text === '-' && tokens[j + 2]!.word) j += 2;
      k =
        isCapitalised(tokens[k]?.text ?? '') && /kreis$/iu.test(tokens[j]?.text ?? '') && tokens[k]!.word ? j + 1 : pos;
    }
    if (k > pos) {
      while (k < tokens.length && tokens[k]!.text === '-' && isNameWord(tokens[k + 1], true)) k += 2;
      pos = k;
      named = true;
    }
  }
  if (info.cls === 'fuer' && tokens[pos] !== undefined && foldedToken(tokens[pos]!) === 'fuer') {
    let k = pos + 1;
    let took = 0;
    // "Caritasverband für den Kreis Unna e.V.", "Diakonisches Werk für die Stadt Bochum": an article before a territory
    if (
      /^(den|die|das)$/.test(tokens[k]?.text ?? '') &&
      /^(Kreis|Stadt|Gemeinde|Bistum|Erzbistum|Dekanat|Kirchenkreis|Region|Rhein-[\p{L}-]+|[\p{Lu}][\p{L}-]*kreis)$/u.test(
        tokens[k + 1]?.text ?? '',
      )
    )
      k++;
    while (k < tokens.length) {
      const t = tokens[k]!;
      const f = foldedToken(t);
      // an adjective only before a capitalised word ("für soziale Arbeit"): "…, freuen sich" ends the name
      const adjective = isAdjectiveLike(t.text) && isCapitalised(tokens[k + 1]?.text ?? '');
      if (t.word && (isCapitalised(t.text) || adjective) && !FUNCTION_WORDS.has(f)) {
        k++;
        took++;
        continue;
      }
      if ((f === 'und' || t.text === '&' || t.text === ',') && took > 0) {
        const nx = tokens[k + 1];
        const nxAdjective = nx !== undefined && isAdjectiveLike(nx.text) && isCapitalised(tokens[k + 2]?.text ?? '');
        if (
          nx?.word &&
          (isCapitalised(nx.text) || nxAdjective) &&
          !headOf(k + 1) &&
          !FUNCTION_WORDS.has(foldedToken(nx))
        ) {
          k++;
          continue;
        }
      }
      break;
    }
    if (took > 0) {
      pos = k;
      named = true;
    }
    const land = LAND_SUFFIX.exec(text.slice(tokens[pos - 1]!.start - offset + tokens[pos - 1]!.text.length));
    if (land) {
      const landEnd = tokens[pos - 1]!.start - offset + tokens[pos - 1]!.text.length + land[0].length + offset;
      while (pos < tokens.length && tokens[pos]!.start < landEnd) pos++;
    }
  }

  if (info.cls === 'unit') {
    const q = quotedNameEnd(tokens, pos);
    if (q > 0) {
      pos = q;
      named = true;
    } else {
      let k = pos;
      let took = 0;
      while (k < tokens.length) {
        const t = tokens[k]!;
        if (
          t.word &&
          (isCapitalised(t.text) || /^\d+[a-z]?$/.test(t.text)) &&
          !FUNCTION_WORDS.has(foldedToken(t)) &&
          subjectWordOfUnit(headOf(k))
        ) {
          k++;
          took++;
          continue;
        }
        if ((foldedToken(t) === 'und' || t.text === '&' || t.text === ',') && took > 0) {
          const nx = tokens[k + 1];
          if (
            nx?.word &&
            isCapitalised(nx.text) &&
            !FUNCTION_WORDS.has(foldedToken(nx)) &&
            subjectWordOfUnit(headOf(k + 1))
          ) {
            k++;
            continue;
          }
        }
        break;
      }
      if (took > 0) {
        pos = k;
        named = true;
      }
    }
  } else if (!named || info.cls !== 'fuer') {
    const q = quotedNameEnd(tokens, pos);
    if (q > 0) {
      pos = q;
      named = true;
    } else {
      let k = pos;
      let took = 0;
      while (k < tokens.length && took < 5) {
        const t = tokens[k]!;
        // "Grundschule an der Uechtingstraße": a street after a school or Kita names it
        if (
          took === 0 &&
          (info.kind === 'school' || info.kind === 'daycare' || /klinik/.test(headFold)) &&
          /^(an|am|im|in)$/.test(t.text)
        ) {
          const art = tokens[k + 1]?.text === 'der' ? 2 : 1;
          const street = tokens[k + art];
          if (
            street?.word &&
            /(straße|strasse|str\.|weg|platz|park|ring|allee|feld|berg|bach|garten|hof|wald|tal|höhe|kamp|busch|heide|markt|tor|see|teich|graben|bogen|brücke|ufer|aue|wiese|höhen|felde|schule)$/i.test(
              street.text,
            ) &&
            isCapitalised(street.text)
          ) {
            k += art + 1;
            took += art + 1;
            continue;
          }
        }
        // "Grundschule Am Park": a capitalised preposition inside a name
        if (t.word && /^(Am|An|Im|In|Zum|Zur|Auf|St\.)$/.test(t.text) && isNameWord(tokens[k + 1], false)) {
          k += 2;
          took += 2;
          continue;
        }
        // "Verein Familie im Ravensberger Land e.V.": a lowercase "im/in/am" inside a name that ends in a legal form
        if (took > 0 && /^(im|in|am)$/.test(t.text)) {
          let j = k + 1;
          while (j < tokens.length && j - k <= 3 && isNameWord(tokens[j], true) && !headOf(j)) j++;
          const last = tokens[j - 1]!;
          if (j > k + 1 && LEGAL_FORM_AFTER.test(text.slice(last.start - offset + last.text.length))) {
            took += j - k;
            k = j;
            continue;
          }
        }
        // "Bundesstiftung Frühe Hilfen": after a capitalised adjective of the name, its noun belongs to it
        const afterAdjective =
          took > 0 && /^[\p{Lu}][\p{Ll}]+(?:e|en|er|es)$/u.test(tokens[k - 1]!.text) && isNameWord(t, false);
        // "Familiengrundschulzentrum Kastanienschule", "Gemeinschaftsgrundschule Kastanienschule": a school's own name after a centre or a school type
        const schoolName =
          took === 0 &&
          (info.kind === 'school' || /zentrum$/.test(headFold)) &&
          headOf(k)?.info.kind === 'school' &&
          /schule$/u.test(t.text) &&
          isNameWord(t, true);
        if (
          ((isNameWord(t, true) || afterAdjective) && !headOf(k)) ||
          schoolName ||
          (t.word && /^\d{1,3}$/.test(t.text) && took === 0 && info.cls === 'named')
        ) {
          k++;
          took++;
          continue;
        }
        if (t.text === '-' && took > 0 && isNameWord(tokens[k + 1], true)) {
          k++;
          continue;
        }
        break;
      }
      if (took > 0) {
        pos = k;
        named = true;
      }
    }
  }

  // legal form right after the name
  const lastTok = tokens[pos - 1]!;
  let endRel = lastTok.start - offset + lastTok.text.length;
  const lf = LEGAL_FORM_AFTER.exec(text.slice(endRel));
  if (lf) {
    endRel += lf[0].length;
    named = true;
    while (pos < tokens.length && tokens[pos]!.start - offset < endRel) pos++;
  }

  if (!named && (info.cls === 'named' || info.cls === 'fuer' || info.cls === 'unit')) return undefined;

  const startRel = tokens[start]!.start - offset;
  let name = text
    .slice(startRel, endRel)
    .replace(/\s+/g, ' ')
    .replace(/[„“”"»«]/g, '')
    .replace(/\s+-\s*$/, '')
    .trim();
  // the name in the nominative: "des Vereins Lernfreunde e.V." names the "Verein Lernfreunde e.V."
  if (head.genitive && start === hs) {
    const headText = tokens[hs]!.text;
    name = headText.slice(0, headText.length - head.genitive) + name.slice(headText.length);
  }
  // "an der Städtischen Gemeinschaftsgrundschule X": a feminine head's adjective in the nominative
  if (start < hs && /(?:schule|stätte|stelle|hilfe|gesellschaft|einrichtung|kita|tagesstätte)$/u.test(headWord))
    name = name.replace(/^([\p{Lu}][\p{Ll}]+(?:isch|lich|ig))en(?=\s)/u, '$1e');
  let spanEnd = endRel;

  // the place the text ties it to: inside the name, or a genitive right after it
  let place: PlaceRef | undefined;
  const nameTokens = tokens.slice(head.end, pos).filter((t) => t.word);
  // "DRK-Kreisverband Coesfeld": a Kreis branch is named after its Kreis, not after the Kreis town
  const kreisBranch =
    nameTokens.length > 0 && /kreis(?:verband|gruppe|verein|geschäftsstelle)|^[\p{L}-]*-?Kreis\b/iu.test(name);
  for (let n = Math.min(3, nameTokens.length); n >= 1 && !place; n--) {
    const cand = nameTokens
      .slice(nameTokens.length - n)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+(e\.\s?V\.?|gGmbH|GmbH)$/, '');
    const found = places.lookup(cand).filter((pl) => pl.level === 'gemeinde' || pl.level === 'kreis');
    const kreisOfName = kreisBranch
      ? (found.find((pl) => pl.level === 'kreis') ?? places.lookup(`Kreis ${cand}`).find((pl) => pl.level === 'kreis'))
      : undefined;
    const hit = kreisOfName ?? found[0];
    if (hit) place = hit;
  }
  const gen = GENITIVE_PLACE.exec(text.slice(endRel));
  if (
    gen &&
    (info.cls === 'unique' ||
      info.cls === 'unit' ||
      info.cls === 'fuer' ||
      info.kind === 'youth_office' ||
      info.kind === 'job_center' ||
      info.cls === 'brand' ||
      info.cls === 'named')
  ) {
    const phrase = (gen[1] ?? '') + gen[2]!;
    const bare = gen[2]!.trim();
    const hit = [
      ...places.lookup(phrase.trim()),
      ...places.lookup(bare),
      ...places.lookup(bare.replace(/(?<=kreis)es$|(?<=[^s])s$/i, '')),
    ].find((pl) => pl.level === 'gemeinde' || pl.level === 'kreis');
    const isIn = /^\s+(in|im)\s/.test(gen[0]);
    if (hit && (!isIn || info.cls === 'unique') && !(isIn && gen[1] === undefined && /^\s+im\s/.test(gen[0]))) {
      if (!place) place = hit;
      if (!isIn) spanEnd = endRel + gen[0].length;
    }
  }

  let kind = info.kind;
  const domains: LegalDomain[] = [...(info.domains ?? [])];
  const fname = fold(name);
  if (
    (info.cls === 'unit' || (info.cls === 'fuer' && /^(amt|amtes|amts|fachstelle)$/.test(headWord))) &&
    isJugendLike(fname)
  )
    kind = 'youth_office';
  if (info.cls === 'unit' || (info.cls === 'fuer' && info.kind !== 'funder')) {
    if (/schul|bildung/.test(fname)) domains.push('Schule');
    if (/gesundheit/.test(fname)) domains.push('Gesundheit');
    if (/soziales|sozialamt|grundsicherung/.test(fname) && kind !== 'youth_office') domains.push('SGB XII');
  }
  if (fname.startsWith('landesjugendamt') || /-landesjugendamt$/.test(headWord)) kind = 'youth_office';
  // "Gesellschaft für … gemeinnützige GmbH", "Gemeinnützige Gesellschaft … mbH", "Netzwerk X e.V.": a non-profit body runs services
  if (
    kind === 'organisation' &&
    info.cls !== 'unique' &&
    !/^(?:Institut|Akademie|Hochschule|Universität|Fachhochschule|Forschungs)/u.test(name) &&
    /(?:e\.\s?V\.?|gGmbH|gemeinnützige GmbH|gem\. GmbH)$|^[Gg]emeinnützige\s/u.test(name)
  )
    kind = 'carrier';
  name = name.replace(/\s*,\s*$/, '');

  const mentions: OrgMention[] = [
    {
      start: offset + startRel,
      end: offset + spanEnd,
      name,
      kind,
      cls: info.cls,
      domains,
      ...(place ? { place } : {}),
      rule: 'org.head',
    },
  ];
  let next = pos;
  while (next < tokens.length && tokens[next]!.start < offset + spanEnd) next++;
  return { mentions, nextToken: next };
}

/** A name with a word one letter from "Jugend" ("Jugent", "Jungend") or "(Kinder)jugendhilfe": a youth office's unit. */
function isJugendLike(folded: string): boolean {
  return folded
    .split(/[^a-z]+/)
    .some(
      (w) =>
        (w.length >= 5 && w.length <= 8 && boundedDistance(w, 'jugend', 1) <= 1) || /^(?:kinder)?jugendhilfe$/.test(w),
    );
}

/** A quoted name right after the head (Kita „Regenbogen“, Fachdienst "Frühe Hilfen"): the token after its closing quote, else -1. */
function quotedNameEnd(tokens: readonly Token[], pos: number): number {
  const q = tokens[pos];
  if (!q || !OPEN_QUOTES.has(q.text)) return -1;
  let k = pos + 1;
  while (k < tokens.length && !CLOSE_QUOTES.has(tokens[k]!.text) && k - pos < 12) k++;
  if (k >= tokens.length || k === pos + 1 || !CLOSE_QUOTES.has(tokens[k]!.text)) return -1;
  return k + 1;
}

/** A word after "Fachbereich"/"Abteilung" names its subject unless it opens another body: "Schule" and "Jugendhilfe" do, "Jugendamt" does not. */
function subjectWordOfUnit(h: Head | undefined): boolean {
  return (
    !h ||
    (h.info.cls === 'named' && (h.info.kind === 'school' || h.info.kind === 'daycare' || h.info.kind === 'carrier'))
  );
}

/** Capitalised runs that end in a legal form and were not found through a head. */
function legalFormRuns(
  text: string,
  offset: number,
  tokens: readonly Token[],
  found: readonly OrgMention[],
): OrgMention[] {
  const out: OrgMention[] = [];
  const re = new RegExp(LEGAL_FORM_ANYWHERE);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const absStart = offset + m.index;
    if (found.some((f) => absStart >= f.start && absStart < f.end)) continue;
    let k = tokens.findIndex((t) => t.start >= absStart) - 1;
    let took = 0;
    let firstTok = -1;
    while (k >= 0) {
      const t = tokens[k]!;
      const f = foldedToken(t);
      if (t.word && isCapitalised(t.text) && !FUNCTION_WORDS.has(f)) {
        firstTok = k;
        took++;
        k--;
        continue;
      }
      if (t.word && (f === 'fuer' || f === 'und' || isAdjectiveLike(t.text)) && took > 0) {
        k--;
        continue;
      }
      if ((t.text === '&' || t.text === '-') && took > 0) {
        k--;
        continue;
      }
      break;
    }
    if (took === 0 || firstTok < 0) continue;
    // a run must not start with a connector
    while (firstTok < tokens.length && !isCapitalised(tokens[firstTok]!.text)) firstTok++;
    const s = tokens[firstTok]!.start;
    const e = absStart + m[0].length;
    const name = text
      .slice(s - offset, e - offset)
      .replace(/\s+/g, ' ')
      .trim();
    // a cooperative or a plain company (housing, business) is no welfare carrier
    const commercial =
      (/^(?:GmbH|mbH|AöR)$/u.test(m[1]!) || (m[1] === 'eG' && /Wohn|Bau|Bank|Energie|Siedlung/u.test(name))) &&
      !/[Gg]emeinnützig/u.test(name);
    out.push({
      start: s,
      end: e,
      name,
      kind: commercial ? 'organisation' : 'carrier',
      cls: 'brand',
      domains: [],
      rule: 'org.legal-form',
    });
  }
  return out;
}

const BRANCH =
  /^(?:Kreisverband|Ortsverband|Stadtverband|Bezirksverband|Landesverband|Regionalverband|Ortsverein|Kreisgruppe|Ortsgruppe|Unterbezirk)\b/u;

/** "Arbeiterwohlfahrt Kreisverband Hellweg-Lippe e.V.", "Kinderschutzbund Ortsverband Dülmen e.V.": a brand and its local branch are one name. */
function joinBranches(text: string, offset: number, ms: OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (
      last &&
      last.cls === 'brand' &&
      BRANCH.test(m.name) &&
      /^\s+$/.test(text.slice(last.end - offset, m.start - offset))
    ) {
      out[out.length - 1] = {
        ...last,
        end: m.end,
        name: `${last.name} ${m.name}`,
        kind: 'carrier',
        ...(m.place ? { place: m.place } : {}),
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

function dedupe(ms: OrgMention[]): OrgMention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OrgMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** "der Dezernate „Bildung und Soziales“ und „Bau, Planung und Umwelt“": one unit per quoted name. */
function pluralUnits(text: string, offset: number, found: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  // every plural unit has a quoted name: most lines have no quote at all
  if (!/[„"»]/u.test(text)) return out;
  const re =
    /(?=[DFARÄ])(?<![\p{L}])(Dezernat|Fachbereich|Abteilung|Referat|Fachdienst|Ämter|Amt)(?:e|en|er)?\s+[„"»]([^“”"«]{2,60})[“”"«](?:\s*(?:und|,|sowie)\s*[„"»]([^“”"«]{2,60})[“”"«])*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const unit = m[1] === 'Ämter' ? 'Amt' : m[1]!;
    const quoted = /[„"»]([^“”"«]{2,60})[“”"«]/gu;
    let q: RegExpExecArray | null;
    const block = m[0];
    while ((q = quoted.exec(block)) !== null) {
      const s = offset + m.index + q.index;
      if (found.some((f) => s >= f.start && s < f.end && f.name.startsWith(unit + ' ' + q![1]))) continue;
      const name = `${unit} ${q[1]!.trim()}`;
      const jugend = /jugend/i.test(q[1]!);
      out.push({
        start: s,
        end: s + q[0].length,
        name,
        kind: jugend ? 'youth_office' : 'organisation',
        cls: 'unit',
        domains: /schul|bildung/i.test(q[1]!) ? ['Schule'] : [],
        rule: 'org.plural-unit',
      });
    }
  }
  return out;
}
