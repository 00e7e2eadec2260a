/**
 * The comparison's tables, on the page and as CSV: every figure with its German name and one-line
 * meaning (state/compare-figures.ts), and the rank shifts that say something. The page and the CSV
 * take the same rows, so what is downloaded is what is read.
 */
import type { Comparison } from '../../analysis/index.ts';
import { downloadBlob } from '../export/download.ts';
import { safeFileName } from '../export/file-name.ts';
import { CSV_MIME, tableCsv } from '../export/table-csv.ts';
import { t } from '../i18n.ts';
import { measureLabel } from '../measures.ts';
import { FIGURE_GROUPS, type FigureRow, type RankShiftView } from '../state/compare-figures.ts';
import type { Language } from '../state/view-state.ts';
import { el } from './dom.ts';

const numberFormat = (lang: Language, digits: number) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: digits });

/** A header row of column headings. */
function headRow(...headings: string[]): HTMLElement {
  return el('thead', null, el('tr', null, ...headings.map((h) => el('th', { attrs: { scope: 'col' } }, h))));
}

/** One line with the nodes and ties added, removed and kept. */
export function compareSummary(c: Comparison, lang: Language): HTMLElement {
  return el(
    'p',
    null,
    `${t('nodesWord', lang)}: ${c.nodes.added.length} ${t('compareAdded', lang)}, ${c.nodes.removed.length} ${t('compareRemoved', lang)}, ${c.nodes.kept} ${t('compareKept', lang)}. ` +
      `${t('edgesWord', lang)}: ${c.edges.added.length} ${t('compareAdded', lang)}, ${c.edges.removed.length} ${t('compareRemoved', lang)}, ${c.edges.kept} ${t('compareKept', lang)}.`,
  );
}

export function deltaTable(c: Comparison, rows: readonly FigureRow[], lang: Language): HTMLElement {
  const f = (v: number | null, digits: number) => (v === null ? '–' : numberFormat(lang, digits).format(v));
  const signed = (v: number | null, digits: number) => (v !== null && v > 0 ? `+${f(v, digits)}` : f(v, digits));
  const body = el('tbody');
  let group: FigureRow['group'] | null = null;
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      body.append(
        el(
          'tr',
          { class: 'group' },
          el('th', { attrs: { scope: 'colgroup', colspan: 4 } }, FIGURE_GROUPS[r.group][lang]),
        ),
      );
    }
    body.append(
      el(
        'tr',
        { attrs: { 'data-figure': r.id } },
        el(
          'th',
          { attrs: { scope: 'row' } },
          el('span', { class: 'figure-name' }, r.label),
          el('span', { class: 'figure-meaning' }, r.meaning),
        ),
        el('td', { class: 'num' }, f(r.a, r.digits)),
        el('td', { class: 'num' }, f(r.b, r.digits)),
        el('td', { class: 'num' }, signed(r.delta, r.digits)),
      ),
    );
  }
  return el(
    'table',
    { class: 'delta-table' },
    el('caption', null, `${t('compareMetric', lang)}: ${c.a.name} → ${c.b.name}`),
    headRow(t('compareMetric', lang), t('compareLeft', lang), t('compareRight', lang), t('compareDelta', lang)),
    body,
  );
}

export function rankTable(c: Comparison, ranks: RankShiftView, lang: Language): HTMLElement {
  const measure = measureLabel('betweenness', c.rankShifts.view, lang);
  const fmt = numberFormat(lang, 3);
  const box = el('div', { class: 'rank-shifts' });
  if (!ranks.entries.length) {
    box.append(
      el('p', { class: 'muted', attrs: { id: 'compare-rank-none' } }, t('compareRankNone', lang, { measure })),
    );
    return box;
  }
  const rankCell = (rank: number | null, value: number | null) =>
    el(
      'td',
      { class: 'num' },
      rank === null ? '–' : String(rank),
      value === null ? null : el('span', { class: 'figure-meaning' }, fmt.format(value)),
    );
  const body = el('tbody');
  for (const r of ranks.entries)
    body.append(
      el(
        'tr',
        null,
        el('th', { attrs: { scope: 'row' } }, r.label),
        rankCell(r.rankA, r.valueA),
        rankCell(r.rankB, r.valueB),
        el('td', { class: 'num' }, r.shift === null ? '–' : r.shift > 0 ? `+${r.shift}` : String(r.shift)),
      ),
    );
  box.append(
    el(
      'table',
      { class: 'rank-table' },
      el('caption', null, t('compareRankShiftOf', lang, { measure })),
      headRow(
        t('label', lang),
        `${t('rank', lang)} ${t('compareLeft', lang)}`,
        `${t('rank', lang)} ${t('compareRight', lang)}`,
        t('compareDelta', lang),
      ),
      body,
    ),
  );
  if (ranks.omitted)
    box.append(
      el(
        'p',
        { class: 'muted', attrs: { id: 'compare-rank-omitted' } },
        t('compareRankOmitted', lang, { n: ranks.omitted }),
      ),
    );
  return box;
}

/** The figures table as a CSV download. */
export function downloadFiguresCsv(c: Comparison, rows: readonly FigureRow[], lang: Language): void {
  const csv = tableCsv(
    [
      t('compareGroup', lang),
      t('compareMetric', lang),
      t('compareMeaning', lang),
      `${t('compareLeft', lang)}: ${c.a.name}`,
      `${t('compareRight', lang)}: ${c.b.name}`,
      t('compareDelta', lang),
    ],
    rows.map((r) => [FIGURE_GROUPS[r.group][lang], r.label, r.meaning, r.a, r.b, r.delta]),
    lang,
  );
  downloadBlob(
    new Blob([csv], { type: CSV_MIME }),
    `${safeFileName(`netzatlas-vergleich-${c.a.name}-${c.b.name}`)}.csv`,
  );
}

/** The rank shifts as a CSV download. */
export function downloadRanksCsv(c: Comparison, ranks: RankShiftView, lang: Language): void {
  const measure = measureLabel('betweenness', c.rankShifts.view, lang);
  const csv = tableCsv(
    [
      t('label', lang),
      `${t('rank', lang)} ${t('compareLeft', lang)}`,
      `${measure} ${t('compareLeft', lang)}`,
      `${t('rank', lang)} ${t('compareRight', lang)}`,
      `${measure} ${t('compareRight', lang)}`,
      t('compareDelta', lang),
    ],
    ranks.entries.map((r) => [r.label, r.rankA, r.valueA, r.rankB, r.valueB, r.shift]),
    lang,
  );
  downloadBlob(
    new Blob([csv], { type: CSV_MIME }),
    `${safeFileName(`netzatlas-rangverschiebungen-${c.a.name}-${c.b.name}`)}.csv`,
  );
}
