/** Pairs of actors a sentence says cooperate with each other (cooperates_with). */
import type { Mention, Span } from '../../model/index.ts';
import { COORDINATED_COOPERATION_CUE, RELATIONAL_COOPERATION_CUE } from '../rules/cue-relations.ts';

/** Adds the pair unless it is one actor or already there, either way round (a module function: cooperationPairs runs per sentence). */
function addPair(pairs: Array<[Mention, Mention]>, a: Mention, b: Mention): void {
  if (a.id !== b.id && !pairs.some(([x, y]) => (x.id === a.id && y.id === b.id) || (x.id === b.id && y.id === a.id)))
    pairs.push([a, b]);
}

/**
 * Clause by clause (split at ";"): after a coordinated cue, the actors up to the next "mit" or the
 * clause end cooperate pairwise; around a relational cue, the actors before it cooperate with the
 * actors after it. A plain enumeration of partners ("Kooperation mit A, B und C") pairs nobody.
 */
export function cooperationPairs(
  text: string,
  sentence: Span,
  actors: readonly Mention[],
  aboutProject = false,
): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  const st = text.slice(sentence.start, sentence.end);
  // every cue has one of these: most sentences are done after one search
  if (actors.length < 2 || !/usammen|ooper|emeinsam|Trägerverbund|arbeite/.test(st)) return pairs;
  let clauseStart = 0;
  for (const clause of st.split(';')) {
    const cs = sentence.start + clauseStart;
    const ce = cs + clause.length;
    clauseStart += clause.length + 1;
    const inClause = actors.filter((a) => a.start >= cs && a.end <= ce);
    if (inClause.length < 2) continue;
    for (const m of clause.matchAll(COORDINATED_COOPERATION_CUE)) {
      const from = cs + m.index + m[0].length;
      const rest = clause.slice(m.index + m[0].length);
      const stop = /\s(?:mit|für|um)\s/.exec(rest);
      const to = stop ? from + stop.index : ce;
      const group = inClause.filter((a) => a.start >= from && a.end <= to);
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++) addPair(pairs, group[i]!, group[j]!);
    }
    if (!aboutProject) {
      // "Gemeinsam mit A und B berät C …": everyone named acts together
      if (/^\s*(?:Gemeinsam|Zusammen) mit\s/u.test(clause))
        for (let i = 0; i < inClause.length; i++)
          for (let j = i + 1; j < inClause.length; j++) addPair(pairs, inClause[i]!, inClause[j]!);
      // "A und B haben gemeinsame Informationsnachmittage angeboten": the coordinated subjects before "gemeinsam(e)"
      const joint = /(?<![\p{L}])gemeinsam(?:e[nmrs]?)?(?![\p{L}])(?!\s+mit\s)/u.exec(clause);
      if (joint) {
        const before = inClause.filter((a) => a.end <= cs + joint.index);
        const run = coordinatedRun(text, before);
        for (let i = 0; i < run.length; i++) for (let j = i + 1; j < run.length; j++) addPair(pairs, run[i]!, run[j]!);
      }
    }
    for (const m of aboutProject ? [] : clause.matchAll(RELATIONAL_COOPERATION_CUE)) {
      const at = cs + m.index;
      if (/Kooperationspartner/.test(m[0])) {
        for (let i = 0; i < inClause.length; i++)
          for (let j = i + 1; j < inClause.length; j++) addPair(pairs, inClause[i]!, inClause[j]!);
        continue;
      }
      const before = inClause.filter((a) => a.end <= at);
      const after = inClause.filter((a) => a.start >= at + m[0].length);
      for (const a of before) for (const b of after) addPair(pairs, a, b);
    }
  }
  return pairs;
}

/** Between two coordinated actors: "und", maybe after the first one's place ("des Kreises Kleve", "aus Emmerich am Rhein"). */
const COORDINATION =
  /^(?:\s+(?:des|der|aus|in)\s+(?:Kreises\s+|Stadt\s+|Gemeinde\s+)?[\p{Lu}][\p{L}-]+(?:\s+(?:am|an der|im)?\s*[\p{Lu}][\p{L}-]+)?)?\s*(?:,|und|sowie)\s*(?:(?:das|der|die|dem|den)\s+)?$/u;

/** The last actors of a list joined by commas, "und" or "sowie" ("das Gesundheitsamt des Kreises Kleve und das Jobcenter"). */
function coordinatedRun(text: string, actors: readonly Mention[]): Mention[] {
  const sorted = [...actors].sort((a, b) => a.start - b.start);
  const run: Mention[] = sorted.length ? [sorted[sorted.length - 1]!] : [];
  for (let i = sorted.length - 2; i >= 0; i--) {
    const between = text.slice(sorted[i]!.end, run[0]!.start);
    if (!COORDINATION.test(between)) break;
    run.unshift(sorted[i]!);
  }
  return run.length >= 2 ? run : [];
}
