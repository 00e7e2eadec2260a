/**
 * Pass: organisations (head nouns, legal forms, ministry abbreviations and marks) and programmes.
 * A programme name inside an organisation's name cuts the organisation before it, or is dropped when
 * it is the organisation's own label ("Quartiersmanagement Soziale Stadt").
 */
import { findOrganisations, type OrgMention } from '../actors/organisations.ts';
import { findMinistryAbbreviations } from '../../vocabulary/index.ts';
import { recognisableLines } from '../context.ts';
import { findPrograms } from '../programs.ts';
import { inCredit } from './recognise-persons.ts';
import type { ExtractionRun } from '../run.ts';

export function recogniseOrganisations(run: ExtractionRun): void {
  const { store } = run;
  for (const line of recognisableLines(run.ctx)) {
    const progs = findPrograms(line.text, line.start);
    let orgs = findOrganisations(line.text, line.start, run.ctx.places).filter(
      (o) => store.isFree(line.index, o) && !inCredit(line.text, o.start - line.start),
    );
    for (const b of findMinistryAbbreviations(line.text, line.start)) {
      if (
        store.isFree(line.index, b) &&
        !inCredit(line.text, b.start - line.start) &&
        !orgs.some((o) => b.start < o.end && o.start < b.end)
      ) {
        orgs.push({
          start: b.start,
          end: b.end,
          name: line.text.slice(b.start - line.start, b.end - line.start),
          kind: 'funder',
          cls: 'brand',
          domains: [],
          rule: 'org.ministry-abbreviation',
        });
      }
    }
    const keptProgs = progs.filter((p) => !orgs.some((o) => p.start >= o.start && p.end <= o.end));
    orgs = orgs.map((o): OrgMention => {
      const p = keptProgs.find((pp) => pp.start > o.start && pp.start < o.end && pp.end > o.end);
      if (!p) return o;
      const cut = line.text.slice(o.start - line.start, p.start - line.start).replace(/[\s\-–]+$/, '');
      return { ...o, end: o.start + cut.length, name: cut.replace(/[„“”"]/g, '').trim() };
    });
    // the hits are fresh objects of this line: tagging them with the line saves a copy
    for (const p of keptProgs) run.found.programs.push(Object.assign(p, { line: line.index }));
    for (const o of orgs) {
      store.take(line.index, o);
      run.found.orgs.push(Object.assign(o, { line: line.index }));
    }
  }
}

/** Programme spans are claimed after persons were looked for (a person may stand inside one). */
export function claimPrograms(run: ExtractionRun): void {
  for (const p of run.found.programs) run.store.take(p.line, p);
}
