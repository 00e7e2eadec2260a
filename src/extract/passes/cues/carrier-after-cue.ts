import { CARRIER_AFTER_CUE } from '../../rules/cue-relations.ts';
import type { Sentence } from '../../sentences.ts';
import type { Mention } from '../../../model/index.ts';

const STOP =
  /[\s,](?:in Kooperation|gemeinsam mit|zusammen mit|mit Unterstützung|unterstützt|gefördert|(?:Kooperations|Projekt|Netzwerk)?[Pp]artner|sowie mit|beteiligt)|,\s+(?:die|der|das|den|dem|deren|dessen|welche[rsn]?)\s|[;]|\.\s/gu;

/** Actors after a nominal or passive carrier cue, up to a partner cue or the clause end. */
export function carriersAfterCue(text: string, s: Sentence, actors: readonly Mention[]): Mention[] {
  const st = text.slice(s.start, s.end);
  const m = CARRIER_AFTER_CUE.exec(st);
  if (!m) return [];
  const from = s.start + m.index + m[0].length;
  const rest = st.slice(m.index + m[0].length);
  // a relative clause on the carrier ("bei der X gGmbH, die auch die OGS betreibt") names other bodies
  // (not the dot of an actor's "e.V." followed by the rest of the clause)
  const inActor = (at: number) => actors.some((a) => a.start <= at && at < a.end);
  const stop = [...rest.matchAll(STOP)].find((x) => !inActor(from + x.index));
  const to = stop ? from + stop.index : s.end;
  // "Träger ist X" also when X stands before the cue ("X ist Träger des Projekts")
  const after = actors.filter((a) => a.start >= from && a.end <= to);
  if (after.length) return after;
  const before = actors.filter(
    (a) =>
      a.end <= s.start + m.index &&
      s.start + m.index - a.end < 30 &&
      /^\s*(?:ist|sind|war|als)\s/.test(text.slice(a.end, s.start + m.index)),
  );
  return before.slice(-1);
}
