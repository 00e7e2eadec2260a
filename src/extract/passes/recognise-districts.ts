/** Pass: districts ("im Stadtteil X", "Quartier „Y“", "…siedlung"), unless the name is a town of the gazetteer. */
import { recognisableLines } from '../context.ts';
import { findDistricts } from '../districts.ts';
import type { ExtractionRun } from '../run.ts';
import type { PlaceLookup } from '../../model/index.ts';
import { HEADS, NOT_NAME_WORDS } from '../actors/org-vocabulary.ts';
import { NOT_A_DISTRICT } from '../rules/toponyms.ts';
import { foldMemo as fold } from '../../util/index.ts';

export function recogniseDistricts(run: ExtractionRun): void {
  const { places } = run.ctx;
  for (const line of recognisableLines(run.ctx)) {
    for (const d of findDistricts(line.text, line.start)) {
      if (!run.store.isFree(line.index, d)) continue;
      if (
        places
          .lookup(d.name)
          .some((pl) => pl.level === 'gemeinde' && d.type !== 'Stadtteil' && d.type !== 'Stadtbezirk')
      )
        continue;
      if (d.rule === 'district.named-place' && !namedPlaceIsDistrict(d.name, places)) continue;
      run.found.districts.push(Object.assign(d, { line: line.index }));
      run.store.take(line.index, d);
    }
  }
}

/** Words after "Stadtteilfest für", "Quartiersmanagement" that are no place: "Jung und Alt", "Soziale Stadt", a body's name. */
const NOT_A_PLACE = /^(?:Jung|Alt|Groß|Klein|Arm|Reich|Alle|Jede[rn]?)$|^[\p{Lu}][\p{Ll}]+(?:e|en|er|es)\s[\p{Lu}]/u;

/**
 * A name after "Stadtteilzentrum"/"Quartiersbüro" is a district unless it is a town's part read by the
 * town-and-part rule ("Stadtteileltern Lemgo-Biesterberg"), a body or a common word.
 */
function namedPlaceIsDistrict(name: string, places: PlaceLookup): boolean {
  const town = /^([\p{Lu}][\p{L}]+)-/u.exec(name)?.[1];
  if (town && places.lookup(town).some((pl) => pl.level === 'gemeinde')) return false;
  const f = fold(name);
  return !NOT_A_PLACE.test(name) && !NOT_A_DISTRICT.has(name) && !HEADS.has(f) && !NOT_NAME_WORDS.has(f);
}
