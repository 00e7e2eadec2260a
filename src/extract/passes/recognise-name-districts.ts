/**
 * Pass: the district a project is named after — "Frühstückstreff Dorenkamp", "Schwimmfix
 * Schotthock", "Lesestart Horstmar" on a page about Lünen — when the page speaks of it as a place
 * elsewhere ("Kinder aus dem Schotthock"), it ends like a German place name, or it is the name of a
 * distant town (Horstmar in the Kreis Steinfurt is not meant on a page about Lünen).
 */
import type { ExtractionRun } from '../run.ts';
import { listedTownIds } from '../listed-towns.ts';
import { NOT_A_DISTRICT } from '../rules/toponyms.ts';
import { distanceKm, foldMemo as fold } from '../../util/index.ts';
import { HEADS, NOT_NAME_WORDS } from '../actors/org-vocabulary.ts';

/** How far a town of the gazetteer may lie from the page's town and still be that town. */
const NEAR_KM = 50;
const DISTRICT_WORD = /^[\p{Lu}][\p{Ll}]{3,}(?:-[\p{Lu}][\p{Ll}]+)?$/u;
const ABSTRACT = /(?:ung|heit|keit|schaft|ion|nis|tät|ismus|ik|ei|habe|zentrum|quartier|viertel)$/u;
/** "Nordkreis", "Südkreis": a part of a Kreis, not a district of a town */
const REGION = /^(?:Nord|Süd|Ost|West)(?:kreis|land)$/u;

export function recogniseNameDistricts(run: ExtractionRun): void {
  const { ctx, found } = run;
  const town = run.blocks[0]?.place;
  if (!town || town.level !== 'gemeinde') return;
  const known = new Set(found.districts.map((d) => d.name));
  // "Projekte in Minden, Lemgo und Höxter": a town the page lists among its towns is that town
  const listed = listedTownIds(
    ctx.text,
    found.places
      .filter((h) => h.place.level === 'gemeinde')
      .map((h) => ({ start: h.start, end: h.end, id: h.place.id })),
  );
  let added = false;
  let spoken: Set<string> | undefined;
  for (const p of run.proseProjects) {
    const words = p.name.split(/\s+/);
    const word = words[words.length - 1]!;
    if (words.length < 2 || known.has(word) || !DISTRICT_WORD.test(word) || NOT_A_DISTRICT.has(word)) continue;
    if (ABSTRACT.test(word) || HEADS.has(fold(word)) || NOT_NAME_WORDS.has(fold(word)) || REGION.test(word)) continue;
    // "Familien in Bocholt-Ost": a town's own part, named with the town (the town-and-part rules read it)
    const prefix = /^([\p{Lu}][\p{L}]+)-/u.exec(word)?.[1];
    if (prefix && ctx.places.lookup(prefix).some((x) => x.level === 'gemeinde')) continue;
    const towns = ctx.places.lookup(word).filter((x) => x.level === 'gemeinde' || x.level === 'kreis');
    if (towns.some((t) => t.id === town.id || listed.has(t.id) || (distanceKm(t, town) ?? 0) <= NEAR_KM)) continue;
    if (!towns.length && !(spoken ??= wordsSpokenOfAsPlaces(ctx.text)).has(word)) continue;
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

/** The words the text puts right after a place preposition ("in Brambauer", "im Stadtteil Hand"), read once. */
function wordsSpokenOfAsPlaces(text: string): Set<string> {
  const out = new Set<string>();
  const re =
    /(?<![\p{L}])(?:in|aus|nach|im Stadtteil|im Ortsteil|im Quartier|Stadtteil|Ortsteil|Quartier)\s+([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)(?![\p{L}-])/gu;
  for (const m of text.matchAll(re)) out.add(m[1]!);
  return out;
}
