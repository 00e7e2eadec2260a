/**
 * Pass: an organisation named once with its place and once without — "Familienzentrum Kita
 * Sonnenblume Baumheide" in the page's header, "Familienzentrum Kita Sonnenblume" in its contact
 * block — is one organisation under the shorter name, located in that place (a district or a town the
 * page names elsewhere). "Kita Sonnenblume" on the page of the "Familienzentrum Kita Sonnenblume" is that
 * Familienzentrum.
 */
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';

export function mergeOrgNamePlaces(run: ExtractionRun): void {
  const { store, ctx } = run;
  const names = new Set(run.orgs.map((o) => o.m.name));
  const districtOf = new Map(run.districts.map((d) => [d.m.name, d.m]));
  const townOf = new Map<string, Mention>();
  for (const p of run.places)
    if (p.m.attrs.placeType === 'gemeinde' && !townOf.has(p.m.name)) townOf.set(p.m.name, p.m);
  const renamed = new Map<string, string>();
  for (const long of names) {
    const cut = long.lastIndexOf(' ');
    if (cut <= 0) continue;
    const short = long.slice(0, cut);
    const place = long.slice(cut + 1);
    if (short.split(' ').length < 2 || !(districtOf.has(place) || townOf.has(place))) continue;
    // "Jobcenter Kreis Kleve" beside "Jobcenter Kreis Wesel": the place is part of the name
    if (OPEN_END.test(short) || [...names].some((n) => n !== long && n.startsWith(`${short} `))) continue;
    if (names.has(short) || standsAlone(ctx.text, short, place)) renamed.set(long, short);
  }
  // "Träger der Kita Sonnenblume ist …" on the page of the "Familienzentrum Kita Sonnenblume": the same house
  const final = new Set([...names].map((n) => renamed.get(n) ?? n));
  for (const name of names)
    if (/^(?:Kita|KiTa|Kindertagesstätte|Kindergarten)\s/u.test(name) && final.has(`Familienzentrum ${name}`))
      renamed.set(name, `Familienzentrum ${name}`);
  if (!renamed.size) return;
  const tied = new Set<string>();
  for (const { m } of run.orgs) {
    const short = renamed.get(m.name);
    if (!short) continue;
    const place = m.name.slice(short.length + 1);
    m.name = short;
    const spot = districtOf.get(place) ?? townOf.get(place);
    if (!spot || tied.has(short)) continue;
    tied.add(short);
    store.relate('located_in', m, spot, ctx.evidenceAt(m.start), 'Standort im Namen', 'located.org-name-place');
  }
}

/** A name that cannot end there: its last word asks for the place after it. */
const OPEN_END = /\s(?:Kreis|Stadt|Gemeinde|Region|StädteRegion|für|der|des|in|im|am|an)$/u;

/** The short name occurs without the place word after it ("Familienzentrum Kita Sonnenblume" over the address). */
function standsAlone(text: string, short: string, place: string): boolean {
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    const rest = text.slice(at + short.length, at + short.length + place.length + 1);
    // (not followed by another name: "Jobcenter Kreis Wesel" is no "Jobcenter Kreis")
    if (rest !== ` ${place}` && !/^(?:[\p{L}-]|[ \t][\p{Lu}])/u.test(rest)) return true;
  }
  return false;
}
