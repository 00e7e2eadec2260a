/**
 * The table view as a CSV file: every shown node (not only the first rows the page draws), in the
 * table's sort order, with name (as shown: pseudonyms in presenter mode; keys, which may hold a
 * person's name, stay out), kind, municipality and every measure of the project–actor
 * network, each header naming that network. Pure.
 */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { MEASURES, measureLabel, measureValue } from '../measures.ts';
import { kindLabel } from '../state/appearance.ts';
import { tableRows, type SortState } from '../state/table-rows.ts';
import type { Language } from '../state/view-state.ts';
import { tableCsv } from './table-csv.ts';

export function nodeTableCsv(
  model: ExplorerModel,
  visible: Uint8Array,
  sort: SortState,
  lang: Language,
  labelOf: (index: number) => string,
): string {
  const headers = [
    t('label', lang),
    t('kind', lang),
    t('municipality', lang),
    ...MEASURES.map((m) => measureLabel(m.key, 'twoMode', lang)),
  ];
  const rows = tableRows(model, visible, sort, (k) => kindLabel(k as never, lang)).map((i) => {
    const n = model.nodes[i]!;
    return [
      labelOf(i),
      kindLabel(n.kind, lang),
      n.municipality ?? null,
      ...MEASURES.map((m) => measureValue(n.measures, m.key)),
    ];
  });
  return tableCsv(headers, rows, lang);
}
