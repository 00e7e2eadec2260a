/**
 * Name rules of the gazetteer: folding, tokenising, ids, name variants, adjectives.
 * Pure and browser-safe (no node:* imports); shared by the build script, the runtime
 * gazetteer and the Destatis parser.
 */

// ---------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------

/** Folded form of each code point 0x00C0–0x024F (lower case, ä→ae, ö→oe, ü→ue, ß→ss, other marks dropped). */
const FOLD_TABLE: string[] = (() => {
  const table: string[] = [];
  for (let c = 0xc0; c <= 0x24f; c++) {
    const ch = String.fromCharCode(c).toLowerCase();
    let folded: string;
    if (ch === 'ä') folded = 'ae';
    else if (ch === 'ö') folded = 'oe';
    else if (ch === 'ü') folded = 'ue';
    else if (ch === 'ß') folded = 'ss';
    else folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    table[c - 0xc0] = folded;
  }
  return table;
})();

/**
 * Folds one token (or any string) for comparison: lower case, German umlauts spelt out
 * (ä/ae, ö/oe, ü/ue, ß/ss), other diacritics removed, soft hyphens removed.
 */
export function foldToken(token: string): string {
  let s = token;
  // Decomposed umlauts (o + U+0308) and other combining marks: compose first.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      s = s.normalize('NFC');
      break;
    }
  }
  const lower = s.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) out += lower[i];
    else if (c >= 0xc0 && c <= 0x24f) out += FOLD_TABLE[c - 0xc0];
    else if (c === 0x1e9e) out += 'ss';
    else if (c === 0xad || (c >= 0x300 && c <= 0x36f)) continue;
    else out += lower[i];
  }
  return out;
}

// ---------------------------------------------------------------------------
// Tokenising
// ---------------------------------------------------------------------------

/** 1 for code units that belong to a word token (letters, digits, soft hyphen, combining marks). */
const TOKEN_CHAR = (() => {
  const t = new Uint8Array(0x370);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (let c = 0xc0; c <= 0x24f; c++) t[c] = 1;
  t[0xd7] = 0;
  t[0xf7] = 0;
  t[0xad] = 1;
  for (let c = 0x300; c <= 0x36f; c++) t[c] = 1;
  return t;
})();

/** Is this UTF-16 code unit part of a word token? */
export function isTokenChar(c: number): boolean {
  if (c < 0x370) return TOKEN_CHAR[c] === 1;
  return c === 0x1e9e;
}

/** Is this UTF-16 code unit an upper-case letter (A–Z, À–Þ, Latin Extended capitals)? */
export function isUpperChar(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  if (c <= 0xde) return c !== 0xd7;
  if (c === 0x1e9e) return true;
  if (c <= 0x24f) {
    const ch = String.fromCharCode(c);
    return ch !== ch.toLowerCase();
  }
  return false;
}

/** Splits a string into word tokens (see isTokenChar). */
export function tokens(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isTokenChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isTokenChar(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/** Folded tokens of a name joined by single spaces: the comparison key ("Halle (Westf.)" → "halle westf"). */
export function nameKey(s: string): string {
  return tokens(s).map(foldToken).join(' ');
}

/** Folded tokens that are written with a trailing full stop in a name ("St.", "Westf.", "Reg.-Bez."). */
export function abbreviationTokens(s: string): string[] {
  const out: string[] = [];
  const re = /([\p{L}\p{N}]+)\./gu;
  for (const m of s.matchAll(re)) {
    if (m[1] !== undefined) out.push(foldToken(m[1]));
  }
  return out;
}

/** Slug for ids: folded tokens joined by '-' ("Halle (Westf.)" → "halle-westf"). */
export function slug(s: string): string {
  return tokens(s).map(foldToken).join('-');
}

// ---------------------------------------------------------------------------
// Name variants
// ---------------------------------------------------------------------------

/** Expansions of abbreviated suffixes in parentheses. */
const SUFFIX_EXPANSIONS: ReadonlyArray<readonly [string, string]> = [
  ['Westf.', 'Westfalen'],
  ['Rhld.', 'Rheinland'],
  ['Rheinland', 'Rhld.'],
];

/** Linking words that start a geographic suffix: "Mülheim an der Ruhr", "Haltern am See". */
const SUFFIX_LINKERS = /^(.+?) (?:am|an der|an den|im|in der|ob der|bei) .+$/;

/**
 * The short base of a Gemeinde name: without a suffix in parentheses, after a slash,
 * or after "am/an der": "Halle (Westf.)" → "Halle", "Fröndenberg/Ruhr" → "Fröndenberg",
 * "Mülheim an der Ruhr" → "Mülheim". Returns the name itself when there is no suffix.
 */
export function baseName(name: string): string {
  let s = name.trim();
  const paren = s.indexOf(' (');
  if (paren > 0) s = s.slice(0, paren);
  const slash = s.indexOf('/');
  if (slash > 0) s = s.slice(0, slash);
  const m = SUFFIX_LINKERS.exec(s);
  if (m?.[1] !== undefined) s = m[1];
  return s.trim();
}

/**
 * Written variants of a Gemeinde name that the rules can derive: the base name and
 * expansions of abbreviated suffixes ("Halle (Westf.)" → "Halle", "Halle (Westfalen)").
 * Does not include the name itself.
 */
export function derivedNameVariants(name: string): string[] {
  const out = new Set<string>();
  const base = baseName(name);
  if (base !== name) out.add(base);
  const m = /^(.*) \((.+)\)$/.exec(name);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    for (const [from, to] of SUFFIX_EXPANSIONS) {
      if (m[2] === from) out.add(`${m[1]} (${to})`);
    }
  }
  const slash = /^([^/]+)\/(.+)$/.exec(name);
  if (slash?.[1] !== undefined && slash[2] !== undefined) out.add(`${slash[1]} (${slash[2]})`);
  if (/^Sankt /.test(name)) out.add(name.replace(/^Sankt /, 'St. '));
  if (/^Preußisch /.test(name)) out.add(name.replace(/^Preußisch /, 'Pr. '));
  if (/ an der /.test(name)) {
    out.add(name.replace(/ an der /, ' a. d. '));
    out.add(name.replace(/ an der /, '/'));
  }
  out.delete(name);
  return [...out];
}

// ---------------------------------------------------------------------------
// Ambiguous names
// ---------------------------------------------------------------------------

/**
 * Folded base names of NRW places that are also common German words or other well-known
 * entities, so that a bare capitalised mention is often not the place. Criterion: the word
 * occurs *capitalised in mid-sentence* in ordinary German prose (a noun, a nominalised verb,
 * a given name, a web-form label). Words that are lower case in prose (kamen, enger, frechen)
 * are left out, because `scan` only accepts capitalised words; so are names that are not
 * German words at all (Hamm, Werne, Siegen as a city name; "das Siegen" is too rare to pay
 * for losing the city of 100 000).
 *
 * - essen (das Essen, food), lage (die Lage, situation), halle (die Halle, hall; also Halle/Saale),
 *   wetter (das Wetter, weather), alpen (die Alpen), senden ("Senden Sie …", button label),
 *   loehne (die Löhne, wages), schlangen (die Schlangen, snakes/queues),
 *   wenden ("Wenden Sie sich an …"), heiden (die Heiden, heathens/heaths),
 *   lotte (given name), recke (der Recke, warrior), lippe (river, the historic Land, "Westfalen-Lippe").
 */
export const AMBIGUOUS_BASE_NAMES: ReadonlySet<string> = new Set([
  'essen',
  'lage',
  'halle',
  'wetter',
  'alpen',
  'senden',
  'loehne',
  'schlangen',
  'wenden',
  'heiden',
  'lotte',
  'recke',
  'lippe',
]);

// ---------------------------------------------------------------------------
// Adjectives and inflections
// ---------------------------------------------------------------------------

/** Adjectival forms where the rule fails (folded base name → forms). */
const ADJECTIVE_EXCEPTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['muenster', ['Münsteraner']],
  ['recklinghausen', ['Recklinghäuser']],
  ['hemer', ['Hemeraner']],
  ['bad salzuflen', ['Bad Salzufler', 'Salzufler']],
  ['bad oeynhausen', ['Bad Oeynhausener', 'Oeynhausener']],
]);

/**
 * Adjectival forms that are also common German words or given names ("Hammer", "Lager",
 * "Werner"): `adjective()` still knows them, but `scan` does not report them.
 */
export const AMBIGUOUS_ADJECTIVES: ReadonlySet<string> = new Set([
  'hammer', // Hamm; der Hammer
  'lager', // Lage; das Lager
  'haller', // Halle; surname
  'werner', // Werne; given name
  'lotter', // Lotte
  'recker', // Recke; surname
  'hiller', // Hille; surname
  'kaller', // Kall; surname
  'schwerter', // Schwerte; die Schwerter (swords)
]);

/** Genitive forms that are also common words ("des Schwertes"): not generated. */
export const AMBIGUOUS_GENITIVES: ReadonlySet<string> = new Set(['schwertes']);

/**
 * Rule-based adjectival forms of a town name ("Hagen" → "Hagener", "Herne" → "Herner",
 * "Solingen" → "Solinger", "Lippstadt" → "Lippstädter", "Unna" → "Unnaer").
 * Works on the base name (without suffix); for several words only the last is inflected
 * ("Bergisch Gladbach" → "Bergisch Gladbacher"). Names ending in "-er" get no rule form.
 */
export function adjectiveForms(name: string): string[] {
  const base = baseName(name);
  const key = nameKey(base);
  const exception = ADJECTIVE_EXCEPTIONS.get(key);
  if (exception) return [...exception];
  const m = /^(.*?)([\p{L}]+)$/u.exec(base);
  if (!m || m[2] === undefined) return [];
  const head = m[1] ?? '';
  const last = m[2];
  let adj: string;
  if (/stadt$/.test(last)) adj = last.replace(/stadt$/, 'städter');
  else if (/ingen$/.test(last)) adj = last.replace(/ingen$/, 'inger');
  else if (/er$/.test(last)) return [];
  else if (/e$/.test(last)) adj = `${last}r`;
  else adj = `${last}er`;
  return [head + adj];
}

/** Genitive form of a town name ("Köln" → "Kölns"); none for names ending in s, ß, x, z. */
export function genitiveForm(name: string): string | undefined {
  const base = baseName(name);
  if (/[sßxz]$/i.test(base)) return undefined;
  const gen = `${base}s`;
  return AMBIGUOUS_GENITIVES.has(nameKey(gen)) ? undefined : gen;
}

// ---------------------------------------------------------------------------
// Prefix words (the structural cues)
// ---------------------------------------------------------------------------

/** Words before a town name that make it the TOWN: "Stadt Hagen", "Kreisstadt Unna". */
export const TOWN_PREFIXES: readonly string[] = ['Stadt', 'Hansestadt', 'Kreisstadt', 'Universitätsstadt'];

/** Words before a town name that mark a Gemeinde. */
export const GEMEINDE_PREFIXES: readonly string[] = ['Gemeinde', 'Kommune'];

/** Forms before a Kreis short name: "Kreis Herford", "des Kreises Herford". */
export const KREIS_PREFIXES: readonly string[] = [
  'Kreis',
  'Kreises',
  'des Kreises',
  'Landkreis',
  'Landkreises',
  'des Landkreises',
];

/** Forms before a Regierungsbezirk name; "Bezirksregierung X" is taken as the RB. */
export const RB_PREFIXES: readonly string[] = [
  'Regierungsbezirk',
  'Regierungsbezirks',
  'Regierungsbezirkes',
  'des Regierungsbezirks',
  'des Regierungsbezirkes',
  'Reg.-Bez.',
  'Reg.Bez.',
  'Bezirksregierung',
];

/** Articles after which a lower-case adjective form is accepted by `scan` ("der kölner Stadtteil"). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
]);

/** Prepositions that make a bare ambiguous name a place: "in Essen", "aus Lage", "nach Halle". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'aus', 'nach']);

/** Words after an adjective that make it a street name, not a reference to the town. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'strasse',
  'str',
  'landstrasse',
  'weg',
  'allee',
  'platz',
  'ring',
  'damm',
  'chaussee',
  'tor',
  'bruecke',
  'wall',
  'pfad',
  'gasse',
  'steig',
  'heerstrasse',
]);
