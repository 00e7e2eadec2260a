/**
 * Pass: „„Projekt“ – Träger e.V., Ort“, a list of funded or presented projects with the organisation
 * after a dash on the project's title line: that organisation runs it.
 */
import type { ExtractionRun } from '../run.ts';

export function addEntryCarriers(run: ExtractionRun): void {
  const { ctx, store } = run;
  for (const { m } of run.projects) {
    const line = ctx.lines[ctx.lineOf(m.start)]!;
    const after = ctx.text.slice(m.end, line.end);
    const dash = /^[“”"«»]?\s+[–—-]\s+/u.exec(after);
    if (!dash) continue;
    const at = m.end + dash[0].length;
    const org = run.orgs.find((o) => o.m.start >= at && o.m.start <= at + 1 && o.m.kind !== 'funder')?.m;
    if (org && !store.has('carried_by', m, org))
      store.relate(
        'carried_by',
        m,
        org,
        { start: m.start, end: org.end },
        'Träger in der Projektzeile',
        'carried_by.entry-dash',
      );
  }
}
