/**
 * The town a project's own words place it in, where it differs from its block's: a town in the
 * project's name ("Ferienkiste Hennef", "Familienlotsen Höxter"), or, on a page about several towns,
 * the town named last before the project in its paragraph and sentence ("In Minden erhält der Verein …
 * für sein Projekt „P“", "in Lemgo startet X das Projekt „P“", a table row "Stadt A | P | Quartier").
 */
import type { Mention, PlaceRef } from '../../model/index.ts';
import type { ExtractionRun } from '../run.ts';
import { meantOnPage, pageTowns, type PageTowns } from '../page-towns.ts';
import { byLine } from '../span-index.ts';

export function ownTown(
  run: ExtractionRun,
  project: Mention,
  pageTown: PlaceRef | undefined,
): { m: Mention; rule: string } | undefined {
  const { towns, page } = indexOf(run);
  const line = run.ctx.lineOf(project.start);
  const onLine = towns.get(line) ?? [];
  const near = (m: Mention) => {
    const town = run.ctx.places.byId(m.attrs.placeId ?? '');
    return !town || meantOnPage(town, pageTown, page);
  };
  // "Familienpatinnen im Altkreis Lübbecke": a former Kreis, not the town
  const inName = onLine.find(
    (m) =>
      m.start >= project.start &&
      m.end <= project.end &&
      !/Altkreis\s+$/u.test(run.ctx.text.slice(Math.max(project.start, m.start - 10), m.start)) &&
      near(m),
  );
  if (inName) return { m: inName, rule: 'located.town-in-name' };
  if (!run.multiTown) return undefined;
  const sentence = run.ctx.sentenceAt(project.start);
  const from = Math.max(run.ctx.lines[line]!.start, sentence?.start ?? 0);
  let before: Mention | undefined;
  for (const m of onLine) if (m.end <= project.start && m.start >= from) before = m;
  return before ? { m: before, rule: 'located.town-before-project' } : undefined;
}

interface TownIndex {
  /** the town mentions of each line, in text order */
  towns: Map<number, Mention[]>;
  page: PageTowns;
}

// built once per run: the passes ask for every project of a page (overview pages list hundreds)
const indexes = new WeakMap<ExtractionRun, TownIndex>();

function indexOf(run: ExtractionRun): TownIndex {
  let index = indexes.get(run);
  if (!index) {
    const towns = run.places.filter((p) => p.m.attrs.placeType === 'gemeinde');
    index = {
      towns: new Map([...byLine(towns, (p) => p.line)].map(([l, ps]) => [l, ps.map((p) => p.m)])),
      page: pageTowns(
        run.ctx.text,
        run.places.map(({ m }) => ({
          start: m.start,
          end: m.end,
          id: m.attrs.placeId ?? '',
          level: m.attrs.placeType ?? '',
          name: m.name,
        })),
      ),
    };
    indexes.set(run, index);
  }
  return index;
}
