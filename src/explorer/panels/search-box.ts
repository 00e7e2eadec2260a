/** The toolbar's search field: the node combobox; a chosen node is selected and focused on the map. */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { Language } from '../state/view-state.ts';
import { el } from './dom.ts';
import { nodeCombobox } from './node-combobox.ts';

export interface SearchBoxContext {
  model: () => ExplorerModel;
  lang: () => Language;
  visible: () => Uint8Array;
  searchable: (index: number) => boolean;
  labelOf: (index: number) => string;
  onChoose(key: string): void;
}

export function searchBox(ctx: SearchBoxContext): HTMLElement {
  const { input, list } = nodeCombobox({
    id: 'search',
    label: t('searchLabel', ctx.lang()),
    placeholder: t('searchPlaceholder', ctx.lang()),
    labelInput: true,
    limit: 12,
    model: ctx.model,
    lang: ctx.lang,
    labelOf: ctx.labelOf,
    searchable: ctx.searchable,
    visible: ctx.visible,
    onChoose: (index) => ctx.onChoose(ctx.model().nodes[index]!.key),
  });
  return el('div', { class: 'search' }, input, list);
}
