/** Heat map of the legal domain × legal domain tie counts (data from `domainMatrix` / `matrixFromCounts`). */
import { interpolateBlues, rgb, scaleBand, scaleSequential } from 'd3';
import { textColourOn, type DomainMatrix, type MatrixCell } from './chart-data.ts';
import { chartTable } from './chart-table.ts';
import { activatable, chartFrame, drawEmpty, fittedText, numberFormat, type ChartBaseOptions } from './svg.ts';

export interface MatrixChartOptions extends ChartBaseOptions {
  /** Display name of a domain (default: the domain itself, e.g. 'SGB VIII', 'ohne Rechtskreis'). */
  labelOf?: (domain: string) => string;
  /** Accessible name of one cell (default „SGB II – SGB VIII: 4 Verbindungen“). */
  cellLabel?: (cell: MatrixCell) => string;
  /** Called with row and column when a cell is clicked or activated with Enter/Space. */
  onSelect?: (row: string, col: string) => void;
  /** Header of the table's first column (default 'Rechtskreis'). */
  cornerLabel?: string;
  /** Longer domain labels are cut with "…" (default 18 characters). */
  maxLabelChars?: number;
}

const CELL = 56;
// about one character at 12 px in the fonts browsers fall back to (DejaVu Sans is wider than Arial)
const CHAR_WIDTH = 7.2;

export function drawMatrixChart(
  container: HTMLElement,
  data: DomainMatrix,
  options: MatrixChartOptions = {},
): SVGSVGElement {
  const {
    labelOf = (d: string) => d,
    onSelect,
    cornerLabel = 'Rechtskreis',
    maxLabelChars = 18,
    locale = 'de-DE',
  } = options;
  const fmt = numberFormat(locale, 0);
  const cellLabel =
    options.cellLabel ??
    ((c: MatrixCell) =>
      `${labelOf(c.row)} – ${labelOf(c.col)}: ${fmt(c.value)} ${c.value === 1 ? 'Verbindung' : 'Verbindungen'}`);
  const n = data.rows.length;
  const labelSpace = 10 + maxLabelChars * CHAR_WIDTH;
  // column labels are turned by 45°: about 0.7 of their length above the cells and, for the last
  // column, to the right of them
  const margin = { top: 6 + labelSpace * 0.72, right: labelSpace * 0.72, bottom: 8, left: labelSpace };
  const width = options.width ?? margin.left + Math.max(1, n) * CELL + margin.right;
  const cell = Math.max(8, (width - margin.left - margin.right) / Math.max(1, n));
  const height = margin.top + Math.max(1, n) * cell + margin.bottom;
  const title = options.title ?? 'Verbindungen zwischen den Rechtskreisen';
  const svg = chartFrame(
    container,
    width,
    height,
    title,
    options.description ??
      `Matrix der Verbindungen zwischen Akteuren der Rechtskreise ${data.rows.map(labelOf).join(', ')}; je dunkler eine Zelle, desto mehr Verbindungen, höchstens ${fmt(data.max)}.`,
  );
  if (n === 0) {
    drawEmpty(svg, width, height, options.emptyText ?? 'Keine Rechtskreise vorhanden.');
    return svg.node()!;
  }

  const pos = scaleBand<string>()
    .domain(data.rows)
    .range([0, n * cell])
    .paddingInner(0.04);
  // the lightest blue for zero, so an empty cell stays visible against the page
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(1, data.max)]);
  const plot = svg.append('g').attr('transform', `translate(${margin.left},${margin.top})`);

  const cells = plot
    .selectAll<SVGGElement, MatrixCell>('g')
    .data(data.cells, (c) => `${c.row}\u0000${c.col}`)
    .join('g')
    .attr('transform', (c) => `translate(${pos(c.col)},${pos(c.row)})`);
  cells.append('title').text(cellLabel);
  cells
    .append('rect')
    .attr('width', pos.bandwidth())
    .attr('height', pos.bandwidth())
    .attr('fill', (c) => colour(c.value));
  cells
    .append('text')
    .attr('x', pos.bandwidth() / 2)
    .attr('y', pos.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('fill', (c) => textColourOn(rgb(colour(c.value))))
    .text((c) => fmt(c.value));
  activatable(cells, {
    label: cellLabel,
    onActivate: onSelect ? (c) => onSelect(c.row, c.col) : undefined,
    outline: (el) => el.querySelector('rect'),
    // the text colour contrasts with the cell, so it also makes a visible focus outline
    stroke: (c) => textColourOn(rgb(colour(c.value))),
  });

  for (const row of data.rows) {
    const y = pos(row)! + pos.bandwidth() / 2;
    fittedText(
      plot
        .append('text')
        .attr('x', -6)
        .attr('y', y)
        .attr('dy', '0.35em')
        .attr('text-anchor', 'end')
        .attr('fill', 'currentColor'),
      labelOf(row),
      maxLabelChars,
    );
    const x = pos(row)! + pos.bandwidth() / 2;
    const colLabel = plot
      .append('text')
      .attr('transform', `translate(${x},-6) rotate(-45)`)
      .attr('fill', 'currentColor');
    fittedText(colLabel, labelOf(row), maxLabelChars);
  }

  if (options.table) {
    const byCell = new Map(data.cells.map((c) => [`${c.row}\u0000${c.col}`, c.value]));
    chartTable(
      container,
      [cornerLabel, ...data.rows.map(labelOf)],
      data.rows.map((r) => [labelOf(r), ...data.rows.map((c) => fmt(byCell.get(`${r}\u0000${c}`) ?? 0))]),
      title,
    );
  }
  return svg.node()!;
}
