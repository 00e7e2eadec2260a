/**
 * A drawn chart as a file: its <svg> made standalone (namespace, size in pixels, white background,
 * the page's font and text colour written in, focus outlines and tooltips' interactivity dropped)
 * and, for PNG, painted onto a canvas at twice its size. Browser only (XMLSerializer, Image, canvas).
 */
import { SVG_MIME } from './svg-export.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

export function standaloneChartSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = Math.round(box?.width || svg.clientWidth || 640);
  const height = Math.round(box?.height || svg.clientHeight || 320);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  copy.setAttribute('font-family', FONT);
  // `currentColor` in a file has no page around it: the page's text colour
  copy.setAttribute('color', getComputedStyle(svg).color || '#1f1f1f');
  for (const el of copy.querySelectorAll('[tabindex]')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('style');
    el.removeAttribute('stroke');
  }
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  // after <title> and <desc>, before every mark
  const firstMark = Array.from(copy.children).find((c) => c.tagName !== 'title' && c.tagName !== 'desc') ?? null;
  copy.insertBefore(bg, firstMark);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`, width, height };
}

export function chartSvgBlob(svg: SVGSVGElement): Blob {
  return new Blob([standaloneChartSvg(svg).text], { type: SVG_MIME });
}

export async function chartPngBlob(svg: SVGSVGElement, pixelRatio = 2): Promise<Blob> {
  const { text, width, height } = standaloneChartSvg(svg);
  const url = URL.createObjectURL(new Blob([text], { type: SVG_MIME }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('Das Diagramm ließ sich nicht als Bild zeichnen.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Kein Canvas verfügbar.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG nicht erzeugt.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
