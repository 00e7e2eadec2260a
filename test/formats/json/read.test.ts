import { test as fcTest, fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../src/util/json-position.ts';
import { importJson } from '../../../src/formats/json/read.ts';
import { ImportError } from '../../../src/formats/types.ts';
import { stableStringify } from '../../../src/util/stable-json.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';
import { graphJson } from '../xml/arbitraries.ts';
import { ROOT } from '../../helpers.ts';

describe('importJson', () => {
  it('takes our own graph.json as it is', () => {
    const text = readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8');
    const r = importJson(text, 'graph.json');
    expect(r.format).toBe('netzatlas-json');
    expect(r.warnings).toEqual([]);
    expect(r.graph).toEqual(GraphJSONSchema.parse(JSON.parse(text)));
  });

  it('brings plain graphology JSON into the contract: German kinds, namespaced keys, sources at the node', () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'n1', attributes: { label: 'Jugendamt Herford', Art: 'Jugendamt', Kommune: 'Herford' } },
        { key: 'n2', attributes: { label: 'Kita Regenbogen', type: 'Kita', x: 3 } },
        { key: 7, attributes: { name: 'Unbekannt e.V.' } },
      ],
      edges: [
        { source: 'n1', target: 'n2', attributes: { Beziehung: 'kooperiert mit' } },
        { source: 'n1', target: 'fehlt', attributes: {} },
      ],
    });
    const r = importJson(text, 'fremd.json');
    expect(r.format).toBe('graphology-json');
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label])).toEqual([
      ['org:n1', 'youth_office', 'Jugendamt Herford'],
      ['org:n2', 'daycare', 'Kita Regenbogen'],
      ['org:7', 'organisation', 'Unbekannt e.V.'],
    ]);
    const n1 = r.graph.nodes[0]!;
    expect(text.slice(n1.attributes.sources[0]!.start, n1.attributes.sources[0]!.end)).toBe('"n1"');
    // a display name of sigma is kept under another name
    expect(r.graph.nodes[1]!.attributes['x_daten']).toBe(3);
    expect(r.graph.edges.map((e) => [e.source, e.target, e.attributes.kind])).toEqual([
      ['org:n1', 'org:n2', 'cooperates_with'],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Knoten „n2“: Attribut „x“ als „x_daten“ übernommen.',
      'Knoten „7“: keine Art angegeben – als Organisation übernommen.',
      'Kante n1 → fehlt: Knoten „fehlt“ fehlt – Kante übersprungen.',
    ]);
  });

  it('keeps hostile keys as data without touching any prototype', () => {
    const text =
      '{"nodes":[{"key":"__proto__","attributes":{"label":"A","kind":"carrier","__proto__":{"polluted":1},"constructor":"c"}},{"key":"constructor","attributes":{"label":"B","kind":"school"}}],"edges":[{"source":"__proto__","target":"constructor","attributes":{"kind":"partner"}}]}';
    const r = importJson(text, 'boese.json');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.graph.nodes.map((n) => n.key)).toEqual(['org:__proto__', 'org:constructor']);
    expect(r.graph.nodes[0]!.attributes['__proto___daten']).toEqual({ polluted: 1 });
    expect(Object.getOwnPropertyDescriptor(r.graph.nodes[0]!.attributes, 'constructor')?.value).toBe('c');
    expect(r.graph.edges).toHaveLength(1);
  });

  it('names file, line and column of broken JSON', () => {
    expect(() => importJson('{\n  "nodes": [\n    {"key": }\n  ]\n}', 'kaputt.json')).toThrow(ImportError);
    try {
      importJson('{\n  "nodes": [\n    {"key": }\n  ]\n}', 'kaputt.json');
    } catch (e) {
      expect((e as ImportError).message).toMatch(/^kaputt\.json \(Zeile 3, Spalte \d+\): erwartet gültiges JSON/);
    }
    expect(() => importJson('{"knoten": []}', 'x.json')).toThrow(/erwartet einen Graphen im Format von graphology/);
  });

  fcTest.prop(
    [
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((v) => JSON.stringify({ nodes: [v], edges: [] })),
      ),
    ],
    { numRuns: 300 },
  )('returns a valid graph or an ImportError for any text, never another exception', (text) => {
    try {
      const r = importJson(text, 'zufall.json');
      expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
    }
  });
});

describe('jsonErrorOffset', () => {
  it('points at the first character that breaks the grammar', () => {
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('"\\x"')).toBe(2);
  });

  fcTest.prop(
    [
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.json(),
        fc.json().map((j) => j.slice(0, -1)),
      ),
    ],
    { numRuns: 500 },
  )('agrees with JSON.parse on what is valid and stays inside the text', (text) => {
    let ok = true;
    try {
      JSON.parse(text);
    } catch {
      ok = false;
    }
    const at = jsonErrorOffset(text);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThanOrEqual(text.length);
    if (ok) expect(at).toBe(text.length);
  });
});

describe('JSON round trip', () => {
  fcTest.prop([graphJson], { numRuns: 200 })(
    'gives back every graph it wrote: German text, emoji, <&>"\', numbers as strings',
    (g) => {
      // JSON itself has no -0, NaN or Infinity: the expectation is the graph as JSON carries it
      const text = stableStringify(g);
      const carried = GraphJSONSchema.safeParse(JSON.parse(text));
      fc.pre(carried.success);
      const back = importJson(text, 'netz.json');
      expect(back.format).toBe('netzatlas-json');
      expect(back.warnings).toEqual([]);
      expect(back.graph).toEqual(carried.data);
    },
  );
});

describe('importJson with almost valid graphs', () => {
  it('drops options graphology would refuse, with a warning', () => {
    const r = importJson(
      '{"options":{"type":"weird"},"nodes":[{"key":"a","attributes":{"label":"Jugendamt Hamm"}}],"edges":[]}',
      'x.json',
    );
    expect(r.graph.options).toBeUndefined();
    expect(r.graph.nodes[0]!.attributes.kind).toBe('youth_office');
    expect(r.warnings.map((w) => w.message)).toContain(
      'Graph-Optionen (options) ungültig – Standard übernommen (gemischter Graph, Mehrfachkanten erlaubt).',
    );
  });

  it('replaces sources that end before they start by the node’s place in the file', () => {
    const r = importJson(
      '{"nodes":[{"key":"a","attributes":{"label":"A","kind":"carrier","sources":[{"doc":"d","start":5,"end":2}]}}],"edges":[]}',
      'x.json',
    );
    expect(r.graph.nodes[0]!.attributes.sources).toEqual([{ doc: 'x.json', start: 17, end: 20 }]);
  });

  it('warns when an attribute named __proto__ of our own format is renamed', () => {
    const r = importJson(
      '{"nodes":[{"key":"org:a","attributes":{"label":"A","kind":"carrier","sources":[{"doc":"d","start":0,"end":1}],"__proto__":"x"}}],"edges":[]}',
      'x.json',
    );
    expect(r.graph.nodes[0]!.attributes['__proto___daten']).toBe('x');
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Knoten „org:a“: Attribut „__proto__“ als „__proto___daten“ übernommen.',
    ]);
  });

  it('drops a repeated key or a dangling tie of our own format with a warning at its line', () => {
    const src = '[{"doc":"d","start":0,"end":1}]';
    const n = (k: string) => `{"key":"${k}","attributes":{"label":"${k}","kind":"carrier","sources":${src}}}`;
    const e = (k: string, s: string, t: string) =>
      `{"key":"${k}","source":"${s}","target":"${t}","attributes":{"kind":"partner","sources":${src}}}`;
    const text = `{"nodes":[\n${n('org:a')},\n${n('org:a')},\n${n('org:b')}],"edges":[\n${e('e1', 'org:a', 'org:b')},\n${e('e1', 'org:b', 'org:a')},\n${e('e2', 'org:b', 'org:c')}]}`;
    const r = importJson(text, 'own.json');
    expect(r.format).toBe('netzatlas-json');
    expect(r.graph.nodes.map((x) => x.key)).toEqual(['org:a', 'org:b']);
    expect(r.graph.edges.map((x) => [x.key, x.source])).toEqual([['e1', 'org:a']]);
    expect(r.warnings.map((w) => [w.position?.line, w.message])).toEqual([
      [3, 'Knoten „org:a“ kommt doppelt vor: der zweite wird übersprungen.'],
      [6, 'Kante „e1“ kommt doppelt vor: die zweite wird übersprungen.'],
      [7, 'Kante org:b → org:c: Knoten „org:c“ fehlt – Kante übersprungen.'],
    ]);
  });

  it('says when a foreign tie key repeats or sources cannot be read', () => {
    const text =
      '{"nodes":[{"key":"a","attributes":{"label":"Jugendamt A","kind":"youth_office","sources":"gestern"}},{"key":"b","attributes":{"label":"Kita B","kind":"daycare"}}],"edges":[{"key":"k","source":"a","target":"b","attributes":{"kind":"partner"}},{"key":"k","source":"b","target":"a","attributes":{"kind":"partner"}}]}';
    const r = importJson(text, 'f.json');
    expect(r.graph.edges).toHaveLength(1);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Knoten „a“: Quellenangaben (sources) ungültig – die Stelle in dieser Datei gilt als Quelle.',
      'Kante „k“ kommt doppelt vor: die zweite wird übersprungen.',
    ]);
  });

  it('refuses a number beyond the double range with its line, but not the same digits in a string', () => {
    expect(() =>
      importJson('{"nodes":[{"key":"a","attributes":{"label":"A","w":\n-2e999}}],"edges":[]}', 'z.json'),
    ).toThrowError(
      'z.json (Zeile 2, Spalte 1): Zahl -2e999 liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308).',
    );
    const quoted = importJson(
      '{"nodes":[{"key":"a","attributes":{"label":"A \\"1e400\\" 9e999","kind":"carrier","sources":[{"doc":"d","start":0,"end":1}]}}],"edges":[]}',
      'z.json',
    );
    expect(quoted.graph.nodes[0]!.attributes.label).toBe('A "1e400" 9e999');
  });

  it('keeps another tool\'s graph attribute "documentInfo" under another name instead of refusing the file', () => {
    const r = importJson(
      '{"attributes":{"documentInfo":"Notizen"},"nodes":[{"key":"a","attributes":{"label":"Kita A","kind":"daycare"}}],"edges":[]}',
      'f.json',
    );
    expect(r.graph.attributes).toEqual({ documentInfo_daten: 'Notizen' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Graph-Attribut „documentInfo“ ist keine Dokumentliste von Netzatlas – als „documentInfo_daten“ übernommen.',
    ]);
  });

  const mutated = graphJson.chain((g) =>
    fc
      .record({ where: fc.nat(), change: fc.constantFrom('options', 'source', 'kind', 'label', 'edge') })
      .map(({ where, change }) => {
        const copy = JSON.parse(stableStringify(g)) as Record<string, unknown> & {
          nodes: Array<{ attributes: Record<string, unknown> }>;
          edges: Array<Record<string, unknown>>;
        };
        const node = copy.nodes[where % Math.max(1, copy.nodes.length)];
        if (change === 'options') copy['options'] = { type: 'weird', multi: 'ja' };
        if (change === 'source' && node) node.attributes['sources'] = [{ doc: '', start: 9, end: 1 }];
        if (change === 'kind' && node) node.attributes['kind'] = 'Verein';
        if (change === 'label' && node) delete node.attributes['label'];
        if (change === 'edge') copy.edges.push({ source: 'fehlt', target: 'auch', attributes: { kind: 'x' } });
        return JSON.stringify(copy);
      }),
  );
  fcTest.prop([mutated], { numRuns: 200 })(
    'returns a valid graph or an ImportError for graphs with one thing wrong',
    (text) => {
      try {
        const r = importJson(text, 'fast.json');
        expect(GraphJSONSchema.safeParse(r.graph).success).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
      }
    },
  );
});
