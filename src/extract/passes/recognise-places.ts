/** Pass: Gemeinden and Kreise named in free text (gazetteer scan); a Regierungsbezirk field is not a place of the project. */
import { recognisableLines } from '../context.ts';
import type { ExtractionRun, PlaceHit } from '../run.ts';

export function recognisePlaces(run: ExtractionRun): void {
  const bzrLines = new Set(run.ctx.fields.filter((f) => f.key === 'bzr').flatMap((f) => f.values.map((v) => v.line)));
  // "Herr Rosendahl berichtet": the surname of a person named on the page is that person, not the town
  const surnames = new Set(run.found.persons.map((p) => p.name.split(/\s+/).pop()!));
  for (const line of recognisableLines(run.ctx)) {
    if (bzrLines.has(line.index)) continue;
    for (const h of run.ctx.places.scan(line.text)) {
      const span = { start: line.start + h.start, end: line.start + h.end };
      const place = h.places[0];
      if (!place || !run.store.isFree(line.index, span) || (place.level !== 'gemeinde' && place.level !== 'kreis')) continue;
      if (surnames.has(h.surface) && !/(?:\bin|\baus|\bnach|Stadt|Gemeinde|Kreis)\s+$/u.test(line.text.slice(Math.max(0, h.start - 10), h.start))) continue;
      const hit: PlaceHit = { start: span.start, end: span.end, place, line: line.index };
      if (h.cue) hit.cue = h.cue;
      run.found.places.push(hit);
    }
  }
}
