/**
 * The search field: an ARIA combobox with a listbox of suggestions; arrows move, Enter focuses the
 * node, Escape closes.
 */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { kindLabel } from '../state/appearance.ts';
import { searchNodes, type SearchHit } from '../state/search.ts';
import type { Language } from '../state/view-state.ts';
import { clear, el } from './dom.ts';

export interface SearchBoxContext {
  model: () => ExplorerModel;
  lang: () => Language;
  visible: () => Uint8Array;
  searchable: (index: number) => boolean;
  labelOf: (index: number) => string;
  onChoose(key: string): void;
}

export function searchBox(ctx: SearchBoxContext): HTMLElement {
  const input = el('input', {
    attrs: {
      type: 'search',
      id: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-list',
      autocomplete: 'off',
      'aria-label': t('searchLabel', ctx.lang()),
      placeholder: t('searchPlaceholder', ctx.lang()),
    },
  });
  const list = el('ul', { attrs: { id: 'search-list', role: 'listbox', hidden: true, 'aria-label': t('searchLabel', ctx.lang()) } });
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
    input.value = ctx.labelOf(hit.index);
    close();
    ctx.onChoose(hit.key);
  };
  const render = () => {
    clear(list);
    const lang = ctx.lang();
    if (!input.value.trim()) return close();
    hits = searchNodes(ctx.model(), input.value, 12, ctx.visible(), ctx.searchable);
    if (!hits.length) list.append(el('li', { class: 'muted', attrs: { role: 'option', 'aria-disabled': 'true' } }, t('noHits', lang)));
    hits.forEach((h, i) => {
      const node = ctx.model().nodes[h.index]!;
      const li = el(
        'li',
        { attrs: { role: 'option', id: `search-opt-${i}`, 'aria-selected': i === active ? 'true' : 'false' }, class: i === active ? 'active' : '' },
        el('span', { class: 'hit-label' }, ctx.labelOf(h.index)),
        el('span', { class: 'hit-kind' }, ` · ${kindLabel(node.kind, lang)}`),
        h.alias && node.kind !== 'person' ? el('span', { class: 'hit-alias' }, ` (${t('alias', lang)}: ${h.alias})`) : null,
        ctx.visible()[h.index] ? null : el('span', { class: 'hit-hidden' }, ` – ${t('hiddenByFilter', lang)}`),
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    active = -1;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!hits.length) return;
      active = ev.key === 'ArrowDown' ? (active + 1) % hits.length : (active - 1 + hits.length) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (hits.length) choose(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return el('div', { class: 'search' }, input, list);
}
