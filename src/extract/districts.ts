/**
 * Districts (Quartier, Stadtteil, Stadtbezirk, Sozialraum, Siedlung) found by structure:
 * "im Stadtteil X", "die Stadtteile X und Y", "Quartier „X“", "in den Stadtbezirken A, B und C",
 * or a compound such as "…siedlung".
 */
import { foldMemo as fold } from '../util/index.ts';
import { isLetter } from './tokens.ts';
import type { Span } from '../model/index.ts';

export interface DistrictMention extends Span {
  name: string;
  type: string;
  rule:
    | 'district.cue'
    | 'district.named-place'
    | 'district.listed'
    | 'district.house-in'
    | 'district.compound'
    | 'district.toponym'
    | 'district.location-field'
    | 'district.in-project-name';
}

// the lookahead on the first letters lets the engine skip to candidate positions before the lookbehind runs
const CUE =
  /(?=[SOBQWV])(?<![\p{L}])(Stadtteil|Ortsteil|Stadtbezirk|Bezirk|Quartier|Wohnquartier|Sozialraum|Siedlung|Viertel|Wohngebiet|Sozialquartier)(e|en|s|es|n)?(?![\p{L}])/gu;
const NAME = String.raw`(?:[„"»]([^“”"«\n]{2,50})[“”"«]|((?:[\p{Lu}][\p{L}]*)(?:[-/][\p{Lu}]?[\p{L}]+)*(?:[ ](?:[\p{Lu}][\p{L}]+(?:-[\p{Lu}]?[\p{L}]+)*))?))`;
const FIRST_NAME = new RegExp('^' + NAME, 'u');
const COMPOUND = /(?<![\p{L}])([\p{Lu}][\p{L}]{3,}(?:siedlung|viertel))(?![\p{L}])/gu;
const LIST_SEP = /^(\s*,\s*|\s+(?:und|sowie|bzw\.|oder)\s+(?:(?:besonders|insbesondere|vor allem|auch)\s+)?|\s*\/\s*)/u;
const LEAD_ADVERB = /^\s+(?:(?:besonders|insbesondere|vor allem|auch)\s+)?/u;

const NOT_DISTRICT = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'und',
  'mit',
  'im',
  'in',
  'wird',
  'ist',
  'sind',
  'hat',
  'haben',
  'werden',
  'kinder',
  'jugendliche',
  'familien',
  'eltern',
  'projekt',
  'projekte',
  'angebote',
  'zentrum',
  'zielgruppe',
  'arbeit',
  'wohnen',
  'fuer',
  'um',
  'so',
  'sollen',
  'soll',
  'leben',
  'lebenden',
  'aufwachsen',
  'bewohner',
  'bewohnerinnen',
  'menschen',
  'ebene',
  'bereich',
  'hier',
  'dort',
  'zudem',
  'auch',
  'vertrauen',
  'kontakt',
  'kontakte',
  'angebot',
  'netzwerke',
  'netzwerk',
  'strukturen',
  'teilhabe',
  'freizeit',
  'zeit',
  'raum',
  'raeume',
  'platz',
  'anschluss',
  'fuss',
  'wurzeln',
  'verantwortung',
  'hilfe',
  'hilfen',
  'perspektiven',
  'chancen',
  'zugang',
  'zukunft',
  'alltag',
  'begegnung',
  'nachbarn',
  'ehrenamtliche',
  'sozialarbeit',
  'kinderarmut',
  'armut',
  'bedarf',
  'bedarfe',
  'kitas',
  'schulen',
  'vereine',
  'initiativen',
  'akteure',
  'fachkraefte',
  'eltern',
  'jugendarbeit',
]);

/** Abstract nouns (…ung, …heit, …keit, …schaft, …ion, …tät, …nis) are never district names. */
const ABSTRACT_NOUN = /(?:ung|heit|keit|schaft|ion|taet|nis|ismus)$/;

const GENERIC_COMPOUND =
  /^(wohn|stadt|sozial|innenstadt|problem|pilot|modell|nachbar|heimat|bau|neubau|arbeiter|alt|neu)(siedlung|viertel|quartier)e?n?s?$/;

/**
 * The matches of COMPOUND in text, in order: found from their endings with indexOf, then the word
 * around each ending (the pattern itself backtracks over every capitalised word of a long line).
 */
function compoundDistricts(text: string): Array<{ start: number; word: string }> {
  const out: Array<{ start: number; word: string }> = [];
  // astral characters: the pattern itself, which reads code points
  if (/[\ud800-\udfff]/.test(text)) {
    for (const m of text.includes('siedlung') || text.includes('viertel') ? text.matchAll(COMPOUND) : [])
      out.push({ start: m.index, word: m[1]! });
    return out;
  }
  for (const ending of COMPOUND_ENDINGS) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (end < text.length && isLetter(text.charCodeAt(end))) continue;
      let start = at;
      while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
      if (at - start >= 4 && isUpper(text.charCodeAt(start))) out.push({ start, word: text.slice(start, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const COMPOUND_ENDINGS = ['siedlung', 'viertel'];
const isUpper = (c: number) => (c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(String.fromCharCode(c)));

/**
 * The district names after a cue at pos: one name, or a list ("Stadtteile A, B und C") after a plural
 * cue or after "für"/"in".
 */
function namesAfter(
  text: string,
  pos: number,
  list: boolean,
  type: string,
  offset: number,
  out: DistrictMention[],
  rule: DistrictMention['rule'] = 'district.cue',
): void {
  const lead = LEAD_ADVERB.exec(text.slice(pos));
  pos += lead ? lead[0].length : 0;
  let nm = FIRST_NAME.exec(text.slice(pos));
  let count = 0;
  while (nm) {
    const raw = (nm[1] ?? nm[2] ?? '').trim();
    const rawStart = offset + pos + nm[0].indexOf(raw);
    if (raw === '' || (!nm[1] && NOT_DISTRICT.has(fold(raw.split(/\s+/)[0]!)))) break;
    // "Nordfeld/Südfeld": two districts
    const parts = nm[1] ? [raw] : raw.split('/');
    let partOffset = 0;
    for (const part of parts) {
      const idx = raw.indexOf(part, partOffset);
      const p = nm[1]
        ? part
        : part
            .split(/\s+/)
            .filter((w, i) => i === 0 || !NOT_DISTRICT.has(fold(w)))
            .join(' ');
      if (p.length >= 3 && !NOT_DISTRICT.has(fold(p)) && (nm[1] || !ABSTRACT_NOUN.test(fold(p))))
        out.push({ start: rawStart + idx, end: rawStart + idx + p.length, name: p, type, rule });
      partOffset = idx + part.length;
    }
    count++;
    pos += nm[0].length;
    const sep = LIST_SEP.exec(text.slice(pos));
    // a plural cue ("Stadtteile", "Stadtbezirken") takes a list of names
    if (!sep || !list || count > 8) break;
    pos += sep[0].length;
    nm = FIRST_NAME.exec(text.slice(pos));
  }
}

/** A place or body of a district named after it: "Stadtteilzentrum X", "Quartiersbüro X", "Stadtteilzeitung für A und B". */
const PLACE_OF_DISTRICT =
  /(?<![\p{L}])(?:Stadtteil|Quartiers?|Ortsteil)(?:zentrum|treff|büro|haus|bibliothek|laden|café|cafe|zeitung|konferenz|fest|management|werkstatt|garten|forum|beirat|verein|initiative|netzwerk|lotsen|mütter|eltern)(?:s|es)?\s+(für\s+|in\s+)?(?=[\p{Lu}„"])/gu;

export function findDistricts(text: string, offset = 0): DistrictMention[] {
  const out: DistrictMention[] = [];
  for (const m of text.matchAll(CUE)) {
    const plural = m[2] === 'e' || m[2] === 'en' || m[2] === 'n';
    namesAfter(text, m.index + m[0].length, plural, m[1]!, offset, out);
  }
  // "im Stadtteilzentrum Kaukenberg", "die Stadtteilzeitung für Katernberg, Schonnebeck und Stoppenberg"
  for (const m of text.includes('tteil') || text.includes('uartier') ? text.matchAll(PLACE_OF_DISTRICT) : [])
    namesAfter(text, m.index + m[0].length, m[1] !== undefined, 'Quartier', offset, out, 'district.named-place');
  for (const m of compoundDistricts(text)) {
    if (GENERIC_COMPOUND.test(fold(m.word))) continue;
    out.push({
      start: offset + m.start,
      end: offset + m.start + m.word.length,
      name: m.word,
      type: 'Siedlung',
      rule: 'district.compound',
    });
  }
  return out.sort((a, b) => a.start - b.start).filter((d, i, arr) => i === 0 || d.start >= arr[i - 1]!.end);
}
