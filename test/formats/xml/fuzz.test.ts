/** On any input the XML importers return a graph that passes the schema or throw an ImportError — nothing else. A hang
 * ends in the test's timeout; how fast the importers are is measured by npm run bench:io. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { importGexf } from '../../../src/formats/gexf/read.ts';
import { importGraphml } from '../../../src/formats/graphml/read.ts';
import { ImportError } from '../../../src/formats/types.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';
import { expectReaderError, fuzz } from '../../hostile/arbitraries.ts';

const importers = [
  ['importGexf', importGexf],
  ['importGraphml', importGraphml],
] as const;

function check(text: string): void {
  for (const [, imp] of importers) {
    try {
      const r = imp(text, 'fuzz.xml');
      expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
      for (const p of Object.values(r.positions ?? {})) expect(p.every(Number.isFinite)).toBe(true);
    } catch (e) {
      // one German line naming the file (test/hostile/arbitraries.ts)
      expectReaderError(e, 'fuzz.xml', [ImportError]);
    }
  }
}

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** A small grammar of GEXF/GraphML-like markup, right and wrong. */
const name = fc.constantFrom(
  'gexf',
  'graphml',
  'graph',
  'nodes',
  'node',
  'edges',
  'edge',
  'attributes',
  'attribute',
  'attvalues',
  'attvalue',
  'key',
  'data',
  'default',
  'viz:position',
  'viz:color',
  'y:ShapeNode',
  'y:Geometry',
  'y:NodeLabel',
  'y:EdgeLabel',
  'meta',
  'creator',
  'port',
  'graph',
  '__proto__',
  'x:constructor',
  'a',
);
const attrName = fc.constantFrom(
  'id',
  'label',
  'source',
  'target',
  'type',
  'kind',
  'weight',
  'for',
  'value',
  'title',
  'class',
  'attr.name',
  'attr.type',
  'key',
  'edgedefault',
  'defaultedgetype',
  'directed',
  'x',
  'y',
  'width',
  'height',
  'yfiles.type',
  'xmlns',
  'xmlns:viz',
  'xmlns:netzatlas',
  'netzatlas:options',
  'netzatlas:attributes',
  '__proto__',
  'constructor',
);
const attrValue = fc.oneof(
  fc.constantFrom(
    'n0',
    'n1',
    'e0',
    'node',
    'edge',
    'all',
    'port',
    '__proto__',
    'constructor',
    'string',
    'integer',
    'double',
    'boolean',
    'liststring',
    'long',
    'int',
    'float',
    'directed',
    'undirected',
    'mutual',
    'mixed',
    'Projekt',
    'Jugendamt',
    'partner',
    'NaN',
    '1e309',
    '-0',
    '01067',
    'true',
    '[a, b]',
    'a|b',
    '{"type":"mixed"}',
    '{"__proto__":{"x":1}}',
    'none',
    'urn:netzatlas:xml:1',
    'http://gexf.net/1.3',
    'n0.json',
    '[{"doc":"d","start":0,"end":1}]',
    '{"length":{"toString":null}}',
    '[{"doc":{"length":{"toString":null}},"start":0,"end":1}]',
    '',
  ),
  fc.string({ maxLength: 8 }),
);
const attribute = fc.tuple(attrName, attrValue).map(([n, v]) => ` ${n}="${v.replace(/[<&"]/g, '')}"`);
const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'Jugendamt',
    '1.5',
    'true',
    '[1,2]',
    '&amp;',
    '&lol;',
    ']]>',
    '<![CDATA[x]]>',
    '<!-- c -->',
    '<?pi x?>',
  ),
  fc.string({ maxLength: 6 }),
);
const element: fc.Arbitrary<string> = fc.letrec<{ el: string }>((tie) => ({
  el: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(name, fc.array(attribute, { maxLength: 4 })).map(([n, a]) => `<${n}${a.join('')}/>`),
    fc
      .tuple(
        name,
        fc.array(attribute, { maxLength: 4 }),
        fc.array(fc.oneof(tie('el'), text), { maxLength: 5 }),
        fc.boolean(),
      )
      .map(([n, a, c, close]) => `<${n}${a.join('')}>${c.join('')}${close ? `</${n}>` : ''}`),
  ),
})).el;
const document = fc
  .tuple(
    fc.constantFrom('', '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>\n', '\uFEFF', '<!DOCTYPE x>'),
    fc.constantFrom('gexf', 'graphml'),
    fc.array(attribute, { maxLength: 3 }),
    fc.array(element, { maxLength: 6 }),
  )
  .map(
    ([decl, root, a, body]) =>
      `${decl}<${root}${a.join('')}><graph${root === 'gexf' ? ' defaultedgetype="directed"' : ' edgedefault="directed"'}>${body.join('')}</graph></${root}>`,
  );

/** Structured documents that mostly parse, so the mapping code (types, kinds, keys, directions, positions) gets random data. */
const esc = (v: string): string =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const id = fc.constantFrom('n0', 'n1', 'n2', 'n3', '__proto__', 'constructor', 'org:x', '', 'n0.json');
const colType = fc.constantFrom(
  'string',
  'integer',
  'long',
  'double',
  'float',
  'boolean',
  'liststring',
  'listinteger',
  'date',
  'int',
  'weird',
);
const colName = fc.constantFrom(
  'kind',
  'Art',
  'type',
  'label',
  'sources',
  'domains',
  'period',
  'lat',
  'x',
  'y',
  'Beziehung',
  '__proto__',
  'constructor',
  'weight',
  'cue',
  'aliases',
  'name',
);
const ours = fc.constantFrom('', ' xmlns:netzatlas="urn:netzatlas:xml:1"');
const graphExtras = fc.constantFrom(
  '',
  ' netzatlas:options="{&quot;type&quot;:&quot;undirected&quot;}"',
  ' netzatlas:options="[]"',
  ' netzatlas:options="{&quot;type&quot;:1}"',
  ' netzatlas:attributes="{&quot;__proto__&quot;:{&quot;p&quot;:1},&quot;n&quot;:2}"',
  ' netzatlas:attributes="none"',
  ' netzatlas:attributes="x"',
);
const value = attrValue.map(esc);

const gexfDoc = fc
  .record({
    ours,
    extra: graphExtras,
    def: fc.constantFrom('directed', 'undirected', 'mutual', 'mixed', 'rund'),
    cols: fc.array(
      fc.record({
        cls: fc.constantFrom('node', 'edge', 'graph'),
        id,
        name: colName,
        type: colType,
        def: fc.option(value, { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    nodes: fc.array(
      fc.record({
        id: fc.option(id, { nil: undefined }),
        label: fc.option(value, { nil: undefined }),
        vals: fc.array(fc.tuple(id, value), { maxLength: 4 }),
        pos: fc.option(fc.tuple(value, value), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        id: fc.option(id, { nil: undefined }),
        s: id,
        t: id,
        type: fc.option(fc.constantFrom('directed', 'undirected', 'mutual', 'x'), { nil: undefined }),
        kind: fc.option(value, { nil: undefined }),
        label: fc.option(value, { nil: undefined }),
        weight: fc.option(value, { nil: undefined }),
        vals: fc.array(fc.tuple(id, value), { maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ ours, extra, def, cols, nodes, edges }) => {
    const opt = (n: string, v: string | undefined): string => (v === undefined ? '' : ` ${n}="${v}"`);
    const attvalues = (vals: Array<[string, string]>): string =>
      vals.length
        ? `<attvalues>${vals.map(([f, v]) => `<attvalue for="${esc(f)}" value="${v}"/>`).join('')}</attvalues>`
        : '';
    const decl = ['node', 'edge', 'graph']
      .map(
        (cls) =>
          `<attributes class="${cls}">${cols
            .filter((c) => c.cls === cls)
            .map(
              (c) =>
                `<attribute id="${esc(c.id)}" title="${c.name}" type="${c.type}">${c.def !== undefined ? `<default>${c.def}</default>` : ''}</attribute>`,
            )
            .join('')}</attributes>`,
      )
      .join('');
    const ns = nodes
      .map(
        (n) =>
          `<node${opt('id', n.id && esc(n.id))}${opt('label', n.label)}>${attvalues(n.vals)}${n.pos ? `<viz:position x="${n.pos[0]}" y="${n.pos[1]}"/>` : ''}</node>`,
      )
      .join('');
    const es = edges
      .map(
        (e) =>
          `<edge${opt('id', e.id && esc(e.id))} source="${esc(e.s)}" target="${esc(e.t)}"${opt('type', e.type)}${opt('kind', e.kind)}${opt('label', e.label)}${opt('weight', e.weight)}>${attvalues(e.vals)}</edge>`,
      )
      .join('');
    return `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"${ours}><graph defaultedgetype="${def}"${ours ? extra : ''}>${decl}<nodes>${ns}</nodes><edges>${es}</edges></graph></gexf>`;
  });

const graphmlDoc = fc
  .record({
    ours,
    extra: graphExtras,
    def: fc.constantFrom('directed', 'undirected', 'rund'),
    keys: fc.array(
      fc.record({
        id: fc.constantFrom('k0', 'k1', 'k2.json', 'x', 'y', 'viz_r', '__proto__'),
        for: fc.constantFrom('node', 'edge', 'graph', 'all', 'port', 'graphml', '__proto__'),
        name: colName,
        type: fc.constantFrom('string', 'int', 'long', 'float', 'double', 'boolean', 'weird'),
        def: fc.option(value, { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    gdata: fc.array(fc.tuple(fc.constantFrom('k0', 'k1', 'k2.json', '__proto__'), value), { maxLength: 2 }),
    nodes: fc.array(
      fc.record({
        id: fc.option(id, { nil: undefined }),
        data: fc.array(
          fc.tuple(fc.constantFrom('k0', 'k1', 'k2.json', 'x', 'y', 'viz_r', '__proto__', 'nope'), value),
          { maxLength: 4 },
        ),
        yed: fc.option(fc.tuple(value, value, value), { nil: undefined }),
        sub: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        id: fc.option(id, { nil: undefined }),
        s: id,
        t: id,
        directed: fc.option(fc.constantFrom('true', 'false', 'x'), { nil: undefined }),
        data: fc.array(fc.tuple(fc.constantFrom('k0', 'k1', 'k2.json'), value), { maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ ours, extra, def, keys, gdata, nodes, edges }) => {
    const opt = (n: string, v: string | undefined): string => (v === undefined ? '' : ` ${n}="${v}"`);
    const data = (d: Array<[string, string]>): string => d.map(([k, v]) => `<data key="${k}">${v}</data>`).join('');
    const ks = keys
      .map(
        (k) =>
          `<key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}">${k.def !== undefined ? `<default>${k.def}</default>` : ''}</key>`,
      )
      .join('');
    const ns = nodes
      .map((n) => {
        const yed = n.yed
          ? `<data key="yk"><y:ShapeNode><y:Geometry x="${n.yed[0]}" y="${n.yed[1]}" width="2" height="2"/><y:NodeLabel>${n.yed[2]}</y:NodeLabel></y:ShapeNode></data>`
          : '';
        return `<node${opt('id', n.id && esc(n.id))}>${data(n.data)}${yed}${n.sub ? `<graph edgedefault="directed"><node id="${esc(`${n.id ?? ''}::s`)}"/></graph>` : ''}</node>`;
      })
      .join('');
    const es = edges
      .map(
        (e) =>
          `<edge${opt('id', e.id && esc(e.id))} source="${esc(e.s)}" target="${esc(e.t)}"${opt('directed', e.directed)}>${data(e.data)}</edge>`,
      )
      .join('');
    return `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml"${ours}><key id="yk" for="node" yfiles.type="nodegraphics"/>${ks}<graph edgedefault="${def}"${ours ? extra : ''}>${data(gdata)}${ns}${es}</graph></graphml>`;
  });

describe('XML importers on any input', () => {
  test.prop([gexfDoc], fuzz(1000, 5000))(
    'random GEXF documents with typed attributes, kinds, directions and positions',
    (doc) => {
      const r = importGexf(doc, 'fuzz.gexf');
      expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
      check(doc);
    },
  );

  test.prop([graphmlDoc], fuzz(1000, 5000))(
    'random GraphML documents with keys for any domain, yEd graphics and nested graphs',
    (doc) => {
      const r = importGraphml(doc, 'fuzz.graphml');
      expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
      check(doc);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 300 })], fuzz(300, 5000))('random bytes read as latin1 or UTF-8', (bytes) => {
    check(latin1(bytes));
    check(utf8(bytes));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], fuzz(300, 5000))('random strings', (s) => {
    check(s);
  });

  test.prop([document], fuzz(1000, 5000))('random GEXF/GraphML-like documents', (doc) => {
    check(doc);
  });

  test.prop([document, fc.nat(), fc.nat()], fuzz(300, 5000))(
    'random slices and splices of such documents',
    (doc, a, b) => {
      const i = a % (doc.length + 1);
      check(doc.slice(0, i));
      check(doc.slice(0, i) + doc.slice(i + (b % 10)));
    },
  );
});
