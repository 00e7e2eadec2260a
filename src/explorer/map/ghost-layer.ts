/**
 * Draws the ghosts of the open gap (state/gap-ghosts.ts) on sigma's label canvas after each frame:
 * a dashed ring with "fehlt: …" beside the project, or a dashed tie to the expected actor. Nothing
 * is added to the graph, so no data export and no reducer ever sees a ghost. Browser only.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { ghostPosition, type Ghost } from '../state/gap-ghosts.ts';

export const GHOST_COLOUR = '#CC3311';
const GHOST_DISTANCE = 70;
const GHOST_RADIUS = 9;
export const GHOST_DASH: [number, number] = [5, 4];

/** One ghost in viewport pixels: from the anchor to the placeholder (or the partner) and where its text goes. */
export interface GhostGeometry {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The placeholder ring at (x2, y2); null when the tie ends at an existing node. */
  ring: number | null;
  label: string;
  labelX: number;
  labelY: number;
}

export function ghostGeometry<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  ghosts: readonly Ghost[],
): GhostGeometry[] {
  const graph = sigma.getGraph();
  const at = (key: string) => {
    const d = graph.hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
    if (!d || d.hidden) return null;
    return { ...sigma.framedGraphToViewport({ x: d.x, y: d.y }), r: sigma.scaleSize(d.size) };
  };
  const out: GhostGeometry[] = [];
  for (const g of ghosts) {
    const a = at(g.anchor);
    if (!a) continue;
    if (g.partner) {
      const p = at(g.partner);
      if (!p) continue;
      out.push({
        x1: a.x,
        y1: a.y,
        x2: p.x,
        y2: p.y,
        ring: null,
        label: g.label,
        labelX: (a.x + p.x) / 2 + 4,
        labelY: (a.y + p.y) / 2 - 4,
      });
      continue;
    }
    const neighbours: { x: number; y: number }[] = [];
    graph.forEachNeighbor(g.anchor, (k) => {
      const p = at(k);
      if (p) neighbours.push(p);
    });
    const q = ghostPosition(a, neighbours, GHOST_DISTANCE + a.r);
    out.push({
      x1: a.x,
      y1: a.y,
      x2: q.x,
      y2: q.y,
      ring: GHOST_RADIUS,
      label: g.label,
      labelX: q.x + GHOST_RADIUS + 4,
      labelY: q.y + 4,
    });
  }
  return out;
}

export class GhostLayer {
  private ghosts: readonly Ghost[] = [];

  set(ghosts: readonly Ghost[]): void {
    this.ghosts = ghosts;
  }

  get current(): readonly Ghost[] {
    return this.ghosts;
  }

  attach<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    sigma.on('afterRender', () => this.draw(sigma));
  }

  private draw<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    if (!this.ghosts.length) return;
    const ctx = sigma.getCanvases()['labels']?.getContext('2d');
    if (!ctx) return;
    const size = sigma.getSetting('labelSize');
    ctx.save();
    ctx.strokeStyle = GHOST_COLOUR;
    ctx.lineWidth = 2;
    ctx.setLineDash(GHOST_DASH);
    for (const g of ghostGeometry(sigma, this.ghosts)) {
      ctx.beginPath();
      ctx.moveTo(g.x1, g.y1);
      if (g.ring !== null) {
        // the tie stops at the ring, so the dashes do not cross the placeholder
        const len = Math.hypot(g.x2 - g.x1, g.y2 - g.y1) || 1;
        ctx.lineTo(g.x2 - ((g.x2 - g.x1) / len) * g.ring, g.y2 - ((g.y2 - g.y1) / len) * g.ring);
      } else ctx.lineTo(g.x2, g.y2);
      ctx.stroke();
      if (g.ring !== null) {
        ctx.beginPath();
        ctx.fillStyle = 'rgba(255,255,255,0.9)';
        ctx.arc(g.x2, g.y2, g.ring, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
      ctx.font = `bold ${size}px ${sigma.getSetting('labelFont')}`;
      const w = ctx.measureText(g.label).width;
      // a white backing so the text reads over ties and other labels
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(g.labelX - 2, g.labelY - size, w + 4, size + 4);
      ctx.fillStyle = GHOST_COLOUR;
      ctx.fillText(g.label, g.labelX, g.labelY);
    }
    ctx.restore();
  }
}
