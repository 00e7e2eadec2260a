/** The charts tab: top actors by a measure, degree distribution, legal-domain tie matrix (filtered state). */
import { MATRIX_DOMAINS } from '../../analysis/sgb.ts';
import { drawDegreeChart } from '../charts/degree-chart.ts';
import { degreeDistribution, domainMatrix, rankingData } from '../charts/chart-data.ts';
import { drawMatrixChart } from '../charts/matrix-chart.ts';
import { drawRankingChart } from '../charts/ranking-chart.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { MEASURES, measureDescriptor, measureValue, type MeasureKey } from '../measures.ts';
import { KIND_COLOURS, kindLabel } from '../state/appearance.ts';
import { isActorKind, visibleActorTies, visibleDegrees } from '../state/chart-inputs.ts';
import type { Language } from '../state/view-state.ts';
import type { NodeKind } from '../../model/kinds.ts';
import { el } from './dom.ts';

export interface ChartsPanelContext {
  model: ExplorerModel;
  visible: Uint8Array;
  lang: Language;
  measure: MeasureKey;
  labelOf(index: number): string;
  onMeasure(m: MeasureKey): void;
  onSelect(key: string): void;
}

export function chartsPanel(ctx: ChartsPanelContext): HTMLElement {
  const { model, lang } = ctx;
  const root = el('section', { class: 'charts', attrs: { 'aria-label': t('tabCharts', lang) } });
  const sel = el('select', { attrs: { id: 'chart-measure' } });
  for (const m of MEASURES) {
    const o = el('option', { attrs: { value: m.key } }, m.label[lang]);
    if (m.key === ctx.measure) o.selected = true;
    sel.append(o);
  }
  sel.addEventListener('change', () => ctx.onMeasure(sel.value as MeasureKey));
  root.append(el('div', { class: 'field' }, el('label', { attrs: { for: 'chart-measure' } }, t('chartMeasure', lang)), sel));

  const values = new Map<string, number | null>();
  for (const n of model.nodes) {
    if (!ctx.visible[n.index] || !isActorKind(n.kind)) continue;
    values.set(n.key, measureValue(model.analysis?.actors[n.key], ctx.measure));
  }
  const labelOf = (k: string) => ctx.labelOf(model.byKey.get(k) ?? 0);
  const kindOf = (k: string) => model.nodes[model.byKey.get(k) ?? 0]?.kind ?? 'organisation';
  const ranking = rankingData(values, labelOf, kindOf, ctx.measure, 10);
  const rankingBox = el('figure', { class: 'chart' });
  root.append(el('h3', null, t('chartRanking', lang)), rankingBox);
  const method = model.analysis?.views.actors.betweenness;
  if (method?.uncertainty && (ctx.measure === 'betweenness' || ctx.measure === 'closeness')) {
    const top = method.uncertainty.top;
    root.append(el('p', { class: 'muted' }, t('chartSampled', lang, { samples: method.samples ?? 0, k: top.length, stable: top.filter((x) => x.topStable).length })));
  }
  const desc = measureDescriptor(ctx.measure);
  drawRankingChart(rankingBox, ranking, {
    title: `${t('chartRanking', lang)}: ${desc.label[lang]}`,
    description: desc.explain[lang],
    colourOf: (k) => KIND_COLOURS[k as NodeKind] ?? '#999999',
    kindLabelOf: (k) => kindLabel(k as NodeKind, lang),
    valueLabel: desc.label[lang],
    digits: desc.digits,
    onSelect: ctx.onSelect,
    locale: lang === 'en' ? 'en-GB' : 'de-DE',
    table: true,
  });

  const degreeBox = el('figure', { class: 'chart' });
  root.append(el('h3', null, t('chartDegree', lang)), degreeBox);
  drawDegreeChart(degreeBox, degreeDistribution(visibleDegrees(model, ctx.visible)), {
    title: t('chartDegree', lang),
    xLabel: t('chartDegreeX', lang),
    yLabel: t('chartDegreeY', lang),
    locale: lang === 'en' ? 'en-GB' : 'de-DE',
    table: true,
  });

  const matrixBox = el('figure', { class: 'chart' });
  root.append(el('h3', null, t('chartMatrix', lang)), matrixBox);
  const ties = visibleActorTies(model, ctx.visible).map(([a, b]) => ({ a: model.nodes[a]!.domains, b: model.nodes[b]!.domains }));
  drawMatrixChart(matrixBox, domainMatrix(ties, MATRIX_DOMAINS), {
    title: t('chartMatrix', lang),
    locale: lang === 'en' ? 'en-GB' : 'de-DE',
    table: true,
  });
  return root;
}
