/** Pass: persons (role in parentheses, role before/after a name, contact-block lines, known first names). */
import { findPersons } from '../actors/persons.ts';
import { recognisableLines } from '../context.ts';
import type { ExtractionRun } from '../run.ts';

/** A photo credit ("Foto: MAGS/Anne Muster", "Quelle: BMAS/…", "© …") names no actor. */
export const CREDIT_BEFORE = /(?:^|[\s(])(?:Fotos?|Bilder?|Quelle|Grafik|Illustration|Titelbild)\s*:[^.:;]*$|©[^.;]*$/u;

export function inCredit(line: string, at: number): boolean {
  return CREDIT_BEFORE.test(line.slice(Math.max(0, at - 80), at));
}

export function recognisePersons(run: ExtractionRun): void {
  const contactLines = new Set(
    run.ctx.fields.filter((f) => f.key === 'contact').flatMap((f) => f.values.map((v) => v.line)),
  );
  for (const line of recognisableLines(run.ctx)) {
    for (const p of findPersons(line.text, line.start, run.ctx.places, contactLines.has(line.index))) {
      if (!run.store.isFree(line.index, p) || inCredit(line.text, p.start - line.start)) continue;
      run.store.take(line.index, p);
      run.found.persons.push(Object.assign(p, { line: line.index }));
    }
  }
  fullNamesOfSurnames(run);
}

/** "Frau Lohmann-Tiemann" after "Frau Petra Lohmann-Tiemann (Leiterin …)": the surname alone is the person the page named in full. */
function fullNamesOfSurnames(run: ExtractionRun): void {
  const full = new Map<string, Set<string>>();
  for (const p of run.found.persons) {
    const words = p.name.replace(/^(?:(?:Dr\.|Prof\.)\s+)+/u, '').split(/\s+/);
    if (words.length >= 2)
      (full.get(words.at(-1)!) ?? full.set(words.at(-1)!, new Set()).get(words.at(-1)!)!).add(p.name);
  }
  for (const p of run.found.persons) {
    const names = /\s/u.test(p.name) ? undefined : full.get(p.name);
    if (names?.size === 1) p.name = [...names][0]!;
  }
}
