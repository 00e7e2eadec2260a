/** Rows of the table view (the map's non-visual equivalent): shown nodes, sortable by any column. */
import { compareStrings } from '../../util/index.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { MEASURES, measureValue, type MeasureKey } from '../measures.ts';

export type SortKey = 'label' | 'kind' | 'municipality' | MeasureKey;
export interface SortState {
  key: SortKey;
  descending: boolean;
}

export function tableRows(
  model: ExplorerModel,
  visible: Uint8Array,
  sort: SortState,
  kindLabel: (k: string) => string,
): number[] {
  const rows: number[] = [];
  for (const n of model.nodes) if (visible[n.index]) rows.push(n.index);
  const text = (i: number): string => {
    const n = model.nodes[i]!;
    return sort.key === 'label' ? n.label : sort.key === 'kind' ? kindLabel(n.kind) : (n.municipality ?? '');
  };
  const isMeasure = MEASURES.some((m) => m.key === sort.key);
  rows.sort((a, b) => {
    let c: number;
    if (isMeasure) {
      const va = measureValue(model.nodes[a]!.measures, sort.key as MeasureKey);
      const vb = measureValue(model.nodes[b]!.measures, sort.key as MeasureKey);
      // empty values last in both directions
      if (va === null || vb === null)
        return va === vb ? compareStrings(model.nodes[a]!.label, model.nodes[b]!.label) : va === null ? 1 : -1;
      c = va - vb;
    } else c = compareStrings(text(a), text(b));
    if (sort.descending) c = -c;
    return c || compareStrings(model.nodes[a]!.label, model.nodes[b]!.label) || a - b;
  });
  return rows;
}
