/**
 * Which node labels the map draws, and on which side: greedy placement without overlaps. Forced
 * labels (the selected or hovered node, its neighbours, a gap's or cluster's nodes) come first, then
 * the others by priority (the size the chosen measure gives, then degree). A label goes right of its
 * node, or left when it would leave the map or hit a label already placed; a label with no free side
 * is not drawn — except a forced one, which is drawn on its better side anyway (a neighbour of the
 * selection must be named). Pure: the map and the PNG/SVG export use the same placement.
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
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

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
      for (const o of this.cells.get(id) ?? [])
        if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return true;
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

export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (label: string) => number,
  area: PlacementArea,
): PlacedLabel[] {
  const gap = area.gap ?? 3;
  const margin = area.margin ?? 2;
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
    const fitsRight = right.x1 - margin <= area.width;
    const fitsLeft = left.x0 + margin >= 0;
    let side: 'right' | 'left' | null = null;
    if (fitsRight && !grid.hits(right)) side = 'right';
    else if (fitsLeft && !grid.hits(left)) side = 'left';
    else if (c.forced) side = fitsRight || !fitsLeft ? 'right' : 'left';
    if (side === null) continue;
    const box = side === 'right' ? right : left;
    grid.add(box);
    // baseline a third of the text height below the centre line, as sigma draws it
    placed.push({ key: c.key, label: c.label, x: box.x0 + margin, y: c.y + h / 3, side });
  }
  return placed;
}
