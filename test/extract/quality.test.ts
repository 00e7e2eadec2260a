/**
 * The quality gate: the pipeline on the seeds and on the development corpus, scored with the
 * project's independent scorer (test/eval/score.ts) against the gold beside each page. The floors
 * are today's figures and may only go up: when a change lifts a genre, raise its floor with it
 * (`npm run eval` prints the table). A genre without a floor fails, so new pages get one; new
 * pages of a genre are a new measurement, and its floor is set anew from it.
 */
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../eval/corpus.ts';

/** entity F1 / relation F1 per group, floored to two decimals. */
const FLOORS: Record<string, { entities: number; relations: number }> = {
  'carrier-page': { entities: 0.95, relations: 0.87 },
  'magazine-article': { entities: 0.94, relations: 0.78 },
  minutes: { entities: 0.97, relations: 0.81 },
  'news-article': { entities: 0.94, relations: 0.86 },
  'portal-profile': { entities: 0.95, relations: 0.82 },
  'press-release': { entities: 0.95, relations: 0.79 },
  'programme-overview': { entities: 0.94, relations: 0.75 },
  'project-sheet': { entities: 0.9, relations: 0.85 },
  'table-sheet': { entities: 0.95, relations: 0.92 },
  'dev (alle)': { entities: 0.95, relations: 0.82 },
  seeds: { entities: 0.98, relations: 0.93 },
  // annotated before any extraction run (their SOURCES.md); used to find rules since 2026-12-07
  // (holdout3 since 2026-12-07, second session; BENCHMARKS.md says from which commit), so development data now;
  // holdout6 was made for development (first measurement 0.85 / 0.47 before any rule was found on it; used since)
  holdout: { entities: 0.93, relations: 0.73 },
  holdout2: { entities: 0.93, relations: 0.72 },
  holdout3: { entities: 0.94, relations: 0.8 },
  holdout6: { entities: 0.89, relations: 0.66 },
  // holdout7 was made for development on 2026-12-08 (first measurement 0.85 / 0.46 before any rule was found on it; used since)
  holdout7: { entities: 0.92, relations: 0.75 },
  // still unseen: their errors are not read, so that the next round can be measured on them
  holdout4: { entities: 0.88, relations: 0.48 },
  holdout5: { entities: 0.86, relations: 0.51 },
  // made on 2026-12-08 and kept unseen (first measurement 0.85 / 0.46 at the session's start, 3629eca)
  holdout8: { entities: 0.84, relations: 0.49 },
};

/** Share of isolated nodes when the development corpus is read as one network (upper bound, only goes down). */
const MAX_ISOLATED_SHARE = 0.11;

/** The words before a name that make it a photo credit ("Foto: LWL/", "Quelle: BMAS/", "© "). */
const CREDIT = /(?:^|[\s(])(?:Fotos?|Bilder?|Quelle|Grafik|Illustration)\s*:[^.:;]*$|©[^.;]*$/u;
/** …unless the "Foto:" line is a caption that names who is on the picture ("Foto: OB X (Mitte) mit Leiterin Y"). */
const CAPTION = /\((?:Mitte|links|rechts|l\.|r\.)\)|v\.\s?l\.|von links|\smit\s/u;

const score = scoreCorpus();
const group = (g: string) => score.groups.find((x) => x.group === g)!;

describe('extraction quality on the seeds, the development corpus and the holdout pages', () => {
  it('has a floor for every genre of the corpus', () => {
    expect(score.groups.map((g) => g.group).filter((g) => !(g in FLOORS))).toEqual([]);
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: entity F1 ≥ ${floor.entities}, relation F1 ≥ ${floor.relations}`, () => {
      const g = score.groups.find((x) => x.group === name);
      if (!g) return; // a genre whose pages were removed has nothing to measure
      expect(g.result.total.entitiesTotal.f1).toBeGreaterThanOrEqual(floor.entities);
      expect(g.result.total.relationsTotal.f1).toBeGreaterThanOrEqual(floor.relations);
    });
  }

  it('merges the four cross-document identities of the seeds and reads every seed period exactly', () => {
    const seeds = group('seeds').result;
    expect(seeds.crossDocument).toMatchObject({ evaluable: 8, merged: 8, overMerged: 0 });
    expect(seeds.total.periods.rate).toBe(1);
  });

  it('gives every page whose gold states ties at least one edge', () => {
    expect(score.network.pagesWithoutTies).toEqual([]);
  });

  it(`leaves at most ${MAX_ISOLATED_SHARE * 100} % of the nodes of the development corpus isolated`, () => {
    expect(score.network.isolated / score.network.nodes).toBeLessThanOrEqual(MAX_ISOLATED_SHARE);
  });

  it('invents no project named after its town, and makes no node from a photo credit or an address line', () => {
    const bad: string[] = [];
    for (const run of score.runs) {
      run.pipeline.graph.forEachNode((key, a) => {
        if (a.kind === 'project' && /^Projekt [\p{Lu}]/u.test(a.label)) bad.push(`${key}: ${a.label}`);
        if (/^(?:https?:|www\.|source:|Quelle:)/i.test(a.label)) bad.push(`${key}: ${a.label}`);
      });
      for (const ex of run.pipeline.extractions) {
        const text = run.set.docs.find((d) => d.name === ex.doc)!.text;
        for (const m of ex.mentions) {
          const lineStart = text.lastIndexOf('\n', m.start) + 1;
          const before = text.slice(lineStart, m.start);
          if (m.kind === 'person' && CREDIT.test(before) && !CAPTION.test(before))
            bad.push(`${ex.doc}: ${m.name} (${before.trim()})`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
