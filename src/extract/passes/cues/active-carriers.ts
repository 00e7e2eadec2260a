import { CARRIER_ACTIVE_VERB } from '../../rules/cue-relations.ts';
import type { Sentence } from '../../sentences.ts';
import type { Mention, Span } from '../../../model/index.ts';

/** The actors that are the subject of an operating verb whose object is the project ("A und B eröffnen das „P“"). */
export function activeCarriers(
  text: string,
  s: Sentence,
  actors: readonly Mention[],
  projectSpans: readonly Span[],
): { carriers: Mention[]; object?: Span } {
  const st = text.slice(s.start, s.end);
  const m = CARRIER_ACTIVE_VERB.exec(st);
  if (!m) return { carriers: [] };
  const verbAt = s.start + m.index;
  // "Unter dem Titel „P“ baut das Kreisjugendamt eine Präventionskette auf", "Seit 2020 baut die Stadt Hagen die Präventionskette „P“ auf": the subject right after the verb
  // (a place's mention may start at its article: "die Stadt Hagen")
  const verb = /^\S+\s+(?:der|die|das|den)\s+/u.exec(text.slice(verbAt, verbAt + 40));
  const afterVerb = verb ? verbAt + verb[0].length : -1;
  const inverted = verb ? actors.filter((a) => a.start <= afterVerb && a.start > afterVerb - 5) : [];
  // "baut mit dem Netzwerk „P“ eine Präventionskette auf": a project after "mit" is no object of the verb
  const objects = projectSpans.filter(
    (p) =>
      p.start >= verbAt &&
      !/(?:mit|durch|über)(?: (?:dem|der|den|einem|einer))? (?:[\p{L}-]+ )?[„"»]?$/u.test(
        text.slice(Math.max(verbAt, p.start - 40), p.start),
      ),
  );
  // "richtet mit dem Projekt „P“ Sprechstunden ein", "baut mit „P“ eine Beratung auf": a project named
  // bare or as "Projekt"/"Angebot" after "mit" is the means by which the subject runs it
  if (!objects.length)
    objects.push(
      ...projectSpans.filter(
        (p) =>
          p.start >= verbAt &&
          /mit (?:(?:dem|ihrem|seinem) (?:Projekt|Angebot|Vorhaben) )?[„"»]$/u.test(
            text.slice(Math.max(verbAt, p.start - 40), p.start),
          ),
      ),
    );
  if (!objects.length) return { carriers: projectSpans.some((p) => p.end <= verbAt) ? inverted : [] };
  const object = objects.reduce((a, b) => (b.start < a.start ? b : a));
  // the subject: actors between the clause start and the verb, coordinated by "und" or commas
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', verbAt) + 1, lastClauseBreak(text, s.start, verbAt));
  const before = actors.filter((a) => a.start >= clauseStart && a.end <= verbAt);
  // "…, in Lemgo startet der Verein X das Projekt „P“": an adverbial before the verb, the subject after it
  // (the actors before the verb belong to another clause when words other than "und" stand between)
  const last = before[before.length - 1];
  const adjacent = last !== undefined && /^[\s„“”"»«]*$/u.test(text.slice(last.end, verbAt));
  return { carriers: before.length && (adjacent || !inverted.length) ? before : inverted, object };
}

/** Start of the clause a position is in: after the last ", der/die/das/wo/…" or ":" before it. */
function lastClauseBreak(text: string, from: number, to: number): number {
  const re =
    /(?:,\s+(?:der|die|das|den|dem|deren|dessen|wo|wobei|womit|weil|da|dass|um|wenn|als|denn|aber|doch)\s)|:\s/gu;
  let last = from;
  for (const m of text.slice(from, to).matchAll(re)) last = from + m.index + m[0].length;
  return last;
}
