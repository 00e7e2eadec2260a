/**
 * Pass: lists that head each project with its carrier — "Werkhaus Sennestadt e.V., Bielefeld" on a
 * line of its own, then the paragraph about the project. The organisation of such a heading line
 * carries the project the paragraph below it names first.
 */
import type { ExtractionRun } from '../run.ts';
import { byLine } from '../span-index.ts';

export function addHeadingCarriers(run: ExtractionRun): void {
  if (run.projects.length < 2) return;
  const { ctx, store } = run;
  const orgsOnLine = byLine(run.orgs, (o) => o.hit.line);
  const firstMention = new Map<string, number>();
  for (const p of run.proseProjects) {
    const label = run.projectOfLine[p.line];
    if (label && !firstMention.has(label.id)) firstMention.set(label.id, p.line);
  }
  for (const { m: project } of run.projects) {
    const line = firstMention.get(project.id);
    if (line === undefined) continue;
    // the heading: the live line right before the paragraph
    let h = line - 1;
    while (h >= 0 && ctx.lines[h]!.text.trim() === '') h--;
    if (h < 0) continue;
    const t = ctx.lines[h]!.text.trim();
    // a heading has no final stop, except the one of a legal form ("Caritasverband für den Kreis Coesfeld e.V.")
    if (t.length > 90 || (/[.!?:]$/.test(t) && !/(?:e\.\s?V|[A-Z])\.$/u.test(t))) continue;
    const orgs = (orgsOnLine.get(h) ?? []).map((o) => o.m).filter((o) => o.kind !== 'funder');
    if (orgs.length !== 1) continue;
    const org = orgs[0]!;
    const rest = t.replace(ctx.text.slice(org.start, org.end), '').replace(/^[\s,–-]+|[\s,–-]+$/g, '');
    // only the organisation and perhaps its town
    if (rest.length > 0 && ctx.places.lookup(rest).length === 0) continue;
    store.relate(
      'carried_by',
      project,
      org,
      { start: ctx.lines[h]!.start, end: ctx.lines[line]!.end },
      'Träger über dem Abschnitt',
      'carried_by.heading',
    );
  }
}
