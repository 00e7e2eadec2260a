/**
 * Pass: the other names of a list that names a district of the page — "in Styrum und Alstaden",
 * "aus Biemenhorst und Stenern", "auf Heven und Rüdinghausen" once Styrum, Biemenhorst or Heven is a
 * district: words coordinated with a district are districts of the same town. Towns of the gazetteer,
 * regions and nouns that head names of bodies are not.
 */
import type { ExtractionRun } from '../run.ts';
import { recognisableLines } from '../context.ts';
import { ABSTRACT_ENDING, NOT_A_DISTRICT } from '../rules/toponyms.ts';
import { HEADS, NOT_NAME_WORDS } from '../actors/org-vocabulary.ts';
import { foldMemo as fold } from '../../util/index.ts';

const NAME = String.raw`[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?`;
const NAME_G = new RegExp(NAME, 'gu');
/** "A, B und C" after a place preposition: two to eight single names */
const LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:in|aus|auf|nach|für|zwischen|im)\s+(${NAME}(?:\s*,\s*${NAME}){0,6}\s+(?:und|sowie|oder)\s+${NAME})(?![\p{L}-])`,
  'gu',
);

export function recogniseListedDistricts(run: ExtractionRun): void {
  const { ctx, found, store } = run;
  if (found.districts.length === 0) return;
  const known = new Set(found.districts.map((d) => d.name));
  let added = false;
  for (const line of recognisableLines(ctx)) {
    if (![...known].some((k) => line.text.includes(k))) continue;
    for (const m of line.text.matchAll(LIST)) {
      const list = m[1]!;
      const names = [...list.matchAll(NAME_G)];
      if (!names.some((n) => known.has(n[0]))) continue;
      for (const n of names) {
        const name = n[0];
        if (known.has(name) || !isDistrictWord(run, name)) continue;
        const start = line.start + m.index + m[0].length - list.length + n.index;
        const span = { start, end: start + name.length };
        if (!store.isFree(line.index, span)) continue;
        found.districts.push({ ...span, name, type: 'Stadtteil', rule: 'district.listed', line: line.index });
        store.take(line.index, span);
        known.add(name);
        added = true;
      }
    }
  }
  if (added) found.districts.sort((a, b) => a.start - b.start);
}

function isDistrictWord(run: ExtractionRun, name: string): boolean {
  const f = fold(name);
  return (
    name.length >= 4 &&
    !NOT_A_DISTRICT.has(name) &&
    // "in Styrum und Umgebung": no abstract noun
    !ABSTRACT_ENDING.test(name) &&
    !HEADS.has(f) &&
    !NOT_NAME_WORDS.has(f) &&
    run.ctx.places.lookup(name).length === 0
  );
}
