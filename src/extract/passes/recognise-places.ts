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
      if (!place || !run.store.isFree(line.index, span) || (place.level !== 'gemeinde' && place.level !== 'kreis'))
        continue;
      if (
        surnames.has(h.surface) &&
        !/(?:\bin|\baus|\bnach|Stadt|Gemeinde|Kreis)\s+$/u.test(line.text.slice(Math.max(0, h.start - 10), h.start))
      )
        continue;
      const hit: PlaceHit = { start: span.start, end: span.end, place, line: line.index };
      if (h.cue) hit.cue = h.cue;
      run.found.places.push(hit);
    }
  }
  addListMembers(run);
}

const NEXT_IN_LIST =
  /^\s*(?:,|und|sowie|oder)\s*((?:Bad |Stadt )?[\p{Lu}][\p{L}-]+(?:\s(?:an der|am|im|ob der)\s[\p{Lu}][\p{L}]+|\s\([\p{L}. ]+\))?)/u;

/**
 * "Detmold, Lemgo, Bad Salzuflen und Lage": a town name that is also a common word (Lage,
 * Schlangen) counts where it stands in a list of places the gazetteer knows.
 */
function addListMembers(run: ExtractionRun): void {
  const { ctx, found, store } = run;
  const added: PlaceHit[] = [];
  const known = [...found.places].sort((a, b) => a.start - b.start);
  for (let i = 0; i < known.length; i++) {
    let prev = known[i]!;
    for (let k = 0; k < 12; k++) {
      const rest = ctx.text.slice(prev.end, Math.min(prev.end + 60, ctx.lines[prev.line]!.end));
      const m = NEXT_IN_LIST.exec(rest);
      if (!m) break;
      const start = prev.end + m[0].length - m[1]!.length;
      const span = { start, end: start + m[1]!.length };
      const already = found.places.find((p) => p.start === span.start);
      if (already) {
        prev = already;
        continue;
      }
      const place = ctx.places.lookup(m[1]!).find((p) => p.level === 'gemeinde');
      if (!place || !store.isFree(prev.line, span)) break;
      const hit: PlaceHit = { ...span, place, line: prev.line, cue: 'list' };
      added.push(hit);
      found.places.push(hit);
      prev = hit;
    }
  }
  if (added.length) found.places.sort((a, b) => a.start - b.start);
}
