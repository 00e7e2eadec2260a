/**
 * The compare view for evaluators: two programmes, two funding years, or the loaded network and a
 * second graph file, side by side with shared positions; nodes only on the left red, only on the
 * right green, in both grey. Below: every figure of the comparison with its German name and a
 * one-line meaning (state/compare-figures.ts), the rank shifts that say something, and exports
 * (both maps as PNG, the tables as CSV). The chosen programmes or years are part of the view state,
 * so a link (URL hash) reopens the comparison. The analysis runs in the worker.
 */
import type { Comparison } from '../../analysis/index.ts';
import { type GraphJSON, GraphJSONSchema } from '../../model/index.ts';
import { buildExplorerModel, type ExplorerModel } from '../data/explorer-model.ts';
import { parseWith } from '../data/load-data.ts';
import { downloadBlob, downloadScenePng } from '../export/download.ts';
import { safeFileName } from '../export/file-name.ts';
import { CSV_MIME, tableCsv } from '../export/table-csv.ts';
import { t } from '../i18n.ts';
import { compareMaps, type CompareGeo, type CompareMaps } from '../map/compare-maps.ts';
import { measureLabel } from '../measures.ts';
import {
  comparisonFigureRows,
  FIGURE_GROUPS,
  meaningfulRankShifts,
  type FigureRow,
  type RankShiftView,
} from '../state/compare-figures.ts';
import { presence, sideKeys, subgraphJSON, type CompareSide } from '../state/compare-subsets.ts';
import type { CompareChoice, Language } from '../state/view-state.ts';
import { AnalysisClient } from '../workers/analysis-client.ts';
import { button, clear, el, labelledSelect } from './dom.ts';

export interface CompareContext {
  model: ExplorerModel;
  graph: GraphJSON;
  mapArea: HTMLElement;
  lang(): Language;
  /** The comparison in the view state (from a link, or chosen here before). */
  choice(): CompareChoice | null;
  /** A new programme/year comparison was chosen (null: a file comparison, which no link can hold). */
  onChoice(choice: CompareChoice | null): void;
  /** Node size on the main map, so the compare maps label by the same priority. */
  sizeOf(key: string): number;
  /** The main map's places in NRW while it shows them (null: the network layout): both compare maps use them. */
  geo?(): CompareGeo | null;
}

export interface CompareController {
  render(): HTMLElement;
}

type Mode = 'programmes' | 'years' | 'file';
interface Side {
  name: string;
  graph: GraphJSON;
}

const choiceKey = (c: CompareChoice) => `${c.mode}|${c.left}|${c.right}`;

export function comparePanel(ctx: CompareContext): CompareController {
  let mode: Mode = ctx.model.programmes.length >= 2 ? 'programmes' : ctx.model.yearRange ? 'years' : 'file';
  let left = '';
  let right = '';
  let second: Side | null = null;
  let result: { comparison: Comparison; ranks: RankShiftView; a: Side; b: Side } | null = null;
  let status = '';
  /** The choice computed (or being computed) last, so a redraw does not start it again. */
  let ranKey: string | null = null;
  let maps: CompareMaps | null = null;
  const client = new AnalysisClient();
  const root = el('section', { class: 'compare' });

  const years = (): string[] => {
    const range = ctx.model.yearRange;
    return range ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => String(range[0] + i)) : [];
  };
  /** A choice from a link fits only if its programmes or years are in this network. */
  const fits = (c: CompareChoice): boolean =>
    c.mode === 'programmes'
      ? ctx.model.programmes.some((p) => p.key === c.left) && ctx.model.programmes.some((p) => p.key === c.right)
      : years().includes(String(c.left)) && years().includes(String(c.right));

  const sidesOf = (c: CompareChoice): { a: Side; b: Side } => {
    const side = (v: string | number): CompareSide =>
      c.mode === 'programmes' ? { kind: 'programme', key: String(v) } : { kind: 'year', year: Number(v) };
    const name = (v: string | number) =>
      c.mode === 'programmes' ? (ctx.model.programmes.find((p) => p.key === v)?.label ?? String(v)) : String(v);
    return {
      a: { name: name(c.left), graph: subgraphJSON(ctx.graph, sideKeys(ctx.model, side(c.left))) },
      b: { name: name(c.right), graph: subgraphJSON(ctx.graph, sideKeys(ctx.model, side(c.right))) },
    };
  };

  const draftChoice = (): CompareChoice | null => {
    if (!left || !right) return null;
    if (mode === 'programmes') return { mode, left, right };
    if (mode === 'years') return { mode, left: Number(left), right: Number(right) };
    return null;
  };

  const run = async (s: { a: Side; b: Side }) => {
    status = t('compareRunning', ctx.lang());
    result = null;
    draw();
    try {
      const r = await client.request({ type: 'compare', a: s.a, b: s.b });
      if (r.type !== 'compared') throw new Error('unerwartete Antwort');
      result = {
        comparison: r.comparison,
        ranks: meaningfulRankShifts(r.comparison.rankShifts.entries, r.rankValues),
        a: s.a,
        b: s.b,
      };
      status = '';
      showMaps(s.a, s.b);
    } catch (e) {
      status = `${t('fileError', ctx.lang())}: ${(e as Error).message}`;
    }
    draw();
  };

  const showMaps = (a: Side, b: Side) => {
    maps?.close();
    const positions: Record<string, [number, number]> = {};
    const geo = ctx.geo?.() ?? null;
    for (const n of ctx.model.nodes) {
      const p = geo?.positions[n.key];
      positions[n.key] = p ? [p[0], p[1]] : [n.x, n.y];
    }
    const union: GraphJSON = { nodes: [], edges: [] };
    const seen = new Set<string>();
    for (const n of [...a.graph.nodes, ...b.graph.nodes]) {
      if (seen.has(n.key)) continue;
      seen.add(n.key);
      union.nodes.push(n);
    }
    union.edges = [...a.graph.edges, ...b.graph.edges];
    const model = buildExplorerModel({ name: 'union', graph: union, analysis: null, positions });
    const inA = new Set(a.graph.nodes.map((n) => n.key));
    const inB = new Set(b.graph.nodes.map((n) => n.key));
    const where = model.nodes.map((n) => presence(inA.has(n.key), inB.has(n.key)));
    const opened = compareMaps({
      area: ctx.mapArea,
      model,
      where,
      nameA: a.name,
      nameB: b.name,
      lang: ctx.lang(),
      sizeOf: ctx.sizeOf,
      geo,
      onClose: () => {
        if (maps === opened) maps = null;
      },
    });
    maps = opened;
  };

  const onFile = async (file: File) => {
    try {
      second = { name: file.name, graph: parseWith(GraphJSONSchema, await file.text(), file.name) };
      status = `${t('loadedFile', ctx.lang())}: ${file.name}`;
    } catch (e) {
      second = null;
      status = (e as Error).message;
    }
    draw();
  };

  const onRun = () => {
    if (mode === 'file') {
      if (!second) return;
      ranKey = null;
      ctx.onChoice(null);
      void run({ a: { name: ctx.model.name, graph: ctx.graph }, b: second });
      return;
    }
    const c = draftChoice();
    if (!c) return;
    // the app stores the choice and redraws this panel, which then computes it
    ranKey = null;
    ctx.onChoice(c);
  };

  const exportPng = async () => {
    if (!result) return;
    if (!maps) {
      showMaps(result.a, result.b);
      await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    }
    const scene = maps?.scene();
    if (scene) await downloadScenePng(scene, safeFileName(`netzatlas-vergleich-${result.a.name}-${result.b.name}`));
  };

  const exportCsv = (rows: readonly FigureRow[], lang: Language) => {
    if (!result) return;
    const c = result.comparison;
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
  };

  const exportRanksCsv = (lang: Language) => {
    if (!result) return;
    const c = result.comparison;
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
      result.ranks.entries.map((r) => [r.label, r.rankA, r.valueA, r.rankB, r.valueB, r.shift]),
      lang,
    );
    downloadBlob(
      new Blob([csv], { type: CSV_MIME }),
      `${safeFileName(`netzatlas-rangverschiebungen-${c.a.name}-${c.b.name}`)}.csv`,
    );
  };

  function sideSelect(id: string, label: string, value: string, onChange: (v: string) => void): HTMLElement {
    const options: Array<[string, string]> =
      mode === 'programmes' ? ctx.model.programmes.map((p) => [p.key, p.label]) : years().map((y) => [y, y]);
    return labelledSelect(id, label, [['', '–'], ...options], value, onChange);
  }

  function deltaTable(c: Comparison, rows: readonly FigureRow[], lang: Language): HTMLElement {
    const fmt = (digits: number) =>
      new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: digits });
    const f = (v: number | null, digits: number) => (v === null ? '–' : fmt(digits).format(v));
    const signed = (v: number | null, digits: number) =>
      v === null ? '–' : v > 0 ? `+${fmt(digits).format(v)}` : fmt(digits).format(v);
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
      el(
        'thead',
        null,
        el(
          'tr',
          null,
          el('th', { attrs: { scope: 'col' } }, t('compareMetric', lang)),
          el('th', { attrs: { scope: 'col' } }, t('compareLeft', lang)),
          el('th', { attrs: { scope: 'col' } }, t('compareRight', lang)),
          el('th', { attrs: { scope: 'col' } }, t('compareDelta', lang)),
        ),
      ),
      body,
    );
  }

  function rankTable(c: Comparison, ranks: RankShiftView, lang: Language): HTMLElement {
    const measure = measureLabel('betweenness', c.rankShifts.view, lang);
    const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 3 });
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
        el(
          'thead',
          null,
          el(
            'tr',
            null,
            el('th', { attrs: { scope: 'col' } }, t('label', lang)),
            el('th', { attrs: { scope: 'col' } }, `${t('rank', lang)} ${t('compareLeft', lang)}`),
            el('th', { attrs: { scope: 'col' } }, `${t('rank', lang)} ${t('compareRight', lang)}`),
            el('th', { attrs: { scope: 'col' } }, t('compareDelta', lang)),
          ),
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

  /** Take over a choice from the view state (a link, Back/Forward) and compute it once. */
  function adopt(): void {
    const c = ctx.choice();
    if (!c || choiceKey(c) === ranKey) return;
    ranKey = choiceKey(c);
    if (!fits(c)) {
      status = t('compareLinkInvalid', ctx.lang());
      return;
    }
    mode = c.mode;
    left = String(c.left);
    right = String(c.right);
    void run(sidesOf(c));
  }

  function render(): HTMLElement {
    adopt();
    draw();
    return root;
  }

  function draw(): void {
    const lang = ctx.lang();
    clear(root);
    root.append(el('p', { class: 'intro' }, t('compareIntro', lang)));
    const modes: Array<[string, string]> = [];
    if (ctx.model.programmes.length >= 2) modes.push(['programmes', t('compareProgrammes', lang)]);
    if (ctx.model.yearRange) modes.push(['years', t('compareYears', lang)]);
    modes.push(['file', t('compareFile', lang)]);
    root.append(
      labelledSelect('compare-mode', t('compareMode', lang), modes, mode, (v) => {
        mode = v as Mode;
        left = right = '';
        draw();
      }),
    );
    if (mode === 'file') {
      const input = el('input', { attrs: { type: 'file', id: 'compare-file', accept: '.json,application/json' } });
      input.addEventListener('change', () => {
        const f = input.files?.[0];
        if (f) void onFile(f);
      });
      root.append(
        el('div', { class: 'field' }, el('label', { attrs: { for: 'compare-file' } }, t('loadGraph', lang)), input),
      );
    } else {
      root.append(
        sideSelect('compare-left', t('compareLeft', lang), left, (v) => (left = v)),
        sideSelect('compare-right', t('compareRight', lang), right, (v) => (right = v)),
      );
    }
    root.append(button(t('compareRun', lang), onRun, { class: 'primary', attrs: { id: 'compare-run' } }));
    if (status) root.append(el('p', { attrs: { role: 'status' } }, status));
    if (!result) return;
    const c = result.comparison;
    const rows = comparisonFigureRows(c, lang);
    root.append(
      el(
        'p',
        null,
        `${t('nodesWord', lang)}: ${c.nodes.added.length} ${t('compareAdded', lang)}, ${c.nodes.removed.length} ${t('compareRemoved', lang)}, ${c.nodes.kept} ${t('compareKept', lang)}. ` +
          `${t('edgesWord', lang)}: ${c.edges.added.length} ${t('compareAdded', lang)}, ${c.edges.removed.length} ${t('compareRemoved', lang)}, ${c.edges.kept} ${t('compareKept', lang)}.`,
      ),
      el(
        'div',
        { class: 'export-row', attrs: { role: 'group', 'aria-label': t('compareExport', lang) } },
        el('span', null, t('compareExport', lang)),
        button(t('compareExportPng', lang), () => void exportPng(), { attrs: { id: 'compare-export-png' } }),
        button(t('compareExportCsv', lang), () => exportCsv(rows, lang), { attrs: { id: 'compare-export-csv' } }),
        result.ranks.entries.length
          ? button(t('compareExportRanksCsv', lang), () => exportRanksCsv(lang), {
              attrs: { id: 'compare-export-ranks' },
            })
          : null,
      ),
      deltaTable(c, rows, lang),
      rankTable(c, result.ranks, lang),
    );
  }

  return { render };
}
