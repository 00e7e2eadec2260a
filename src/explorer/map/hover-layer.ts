/**
 * The hovered node's neighbourhood in a large network, drawn on a canvas of its own over the map:
 * its shown ties a little stronger and the names of all its neighbours. A hover then changes only
 * this 2D canvas; sigma's WebGL frame (tens of thousands of ties, drawn by the CPU where there is no
 * GPU) is not redrawn and no reducer runs (issue 14: ≤ 50 ms per hover). Small networks dim the rest
 * through the reducers instead (map-view.ts). Browser only.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

const LAYER = 'neighbourhood';

export interface Neighbourhood {
  centre: string;
  neighbours: readonly string[];
  /** Shown ties of the centre: the other end's key and the tie's colour. */
  ties: ReadonlyArray<{ other: string; color: string }>;
}

export class HoverLayer {
  private current: Neighbourhood | null = null;
  private sigma: Sigma<Attributes, Attributes> | null = null;

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
    for (const k of n.neighbours) {
      const o = at(k);
      const label = o ? (sigma.getNodeDisplayData(k)?.label ?? '') : '';
      if (!o || !label) continue;
      const w = ctx.measureText(label).width;
      // a white backing, so the name reads over the ties
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(o.x + o.r + 2, o.y - size / 2 - 2, w + 4, size + 4);
      ctx.fillStyle = '#1f1f1f';
      ctx.fillText(label, o.x + o.r + 4, o.y + size / 3);
    }
    ctx.restore();
  }
}
