import { CARRIER_AFTER_CUE } from '../../rules/cue-relations.ts';
import type { Sentence } from '../../sentences.ts';
import type { Mention } from '../../../model/index.ts';

/** Actors after a nominal or passive carrier cue, up to a partner cue or the clause end. */
export function carriersAfterCue(text: string, s: Sentence, actors: readonly Mention[]): Mention[] {
  const st = text.slice(s.start, s.end);
  const m = CARRIER_AFTER_CUE.exec(st);
  if (!m) return [];
  const from = s.start + m.index + m[0].length;
  const rest = st.slice(m.index + m[0].length);
  // a relative clause on the carrier ("bei der X gGmbH, die auch die OGS betreibt") names other bodies
  const stop =
    /[\s,](?:in Kooperation|gemeinsam mit|zusammen mit|mit Unterstützung|unterstützt|gefördert|(?:Kooperations|Projekt|Netzwerk)?[Pp]artner|sowie mit|beteiligt)|,\s+(?:die|der|das|den|dem|deren|dessen|welche[rsn]?)\s|[;]|\.\s/u.exec(
      rest,
    );
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
