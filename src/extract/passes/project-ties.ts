/**
 * Pass: ties every project has by its place on the page: located_in its block's town, Kreis and
 * districts; part_of the page's programmes; an overview entry's Jugendamt as carrier.
 */
import { placeMention, townNamedWith, type Block, type ExtractionRun } from '../run.ts';
import type { Mention, PlaceRef, Span } from '../../model/index.ts';
import { spanIndex } from '../span-index.ts';
import { ownTown } from './project-town.ts';

export function addProjectTies(run: ExtractionRun): void {
  const { ctx, store } = run;
  const placesIn = spanIndex(run.places, (x) => x.m);
  const districtsIn = spanIndex(run.districts, (x) => x.m);
  // "Zu 5: Lesepaten begleiten Kinder in Nordfeld und Kirchberg": the districts of a note on a table row
  const rows = new Set(run.rowProjects.values());
  for (const line of ctx.lines) {
    const project = run.projectOfLine[line.index];
    if (!project || !rows.has(project) || !/^\s*Zu\s+(?:Nr\.\s*)?\d{1,2}\s*[:.)]/u.test(line.text)) continue;
    for (const d of districtsIn(line))
      store.relate(
        'located_in',
        project,
        d.m,
        ctx.evidenceAt(d.m.start),
        'Stadtteil der Erläuterung',
        'located.row-note-district',
      );
  }
  const regionOf = new Map(run.projectRegions.map((r) => [r.project, r]));
  const blocksWithCarrier = new Set(
    ctx.fields
      .filter((f) => f.key === 'carrier' && f.values.length > 0)
      .map((f) => run.blockOfLine[ctx.lineOf(f.labelSpan.start)]),
  );
  const several = run.projectRegions.length > 1;
  const districtNames = distinctDistricts(run);
  for (const { m: project, block } of run.projects) {
    const region = several ? regionOf.get(project) : undefined;
    if (region) placesOfRegion(run, project, region, placesIn, districtsIn);
    const placeNode = region ? undefined : blockPlaceTie(run, project, block, placesIn);
    if (!region && block.kreis && block.kreisSpan) {
      const k = placeMention(run, block.kreis, block.kreisSpan, 'place.block');
      store.relate(
        'located_in',
        project,
        k,
        ctx.evidenceAt(block.kreisSpan.start),
        'Kreis/kreisfreie Stadt',
        'located.block-kreis',
      );
    }
    const blockSpan = { start: ctx.lines[block.from]!.start, end: ctx.lines[block.to - 1]!.end };
    for (const d of region
      ? []
      : districtsIn(blockSpan).filter((x) => !block.around || run.blockOfLine[ctx.lineOf(x.m.start)] === block)) {
      store.relate(
        'located_in',
        project,
        d.m,
        ctx.evidenceAt(d.m.start),
        'Quartier/Stadtteil',
        'located.block-district',
      );
      // a district whose own words name its town ("Troisdorf-Oberlar") lies there, whatever the block's town
      const town =
        block.place?.level === 'gemeinde' && (!d.m.municipality || d.m.municipality === placeNode?.name)
          ? placeNode
          : undefined;
      if (town)
        store.relate('located_in', d.m, town, ctx.evidenceAt(d.m.start), 'Stadtteil von', 'located.district-town');
    }
    // the towns of a Kreis a sheet or an overview entry names are the project's places (running text names towns for other reasons)
    if (!region && block.place?.level === 'kreis' && (block.isEntry || !run.genre.proseProjects)) {
      for (const pm of placesIn(blockSpan)) {
        const pl = ctx.places.byId(pm.m.attrs.placeId ?? '');
        // on a sheet, the towns of its fields; running text names towns for other reasons ("Die Städte A und B haben eigene Jugendämter")
        if (!block.isEntry && !ctx.fieldValueLines.has(ctx.lineOf(pm.m.start))) continue;
        if (pl?.level === 'gemeinde' && pl.kreis === block.place.name)
          store.relate(
            'located_in',
            project,
            pm.m,
            ctx.evidenceAt(pm.m.start),
            'Standort im Kreis',
            'located.town-of-kreis',
          );
      }
    }
    // "Familienlotsen Nordfeld", "Stark in Kirchberg": a district of the page in the project's own name
    for (const d of districtNamedIn(districtNames, project))
      store.relate(
        'located_in',
        project,
        d,
        ctx.evidenceAt(project.start),
        'Stadtteil im Projektnamen',
        'located.district-in-name',
      );
    programmeTies(run, project, region);
    // an entry of a Jugendamt runs its project, unless the entry names the project's own carrier ("Träger: X e.V.")
    const ownCarrier = blocksWithCarrier.has(block);
    if (block.isEntry && block.place && block.heading && !ownCarrier) {
      const yo = store.add(
        'youth_office',
        'Jugendamt',
        block.heading,
        { domains: ['SGB VIII'], unitName: block.heading.text },
        block.place.name,
        'youth_office.overview-entry',
      );
      store.relate(
        'carried_by',
        project,
        yo,
        block.heading,
        'Eintrag eines Jugendamts in der Programmübersicht',
        'carried_by.overview-entry',
      );
    }
  }
}

const BEFORE_PLACE =
  /(?:\b(?:in|im|in den|aus|nach|für|am)(?:\s+(?:den\s+)?(?:Stadtteil(?:en)?|Ortsteil(?:en)?|Quartier(?:en)?|Stadtbezirk(?:en)?|Sozialraum|Stadt|Gemeinde|Kommunen?|Städten))?|,|und|sowie)\s*$/u;

/**
 * A page that presents several projects: each is placed where its own section says it works —
 * the districts of the section, and the towns named there after "in", "aus", "für" — and in the
 * page's town when its section names none.
 */
function placesOfRegion(
  run: ExtractionRun,
  project: Mention,
  region: Span,
  placesIn: (s: Span) => Array<{ m: Mention }>,
  districtsIn: (s: Span) => Array<{ m: Mention }>,
): void {
  const { ctx, store } = run;
  const text = ctx.text;
  let placed = false;
  for (const d of districtsIn(region)) {
    if (
      store.relate(
        'located_in',
        project,
        d.m,
        ctx.evidenceAt(d.m.start),
        'Quartier/Stadtteil',
        'located.section-district',
      )
    )
      placed = true;
    // "im Hammer Stadtteil Herringen", "in Recklinghausen-Hochlarmark": the district's words name the project's town too
    const town = townNamedWith(run, d.m);
    if (town) {
      const m =
        run.places.find((x) => x.m.attrs.placeId === town.id)?.m ?? placeMention(run, town, d.m, 'place.district-town');
      store.relate(
        'located_in',
        project,
        m,
        ctx.evidenceAt(d.m.start),
        'Ort des Stadtteils',
        'located.section-district-town',
      );
    }
  }
  for (const p of placesIn(region)) {
    if (p.m.attrs.placeType !== 'gemeinde' || ctx.fieldLabelLines.has(ctx.lineOf(p.m.start))) continue;
    if (!BEFORE_PLACE.test(text.slice(Math.max(region.start, p.m.start - 40), p.m.start))) continue;
    if (store.relate('located_in', project, p.m, ctx.evidenceAt(p.m.start), 'Ort im Abschnitt', 'located.section-town'))
      placed = true;
  }
  const town = run.blocks[0]?.place;
  if (ownTownTie(run, project, town)) return;
  if (town && run.blocks[0]?.placeSpan && (!placed || town.level === 'gemeinde')) {
    const m =
      placesIn(run.blocks[0].placeSpan).find((x) => x.m.attrs.placeId === town.id)?.m ??
      placeMention(run, town, run.blocks[0].placeSpan, 'place.block');
    if (!placed || run.ctx.text.slice(region.start, region.end).includes(town.name))
      store.relate('located_in', project, m, ctx.evidenceAt(m.start), 'Projektort', 'located.block-place');
  }
}

/**
 * The first mention of each district name of four letters or more, in page order. Made once per page:
 * the test below depends only on the name, so the repeats of a name need not be tried for every project.
 */
function distinctDistricts(run: ExtractionRun): Mention[] {
  const first = new Map<string, Mention>();
  for (const { m } of run.districts) if (m.name.length >= 4 && !first.has(m.name)) first.set(m.name, m);
  return [...first.values()];
}

/** The page's districts whose name is a word of the project's name (first mention of each). */
function districtNamedIn(districts: readonly Mention[], project: Mention): Mention[] {
  const out: Mention[] = [];
  for (const m of districts) {
    const at = project.name.indexOf(m.name);
    if (at < 0) continue;
    const before = project.name[at - 1];
    const after = project.name[at + m.name.length];
    if ((before === undefined || /[\s„"-]/u.test(before)) && (after === undefined || /[\s“",-]/u.test(after)))
      out.push(m);
  }
  return out;
}

/** located_in the block's town, or the town the project's own words name (passes/project-town.ts); the block's town's mention. */
function blockPlaceTie(
  run: ExtractionRun,
  project: Mention,
  block: Block,
  placesIn: (s: Span) => Array<{ m: Mention }>,
): Mention | undefined {
  const { ctx, store } = run;
  if (!block.place || !block.placeSpan) return undefined;
  const placeNode =
    placesIn(block.placeSpan).find((x) => x.m.attrs.placeId === block.place!.id)?.m ??
    placeMention(run, block.place, block.placeSpan, 'place.block');
  if (!ownTownTie(run, project, block.place))
    store.relate(
      'located_in',
      project,
      placeNode,
      ctx.evidenceAt(block.placeSpan.start),
      'Projektort',
      'located.block-place',
    );
  return placeNode;
}

/** located_in the town the project's own words name, where it is not the page's (passes/project-town.ts); false when there is none. */
function ownTownTie(run: ExtractionRun, project: Mention, pageTown: PlaceRef | undefined): boolean {
  const own = ownTown(run, project, pageTown);
  if (!own || own.m.attrs.placeId === pageTown?.id) return false;
  run.store.relate('located_in', project, own.m, run.ctx.evidenceAt(own.m.start), 'Ort des Projekts', own.rule);
  return true;
}

/** part_of the page's programmes. */
function programmeTies(run: ExtractionRun, project: Mention, region: Span | undefined): void {
  const { ctx, store } = run;
  // a page's programme is every project's, except on a carrier's page (its projects run in different
  // programmes): there, a project's own section names it
  if (run.projectRegions.length <= 1 || run.genre.id !== 'carrier-page')
    for (const pm of run.primaryPrograms)
      store.relate('part_of', project, pm, ctx.evidenceAt(pm.start), 'Programm der Seite', 'part_of.page-program');
  else if (region)
    for (const pm of run.primaryPrograms) {
      const named = run.programs.find(
        (x) => x.m.name === pm.name && x.m.start >= region.start && x.m.start < region.end,
      );
      if (named)
        store.relate(
          'part_of',
          project,
          pm,
          ctx.evidenceAt(named.m.start),
          'Programm im Abschnitt',
          'part_of.section-program',
        );
    }
}
