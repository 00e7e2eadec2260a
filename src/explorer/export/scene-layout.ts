/**
 * The geometry both export writers share: a Scene turned into an ordered list of primitive
 * marks (rects, circles, lines, triangles, texts) with every number finite and every colour
 * parsed. The SVG writer and the canvas painter only translate marks, so the two pictures match.
 * Pure: no DOM, no text measurement (widths are estimated from the character count).
 */
import { parseColor, type Rgba, type Scene } from './scene.ts';

export interface RectMark {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Rgba | null;
  stroke: Rgba | null;
  strokeWidth: number;
}
export interface CircleMark {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: Rgba;
}
export interface LineMark {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Rgba;
  width: number;
  /** Dash and gap length (a ghost tie); solid when absent. */
  dash?: [number, number];
}
/** An outlined, dashed circle: the placeholder of a missing partner. */
export interface RingMark {
  kind: 'ring';
  cx: number;
  cy: number;
  r: number;
  fill: Rgba;
  stroke: Rgba;
  width: number;
  dash: [number, number];
}
export interface PolygonMark {
  kind: 'polygon';
  points: [number, number][];
  fill: Rgba;
}
export interface TextMark {
  kind: 'text';
  /** Left end of the alphabetic baseline. */
  x: number;
  y: number;
  text: string;
  fontSize: number;
  bold: boolean;
  fill: Rgba;
}
export type Mark = RectMark | CircleMark | LineMark | RingMark | PolygonMark | TextMark;

export interface SceneLayout {
  /** Whole picture: map + legend column, header above both. */
  width: number;
  height: number;
  background: Rgba;
  header: TextMark[];
  /** The map viewport inside the picture; map marks are clipped to it so they stay off header and legend. */
  map: { x: number; y: number; width: number; height: number };
  /** Faint dots under the edges (scene.backdrop). */
  backdrop: CircleMark[];
  edges: Mark[];
  nodes: CircleMark[];
  labels: TextMark[];
  /** The open gap's ghosts, drawn over the labels. */
  ghosts: Mark[];
  legend: Mark[];
}

/** No web fonts in exports: a system sans-serif stack that every viewer has something for. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export const LEGEND_WIDTH = 240;
const LEGEND_MARGIN = 12;
const LEGEND_PADDING = 10;
const SECTION_TITLE_ROW = 20;
const ITEM_ROW = 18;
const SECTION_GAP = 6;
const SWATCH_WIDTH = 18;
const SWATCH_GAP = 8;
/** More rows than this make a legend nobody reads and a canvas browsers refuse; the rest is counted. */
export const MAX_LEGEND_ROWS = 60;

const PAGE_PADDING = 16;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
export const LABEL_SIZE = 12;
const LEGEND_TITLE_SIZE = 12;
const LEGEND_ITEM_SIZE = 11;
const LABEL_MAX_WIDTH = 320;

/** Limits that keep coordinates printable without exponents and canvases allocatable. */
const COORD_LIMIT = 1e6;
export const MAX_MAP_SIDE = 20000;

/** Average advance of a sans-serif glyph in em; a little generous so truncated text fits. */
const CHAR_EM = 0.6;

const TEXT = parseColor('#222222')!;
const MUTED = parseColor('#555555')!;
const BOX_FILL = parseColor('#ffffff')!;
const BOX_STROKE = parseColor('#cccccc')!;
const GREY = parseColor('#999999')!;
const WHITE = parseColor('#ffffff')!;

/** A finite number inside [lo, hi]; NaN and ±Infinity become 0 (then clamped). */
export function finite(n: unknown, lo = -COORD_LIMIT, hi = COORD_LIMIT): number {
  const v = typeof n === 'number' && Number.isFinite(n) ? n : 0;
  return Math.min(hi, Math.max(lo, v));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls, DEL and U+FFFE/U+FFFF: invalid in XML 1.0 or invisible junk on a canvas.
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Lone surrogates (invalid UTF-16, unencodable in UTF-8) replaced by U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** Display text: lone surrogates → U+FFFD, control characters dropped, whitespace runs → one space. */
export function cleanText(s: unknown): string {
  if (typeof s !== 'string') return '';
  return wellFormed(s).replace(JUNK, '').replace(/\s+/g, ' ').trim();
}

/** Estimated width of `text` at `fontSize`, the same estimate truncation uses. */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * CHAR_EM;
}

/**
 * Cuts `text` to fit `maxWidth` at `fontSize` by the character-count estimate, ending in "…".
 * Counts code points, so a surrogate pair is never split.
 */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  const chars = Array.from(text);
  const max = Math.max(0, Math.floor(finite(maxWidth, 0) / (finite(fontSize, 1) * CHAR_EM)));
  if (chars.length <= max) return text;
  if (max === 0) return '';
  return chars.slice(0, max - 1).join('') + '…';
}

/**
 * The triangle of an arrow whose tip sits at (x2, y2), pointing along the edge, and the point
 * where the edge's line should stop so it does not poke through the tip. Null for a
 * zero-length edge (no direction).
 */
export function arrowHead(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  strokeWidth: number,
): { points: [number, number][]; baseX: number; baseY: number } | null {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (!(len > 1e-6)) return null;
  const head = Math.min(len, Math.max(6, strokeWidth * 3));
  const half = Math.max(2.5, head * 0.45);
  const ux = dx / len;
  const uy = dy / len;
  const baseX = x2 - ux * head;
  const baseY = y2 - uy * head;
  return {
    points: [
      [x2, y2],
      [baseX - uy * half, baseY + ux * half],
      [baseX + uy * half, baseY - ux * half],
    ],
    baseX,
    baseY,
  };
}

function colorOr(s: unknown, fallback: Rgba): Rgba {
  return parseColor(s) ?? fallback;
}

function text(x: number, y: number, t: string, fontSize: number, bold: boolean, fill: Rgba): TextMark {
  return { kind: 'text', x, y, text: t, fontSize, bold, fill };
}

/** Baseline that centres a line of text vertically in a row starting at `top`. */
const baselineIn = (top: number, row: number, fontSize: number): number => top + row / 2 + fontSize * 0.35;

function legendMarks(scene: Scene, x: number, y: number): { marks: Mark[]; height: number } {
  const boxWidth = LEGEND_WIDTH - 2 * LEGEND_MARGIN;
  const inner = boxWidth - 2 * LEGEND_PADDING;
  const left = x + LEGEND_PADDING;
  const marks: Mark[] = [];
  let top = y + LEGEND_PADDING;
  let rows = 0;
  let hidden = 0;
  const sections = Array.isArray(scene.legend) ? scene.legend : [];
  sections.forEach((section, i) => {
    const items = Array.isArray(section?.items) ? section.items : [];
    if (rows >= MAX_LEGEND_ROWS) {
      hidden += items.length;
      return;
    }
    if (i > 0) top += SECTION_GAP;
    const title = truncateText(cleanText(section?.title), inner, LEGEND_TITLE_SIZE);
    if (title) {
      marks.push(
        text(left, baselineIn(top, SECTION_TITLE_ROW, LEGEND_TITLE_SIZE), title, LEGEND_TITLE_SIZE, true, TEXT),
      );
      top += SECTION_TITLE_ROW;
      rows++;
    }
    for (const item of items) {
      if (rows >= MAX_LEGEND_ROWS) {
        hidden++;
        continue;
      }
      const mid = top + ITEM_ROW / 2;
      const color = colorOr(item?.color, GREY);
      if (item?.shape === 'line') {
        marks.push({ kind: 'line', x1: left, y1: mid, x2: left + SWATCH_WIDTH, y2: mid, stroke: color, width: 2 });
      } else if (item?.shape === 'arrow') {
        const head = arrowHead(left, mid, left + SWATCH_WIDTH, mid, 2)!;
        marks.push({ kind: 'line', x1: left, y1: mid, x2: head.baseX, y2: head.baseY, stroke: color, width: 2 });
        marks.push({ kind: 'polygon', points: head.points, fill: color });
      } else {
        marks.push({ kind: 'circle', cx: left + SWATCH_WIDTH / 2, cy: mid, r: 5, fill: color });
      }
      const labelX = left + SWATCH_WIDTH + SWATCH_GAP;
      const label = truncateText(cleanText(item?.label), inner - SWATCH_WIDTH - SWATCH_GAP, LEGEND_ITEM_SIZE);
      if (label)
        marks.push(text(labelX, baselineIn(top, ITEM_ROW, LEGEND_ITEM_SIZE), label, LEGEND_ITEM_SIZE, false, TEXT));
      top += ITEM_ROW;
      rows++;
    }
  });
  if (hidden > 0) {
    const note = `… und ${hidden} weitere ${hidden === 1 ? 'Eintrag' : 'Einträge'}`;
    marks.push(text(left, baselineIn(top, ITEM_ROW, LEGEND_ITEM_SIZE), note, LEGEND_ITEM_SIZE, false, MUTED));
    top += ITEM_ROW;
  }
  const height = top + LEGEND_PADDING - y;
  const box: RectMark = {
    kind: 'rect',
    x,
    y,
    width: boxWidth,
    height,
    fill: BOX_FILL,
    stroke: BOX_STROKE,
    strokeWidth: 1,
  };
  return { marks: [box, ...marks], height };
}

/** Lays out the whole export picture. Never throws; any number or text in the scene is made safe. */
export function layoutScene(scene: Scene): SceneLayout {
  const mapWidth = finite(scene.width, 0, MAX_MAP_SIDE);
  const mapHeight = finite(scene.height, 0, MAX_MAP_SIDE);
  const hasLegend = Array.isArray(scene.legend) && scene.legend.length > 0;
  const legendWidth = hasLegend ? LEGEND_WIDTH : 0;
  const width = Math.max(1, mapWidth + legendWidth);

  const header: TextMark[] = [];
  const headerText = Math.max(0, width - 2 * PAGE_PADDING);
  const title = truncateText(cleanText(scene.title), headerText, TITLE_SIZE);
  const subtitle = truncateText(cleanText(scene.subtitle), headerText, SUBTITLE_SIZE);
  let headerHeight = 0;
  if (title) {
    header.push(text(PAGE_PADDING, PAGE_PADDING + TITLE_SIZE, title, TITLE_SIZE, true, TEXT));
    headerHeight = PAGE_PADDING + TITLE_SIZE;
  }
  if (subtitle) {
    const y = (headerHeight || PAGE_PADDING) + 6 + SUBTITLE_SIZE;
    header.push(text(PAGE_PADDING, y, subtitle, SUBTITLE_SIZE, false, MUTED));
    headerHeight = y;
  }
  if (headerHeight > 0) headerHeight += PAGE_PADDING / 2 + 4;

  const ox = 0;
  const oy = headerHeight;
  const edges: Mark[] = [];
  for (const e of Array.isArray(scene.edges) ? scene.edges : []) {
    const x1 = ox + finite(e?.x1);
    const y1 = oy + finite(e?.y1);
    const x2 = ox + finite(e?.x2);
    const y2 = oy + finite(e?.y2);
    const w = finite(e?.size, 0, 100);
    const stroke = colorOr(e?.color, GREY);
    const head = e?.arrow === true ? arrowHead(x1, y1, x2, y2, w) : null;
    edges.push({ kind: 'line', x1, y1, x2: head ? head.baseX : x2, y2: head ? head.baseY : y2, stroke, width: w });
    if (head) edges.push({ kind: 'polygon', points: head.points, fill: stroke });
  }

  const backdrop: CircleMark[] = [];
  for (const d of Array.isArray(scene.backdrop) ? scene.backdrop : []) {
    backdrop.push({
      kind: 'circle',
      cx: ox + finite(d?.x),
      cy: oy + finite(d?.y),
      r: finite(d?.r, 0, 100),
      fill: colorOr(d?.color, GREY),
    });
  }

  const nodes: CircleMark[] = [];
  const labels: TextMark[] = [];
  for (const n of Array.isArray(scene.nodes) ? scene.nodes : []) {
    const cx = ox + finite(n?.x);
    const cy = oy + finite(n?.y);
    const r = finite(n?.size, 0, 1000);
    nodes.push({ kind: 'circle', cx, cy, r, fill: colorOr(n?.color, GREY) });
    if (n?.label === null || n?.label === undefined) continue;
    const label = truncateText(cleanText(n.label), LABEL_MAX_WIDTH, LABEL_SIZE);
    if (!label) continue;
    const x = n?.labelSide === 'left' ? cx - r - 3 - textWidth(label, LABEL_SIZE) : cx + r + 3;
    labels.push(text(x, cy + LABEL_SIZE * 0.35, label, LABEL_SIZE, false, TEXT));
  }

  const ghosts: Mark[] = [];
  const dash: [number, number] = [5, 4];
  for (const g of Array.isArray(scene.ghosts) ? scene.ghosts : []) {
    const stroke = colorOr(g?.color, GREY);
    const x1 = ox + finite(g?.x1);
    const y1 = oy + finite(g?.y1);
    const x2 = ox + finite(g?.x2);
    const y2 = oy + finite(g?.y2);
    const ring = g?.ring === null || g?.ring === undefined ? null : finite(g.ring, 0, 1000);
    // the tie stops at the ring, as on the map
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const cut = ring ?? 0;
    ghosts.push({
      kind: 'line',
      x1,
      y1,
      x2: x2 - ((x2 - x1) / len) * cut,
      y2: y2 - ((y2 - y1) / len) * cut,
      stroke,
      width: 2,
      dash,
    });
    if (ring !== null) ghosts.push({ kind: 'ring', cx: x2, cy: y2, r: ring, fill: WHITE, stroke, width: 2, dash });
    const label = truncateText(cleanText(g?.label), LABEL_MAX_WIDTH * 2, LABEL_SIZE);
    if (label) ghosts.push(text(ox + finite(g?.labelX), oy + finite(g?.labelY), label, LABEL_SIZE, true, stroke));
  }

  let legend: Mark[] = [];
  let legendBottom = 0;
  if (hasLegend) {
    const top = headerHeight + LEGEND_MARGIN;
    const l = legendMarks(scene, mapWidth + LEGEND_MARGIN, top);
    legend = l.marks;
    legendBottom = top + l.height + LEGEND_MARGIN;
  }

  return {
    width,
    height: Math.max(1, headerHeight + mapHeight, legendBottom),
    background: colorOr(scene.background, WHITE),
    header,
    map: { x: ox, y: oy, width: mapWidth, height: mapHeight },
    backdrop,
    edges,
    nodes,
    labels,
    ghosts,
    legend,
  };
}
