/**
 * Which node labels the map draws, and on which side: greedy placement without overlaps. Forced
 * labels (the selected or hovered node, its neighbours, a gap's or cluster's nodes) come first, then
 * the others by priority (the size the chosen measure gives, then degree). A label goes right of its
 * node, or left when it would leave the map or hit a label already placed; a label with no free side
 * is not drawn — except a forced one, which is drawn on its better side anyway (a neighbour of the
 * selection must be named). Boxes to avoid (the legend lying over the map) are never written under,
 * not even by a forced label: a side that reaches under one is not free, and a label with both sides
 * under one is not drawn (it could not be read). Pure: the map and the PNG/SVG export use the same placement.
 */

export interface LabelCandidate {
  key: string;
  /** Node centre and radius in viewport pixels. */
  x: number;
  y: number;
  size: number;
  label: string;
  forced: boolean;
  /** Higher first (rendered node size). */
  priority: number;
  /** Tie-breaker after priority (degree). */
  secondary: number;
}

export interface PlacedLabel {
  key: string;
  label: string;
  /** Where the text starts (left edge) and its baseline. */
  x: number;
  y: number;
  side: 'right' | 'left';
}

export interface PlacementArea {
  width: number;
  height: number;
  /** Text height in pixels. */
  fontSize: number;
  /** Gap between node and text. */
  gap?: number;
  /** Free space kept around every label. */
  margin?: number;
  /** Boxes in viewport pixels that no label may reach into (a panel over the map). */
  avoid?: readonly Box[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Boxes in a uniform grid, so a test looks at the few boxes near it rather than at all. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  private *cellsOf(b: Box): Generator<number> {
    const c = this.cell;
    for (let gx = Math.floor(b.x0 / c); gx <= Math.floor(b.x1 / c); gx++) {
      for (let gy = Math.floor(b.y0 / c); gy <= Math.floor(b.y1 / c); gy++) yield gx * 100_003 + gy;
    }
  }

  hits(b: Box): boolean {
    for (const id of this.cellsOf(b)) {
      for (const o of this.cells.get(id) ?? []) if (meets(b, o)) return true;
    }
    return false;
  }

  add(b: Box): void {
    for (const id of this.cellsOf(b)) {
      const list = this.cells.get(id);
      if (list) list.push(b);
      else this.cells.set(id, [b]);
    }
  }
}

export function compareCandidates(a: LabelCandidate, b: LabelCandidate): number {
  return (
    Number(b.forced) - Number(a.forced) ||
    b.priority - a.priority ||
    b.secondary - a.secondary ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * The side a label goes: the first free one of right and left; a forced label without a free side
 * takes one that at least stays on the map, else one clear of the boxes to avoid (none: not drawn).
 */
function chooseSide(
  forced: boolean,
  right: { box: Box; open: boolean; fits: boolean },
  left: { box: Box; open: boolean; fits: boolean },
  grid: BoxGrid,
): 'right' | 'left' | null {
  if (right.fits && !grid.hits(right.box)) return 'right';
  if (left.fits && !grid.hits(left.box)) return 'left';
  if (!forced) return null;
  if (right.fits) return 'right';
  if (left.fits) return 'left';
  return right.open ? 'right' : left.open ? 'left' : null;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (label: string) => number,
  area: PlacementArea,
): PlacedLabel[] {
  const gap = area.gap ?? 3;
  const margin = area.margin ?? 2;
  const avoid = area.avoid ?? [];
  const h = area.fontSize;
  const grid = new BoxGrid(Math.max(32, h * 4));
  const placed: PlacedLabel[] = [];
  for (const c of [...candidates].sort(compareCandidates)) {
    if (!c.label) continue;
    const w = measure(c.label);
    const top = c.y - h / 2 - margin;
    const bottom = c.y + h / 2 + margin;
    const right: Box = { x0: c.x + c.size + gap - margin, y0: top, x1: c.x + c.size + gap + w + margin, y1: bottom };
    const left: Box = { x0: c.x - c.size - gap - w - margin, y0: top, x1: c.x - c.size - gap + margin, y1: bottom };
    const openRight = !avoid.some((o) => meets(right, o));
    const openLeft = !avoid.some((o) => meets(left, o));
    const side = chooseSide(
      c.forced,
      { box: right, open: openRight, fits: openRight && right.x1 - margin <= area.width },
      { box: left, open: openLeft, fits: openLeft && left.x0 + margin >= 0 },
      grid,
    );
    if (side === null) continue;
    const box = side === 'right' ? right : left;
    grid.add(box);
    // baseline a third of the text height below the centre line, as sigma draws it
    placed.push({ key: c.key, label: c.label, x: box.x0 + margin, y: c.y + h / 3, side });
  }
  return placed;
}
