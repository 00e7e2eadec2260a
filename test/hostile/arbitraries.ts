/**
 * Shared pieces of the hostile-input fuzz suite (issue 15): one fixed seed and a time budget for
 * every property, generators of hostile text and near-valid JSON text, and the checks every reader
 * must pass — only its documented error, one German line naming the file, fast, and no built-in
 * prototype changed.
 */
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  LEGAL_DOMAINS,
  NODE_KIND_LABELS_DE,
  NODE_KINDS,
  RELATION_KIND_LABELS_DE,
  RELATION_KINDS,
} from '../../src/model/kinds.ts';

/** The seed of every property in test/hostile/fuzz-*.test.ts, so a failure replays exactly. */
export const SEED = 20261204;

/** Parameters of one property: the fixed seed, a number of runs and a time budget (interrupted runs pass). */
export function fuzz(
  numRuns: number,
  timeLimitMs = 2500,
): { seed: number; numRuns: number; interruptAfterTimeLimit: number } {
  return { seed: SEED, numRuns, interruptAfterTimeLimit: timeLimitMs };
}

/** Upper bound for one call on a small input: a smoke check for non-linear behaviour, not a benchmark. */
export const MAX_CALL_MS = 500;

// ---------------------------------------------------------------------------------------------
// Hostile text

/** Names that are properties of built-in prototypes: as keys, attribute names, ids and headers. */
export const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
  'length',
] as const;

/** Pieces of text every reader must survive. */
export const HOSTILE_PIECES = [
  ...PROTO_NAMES,
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uD83D\uDE00',
  '\u0000',
  '\u0007',
  '\u007F',
  '\u0085',
  '\u2028',
  '\uFFFE',
  '\r\n',
  '\r',
  '\n',
  '\t',
  ' ',
  '  ',
  'Jugendamt der Stadt Köln',
  'Straße & Söhne gGmbH',
  'Kita „Sonnenschein“',
  'Müller',
  'ÄÖÜäöüß€',
  'Familienzentrum',
  'Projekt',
  'Träger',
  'SGB II',
  'SGB VIII',
  '"',
  "'",
  '""',
  ';',
  ',',
  '|',
  ':',
  '=',
  '<',
  '>',
  '&',
  '&amp;',
  '\\',
  '\\u0000',
  '{',
  '}',
  '[',
  ']',
  '=SUMME(A1)',
  "'=1+1",
  '+49 521',
  '-1',
  '@x',
  'sep=;',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '1e-400',
  '9007199254740993',
  '0x10',
  '1,5',
] as const;

/** Any string at all, German-ish text built from hostile pieces, or one piece. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
);

/** A key or attribute name: usually a prototype name or a short text. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_NAMES) },
  { weight: 3, arbitrary: hostileText },
);

/** Bytes of a text as UTF-8, UTF-8 with BOM, or Windows-1252/Latin-1 (low byte of each code unit). */
export const encodings = ['utf-8', 'utf-8-bom', 'latin1'] as const;
export type Encoding = (typeof encodings)[number];
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'latin1') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON text (written by hand, so that `__proto__` members, huge numbers and broken syntax survive)

/** Number literals JSON allows, among them ones beyond the double range and below its precision. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.integer().map(String) },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1e309',
      '-1e309',
      '1e-400',
      '-0',
      '0.5',
      '12345678901234567890123',
      '9007199254740993',
      '1E+2',
    ),
  },
);
/** Number-like literals JSON refuses. */
export const badNumberText = fc.constantFrom('NaN', 'Infinity', '-Infinity', '0x1F', '01', '1.', '.5', '+1', '1e', '-');

const str = (s: string): string => JSON.stringify(s);
export const jsonObject = (members: ReadonlyArray<readonly [string, string]>): string =>
  `{${members.map(([k, v]) => `${str(k)}:${v}`).join(',')}}`;
export const jsonArray = (items: readonly string[]): string => `[${items.join(',')}]`;

/** Objects that break code treating them as strings or arrays (`length`, `toString`, `valueOf` of the wrong type). */
export const TRAP_OBJECTS = [
  '{"length":{"toString":null}}',
  '{"length":{"valueOf":1,"toString":1}}',
  '{"toString":null,"valueOf":null}',
  '{"length":1e308}',
  '{"length":-1}',
  '{"0":"a","length":1}',
  '{"__proto__":[]}',
  '{"__proto__":{"length":{"toString":null}}}',
] as const;

/** Any JSON-ish value text: objects with hostile member names (repeated, `__proto__`), deep nesting, odd numbers. */
export const jsonValueText: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false', '""', '{}', '[]'),
    fc.constantFrom(...TRAP_OBJECTS),
    numberText,
    hostileText.map(str),
    fc.array(fc.tuple(hostileKey, tie('v')), { maxLength: 4 }).map(jsonObject),
    fc.array(tie('v'), { maxLength: 4 }).map(jsonArray),
  ),
})).v;

/** Nesting that stays within what JSON.parse and the readers are meant to take. */
export const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('[', '{"a":'), jsonValueText)
  .map(([depth, open, inner]) => open.repeat(depth) + inner + (open === '[' ? ']' : '}').repeat(depth));

const kindText = fc.oneof(
  fc
    .constantFrom(
      ...NODE_KINDS,
      ...Object.values(NODE_KIND_LABELS_DE),
      'Jugendamt',
      'Kita',
      'jugendamt',
      'unbekannt',
      '',
    )
    .map(str),
  jsonValueText,
);
const relationText = fc.oneof(
  fc.constantFrom(...RELATION_KINDS, ...Object.values(RELATION_KIND_LABELS_DE), 'Kooperation', 'weird', '').map(str),
  jsonValueText,
);
const sourceText = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.constantFrom('a.txt', '__proto__', ''), hostileText),
      fc.oneof(fc.nat({ max: 1000 }).map(String), numberText),
      fc.oneof(fc.nat({ max: 1000 }).map(String), numberText),
    )
    .map(([doc, s, e]) =>
      jsonObject([
        ['doc', str(doc)],
        ['start', s],
        ['end', e],
      ]),
    ),
  jsonValueText,
);
const sourcesText = fc.oneof(
  { weight: 3, arbitrary: fc.array(sourceText, { minLength: 1, maxLength: 2 }).map(jsonArray) },
  { weight: 1, arbitrary: jsonValueText },
  { weight: 1, arbitrary: fc.constantFrom(...TRAP_OBJECTS) },
);

const ATTRIBUTE_NAMES = [
  'label',
  'kind',
  'sources',
  'Art',
  'type',
  'typ',
  'name',
  'Name',
  'Bezeichnung',
  'aliases',
  'municipality',
  'domains',
  'period',
  'begin',
  'lat',
  'lon',
  'x',
  'y',
  'size',
  'color',
  'cue',
  'Beziehung',
  'relation',
  'weight',
  'sgb2TargetGroup',
  ...PROTO_NAMES,
];
const attributeValue = (name: string): fc.Arbitrary<string> => {
  switch (name) {
    case 'kind':
    case 'Art':
    case 'type':
    case 'typ':
      return fc.oneof(kindText, relationText);
    case 'Beziehung':
    case 'relation':
      return relationText;
    case 'sources':
      return sourcesText;
    case 'domains':
      return fc.oneof(
        fc.subarray([...LEGAL_DOMAINS]).map((d) => JSON.stringify(d)),
        jsonValueText,
      );
    case 'period':
      return fc.oneof(
        fc.constantFrom('{"start":"2020","end":"2024-12"}', '{"start":"20xx"}', '{}', '{"__proto__":{"start":"2020"}}'),
        jsonValueText,
      );
    default:
      return fc.oneof(hostileText.map(str), jsonValueText);
  }
};
const contractNodeAttributes = fc
  .tuple(
    hostileText,
    fc.constantFrom(...NODE_KINDS),
    fc.array(
      fc.constantFrom(...ATTRIBUTE_NAMES).chain((n) => attributeValue(n).map((v) => [n, v] as const)),
      { maxLength: 4 },
    ),
  )
  .map(([label, kind, extra]) =>
    jsonObject([
      ['label', str(label)],
      ['kind', str(kind)],
      ['sources', '[{"doc":"a.txt","start":0,"end":3}]'],
      ...extra,
    ]),
  );
const contractEdgeAttributes = fc
  .tuple(
    fc.constantFrom(...RELATION_KINDS),
    fc.array(
      fc.constantFrom(...ATTRIBUTE_NAMES).chain((n) => attributeValue(n).map((v) => [n, v] as const)),
      { maxLength: 3 },
    ),
  )
  .map(([kind, extra]) =>
    jsonObject([['kind', str(kind)], ['sources', '[{"doc":"a.txt","start":0,"end":3}]'], ...extra]),
  );

/** Attributes of a node or an edge: contract names, display names and prototype names with fitting or wrong values. */
export const attributesText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(contractNodeAttributes, contractEdgeAttributes) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.constantFrom(...ATTRIBUTE_NAMES).chain((n) => attributeValue(n).map((v) => [n, v] as const)),
        { maxLength: 7 },
      )
      .map(jsonObject),
  },
  { weight: 1, arbitrary: jsonValueText },
);

/** A node or edge key: usually a string (namespaced, prototype name, hostile), sometimes a number or something else. */
const itemKeyText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.oneof(fc.constantFrom('org:a', 'project:p', 'person:x', 'n0', 'n1', '0', ''), hostileKey).map(str),
  },
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: jsonValueText },
);

/** A graphology/netzatlas JSON graph as text: mostly well-formed, with hostile keys, values and references. */
export const graphJsonText: fc.Arbitrary<string> = fc
  .record({
    nodes: fc.array(
      fc.record({
        key: itemKeyText,
        attributes: fc.option(
          fc.oneof({ weight: 5, arbitrary: contractNodeAttributes }, { weight: 1, arbitrary: attributesText }),
          { nil: undefined },
        ),
        extra: fc.option(fc.tuple(hostileKey, jsonValueText), { nil: undefined, freq: 1 }),
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        key: fc.option(itemKeyText, { nil: undefined }),
        s: fc.nat(),
        t: fc.nat(),
        dangling: fc.option(itemKeyText, { nil: undefined, freq: 1 }),
        undirected: fc.option(fc.constantFrom('true', 'false', '1', '"ja"'), { nil: undefined }),
        attributes: fc.option(
          fc.oneof({ weight: 5, arbitrary: contractEdgeAttributes }, { weight: 1, arbitrary: attributesText }),
          { nil: undefined },
        ),
      }),
      { maxLength: 6 },
    ),
    options: fc.option(
      fc.oneof(
        fc.constantFrom(
          '{"type":"mixed","multi":true,"allowSelfLoops":true}',
          '{"type":"undirected"}',
          '{"type":"directed","multi":false,"allowSelfLoops":false}',
          '{"type":"weird"}',
          '{"__proto__":{"type":"directed"}}',
          '[]',
        ),
        jsonValueText,
      ),
      { nil: undefined },
    ),
    attributes: fc.option(
      fc.oneof(
        fc.constantFrom('{"name":"Netz"}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'),
        jsonValueText,
      ),
      { nil: undefined },
    ),
    bom: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ nodes, edges, options, attributes, bom, crlf }) => {
    const nodeTexts = nodes.map((n) =>
      jsonObject([
        ['key', n.key],
        ...(n.attributes !== undefined ? [['attributes', n.attributes] as const] : []),
        ...(n.extra ? [n.extra] : []),
      ]),
    );
    const keyAt = (i: number) => (nodes.length ? nodes[i % nodes.length]!.key : '"n0"');
    const edgeTexts = edges.map((e) =>
      jsonObject([
        ...(e.key !== undefined ? [['key', e.key] as const] : []),
        ['source', e.dangling ?? keyAt(e.s)],
        ['target', keyAt(e.t)],
        ...(e.undirected !== undefined ? [['undirected', e.undirected] as const] : []),
        ...(e.attributes !== undefined ? [['attributes', e.attributes] as const] : []),
      ]),
    );
    const members: Array<readonly [string, string]> = [];
    if (attributes !== undefined) members.push(['attributes', attributes]);
    if (options !== undefined) members.push(['options', options]);
    members.push(['nodes', jsonArray(nodeTexts)], ['edges', jsonArray(edgeTexts)]);
    const nl = crlf ? '\r\n' : '\n';
    return `${bom ? '\uFEFF' : ''}${jsonObject(members).replace(/,"(nodes|edges)"/g, `,${nl}"$1"`)}${nl}`;
  });

/** A graph that follows the contract item by item, with hostile string keys, repeated keys and ties to missing nodes. */
export const contractGraphText: fc.Arbitrary<string> = fc
  .record({
    keys: fc.array(hostileKey, { minLength: 1, maxLength: 5 }),
    nodes: fc.array(fc.tuple(fc.nat(), contractNodeAttributes), { maxLength: 6 }),
    edges: fc.array(fc.tuple(fc.option(hostileKey, { nil: undefined }), fc.nat(), fc.nat(), contractEdgeAttributes), {
      maxLength: 6,
    }),
  })
  .map(({ keys, nodes, edges }) => {
    const key = (i: number) => str(keys[i % keys.length]!);
    const ns = nodes.map(([k, a]) =>
      jsonObject([
        ['key', key(k)],
        ['attributes', a],
      ]),
    );
    const es = edges.map(([k, s, t, a]) =>
      jsonObject([
        ...(k !== undefined ? [['key', str(k)] as const] : []),
        ['source', key(s)],
        ['target', key(t)],
        ['attributes', a],
      ]),
    );
    return jsonObject([
      ['nodes', jsonArray(ns)],
      ['edges', jsonArray(es)],
    ]);
  });

/** Ways to break a text: cut it, drop a slice, insert a hostile piece, or duplicate a slice. */
export function mutate(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...HOSTILE_PIECES), badNumberText);
  return fc
    .tuple(text, fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('cut', 'drop', 'insert', 'repeat'), piece)
    .map(([t, at, len, how, piece]) => {
      const i = at % (t.length + 1);
      switch (how) {
        case 'cut':
          return t.slice(0, i);
        case 'drop':
          return t.slice(0, i) + t.slice(i + len);
        case 'insert':
          return t.slice(0, i) + piece + t.slice(i);
        default:
          return t.slice(0, i + len) + t.slice(i);
      }
    });
}

// ---------------------------------------------------------------------------------------------
// Checks

/** English words of JavaScript, zod and JSON.parse messages that must not reach a German user. */
const ENGLISH =
  /\b(Unexpected|unexpected token|Invalid input|Invalid option|expected (string|number|array|object|boolean)|received|is not valid JSON|is not a function|Cannot read|of undefined|of null|Too (small|big)|Maximum call stack|in JSON at position|Unterminated|Bad control character|Expected property name)\b/;

/**
 * A reader's error: an instance of one of its documented classes, with a message that is one line,
 * names the file and is German (none of the English phrases of JSON.parse, zod or the engine).
 */
export function expectReaderError(
  e: unknown,
  file: string,
  classes: ReadonlyArray<abstract new (...args: never[]) => Error>,
): void {
  if (!classes.some((c) => e instanceof c)) throw e;
  const message = (e as Error).message;
  expect(message, 'eine Zeile').not.toMatch(/[\r\n]/);
  expect(message.includes(file), `nennt ${file}: ${message}`).toBe(true);
  expect(message, 'deutsch').not.toMatch(ENGLISH);
}

/** A German user message (a warning, a refusal) without English engine or zod words. */
export function expectGerman(message: string): void {
  expect(message, 'deutsch').not.toMatch(ENGLISH);
}

/** Runs `f`, fails when it took longer than MAX_CALL_MS; returns its result or the error it threw. */
export function timed<T>(f: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  const t0 = performance.now();
  let out: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    out = { ok: true, value: f() };
  } catch (error) {
    out = { ok: false, error };
  }
  const ms = performance.now() - t0;
  expect(ms, `${ms.toFixed(0)} ms für eine kleine Eingabe`).toBeLessThan(MAX_CALL_MS);
  return out;
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;
const ownNames = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());

/** Registers before/after hooks: no built-in prototype gains or loses an own property during the file's tests. */
export function guardPrototypes(): void {
  let before: string[][] = [];
  beforeAll(() => {
    before = ownNames();
  });
  afterAll(() => {
    expect(ownNames()).toEqual(before);
    expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
}
