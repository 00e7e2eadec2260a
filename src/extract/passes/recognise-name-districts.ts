/**
 * Pass: the district a project is named after — "Familienbüro Brambauer", "Lesestart Horstmar" on a
 * page about Lünen — when the page speaks of the word as a place elsewhere ("in Brambauer", "im
 * Stadtteil X"), or it names a town of the gazetteer the page does not mean (page-towns.ts: Horstmar
 * in the Kreis Steinfurt on a page about Lünen). Nouns that head names of bodies ("Familienzentrum",
 * "Quartier") are no districts.
 */
import type { ExtractionRun } from '../run.ts';
import { meantOnPage, pageTowns } from '../page-towns.ts';
import { NOT_A_DISTRICT, STRONG_TOPONYM_ENDING, isDistrictName } from '../rules/toponyms.ts';
import { foldMemo as fold } from '../../util/index.ts';
import { HEADS, NOT_NAME_WORDS } from '../actors/org-vocabulary.ts';

const DISTRICT_WORD = /^[\p{Lu}][\p{Ll}]{3,}(?:-[\p{Lu}][\p{Ll}]+)?$/u;
const ABSTRACT = /(?:ung|heit|keit|schaft|ion|nis|tät|ismus|ik|ei|habe|zentrum|quartier|viertel)$/u;
/** "Nordkreis", "Südkreis": a part of a Kreis, not a district of a town */
const REGION = /^(?:Nord|Süd|Ost|West)(?:kreis|land)$/u;

export function recogniseNameDistricts(run: ExtractionRun): void {
  const { ctx, found } = run;
  const town = run.blocks[0]?.place;
  if (!town || town.level !== 'gemeinde') return;
  const known = new Set(found.districts.map((d) => d.name));
  const page = pageTowns(
    ctx.text,
    found.places.map((h) => ({ start: h.start, end: h.end, id: h.place.id, level: h.place.level, name: h.place.name })),
  );
  let added = false;
  let spoken: Set<string> | undefined;
  for (const p of run.proseProjects) {
    const words = p.name.split(/\s+/);
    const word = words[words.length - 1]!;
    if (words.length < 2 || known.has(word) || !mayNameDistrict(run, words)) continue;
    const towns = ctx.places.lookup(word).filter((x) => x.level === 'gemeinde' || x.level === 'kreis');
    if (towns.some((t) => meantOnPage(t, town, page))) continue;
    // "Hausaufgabenhilfe Kaukenberg": a word with a strong ending of German place names is one (not "Digital", "Museum")
    const toponym = isDistrictName(word) && STRONG_TOPONYM_ENDING.test(word);
    if (!towns.length && !toponym && !(spoken ??= wordsSpokenOfAsPlaces(ctx.text)).has(word)) continue;
    const start = p.start + p.name.lastIndexOf(word);
    const span = { start, end: start + word.length };
    // the distant town's hit inside the name is this district
    found.places = found.places.filter((h) => !(h.start < span.end && span.start < h.end));
    found.districts.push({ ...span, name: word, type: 'Stadtteil', rule: 'district.in-project-name', line: p.line });
    known.add(word);
    added = true;
  }
  if (added) found.districts.sort((a, b) => a.start - b.start);
}

/** Whether the last of a name's words can be a district: a place-like word, no abstract noun or region, not part of a town's name. */
function mayNameDistrict(run: ExtractionRun, words: readonly string[]): boolean {
  const word = words[words.length - 1]!;
  if (!DISTRICT_WORD.test(word) || NOT_A_DISTRICT.has(word) || ABSTRACT.test(word) || REGION.test(word)) return false;
  if (HEADS.has(fold(word)) || NOT_NAME_WORDS.has(fold(word))) return false;
  const { places } = run.ctx;
  // "Familien in Bocholt-Ost": a town's own part, named with the town (the town-and-part rules read it)
  const prefix = /^([\p{Lu}][\p{L}]+)-/u.exec(word)?.[1];
  if (prefix && places.lookup(prefix).some((x) => x.level === 'gemeinde')) return false;
  // "Satt & Schlau": the second of a pair of words that are no places ("Hustadt & Laer" are)
  const before = words[words.length - 2]!;
  if (/^(?:&|und|\+)$/u.test(before) && !isDistrictName(words[words.length - 3] ?? '')) return false;
  // "… in Bad Berleburg": the last word of a town's two-word name
  return !(words.length >= 3 && /^[\p{Lu}]/u.test(before) && places.lookup(`${before} ${word}`).length > 0);
}

/** The words the text puts right after a place preposition ("in Brambauer", "im Stadtteil Hand"), read once. */
function wordsSpokenOfAsPlaces(text: string): Set<string> {
  const out = new Set<string>();
  const re =
    /(?<![\p{L}])(?:in|aus|nach|im Stadtteil|im Ortsteil|im Quartier|Stadtteil|Ortsteil|Quartier)\s+([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)(?![\p{L}-])/gu;
  for (const m of text.matchAll(re)) out.add(m[1]!);
  return out;
}
