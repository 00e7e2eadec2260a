/**
 * Pass: short forms of a name the page gives in full. A bare "Jobcenter", "Arbeitsagentur",
 * "Jugendberufsagentur" or "Kreisjugendamt" on a page that names exactly one such body in full
 * ("Jobcenter Kreis Borken", "Agentur für Arbeit Coesfeld") is that body; "Kreisverwaltung" and
 * "Stadtverwaltung" are the Kreis or town acting. Runs on the hits, before mentions are made.
 */
import type { OrgMention } from '../actors/organisations.ts';
import { foldMemo as fold } from '../../util/index.ts';
import { OF_THE_KREIS } from '../rules/toponyms.ts';
import type { ExtractionRun, OnLine } from '../run.ts';

/** Bodies a page usually names once in full and then by their head alone; the value groups synonyms. */
const SHORT_FORM_GROUPS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:job-?center|jobcenters?)$/, 'jobcenter'],
  [/^(?:agentur fuer arbeit|arbeitsagentur|bundesagentur fuer arbeit)$/, 'agentur'],
  [/^jugendberufsagentur$/, 'jba'],
  [/^(?:kreisjugendamt(?:es|s)?)$/, 'kreisjugendamt'],
  [/^(?:gesundheitsamt(?:es|s)?)$/, 'gesundheitsamt'],
  [/^(?:sozialamt(?:es|s)?)$/, 'sozialamt'],
];

const FULL_FORM_GROUPS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:job-?center|jobcenters?)\s/, 'jobcenter'],
  [/^(?:agentur fuer arbeit|arbeitsagentur)\s/, 'agentur'],
  [/^jugendberufsagentur\s/, 'jba'],
  [/^kreisjugendamt\s/, 'kreisjugendamt'],
  [/^gesundheitsamt\s/, 'gesundheitsamt'],
  [/^sozialamt\s/, 'sozialamt'],
];

const ADMINISTRATION = /^(?:stadtverwaltung|kreisverwaltung)$/;

/** The group of a folded name in a table, if any. */
function groupOf(f: string, table: ReadonlyArray<[RegExp, string]>): string | undefined {
  // every group's name starts with one of these letters: most names are done after one test
  return /^[jagks]/.test(f) ? table.find(([re]) => re.test(f))?.[1] : undefined;
}

export function resolveShortForms(run: ExtractionRun): void {
  const { found } = run;
  const kreisHit = found.places.find((p) => p.place.level === 'kreis');
  const full = new Map<string, Array<OnLine<OrgMention>>>();
  for (const o of found.orgs) {
    const f = fold(o.name);
    // "das Gesundheitsamt des Kreises" names the body in full as well
    if (
      !o.place &&
      kreisHit &&
      groupOf(f, SHORT_FORM_GROUPS) &&
      OF_THE_KREIS.test(run.ctx.text.slice(o.end, o.end + 30))
    )
      o.place = kreisHit.place;
    const g = groupOf(f, FULL_FORM_GROUPS) ?? (o.place ? groupOf(f, SHORT_FORM_GROUPS) : undefined);
    if (g) (full.get(g) ?? full.set(g, []).get(g)!).push(o);
  }
  // the full names of a group, told apart once per group (the loop below changes only short forms, none of them)
  const distinctCount = new Map<string, number>();
  for (const [g, named] of full)
    distinctCount.set(g, new Set(named.map((n) => `${fold(n.name)}@${n.place?.id ?? ''}`)).size);
  for (const o of found.orgs) {
    const g = groupOf(fold(o.name), SHORT_FORM_GROUPS);
    if (!g || o.place) continue;
    const named = full.get(g) ?? [];
    if (distinctCount.get(g) !== 1) continue;
    const n = named[0]!;
    o.name = n.name;
    if (n.place) o.place = n.place;
    o.rule = `${o.rule}+short-form`;
  }
  // "die Kreisverwaltung", "die Stadtverwaltung": the Kreis or the town of the page acting
  const kreis = found.places.find((p) => p.place.level === 'kreis');
  const town = run.blocks[0]?.place ?? found.places.find((p) => p.place.level === 'gemeinde')?.place;
  const keep: Array<OnLine<OrgMention>> = [];
  for (const o of found.orgs) {
    const f = fold(o.name);
    const place = ADMINISTRATION.test(f)
      ? f.startsWith('kreis')
        ? o.place?.level === 'kreis'
          ? o.place
          : kreis?.place
        : (o.place ?? town)
      : undefined;
    if (place) found.places.push({ start: o.start, end: o.end, place, line: o.line, cue: 'verwaltung' });
    else keep.push(o);
  }
  if (keep.length !== found.orgs.length) {
    found.orgs = keep;
    found.places.sort((a, b) => a.start - b.start);
  }
}
