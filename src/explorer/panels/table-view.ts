/** The table view: shown nodes and their measures, sortable by clicking (or Enter on) a header. */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { MEASURES, measureValue } from '../measures.ts';
import { kindLabel } from '../state/appearance.ts';
import { tableRows, type SortKey, type SortState } from '../state/table-rows.ts';
import type { Language } from '../state/view-state.ts';
import { button, el } from './dom.ts';

export interface TableViewContext {
  model: ExplorerModel;
  visible: Uint8Array;
  lang: Language;
  sort: SortState;
  labelOf(index: number): string;
  onSort(s: SortState): void;
  onSelect(key: string): void;
}

export const TABLE_LIMIT = 500;

export function tableView(ctx: TableViewContext): HTMLElement {
  const { model, lang, sort } = ctx;
  const fmt = (digits: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: digits });
  const columns: Array<{ key: SortKey; label: string; numeric: boolean }> = [
    { key: 'label', label: t('label', lang), numeric: false },
    { key: 'kind', label: t('kind', lang), numeric: false },
    { key: 'municipality', label: t('municipality', lang), numeric: false },
    ...MEASURES.map((m) => ({ key: m.key as SortKey, label: m.label[lang], numeric: true })),
  ];
  const head = el(
    'tr',
    null,
    ...columns.map((c) => {
      const active = sort.key === c.key;
      const th = el('th', { attrs: { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' } });
      th.append(button(`${c.label}${active ? (sort.descending ? ' ▼' : ' ▲') : ''}`, () => ctx.onSort({ key: c.key, descending: active ? !sort.descending : c.numeric }), { class: 'sort' }));
      return th;
    }),
  );
  const rows = tableRows(model, ctx.visible, sort, (k) => kindLabel(k as never, lang));
  const body = el('tbody');
  for (const i of rows.slice(0, TABLE_LIMIT)) {
    const n = model.nodes[i]!;
    body.append(
      el(
        'tr',
        null,
        el('th', { attrs: { scope: 'row' } }, button(ctx.labelOf(i), () => ctx.onSelect(n.key), { class: 'link' })),
        el('td', null, kindLabel(n.kind, lang)),
        el('td', null, n.municipality ?? ''),
        ...MEASURES.map((m) => {
          const v = measureValue(n.measures, m.key);
          return el('td', { class: 'num' }, v === null ? '–' : fmt(m.digits).format(v));
        }),
      ),
    );
  }
  const table = el('table', { class: 'node-table' }, el('caption', null, t('tableCaption', lang)), el('thead', null, head), body);
  return el(
    'section',
    { class: 'table-view', attrs: { 'aria-label': t('tabTable', lang) } },
    rows.length > TABLE_LIMIT ? el('p', { class: 'muted' }, t('tableLimit', lang, { n: TABLE_LIMIT })) : null,
    el('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': t('tableCaption', lang) } }, table),
  );
}
