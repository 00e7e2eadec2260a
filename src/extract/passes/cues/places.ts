/** Place cues: an actor placed in a district ("X im Stadtteil Y"), and a list of the places a project or programme reaches. */
import { PLACE_LIST_CUE } from '../../rules/cue-relations.ts';
import type { Mention, Span } from '../../../model/index.ts';
import { relate, type PageCues, type SentenceCues } from './context.ts';

/** "X im Stadtteil Y": an actor placed in a district. */
export function districtCues(p: PageCues, x: SentenceCues): void {
  const { text } = p;
  for (const d of p.districtsIn(x.s)) {
    const before = x.orgsHere.filter(
      (o) => o.end <= d.m.start && d.m.start - o.end < 25 && /^\s+(?:im|in)\s/.test(text.slice(o.end, d.m.start)),
    );
    for (const o of before) relate(p, x, 'located_in', o, d.m, 'Standort', 'located.actor-in-district');
  }
}

/** "in Bocholt, Borken, Ahaus und Gronau": the towns and Kreise the sentence's project or programme works in. */
export function placeListCues(p: PageCues, x: SentenceCues): void {
  const { text } = p;
  const { s } = x;
  const placesHere = p
    .placesIn(s)
    .map((y) => y.m)
    .filter((m) => m.attrs.placeType === 'gemeinde' || m.attrs.placeType === 'kreis');
  if (placesHere.length < 2 || fromOrigin(text, s, placesHere[0]!)) return;
  if (!PLACE_LIST_CUE.test(x.st) || !isPlaceList(text, placesHere)) return;
  const target = placeListTarget(p, x);
  if (target) for (const pl of placesHere) relate(p, x, 'located_in', target, pl, 'Ortsliste', 'cue.place-list');
}

/** "Kinderarztpraxen aus A, B und C": where people or bodies come from, not where the project works. */
function fromOrigin(text: string, s: Span, first: Mention): boolean {
  const origin = /([\p{Lu}][\p{L}-]+)\s+aus\s+(?:der\s+|dem\s+|den\s+)?(?:Stadt\s+|Gemeinde\s+)?$/u.exec(
    text.slice(Math.max(s.start, first.start - 60), first.start),
  );
  return origin !== null && !/^(?:Projekte?|Angebote?|Initiativen?|Standorte?)$/u.test(origin[1]!);
}

/** Who works in the listed places: the named project, a programme, the referred project, the page's programme or cooperation body. */
function placeListTarget(p: PageCues, x: SentenceCues): Mention | undefined {
  const { run } = p;
  const { strength, owner, subject } = x;
  if (strength === 'named' && !owner) return subject;
  if (x.progsHere[0]) return x.progsHere[0];
  if (strength === 'referred' && !owner) return subject;
  if (/Projekte|Initiativen|Kommunen|Standort/.test(x.st)) return run.primaryPrograms[0];
  // on a page about a cooperation body ("Sprechtage in Bocholt, Borken, Ahaus und Gronau"), the body works in the listed places
  return run.hub && !run.hubIsOwner && run.projects.length === 0 ? run.hub : undefined;
}

/** Places joined by commas, "und", "sowie" or slashes (a list, not places scattered through a sentence). */
function isPlaceList(text: string, places: readonly Mention[]): boolean {
  for (let i = 1; i < places.length; i++) {
    const between = text.slice(places[i - 1]!.end, places[i]!.start);
    // "Hamm (3), Iserlohn (2) und Marl (1)": a count after each place
    if (
      /^(?:\s*\(\d{1,3}\))?\s*(?:,|und|sowie|oder|\/|;)\s*(?:(?:die|der|den|dem|Stadt|Gemeinde|Kreis|im Kreis)\s+)?$/u.test(
        between,
      )
    )
      return true;
  }
  return false;
}
