/**
 * Two map scenes side by side in one picture (the compare view's export): the right scene moved by
 * the left one's width and a gap, a thin grey divider in the gap, one title and legend; nodes,
 * edges and labels kept inside their own map. Pure.
 */
import type { LegendSection, Scene, SceneEdge, SceneNode } from './scene.ts';
import { cleanText, LABEL_SIZE, truncateText } from './scene-layout.ts';

export const SIDE_BY_SIDE_GAP = 24;
const DIVIDER = '#BDBDBD';

/** The part of an edge with x inside [0, width] (null when none is), so one map does not draw into the other. */
export function clipEdgeX(e: SceneEdge, width: number): SceneEdge | null {
  const dx = e.x2 - e.x1;
  let t0 = 0;
  let t1 = 1;
  if (dx === 0) {
    if (e.x1 < 0 || e.x1 > width) return null;
  } else {
    const ta = (0 - e.x1) / dx;
    const tb = (width - e.x1) / dx;
    t0 = Math.max(t0, Math.min(ta, tb));
    t1 = Math.min(t1, Math.max(ta, tb));
    if (t0 > t1) return null;
  }
  const dy = e.y2 - e.y1;
  // a clipped end is no longer at the target: no arrow head there
  return {
    ...e,
    x1: e.x1 + t0 * dx,
    y1: e.y1 + t0 * dy,
    x2: e.x1 + t1 * dx,
    y2: e.y1 + t1 * dy,
    arrow: e.arrow && t1 === 1,
  };
}

const inside = (n: SceneNode, width: number) => n.x >= 0 && n.x <= width;

/** A label cut to stay inside its own map (drawn beside the circle, right or left, as scene-layout does). */
function fitted(n: SceneNode, width: number): SceneNode {
  if (n.label === null) return n;
  const room = n.labelSide === 'left' ? n.x - n.size - 3 : width - (n.x + n.size + 3);
  const label = truncateText(cleanText(n.label), room, LABEL_SIZE);
  return { ...n, label: label || null };
}

export function sideBySideScene(
  left: Scene,
  right: Scene,
  head: { title: string; subtitle: string; legend: LegendSection[] },
  gap = SIDE_BY_SIDE_GAP,
): Scene {
  const dx = left.width + gap;
  const height = Math.max(left.height, right.height);
  return {
    width: dx + right.width,
    height,
    background: left.background,
    title: head.title,
    subtitle: head.subtitle,
    // the divider first, so no node of either map is drawn under it
    edges: [
      { x1: left.width + gap / 2, y1: 0, x2: left.width + gap / 2, y2: height, color: DIVIDER, size: 1, arrow: false },
      ...left.edges.flatMap((e) => clipEdgeX(e, left.width) ?? []),
      ...right.edges.flatMap((e) => {
        const c = clipEdgeX(e, right.width);
        return c ? [{ ...c, x1: c.x1 + dx, x2: c.x2 + dx }] : [];
      }),
    ],
    // keys stay unique when a node is on both maps
    nodes: [
      ...left.nodes
        .filter((n) => inside(n, left.width))
        .map((n) => ({ ...fitted(n, left.width), key: `links:${n.key}` })),
      ...right.nodes
        .filter((n) => inside(n, right.width))
        .map((n) => ({ ...fitted(n, right.width), key: `rechts:${n.key}`, x: n.x + dx })),
    ],
    legend: head.legend,
  };
}
