/** fast-check generators of graphs following the data contract, for the GEXF/GraphML round trips. */
import { fc } from '@fast-check/vitest';
import { SaxesParser } from 'saxes';
import { DISPLAY_NAMES } from '../../../src/formats/contract.ts';
import { LEGAL_DOMAINS, NODE_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';
import type { GraphJSON } from '../../../src/model/schema.ts';

/** Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
export const NON_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SAMPLES = [
  'Jugendamt der Stadt Köln',
  'Straße & Söhne gGmbH',
  'Zusammen im Quartier – Kinder stärken',
  '🙂👩‍👩‍👧 Familienzentrum',
  '<&>"\'',
  'a\r\nb\tc\rd',
  '01067',
  ' führend',
  'hinten ',
  '',
  ']]>',
  '&amp;',
  'x\u0085y\u2028z',
  '\uD83D\uDE00',
];

/** Any text XML can carry: binary strings with the illegal characters removed, and tricky samples. */
export const xmlText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replace(NON_XML, '')),
  fc.constantFrom(...SAMPLES),
);
/** Any text at all (values are JSON-encoded when XML cannot carry them, so they round-trip too). */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...SAMPLES, 'a\u0000b', '\uD800', 'x\uFFFEy', '\u001F'),
);

const CONTRACT_NODE_FIELDS = new Set([
  'label',
  'kind',
  'sources',
  'aliases',
  'municipality',
  'ags',
  'domains',
  'period',
  'begin',
  'targetGroups',
  'sgb2TargetGroup',
  'role',
  'organisation',
  'email',
  'phone',
  'website',
  'placeType',
  'lat',
  'lon',
]);
const CONTRACT_EDGE_FIELDS = new Set(['kind', 'sources', 'cue']);

/** Free attribute names: anything XML can carry except contract fields, sigma's display names and `__proto__` (tested apart). */
const freeName = (reserved: ReadonlySet<string>): fc.Arbitrary<string> =>
  fc
    .oneof(
      xmlText,
      fc.constantFrom(
        'constructor',
        'toString',
        'hasOwnProperty',
        'Art',
        'Beziehung',
        'typ',
        'Kind',
        'KIND',
        'sources.json',
        'n0',
        'n1.json',
        'foo.json',
        'label_daten',
        'gewicht',
      ),
    )
    .filter((n) => !reserved.has(n) && !DISPLAY_NAMES.has(n) && n !== '__proto__');

/**
 * Numbers JSON can carry. NaN, ±Infinity and -0 round-trip in attributes whose values are all numbers
 * (tested apart); mixed with other types an attribute is JSON-encoded, and JSON has none of them.
 */
const jsonNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  fc.integer(),
  fc.maxSafeInteger(),
);
const scalar = fc.oneof(anyText, jsonNumber, fc.boolean(), fc.constant(null));
export const value = fc.oneof(
  { arbitrary: scalar, weight: 4 },
  { arbitrary: fc.array(anyText, { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown), weight: 1 },
); // JSON has no -0

const date = fc
  .tuple(
    fc.integer({ min: 1990, max: 2040 }),
    fc.option(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined })),
      { nil: undefined },
    ),
  )
  .map(([y, md]) => {
    if (!md) return String(y);
    const mm = String(md[0]).padStart(2, '0');
    return md[1] === undefined ? `${y}-${mm}` : `${y}-${mm}-${String(md[1]).padStart(2, '0')}`;
  });

export const sources = fc.array(
  fc
    .tuple(
      anyText.filter((d) => d.length > 0),
      fc.nat({ max: 100_000 }),
      fc.nat({ max: 1000 }),
    )
    .map(([doc, start, len]) => ({ doc, start, end: start + len })),
  { minLength: 1, maxLength: 3 },
);

const NAMESPACES = ['project', 'program', 'org', 'person', 'place'] as const;
export const nodeKey = fc.tuple(fc.constantFrom(...NAMESPACES), xmlText).map(([ns, t]) => `${ns}:k${t}`);

const nodeAttributes = fc.record(
  {
    label: xmlText,
    kind: fc.constantFrom(...NODE_KINDS),
    sources,
    aliases: fc.array(anyText, { maxLength: 3 }),
    municipality: anyText,
    ags: fc.constantFrom('01067', '05315000', '0'),
    domains: fc.subarray([...LEGAL_DOMAINS]),
    period: fc.record({ start: date, end: date }, { requiredKeys: [] }),
    begin: date,
    targetGroups: fc.array(anyText, { maxLength: 2 }),
    sgb2TargetGroup: fc.boolean(),
    role: anyText,
    organisation: anyText,
    email: fc.array(fc.constantFrom('name@example.de', 'a.b@stadt-koeln.de'), { maxLength: 2 }),
    phone: fc.array(fc.constantFrom('0211 12345', '+49 (0)521 / 51-0'), { maxLength: 2 }),
    website: fc.array(fc.constantFrom('https://example.de/?a=1&b=2'), { maxLength: 1 }),
    placeType: anyText,
    lat: fc.double({ noNaN: true, noDefaultInfinity: true }),
    lon: fc.double({ noNaN: true, noDefaultInfinity: true }),
  },
  { requiredKeys: ['label', 'kind', 'sources'] },
);

function withExtras<T extends object>(base: fc.Arbitrary<T>, reserved: ReadonlySet<string>): fc.Arbitrary<T> {
  return fc.tuple(base, fc.dictionary(freeName(reserved), value, { maxKeys: 4 })).map(([b, extra]) => {
    const out: Record<string, unknown> = { ...extra };
    for (const [k, v] of Object.entries(b)) out[k] = v;
    return out as T;
  });
}

const edgeAttributes = withExtras(
  fc.record(
    {
      kind: fc.constantFrom(...RELATION_KINDS),
      sources,
      cue: anyText,
      weight: fc.oneof(jsonNumber, anyText),
      label: anyText,
    },
    { requiredKeys: ['kind', 'sources'] },
  ),
  CONTRACT_EDGE_FIELDS,
);

export type GraphType = 'directed' | 'undirected' | 'mixed';

/** A graph of the contract: every node kind possible, multi-edges, self-loops, directed/undirected/mixed, optional options and attributes. */
export const graphJson: fc.Arbitrary<GraphJSON> = fc
  .record({
    type: fc.constantFrom<GraphType>('directed', 'undirected', 'mixed'),
    nodes: fc.uniqueArray(fc.record({ key: nodeKey, attributes: withExtras(nodeAttributes, CONTRACT_NODE_FIELDS) }), {
      minLength: 1,
      maxLength: 6,
      selector: (n) => n.key,
    }),
    edges: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        key: fc.option(xmlText, { nil: undefined }),
        dir: fc.constantFrom<boolean | undefined>(true, false, undefined),
        attributes: edgeAttributes,
      }),
      { maxLength: 8 },
    ),
    options: fc.option(fc.record({ multi: fc.boolean(), allowSelfLoops: fc.boolean() }, { requiredKeys: [] }), {
      nil: undefined,
    }),
    attributes: fc.option(
      fc.dictionary(fc.oneof(xmlText, fc.constantFrom('name', 'documents', 'type', 'x')), value, { maxKeys: 3 }),
      { nil: undefined },
    ),
  })
  .map(({ type, nodes, edges, options, attributes }) => {
    const usedKeys = new Set<string>();
    const g: GraphJSON = {
      nodes,
      edges: edges.map((e, i) => {
        const source = nodes[e.s % nodes.length]!.key;
        const target = nodes[e.t % nodes.length]!.key;
        const undirected =
          type === 'undirected' ? true : type === 'directed' ? (e.dir === true ? undefined : e.dir) : e.dir;
        let key = e.key;
        if (key !== undefined) {
          while (usedKeys.has(key)) key = `${key}#${i}`;
          usedKeys.add(key);
        }
        return {
          ...(key !== undefined ? { key } : {}),
          source,
          target,
          ...(undirected !== undefined ? { undirected } : {}),
          attributes: e.attributes,
        };
      }),
    };
    if (options) g.options = { type, ...options };
    if (attributes) g.attributes = attributes;
    return g;
  });

/** Positions for some of a graph's nodes. */
export const positionsFor = (g: GraphJSON): fc.Arbitrary<Record<string, [number, number]>> =>
  fc
    .array(
      fc.tuple(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
      ),
      { minLength: g.nodes.length, maxLength: g.nodes.length },
    )
    .map((ps) => {
      const out: Record<string, [number, number]> = {};
      g.nodes.forEach((n, i) => {
        const p = ps[i]!;
        if (p[2])
          Object.defineProperty(out, n.key, {
            value: [p[0], p[1]],
            enumerable: true,
            writable: true,
            configurable: true,
          });
      });
      return out;
    });

/** Parse with saxes, namespaces on; any well-formedness or namespace error is thrown. */
export function strictParse(xml: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}
