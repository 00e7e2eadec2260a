/**
 * Pass: relations a sentence states (rules/cue-relations.ts). Each sentence has a subject: the
 * project it names, else the project it refers back to ("das Projekt", "die Initiative"), else the
 * project of its block or section (weaker: only cues that need no naming apply to it). Funding
 * goes to the named or referred project, else to a programme the sentence names, else to the
 * section's project or the page's programme.
 */
import type { ExtractionRun } from '../run.ts';
import { pageCues, sentenceCues } from './cues/context.ts';
import { CUE_FAMILIES } from './cues/families.ts';
import { fundProgrammeProjects } from './cues/programme-funders.ts';

export function addCueRelations(run: ExtractionRun): void {
  const p = pageCues(run);
  // sentences in text order, and the next mention's start: a sentence before it names nobody and is skipped
  const starts = [
    ...run.orgs.map((x) => x.m.start),
    ...run.places.map((x) => x.m.start),
    ...run.programs.map((x) => x.m.start),
    ...run.districts.map((x) => x.m.start),
    ...run.municipalMeans.map((m) => m.start),
  ].sort((a, b) => a - b);
  let next = 0;
  for (const s of run.ctx.sentences) {
    while (next < starts.length && starts[next]! < s.start) next++;
    if (next >= starts.length || starts[next]! >= s.end) continue;
    const x = sentenceCues(p, s);
    for (const family of CUE_FAMILIES) family.run(p, x);
  }
  fundProgrammeProjects(p);
}
