import type { RelationKind } from '../../../model/index.ts';
import type { PageCues } from './context.ts';

/**
 * "fördert das Land 38 Projekte im Programm …": the programme's funders pay each of its projects, and
 * the funders of "Das Programm wird vom X finanziert" above a table pay the rows with no funder of their own.
 * Who is part of a programme / has a funder is looked up once (a scan of all relations per project made
 * long overview pages quadratic); a funder added here counts for a later entry of the same project.
 */
export function fundProgrammeProjects(p: PageCues): void {
  const { run, programmeFunders, defaultFunders } = p;
  const { ctx, store } = run;
  const fromOf = (kind: RelationKind) => new Set(store.relations.filter((r) => r.kind === kind).map((r) => r.from));
  const inProgramme = fromOf('part_of');
  const funded = fromOf('funded_by');
  for (const { m: project } of run.projects) {
    if (!inProgramme.has(project.id)) continue;
    const ownFunder = funded.has(project.id);
    const rowProject = p.titleLines.has(ctx.lineOf(project.start));
    for (const f of ownFunder || !rowProject ? programmeFunders : [...programmeFunders, ...defaultFunders]) {
      const added = store.relate(
        'funded_by',
        project,
        f,
        ctx.evidenceAt(f.start),
        'Förderung des Programms',
        'cue.funding-of-programme-projects',
      );
      if (added) funded.add(project.id);
    }
  }
}
