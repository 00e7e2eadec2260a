/**
 * Fuzzing the explorer's and the curation's readers (issue 15): the URL hash (decodeHash), the
 * curation log (parseCurationText, readLogFile, applyCuration) and saved views and dropped graphs
 * (parseWith). Each gives a value of its schema or throws its own error (CurationFormatError,
 * DataError) with one German line naming the file — quickly, and without touching a prototype.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../src/curation/apply.ts';
import {
  CURATION_OPS,
  CurationFormatError,
  CurationLogSchema,
  parseCurationText,
  SETTABLE_ATTRIBUTES,
} from '../../src/curation/schema.ts';
import { readLogFile } from '../../src/explorer/curation/store.ts';
import { DataError, parseWith } from '../../src/explorer/data/load-data.ts';
import { decodeHash, encodeHash } from '../../src/explorer/state/url-hash.ts';
import { SavedViewsSchema, ViewStateSchema } from '../../src/explorer/state/view-state.ts';
import { LEGAL_DOMAINS, NODE_KINDS, RELATION_KINDS } from '../../src/model/kinds.ts';
import { parseGraphJSON } from '../../src/model/graph-io.ts';
import { GraphJSONSchema, type GraphJSON } from '../../src/model/schema.ts';
import {
  expectGerman,
  expectReaderError,
  fuzz,
  graphJsonText,
  guardPrototypes,
  hostileKey,
  hostileText,
  jsonObject,
  jsonValueText,
  mutate,
  PROTO_NAMES,
  timed,
} from './arbitraries.ts';

guardPrototypes();

const str = (s: string) => JSON.stringify(s);

// ---------------------------------------------------------------------------------------------
// URL hash

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HASH_NAMES = [
  'arten',
  'programm',
  'jahr',
  'kommune',
  'rechtskreis',
  'mingrad',
  'sgb',
  'groesse',
  'farbe',
  'auswahl',
  'fokus',
  'kamera',
  'sprache',
  'praesentation',
  'tab',
  ...PROTO_NAMES,
  '',
  'x',
];
const HASH_VALUES = [
  ...NODE_KINDS,
  NODE_KINDS.join(','),
  'project,,school',
  'org:a',
  'org:a,project:p',
  '__proto__',
  '2024',
  '99999',
  '-1',
  '1e3',
  '007',
  ...LEGAL_DOMAINS,
  'SGB%20II',
  'SGB+II',
  'degree',
  'betweenness',
  'community',
  'domain',
  '1,2,0.5',
  '1,2,0',
  'NaN,1,1',
  '1e309,0,1',
  '1,2',
  'de',
  'en',
  '1',
  'details',
  'views',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%0A',
  '%F0%9F%99%82',
  '&',
  '=',
  '#',
];
const hashValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HASH_VALUES) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: hostileText.map((t) => encodeURIComponent(t.replace(LONE_SURROGATE, '\uFFFD'))) },
);
const hash = fc
  .tuple(
    fc.constantFrom('#', '', '##', '#?'),
    fc.array(fc.tuple(fc.constantFrom(...HASH_NAMES), hashValue, fc.constantFrom('=', '', '==')), { maxLength: 8 }),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(([lead, params, sep]) => lead + params.map(([k, v, eq]) => `${k}${eq}${v}`).join(sep));

describe('URL hash on hostile input', () => {
  test.prop([fc.oneof(hash, hostileText), fc.func(fc.boolean())], fuzz(500))(
    'decodeHash gives a view of the schema, and decoding its encoding gives it back',
    (h, exists) => {
      const r = timed(() => decodeHash(h, exists));
      if (!r.ok) throw r.error;
      const { state, ignored } = r.value;
      const parsed = ViewStateSchema.safeParse(state);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(new Set(ignored).size).toBe(ignored.length);
      const again = decodeHash(encodeHash(state));
      expect(again.state).toEqual(state);
      expect(again.ignored).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Curation log

const LOG_FILE = 'korrekturen-ä.json';
const nodeKey = fc.oneof(
  fc.constantFrom('org:a', 'project:p', 'person:x', 'org:b', 'place:köln', '', ...PROTO_NAMES),
  hostileKey,
);
const entryFields = (op: string): fc.Arbitrary<Array<[string, string]>> => {
  const key = nodeKey.map(str);
  const kind = fc.oneof(fc.constantFrom(...RELATION_KINDS).map(str), jsonValueText);
  switch (op) {
    case 'merge':
      return fc.tuple(key, key).map(([a, b]) => [
        ['keep', a],
        ['remove', b],
      ]);
    case 'rename':
      return fc.tuple(key, fc.oneof(hostileText.map(str), jsonValueText)).map(([n, l]) => [
        ['node', n],
        ['label', l],
      ]);
    case 'setKind':
      return fc.tuple(key, fc.oneof(fc.constantFrom(...NODE_KINDS).map(str), jsonValueText)).map(([n, k]) => [
        ['node', n],
        ['kind', k],
      ]);
    case 'addEdge':
    case 'removeEdge':
      return fc.tuple(key, key, kind).map(([s, t, k]) => [
        ['source', s],
        ['target', t],
        ['kind', k],
      ]);
    case 'markWrong':
      return fc.oneof(
        key.map((n) => [['target', jsonObject([['node', n]])]] as Array<[string, string]>),
        fc.tuple(key, key, kind).map(
          ([s, t, k]) =>
            [
              [
                'target',
                jsonObject([
                  [
                    'edge',
                    jsonObject([
                      ['source', s],
                      ['target', t],
                      ['kind', k],
                    ]),
                  ],
                ]),
              ],
            ] as Array<[string, string]>,
        ),
      );
    default:
      return fc
        .tuple(
          key,
          fc.constantFrom(...SETTABLE_ATTRIBUTES, 'label', '__proto__'),
          fc.oneof(
            fc.constantFrom(
              '"Köln"',
              '" "',
              'null',
              '["SGB II","Schule"]',
              '["Mond"]',
              '{"start":"2020"}',
              '{"start":"20"}',
              'true',
              '{}',
            ),
            jsonValueText,
          ),
        )
        .map(([n, name, v]) => [
          ['node', n],
          ['name', str(name)],
          ['value', v],
        ]);
  }
};
const entry = fc
  .tuple(
    fc.oneof(
      fc.nat({ max: 5 }).map((n) => str(String(n))),
      jsonValueText,
    ),
    fc.constantFrom(...CURATION_OPS, 'delete'),
    fc.option(
      fc.constantFrom(
        ['note', '"Korrektur – geprüft"'],
        ['at', '"2026-12-04"'],
        ['at', '"2026-12-04T10:00:00+01:00"'],
        ['at', '"gestern"'],
        ['author', '"Frau Müller"'],
      ),
      { nil: undefined },
    ),
    fc.option(fc.tuple(hostileKey, jsonValueText), { nil: undefined, freq: 1 }),
  )
  .chain(([id, op, meta, extra]) =>
    entryFields(op).map((fields) =>
      jsonObject([
        ['id', id],
        ['op', str(op)],
        ...fields,
        ...(meta ? [meta as [string, string]] : []),
        ...(extra ? [extra] : []),
      ]),
    ),
  );
const logText = fc
  .tuple(
    fc.constantFrom('"netzatlas-curation"', '"netzatlas"', '1'),
    fc.constantFrom('1', '2', '"1"'),
    fc.array(entry, { maxLength: 6 }),
    fc.boolean(),
  )
  .map(
    ([format, version, entries, bom]) =>
      `${bom ? '\uFEFF' : ''}{"format":${format},"version":${version},"entries":[\n${entries.join(',\n')}\n]}\n`,
  );
/** Mostly valid logs: right format and version, entries whose ids are distinct. */
const validLogText = fc
  .array(entry, { maxLength: 8 })
  .map((entries) => `{"format":"netzatlas-curation","version":1,"entries":[${entries.join(',')}]}`);

function checkLogText(text: string): void {
  const r = timed(() => parseCurationText(text, LOG_FILE));
  if (!r.ok) return expectReaderError(r.error, LOG_FILE, [CurationFormatError]);
  expect(CurationLogSchema.safeParse(r.value).success).toBe(true);
}

const src = [{ doc: 'a.txt', start: 0, end: 3 }];
const node = (key: string, kind: (typeof NODE_KINDS)[number], label: string) => ({
  key,
  attributes: { label, kind, sources: src },
});
const GRAPH: GraphJSON = GraphJSONSchema.parse({
  attributes: {},
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    node('org:a', 'organisation', 'Träger A'),
    node('org:b', 'youth_office', 'Jugendamt B'),
    node('project:p', 'project', 'Projekt P'),
    node('person:x', 'person', 'Frau X'),
    node('place:köln', 'municipality', 'Köln'),
    ...PROTO_NAMES.map((k) => node(k, 'carrier', `Träger ${k}`)),
  ],
  edges: [
    { key: 'e1', source: 'project:p', target: 'org:a', attributes: { kind: 'carried_by', sources: src } },
    { key: 'e2', source: 'org:a', target: '__proto__', attributes: { kind: 'partner', sources: src } },
    {
      key: 'constructor',
      source: 'constructor',
      target: 'org:b',
      attributes: { kind: 'cooperates_with', sources: src },
    },
  ],
});

describe('curation log on hostile input', () => {
  test.prop([fc.oneof(logText, mutate(logText))], fuzz(500))(
    'parseCurationText gives a log of the schema or a CurationFormatError',
    (text) => {
      checkLogText(text);
    },
  );

  test.prop([fc.oneof(jsonValueText, graphJsonText, fc.string({ unit: 'binary', maxLength: 200 }))], fuzz(300))(
    'the same for any JSON-ish text and any string',
    (text) => {
      checkLogText(text);
    },
  );

  test.prop([validLogText], fuzz(400))(
    'applyCuration replays any valid log onto a graph with prototype-named keys',
    (text) => {
      let log;
      try {
        log = parseCurationText(text, LOG_FILE);
      } catch (e) {
        return expectReaderError(e, LOG_FILE, [CurationFormatError]);
      }
      const r = timed(() => applyCuration(GRAPH, log));
      if (!r.ok) throw r.error;
      const parsed = GraphJSONSchema.safeParse(r.value.graph);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(() => parseGraphJSON(r.value.graph, 'kuratiert.json')).not.toThrow();
      expect(r.value.report).toHaveLength(log.entries.length);
      for (const e of r.value.report) expectGerman(e.message);
    },
  );

  test.prop([fc.oneof(logText, mutate(logText), jsonValueText)], fuzz(150))(
    'readLogFile reads a dropped file the same way',
    async (text) => {
      try {
        const log = await readLogFile(new File([text], LOG_FILE));
        expect(CurationLogSchema.safeParse(log).success).toBe(true);
      } catch (e) {
        expectReaderError(e, LOG_FILE, [CurationFormatError]);
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Saved views and dropped graphs

const VIEWS_FILE = 'ansichten-ä.json';
const viewStateText = fc.oneof(
  fc.constant(
    JSON.stringify({
      filters: {
        kinds: ['project'],
        programme: null,
        year: null,
        municipality: null,
        domain: null,
        minDegree: 0,
        sgbOnly: false,
      },
      sizeBy: 'degree',
      colourBy: 'kind',
      selected: null,
      focus: [],
      camera: null,
      language: 'de',
      presenter: false,
      tab: 'details',
    }),
  ),
  fc.constant(
    '{"filters":{"kinds":[],"programme":"org:a","year":2024,"municipality":"Köln","domain":"SGB II","minDegree":1,"sgbOnly":true},"sizeBy":"uniform","colourBy":"domain","selected":"__proto__","focus":["constructor"],"camera":{"x":1,"y":2,"ratio":0.5},"language":"en","presenter":true,"tab":"views"}',
  ),
  jsonValueText,
);
const viewsText = fc
  .array(
    fc.tuple(fc.oneof(hostileText.map(str), jsonValueText), viewStateText).map(([name, state]) =>
      jsonObject([
        ['name', name],
        ['state', state],
      ]),
    ),
    { maxLength: 4 },
  )
  .map((vs) => `[${vs.join(',')}]`);

describe('saved views and dropped graphs on hostile input', () => {
  test.prop([fc.oneof(viewsText, mutate(viewsText), jsonValueText)], fuzz(400))(
    'parseWith(SavedViewsSchema) gives views of the schema or a DataError',
    (text) => {
      const r = timed(() => parseWith(SavedViewsSchema, text, VIEWS_FILE));
      if (!r.ok) return expectReaderError(r.error, VIEWS_FILE, [DataError]);
      expect(SavedViewsSchema.safeParse(r.value).success).toBe(true);
    },
  );

  test.prop([fc.oneof(graphJsonText, mutate(graphJsonText))], fuzz(300))(
    'parseWith(GraphJSONSchema) gives a graph of the schema or a DataError',
    (text) => {
      const r = timed(() => parseWith(GraphJSONSchema, text, 'zweites-netz.json'));
      if (!r.ok) return expectReaderError(r.error, 'zweites-netz.json', [DataError]);
      expect(GraphJSONSchema.safeParse(r.value).success).toBe(true);
    },
  );
});

/** Shrunk counterexamples, as exact values. */
describe('explorer and curation readers: regressions found by fuzzing', () => {
  const trap = '{"length":{"toString":null}}';

  it("a curation log that is no JSON is named in German only (JSON.parse's English, with the quoted text and its line breaks, is left out)", () => {
    expect(() => parseCurationText('', LOG_FILE)).toThrow(
      new CurationFormatError(LOG_FILE, '', 'kein gültiges JSON (Zeile 1, Spalte 1: unerwartet das Ende der Datei)'),
    );
    expect(() => parseCurationText('{"entries":\n x}', LOG_FILE)).toThrow(
      `${LOG_FILE}: ungültiges Korrekturprotokoll an „(Wurzel)“: kein gültiges JSON (Zeile 2, Spalte 2: unerwartet "x}")`,
    );
  });

  it('saved views and a dropped graph are refused in German, a leading BOM is no error', () => {
    expect(() => parseWith(SavedViewsSchema, 'null', VIEWS_FILE)).toThrow(
      new DataError(VIEWS_FILE, 'Feld (Wurzel): Ungültige Eingabe: erwartet Array, erhalten null'),
    );
    expect(() => parseWith(GraphJSONSchema, '', 'zweites-netz.json')).toThrow(
      new DataError('zweites-netz.json', 'kein gültiges JSON (Zeile 1, Spalte 1: unerwartet das Ende der Datei)'),
    );
    expect(parseWith(SavedViewsSchema, '\uFEFF[]', VIEWS_FILE)).toEqual([]);
  });

  it('an object with a `length` where a text belongs is an issue, not a TypeError', () => {
    expect(() =>
      parseCurationText(
        `{"format":"netzatlas-curation","version":1,"entries":[{"id":${trap},"op":"rename","node":"org:a","label":"A"}]}`,
        LOG_FILE,
      ),
    ).toThrow(
      new CurationFormatError(LOG_FILE, 'entries[0].id', 'Ungültige Eingabe: erwartet string, erhalten object'),
    );
    expect(() =>
      parseCurationText(
        `{"format":"netzatlas-curation","version":1,"entries":[{"id":"1","op":"rename","node":"org:a","label":${trap}}]}`,
        LOG_FILE,
      ),
    ).toThrow(CurationFormatError);
    expect(() => parseWith(SavedViewsSchema, trap, VIEWS_FILE)).toThrow(DataError);
    expect(() => parseWith(SavedViewsSchema, `[{"name":${trap}}]`, VIEWS_FILE)).toThrow(DataError);
  });
});
