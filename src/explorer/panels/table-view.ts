/**
 * The table view: shown nodes and their measures (project–actor network, said in a note and in
 * each measure header's tooltip), sortable by clicking (or Enter on) a header. It fits its panel:
 * the user chooses the columns (a few by default), the name column stays in view when the table
 * scrolls sideways; a CSV holds every shown node with every measure.
 */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { downloadBlob } from '../export/download.ts';
import { safeFileName } from '../export/file-name.ts';
import { nodeTableCsv } from '../export/node-table-csv.ts';
import { CSV_MIME } from '../export/table-csv.ts';
import { t } from '../i18n.ts';
import { MEASURES, measureLabel, measureValue, type MeasureKey } from '../measures.ts';
import { kindLabel } from '../state/appearance.ts';
import { tableRows, type SortKey, type SortState } from '../state/table-rows.ts';
import type { Language } from '../state/view-state.ts';
import { button, clear, el } from './dom.ts';

/** Columns besides the name, which is always there. */
export type TableColumn = Exclude<SortKey, 'label'>;
export const TABLE_COLUMNS: readonly TableColumn[] = ['kind', 'municipality', ...MEASURES.map((m) => m.key)];
export const DEFAULT_TABLE_COLUMNS: readonly TableColumn[] = ['kind', 'degree', 'betweenness'];

export interface TableViewContext {
  model: ExplorerModel;
  visible: Uint8Array;
  lang: Language;
  sort: SortState;
  /** Columns shown, in TABLE_COLUMNS order. */
  columns: readonly TableColumn[];
  labelOf(index: number): string;
  onSort(s: SortState): void;
  /** The choice of columns changed (the view redraws itself; the app only keeps the choice). */
  onColumns(columns: TableColumn[]): void;
  onSelect(key: string): void;
}

export const TABLE_LIMIT = 500;

const isMeasure = (c: SortKey): c is MeasureKey => MEASURES.some((m) => m.key === c);

export function tableView(ctx: TableViewContext): HTMLElement {
  const { model, lang, sort } = ctx;
  const fmt = (digits: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: digits });
  let shown = TABLE_COLUMNS.filter((c) => ctx.columns.includes(c));
  const columnText = (c: SortKey): string =>
    c === 'label'
      ? t('label', lang)
      : c === 'kind'
        ? t('kind', lang)
        : c === 'municipality'
          ? t('municipality', lang)
          : MEASURES.find((m) => m.key === c)!.short[lang];
  const rows = tableRows(model, ctx.visible, sort, (k) => kindLabel(k as never, lang));
  const scroll = el('div', {
    class: 'table-scroll',
    attrs: { tabindex: 0, role: 'region', 'aria-label': t('tableCaption', lang) },
  });

  const drawTable = () => {
    const columns: SortKey[] = ['label', ...shown];
    const head = el(
      'tr',
      null,
      ...columns.map((c) => {
        const active = sort.key === c;
        const th = el('th', {
          attrs: {
            scope: 'col',
            'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none',
            title: isMeasure(c) ? measureLabel(c, 'twoMode', lang) : null,
          },
        });
        th.append(
          button(
            `${columnText(c)}${active ? (sort.descending ? ' ▼' : ' ▲') : ''}`,
            () => ctx.onSort({ key: c, descending: active ? !sort.descending : isMeasure(c) }),
            { class: 'sort' },
          ),
        );
        return th;
      }),
    );
    const body = el('tbody');
    for (const i of rows.slice(0, TABLE_LIMIT)) {
      const n = model.nodes[i]!;
      body.append(
        el(
          'tr',
          null,
          el(
            'th',
            { attrs: { scope: 'row' } },
            button(ctx.labelOf(i), () => ctx.onSelect(n.key), { class: 'link' }),
          ),
          ...shown.map((c) => {
            if (c === 'kind') return el('td', null, kindLabel(n.kind, lang));
            if (c === 'municipality') return el('td', null, n.municipality ?? '');
            const m = MEASURES.find((x) => x.key === c)!;
            const v = measureValue(n.measures, m.key);
            return el('td', { class: 'num' }, v === null ? '–' : fmt(m.digits).format(v));
          }),
        ),
      );
    }
    clear(scroll);
    scroll.append(
      el('table', { class: 'node-table' }, el('caption', null, t('tableCaption', lang)), el('thead', null, head), body),
    );
  };

  const chooser = el(
    'fieldset',
    { class: 'columns-list' },
    el('legend', { class: 'sr-only' }, t('tableColumns', lang)),
  );
  for (const c of TABLE_COLUMNS) {
    const id = `table-col-${c}`;
    const box = el('input', { attrs: { type: 'checkbox', id, value: c } });
    box.checked = shown.includes(c);
    box.addEventListener('change', () => {
      shown = TABLE_COLUMNS.filter((x) => (x === c ? box.checked : shown.includes(x)));
      ctx.onColumns([...shown]);
      drawTable();
    });
    chooser.append(
      el(
        'div',
        { class: 'check' },
        box,
        el('label', { attrs: { for: id } }, isMeasure(c) ? measureLabel(c, 'twoMode', lang) : columnText(c)),
      ),
    );
  }
  const exportCsv = () =>
    downloadBlob(
      new Blob([nodeTableCsv(model, ctx.visible, sort, lang, ctx.labelOf)], { type: CSV_MIME }),
      `${safeFileName(`netzatlas-tabelle-${model.name}`)}.csv`,
    );
  drawTable();
  return el(
    'section',
    { class: 'table-view', attrs: { 'aria-label': t('tabTable', lang) } },
    el('p', { class: 'chart-note', attrs: { id: 'table-network-note' } }, t('tableNetworkNote', lang)),
    el(
      'div',
      { class: 'table-tools' },
      el(
        'details',
        { class: 'table-columns', attrs: { id: 'table-columns' } },
        el('summary', null, t('tableColumns', lang)),
        chooser,
      ),
      button(t('tableExportCsv', lang), exportCsv, { attrs: { id: 'table-export-csv' } }),
    ),
    rows.length > TABLE_LIMIT ? el('p', { class: 'muted' }, t('tableLimit', lang, { n: TABLE_LIMIT })) : null,
    scroll,
  );
}
