/**
 * A node picker for the correction forms: an ARIA combobox over `searchNodes` (as the search box in
 * the toolbar) that keeps the chosen node instead of jumping to it. Typing again forgets the choice,
 * so a form never acts on a node the field no longer names.
 */
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { el } from '../panels/dom.ts';
import { nodeCombobox } from '../panels/node-combobox.ts';
import { kindLabel } from '../state/appearance.ts';
import type { Language } from '../state/view-state.ts';

export interface NodePickerOptions {
  /** Unique id stem for the input, the listbox and its options. */
  id: string;
  label: string;
  model: ExplorerModel;
  lang: Language;
  labelOf(index: number): string;
  /** Nodes that may be offered (not the node being corrected; no persons in presenter mode). */
  searchable(index: number): boolean;
  onChoose?(node: NodeRecord | null): void;
}

export interface NodePicker {
  element: HTMLElement;
  input: HTMLInputElement;
  chosen(): NodeRecord | null;
}

const HIT_LIMIT = 8;

export function nodePicker(o: NodePickerOptions): NodePicker {
  const chosenLine = el('p', { class: 'picker-chosen', attrs: { 'aria-live': 'polite' } });
  let chosen: NodeRecord | null = null;
  const setChosen = (n: NodeRecord | null) => {
    chosen = n;
    chosenLine.textContent = n
      ? t('curChosen', o.lang, { name: `${o.labelOf(n.index)} (${kindLabel(n.kind, o.lang)})` })
      : '';
    o.onChoose?.(n);
  };
  const { input, list } = nodeCombobox({
    id: o.id,
    label: o.label,
    placeholder: t('curFindPlaceholder', o.lang),
    labelInput: false,
    listClass: 'picker-list',
    limit: HIT_LIMIT,
    model: () => o.model,
    lang: () => o.lang,
    labelOf: o.labelOf,
    searchable: o.searchable,
    onChoose: (index) => setChosen(o.model.nodes[index] ?? null),
    // typing again forgets the choice
    onInput: () => {
      if (chosen) setChosen(null);
    },
  });
  const element = el(
    'div',
    { class: 'field picker' },
    el('label', { attrs: { for: o.id } }, o.label),
    el('div', { class: 'search' }, input, list),
    chosenLine,
  );
  return { element, input, chosen: () => chosen };
}
