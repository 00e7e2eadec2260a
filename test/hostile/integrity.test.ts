/**
 * A graph file that breaks its own integrity — a key twice, a tie to a node that is not there, a number
 * beyond the double range — is never taken in silence: `validate` and `analyze` refuse it with one German
 * line naming file and place (exit 1), `import` keeps the first of each key and reports every dropped item
 * with its line (exit 3), and an unreadable number or nesting deeper than 64 levels stops that file with its
 * line (exit 1, nothing written) – before any recursive code could overflow the stack.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as main } from '../../src/cli/main.ts';
import { quietly } from '../cli/quietly.ts';

const src = [{ doc: 'a.txt', start: 0, end: 1 }];
const node = (key: string, label: string, kind = 'carrier') => ({ key, attributes: { label, kind, sources: src } });
const edge = (key: string, source: string, target: string) => ({
  key,
  source,
  target,
  attributes: { kind: 'partner', sources: src },
});

function file(name: string, graph: unknown): { dir: string; input: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netzatlas-integrity-'));
  const text = JSON.stringify(graph, null, 1);
  writeFileSync(path.join(dir, name), text);
  return { dir, input: path.join(dir, name) };
}

const DUPLICATES = {
  attributes: {},
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [node('org:a', 'Träger A'), node('org:a', 'Träger A zwei'), node('org:b', 'Schule B', 'school')],
  edges: [edge('e1', 'org:a', 'org:b'), edge('e1', 'org:b', 'org:a'), edge('e2', 'org:a', 'org:fehlt')],
};

function lineOf(text: string, needle: string, from = 0): number {
  return text.slice(0, text.indexOf(needle, from)).split('\n').length;
}

describe('repeated keys and ties to missing nodes', () => {
  it.each(['validate', 'analyze'])('%s refuses the file naming the repeated key', async (command) => {
    const { dir, input } = file('doppelt.json', DUPLICATES);
    const out = path.join(dir, 'ergebnis.json');
    const args = command === 'analyze' ? [command, input, '--out', out, '-q'] : [command, input];
    const { value, said } = await quietly(() => main(args));
    expect(value).toBe(1);
    expect(said.trim()).toMatch(
      `${input}: ungültige Graphdatei an „nodes[1].key“: Schlüssel „org:a“ kommt doppelt vor (zuerst nodes[0])`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('validate names a repeated tie key', async () => {
    const { input } = file('kante.json', { ...DUPLICATES, nodes: DUPLICATES.nodes.filter((_, i) => i !== 1) });
    const { value, said } = await quietly(() => main(['validate', input]));
    expect(value).toBe(1);
    expect(said.trim()).toBe(
      `${input}: ungültige Graphdatei an „edges[1].key“: Schlüssel „e1“ kommt doppelt vor (zuerst edges[0])`,
    );
  });

  it('import keeps the first of each key and reports every dropped item with its line (exit 3)', async () => {
    const { dir, input } = file('doppelt.json', DUPLICATES);
    const text = readFileSync(input, 'utf8');
    const out = path.join(dir, 'graph.json');
    const { value, said } = await quietly(() => main(['import', input, '--out', out]));
    expect(value).toBe(3);
    const second = text.indexOf('"org:a"', text.indexOf('"org:a"') + 1);
    expect(said.split('\n').filter((l) => l.startsWith('Warnung'))).toEqual([
      `Warnung: doppelt.json (Zeile ${lineOf(text, '"org:a"', second)}, Spalte 11): Knoten „org:a“ kommt doppelt vor: der zweite wird übersprungen.`,
      `Warnung: doppelt.json (Zeile ${lineOf(text, '"e1"', text.indexOf('"e1"') + 1)}, Spalte 11): Kante „e1“ kommt doppelt vor: die zweite wird übersprungen.`,
      `Warnung: doppelt.json (Zeile ${lineOf(text, '"e2"')}, Spalte 11): Kante org:a → org:fehlt: Knoten „org:fehlt“ fehlt – Kante übersprungen.`,
    ]);
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      nodes: Array<{ key: string; attributes: { label: string } }>;
      edges: unknown[];
    };
    expect(written.nodes.map((n) => n.attributes.label).sort()).toEqual(['Schule B', 'Träger A']);
    expect(written.edges).toHaveLength(1);
    expect(readFileSync(input, 'utf8')).toBe(text);
  });
});

describe('numbers beyond the double range', () => {
  const text = JSON.stringify(
    { ...DUPLICATES, nodes: [node('org:a', 'A'), node('org:b', 'B')], edges: [edge('e1', 'org:a', 'org:b')] },
    null,
    1,
  ).replace('"end": 1', '"end": 1e400');
  // the same literal inside a string is text, not a number
  const quoted = text.replace('"label": "B"', '"label": "B 1e400"');

  it('validate names the literal and its line', async () => {
    const { input } = file('zahl.json', {});
    writeFileSync(input, quoted);
    const { value, said } = await quietly(() => main(['validate', input]));
    expect(value).toBe(1);
    expect(said.trim()).toBe(
      `${input}: ungültige Graphdatei an „Zeile ${lineOf(quoted, '1e400')}, Spalte 14“: Zahl 1e400 liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308)`,
    );
  });

  it('import refuses that file with its line and writes nothing', async () => {
    const { dir, input } = file('zahl.json', {});
    writeFileSync(input, quoted);
    const out = path.join(dir, 'graph.json');
    const { value, said } = await quietly(() => main(['import', input, '--out', out]));
    expect(value).toBe(1);
    expect(said).toContain(
      `Nicht importiert: zahl.json (Zeile ${lineOf(quoted, '1e400')}, Spalte 14): Zahl 1e400 liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308).`,
    );
    expect(said).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('nesting deeper than the limit', () => {
  const depth = 200_000;
  const deepValue = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const graph = `{"nodes":[{"key":"org:a","attributes":{"label":"A","kind":"carrier","sources":[{"doc":"a.txt","start":0,"end":1}],"x":${deepValue}}}],"edges":[]}`;
  // root, nodes, node, attributes: four levels before the value's first bracket
  const column = graph.indexOf('[[') + 1 + 60;

  it.each([
    [
      'validate',
      (f: string) => ['validate', f],
      1,
      (f: string) =>
        `${f}: ungültige Graphdatei an „Zeile 1, Spalte ${column}“: Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt`,
    ],
    [
      'import',
      (f: string, d: string) => ['import', f, '--out', path.join(d, 'graph.json')],
      1,
      () =>
        `Nicht importiert: tief.json (Zeile 1, Spalte ${column}): Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt.`,
    ],
    [
      'export',
      (f: string, d: string) => ['export', f, '--format', 'gexf', '--out', path.join(d, 'netz.gexf'), '-q'],
      1,
      (f: string) =>
        `Fehler: ${f}: ungültige Graphdatei an „Zeile 1, Spalte ${column}“: Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt`,
    ],
  ] as const)('%s names the place instead of overflowing the stack', async (_, args, code, message) => {
    const { dir, input } = file('tief.json', {});
    writeFileSync(input, graph);
    const { value, said } = await quietly(() => main(args(input, dir)));
    expect(value).toBe(code);
    expect(said.split('\n')).toContain(message(input));
    expect(said).not.toMatch(/Maximum call stack|Interner Fehler/);
    expect(readFileSync(input, 'utf8')).toBe(graph);
  });

  it('a layout file for export is checked the same way', async () => {
    const { dir, input } = file('graph.json', { ...DUPLICATES, nodes: [node('org:a', 'A')], edges: [] });
    const layout = path.join(dir, 'layout.json');
    writeFileSync(layout, `{"format":"netzatlas-layout","positions":{"org:a":[1e999,0]}}`);
    const { value, said } = await quietly(() =>
      main(['export', input, '--format', 'gexf', '--layout', layout, '--out', path.join(dir, 'netz.gexf'), '-q']),
    );
    expect(value).toBe(1);
    expect(said.trim()).toBe(
      `Fehler: ${layout} (Zeile 1, Spalte 52): Zahl 1e999 liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308).`,
    );
    expect(existsSync(path.join(dir, 'netz.gexf'))).toBe(false);
  });
});
