/**
 * Pass: „„Projekt“ – Träger e.V., Ort“, a list of funded or presented projects with the organisation
 * after a dash on the project's title line: that organisation runs it. And an entry whose text
 * opens with a free carrier as subject ("▸ P – 1.800 Euro" / "Die X e.V. bereitet …"): X runs it.
 */
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';
import { byLine } from '../span-index.ts';

/** A sentence that opens with a carrier as its subject: "Die X e.V. bereitet …", "Der Verein X bietet …". */
const SUBJECT_START = /^\s*(?:Die|Der|Das)\s+$/u;

export function addEntryCarriers(run: ExtractionRun): void {
  const { ctx, store } = run;
  // the organisations by where they start and end (one lookup per project, not a scan)
  const startingAt = new Map<number, Mention>();
  const endingAt = new Map<number, Mention>();
  for (const { m: o } of run.orgs) {
    if (o.kind === 'funder') continue;
    if (!startingAt.has(o.start)) startingAt.set(o.start, o);
    if (!endingAt.has(o.end)) endingAt.set(o.end, o);
  }
  for (const { m } of run.projects) {
    const line = ctx.lines[ctx.lineOf(m.start)]!;
    const after = ctx.text.slice(m.end, line.end);
    const dash = /^[“”"«»]?\s+[–—-]\s+/u.exec(after);
    // "4.1 Familienforum X e.V. – „Elterncafé Vochem“ – 8.500 €": the organisation before the dash
    if (!dash) {
      const lead = /\s[–—-]\s+[„"»]?$/u.exec(ctx.text.slice(line.start, m.start));
      const end = lead ? line.start + lead.index : -1;
      const before = endingAt.get(end);
      if (
        before &&
        /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[▸►•·*-]\s+)?$/u.test(ctx.text.slice(line.start, before.start))
      )
        store.relate(
          'carried_by',
          m,
          before,
          { start: before.start, end: m.end },
          'Träger in der Projektzeile',
          'carried_by.entry-dash',
        );
      continue;
    }
    const at = m.end + dash[0].length;
    const org = startingAt.get(at) ?? startingAt.get(at + 1);
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

/** Projects named on an entry line of their own ("▸ Name – Summe", a heading): the first carrier their text names as subject runs them. */
export function addEntrySubjectCarriers(run: ExtractionRun): void {
  const { store } = run;
  const entries = run.proseProjects.filter((p) => p.rule === 'project.list-entry');
  if (!entries.length) return;
  const projectLines = new Set(run.proseProjects.map((p) => p.line));
  const byName = new Map(run.projects.map((x) => [x.m.name, x.m]));
  const carried = new Set(store.relations.filter((r) => r.kind === 'carried_by').map((r) => r.from));
  const orgsOf = byLine(run.orgs, (o) => o.hit.line);
  // a carrier found here is no partner of its project (dropped in one pass at the end)
  const notPartners = new Set<string>();
  for (const p of entries) {
    const project = byName.get(p.name);
    if (!project || carried.has(project.id)) continue;
    const carrier = subjectCarrier(run, p.line, projectLines, orgsOf);
    if (!carrier) continue;
    notPartners.add(`${project.id}|${carrier.id}`);
    store.relate('carried_by', project, carrier, carrier, 'Träger im Text des Eintrags', 'carried_by.entry-subject');
    carried.add(project.id);
  }
  if (notPartners.size) store.dropRelations((r) => r.kind === 'partner' && notPartners.has(`${r.from}|${r.to}`));
}

/** The first actor (no funder) that opens a sentence in the lines below an entry line, up to the next entry or blank line. */
function subjectCarrier(
  run: ExtractionRun,
  line: number,
  projectLines: ReadonlySet<number>,
  orgsOf: ReadonlyMap<number, ExtractionRun['orgs']>,
): Mention | undefined {
  const { ctx } = run;
  for (let l = line + 1; l < ctx.lines.length && !projectLines.has(l); l++) {
    if (ctx.lines[l]!.text.trim() === '') {
      if (l > line + 1) break;
      continue;
    }
    for (const o of orgsOf.get(l) ?? []) {
      if (o.m.kind === 'funder') continue;
      const sentence = ctx.sentenceAt(o.m.start);
      if (sentence && SUBJECT_START.test(ctx.text.slice(sentence.start, o.m.start))) return o.m;
    }
  }
  return undefined;
}
