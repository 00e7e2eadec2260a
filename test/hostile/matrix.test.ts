/**
 * Hostile input, command by command: each case builds a fresh folder, runs the command as a user meets
 * it (runCli: no stack trace reaches the terminal) and checks the exit code, the one German line that
 * names the file, that no input changed, that a refused call leaves no output (and no temporary file),
 * and a time limit far above the normal run time (it catches hangs and quadratic readers, it is not a
 * benchmark). The prototype guard (test/setup/prototype-guard.ts) checks the built-ins after the file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { quietly } from '../cli/quietly.ts';

const src = [{ doc: 'a.txt', start: 0, end: 1 }];
const GRAPH = JSON.stringify({
  attributes: {},
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    { key: 'org:a', attributes: { label: 'Träger A', kind: 'carrier', sources: src } },
    { key: 'org:b', attributes: { label: 'Jugendamt B', kind: 'youth_office', sources: src } },
  ],
  edges: [{ key: 'e1', source: 'org:a', target: 'org:b', attributes: { kind: 'partner', sources: src } }],
});
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const DEEP_GRAPH = GRAPH.replace('"label":"Träger A"', `"label":"Träger A","x":${deep(300_000)}`);

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  args: (dir: string) => string[];
  code: 0 | 1 | 2 | 3;
  /** A line the command must print (after the folder is replaced by DIR). */
  line: string;
  /** Outputs that must exist afterwards (all others must not). */
  writes?: string[];
}

const CASES: Case[] = [
  {
    name: 'extract: an unclosed comment of 1 MB followed by 200,000 "<"',
    files: {
      'seite.html': `<html><body><p>Das Projekt „Kinder stark“ in Dortmund.</p><!--${'x'.repeat(1_000_000)}${'<'.repeat(200_000)}`,
    },
    args: (d) => ['extract', path.join(d, 'seite.html'), '--out', path.join(d, 'graph.json')],
    code: 0,
    line: 'Geschrieben: DIR/graph.json (2 Knoten, 1 Kanten aus 1 Dokumenten)',
    writes: ['graph.json'],
  },
  {
    name: 'import: a GEXF with a DOCTYPE (billion laughs)',
    files: {
      'bombe.gexf':
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><gexf><graph><nodes><node id="a" label="&lol2;"/></nodes></graph></gexf>',
    },
    args: (d) => ['import', path.join(d, 'bombe.gexf'), '--out', path.join(d, 'graph.json')],
    code: 1,
    line: 'Nicht importiert: bombe.gexf (Zeile 1, Spalte 22): erwartet XML ohne DOCTYPE (DOCTYPE-Deklarationen und Entitäten werden aus Sicherheitsgründen abgelehnt), gefunden eine DOCTYPE-Deklaration.',
  },
  {
    name: 'import: a GEXF with 100,000 nested elements',
    files: { 'tief.gexf': `<gexf>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</gexf>` },
    args: (d) => ['import', path.join(d, 'tief.gexf'), '--out', path.join(d, 'graph.json')],
    code: 1,
    line: 'Nicht importiert: tief.gexf (Zeile 1, Spalte 199): erwartet Elemente höchstens 64 Ebenen tief verschachtelt, gefunden eine tiefere Verschachtelung.',
  },
  {
    name: 'import: a GEXF attribute whose id is __proto__',
    files: {
      'proto.gexf':
        '<gexf xmlns="http://gexf.net/1.3"><graph><attributes class="node"><attribute id="__proto__" title="__proto__" type="string"/></attributes><nodes><node id="a" label="Jugendamt A"><attvalues><attvalue for="__proto__" value="x"/></attvalues></node></nodes></graph></gexf>',
    },
    args: (d) => ['import', path.join(d, 'proto.gexf'), '--out', path.join(d, 'graph.json')],
    code: 3,
    line: 'Warnung: proto.gexf (Zeile 1, Spalte 146, Element <node id="a">): Attribut „__proto__“ als „__proto___daten“ übernommen (der Name ist in JavaScript-Objekten nicht als Schlüssel nutzbar)',
    writes: ['graph.json'],
  },
  {
    name: 'import: an empty JSON file',
    files: { 'leer.json': '' },
    args: (d) => ['import', path.join(d, 'leer.json'), '--out', path.join(d, 'graph.json')],
    code: 1,
    line: 'Nicht importiert: leer.json: ist leer.',
  },
  {
    name: 'import: binary data named .gexf',
    files: { 'binaer.gexf': Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)) },
    args: (d) => ['import', path.join(d, 'binaer.gexf'), '--out', path.join(d, 'graph.json')],
    code: 1,
    line: 'Nicht importiert: binaer.gexf: enthält Null-Bytes und ist vermutlich keine Textdatei.',
  },
  {
    name: 'import: a JSON graph nested 300,000 levels deep',
    files: { 'tief.json': DEEP_GRAPH },
    args: (d) => ['import', path.join(d, 'tief.json'), '--out', path.join(d, 'graph.json')],
    code: 1,
    line: 'Nicht importiert: tief.json (Zeile 1, Spalte 201): Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt.',
  },
  ...(['analyze', 'report'] as const).map((command): Case => ({
    name: `${command}: a JSON graph nested 300,000 levels deep`,
    files: { 'tief.json': DEEP_GRAPH },
    args: (d) => [
      command,
      path.join(d, 'tief.json'),
      '--out',
      path.join(d, command === 'report' ? 'bericht.md' : 'analyse.json'),
      '-q',
    ],
    code: 1,
    line: 'Fehler: DIR/tief.json: ungültige Graphdatei an „Zeile 1, Spalte 201“: Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt',
  })),
  {
    name: 'compare: one side nested too deep',
    files: { 'a.json': GRAPH, 'tief.json': DEEP_GRAPH },
    args: (d) => [
      'compare',
      path.join(d, 'a.json'),
      path.join(d, 'tief.json'),
      '--out',
      path.join(d, 'vergleich.json'),
      '-q',
    ],
    code: 1,
    line: 'Fehler: DIR/tief.json: ungültige Graphdatei an „Zeile 1, Spalte 201“: Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt',
  },
  {
    name: 'analyze: a graph file with a byte order mark',
    files: { 'bom.json': `\ufeff${GRAPH}` },
    args: (d) => ['analyze', path.join(d, 'bom.json'), '--out', path.join(d, 'analyse.json'), '-q'],
    code: 0,
    line: '',
    writes: ['analyse.json'],
  },
  {
    name: 'analyze: a file that does not exist',
    files: {},
    args: (d) => ['analyze', path.join(d, 'fehlt.json'), '--out', path.join(d, 'analyse.json')],
    code: 1,
    line: 'Fehler: DIR/fehlt.json: Datei nicht gefunden.',
  },
  {
    name: 'extract: a broken correction log',
    files: {
      'a.txt': 'Das Projekt „Kinder stark“ in Dortmund wird vom Land NRW gefördert.\n',
      'korrektur.json': '{"format":',
    },
    args: (d) => [
      'extract',
      path.join(d, 'a.txt'),
      '--curation',
      path.join(d, 'korrektur.json'),
      '--out',
      path.join(d, 'graph.json'),
    ],
    code: 1,
    line: 'Fehler: DIR/korrektur.json: ungültiges Korrekturprotokoll an „(Wurzel)“: kein gültiges JSON (Zeile 1, Spalte 11: unerwartet das Ende der Datei)',
  },
  {
    name: 'import: a CSV with NUL bytes',
    files: { 'nul.csv': 'Name;Art\nTräger\u0000A;Träger\n' },
    args: (d) => ['import', path.join(d, 'nul.csv'), '--out', path.join(d, 'graph.json')],
    code: 1,
    line: 'Nicht importiert: nul.csv: erwartet eine CSV-Textdatei (UTF-8 oder Windows-1252), gefunden Binärdaten (enthält Null-Bytes und ist vermutlich keine Textdatei).',
  },
  {
    name: 'import: one broken file among good ones is skipped, the rest imported',
    files: { 'gut.json': GRAPH, 'leer.json': '' },
    args: (d) => ['import', d, '--out', path.join(d, 'neu', 'graph.json')],
    code: 3,
    line: 'Nicht importiert: leer.json: ist leer.',
    writes: ['neu', 'neu/graph.json'],
  },
];

function folder(files: Case['files']): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netzatlas-matrix-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function contents(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const p = path.join(dir, f);
    out.set(f, existsSync(p) && !readdirSafe(p) ? readFileSync(p, 'latin1') : '(Ordner)');
  }
  return out;
}

function readdirSafe(p: string): boolean {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
}

describe('hostile input, command by command', () => {
  it.each(CASES)('$name', async (c) => {
    const dir = folder(c.files);
    const before = contents(dir);
    const { value, said } = await quietly(() => runCli(c.args(dir)));
    expect(value).toBe(c.code);
    const lines = said.replaceAll(dir, 'DIR').split('\n');
    if (c.line) expect(lines).toContain(c.line);
    expect(said).not.toMatch(/\n\s+at |Interner Fehler|Maximum call stack|TypeError|RangeError/);
    const after = contents(dir);
    for (const [name, text] of before) expect(after.get(name), `${name} unverändert`).toBe(text);
    expect([...after.keys()].filter((f) => !before.has(f))).toEqual(c.writes ?? []);
  });
});
