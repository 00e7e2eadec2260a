/**
 * How the Kreis overview (kreis-overview.ts) is drawn and explained: the points and lines sigma
 * gets, with names, sizes and colours, and the legend for them (the counts of what is drawn).
 */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { Legend, LegendEntry } from './appearance.ts';
import { groupSizes, tieWidths, type KreisOverview, type OverviewGroup } from './kreis-overview.ts';
import type { Language } from './view-state.ts';

export type GroupKind = 'kreis' | 'city' | 'unknown' | 'none';

// Paul Tol "muted", as the other categorical colours of the map; grey for what has no place
const GROUP_COLOURS: Record<GroupKind, string> = {
  kreis: '#332288',
  city: '#117733',
  unknown: '#DDCC77',
  none: '#BBBBBB',
};
const TIE_COLOUR = '#8C8C8C';
const LEGEND_TEXT = {
  kreis: 'overviewLegendKreis',
  city: 'overviewLegendCity',
  unknown: 'overviewLegendUnknown',
  none: 'overviewLegendNoPlace',
} as const;

export function groupKind(model: ExplorerModel, g: OverviewGroup): GroupKind {
  if (g.place === null) return 'none';
  const known = model.places.groups.find((p) => p.name === g.place);
  if (!known) return 'unknown';
  return known.kreisfrei ? 'city' : 'kreis';
}

export function groupName(g: OverviewGroup, lang: Language): string {
  return g.place ?? t('overviewNoPlace', lang);
}

export interface OverviewPoints {
  nodes: Array<{ key: string; label: string; x: number; y: number; size: number; color: string }>;
  edges: Array<{ source: string; target: string; size: number; color: string }>;
}

/**
 * Moves overlapping points apart, in place and deterministically: the means of neighbouring Kreise
 * can lie close together, and a big point would hide a small one. `size` is a radius in pixels on a
 * map whose points span about `across` pixels; a few rounds of pairwise pushes, no randomness.
 */
export function spreadPoints(pts: Array<{ x: number; y: number; size: number }>, across: number, gap = 14): void {
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
  const unit = extent / across;
  for (let round = 0; round < 80; round++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const need = (a.size + b.size + gap) * unit;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        // on the same spot: apart along a direction given by the pair's indices
        if (d === 0) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (need - d) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** The box around the points with a margin of `margin` × their extent on each side (so no point is cut at the edge). */
export function pointsExtent(
  pts: ReadonlyArray<{ x: number; y: number }>,
  margin = 0.08,
): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of pts) [x0, x1, y0, y1] = [Math.min(x0, p.x), Math.max(x1, p.x), Math.min(y0, p.y), Math.max(y1, p.y)];
  if (!pts.length) return { x: [0, 1], y: [0, 1] };
  const m = Math.max(x1 - x0, y1 - y0, 1e-9) * margin;
  return { x: [x0 - m, x1 + m], y: [y0 - m, y1 + m] };
}

/** `across`: the map's smaller side in pixels (sigma fits the points into it), for spreadPoints. */
export function overviewPoints(model: ExplorerModel, o: KreisOverview, lang: Language, across = 400): OverviewPoints {
  const sizes = groupSizes(o.groups);
  const widths = tieWidths(o.ties);
  const nodes = o.groups.map((g, i) => ({
    key: g.key,
    label: `${groupName(g, lang)} (${g.actors})`,
    x: g.x,
    y: g.y,
    size: sizes[i]!,
    color: GROUP_COLOURS[groupKind(model, g)],
  }));
  spreadPoints(nodes, across);
  return {
    nodes,
    edges: o.ties.map((tie, i) => ({
      source: o.groups[tie.source]!.key,
      target: o.groups[tie.target]!.key,
      size: widths[i]!,
      color: TIE_COLOUR,
    })),
  };
}

export function overviewLegend(model: ExplorerModel, o: KreisOverview, lang: Language): Legend {
  const counts = new Map<GroupKind, number>();
  for (const g of o.groups) counts.set(groupKind(model, g), (counts.get(groupKind(model, g)) ?? 0) + 1);
  const nodes: LegendEntry[] = (Object.keys(GROUP_COLOURS) as GroupKind[])
    .filter((k) => counts.has(k))
    .map((k) => ({ label: t(LEGEND_TEXT[k], lang), color: GROUP_COLOURS[k], shape: 'circle', count: counts.get(k)! }));
  const ties = o.ties.reduce((sum, tie) => sum + tie.weight, 0);
  return {
    title: t('overviewLegendColour', lang),
    nodes,
    edgesTitle: t('overviewLegendTies', lang),
    edges: ties ? [{ label: t('overviewLegendWidth', lang), color: TIE_COLOUR, shape: 'line', count: ties }] : [],
    notes: {
      title: t('overviewLegendTitle', lang),
      lines: [{ id: 'legend-overview-size', text: t('overviewLegendSize', lang) }],
    },
  };
}
