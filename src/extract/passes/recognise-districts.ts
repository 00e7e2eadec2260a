/** Pass: districts ("im Stadtteil X", "Quartier „Y“", "…siedlung"), unless the name is a town of the gazetteer. */
import { recognisableLines } from '../context.ts';
import { findDistricts } from '../districts.ts';
import type { ExtractionRun } from '../run.ts';

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
      // "Stadtteileltern Lemgo-Biesterberg": a town and its part, read by the town-and-part rule
      const town = /^([\p{Lu}][\p{L}]+)-/u.exec(d.name)?.[1];
      if (d.rule === 'district.named-place' && town && places.lookup(town).some((pl) => pl.level === 'gemeinde'))
        continue;
      run.found.districts.push(Object.assign(d, { line: line.index }));
      run.store.take(line.index, d);
    }
  }
}
