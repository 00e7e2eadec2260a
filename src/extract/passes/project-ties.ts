/**
 * Pass: ties every project has by its place on the page: located_in its block's town, Kreis and
 * districts; part_of the page's programmes; an overview entry's Jugendamt as carrier.
 */
import { placeMention, type ExtractionRun } from '../run.ts';
import { spanIndex } from '../span-index.ts';

export function addProjectTies(run: ExtractionRun): void {
  const { ctx, store } = run;
  const placesIn = spanIndex(run.places, (x) => x.m);
  const districtsIn = spanIndex(run.districts, (x) => x.m);
  for (const { m: project, block } of run.projects) {
    let placeNode;
    if (block.place && block.placeSpan) {
      placeNode = placesIn(block.placeSpan).find((x) => x.m.attrs.placeId === block.place!.id)?.m ?? placeMention(run, block.place, block.placeSpan, 'place.block');
      store.relate('located_in', project, placeNode, ctx.evidenceAt(block.placeSpan.start), 'Projektort', 'located.block-place');
    }
    if (block.kreis && block.kreisSpan) {
      const k = placeMention(run, block.kreis, block.kreisSpan, 'place.block');
      store.relate('located_in', project, k, ctx.evidenceAt(block.kreisSpan.start), 'Kreis/kreisfreie Stadt', 'located.block-kreis');
    }
    const blockSpan = { start: ctx.lines[block.from]!.start, end: ctx.lines[block.to - 1]!.end };
    for (const d of districtsIn(blockSpan)) {
      store.relate('located_in', project, d.m, ctx.evidenceAt(d.m.start), 'Quartier/Stadtteil', 'located.block-district');
      const town = block.place?.level === 'gemeinde' ? placeNode : undefined;
      if (town) store.relate('located_in', d.m, town, ctx.evidenceAt(d.m.start), 'Stadtteil von', 'located.district-town');
    }
    if (block.place?.level === 'kreis') {
      for (const pm of placesIn(blockSpan)) {
        const pl = ctx.places.byId(pm.m.attrs.placeId ?? '');
        if (pl?.level === 'gemeinde' && pl.kreis === block.place.name) store.relate('located_in', project, pm.m, ctx.evidenceAt(pm.m.start), 'Standort im Kreis', 'located.town-of-kreis');
      }
    }
    for (const pm of run.primaryPrograms) store.relate('part_of', project, pm, ctx.evidenceAt(pm.start), 'Programm der Seite', 'part_of.page-program');
    if (block.isEntry && block.place && block.heading) {
      const yo = store.add('youth_office', 'Jugendamt', block.heading, { domains: ['SGB VIII'], unitName: block.heading.text }, block.place.name, 'youth_office.overview-entry');
      store.relate('carried_by', project, yo, block.heading, 'Eintrag eines Jugendamts in der Programmübersicht', 'carried_by.overview-entry');
    }
  }
}
