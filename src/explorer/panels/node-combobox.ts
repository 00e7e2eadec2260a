/**
 * An ARIA combobox over `searchNodes`: a text field with a listbox of hits; arrows move, Enter picks
 * (while the list is open), Escape closes, a click picks. The toolbar's search and the node pickers
 * of the correction forms are both this, differing only in what they do with the chosen node.
 */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { kindLabel } from '../state/appearance.ts';
import { searchNodes, type SearchHit } from '../state/search.ts';
import type { Language } from '../state/view-state.ts';
import { clear, el } from './dom.ts';

export interface NodeComboboxOptions {
  /** Id of the input; the listbox is `<id>-list`, its options `<id>-opt-<n>`. */
  id: string;
  /** Accessible name of the listbox (and of the input when it has no <label>). */
  label: string;
  placeholder: string;
  /** Put the name on the input itself (no visible <label> beside it). */
  labelInput: boolean;
  listClass?: string;
  limit: number;
  model(): ExplorerModel;
  lang(): Language;
  labelOf(index: number): string;
  searchable(index: number): boolean;
  /** Shown nodes: hits outside them are marked "hidden by filters" and ranked lower. */
  visible?(): Uint8Array;
  onChoose(index: number): void;
  /** The text changed (a choice made before no longer holds). */
  onInput?(): void;
}

export interface NodeCombobox {
  input: HTMLInputElement;
  list: HTMLUListElement;
}

export function nodeCombobox(o: NodeComboboxOptions): NodeCombobox {
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
      'aria-label': o.labelInput ? o.label : null,
      placeholder: o.placeholder,
    },
  });
  const list = el('ul', {
    ...(o.listClass ? { class: o.listClass } : {}),
    attrs: { id: listId, role: 'listbox', hidden: true, 'aria-label': o.label },
  });
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = o.labelOf(hit.index);
    close();
    o.onChoose(hit.index);
  };
  const render = () => {
    clear(list);
    const lang = o.lang();
    if (!input.value.trim()) return close();
    const visible = o.visible?.();
    hits = searchNodes(o.model(), input.value, o.limit, visible, o.searchable);
    if (!hits.length)
      list.append(
        el(
          'li',
          { class: 'muted', attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' } },
          t('noHits', lang),
        ),
      );
    hits.forEach((h, i) => {
      const node = o.model().nodes[h.index]!;
      const li = el(
        'li',
        {
          attrs: { role: 'option', id: `${o.id}-opt-${i}`, 'aria-selected': i === active ? 'true' : 'false' },
          class: i === active ? 'active' : '',
        },
        el('span', { class: 'hit-label' }, o.labelOf(h.index)),
        el('span', { class: 'hit-kind' }, ` · ${kindLabel(node.kind, lang)}`),
        h.alias && node.kind !== 'person'
          ? el('span', { class: 'hit-alias' }, ` (${t('alias', lang)}: ${h.alias})`)
          : null,
        !visible || visible[h.index] ? null : el('span', { class: 'hit-hidden' }, ` – ${t('hiddenByFilter', lang)}`),
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
    o.onInput?.();
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
      // Enter picks a hit while the list is open; otherwise it belongs to the form around the field
      if (!list.hidden && hits.length) {
        ev.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (ev.key === 'Escape' && !list.hidden) {
      // closing the list is all Escape does here (the app would otherwise clear the selection too)
      ev.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { input, list };
}
