/**
 * What an export draws: a flat, renderer-neutral snapshot of the current map view (viewport
 * pixels, resolved colours, visible labels) plus the legend. Building a Scene from sigma happens
 * elsewhere; the SVG and PNG writers only ever see this, so both draw the same picture. Pure.
 */
import { z } from 'zod';

export interface SceneNode {
  key: string;
  /** Centre in viewport pixels. */
  x: number;
  y: number;
  /** Radius in viewport pixels (sigma's displayed node size). */
  size: number;
  color: string;
  /** Drawn beside the circle when not null. */
  label: string | null;
  /** Which side the map drew the label on (map/label-placement.ts); right when absent. */
  labelSide?: 'left' | 'right';
}

export interface SceneEdge {
  x1: number;
  y1: number;
  /** With `arrow`, the arrow's tip goes exactly here: end the edge at the target's rim, not its centre. */
  x2: number;
  y2: number;
  color: string;
  /** Stroke width in viewport pixels. */
  size: number;
  arrow: boolean;
}

/** What is missing for the open gap (map/ghost-layer.ts): a dashed tie, a dashed ring when no actor stands there. */
export interface SceneGhost {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Radius of the placeholder ring at (x2, y2); null when the tie ends at a drawn node. */
  ring: number | null;
  label: string;
  labelX: number;
  labelY: number;
  color: string;
}

export interface LegendItem {
  label: string;
  color: string;
  shape: 'circle' | 'line' | 'arrow';
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

export interface Scene {
  /** Size of the map viewport in pixels; the legend is added to the right of it. */
  width: number;
  height: number;
  background: string;
  title?: string;
  subtitle?: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Only in pictures, never in data exports. */
  ghosts?: SceneGhost[];
  /** Faint dots under everything (the Gemeinden of NRW behind the geographic arrangement). */
  backdrop?: SceneDot[];
  legend: LegendSection[];
}

/** A dot of the backdrop, in viewport pixels. */
export interface SceneDot {
  x: number;
  y: number;
  r: number;
  color: string;
}

// Finite numbers only: a scene from the boundary (a worker, a saved file) must not smuggle in NaN.
const num = z.number();

export const SceneNodeSchema = z.object({
  key: z.string(),
  x: num,
  y: num,
  size: num,
  color: z.string(),
  label: z.string().nullable(),
  labelSide: z.enum(['left', 'right']).optional(),
});

export const SceneEdgeSchema = z.object({
  x1: num,
  y1: num,
  x2: num,
  y2: num,
  color: z.string(),
  size: num,
  arrow: z.boolean(),
});

export const SceneGhostSchema = z.object({
  x1: num,
  y1: num,
  x2: num,
  y2: num,
  ring: num.nullable(),
  label: z.string(),
  labelX: num,
  labelY: num,
  color: z.string(),
});

export const SceneDotSchema = z.object({ x: num, y: num, r: num, color: z.string() });

export const LegendItemSchema = z.object({
  label: z.string(),
  color: z.string(),
  shape: z.enum(['circle', 'line', 'arrow']),
});

export const LegendSectionSchema = z.object({ title: z.string(), items: z.array(LegendItemSchema) });

export const SceneSchema = z.object({
  width: num.nonnegative(),
  height: num.nonnegative(),
  background: z.string(),
  title: z.string().optional(),
  subtitle: z.string().optional(),
  nodes: z.array(SceneNodeSchema),
  edges: z.array(SceneEdgeSchema),
  ghosts: z.array(SceneGhostSchema).optional(),
  backdrop: z.array(SceneDotSchema).optional(),
  legend: z.array(LegendSectionSchema),
});

// Compile-time check that the schema and the hand-written interfaces describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesScene: Same<z.infer<typeof SceneSchema>, Scene> = true;
void _schemaMatchesScene;

/** Sigma's default node colour; used wherever a colour is missing or not one we accept. */
export const FALLBACK_GREY = '#999999';

/** A colour split into what SVG 1.1 understands everywhere: `#rrggbb` plus a separate opacity. */
export interface Rgba {
  hex: string;
  alpha: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const N = String.raw`(\d+(?:\.\d+)?%?|\.\d+%?)`;
const RGB = new RegExp(String.raw`^rgb\(\s*${N}\s*,\s*${N}\s*,\s*${N}\s*\)$`, 'i');
const RGBA = new RegExp(String.raw`^rgba\(\s*${N}\s*,\s*${N}\s*,\s*${N}\s*,\s*${N}\s*\)$`, 'i');

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const byte = (v: number): string =>
  Math.round(clamp(v, 0, 255))
    .toString(16)
    .padStart(2, '0');

function channel(s: string): number {
  return s.endsWith('%') ? (parseFloat(s) / 100) * 255 : parseFloat(s);
}

function alphaOf(s: string): number {
  return clamp(s.endsWith('%') ? parseFloat(s) / 100 : parseFloat(s), 0, 1);
}

/**
 * Parses the colour forms we let into exported files (`#rgb`, `#rrggbb`, `#rrggbbaa`,
 * `rgb(r, g, b)`, `rgba(r, g, b, a)` with plain numbers); anything else (names, `url(…)`,
 * `var(…)`, quotes) is null, because colours end up in attributes and canvas styles.
 */
export function parseColor(s: unknown): Rgba | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  if (HEX.test(t)) {
    const h = t.slice(1).toLowerCase();
    if (h.length === 3) return { hex: `#${h[0]}${h[0]}${h[1]}${h[1]}${h[2]}${h[2]}`, alpha: 1 };
    const alpha = h.length === 8 ? parseInt(h.slice(6), 16) / 255 : 1;
    return { hex: `#${h.slice(0, 6)}`, alpha };
  }
  const m = RGB.exec(t) ?? RGBA.exec(t);
  if (!m) return null;
  const [r, g, b, a] = [m[1]!, m[2]!, m[3]!, m[4]];
  // CSS wants the three channels all in percent or all plain; a mix is invalid there too.
  const percents = [r, g, b].filter((c) => c.endsWith('%')).length;
  if (percents !== 0 && percents !== 3) return null;
  return { hex: `#${byte(channel(r))}${byte(channel(g))}${byte(channel(b))}`, alpha: a === undefined ? 1 : alphaOf(a) };
}

/** The colour itself (trimmed) if `parseColor` accepts it, else `fallback`. */
export function validColor(s: unknown, fallback: string = FALLBACK_GREY): string {
  return parseColor(s) ? (s as string).trim() : fallback;
}
