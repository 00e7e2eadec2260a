/**
 * Pass: districts named without a cue word — "an vier Grundschulen in Oppum, Stahldorf und
 * Dießem/Lehmheide", "ein Standort in Uerdingen" — by the endings of German place names
 * (rules/toponyms.ts), on pages about one town of the gazetteer.
 */
import { recognisableLines } from '../context.ts';
import { COMPASS_DISTRICT, NOT_A_DISTRICT, isDistrictName } from '../rules/toponyms.ts';
import type { ExtractionRun, PlaceHit } from '../run.ts';
import { byLine } from '../span-index.ts';
import { distanceKm } from '../../util/index.ts';

// the lookahead on the first letters lets the engine skip to candidate positions before the lookbehind runs
const AFTER_IN =
  /(?=[Iianz])(?<![\p{L}])(?:[Ii]n|[Ii]m Stadtteil|[Ii]m Ortsteil|aus|nach|zwischen)\s+((?:[\p{Lu}][\p{L}]+(?:[-/][\p{Lu}][\p{L}]+)?)(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+)[\p{Lu}][\p{L}]+(?:[-/][\p{Lu}][\p{L}]+)?)*)(?=[\s,.;:!?)]|$)/gu;

/** How far a town in a "Town-Part" name may lie from the page's other places (neighbouring towns of a region). */
const NEAR_KM = 30;

/** A hyphenated pair of capitalised words standing alone: after a comma, a dash or an opening bracket, or closing the line. */
const STANDALONE_COMPOUND =
  /(?<=(?:^|[,(–—|]\s*|\s[–—]\s))[\p{Lu}][\p{L}]+-[\p{Lu}][\p{L}]+(?=\s*(?:$|[,;)|]|\s[–—]\s))/gmu;

export function recogniseToponymDistricts(run: ExtractionRun): void {
  const { ctx, store, found } = run;
  /**
   * "Troisdorf-Oberlar": a town of the gazetteer, a hyphen and a part of it (the whole no place of its
   * own). Not "Werl-Aspe" on a page about Bad Salzuflen: a town far from every other place the page
   * names (more than NEAR_KM) is a district's own name there, not the town.
   */
  const townCompound = (part: string): RegExpExecArray | undefined => {
    const c = /^([\p{Lu}][\p{L}]+)-([\p{Lu}][\p{L}]+)$/u.exec(part);
    const town =
      c && ctx.places.lookup(part).length === 0
        ? ctx.places.lookup(c[1]!).find((p) => p.level === 'gemeinde')
        : undefined;
    if (!c || !town) return undefined;
    const others = found.places.filter((p) => p.place.id !== town.id && p.place.lat !== undefined);
    return others.length === 0 || others.some((p) => (distanceKm(town, p.place) ?? Infinity) <= NEAR_KM)
      ? c
      : undefined;
  };
  const towns = new Set(found.places.filter((p) => p.place.level === 'gemeinde').map((p) => p.place.id));
  if (towns.size === 0) return;
  // a place's span lies inside its line: only the places of the line can overlap a name on it
  const placesOfLine = byLine(found.places, (p) => p.line);
  const districtNames = new Set(found.districts.map((d) => d.name));
  for (const line of recognisableLines(ctx)) {
    // "– Jugendhilfe Siegaue e.V., Troisdorf-Oberlar", "(Löhne-Gohfeld)": a town's part standing on its own
    for (const m of line.text.includes('-') ? line.text.matchAll(STANDALONE_COMPOUND) : []) {
      const compound = townCompound(m[0]);
      if (!compound || COMPASS_DISTRICT.test(m[0])) continue;
      const start = line.start + m.index + compound[1]!.length + 1;
      const span = { start, end: line.start + m.index + m[0].length };
      if (
        !store.isFree(line.index, { start: line.start + m.index, end: span.end }) ||
        overlapsAny(placesOfLine.get(line.index), span)
      )
        continue;
      found.districts.push({
        ...span,
        name: compound[2]!,
        type: 'Stadtteil',
        rule: 'district.toponym',
        line: line.index,
      });
      districtNames.add(compound[2]!);
      store.take(line.index, span);
    }
    if (!/(?:^|\s)(?:[Ii]n|[Ii]m|aus|nach|zwischen)\s[\p{Lu}]/u.test(line.text)) continue;
    for (const m of line.text.matchAll(AFTER_IN)) {
      const list = m[1]!;
      let offset = m.index + m[0].length - list.length;
      const parts = list.split(/(\s*,\s*|\s+und\s+|\s+sowie\s+)/u);
      // "in Nordfeld, Osterhausen, Kirchberg und Marke": a list mostly of district names is all districts
      const names = parts.filter((p) => /^[\p{Lu}][\p{L}]+$/u.test(p));
      const districtLike = names.filter((p) => isDistrictName(p) && ctx.places.lookup(p).length === 0).length;
      // "in Ohligs, Wald und Solingen-Mitte": a list with one district of the town ("Town-Part", or one
      // found before) names districts throughout
      const anchored =
        parts.filter((p) => /^[\p{Lu}]/u.test(p)).length >= 2 &&
        parts.some((p) => townCompound(p) !== undefined || districtNames.has(p));
      const listOfDistricts = (names.length >= 3 && districtLike >= 2 && districtLike >= names.length / 2) || anchored;
      for (const part of parts) {
        const at = offset;
        offset += part.length;
        if (!/^[\p{Lu}]/u.test(part)) continue;
        // "Recklinghausen-Hochlarmark": a town's name, a hyphen and the district (a compass word keeps the whole: "Solingen-Mitte")
        const compound = townCompound(part);
        if (compound) {
          const whole = COMPASS_DISTRICT.test(part);
          const start = line.start + at + (whole ? 0 : compound[1]!.length + 1);
          const span = { start, end: line.start + at + part.length };
          if (store.isFree(line.index, span)) {
            found.districts.push({
              ...span,
              name: whole ? part : compound[2]!,
              type: 'Stadtteil',
              rule: 'district.toponym',
              line: line.index,
            });
            districtNames.add(whole ? part : compound[2]!);
            store.take(line.index, span);
          }
          continue;
        }
        for (const [k, name] of part.split('/').entries()) {
          const start = line.start + at + (k === 0 ? 0 : part.indexOf(name));
          const span = { start, end: start + name.length };
          // (not the first word of a longer name: "Berg Fidel")
          const truncated = /^\s+[\p{Lu}]/u.test(
            line.text.slice(at + (k === 0 ? 0 : part.indexOf(name)) + name.length),
          );
          const inList =
            listOfDistricts &&
            !truncated &&
            name.length >= 4 &&
            !NOT_A_DISTRICT.has(name) &&
            /^[\p{Lu}][\p{Ll}]+$/u.test(name);
          const known = districtNames.has(name);
          if (
            !(isDistrictName(name) || inList || known) ||
            !store.isFree(line.index, span) ||
            ctx.places.lookup(name).length > 0
          )
            continue;
          if (overlapsAny(placesOfLine.get(line.index), span)) continue;
          found.districts.push({ ...span, name, type: 'Stadtteil', rule: 'district.toponym', line: line.index });
          districtNames.add(name);
          store.take(line.index, span);
        }
      }
    }
  }
  found.districts.sort((a, b) => a.start - b.start);
}

function overlapsAny(places: readonly PlaceHit[] | undefined, span: { start: number; end: number }): boolean {
  return places !== undefined && places.some((p) => p.start < span.end && span.start < p.end);
}
