/** Column chart of the degree distribution (data from `degreeDistribution`). */
import { axisBottom, axisLeft, scaleBand, scaleLinear } from 'd3';
import type { DegreeCount } from './chart-data.ts';
import { chartTable } from './chart-table.ts';
import { activatable, chartFrame, drawEmpty, numberFormat, type ChartBaseOptions } from './svg.ts';

export interface DegreeChartOptions extends ChartBaseOptions {
  /** Axis title under the degrees (default 'Grad (Zahl der Verbindungen)'). */
  xLabel?: string;
  /** Axis title of the counts (default 'Zahl der Knoten'). */
  yLabel?: string;
  /** Column colour (default a mid blue, 5.3:1 against white). */
  colour?: string;
  /** Called with the degree when a column is clicked or activated with Enter/Space. */
  onSelect?: (degree: number) => void;
  /** Accessible name of one column (default „Grad 3: 5 Knoten“). */
  columnLabel?: (d: DegreeCount) => string;
  /** Column headers of the table (default 'Grad', 'Knoten'). */
  tableHeaders?: readonly [string, string];
}

export function drawDegreeChart(
  container: HTMLElement,
  data: readonly DegreeCount[],
  options: DegreeChartOptions = {},
): SVGSVGElement {
  const {
    xLabel = 'Grad (Zahl der Verbindungen)',
    yLabel = 'Zahl der Knoten',
    colour = '#3b6ea5',
    onSelect,
    locale = 'de-DE',
  } = options;
  const fmt = numberFormat(locale, 0);
  const columnLabel = options.columnLabel ?? ((d: DegreeCount) => `Grad ${fmt(d.degree)}: ${fmt(d.count)} Knoten`);
  const width = options.width ?? 640;
  const height = 320;
  const margin = { top: 12, right: 12, bottom: 48, left: 56 };
  const total = data.reduce((s, d) => s + d.count, 0);
  const peak = data.reduce<DegreeCount | undefined>((p, d) => (!p || d.count > p.count ? d : p), undefined);
  const svg = chartFrame(
    container,
    width,
    height,
    options.title ?? 'Verteilung der Grade',
    options.description ??
      (peak
        ? `Säulendiagramm: wie viele der ${fmt(total)} Knoten wie viele Verbindungen haben, Grad 0 bis ${fmt(data.length - 1)}; am häufigsten ist Grad ${fmt(peak.degree)} (${fmt(peak.count)} Knoten).`
        : 'Keine Knoten.'),
  );
  if (!peak) {
    drawEmpty(svg, width, height, options.emptyText ?? 'Keine Knoten vorhanden.');
    return svg.node()!;
  }

  const x = scaleBand<number>()
    .domain(data.map((d) => d.degree))
    .range([margin.left, width - margin.right])
    .paddingInner(0.1);
  const y = scaleLinear()
    .domain([0, Math.max(1, peak.count)])
    .nice()
    .range([height - margin.bottom, margin.top]);

  // only non-empty columns take focus: tabbing through dozens of empty degrees helps nobody
  const columns = svg
    .append('g')
    .selectAll<SVGGElement, DegreeCount>('g')
    .data(
      data.filter((d) => d.count > 0),
      (d) => String(d.degree),
    )
    .join('g')
    .attr('transform', (d) => `translate(${x(d.degree)},0)`);
  columns.append('title').text(columnLabel);
  // the full-height hit area keeps a column of one node among hundreds clickable and its focus visible
  columns
    .append('rect')
    .attr('class', 'hit')
    .attr('y', margin.top)
    .attr('width', x.bandwidth())
    .attr('height', height - margin.bottom - margin.top)
    .attr('fill', 'transparent');
  columns
    .append('rect')
    .attr('y', (d) => y(d.count))
    .attr('width', x.bandwidth())
    .attr('height', (d) => y(0) - y(d.count))
    .attr('fill', colour);
  activatable(columns, {
    label: columnLabel,
    onActivate: onSelect ? (d) => onSelect(d.degree) : undefined,
    outline: (el) => el.querySelector('rect.hit'),
  });

  // at most one degree tick per 28 px (and 20 in all), so the 12 px numbers do not overlap on a long tail
  const ticks = Math.min(20, Math.max(2, Math.floor((width - margin.left - margin.right) / 28)));
  const step = Math.max(1, Math.ceil(data.length / ticks));
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(data.filter((d) => d.degree % step === 0).map((d) => d.degree))
        .tickFormat((v) => fmt(v)),
    )
    // d3 writes font-size 10 on every axis: the chart's 12 px instead
    .attr('font-size', null);
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      axisLeft(y)
        .ticks(Math.min(6, y.domain()[1]!))
        .tickFormat((v) => (Number.isInteger(Number(v)) ? fmt(Number(v)) : '')),
    )
    .attr('font-size', null);
  svg
    .append('text')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 8)
    .attr('text-anchor', 'middle')
    .attr('fill', 'currentColor')
    .text(xLabel);
  svg
    .append('text')
    .attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('fill', 'currentColor')
    .text(yLabel);

  if (options.table) {
    const [h1, h2] = options.tableHeaders ?? ['Grad', 'Knoten'];
    chartTable(
      container,
      [h1, h2],
      data.map((d) => [fmt(d.degree), fmt(d.count)]),
      options.title ?? 'Verteilung der Grade',
    );
  }
  return svg.node()!;
}
