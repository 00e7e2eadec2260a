/** Our GEXF and GraphML writers and importers are inverse: importX(writeX(g)).graph equals g, positions exactly. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { importGexf } from '../../../src/formats/gexf/read.ts';
import { importGraphml } from '../../../src/formats/graphml/read.ts';
import { GraphJSONSchema, type GraphJSON } from '../../../src/model/schema.ts';
import { writeGexf } from '../../../src/formats/gexf/write.ts';
import { writeGraphml } from '../../../src/formats/graphml/write.ts';
import { graphJson, positionsFor, strictParse } from './arbitraries.ts';

const formats = [
  { name: 'GEXF', write: writeGexf, read: importGexf, file: 'netz.gexf' },
  { name: 'GraphML', write: writeGraphml, read: importGraphml, file: 'netz.graphml' },
] as const;

const node = (key: string, attributes: Record<string, unknown>): GraphJSON['nodes'][number] => ({
  key,
  attributes: { label: key, kind: 'organisation', sources: [{ doc: 'a.txt', start: 0, end: 1 }], ...attributes },
});

describe.each(formats)('$name round trip', ({ write, read, file }) => {
  test.prop([graphJson], { numRuns: 300 })(
    'gives back the same graph for generated graphs (kinds, German text, emoji, <&>"\', numbers as text, arrays, periods, sources, contacts, multi-edges, mixed)',
    (g) => {
      const norm = GraphJSONSchema.parse(g);
      const xml = write(norm);
      const result = read(xml, file);
      expect(result.warnings).toEqual([]);
      expect(result.graph).toEqual(norm);
      expect(GraphJSONSchema.parse(result.graph)).toEqual(norm);
      expect(result.positions).toBeUndefined();
    },
  );

  test.prop([graphJson.chain((g) => fc.tuple(fc.constant(g), positionsFor(g)))], { numRuns: 100 })(
    'gives back positions exactly and keeps them out of the data',
    ([g, positions]) => {
      const norm = GraphJSONSchema.parse(g);
      const colours = Object.fromEntries(norm.nodes.map((n) => [n.key, '#3a7bd5']));
      const sizes = Object.fromEntries(norm.nodes.map((n, i) => [n.key, i + 0.5]));
      const result = read(write(norm, { positions, colours, sizes, title: 'Titel <&>' }), file);
      expect(result.graph).toEqual(norm);
      expect(result.positions ?? {}).toEqual(positions);
      expect(result.warnings).toEqual([]);
    },
  );

  test.prop([graphJson], { numRuns: 50 })('writes byte-identical files for equal graphs', (g) => {
    const norm = GraphJSONSchema.parse(g);
    expect(write(norm)).toBe(write(GraphJSONSchema.parse(structuredClone(norm))));
  });

  it('keeps numbers as numbers and digit strings as strings, NaN, ±Infinity and -0 included', () => {
    const g: GraphJSON = {
      nodes: [
        node('org:a', { ags: '01067', plz: '01067', count: 7, big: 2 ** 53 - 1, ratio: -0, odd: NaN }),
        node('org:b', { ags: '05315000', plz: '33602', count: -3, big: 1.5, ratio: Infinity, odd: -Infinity }),
      ],
      edges: [
        {
          source: 'org:a',
          target: 'org:b',
          attributes: { kind: 'partner', sources: [{ doc: 'a.txt', start: 0, end: 1 }], weight: -0 },
        },
      ],
    };
    const back = read(write(g), file).graph;
    expect(back).toEqual(g);
    expect(Object.is(back.nodes[0]!.attributes['ratio'], -0)).toBe(true);
    expect(Object.is(back.edges[0]!.attributes['weight'], -0)).toBe(true);
  });

  it('keeps attribute values with characters XML cannot carry (JSON-encoded) and drops them only from keys (and GEXF labels, which are XML attributes)', () => {
    const g: GraphJSON = {
      nodes: [node('org:a\u0001b', { label: 'Ju\u0000gend\uD800amt', note: 'x\u0000y\uFFFEz\uDC00' })],
      edges: [],
    };
    const xml = write(g);
    strictParse(xml);
    const back = read(xml, file).graph;
    expect(back.nodes[0]!.key).toBe('org:ab');
    expect(back.nodes[0]!.attributes.label).toBe(file.endsWith('.gexf') ? 'Jugend\uFFFDamt' : 'Ju\u0000gend\uD800amt');
    expect(back.nodes[0]!.attributes['note']).toBe('x\u0000y\uFFFEz\uDC00');
  });

  it('distinguishes a mixed graph from a directed one, and undirected: false from a missing flag', () => {
    const s = [{ doc: 'a.txt', start: 0, end: 1 }];
    const g: GraphJSON = {
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: [node('org:a', {}), node('org:b', {})],
      edges: [
        { key: 'd', source: 'org:a', target: 'org:b', attributes: { kind: 'partner', sources: s } },
        {
          key: 'u',
          source: 'org:a',
          target: 'org:b',
          undirected: true,
          attributes: { kind: 'cooperates_with', sources: s },
        },
        { key: 'f', source: 'org:b', target: 'org:a', undirected: false, attributes: { kind: 'partner', sources: s } },
        { key: 'loop', source: 'org:a', target: 'org:a', attributes: { kind: 'partner', sources: s } },
      ],
    };
    expect(read(write(g), file).graph).toEqual(g);
    const undirected: GraphJSON = {
      options: { type: 'undirected' },
      nodes: g.nodes,
      edges: [
        { source: 'org:a', target: 'org:b', undirected: true, attributes: { kind: 'cooperates_with', sources: s } },
      ],
    };
    const xml = write(undirected);
    expect(xml).toMatch(/(defaultedgetype|edgedefault)="undirected"/);
    expect(read(xml, file).graph).toEqual(undirected);
  });
});

describe('written XML', () => {
  test.prop(
    [
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary' }),
    ],
    { numRuns: 500 },
  )('parses strictly with saxes for any text in keys, labels, attribute names, values and the title', (a, b, c, d) => {
    const s = [{ doc: d || 'x', start: 0, end: 1 }];
    const g: GraphJSON = {
      attributes: { [a]: b, name: c },
      nodes: [
        { key: `org:${a}`, attributes: { label: b, kind: 'organisation', sources: s, [c]: d, [d]: [a, 1] } },
        { key: `person:${b}`, attributes: { label: c, kind: 'person', sources: s } },
      ],
      edges: [
        {
          key: d,
          source: `org:${a}`,
          target: `person:${b}`,
          attributes: { kind: 'contact_for', sources: s, [a]: c, label: d },
        },
      ],
    };
    for (const f of formats) {
      const xml = f.write(g, { title: a, positions: { [`org:${a}`]: [1, 2] }, colours: { [`org:${a}`]: b } });
      strictParse(xml);
      const r = f.read(xml, f.file);
      expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
    }
  });
});
