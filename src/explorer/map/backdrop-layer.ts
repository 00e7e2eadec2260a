/**
 * The faint dots behind the geographic arrangement: one per Gemeinde of NRW, so the shape of the
 * Land can be recognised, and a dashed ring with its caption around the nodes without a place.
 * Drawn in graph coordinates on a canvas of its own under sigma's edge layer, after every frame;
 * nothing is added to the graph. Browser only.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { SceneDot } from '../export/scene.ts';

export interface Backdrop {
  dots: ReadonlyArray<readonly [number, number]>;
  /** The group of nodes without a place (graph coordinates) and its caption; null when there is none. */
  group: { x: number; y: number; radius: number; caption: string } | null;
}

export const DOT_COLOUR = '#B8BFC8';
const DOT_RADIUS = 2.4;
const GROUP_COLOUR = '#6B7280';

export class BackdropLayer {
  private backdrop: Backdrop | null = null;
  private canvas: HTMLCanvasElement | null = null;

  set(backdrop: Backdrop | null): void {
    this.backdrop = backdrop;
  }

  /** The dots as drawn now, in viewport pixels (the image export draws the same). */
  dots<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): SceneDot[] {
    const b = this.backdrop;
    if (!b) return [];
    const { width, height } = sigma.getDimensions();
    const out: SceneDot[] = [];
    for (const [x, y] of b.dots) {
      const p = sigma.graphToViewport({ x, y });
      if (p.x < -5 || p.y < -5 || p.x > width + 5 || p.y > height + 5) continue;
      out.push({ x: p.x, y: p.y, r: DOT_RADIUS, color: DOT_COLOUR });
    }
    return out;
  }

  attach<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    this.canvas = sigma.createCanvas('backdrop', {
      beforeLayer: 'edges',
      style: { top: '0', left: '0', pointerEvents: 'none' },
    });
    sigma.on('afterRender', () => this.draw(sigma));
  }

  private draw<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    const canvas = this.canvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const b = this.backdrop;
    if (!b) return;
    ctx.fillStyle = DOT_COLOUR;
    ctx.beginPath();
    for (const d of this.dots(sigma)) {
      ctx.moveTo(d.x + d.r, d.y);
      ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI);
    }
    ctx.fill();
    const g = b.group;
    if (!g) return;
    const c = sigma.graphToViewport({ x: g.x, y: g.y });
    const edge = sigma.graphToViewport({ x: g.x + g.radius, y: g.y });
    const r = Math.abs(edge.x - c.x) + 12;
    ctx.strokeStyle = GROUP_COLOUR;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.arc(c.x, c.y, r, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = GROUP_COLOUR;
    ctx.font = `600 12px ${sigma.getSetting('labelFont')}`;
    ctx.textAlign = 'center';
    ctx.fillText(g.caption, c.x, c.y - r - 5);
    ctx.textAlign = 'start';
  }
}
