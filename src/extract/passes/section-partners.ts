/**
 * Pass (prose): an actor a project's own section names, and that has no other tie to the project,
 * takes part in it — "Im „Oppumer Hafen“ bietet außerdem das Jobcenter Krefeld eine Sprechstunde
 * an" names a partner without a partner word. Only sentences inside the project's section count,
 * and only sentences that name the project or refer to it, or that stand in a paragraph that does.
 */
import { PROJECT_ANAPHOR } from '../rules/project-names.ts';
import type { ExtractionRun } from '../run.ts';
import { spanIndex } from '../span-index.ts';
import type { Sentence } from '../sentences.ts';
import type { Mention } from '../../model/index.ts';

export function addSectionPartners(run: ExtractionRun): void {
  if (!run.genre.proseProjects || run.projects.length === 0) return;
  const { ctx, store } = run;
  const orgsIn = spanIndex(run.orgs, (x) => x.m);
  const tied = new Set(store.relations.map((r) => `${r.from}|${r.to}`));
  const projectLines = new Set(run.proseProjects.map((p) => p.line));
  const projectsIn = spanIndex(
    store.mentions.filter((m) => m.kind === 'project'),
    (m) => m,
  );
  const canonical = new Map(run.projects.map((p) => [p.m.name, p.m]));
  // the carrier of one project is no partner of the next one its paragraph names
  const carriers = new Set(store.relations.filter((r) => r.kind === 'carried_by').map((r) => r.to));
  // the projects whose carrier a cue or field gives
  const byId = new Map(store.mentions.map((m) => [m.id, m]));
  const carried = new Set(
    store.relations.filter((r) => r.kind === 'carried_by').map((r) => byId.get(r.from)?.name ?? r.from),
  );
  // the actors each project's sentences name, in order: first read them all, so that a section with
  // two free carriers gives neither the carrier's tie
  const found: Array<{ project: Mention; o: Mention; s: Sentence }> = [];
  const freeCarriers = new Map<string, Set<string>>();
  for (const s of ctx.sentences) {
    // the project the sentence names, else its line's
    const named = [...new Set(projectsIn(s).map((m) => canonical.get(m.name) ?? m))];
    if (named.length > 1) continue;
    const project = named[0] ?? run.projectOfLine[s.line];
    if (!project || project.kind !== 'project' || ctx.fieldValueLines.has(s.line)) continue;
    const st = ctx.text.slice(s.start, s.end);
    if (!projectLines.has(s.line) && !PROJECT_ANAPHOR.test(st)) continue;
    for (const { m: o } of orgsIn(s)) {
      if (o.kind === 'funder' || tied.has(`${project.id}|${o.id}`) || tied.has(`${o.id}|${project.id}`)) continue;
      if (carriers.has(o.id)) continue;
      found.push({ project, o, s });
      if (o.kind === 'carrier' && !carried.has(project.name))
        (freeCarriers.get(project.name) ?? freeCarriers.set(project.name, new Set()).get(project.name)!).add(o.name);
    }
  }
  for (const { project, o, s } of found) {
    // the one free carrier a project's section names, with no carrier of its own, runs it
    if (o.kind === 'carrier' && freeCarriers.get(project.name)?.size === 1) {
      store.relate('carried_by', project, o, s, 'im Abschnitt des Projekts', 'carried_by.in-section');
      continue;
    }
    store.relate('partner', project, o, s, 'im Abschnitt des Projekts', 'partner.in-section');
  }
}
