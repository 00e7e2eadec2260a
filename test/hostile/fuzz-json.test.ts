/**
 * Fuzzing the JSON graph readers (issue 15): importJson (our graph.json and graphology JSON of other
 * tools) and parseGraphText (data/graph.json) on near-valid graphs, broken JSON and any string. Each
 * returns a graph of the contract or throws its own error (ImportError, GraphFormatError) with one
 * German line naming the file — quickly, and without touching a prototype.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { importJson } from '../../src/formats/json/read.ts';
import { ImportError } from '../../src/formats/types.ts';
import { GraphFormatError, parseGraphJSON, parseGraphText } from '../../src/model/graph-io.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import {
  contractGraphText,
  deepJson,
  expectReaderError,
  fuzz,
  graphJsonText,
  guardPrototypes,
  jsonValueText,
  mutate,
  timed,
} from './arbitraries.ts';

guardPrototypes();

const FILE = 'eingabe-ä.json';

function checkImportJson(text: string): void {
  const r = timed(() => importJson(text, FILE));
  if (!r.ok) return expectReaderError(r.error, FILE, [ImportError]);
  const parsed = GraphJSONSchema.safeParse(r.value.graph);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  // unique keys, every edge between nodes of the graph
  expect(() => parseGraphJSON(r.value.graph, FILE)).not.toThrow();
  for (const w of r.value.warnings) expect(w.file).toBe(FILE);
}

function checkParseGraphText(text: string): void {
  const r = timed(() => parseGraphText(text, FILE));
  if (!r.ok) return expectReaderError(r.error, FILE, [GraphFormatError]);
  expect(GraphJSONSchema.safeParse(r.value).success).toBe(true);
}

function check(text: string): void {
  checkImportJson(text);
  checkParseGraphText(text);
}

describe('JSON graph readers on hostile input', () => {
  test.prop([graphJsonText], fuzz(600))(
    'near-valid graphs with hostile keys, attributes, numbers and references',
    (text) => {
      check(text);
    },
  );

  test.prop([contractGraphText], fuzz(400))(
    'graphs of the contract with hostile string keys, repeated keys and ties to missing nodes',
    (text) => {
      check(text);
    },
  );

  test.prop([mutate(graphJsonText)], fuzz(400))('such graphs cut, spliced or with hostile pieces inserted', (text) => {
    check(text);
  });

  test.prop([fc.oneof(jsonValueText, deepJson)], fuzz(300))(
    'any JSON-ish value, deep nesting within limits',
    (text) => {
      check(text);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], fuzz(200))('any string', (text) => {
    check(text);
  });
});

/** Shrunk counterexamples, as exact values. */
describe('JSON graph readers: regressions found by fuzzing', () => {
  const trap = '{"length":{"toString":null}}';

  it('refuses an object with a `length` where a key, a document name or the sources belong (zod ran its length check on it and threw a TypeError)', () => {
    expect(() => parseGraphText(`{"nodes":[{"key":${trap}}],"edges":[]}`, FILE)).toThrow(
      new GraphFormatError(FILE, 'nodes[0].key', 'Ungültige Eingabe: erwartet string, erhalten object'),
    );
    expect(() =>
      parseGraphText(
        `{"nodes":[{"key":"a","attributes":{"label":"A","kind":"project","sources":${trap}}}],"edges":[]}`,
        FILE,
      ),
    ).toThrow(GraphFormatError);
    expect(() =>
      parseGraphText(
        `{"nodes":[{"key":"a","attributes":{"label":"A","kind":"project","sources":[{"doc":${trap},"start":0,"end":1}]}}],"edges":[]}`,
        FILE,
      ),
    ).toThrow(GraphFormatError);
    expect(() => importJson(`{"nodes":[{"key":${trap}}],"edges":[]}`, FILE)).toThrow(ImportError);
  });

  it('json.ts: foreign sources {"length":{"toString":null}} are a warning, not a TypeError', () => {
    const r = importJson(`{"nodes":[{"key":"a","attributes":{"label":"A","sources":${trap}}}],"edges":[]}`, FILE);
    expect(r.graph.nodes[0]!.attributes.sources).toEqual([{ doc: FILE, start: 17, end: 20 }]);
  });

  it('graph-io.ts: a refusal that quotes a node key with a line break is still one line', () => {
    const s = '[{"doc":"a.txt","start":0,"end":1}]';
    const text = `{"nodes":[{"key":"a","attributes":{"label":"A","kind":"project","sources":${s}}}],"edges":[{"source":"a","target":"b\\nc","attributes":{"kind":"partner","sources":${s}}}]}`;
    expect(() => parseGraphText(text, FILE)).toThrow(/^[^\n]*$/);
  });

  it('json.ts: the refusal of a graph that is not graphology JSON is German', () => {
    expect(() => importJson('[null]', FILE)).toThrow(
      `${FILE}: erwartet einen Graphen im Format von graphology (nodes, edges), gefunden Feld (Wurzel): Ungültige Eingabe: erwartet object, erhalten Array.`,
    );
  });
});
