import { relate, type PageCues, type SentenceCues } from './context.ts';

/** "FamilienWege wird im Rahmen des Programms „X“ …": the named project belongs to the programme. */
export function programmeMembershipCues(p: PageCues, x: SentenceCues): void {
  const { subject } = x;
  if (!subject || x.owner || !x.aboutProject) return;
  for (const g of p.programsIn(x.s))
    if (g.hit.cued) relate(p, x, 'part_of', subject, g.m, 'im Rahmen des Programms', 'cue.part-of-programme');
}
