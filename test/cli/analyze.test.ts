/** analyze, report and compare from the command line: outputs, bad input, determinism. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.ts';
import { main } from '../../src/cli/main.ts';
import { quietly } from './quietly.ts';
import { ROOT } from '../helpers.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'netzatlas-analyze-'));
const graph = path.join(ROOT, 'data/graph.json');

describe('netzatlas analyze / report / compare', () => {
  it('writes the same analysis twice and the same as data/analysis.json', async () => {
    const dir = tmp();
    await quietly(() => main(['analyze', graph, '--out', path.join(dir, 'a.json'), '--quiet']));
    await quietly(() => main(['analyze', graph, '--out', path.join(dir, 'b.json'), '--quiet']));
    const a = readFileSync(path.join(dir, 'a.json'), 'utf8');
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(a);
    expect(a).toBe(readFileSync(path.join(ROOT, 'data/analysis.json'), 'utf8'));
  });

  it('writes a German report that quotes the sentences when given the documents', async () => {
    const dir = tmp();
    const out = path.join(dir, 'bericht.md');
    const { value } = await quietly(() =>
      main(['report', graph, '--out', out, '--docs', path.join(ROOT, 'seeds'), '--quiet']),
    );
    expect(value).toBe(EXIT.ok);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Netzwerkbericht/);
    expect(md).toContain('## Kooperationslücken');
    expect(md).toMatch(/> „.+“ \(\d{3}_[0-9a-f]+\.txt, Zeichen \d+–\d+\)/);
  });

  it('compares a graph with itself as identical', async () => {
    const dir = tmp();
    const out = path.join(dir, 'vergleich.json');
    await quietly(() => main(['compare', graph, graph, '--out', out, '--quiet']));
    const c = JSON.parse(readFileSync(out, 'utf8'));
    expect(c.nodes.jaccard).toBe(1);
    expect(c.edges.jaccard).toBe(1);
    expect(c.nodes.added).toEqual([]);
  });

  it('names the first wrong field of a bad graph file and writes nothing', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'kaputt.json');
    writeFileSync(
      bad,
      JSON.stringify({ nodes: [{ key: 'org:a', attributes: { label: 'A', kind: 'verein', sources: [] } }], edges: [] }),
    );
    const out = path.join(dir, 'a.json');
    await expect(main(['analyze', bad, '--out', out, '--quiet'])).rejects.toThrowError(
      /kaputt\.json.*nodes\[0\]\.attributes\.kind/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('reports a graph whose edges contradict its options as a format error', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'doppelt.json');
    const node = (key: string) => ({
      key,
      attributes: { label: key, kind: 'carrier', sources: [{ doc: 'x', start: 0, end: 1 }] },
    });
    const edge = {
      source: 'org:a',
      target: 'org:b',
      attributes: { kind: 'cooperates_with', sources: [{ doc: 'x', start: 0, end: 1 }] },
    };
    writeFileSync(
      bad,
      JSON.stringify({
        options: { type: 'undirected', multi: false },
        nodes: [node('org:a'), node('org:b')],
        edges: [edge, edge],
      }),
    );
    await expect(main(['analyze', bad, '--out', path.join(dir, 'a.json'), '--quiet'])).rejects.toThrowError(
      /doppelt\.json.*edges/,
    );
  });

  it('lets validate refuse the same graph that analyze refuses', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'doppelt.json');
    const node = (key: string) => ({
      key,
      attributes: { label: key, kind: 'carrier', sources: [{ doc: 'x', start: 0, end: 1 }] },
    });
    const edge = {
      source: 'org:a',
      target: 'org:b',
      attributes: { kind: 'cooperates_with', sources: [{ doc: 'x', start: 0, end: 1 }] },
    };
    writeFileSync(
      bad,
      JSON.stringify({
        options: { type: 'undirected', multi: false },
        nodes: [node('org:a'), node('org:b')],
        edges: [edge, edge],
      }),
    );
    const { value, said } = await quietly(() => main(['validate', bad]));
    expect(value).toBe(EXIT.failure);
    expect(said).toMatch(/doppelt\.json.*edges/);
  });

  it('rejects a seed that is not a whole number', async () => {
    await expect(main(['analyze', graph, '--out', path.join(tmp(), 'a.json'), '--seed', 'abc'])).rejects.toThrowError(
      /--seed erwartet eine ganze Zahl/,
    );
  });

  it('requires --out', async () => {
    await expect(main(['report', graph])).rejects.toThrowError(/fehlt die Zieldatei/);
  });
});
