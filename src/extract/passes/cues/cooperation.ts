/**
 * Cooperation cues: "in Zusammenarbeit mit", "A und B arbeiten zusammen" – two actors cooperate; in a
 * sentence about a project the verb's partners are the project's partners instead.
 */
import { cooperationPairs } from '../../relations/cooperation.ts';
import { SPLIT_COOPERATION_CUE } from '../../rules/cue-relations.ts';
import type { Sentence } from '../../sentences.ts';
import type { Mention, Span } from '../../../model/index.ts';
import { anaphorSpans, relate, type PageCues, type SentenceCues } from './context.ts';

/** The organisation a page is by cooperates like any other actor its sentences name. */
function cooperatingActors(p: PageCues, x: SentenceCues): readonly Mention[] {
  return p.run.hubIsOwner ? x.orgsHere.filter((o) => o.kind !== 'funder') : x.actors;
}

/** "gemeinsam mit" in a sentence about a project makes partners (partners.ts), not a cooperation of two actors. */
export function cooperationCues(p: PageCues, x: SentenceCues): void {
  if (x.we) return;
  for (const [a, b] of cooperationPairs(p.text, x.s, cooperatingActors(p, x), x.aboutProject))
    relate(p, x, 'cooperates_with', a, b, 'Zusammenarbeit', 'cue.cooperation');
}

/**
 * "Die Werkstatt arbeitet eng mit dem Berufskolleg zusammen": the project, before the verb, works with partners;
 * "fanden A, B und C zusammen und gründeten das Netzwerk": the actors cooperate (and the project is theirs).
 */
export function splitVerbCues(p: PageCues, x: SentenceCues): void {
  const { text } = p;
  const { s, subject } = x;
  const split = x.we ? null : SPLIT_COOPERATION_CUE.exec(x.st);
  if (!split) return;
  const at = s.start + split.index;
  const projectIsSubject = [...p.projectsIn(s), ...anaphorSpans(text, s)].some((m) => m.start < at);
  if (x.aboutProject && subject && projectIsSubject) {
    for (const a of x.actors)
      if (!p.run.store.has('carried_by', subject, a))
        relate(p, x, 'partner', subject, a, 'Zusammenarbeit', 'cue.partner-split-verb');
  } else cooperationAroundVerb(p, x, at, at + split[0].length);
}

/** "A arbeitet eng mit B und C zusammen": A with each of B and C; "A und B arbeiten zusammen": every pair. */
function cooperationAroundVerb(p: PageCues, x: SentenceCues, cueStart: number, cueEnd: number): void {
  const { text } = p;
  const clause = clauseAround(text, x.s, cueStart, cueEnd);
  const group = [...cooperatingActors(p, x), ...x.acting]
    .filter((a) => a.start >= clause.start && a.end <= clause.end)
    .sort((a, b) => a.start - b.start);
  const mit = / mit (?:der|dem|den|einer|einem)?\s?/u.exec(text.slice(cueStart, cueEnd));
  const at = mit ? cueStart + mit.index : -1;
  const before = mit ? group.filter((a) => a.end <= at) : [];
  // "Der Fachbereich arbeitet eng mit …": in an overview entry the unnamed subject is the entry's Jugendamt
  const { block } = x;
  const entryOffice = block?.isEntry && block.heading ? p.entryOffices.get(block.heading.start) : undefined;
  if (mit && before.length === 0 && entryOffice) before.push(entryOffice);
  const after = mit ? group.filter((a) => a.start >= at) : [];
  if (before.length && after.length) {
    for (const a of before)
      for (const b of after) relate(p, x, 'cooperates_with', a, b, 'Zusammenarbeit', 'cue.cooperation-split-verb');
  } else
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        relate(p, x, 'cooperates_with', group[i]!, group[j]!, 'Zusammenarbeit', 'cue.cooperation-split-verb');
}

/** The clause around a cue: from the last ";" or clause break before it to the next ";" after it. */
function clauseAround(text: string, s: Sentence, cueStart: number, cueEnd: number): Span {
  // the semicolons are looked for inside the sentence only: a search through the whole page per cue grows with the page
  let start = s.start;
  for (let i = Math.min(cueStart, text.length - 1); i >= s.start; i--) {
    if (text.charCodeAt(i) === SEMICOLON) {
      start = i + 1;
      break;
    }
  }
  let end = s.end;
  for (let i = cueEnd; i < s.end; i++) {
    if (text.charCodeAt(i) === SEMICOLON) {
      end = i;
      break;
    }
  }
  return { start, end };
}

const SEMICOLON = 0x3b;
