/**
 * What every chart shares: the accessible, responsive <svg> frame, keyboard activation of marks,
 * and label truncation. Text goes in through `.text()` only: labels come from documents.
 */
import { select, type Selection } from 'd3';
import { truncateLabel } from './chart-data.ts';

/** Options every draw function takes; all texts are passed in by the caller, which localises them. */
export interface ChartBaseOptions {
  /** Chart title, shown to screen readers as the svg's name (and as its tooltip). */
  title?: string;
  /** One or two sentences on what the chart shows; defaults to a generated summary. */
  description?: string;
  /** Also append the chart's data as a <table> after the svg (the non-visual equivalent). */
  table?: boolean;
  /** Width of the viewBox in user units; the svg itself scales to its container. */
  width?: number;
  /** Locale for numbers (default 'de-DE'). */
  locale?: string;
  /** Text shown instead of a chart when there is nothing to draw. */
  emptyText?: string;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

let nextId = 0;

/**
 * Replace the container's content with an empty <svg role="group"> carrying <title> and <desc>. A
 * group, not an image: its marks are focusable buttons, and an image's children are presentational.
 */
export function chartFrame(
  container: HTMLElement,
  width: number,
  height: number,
  title: string,
  description: string,
): Svg {
  container.replaceChildren();
  // ids must be unique in the page: several charts may be drawn side by side
  const id = `netzatlas-chart-${++nextId}`;
  const svg = select(container)
    .append('svg')
    .attr('role', 'group')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', '100%')
    .attr('preserveAspectRatio', 'xMinYMin meet')
    .attr('aria-labelledby', `${id}-title`)
    .attr('aria-describedby', `${id}-desc`)
    // shrink with a narrow container, but never blow a small chart's text up beyond its design size
    .style('max-width', `min(100%, ${width}px)`)
    .style('height', 'auto')
    .attr('font-size', 12);
  svg.append('title').attr('id', `${id}-title`).text(title);
  svg.append('desc').attr('id', `${id}-desc`).text(description);
  return svg;
}

/** A short note in place of an empty chart, so the frame still names what is missing. */
export function drawEmpty(svg: Svg, width: number, height: number, text: string): void {
  svg
    .append('text')
    .attr('x', width / 2)
    .attr('y', height / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'middle')
    .text(text);
}

export interface Activation<D> {
  /** The accessible name of one mark (screen readers do not see the drawing). */
  label: (d: D) => string;
  onActivate?: ((d: D) => void) | undefined;
  /** The shape that shows focus; defaults to the mark itself. */
  outline?: (el: SVGGElement) => SVGElement | null;
  /** Outline colour; defaults to the page's text colour, which contrasts with its background. */
  stroke?: (d: D) => string;
}

/**
 * Make marks (one <g> each) focusable and activatable like buttons: click, Enter and Space. Focus draws an
 * outline stroke, because browsers do not reliably show a focus ring on SVG shapes.
 */
export function activatable<D>(marks: Selection<SVGGElement, D, SVGGElement, unknown>, a: Activation<D>): void {
  const outline = a.outline ?? ((el: SVGGElement) => el);
  marks
    .attr('tabindex', 0)
    .attr('aria-label', function (d) {
      // WCAG 2.5.3 (label in name): a mark's accessible name starts with the text it shows
      const shown = visibleText(this);
      const name = a.label(d);
      return shown && !name.startsWith(shown) ? `${shown} – ${name}` : name;
    })
    .on('focus', function (_event: FocusEvent, d: D) {
      const el = outline(this);
      el?.setAttribute('stroke', a.stroke?.(d) ?? 'currentColor');
      el?.setAttribute('stroke-width', '3');
    })
    .on('blur', function () {
      const el = outline(this);
      el?.removeAttribute('stroke');
      el?.removeAttribute('stroke-width');
    });
  const onActivate = a.onActivate;
  if (!onActivate) return;
  marks
    .attr('role', 'button')
    .style('cursor', 'pointer')
    .on('click', (_event: MouseEvent, d: D) => onActivate(d))
    .on('keydown', (event: KeyboardEvent, d: D) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      // Space would otherwise scroll the page
      event.preventDefault();
      onActivate(d);
    });
}

/** The text a mark shows: its <text> elements without their <title> tooltips. */
function visibleText(el: SVGGElement): string {
  return Array.from(el.querySelectorAll('text'))
    .map((t) =>
      Array.from(t.childNodes)
        .filter((n) => n.nodeType === 3 || (n as Element).tagName === 'tspan')
        .map((n) => n.textContent ?? '')
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A text label cut to `maxChars`; the full label stays in a <title> child (tooltip, screen readers). */
export function fittedText<E extends SVGElement>(
  text: Selection<E, unknown, null, undefined>,
  label: string,
  maxChars: number,
): void {
  const shown = truncateLabel(label, maxChars);
  text.text(shown);
  if (shown !== label) text.append('title').text(label);
}

export function numberFormat(locale: string, digits: number): (v: number) => string {
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits });
  return (v) => f.format(v);
}
