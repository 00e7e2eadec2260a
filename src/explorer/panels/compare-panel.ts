/**
 * The compare view for evaluators: two programmes, two funding years, or the loaded network and a
 * second graph file, side by side with shared positions; nodes only on the left red, only on the
 * right green, in both grey. Below: every figure of the comparison with its German name and a
 * one-line meaning, the rank shifts that say something, and exports (both maps as PNG, the tables
 * as CSV; compare-tables.ts). The chosen programmes or years are part of the view state, so a link
 * (URL hash) reopens the comparison. The analysis runs in the worker, once per choice; the open maps
 * follow the main map (arrangement, positions, sizes, names, language) without computing it again.
 */
import type { Comparison } from '../../analysis/index.ts';
import { type GraphJSON, GraphJSONSchema } from '../../model/index.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { parseWith } from '../data/load-data.ts';
import { downloadScenePng } from '../export/download.ts';
import { safeFileName } from '../export/file-name.ts';
import { t } from '../i18n.ts';
import { compareMaps, type CompareGeo, type CompareMaps } from '../map/compare-maps.ts';
import { comparisonFigureRows, meaningfulRankShifts, type RankShiftView } from '../state/compare-figures.ts';
import { sideKeys, subgraphJSON, type CompareSide } from '../state/compare-subsets.ts';
import type { CompareChoice, Language } from '../state/view-state.ts';
import { AnalysisClient } from '../workers/analysis-client.ts';
import { compareMapsInput, mapLook, samePlace, sameLook, type MapLook, type Side } from './compare-look.ts';
import { compareSummary, deltaTable, downloadFiguresCsv, downloadRanksCsv, rankTable } from './compare-tables.ts';
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
  /** Where the main map draws each node now (either arrangement, after a relayout too): both compare maps use it. */
  positions(): Readonly<Record<string, readonly [number, number]>>;
  /** The main map's frame and dots while it shows the places in NRW (null: the network layout). */
  geo?(): CompareGeo | null;
  /** The names the main map shows instead of the real ones (presenter mode pseudonyms; null: none). */
  aliases?(): ReadonlyMap<string, string> | null;
}

export interface CompareController {
  render(): HTMLElement;
  /**
   * Something the main map shows changed (after every state change, a relayout, „Layout zurück“): the
   * open maps are drawn again where what they are drawn from differs; the comparison is not recomputed.
   */
  refresh(): void;
  /** The open compare maps (null: closed), for the browser tests. */
  maps(): CompareMaps | null;
}

type Mode = 'programmes' | 'years' | 'file';
interface Result {
  comparison: Comparison;
  ranks: RankShiftView;
  a: Side;
  b: Side;
}

const choiceKey = (c: CompareChoice) => `${c.mode}|${c.left}|${c.right}`;

function yearsOf(model: ExplorerModel): string[] {
  const range = model.yearRange;
  return range ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => String(range[0] + i)) : [];
}

/** A choice from a link fits only if its programmes or years are in this network. */
function fits(model: ExplorerModel, c: CompareChoice): boolean {
  if (c.mode === 'programmes')
    return model.programmes.some((p) => p.key === c.left) && model.programmes.some((p) => p.key === c.right);
  const years = yearsOf(model);
  return years.includes(String(c.left)) && years.includes(String(c.right));
}

/** The two subgraphs a programme or year choice compares, with their names. */
function sidesOf(model: ExplorerModel, graph: GraphJSON, c: CompareChoice): { a: Side; b: Side } {
  const side = (v: string | number): CompareSide =>
    c.mode === 'programmes' ? { kind: 'programme', key: String(v) } : { kind: 'year', year: Number(v) };
  const name = (v: string | number) =>
    c.mode === 'programmes' ? (model.programmes.find((p) => p.key === v)?.label ?? String(v)) : String(v);
  return {
    a: { name: name(c.left), graph: subgraphJSON(graph, sideKeys(model, side(c.left))) },
    b: { name: name(c.right), graph: subgraphJSON(graph, sideKeys(model, side(c.right))) },
  };
}

function draftChoice(mode: Mode, left: string, right: string): CompareChoice | null {
  if (!left || !right) return null;
  if (mode === 'programmes') return { mode, left, right };
  if (mode === 'years') return { mode, left: Number(left), right: Number(right) };
  return null;
}

interface FormView {
  model: ExplorerModel;
  mode: Mode;
  left: string;
  right: string;
  status: string;
  onMode(mode: Mode): void;
  onLeft(v: string): void;
  onRight(v: string): void;
  onFile(file: File): void;
  onRun(): void;
}

/** The form: what to compare, the side pickers or the file, the button and the status line. */
function compareForm(v: FormView, lang: Language): HTMLElement[] {
  const out: HTMLElement[] = [el('p', { class: 'intro' }, t('compareIntro', lang))];
  const modes: Array<[string, string]> = [];
  if (v.model.programmes.length >= 2) modes.push(['programmes', t('compareProgrammes', lang)]);
  if (v.model.yearRange) modes.push(['years', t('compareYears', lang)]);
  modes.push(['file', t('compareFile', lang)]);
  out.push(labelledSelect('compare-mode', t('compareMode', lang), modes, v.mode, (m) => v.onMode(m as Mode)));
  if (v.mode === 'file') {
    const input = el('input', { attrs: { type: 'file', id: 'compare-file', accept: '.json,application/json' } });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) v.onFile(f);
    });
    out.push(
      el('div', { class: 'field' }, el('label', { attrs: { for: 'compare-file' } }, t('loadGraph', lang)), input),
    );
  } else {
    const options: Array<[string, string]> =
      v.mode === 'programmes' ? v.model.programmes.map((p) => [p.key, p.label]) : yearsOf(v.model).map((y) => [y, y]);
    const pick = (id: string, label: string, value: string, onChange: (value: string) => void) =>
      labelledSelect(id, label, [['', '–'], ...options], value, onChange);
    out.push(
      pick('compare-left', t('compareLeft', lang), v.left, v.onLeft),
      pick('compare-right', t('compareRight', lang), v.right, v.onRight),
    );
  }
  out.push(button(t('compareRun', lang), v.onRun, { class: 'primary', attrs: { id: 'compare-run' } }));
  if (v.status) out.push(el('p', { attrs: { role: 'status' } }, v.status));
  return out;
}

/** The result: the summary line, the exports and both tables. */
function compareResult(r: Result, lang: Language, onPng: () => void): HTMLElement[] {
  const c = r.comparison;
  const rows = comparisonFigureRows(c, lang);
  return [
    compareSummary(c, lang),
    el(
      'div',
      { class: 'export-row', attrs: { role: 'group', 'aria-label': t('compareExport', lang) } },
      el('span', null, t('compareExport', lang)),
      button(t('compareExportPng', lang), onPng, { attrs: { id: 'compare-export-png' } }),
      button(t('compareExportCsv', lang), () => downloadFiguresCsv(c, rows, lang), {
        attrs: { id: 'compare-export-csv' },
      }),
      r.ranks.entries.length
        ? button(t('compareExportRanksCsv', lang), () => downloadRanksCsv(c, r.ranks, lang), {
            attrs: { id: 'compare-export-ranks' },
          })
        : null,
    ),
    deltaTable(c, rows, lang),
    rankTable(c, r.ranks, lang),
  ];
}

/** The comparison of two sides, computed in the worker. */
async function analyse(client: AnalysisClient, s: { a: Side; b: Side }): Promise<Result> {
  const r = await client.request({ type: 'compare', a: s.a, b: s.b });
  if (r.type !== 'compared') throw new Error('unerwartete Antwort');
  const ranks = meaningfulRankShifts(r.comparison.rankShifts.entries, r.rankValues);
  return { comparison: r.comparison, ranks, a: s.a, b: s.b };
}

/** A second graph file for the comparison, or the message why it cannot be read. */
async function readSecond(file: File, lang: Language): Promise<{ second: Side | null; status: string }> {
  try {
    const graph = parseWith(GraphJSONSchema, await file.text(), file.name);
    return { second: { name: file.name, graph }, status: `${t('loadedFile', lang)}: ${file.name}` };
  } catch (e) {
    return { second: null, status: (e as Error).message };
  }
}

/** Both maps as one PNG; closed maps are opened for it first and drawn once. */
async function exportPng(r: Result, current: () => CompareMaps | null, open: () => void): Promise<void> {
  if (!current()) {
    open();
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  }
  const scene = current()?.scene();
  if (scene) await downloadScenePng(scene, safeFileName(`netzatlas-vergleich-${r.a.name}-${r.b.name}`));
}

export function comparePanel(ctx: CompareContext): CompareController {
  let mode: Mode = ctx.model.programmes.length >= 2 ? 'programmes' : ctx.model.yearRange ? 'years' : 'file';
  let left = '';
  let right = '';
  let second: Side | null = null;
  let result: Result | null = null;
  let status = '';
  /** The choice computed (or being computed) last, so a redraw does not start it again. */
  let ranKey: string | null = null;
  let maps: CompareMaps | null = null;
  /** What the open maps were drawn from. */
  let drawnLook: MapLook | null = null;
  const client = new AnalysisClient();
  const root = el('section', { class: 'compare' });

  const run = async (s: { a: Side; b: Side }) => {
    status = t('compareRunning', ctx.lang());
    result = null;
    draw();
    try {
      result = await analyse(client, s);
      status = '';
      showMaps(result);
    } catch (e) {
      status = `${t('fileError', ctx.lang())}: ${(e as Error).message}`;
    }
    draw();
  };

  /** Both maps for `r` as the main map looks now; `keepCamera` where only the look, not the places, changed. */
  const showMaps = (r: Result, keepCamera = false) => {
    const camera = keepCamera ? (maps?.camera() ?? null) : null;
    maps?.close();
    const look = mapLook(ctx);
    const opened = compareMaps({
      ...compareMapsInput(ctx.model, look, r.a, r.b),
      area: ctx.mapArea,
      camera,
      onClose: () => {
        if (maps === opened) maps = drawnLook = null;
      },
    });
    maps = opened;
    drawnLook = look;
  };

  function refresh(): void {
    if (!maps || !result || !drawnLook) return;
    const look = mapLook(ctx);
    if (!sameLook(look, drawnLook)) showMaps(result, samePlace(look, drawnLook));
  }

  const onFile = async (file: File) => {
    ({ second, status } = await readSecond(file, ctx.lang()));
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
    const c = draftChoice(mode, left, right);
    if (!c) return;
    // the app stores the choice and redraws this panel, which then computes it
    ranKey = null;
    ctx.onChoice(c);
  };

  /** Take over a choice from the view state (a link, Back/Forward) and compute it once. */
  function adopt(): void {
    const c = ctx.choice();
    if (!c || choiceKey(c) === ranKey) return;
    ranKey = choiceKey(c);
    if (!fits(ctx.model, c)) {
      status = t('compareLinkInvalid', ctx.lang());
      return;
    }
    mode = c.mode;
    left = String(c.left);
    right = String(c.right);
    void run(sidesOf(ctx.model, ctx.graph, c));
  }

  function render(): HTMLElement {
    adopt();
    draw();
    return root;
  }

  function draw(): void {
    const lang = ctx.lang();
    clear(root);
    root.append(
      ...compareForm(
        {
          model: ctx.model,
          mode,
          left,
          right,
          status,
          onMode: (v) => {
            mode = v;
            left = right = '';
            draw();
          },
          onLeft: (v) => (left = v),
          onRight: (v) => (right = v),
          onFile: (f) => void onFile(f),
          onRun,
        },
        lang,
      ),
    );
    if (!result) return;
    const r = result;
    const png = () =>
      void exportPng(
        r,
        () => maps,
        () => showMaps(r),
      );
    root.append(...compareResult(r, lang, png));
  }

  return { render, refresh, maps: () => maps };
}
