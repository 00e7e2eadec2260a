/** Generated graphs for the CSV round trip: every kind and relation kind, awkward texts, typed and free attributes. */
import { fc } from '@fast-check/vitest';
import { dataAttributeName, setOwn } from '../../../src/formats/contract.ts';
import { LEGAL_DOMAINS, NODE_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';
import type { GraphJSON } from '../../../src/model/schema.ts';

/** Pieces spreadsheets and formula injection care about. */
const FRAGMENTS = [
  'Jugendamt',
  'Müller',
  'Straße',
  'ÄÖÜäöüß',
  'Caritasverband für den Kreis Höxter e.V.',
  '🙂',
  '👩‍👧',
  '<&>"\'',
  '<script>',
  ';',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '01067',
  '0049 521 51-0',
  '=',
  '+',
  '-',
  '@',
  "'",
  "''",
  '|',
  '=HYPERLINK("http://x.example","klick")',
  '@SUM(A1)',
  '-1+1',
  '+49',
  'SGB II',
  'sep=;',
  '(JSON)',
  'Name',
  'Quelle',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u007f',
  '„Zitat“',
  'x',
  '1,5',
  '1.5',
  'ja',
  'null',
  '{"a":1}',
  '[1]',
];

export const awkwardText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Texts of the kind real attributes hold: no surrounding blanks (so most fit plain columns), still with `;`, quotes, newlines. */
const usualText = awkwardText.map((s) => s.trim()).filter((s) => s !== '');

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const date = fc.oneof(
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const sourceRef = fc
  .tuple(usualText, fc.nat({ max: 100_000 }), fc.nat({ max: 500 }))
  .map(([doc, start, len]) => ({ doc, start, end: start + len }));
const sources = fc.array(sourceRef, { minLength: 1, maxLength: 3 });
const textList = (item: fc.Arbitrary<string>) => fc.array(item, { maxLength: 4 });

const SCHEMA_NAMES = new Set([
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
  'cue',
]);
const freeName = fc
  .oneof(
    fc.constantFrom(
      'Notiz',
      'Träger-Nr.',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'Name',
      'name',
      'ID',
      'Quelle',
      'Ziel',
      'Art',
      'Beginn',
      'Weitere Attribute',
      'Weitere Attribute (JSON)',
      'a (JSON)',
      ' vorn',
      'hinten ',
      '',
      '=1+1',
      "'",
      'Spalte 3',
      'Postleitzahl',
      'x_daten',
      'Gewicht',
    ),
    awkwardText,
  )
  // Names the importer renames (sigma's display names, `__proto__`) cannot come back as they are.
  .filter((n) => !SCHEMA_NAMES.has(n) && dataAttributeName(n) === n);

const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    awkwardText,
    finite,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(freeName, tie('value')), { maxLength: 3 }).map(ownObject),
  ),
})).value;

const freeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: usualText },
  { weight: 1, arbitrary: awkwardText },
  { weight: 2, arbitrary: json },
);

function ownObject(entries: Array<[string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

const freeAttributes = fc.array(fc.tuple(freeName, freeValue), { maxLength: 4 });

/** Optional typed attributes of the node contract. */
const nodeExtras = fc.record(
  {
    aliases: fc.oneof(textList(usualText), textList(awkwardText)),
    municipality: fc.oneof(usualText, awkwardText),
    ags: fc.constantFrom('05758012', '05', '0575'),
    domains: fc.array(fc.constantFrom(...LEGAL_DOMAINS), { maxLength: 4 }),
    period: fc.oneof(
      fc.record({ start: date, end: date }, { requiredKeys: [] }),
      fc.constant({ start: '2021', end: '2024-12-31' }),
    ),
    begin: date,
    targetGroups: textList(usualText),
    sgb2TargetGroup: fc.boolean(),
    role: usualText,
    organisation: usualText,
    email: textList(
      fc.constantFrom('anna.mueller@herford.de', 'info@example.org', 'name [at] kreis-lippe [dot] de', 'a;b@x.de'),
    ),
    phone: textList(fc.constantFrom('05221 189-0', '+49 521 51-0', '0049521510', '(0521) 51 23')),
    website: textList(fc.constantFrom('https://www.herford.de/', 'http://x.example/?a=1&b=2', 'www.lwl.org')),
    placeType: usualText,
    lat: finite,
    lon: finite,
  },
  { requiredKeys: [] },
);

const namespace = fc.constantFrom('org', 'project', 'program', 'person', 'place');
const keySuffix = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/),
  usualText.filter((s) => !/^[\r\n\u2028\u2029]/.test(s)),
);
const nodeKey = fc
  .tuple(namespace, keySuffix)
  .map(([ns, s]) => `${ns}:${s}`)
  .filter((k) => k === k.trim());

const node = fc.record({
  key: nodeKey,
  label: fc.oneof({ weight: 4, arbitrary: usualText }, { weight: 1, arbitrary: awkwardText }),
  kind: fc.constantFrom(...NODE_KINDS),
  sources,
  extras: nodeExtras,
  free: freeAttributes,
});

const edgeDraft = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  key: fc.option(fc.oneof(fc.stringMatching(/^e[0-9]{1,4}$/), usualText), { nil: undefined }),
  undirected: fc.option(fc.boolean(), { nil: undefined }),
  kind: fc.constantFrom(...RELATION_KINDS),
  sources,
  cue: fc.option(fc.oneof(usualText, awkwardText), { nil: undefined }),
  free: freeAttributes,
});

/** A graph following the data contract with the options every CSV import produces. */
export const graphArbitrary: fc.Arbitrary<GraphJSON> = fc
  .tuple(
    fc.uniqueArray(node, { minLength: 1, maxLength: 8, selector: (n) => n.key }),
    fc.array(edgeDraft, { maxLength: 12 }),
    fc.constantFrom('directed', 'undirected', 'mixed'),
  )
  .map(([nodes, drafts, direction]) => {
    const edgeKeys = new Set<string>();
    const graph: GraphJSON = {
      attributes: {},
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: nodes.map((n) => {
        const attributes = ownObject([...n.free, ...Object.entries(n.extras)]);
        Object.assign(attributes, { label: n.label, kind: n.kind, sources: n.sources });
        return { key: n.key, attributes: attributes as GraphJSON['nodes'][number]['attributes'] };
      }),
      edges: drafts.map((d) => {
        const attributes = ownObject(d.free);
        Object.assign(attributes, { kind: d.kind, sources: d.sources }, d.cue === undefined ? {} : { cue: d.cue });
        const edge: GraphJSON['edges'][number] = {
          source: nodes[d.from % nodes.length]!.key,
          target: nodes[d.to % nodes.length]!.key,
          attributes: attributes as GraphJSON['edges'][number]['attributes'],
        };
        if (d.key !== undefined && !edgeKeys.has(d.key)) {
          edgeKeys.add(d.key);
          edge.key = d.key;
        }
        const undirected = direction === 'directed' ? undefined : direction === 'undirected' ? true : d.undirected;
        if (undirected !== undefined) edge.undirected = undirected;
        return edge;
      }),
    };
    return graph;
  });
