/** Horizontal bar chart of the top nodes by one measure (data from `rankingData`). */
import { axisBottom, scaleBand, scaleLinear, select } from 'd3';
import { NODE_KIND_LABELS_DE, type NodeKind } from '../../model/index.ts';
import type { RankingDatum } from './chart-data.ts';
import { chartTable } from './chart-table.ts';
import { activatable, chartFrame, drawEmpty, fittedText, numberFormat, type ChartBaseOptions } from './svg.ts';

export interface RankingChartOptions extends ChartBaseOptions {
  /** Bar colour of a node kind (the map's colours, so chart and map agree). */
  colourOf: (kind: string) => string;
  /** Called with the node key when a bar is clicked or activated with Enter/Space. */
  onSelect?: (key: string) => void;
  /** Axis title, usually the measure's label (default 'Wert'). */
  valueLabel?: string;
  /** Display name of a kind (default: the German kind labels). */
  kindLabelOf?: (kind: string) => string;
  /** Decimals of the values shown (default 3; MEASURES[].digits fits). */
  digits?: number;
  /** Longer labels are cut with "…" (default 28 characters). */
  maxLabelChars?: number;
  /** Column headers of the table (default 'Knoten', 'Art', valueLabel). */
  tableHeaders?: readonly [string, string, string];
}

const ROW = 24;
const CHAR_WIDTH = 7.2; // about one character at 12 px in the fonts browsers fall back to (DejaVu Sans is wider than Arial)

const germanKind = (kind: string): string =>
  Object.hasOwn(NODE_KIND_LABELS_DE, kind) ? NODE_KIND_LABELS_DE[kind as NodeKind] : kind;

export function drawRankingChart(
  container: HTMLElement,
  data: readonly RankingDatum[],
  options: RankingChartOptions,
): SVGSVGElement {
  const {
    colourOf,
    onSelect,
    valueLabel = 'Wert',
    kindLabelOf = germanKind,
    digits = 3,
    maxLabelChars = 28,
    locale = 'de-DE',
  } = options;
  const fmt = numberFormat(locale, digits);
  const width = options.width ?? 640;
  const margin = { top: 8, right: 64, bottom: 44, left: 12 + maxLabelChars * CHAR_WIDTH };
  const height = margin.top + Math.max(1, data.length) * ROW + margin.bottom;
  const first = data[0];
  const svg = chartFrame(
    container,
    width,
    height,
    options.title ?? 'Rangliste',
    options.description ??
      (first
        ? `Balkendiagramm mit ${data.length} Knoten, nach ${valueLabel} geordnet; an erster Stelle ${first.label} mit ${fmt(first.value)}.`
        : 'Keine Knoten mit einem Wert.'),
  );
  if (!first) {
    drawEmpty(svg, width, height, options.emptyText ?? 'Keine Werte vorhanden.');
    return svg.node()!;
  }

  const values = data.map((d) => d.value);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([margin.left, width - margin.right]);
  // all zeros would give a zero-width domain, and the axis a single tick in the middle
  if (x.domain()[0] === x.domain()[1]) x.domain([0, 1]);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([margin.top, height - margin.bottom])
    .paddingInner(0.2);

  const rows = svg
    .append('g')
    .selectAll<SVGGElement, RankingDatum>('g')
    .data(data, (d) => d.key)
    .join('g')
    .attr('transform', (d) => `translate(0,${y(d.key)})`);
  rows.append('title').text((d) => `${d.label} (${kindLabelOf(d.kind)}): ${fmt(d.value)}`);
  // a transparent hit area over the whole row: a bar of value 0 must still be clickable and show focus
  rows
    .append('rect')
    .attr('class', 'hit')
    .attr('x', 2)
    .attr('width', width - 4)
    .attr('height', y.bandwidth())
    .attr('fill', 'transparent');
  rows
    .append('rect')
    .attr('x', (d) => x(Math.min(0, d.value)))
    .attr('width', (d) => Math.abs(x(d.value) - x(0)))
    .attr('height', y.bandwidth())
    .attr('fill', (d) => colourOf(d.kind));
  rows.each(function (d) {
    const label = select(this)
      .append('text')
      .attr('x', margin.left - 6)
      .attr('y', y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .attr('fill', 'currentColor');
    fittedText(label, d.label, maxLabelChars);
  });
  // values beside the bars live outside the focusable rows: the row's visible text is then its label
  // alone, which its accessible name starts with (WCAG 2.5.3); the name carries the value too
  svg
    .append('g')
    .attr('aria-hidden', 'true')
    .selectAll('text')
    .data(data, (d) => (d as RankingDatum).key)
    .join('text')
    .attr('x', (d) => x(Math.max(0, d.value)) + 4)
    .attr('y', (d) => (y(d.key) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('fill', 'currentColor')
    .text((d) => fmt(d.value));
  activatable(rows, {
    label: (d) => `${d.label}, ${kindLabelOf(d.kind)}: ${fmt(d.value)}`,
    onActivate: onSelect ? (d) => onSelect(d.key) : undefined,
    outline: (el) => el.querySelector('rect.hit'),
  });

  const tickFmt = numberFormat(locale, 3);
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 80)))
        .tickFormat((v) => tickFmt(Number(v))),
    )
    // d3 writes font-size 10 on every axis: the chart's 12 px instead
    .attr('font-size', null);
  svg
    .append('text')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .attr('fill', 'currentColor')
    .text(valueLabel);

  if (options.table) {
    const [h1, h2, h3] = options.tableHeaders ?? ['Knoten', 'Art', valueLabel];
    chartTable(
      container,
      [h1, h2, h3],
      data.map((d) => [d.label, kindLabelOf(d.kind), fmt(d.value)]),
      options.title ?? 'Rangliste',
    );
  }
  return svg.node()!;
}
