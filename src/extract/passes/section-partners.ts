/**
 * Pass (prose): an actor a project's own section names, and that has no other tie to the project,
 * takes part in it — "Im „Oppumer Hafen“ bietet außerdem das Jobcenter Krefeld eine Sprechstunde
 * an" names a partner without a partner word. Only sentences inside the project's section count,
 * and only sentences that name the project or refer to it, or that stand in a paragraph that does.
 */
import { PROJECT_ANAPHOR } from '../rules/project-names.ts';
import type { ExtractionRun } from '../run.ts';
import { spanIndex } from '../span-index.ts';

export function addSectionPartners(run: ExtractionRun): void {
  if (!run.genre.proseProjects || run.projects.length === 0) return;
  const { ctx, store } = run;
  const orgsIn = spanIndex(run.orgs, (x) => x.m);
  const tied = new Set(store.relations.map((r) => `${r.from}|${r.to}`));
  const projectLines = new Set(run.proseProjects.map((p) => p.line));
  for (const s of ctx.sentences) {
    const project = run.projectOfLine[s.line];
    if (!project || project.kind !== 'project' || ctx.fieldValueLines.has(s.line)) continue;
    const st = ctx.text.slice(s.start, s.end);
    if (!projectLines.has(s.line) && !PROJECT_ANAPHOR.test(st)) continue;
    for (const { m: o } of orgsIn(s)) {
      if (o.kind === 'funder' || tied.has(`${project.id}|${o.id}`) || tied.has(`${o.id}|${project.id}`)) continue;
      if (store.relations.some((r) => r.from === project.id && r.kind === 'carried_by' && r.to === o.id)) continue;
      store.relate('partner', project, o, s, 'im Abschnitt des Projekts', 'partner.in-section');
    }
  }
}
