/**
 * A node picker for the correction forms: an ARIA combobox over `searchNodes` (as the search box in
 * the toolbar) that keeps the chosen node instead of jumping to it. Typing again forgets the choice,
 * so a form never acts on a node the field no longer names.
 */
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { el, clear } from '../panels/dom.ts';
import { kindLabel } from '../state/appearance.ts';
import { searchNodes, type SearchHit } from '../state/search.ts';
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
  const listId = `${o.id}-list`;
  const input = el('input', {
    attrs: {
      type: 'search',
      id: o.id,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      placeholder: t('curFindPlaceholder', o.lang),
    },
  });
  const list = el('ul', { class: 'picker-list', attrs: { id: listId, role: 'listbox', hidden: true, 'aria-label': o.label } });
  const chosenLine = el('p', { class: 'picker-chosen', attrs: { 'aria-live': 'polite' } });
  let hits: SearchHit[] = [];
  let active = -1;
  let chosen: NodeRecord | null = null;

  const setChosen = (n: NodeRecord | null) => {
    chosen = n;
    chosenLine.textContent = n ? t('curChosen', o.lang, { name: `${o.labelOf(n.index)} (${kindLabel(n.kind, o.lang)})` }) : '';
    o.onChoose?.(n);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (i: number) => {
    const hit = hits[i];
    const n = hit ? o.model.nodes[hit.index] : undefined;
    if (!n) return;
    input.value = o.labelOf(n.index);
    close();
    setChosen(n);
  };
  const render = () => {
    clear(list);
    if (!input.value.trim()) return close();
    hits = searchNodes(o.model, input.value, HIT_LIMIT, undefined, o.searchable);
    if (!hits.length) list.append(el('li', { class: 'muted', attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' } }, t('noHits', o.lang)));
    hits.forEach((h, i) => {
      const n = o.model.nodes[h.index]!;
      const li = el(
        'li',
        { attrs: { role: 'option', id: `${o.id}-opt-${i}`, 'aria-selected': i === active ? 'true' : 'false' }, class: i === active ? 'active' : '' },
        el('span', { class: 'hit-label' }, o.labelOf(h.index)),
        el('span', { class: 'hit-kind' }, ` · ${kindLabel(n.kind, o.lang)}`),
        h.alias && n.kind !== 'person' ? el('span', { class: 'hit-alias' }, ` (${t('alias', o.lang)}: ${h.alias})`) : null,
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault(); // keep the focus in the field
        choose(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${o.id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    active = -1;
    if (chosen) setChosen(null);
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) render();
      if (!hits.length) return;
      active = ev.key === 'ArrowDown' ? (active + 1) % hits.length : (active - 1 + hits.length) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      // Enter picks a hit while the list is open; otherwise it submits the form
      if (!list.hidden && hits.length) {
        ev.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (ev.key === 'Escape' && !list.hidden) {
      ev.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  const element = el('div', { class: 'field picker' }, el('label', { attrs: { for: o.id } }, o.label), el('div', { class: 'search' }, input, list), chosenLine);
  return { element, input, chosen: () => chosen };
}
