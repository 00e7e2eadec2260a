/**
 * The town a project's own words place it in, where it differs from its block's: a town in the
 * project's name ("Ferienkiste Hennef", "Familienlotsen Höxter"), or, on a page about several towns,
 * the town named last before the project in its paragraph and sentence ("In Minden erhält der Verein …
 * für sein Projekt „P“", "in Lemgo startet X das Projekt „P“", a table row "Stadt A | P | Quartier").
 */
import type { Mention, PlaceRef } from '../../model/index.ts';
import type { ExtractionRun } from '../run.ts';
import { listedTownIds } from '../listed-towns.ts';
import { distanceKm } from '../../util/index.ts';

/** How far a town in a project's name may lie from the page's town: farther, it is a district's namesake ("Hustadt & Laer" in Bochum). */
const NAME_TOWN_KM = 50;

export function ownTown(
  run: ExtractionRun,
  project: Mention,
  pageTown: PlaceRef | undefined,
): { m: Mention; rule: string } | undefined {
  const near = (m: Mention) => {
    const town = run.ctx.places.byId(m.attrs.placeId ?? '');
    return !pageTown || !town || (distanceKm(town, pageTown) ?? 0) <= NAME_TOWN_KM || listedTowns(run).has(town.id);
  };
  // "Familienpatinnen im Altkreis Lübbecke": a former Kreis, not the town
  const inName = run.places.find(
    (p) =>
      p.m.start >= project.start &&
      p.m.end <= project.end &&
      p.m.attrs.placeType === 'gemeinde' &&
      !/Altkreis\s+$/u.test(run.ctx.text.slice(Math.max(project.start, p.m.start - 10), p.m.start)) &&
      near(p.m),
  );
  if (inName) return { m: inName.m, rule: 'located.town-in-name' };
  if (!run.multiTown) return undefined;
  const line = run.ctx.lineOf(project.start);
  const sentence = run.ctx.sentenceAt(project.start);
  const from = Math.max(run.ctx.lines[line]!.start, sentence?.start ?? 0);
  let before: Mention | undefined;
  for (const p of run.places) {
    if (p.line !== line || p.m.attrs.placeType !== 'gemeinde') continue;
    if (p.m.end <= project.start && p.m.start >= from) before = p.m;
  }
  return before ? { m: before, rule: 'located.town-before-project' } : undefined;
}

/** Towns the page names in a list of towns: the page's own towns, however far apart. */
function listedTowns(run: ExtractionRun): Set<string> {
  const towns = run.places
    .map((p) => p.m)
    .filter((m) => m.attrs.placeType === 'gemeinde')
    .map((m) => ({ start: m.start, end: m.end, id: m.attrs.placeId ?? '' }));
  return listedTownIds(run.ctx.text, towns);
}
