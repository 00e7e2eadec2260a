/**
 * The charts tab: top actors by a measure, degree distribution, legal-domain tie matrix (filtered
 * state), all in the actor network and saying so. Each chart is drawn at the width it gets (a
 * ResizeObserver redraws it), so its 12 px text stays 12 px; a ranking by a measure that is zero for
 * nearly all actors falls back to degree, with a note and a way back; every chart saves as PNG,
 * SVG or CSV.
 */
import { MATRIX_DOMAINS } from '../../analysis/index.ts';
import { degreeTable, matrixTable, rankingTable, type ChartTable } from '../charts/chart-csv.ts';
import { drawDegreeChart } from '../charts/degree-chart.ts';
import { degreeDistribution, domainMatrix, rankingData } from '../charts/chart-data.ts';
import { drawMatrixChart } from '../charts/matrix-chart.ts';
import { drawRankingChart } from '../charts/ranking-chart.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { chartPngBlob, chartSvgBlob } from '../export/chart-export.ts';
import { downloadBlob } from '../export/download.ts';
import { safeFileName } from '../export/file-name.ts';
import { CSV_MIME, tableCsv } from '../export/table-csv.ts';
import { t } from '../i18n.ts';
import { MEASURES, measureDescriptor, measureLabel, measureValue, type MeasureKey } from '../measures.ts';
import { KIND_COLOURS, kindLabel } from '../state/appearance.ts';
import { isActorKind, measureSpread, visibleActorTies, visibleDegrees } from '../state/chart-inputs.ts';
import type { Language } from '../state/view-state.ts';
import type { NodeKind } from '../../model/index.ts';
import { button, el } from './dom.ts';

export interface ChartsPanelContext {
  model: ExplorerModel;
  visible: Uint8Array;
  lang: Language;
  measure: MeasureKey;
  /** The user asked for the chosen measure even though nearly all its values are zero. */
  insist: boolean;
  labelOf(index: number): string;
  onMeasure(m: MeasureKey, insist?: boolean): void;
  onSelect(key: string): void;
}

const TOP = 10;
const FALLBACK: MeasureKey = 'degree';
/** Below this the panel is too narrow for 12 px text in a readable chart: draw at this width and let it scroll. */
const MIN_CHART_WIDTH = 300;
// as ranking-chart.ts estimates a character at 12 px
const CHAR_WIDTH = 7.2;

/**
 * Draw `draw(width)` into `box` at the box's own width, now and whenever it changes. The panel is
 * not in the page yet when it is built, so the first draw waits for the observer's first report.
 */
function drawAtWidth(box: HTMLElement, draw: (width: number) => void): void {
  let drawn = 0;
  const redraw = () => {
    // the layout width, not the rounded clientWidth: a viewBox 0.5 px wider than the box scales 12 px text below 12
    const actual = box.getBoundingClientRect().width;
    const width = Math.max(MIN_CHART_WIDTH, Math.floor(actual));
    if (!actual || Math.abs(width - drawn) < 2) return;
    drawn = width;
    draw(width);
  };
  if (typeof ResizeObserver === 'undefined') {
    requestAnimationFrame(redraw);
    return;
  }
  const ro = new ResizeObserver(() => {
    if (!box.isConnected) ro.disconnect();
    else redraw();
  });
  ro.observe(box);
}

interface ChartSpec {
  id: string;
  heading: string;
  title: string;
  table: () => ChartTable;
  draw: (box: HTMLElement, width: number) => void;
}

/** The measure the ranking shows: the chosen one, or degree when the chosen one is zero for nearly all actors. */
interface RankingMeasure {
  measure: MeasureKey;
  values: Map<string, number | null>;
  /** The sentence about the fallback with its toggle (null: the chosen measure is shown and says enough). */
  note: HTMLElement | null;
}

function measureSelect(ctx: ChartsPanelContext): HTMLElement {
  const sel = el('select', { attrs: { id: 'chart-measure' } });
  for (const m of MEASURES) {
    const o = el('option', { attrs: { value: m.key } }, measureLabel(m.key, 'actors', ctx.lang));
    if (m.key === ctx.measure) o.selected = true;
    sel.append(o);
  }
  sel.addEventListener('change', () => ctx.onMeasure(sel.value as MeasureKey));
  return el(
    'div',
    { class: 'field' },
    el('label', { attrs: { for: 'chart-measure' } }, t('chartMeasure', ctx.lang)),
    sel,
  );
}

function rankingMeasure(ctx: ChartsPanelContext): RankingMeasure {
  const { model, lang } = ctx;
  const valuesOf = (measure: MeasureKey) => {
    const values = new Map<string, number | null>();
    for (const n of model.nodes) {
      if (!ctx.visible[n.index] || !isActorKind(n.kind)) continue;
      values.set(n.key, measureValue(model.analysis?.actors[n.key], measure));
    }
    return values;
  };
  const chosen = valuesOf(ctx.measure);
  const spread = measureSpread(chosen.values(), TOP);
  const fallbackValues = ctx.measure === FALLBACK ? chosen : valuesOf(FALLBACK);
  const canFallBack = ctx.measure !== FALLBACK && spread.sparse && !measureSpread(fallbackValues.values(), TOP).sparse;
  const measure = canFallBack && !ctx.insist ? FALLBACK : ctx.measure;
  const values = measure === ctx.measure ? chosen : fallbackValues;
  if (!canFallBack) return { measure, values, note: null };
  const named = (m: MeasureKey) => measureLabel(m, 'actors', lang);
  const vars = { measure: named(ctx.measure), zero: spread.zero, n: spread.n, fallback: named(FALLBACK) };
  // the buttons name the measures without the network, which the sentence already says
  const short = {
    measure: measureDescriptor(ctx.measure).label[lang],
    fallback: measureDescriptor(FALLBACK).label[lang],
  };
  const note = ctx.insist
    ? el(
        'p',
        { class: 'chart-fallback', attrs: { role: 'note', id: 'chart-fallback' } },
        t('chartMostlyZero', lang, vars),
        ' ',
        button(t('chartFallbackUse', lang, short), () => ctx.onMeasure(ctx.measure, false), {
          attrs: { id: 'chart-fallback-toggle' },
        }),
      )
    : el(
        'p',
        { class: 'chart-fallback', attrs: { role: 'note', id: 'chart-fallback' } },
        t('chartFallback', lang, vars),
        ' ',
        button(t('chartFallbackInsist', lang, short), () => ctx.onMeasure(ctx.measure, true), {
          attrs: { id: 'chart-fallback-toggle' },
        }),
      );
  return { measure, values, note };
}

/** The three charts over the shown nodes: their headings, titles, tables and how each is drawn. */
function chartSpecs(ctx: ChartsPanelContext, measure: MeasureKey, values: Map<string, number | null>): ChartSpec[] {
  const { model, lang } = ctx;
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  const named = (m: MeasureKey) => measureLabel(m, 'actors', lang);
  const labelOf = (k: string) => ctx.labelOf(model.byKey.get(k) ?? 0);
  const kindOf = (k: string) => model.nodes[model.byKey.get(k) ?? 0]?.kind ?? 'organisation';
  const kindText = (k: string) => kindLabel(k as NodeKind, lang);
  const ranking = rankingData(values, labelOf, kindOf, measure, TOP);
  const desc = measureDescriptor(measure);
  const rankingTitle = `${t('chartRanking', lang)}: ${named(measure)}`;
  const degrees = degreeDistribution(visibleDegrees(model, ctx.visible));
  const ties = visibleActorTies(model, ctx.visible).map(([a, b]) => ({
    a: model.nodes[a]!.domains,
    b: model.nodes[b]!.domains,
  }));
  const matrix = domainMatrix(ties, MATRIX_DOMAINS);
  const matrixTitle = `${t('chartMatrix', lang)} (${t('chartNetworkActors', lang)})`;
  return [
    {
      id: 'ranking',
      heading: t('chartRanking', lang),
      title: rankingTitle,
      table: () =>
        rankingTable(
          ranking,
          { rank: t('chartRank', lang), name: t('label', lang), kind: t('kind', lang), value: named(measure) },
          kindText,
        ),
      draw: (box, width) =>
        drawRankingChart(box, ranking, {
          title: rankingTitle,
          description: desc.explain[lang],
          colourOf: (k) => KIND_COLOURS[k as NodeKind] ?? '#999999',
          kindLabelOf: kindText,
          valueLabel: named(measure),
          digits: desc.digits,
          onSelect: ctx.onSelect,
          locale,
          table: true,
          width,
          // the labels take at most about 45 % of the width, so the bars keep room
          maxLabelChars: Math.max(12, Math.min(28, Math.floor((width * 0.45 - 12) / CHAR_WIDTH))),
        }),
    },
    {
      id: 'degree',
      heading: t('chartDegree', lang),
      title: `${t('chartDegree', lang)} (${t('chartNetworkShown', lang)})`,
      table: () => degreeTable(degrees, { degree: t('chartDegreeX', lang), count: t('chartDegreeY', lang) }),
      draw: (box, width) =>
        drawDegreeChart(box, degrees, {
          title: `${t('chartDegree', lang)} (${t('chartNetworkShown', lang)})`,
          xLabel: t('chartDegreeX', lang),
          yLabel: t('chartDegreeY', lang),
          locale,
          table: true,
          width,
        }),
    },
    {
      id: 'matrix',
      heading: t('chartMatrix', lang),
      title: matrixTitle,
      table: () => matrixTable(matrix, t('colourDomain', lang)),
      draw: (box, width) =>
        drawMatrixChart(box, matrix, {
          title: matrixTitle,
          locale,
          table: true,
          width,
          maxLabelChars: width < 420 ? 14 : 18,
        }),
    },
  ];
}

/** A chart's heading and figure with its PNG/SVG/CSV buttons; the chart is drawn once the box has a width. */
function chartFigure(c: ChartSpec, lang: Language): HTMLElement[] {
  const box = el('div', { class: 'chart-box' });
  const file = safeFileName(`netzatlas-${c.title}`);
  const svgOf = () => box.querySelector('svg');
  const save = (format: 'PNG' | 'SVG' | 'CSV', run: () => void | Promise<void>) =>
    button(format, () => void run(), {
      attrs: {
        id: `chart-${c.id}-${format.toLowerCase()}`,
        'aria-label': t('chartExportAs', lang, { chart: c.heading, format }),
      },
    });
  const tools = el(
    'div',
    { class: 'export-row', attrs: { role: 'group', 'aria-label': `${c.heading}: ${t('chartExport', lang)}` } },
    el('span', null, t('chartExport', lang)),
    save('PNG', async () => {
      const svg = svgOf();
      if (svg) downloadBlob(await chartPngBlob(svg), `${file}.png`);
    }),
    save('SVG', () => {
      const svg = svgOf();
      if (svg) downloadBlob(chartSvgBlob(svg), `${file}.svg`);
    }),
    save('CSV', () => {
      const tb = c.table();
      downloadBlob(new Blob([tableCsv(tb.headers, tb.rows, lang)], { type: CSV_MIME }), `${file}.csv`);
    }),
  );
  drawAtWidth(box, (width) => c.draw(box, width));
  return [el('h3', null, c.heading), el('figure', { class: 'chart', attrs: { id: `chart-${c.id}` } }, box, tools)];
}

/** Sampled path measures: how many sources and how many top places are stable (null: exact, or another measure). */
function sampledNote(model: ExplorerModel, measure: MeasureKey, lang: Language): HTMLElement | null {
  const method = model.analysis?.views.actors.betweenness;
  if (!method?.uncertainty || (measure !== 'betweenness' && measure !== 'closeness')) return null;
  const top = method.uncertainty.top;
  return el(
    'p',
    { class: 'muted' },
    t('chartSampled', lang, {
      samples: method.samples ?? 0,
      k: top.length,
      stable: top.filter((x) => x.topStable).length,
    }),
  );
}

export function chartsPanel(ctx: ChartsPanelContext): HTMLElement {
  const { model, lang } = ctx;
  const root = el('section', { class: 'charts', attrs: { 'aria-label': t('tabCharts', lang) } });
  root.append(
    measureSelect(ctx),
    el('p', { class: 'chart-note', attrs: { id: 'chart-network-note' } }, t('chartNetworkNote', lang)),
  );
  const { measure, values, note } = rankingMeasure(ctx);
  if (note) root.append(note);
  for (const c of chartSpecs(ctx, measure, values)) {
    root.append(...chartFigure(c, lang));
    if (c.id === 'ranking') {
      const sampled = sampledNote(model, measure, lang);
      if (sampled) root.append(sampled);
    }
  }
  return root;
}
