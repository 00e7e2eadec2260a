/**
 * The hovered node's neighbourhood in a large network, drawn on a canvas of its own over the map:
 * its shown ties a little stronger and the names of all its neighbours. A hover then changes only
 * this 2D canvas; sigma's WebGL frame (tens of thousands of ties, drawn by the CPU where there is no
 * GPU) is not redrawn and no reducer runs (issue 14: ≤ 50 ms per hover). Small networks dim the rest
 * through the reducers instead (map-view.ts). The names are placed as the map's labels are
 * (label-placement.ts): none overlaps another, none reaches under the legend, the bigger nodes first.
 * The drawing is for the browser; the placement (hoverLabels) is pure.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { placeLabels, type Box, type PlacedLabel } from './label-placement.ts';

const LAYER = 'neighbourhood';

export interface Neighbourhood {
  centre: string;
  neighbours: readonly string[];
  /** Shown ties of the centre: the other end's key and the tie's colour. */
  ties: ReadonlyArray<{ other: string; color: string }>;
}

/** A node as the hover layer sees it: viewport pixels, rendered radius, label, degree. */
export interface HoverPoint {
  key: string;
  x: number;
  y: number;
  r: number;
  label: string;
  degree: number;
}

/**
 * Which neighbours the hover layer names, and where: the centre's own name first (sigma draws it
 * right of the node, so its place is kept free), then the neighbours by rendered size and degree,
 * each only where it hits no name already placed and no box to avoid. The centre is not in the result.
 */
export function hoverLabels(
  centre: HoverPoint,
  neighbours: readonly HoverPoint[],
  measure: (label: string) => number,
  area: { width: number; height: number; fontSize: number; avoid: readonly Box[] },
): PlacedLabel[] {
  const candidate = (p: HoverPoint, forced: boolean) => ({
    key: p.key,
    x: p.x,
    y: p.y,
    size: p.r,
    label: p.label,
    forced,
    priority: p.r,
    secondary: p.degree,
  });
  const candidates = [candidate(centre, true), ...neighbours.filter((n) => n.label).map((n) => candidate(n, false))];
  return placeLabels(candidates, measure, area).filter((p) => p.key !== centre.key);
}

export class HoverLayer {
  private current: Neighbourhood | null = null;
  private sigma: Sigma<Attributes, Attributes> | null = null;

  /**
   * `degreeOf`: the tie-breaker after the rendered size, as on the map; `avoid`: the boxes no name
   * may reach into (the legend over the map), read at each drawing.
   */
  constructor(
    private readonly degreeOf: (key: string) => number,
    private readonly avoid: () => readonly Box[],
  ) {}

  attach<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    // over sigma's layers but transparent to the mouse, so hover and drag still reach sigma
    sigma.createCanvasContext(LAYER, { style: { pointerEvents: 'none' } });
    sigma.resize(true);
    sigma.on('afterRender', () => this.draw());
    this.sigma = sigma as unknown as Sigma<Attributes, Attributes>;
  }

  get centre(): string | null {
    return this.current?.centre ?? null;
  }

  /** A new neighbourhood (none: null), drawn at once without a frame of the map. */
  set(n: Neighbourhood | null): void {
    this.current = n;
    this.draw();
  }

  private draw(): void {
    const sigma = this.sigma;
    const ctx = sigma?.getCanvases()[LAYER]?.getContext('2d');
    if (!sigma || !ctx) return;
    const { width, height } = sigma.getDimensions();
    ctx.clearRect(0, 0, width, height);
    const n = this.current;
    if (!n) return;
    const graph = sigma.getGraph();
    const at = (key: string) => {
      const d = graph.hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
      return d && !d.hidden ? { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size) } : null;
    };
    const c = at(n.centre);
    if (!c) return;
    ctx.save();
    ctx.lineWidth = 2;
    for (const t of n.ties) {
      const o = at(t.other);
      if (!o) continue;
      ctx.strokeStyle = t.color;
      ctx.beginPath();
      ctx.moveTo(c.x, c.y);
      ctx.lineTo(o.x, o.y);
      ctx.stroke();
    }
    const size = sigma.getSetting('labelSize');
    ctx.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    const point = (key: string): HoverPoint | null => {
      const o = at(key);
      return o && { key, ...o, label: sigma.getNodeDisplayData(key)?.label ?? '', degree: this.degreeOf(key) };
    };
    const points = n.neighbours.map(point).filter((p): p is HoverPoint => p !== null);
    const measure = (label: string) => ctx.measureText(label).width;
    const centre = point(n.centre) ?? { key: n.centre, ...c, label: '', degree: 0 };
    const placed = hoverLabels(centre, points, measure, { width, height, fontSize: size, avoid: this.avoid() });
    for (const p of placed) {
      // a white backing, so the name reads over the ties (inside the margin the placement keeps free)
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(p.x - 2, p.y - size / 3 - size / 2 - 2, measure(p.label) + 4, size + 4);
      ctx.fillStyle = '#1f1f1f';
      ctx.fillText(p.label, p.x, p.y);
    }
    ctx.restore();
  }
}
