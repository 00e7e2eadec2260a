/**
 * The map view as a PNG, painted with Canvas 2D from the same layout the SVG writer uses, so
 * both files show the same picture. Browser only (canvas); Node tests never import this file.
 */
import type { Rgba, Scene } from './scene.ts';
import { FONT_FAMILY, layoutScene, type Mark, type SceneLayout } from './scene-layout.ts';

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Browsers refuse larger canvases (Chrome/Firefox: 32767 px a side, Safari: ~16.7 Mpx area). */
const MAX_CANVAS_SIDE = 16384;
const MAX_CANVAS_AREA = 16_000_000;

function setFill(ctx: Ctx2D, c: Rgba): void {
  ctx.fillStyle = c.hex;
  ctx.globalAlpha = c.alpha;
}

function setStroke(ctx: Ctx2D, c: Rgba, width: number): void {
  ctx.strokeStyle = c.hex;
  ctx.globalAlpha = c.alpha;
  ctx.lineWidth = width;
}

function drawMark(ctx: Ctx2D, m: Mark): void {
  switch (m.kind) {
    case 'rect':
      if (m.fill) {
        setFill(ctx, m.fill);
        ctx.fillRect(m.x, m.y, m.width, m.height);
      }
      // The SVG stroke straddles the outline; so does strokeRect.
      if (m.stroke && m.strokeWidth > 0) {
        setStroke(ctx, m.stroke, m.strokeWidth);
        ctx.strokeRect(m.x, m.y, m.width, m.height);
      }
      break;
    case 'circle':
      if (m.r <= 0) break;
      setFill(ctx, m.fill);
      ctx.beginPath();
      ctx.arc(m.cx, m.cy, m.r, 0, 2 * Math.PI);
      ctx.fill();
      break;
    case 'line':
      // A zero lineWidth is ignored by canvas (keeps the old width); SVG draws nothing.
      if (m.width <= 0) break;
      setStroke(ctx, m.stroke, m.width);
      ctx.setLineDash(m.dash ?? []);
      ctx.beginPath();
      ctx.moveTo(m.x1, m.y1);
      ctx.lineTo(m.x2, m.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    case 'ring':
      if (m.r <= 0) break;
      setFill(ctx, m.fill);
      ctx.beginPath();
      ctx.arc(m.cx, m.cy, m.r, 0, 2 * Math.PI);
      ctx.fill();
      setStroke(ctx, m.stroke, m.width);
      ctx.setLineDash(m.dash);
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    case 'polygon': {
      const [first, ...rest] = m.points;
      if (!first) break;
      setFill(ctx, m.fill);
      ctx.beginPath();
      ctx.moveTo(first[0], first[1]);
      for (const [x, y] of rest) ctx.lineTo(x, y);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'text':
      setFill(ctx, m.fill);
      ctx.font = `${m.bold ? 'bold ' : ''}${m.fontSize}px ${FONT_FAMILY}`;
      ctx.fillText(m.text, m.x, m.y);
      break;
  }
}

function drawLayout(ctx: Ctx2D, l: SceneLayout): void {
  ctx.save();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  setFill(ctx, l.background);
  ctx.fillRect(0, 0, l.width, l.height);
  for (const m of l.header) drawMark(ctx, m);
  ctx.save();
  // Same clip as the SVG: nodes just off-screen must not paint over header or legend.
  ctx.beginPath();
  ctx.rect(l.map.x, l.map.y, l.map.width, l.map.height);
  ctx.clip();
  for (const m of l.backdrop) drawMark(ctx, m);
  for (const m of l.edges) drawMark(ctx, m);
  for (const m of l.nodes) drawMark(ctx, m);
  for (const m of l.labels) drawMark(ctx, m);
  for (const m of l.ghosts) drawMark(ctx, m);
  ctx.restore();
  for (const m of l.legend) drawMark(ctx, m);
  ctx.restore();
}

/** The pixel ratio actually used: the wished one, reduced until the canvas fits browser limits. */
export function effectivePixelRatio(width: number, height: number, pixelRatio: number): number {
  const wish = Number.isFinite(pixelRatio) && pixelRatio > 0 ? pixelRatio : 1;
  return Math.min(
    wish,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
}

/** The scene as a PNG blob, `pixelRatio` device pixels per scene pixel (reduced if the canvas would be too big). */
export async function sceneToPngBlob(scene: Scene, pixelRatio = 2): Promise<Blob> {
  const layout = layoutScene(scene);
  const ratio = effectivePixelRatio(layout.width, layout.height, pixelRatio);
  const w = Math.max(1, Math.round(layout.width * ratio));
  const h = Math.max(1, Math.round(layout.height * ratio));

  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('PNG-Export: Der Browser stellt keine 2D-Zeichenfläche bereit.');
    ctx.scale(w / layout.width, h / layout.height);
    drawLayout(ctx, layout);
    return canvas.convertToBlob({ type: 'image/png' });
  }

  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG-Export: Der Browser stellt keine 2D-Zeichenfläche bereit.');
  ctx.scale(w / layout.width, h / layout.height);
  drawLayout(ctx, layout);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG-Export: Das Bild konnte nicht erzeugt werden.'))),
      'image/png',
    );
  });
}
