/**
 * Pass: ties between places and of actors to places — a district lies in its town, and an actor named
 * "in" a place ("die Kita St. Franziskus in Hassel") is located there. A town named with its Kreis
 * ("Kamp-Lintfort (Kreis Wesel)") gets no tie: the gazetteer knows the Kreis, and the annotations
 * (ANNOTATION.md) tie projects and districts to places, not towns to Kreise.
 */
import type { ExtractionRun } from '../run.ts';
import { spanIndex } from '../span-index.ts';
import type { Mention } from '../../model/index.ts';

const PROJECT_IN =
  /^\s*(?:in|im|in der|im Stadtteil|im Ortsteil|im Quartier|im Kreis|in der Stadt|in der Gemeinde)\s+(?:Kreis\s+)?$/u;

const ACTOR_IN =
  /^\s*(?:in|im|aus|in der|im Stadtteil|im Ortsteil|im Quartier|in der Stadt|in der Gemeinde|am Standort)\s+$/u;

export function addPlaceTies(run: ExtractionRun): void {
  const { ctx, store } = run;
  const text = ctx.text;
  const townMention = new Map<string, Mention>();
  for (const p of run.places)
    if (p.m.attrs.placeType === 'gemeinde' && !townMention.has(p.m.name)) townMention.set(p.m.name, p.m);
  // a district lies in the town it belongs to
  for (const d of run.districts) {
    const town = d.m.municipality ? townMention.get(d.m.municipality) : undefined;
    if (town)
      store.relate('located_in', d.m, town, ctx.evidenceAt(d.m.start), 'Stadtteil von', 'located.district-town');
  }
  const places = run.places.map((p) => p.m).sort((a, b) => a.start - b.start);
  // "Kita Pusteblume in Coerde", "das Netzwerk „Frühe Hilfen“ im Kreis Heinsberg": an actor or project named in a place
  const spots = spanIndex([...run.districts.map((d) => d.m), ...places], (m) => m);
  const projectsNamed = store.mentions.filter((m) => m.kind === 'project');
  const canonical = new Map(run.projects.map((p) => [p.m.name, p.m]));
  for (const p of projectsNamed) {
    const end = /^[“”"«]/.test(text.slice(p.end, p.end + 1)) ? p.end + 1 : p.end;
    const near = spots({ start: end, end: end + 40 })[0];
    if (near && PROJECT_IN.test(text.slice(end, near.start)))
      store.relate(
        'located_in',
        canonical.get(p.name) ?? p,
        near,
        ctx.evidenceAt(p.start),
        'Standort',
        'located.project-in-place',
      );
  }
  for (const { m: o } of run.orgs) {
    if (o.kind === 'funder') continue;
    const near = spots({ start: o.end, end: o.end + 40 })[0];
    if (near && ACTOR_IN.test(text.slice(o.end, near.start)))
      store.relate('located_in', o, near, ctx.evidenceAt(o.start), 'Standort', 'located.actor-in-place');
    // "die Jugendwerkstatt X gGmbH, ein gemeinnütziger Träger … mit Sitz in Ahaus"
    const seat = /^[^.;()]{0,120}?\bmit (?:Sitz|Hauptsitz|Standort) in\s+$/u;
    const later = spots({ start: o.end, end: o.end + 160 }).find((x) => seat.test(text.slice(o.end, x.start)));
    if (later && !run.orgs.some((x) => x.m.start > o.end && x.m.end <= later.start))
      store.relate('located_in', o, later, ctx.evidenceAt(o.start), 'Sitz', 'located.actor-seat');
  }
}
