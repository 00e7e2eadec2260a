/**
 * A drawn chart as a file: its <svg> made standalone (namespace, size in pixels, white background,
 * its title as visible text above it, the page's font and text colour written in, keyboard focus
 * attributes dropped)
 * and, for PNG, painted onto a canvas at twice its size. Browser only (XMLSerializer, Image, canvas).
 */
import { SVG_MIME } from './svg-export.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

/** The title above the chart: on the page the heading says what a chart is, in a file nothing does. */
const TITLE_SIZE = 14;
const TITLE_LINE = 18;
/** About one character of the 14 px bold title, for wrapping. */
const TITLE_CHAR = 8.4;

/** The title in at most two lines of `maxChars`, broken at spaces; the rest cut with "…". */
export function titleLines(title: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (!line || line.length + 1 + word.length <= maxChars) line = line ? `${line} ${word}` : word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (l: string) =>
    Array.from(l).length > maxChars
      ? `${Array.from(l)
          .slice(0, Math.max(1, maxChars - 1))
          .join('')}…`
      : l;
  if (lines.length <= 2) return lines.map(cut);
  return [cut(lines[0]!), cut(`${lines[1]!} ${lines.slice(2).join(' ')}`)];
}

export function standaloneChartSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = Math.round(box?.width || svg.clientWidth || 640);
  const chartHeight = Math.round(box?.height || svg.clientHeight || 320);
  const lines = titleLines(
    svg.querySelector(':scope > title')?.textContent ?? '',
    Math.max(10, Math.floor((width - 12) / TITLE_CHAR)),
  );
  const TITLE_ROOM = lines.length * TITLE_LINE + 12;
  const height = chartHeight + TITLE_ROOM;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('viewBox', `0 ${-TITLE_ROOM} ${width} ${height}`);
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
  bg.setAttribute('x', '0');
  bg.setAttribute('y', String(-TITLE_ROOM));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('font-size', String(TITLE_SIZE));
  heading.setAttribute('font-weight', '600');
  heading.setAttribute('fill', 'currentColor');
  lines.forEach((l, i) => {
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', '6');
    span.setAttribute('y', String(-TITLE_ROOM + 19 + i * TITLE_LINE));
    span.textContent = l;
    heading.append(span);
  });
  // after <title> and <desc>, before every mark
  const firstMark = Array.from(copy.children).find((c) => c.tagName !== 'title' && c.tagName !== 'desc') ?? null;
  copy.insertBefore(bg, firstMark);
  copy.insertBefore(heading, firstMark);
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`,
    width,
    height,
  };
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
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG nicht erzeugt.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
