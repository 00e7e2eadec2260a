/**
 * Keys that are names of Object.prototype are data: a JSON graph whose node keys are "__proto__",
 * "constructor", "toString" … goes through validate, analyze, report, every export, import and compare
 * with its keys intact, and no built-in prototype gains or loses a property on the way.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fromGraphKey, toGraphKey, withUserKeys } from '../../src/model/graph-keys.ts';
import { graphFromJSON, graphToJSON, parseGraphText } from '../../src/model/graph-io.ts';
import { stableStringify } from '../../src/util/stable-json.ts';
import { quietly } from '../cli/quietly.ts';

const RESERVED = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];
const src = [{ doc: 'a.txt', start: 0, end: 5 }];

function hostileGraph(): string {
  const nodes = [
    ...RESERVED.map((k) => ({ key: k, attributes: { label: `Träger ${k}`, kind: 'carrier', sources: src } })),
    { key: 'org:jugendamt', attributes: { label: 'Jugendamt Beispiel', kind: 'youth_office', sources: src } },
    { key: 'project:p', attributes: { label: 'Projekt P', kind: 'project', sources: src } },
  ];
  const edges = [
    ...RESERVED.map((k, i) => ({
      key: `e${i}`,
      source: 'project:p',
      target: k,
      attributes: { kind: 'partner', sources: src },
    })),
    ...RESERVED.map((k, i) => ({
      key: `f${i}`,
      source: k,
      target: 'org:jugendamt',
      attributes: { kind: 'cooperates_with', sources: src },
    })),
  ];
  // written by hand: JSON.stringify of an object literal would drop a "__proto__" key
  return `{"attributes":{},"options":{"type":"mixed","multi":true,"allowSelfLoops":true},"nodes":${JSON.stringify(nodes)},"edges":${JSON.stringify(edges)}}`;
}

const PROTOS = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
let before: string[][];
beforeAll(() => {
  before = PROTOS.map((p) => Object.getOwnPropertyNames(p).sort());
});
afterAll(() => {
  expect(PROTOS.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
});

describe('node keys that are built-in names', () => {
  it('round-trip through graphology with every edge', () => {
    const json = parseGraphText(hostileGraph(), 'h.json');
    const graph = graphFromJSON(json);
    expect([graph.order, graph.size]).toEqual([RESERVED.length + 2, 2 * RESERVED.length]);
    expect(graph.outNeighbors('project:p').map(fromGraphKey).sort()).toEqual([...RESERVED].sort());
    const back = graphToJSON(graph);
    expect(back.nodes.map((n) => n.key).sort()).toEqual([...RESERVED, 'org:jugendamt', 'project:p'].sort());
    expect(back.edges.filter((e) => e.target === '__proto__').map((e) => e.source)).toEqual(['project:p']);
  });

  it('keeps "__proto__" a key when results are written', () => {
    const result = withUserKeys({
      [toGraphKey('__proto__')]: { degree: 2 },
      list: [toGraphKey('constructor'), 'org:a'],
    });
    expect(Object.keys(result)).toEqual(['__proto__', 'list']);
    expect(stableStringify(result)).toBe(
      '{\n  "__proto__": {\n    "degree": 2\n  },\n  "list": [\n    "constructor",\n    "org:a"\n  ]\n}\n',
    );
    expect(fromGraphKey(toGraphKey('\uE000x'))).toBe('\uE000x');
  });

  it('pass validate, analyze, report, every export, import and compare with their keys', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netzatlas-proto-'));
    const g = path.join(dir, 'h.json');
    writeFileSync(g, hostileGraph());
    const run = async (argv: string[]) => (await quietly(() => main(argv))).value;
    expect(await run(['validate', g])).toBe(0);
    expect(await run(['analyze', g, '--out', path.join(dir, 'analyse.json'), '-q'])).toBe(0);
    const analysis = JSON.parse(readFileSync(path.join(dir, 'analyse.json'), 'utf8')) as {
      nodes: Record<string, { degree: number }>;
    };
    expect(Object.keys(analysis.nodes).sort()).toEqual([...RESERVED, 'org:jugendamt', 'project:p'].sort());
    expect(Object.getOwnPropertyDescriptor(analysis.nodes, '__proto__')?.value.degree).toBe(2);
    expect(await run(['report', g, '--out', path.join(dir, 'bericht.md'), '-q'])).toBe(0);
    expect(readFileSync(path.join(dir, 'bericht.md'), 'utf8')).toContain('Träger \\_\\_proto\\_\\_');
    for (const format of ['gexf', 'graphml', 'csv', 'json'])
      expect(await run(['export', g, '--format', format, '--out', path.join(dir, `netz.${format}`), '-q'])).toBe(0);
    const exported = parseGraphText(readFileSync(path.join(dir, 'netz.json'), 'utf8'));
    expect(exported.nodes.map((n) => n.key).sort()).toEqual([...RESERVED, 'org:jugendamt', 'project:p'].sort());
    expect(exported.edges).toHaveLength(2 * RESERVED.length);
    expect(readFileSync(path.join(dir, 'netz.gexf'), 'utf8')).toContain('id="__proto__"');
    expect(readFileSync(path.join(dir, 'netz-knoten.csv'), 'utf8')).toMatch(/^__proto__;/m);
    expect(await run(['import', g, '--out', path.join(dir, 'import.json'), '-q'])).toBe(0);
    expect(
      await run(['compare', g, path.join(dir, 'netz.json'), '--out', path.join(dir, 'vergleich.json'), '-q']),
    ).toBe(0);
    const cmp = JSON.parse(readFileSync(path.join(dir, 'vergleich.json'), 'utf8')) as {
      nodes: { kept: number; added: string[] };
    };
    expect([cmp.nodes.kept, cmp.nodes.added]).toEqual([RESERVED.length + 2, []]);
  });
});
