/**
 * The compare view for evaluators: two programmes, two funding years, or the loaded network and a
 * second graph file, side by side with shared positions; nodes only on the left red, only on the
 * right green, in both grey; the comparison's metric deltas and rank shifts as tables. The analysis
 * runs in the worker.
 */
import type { Comparison } from '../../analysis/compare.ts';
import { GraphJSONSchema, type GraphJSON } from '../../model/schema.ts';
import { buildExplorerModel, type ExplorerModel } from '../data/explorer-model.ts';
import { parseWith } from '../data/load-data.ts';
import { t } from '../i18n.ts';
import { presence, sideKeys, subgraphJSON, type CompareSide } from '../state/compare-subsets.ts';
import type { Language } from '../state/view-state.ts';
import { AnalysisClient } from '../workers/analysis-client.ts';
import { button, clear, el, labelledSelect } from './dom.ts';
import { compareMaps } from '../map/compare-maps.ts';

export interface CompareContext {
  model: ExplorerModel;
  graph: GraphJSON;
  mapArea: HTMLElement;
  lang(): Language;
}

export interface CompareController {
  render(): HTMLElement;
}

type Mode = 'programmes' | 'years' | 'file';

export function comparePanel(ctx: CompareContext): CompareController {
  let mode: Mode = ctx.model.programmes.length >= 2 ? 'programmes' : ctx.model.yearRange ? 'years' : 'file';
  let left = '';
  let right = '';
  let second: { name: string; graph: GraphJSON } | null = null;
  let result: Comparison | null = null;
  let status = '';
  let closeMaps: (() => void) | null = null;
  const client = new AnalysisClient();
  const root = el('section', { class: 'compare' });

  const sides = (): { a: { name: string; graph: GraphJSON }; b: { name: string; graph: GraphJSON } } | null => {
    if (mode === 'file') return second ? { a: { name: ctx.model.name, graph: ctx.graph }, b: second } : null;
    const mk = (v: string): CompareSide | null => (!v ? null : mode === 'programmes' ? { kind: 'programme', key: v } : { kind: 'year', year: Number(v) });
    const sa = mk(left);
    const sb = mk(right);
    if (!sa || !sb) return null;
    const name = (v: string) => (mode === 'programmes' ? (ctx.model.programmes.find((p) => p.key === v)?.label ?? v) : v);
    return {
      a: { name: name(left), graph: subgraphJSON(ctx.graph, sideKeys(ctx.model, sa)) },
      b: { name: name(right), graph: subgraphJSON(ctx.graph, sideKeys(ctx.model, sb)) },
    };
  };

  const run = async () => {
    const s = sides();
    if (!s) return;
    status = t('compareRunning', ctx.lang());
    result = null;
    render();
    try {
      const r = await client.request({ type: 'compare', a: s.a, b: s.b });
      if (r.type !== 'compared') throw new Error('unerwartete Antwort');
      result = r.comparison;
      status = '';
      showMaps(s.a.graph, s.b.graph, s.a.name, s.b.name);
    } catch (e) {
      status = `${t('fileError', ctx.lang())}: ${(e as Error).message}`;
    }
    render();
  };

  const showMaps = (a: GraphJSON, b: GraphJSON, nameA: string, nameB: string) => {
    closeMaps?.();
    const positions: Record<string, [number, number]> = {};
    for (const n of ctx.model.nodes) positions[n.key] = [n.x, n.y];
    const union: GraphJSON = { nodes: [], edges: [] };
    const seen = new Set<string>();
    for (const n of [...a.nodes, ...b.nodes]) {
      if (seen.has(n.key)) continue;
      seen.add(n.key);
      union.nodes.push(n);
    }
    union.edges = [...a.edges, ...b.edges];
    const model = buildExplorerModel({ name: 'union', graph: union, analysis: null, positions });
    const inA = new Set(a.nodes.map((n) => n.key));
    const inB = new Set(b.nodes.map((n) => n.key));
    const where = model.nodes.map((n) => presence(inA.has(n.key), inB.has(n.key)));
    closeMaps = compareMaps(ctx.mapArea, model, where, nameA, nameB, ctx.lang(), () => {
      closeMaps = null;
    });
  };

  const onFile = async (file: File) => {
    try {
      second = { name: file.name, graph: parseWith(GraphJSONSchema, await file.text(), file.name) };
      status = `${t('loadedFile', ctx.lang())}: ${file.name}`;
    } catch (e) {
      second = null;
      status = (e as Error).message;
    }
    render();
  };

  function sideSelect(id: string, label: string, value: string, onChange: (v: string) => void): HTMLElement {
    const range = ctx.model.yearRange;
    const years = range ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => String(range[0] + i)) : [];
    const options: Array<[string, string]> = mode === 'programmes' ? ctx.model.programmes.map((p) => [p.key, p.label]) : years.map((y) => [y, y]);
    return labelledSelect(id, label, [['', '–'], ...options], value, onChange);
  }

  function deltaTable(c: Comparison, lang: Language): HTMLElement {
    const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 3 });
    const f = (v: number | null) => (v === null ? '–' : fmt.format(v));
    const body = el('tbody');
    const rows: Array<[string, { a: number | null; b: number | null; delta: number | null }]> = [
      ...Object.entries(c.network.actors).map(([k, v]): [string, typeof v] => [`${k} (Akteursnetz)`, v]),
      [`SGB: crossTies`, c.sgb.crossTies],
      [`SGB: clusters`, c.sgb.clusters],
      [`SGB: crossProjects`, c.sgb.crossProjects],
    ];
    for (const [k, v] of rows) body.append(el('tr', null, el('th', { attrs: { scope: 'row' } }, k), el('td', { class: 'num' }, f(v.a)), el('td', { class: 'num' }, f(v.b)), el('td', { class: 'num' }, f(v.delta))));
    return el(
      'table',
      { class: 'delta-table' },
      el('caption', null, `${t('compareMetric', lang)}: ${c.a.name} → ${c.b.name}`),
      el('thead', null, el('tr', null, el('th', { attrs: { scope: 'col' } }, t('compareMetric', lang)), el('th', { attrs: { scope: 'col' } }, t('compareLeft', lang)), el('th', { attrs: { scope: 'col' } }, t('compareRight', lang)), el('th', { attrs: { scope: 'col' } }, t('compareDelta', lang)))),
      body,
    );
  }

  function rankTable(c: Comparison, lang: Language): HTMLElement {
    const body = el('tbody');
    for (const r of c.rankShifts.entries)
      body.append(el('tr', null, el('th', { attrs: { scope: 'row' } }, r.label), el('td', { class: 'num' }, r.rankA === null ? '–' : String(r.rankA)), el('td', { class: 'num' }, r.rankB === null ? '–' : String(r.rankB)), el('td', { class: 'num' }, r.shift === null ? '–' : r.shift > 0 ? `+${r.shift}` : String(r.shift))));
    return el(
      'table',
      { class: 'rank-table' },
      el('caption', null, t('compareRankShift', lang)),
      el('thead', null, el('tr', null, el('th', { attrs: { scope: 'col' } }, t('label', lang)), el('th', { attrs: { scope: 'col' } }, `${t('rank', lang)} ${t('compareLeft', lang)}`), el('th', { attrs: { scope: 'col' } }, `${t('rank', lang)} ${t('compareRight', lang)}`), el('th', { attrs: { scope: 'col' } }, t('compareDelta', lang)))),
      body,
    );
  }

  function render(): HTMLElement {
    const lang = ctx.lang();
    clear(root);
    root.append(el('p', { class: 'intro' }, t('compareIntro', lang)));
    const modeSel = el('select', { attrs: { id: 'compare-mode' } });
    const modes: Array<[Mode, string]> = [];
    if (ctx.model.programmes.length >= 2) modes.push(['programmes', t('compareProgrammes', lang)]);
    if (ctx.model.yearRange) modes.push(['years', t('compareYears', lang)]);
    modes.push(['file', t('compareFile', lang)]);
    for (const [m, text] of modes) {
      const o = el('option', { attrs: { value: m } }, text);
      if (m === mode) o.selected = true;
      modeSel.append(o);
    }
    modeSel.addEventListener('change', () => {
      mode = modeSel.value as Mode;
      left = right = '';
      render();
    });
    root.append(el('div', { class: 'field' }, el('label', { attrs: { for: 'compare-mode' } }, t('compareMode', lang)), modeSel));
    if (mode === 'file') {
      const input = el('input', { attrs: { type: 'file', id: 'compare-file', accept: '.json,application/json' } });
      input.addEventListener('change', () => {
        const f = input.files?.[0];
        if (f) void onFile(f);
      });
      root.append(el('div', { class: 'field' }, el('label', { attrs: { for: 'compare-file' } }, t('loadGraph', lang)), input));
    } else {
      root.append(
        sideSelect('compare-left', t('compareLeft', lang), left, (v) => (left = v)),
        sideSelect('compare-right', t('compareRight', lang), right, (v) => (right = v)),
      );
    }
    root.append(button(t('compareRun', lang), () => void run(), { class: 'primary', attrs: { id: 'compare-run' } }));
    if (status) root.append(el('p', { attrs: { role: 'status' } }, status));
    if (result) {
      root.append(
        el(
          'p',
          null,
          `${t('nodesWord', lang)}: ${result.nodes.added.length} ${t('compareAdded', lang)}, ${result.nodes.removed.length} ${t('compareRemoved', lang)}, ${result.nodes.kept} ${t('compareKept', lang)}. ` +
            `${t('edgesWord', lang)}: ${result.edges.added.length} ${t('compareAdded', lang)}, ${result.edges.removed.length} ${t('compareRemoved', lang)}, ${result.edges.kept} ${t('compareKept', lang)}.`,
        ),
        deltaTable(result, lang),
        rankTable(result, lang),
      );
    }
    return root;
  }

  return { render };
}
