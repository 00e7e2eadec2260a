/**
 * Pass: "aus städtischen Mitteln", "Mitteln des Kreises" — a town or Kreis funding from its own budget
 * without its name (rules/public-funders.ts). The funder is the block's town (or its Kreis); the funding
 * cue (passes/cue-relations.ts) treats it like "aus Mitteln der Stadt Hamm". It is no place of the project.
 */
import { FUNDING_CUE } from '../rules/cue-relations.ts';
import { MUNICIPAL_MEANS_RULES } from '../rules/public-funders.ts';
import type { PlaceRef } from '../../model/index.ts';
import { placeMention, type ExtractionRun } from '../run.ts';

export function recogniseMunicipalMeans(run: ExtractionRun): void {
  const { ctx, store } = run;
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    if (!/städtisch|kommunal|Stadt|Kreis/u.test(text) || !FUNDING_CUE.test(text)) continue;
    for (const rule of MUNICIPAL_MEANS_RULES) {
      const place = placeAt(run, s.line, rule.level);
      if (!place) continue;
      for (const m of text.matchAll(rule.pattern)) {
        const surface = m.slice(1).find((g) => g !== undefined) ?? m[0];
        const start = s.start + m.index + m[0].indexOf(surface);
        const span = { start, end: start + surface.length };
        if (!store.isFree(s.line, span)) continue;
        store.take(s.line, span);
        run.municipalMeans.push(placeMention(run, place, span, rule.id));
      }
    }
  }
}

/** The block's town for "städtisch", its Kreis for "Kreismittel" (a town's own Kreis from the gazetteer). */
function placeAt(run: ExtractionRun, line: number, level: 'gemeinde' | 'kreis'): PlaceRef | undefined {
  const block = run.blockOfLine[line];
  const place = block?.place;
  if (level === 'gemeinde') return place?.level === 'gemeinde' ? place : undefined;
  if (place?.level === 'kreis') return place;
  if (block?.kreis) return block.kreis;
  return place?.level === 'gemeinde' && place.kreis
    ? run.ctx.places.lookup(place.kreis).find((p) => p.level === 'kreis')
    : undefined;
}
