/**
 * Pass: relations stated in a sentence (rules/cue-relations.ts): funding, carrier and partner cues
 * about the sentence's project, explicit cooperation of two actors, an actor placed in a district.
 */
import { cooperationPairs } from '../relations/cooperation.ts';
import { CARRIER_CUE, FUNDING_CUE, PARTNER_CUE } from '../relations/cues.ts';
import type { ExtractionRun } from '../run.ts';
import { spanIndex } from '../span-index.ts';

export function addCueRelations(run: ExtractionRun): void {
  const { ctx, store } = run;
  const { text } = ctx;
  const orgsIn = spanIndex(run.orgs, (x) => x.m);
  const programsIn = spanIndex(run.programs, (x) => x.m);
  const districtsIn = spanIndex(run.districts, (x) => x.m);
  for (const s of ctx.sentences) {
    const st = text.slice(s.start, s.end);
    const orgsHere = orgsIn(s).map((x) => x.m);
    const progsHere = programsIn(s).map((x) => x.m);
    const project = run.projectOfLine[s.line];
    const block = run.blockOfLine[s.line];
    const inField = ctx.fieldValueLines.has(s.line);
    if (FUNDING_CUE.test(st)) {
      const funders = orgsHere.filter((o) => o.kind === 'funder');
      const subjects = progsHere.length ? progsHere : orgsHere.filter((o) => o.kind !== 'funder').slice(0, 1);
      const from = subjects.length ? subjects : project ? [project] : run.primaryPrograms.slice(0, 1);
      for (const f of funders) for (const x of from) store.relate('funded_by', x, f, s, 'Förderung', 'cue.funding');
    }
    if (project && CARRIER_CUE.test(st) && !inField) {
      for (const o of orgsHere) if (o.kind !== 'funder') store.relate('carried_by', project, o, s, 'Trägerschaft', 'cue.carrier');
    }
    if (project && (PARTNER_CUE.test(st) || block?.isEntry) && !inField) {
      for (const a of orgsHere) {
        if (a.kind === 'funder' || store.has('carried_by', project, a)) continue;
        store.relate('partner', project, a, s, 'Kooperation', block?.isEntry && !PARTNER_CUE.test(st) ? 'partner.overview-entry' : 'cue.partner');
      }
    }
    const coop = orgsHere.filter((o) => o.kind !== 'funder');
    for (const [a, b] of cooperationPairs(text, s, coop)) store.relate('cooperates_with', a, b, s, 'Zusammenarbeit', 'cue.cooperation');
    // "X im Stadtteil Y": an actor placed in a district
    for (const d of districtsIn(s)) {
      const before = orgsHere.filter((o) => o.end <= d.m.start && d.m.start - o.end < 25 && /^\s+(?:im|in)\s/.test(text.slice(o.end, d.m.start)));
      for (const o of before) store.relate('located_in', o, d.m, s, 'Standort', 'located.actor-in-district');
    }
  }
}
