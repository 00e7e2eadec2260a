/** Pass: persons (role in parentheses, role before/after a name, contact-block lines, known first names). */
import { findPersons } from '../actors/persons.ts';
import { recognisableLines } from '../context.ts';
import type { ExtractionRun } from '../run.ts';

export function recognisePersons(run: ExtractionRun): void {
  const contactLines = new Set(run.ctx.fields.filter((f) => f.key === 'contact').flatMap((f) => f.values.map((v) => v.line)));
  for (const line of recognisableLines(run.ctx)) {
    for (const p of findPersons(line.text, line.start, run.ctx.places, contactLines.has(line.index))) {
      if (!run.store.isFree(line.index, p)) continue;
      run.store.take(line.index, p);
      run.found.persons.push(Object.assign(p, { line: line.index }));
    }
  }
}
