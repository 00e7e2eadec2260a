/** sceneToSvg: strict well-formedness for any text and number, exact element counts, determinism. */
import { describe, expect, it } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import type { LegendSection, Scene, SceneEdge, SceneNode } from '../../../src/explorer/export/scene.ts';
import { fmt, sceneToSvg, xmlEscape } from '../../../src/explorer/export/svg-export.ts';
import { count, parseStrict } from './strict-xml.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

const node = (key: string, x: number, y: number, label: string | null): SceneNode => ({
  key,
  x,
  y,
  size: 6,
  color: '#1f77b4',
  label,
});
const edge = (x1: number, y1: number, x2: number, y2: number, arrow: boolean): SceneEdge => ({
  x1,
  y1,
  x2,
  y2,
  color: 'rgba(0, 0, 0, 0.4)',
  size: 1,
  arrow,
});

const legend: LegendSection[] = [
  {
    title: 'Akteursart',
    items: [
      { label: 'Träger', color: '#e41a1c', shape: 'circle' },
      { label: 'Kommune', color: '#377eb8', shape: 'circle' },
    ],
  },
  {
    title: 'Beziehung',
    items: [
      { label: 'Kooperation', color: '#999', shape: 'line' },
      { label: 'Förderung', color: '#4daf4a', shape: 'arrow' },
    ],
  },
];

const scene: Scene = {
  width: 800,
  height: 600,
  background: '#ffffff',
  title: 'Netzwerk gegen Kinderarmut',
  subtitle: 'Bielefeld, Stand 2024',
  nodes: [
    node('org:a', 100, 100, 'Jugendamt Bielefeld'),
    node('org:b', 300, 200, 'Caritas & Diakonie'),
    node('org:c', 500, 400, null),
  ],
  edges: [edge(100, 100, 300, 200, false), edge(300, 200, 494, 400, true)],
  legend,
};

describe('sceneToSvg', () => {
  it('writes a standalone SVG 1.1 document that a strict parser accepts', () => {
    const svg = sceneToSvg(scene);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1"',
      ),
    ).toBe(true);
    const xml = parseStrict(svg);
    expect(xml.elements[0]).toMatchObject({
      name: 'svg',
      attributes: { width: '1040', height: '664', viewBox: '0 0 1040 664' },
    });
    expect(xml.elements.every((e) => e.uri === SVG_NS)).toBe(true);
    expect(xml.elements[0]!.attributes['font-family']).toContain('sans-serif');
    expect(svg).not.toMatch(/@import|url\(http|<image|<foreignObject/);
  });

  it('draws exactly one circle per node and one line per edge without a legend', () => {
    const xml = parseStrict(sceneToSvg({ ...scene, legend: [] }));
    expect(count(xml, 'circle')).toBe(3);
    expect(count(xml, 'line')).toBe(2);
    expect(count(xml, 'polygon')).toBe(1);
  });

  it('draws a ghost as a dashed tie, a dashed ring and its text, after the labels', () => {
    const ghosts = [
      {
        x1: 100,
        y1: 100,
        x2: 170,
        y2: 100,
        ring: 9,
        label: 'fehlt: Jobcenter',
        labelX: 183,
        labelY: 104,
        color: '#CC3311',
      },
      {
        x1: 300,
        y1: 200,
        x2: 500,
        y2: 400,
        ring: null,
        label: 'keine Verbindung belegt',
        labelX: 404,
        labelY: 296,
        color: '#CC3311',
      },
    ];
    const svg = sceneToSvg({ ...scene, legend: [], ghosts });
    const xml = parseStrict(svg);
    expect(count(xml, 'circle')).toBe(4);
    expect(count(xml, 'line')).toBe(4);
    // the tie stops at the ring's rim: 170 − 9
    expect(svg).toContain(
      '<line x1="100" y1="164" x2="161" y2="164" stroke="#cc3311" stroke-width="2" stroke-dasharray="5 4"/>',
    );
    expect(svg).toContain(
      '<circle cx="170" cy="164" r="9" fill="#ffffff" stroke="#cc3311" stroke-width="2" stroke-dasharray="5 4"/>',
    );
    expect(svg.indexOf('fehlt: Jobcenter')).toBeGreaterThan(svg.indexOf('<g class="labels">'));
    expect(svg).toContain('>keine Verbindung belegt</text>');
    // without ghosts nothing is dashed
    expect(sceneToSvg(scene)).not.toContain('dasharray');
  });

  it('draws the backdrop dots first, under the edges and nodes, and nothing of them without a backdrop', () => {
    const backdrop = [
      { x: 10, y: 20, r: 2.4, color: '#B8BFC8' },
      { x: 30, y: 40, r: 2.4, color: '#B8BFC8' },
    ];
    const svg = sceneToSvg({ ...scene, legend: [], backdrop });
    const xml = parseStrict(svg);
    expect(count(xml, 'circle')).toBe(3 + 2);
    expect(svg).toContain('<g class="backdrop">\n  <circle cx="10" cy="84" r="2.4" fill="#b8bfc8"/>');
    expect(svg.indexOf('<g class="backdrop">')).toBeLessThan(svg.indexOf('<g class="edges">'));
    expect(sceneToSvg(scene)).not.toContain('backdrop');
  });

  it('adds the legend swatches: a circle per circle item, a line per line item, a line and a triangle per arrow item', () => {
    const xml = parseStrict(sceneToSvg(scene));
    expect(count(xml, 'circle')).toBe(3 + 2);
    expect(count(xml, 'line')).toBe(2 + 1 + 1);
    expect(count(xml, 'polygon')).toBe(1 + 1);
  });

  it('draws edges, then nodes, then labels, then the legend', () => {
    const xml = parseStrict(sceneToSvg(scene));
    const groups = xml.elements.filter((e) => e.name === 'g').map((e) => e.attributes.class);
    expect(groups).toEqual(['header', 'map', 'edges', 'nodes', 'labels', 'legend']);
  });

  it('writes title, subtitle, node labels and all legend texts', () => {
    const xml = parseStrict(sceneToSvg(scene));
    const texts = xml.elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual([
      'Netzwerk gegen Kinderarmut',
      'Bielefeld, Stand 2024',
      'Jugendamt Bielefeld',
      'Caritas & Diakonie',
      'Akteursart',
      'Träger',
      'Kommune',
      'Beziehung',
      'Kooperation',
      'Förderung',
    ]);
    expect(xml.elements.find((e) => e.name === 'title')?.text).toBe('Netzwerk gegen Kinderarmut');
  });

  it('writes an HTML-looking label only as escaped text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const svg = sceneToSvg({
      ...scene,
      title: evil,
      nodes: [node('org:x', 10, 10, evil)],
      legend: [{ title: evil, items: [{ label: evil, color: '#000', shape: 'circle' }] }],
    });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const xml = parseStrict(svg);
    expect(xml.elements.some((e) => e.name === 'img' || 'onerror' in e.attributes || 'src' in e.attributes)).toBe(
      false,
    );
    expect(xml.elements.filter((e) => e.name === 'text').map((e) => e.text)).toContain(evil);
  });

  it('keeps quotes, ampersands and umlauts intact through escaping', () => {
    const label = `"Zukunft" & 'Teilhabe' <Ü>`;
    const xml = parseStrict(sceneToSvg({ ...scene, nodes: [node('k', 1, 1, label)], legend: [] }));
    expect(xml.elements.filter((e) => e.name === 'text').map((e) => e.text)).toContain(label);
  });

  it('writes no fill or stroke outside #rrggbb, with opacity as its own attribute', () => {
    const xml = parseStrict(sceneToSvg({ ...scene, nodes: [{ ...node('k', 1, 1, null), color: 'url(#evil)' }] }));
    for (const e of xml.elements) {
      for (const k of ['fill', 'stroke']) {
        const v = e.attributes[k];
        if (v !== undefined) expect(v).toMatch(/^(#[0-9a-f]{6}|none)$/);
      }
    }
    expect(xml.elements.some((e) => e.name === 'circle' && e.attributes.fill === '#999999')).toBe(true);
    expect(xml.elements.some((e) => e.name === 'line' && e.attributes['stroke-opacity'] === '0.4')).toBe(true);
  });

  it('gives the same bytes for the same scene', () => {
    const copy = structuredClone(scene);
    expect(sceneToSvg(copy)).toBe(sceneToSvg(scene));
  });

  it('writes the exact document for a tiny scene', () => {
    const tiny: Scene = {
      width: 10,
      height: 10,
      background: '#fff',
      nodes: [node('a', 5, 5, 'A')],
      edges: [],
      legend: [],
    };
    expect(sceneToSvg(tiny)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="10" height="10" viewBox="0 0 10 10" font-family="system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, &apos;Helvetica Neue&apos;, Arial, &apos;Liberation Sans&apos;, sans-serif">`,
        '<title>Netzwerkkarte</title>',
        '<defs><clipPath id="netzatlas-map"><rect x="0" y="0" width="10" height="10"/></clipPath></defs>',
        '<rect x="0" y="0" width="10" height="10" fill="#ffffff"/>',
        '<g class="map" clip-path="url(#netzatlas-map)">',
        '<g class="nodes">',
        '  <circle cx="5" cy="5" r="6" fill="#1f77b4"/>',
        '</g>',
        '<g class="labels">',
        '  <text x="14" y="9.2" font-size="12" fill="#222222">A</text>',
        '</g>',
        '</g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });
});

describe('xmlEscape and fmt', () => {
  it('escapes the five special characters and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlEscape('a\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFFb')).toBe('ab');
    expect(xmlEscape('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(xmlEscape('x\uD800y\uDFFFz\uD83D\uDE00')).toBe('x\uFFFDy\uFFFDz\uD83D\uDE00');
  });

  it('writes at most two decimals and 0 for non-finite numbers', () => {
    expect([1, 1.005, 2.345678, -0, -0.001, NaN, Infinity, -Infinity, 1e300].map(fmt)).toEqual([
      '1',
      '1',
      '2.35',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1000000',
    ]);
  });
});

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e300));
const anyColor = fc.oneof(fc.constantFrom('#abc', 'rgba(1, 2, 3, 0.5)', '#11223344'), anyText);
const anyNode = fc.record({
  key: anyText,
  x: anyNumber,
  y: anyNumber,
  size: anyNumber,
  color: anyColor,
  label: fc.option(anyText),
});
const anyEdge = fc.record({
  x1: anyNumber,
  y1: anyNumber,
  x2: anyNumber,
  y2: anyNumber,
  color: anyColor,
  size: anyNumber,
  arrow: fc.boolean(),
});
const anyItem = fc.record({
  label: anyText,
  color: anyColor,
  shape: fc.constantFrom('circle' as const, 'line' as const, 'arrow' as const),
});
const anyScene: fc.Arbitrary<Scene> = fc.record(
  {
    width: anyNumber,
    height: anyNumber,
    background: anyColor,
    title: anyText,
    subtitle: anyText,
    nodes: fc.array(anyNode, { maxLength: 6 }),
    edges: fc.array(anyEdge, { maxLength: 6 }),
    legend: fc.array(fc.record({ title: anyText, items: fc.array(anyItem, { maxLength: 4 }) }), { maxLength: 3 }),
  },
  { requiredKeys: ['width', 'height', 'background', 'nodes', 'edges', 'legend'] },
);

const NUMERIC = new Set([
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'stroke-width',
  'font-size',
  'fill-opacity',
  'stroke-opacity',
]);

fcTest.prop([anyScene], { numRuns: 300 })(
  'writes well-formed XML with plain numbers for any texts and numbers',
  (s) => {
    const svg = sceneToSvg(s);
    const xml = parseStrict(svg);
    expect(count(xml, 'circle')).toBe(
      s.nodes.length + s.legend.flatMap((l) => l.items).filter((i) => i.shape === 'circle').length,
    );
    expect(count(xml, 'line')).toBe(
      s.edges.length + s.legend.flatMap((l) => l.items).filter((i) => i.shape !== 'circle').length,
    );
    for (const e of xml.elements) {
      for (const [k, v] of Object.entries(e.attributes)) {
        if (NUMERIC.has(k)) expect(v).toMatch(/^-?\d+(\.\d{1,2})?$/);
        if (k === 'points')
          expect(v).toMatch(/^-?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?( -?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?){2}$/);
      }
    }
    expect(sceneToSvg(structuredClone(s))).toBe(svg);
  },
);

describe('the strict parser used above', () => {
  it('really rejects what is not well-formed XML', () => {
    expect(() => parseStrict('<a>\u0001</a>')).toThrow();
    expect(() => parseStrict('<a>&</a>')).toThrow();
    expect(() => parseStrict('<a b="<"/>')).toThrow();
    expect(() => parseStrict('<a>\uFFFF</a>')).toThrow();
    expect(() => parseStrict('<a></b>')).toThrow();
    expect(() => parseStrict('<a>\uD800</a>')).toThrow();
  });
});
