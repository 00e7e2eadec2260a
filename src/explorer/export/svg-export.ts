/**
 * The map view as a standalone SVG 1.1 document (string). Pure and deterministic: the same
 * scene gives the same bytes. Well-formed XML for any input text, because labels come from
 * seed documents and user edits; see `xmlEscape`.
 */
import type { Scene, Rgba } from './scene.ts';
import { FONT_FAMILY, finite, layoutScene, wellFormed, type Mark } from './scene-layout.ts';

export const SVG_MIME = 'image/svg+xml;charset=utf-8';

// Everything outside XML 1.0's Char production that a JS string can hold.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe in XML 1.0 content and in attribute values of either quote: the five special
 * characters escaped, disallowed characters dropped, lone surrogates replaced by U+FFFD.
 */
export function xmlEscape(s: string): string {
  return wellFormed(s)
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** At most two decimals, never NaN/Infinity/exponent (finite() clamps), no "-0". */
export function fmt(n: number): string {
  const r = Math.round(finite(n) * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

function paint(kind: 'fill' | 'stroke', c: Rgba | null): string {
  if (!c) return ` ${kind}="none"`;
  // Opacity as its own attribute: SVG 1.1 viewers do not all read rgba() or #rrggbbaa.
  const a = finite(c.alpha, 0, 1);
  return a < 1 ? ` ${kind}="${xmlEscape(c.hex)}" ${kind}-opacity="${fmt(a)}"` : ` ${kind}="${xmlEscape(c.hex)}"`;
}

function markToSvg(m: Mark): string {
  switch (m.kind) {
    case 'rect':
      return `<rect x="${fmt(m.x)}" y="${fmt(m.y)}" width="${fmt(Math.max(0, m.width))}" height="${fmt(Math.max(0, m.height))}"${paint('fill', m.fill)}${m.stroke ? `${paint('stroke', m.stroke)} stroke-width="${fmt(m.strokeWidth)}"` : ''}/>`;
    case 'circle':
      return `<circle cx="${fmt(m.cx)}" cy="${fmt(m.cy)}" r="${fmt(Math.max(0, m.r))}"${paint('fill', m.fill)}/>`;
    case 'line':
      return `<line x1="${fmt(m.x1)}" y1="${fmt(m.y1)}" x2="${fmt(m.x2)}" y2="${fmt(m.y2)}"${paint('stroke', m.stroke)} stroke-width="${fmt(Math.max(0, m.width))}"${m.dash ? ` stroke-dasharray="${fmt(m.dash[0])} ${fmt(m.dash[1])}"` : ''}/>`;
    case 'ring':
      return `<circle cx="${fmt(m.cx)}" cy="${fmt(m.cy)}" r="${fmt(Math.max(0, m.r))}"${paint('fill', m.fill)}${paint('stroke', m.stroke)} stroke-width="${fmt(Math.max(0, m.width))}" stroke-dasharray="${fmt(m.dash[0])} ${fmt(m.dash[1])}"/>`;
    case 'polygon':
      return `<polygon points="${m.points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')}"${paint('fill', m.fill)}/>`;
    case 'text':
      return `<text x="${fmt(m.x)}" y="${fmt(m.y)}" font-size="${fmt(m.fontSize)}"${m.bold ? ' font-weight="bold"' : ''}${paint('fill', m.fill)}>${xmlEscape(m.text)}</text>`;
  }
}

function group(name: string, marks: Mark[]): string[] {
  if (marks.length === 0) return [];
  return [`<g class="${name}">`, ...marks.map((m) => `  ${markToSvg(m)}`), '</g>'];
}

/** The scene as an SVG 1.1 document: background, header, map (edges, nodes, labels; clipped), legend. */
export function sceneToSvg(scene: Scene): string {
  const l = layoutScene(scene);
  const w = fmt(l.width);
  const h = fmt(l.height);
  const docTitle = l.header[0]?.text ?? 'Netzwerkkarte';
  const map = l.map;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${xmlEscape(FONT_FAMILY)}">`,
    `<title>${xmlEscape(docTitle)}</title>`,
    // One id per document: the file stands alone, so it cannot clash with another export.
    `<defs><clipPath id="netzatlas-map"><rect x="${fmt(map.x)}" y="${fmt(map.y)}" width="${fmt(map.width)}" height="${fmt(map.height)}"/></clipPath></defs>`,
    `<rect x="0" y="0" width="${w}" height="${h}"${paint('fill', l.background)}/>`,
    ...group('header', l.header),
    '<g class="map" clip-path="url(#netzatlas-map)">',
    ...group('backdrop', l.backdrop),
    ...group('edges', l.edges),
    ...group('nodes', l.nodes),
    ...group('labels', l.labels),
    ...group('ghosts', l.ghosts),
    '</g>',
    ...group('legend', l.legend),
    '</svg>',
    '',
  ];
  return lines.join('\n');
}
