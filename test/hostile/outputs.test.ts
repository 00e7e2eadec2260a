/**
 * Hostile command lines: an output that is an input (the same name, another spelling of the path, a
 * symbolic or hard link, a file inside an input folder) or another output is refused before anything
 * is read — exit 2 (UsageError), a German message naming both, every file unchanged, nothing new.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.ts';
import { main } from '../../src/cli/main.ts';
import { assertOutputsSafe } from '../../src/cli/path-guard.ts';
import { escapeFormula, unescapeFormula } from '../../src/formats/formula.ts';
import { quietly } from '../cli/quietly.ts';

const TEXT = 'Das Projekt „Kinder stark“ in Dortmund wird vom Land NRW gefördert.\n';
const GRAPH = JSON.stringify({
  attributes: {},
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    { key: 'org:a', attributes: { label: 'Träger A', kind: 'carrier', sources: [{ doc: 'a.txt', start: 0, end: 3 }] } },
    {
      key: 'org:b',
      attributes: { label: 'Jugendamt B', kind: 'youth_office', sources: [{ doc: 'a.txt', start: 4, end: 8 }] },
    },
  ],
  edges: [
    {
      key: 'e1',
      source: 'org:a',
      target: 'org:b',
      attributes: { kind: 'partner', sources: [{ doc: 'a.txt', start: 0, end: 8 }] },
    },
  ],
});

/** A copy of GRAPH in dir with the two nodes relabelled; returns its path. */
function relabelled(dir: string, file: string, labels: [string, string]): string {
  const graph = JSON.parse(GRAPH) as { nodes: Array<{ attributes: { label: string } }> };
  graph.nodes[0]!.attributes.label = labels[0];
  graph.nodes[1]!.attributes.label = labels[1];
  writeFileSync(path.join(dir, file), JSON.stringify(graph));
  return path.join(dir, file);
}

function folder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netzatlas-hostile-'));
  writeFileSync(path.join(dir, 'a.txt'), TEXT);
  writeFileSync(path.join(dir, 'tabelle.csv'), 'Name;Art;Kommune\nTräger Süd;Träger;Düsseldorf\n');
  writeFileSync(path.join(dir, 'graph.json'), GRAPH);
  return dir;
}

/** Every file of the folder with its content: what a refused call must leave as it was. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const p = path.join(dir, f);
    if (existsSync(p) && !readdirSafe(p)) out[f] = readFileSync(p, 'latin1');
  }
  return out;
}
const readdirSafe = (p: string) => {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
};

async function refused(dir: string, argv: (d: string) => string[], names: RegExp[]): Promise<void> {
  const before = snapshot(dir);
  const { value } = await quietly(() =>
    main(argv(dir)).then(
      () => undefined,
      (e: unknown) => e,
    ),
  );
  expect(value).toBeInstanceOf(UsageError);
  const message = (value as Error).message;
  for (const n of names) expect(message).toMatch(n);
  expect(message).toMatch(/es wurde nichts gelesen und nichts geschrieben/);
  expect(snapshot(dir)).toEqual(before);
}

describe('an output never overwrites an input or another output', () => {
  const j = path.join;
  it.each([
    [
      'extract a.txt --out a.txt',
      (d: string) => ['extract', j(d, 'a.txt'), '--out', j(d, 'a.txt'), '-q'],
      [/--out .*a\.txt ist dieselbe Datei wie die Eingabe/],
    ],
    [
      'extract --out equal to --merges',
      (d: string) => ['extract', j(d, 'a.txt'), '--out', j(d, 'g.json'), '--merges', j(d, 'g.json'), '-q'],
      [/--out/, /--merges/, /zwei Ausgaben/],
    ],
    [
      'extract --out equal to --curation',
      (d: string) => ['extract', j(d, 'a.txt'), '--out', j(d, 'graph.json'), '--curation', j(d, 'graph.json'), '-q'],
      [/--curation/],
    ],
    [
      'import tabelle.csv --out tabelle.csv',
      (d: string) => ['import', j(d, 'tabelle.csv'), '--out', j(d, 'tabelle.csv'), '-q'],
      [/tabelle\.csv ist dieselbe Datei/],
    ],
    [
      'import a folder into a graph file it holds',
      (d: string) => ['import', d, '--out', j(d, 'graph.json'), '-q'],
      [/liegt im Eingabeordner/],
    ],
    [
      'import --report equal to --out',
      (d: string) => ['import', j(d, 'tabelle.csv'), '--out', j(d, 'n.json'), '--report', j(d, 'n.json'), '-q'],
      [/--report/],
    ],
    [
      'export graph.json --out graph.json, spelt differently',
      (d: string) => [
        'export',
        j(d, 'graph.json'),
        '--format',
        'json',
        '--out',
        j(d, '.', 'x', '..', 'graph.json'),
        '-q',
      ],
      [/dieselbe Datei wie die Eingabe/],
    ],
    [
      'export csv whose node table is the layout',
      (d: string) => [
        'export',
        j(d, 'graph.json'),
        '--format',
        'csv',
        '--out',
        j(d, 'n.csv'),
        '--layout',
        j(d, 'n-knoten.csv'),
        '-q',
      ],
      [/--layout/],
    ],
    [
      'report graph.json --out graph.json',
      (d: string) => ['report', j(d, 'graph.json'), '--out', j(d, 'graph.json'), '-q'],
      [/die Eingabe würde überschrieben/],
    ],
    [
      'analyze graph.json --out graph.json',
      (d: string) => ['analyze', j(d, 'graph.json'), '--out', j(d, 'graph.json'), '-q'],
      [/die Eingabe/],
    ],
    [
      'compare a b --out b',
      (d: string) => ['compare', j(d, 'graph.json'), j(d, 'graph.json'), '--out', j(d, 'graph.json'), '-q'],
      [/die Eingabe/],
    ],
  ])('%s is refused with exit 2 and every file unchanged', async (_name, argv, names) => {
    await refused(folder(), argv, names);
  });

  it('knows a file under a symbolic link and a hard link', async () => {
    const dir = folder();
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'verweis.txt'));
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'zweitname.txt'));
    await refused(dir, (d) => ['extract', path.join(d, 'verweis.txt'), '--out', path.join(d, 'a.txt'), '-q'], [
      /verweis\.txt/,
    ]);
    await refused(dir, (d) => ['extract', path.join(d, 'zweitname.txt'), '--out', path.join(d, 'a.txt'), '-q'], [
      /zweitname\.txt/,
    ]);
  });

  it('lets an output stand beside the inputs, and in an input folder when the command does not read its kind', async () => {
    const dir = folder();
    await expect(
      assertOutputsSafe(
        [{ role: 'Eingabe', path: dir, folderExtensions: ['.txt'] }],
        [{ role: '--out', path: path.join(dir, 'graph.json') }],
      ),
    ).resolves.toBeUndefined();
    mkdirSync(path.join(dir, 'neu'));
    await expect(
      assertOutputsSafe(
        [{ role: 'Eingabe', path: path.join(dir, 'a.txt') }],
        [{ role: '--out', path: path.join(dir, 'neu', 'a.txt') }],
      ),
    ).resolves.toBeUndefined();
    // a file still to be written in an input folder is not read in this run
    await expect(
      assertOutputsSafe(
        [{ role: 'Eingabe', path: dir, folderExtensions: ['.json'] }],
        [{ role: '--out', path: path.join(dir, 'neu.json') }],
      ),
    ).resolves.toBeUndefined();
    const { value } = await quietly(() =>
      main(['extract', path.join(dir, 'a.txt'), '--out', path.join(dir, 'neu', 'graph.json'), '-q']),
    );
    expect(value).toBe(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(TEXT);
  });
});

describe('inputs users bring', () => {
  it('reads a JSON graph that starts with a byte order mark', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'bom.json'), `\ufeff${GRAPH}`);
    const { value, said } = await quietly(() => main(['validate', path.join(dir, 'bom.json')]));
    expect(value).toBe(0);
    expect(said).toMatch(/bom\.json: gültig \(2 Knoten, 1 Kanten\)/);
  });

  it('keeps labels with HTML and Markdown as text in the report', async () => {
    const dir = folder();
    const xss = relabelled(dir, 'xss.json', [
      '<img src=x onerror=alert(1)>',
      '[klick](javascript:alert(1)) *fett* `code` | Zelle',
    ]);
    await quietly(() => main(['report', xss, '--out', path.join(dir, 'bericht.md'), '-q']));
    const report = readFileSync(path.join(dir, 'bericht.md'), 'utf8');
    expect(report).not.toMatch(/<img|<iframe|(?<!\\)\]\(javascript:/);
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(report).toContain('\\[klick\\](javascript:alert(1)) \\*fett\\* \\`code\\` \\| Zelle');
  });
});

describe('CSV cells that a spreadsheet would run', () => {
  it.each([' =1+1', '\u00a0@SUMME(A1)', '\t=A1', "' =x", '  -2+3'])('escapes %j and reads it back', (cell) => {
    expect(escapeFormula(cell)).toBe(`'${cell}`);
    expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });
  it.each(['Hallo', "'Hallo", ' Träger', ''])('leaves %j as it is', (cell) => {
    expect(escapeFormula(cell)).toBe(cell);
    expect(unescapeFormula(cell)).toBe(cell);
  });

  it('leaves no cell that starts with a formula sign, also after blanks', async () => {
    const dir = folder();
    const f = relabelled(dir, 'f.json', [' =HYPERLINK("http://x";"y")', '\u00a0@SUMME(A1)']);
    await quietly(() => main(['export', f, '--format', 'csv', '--out', path.join(dir, 'f.csv'), '-q']));
    const rows = Papa.parse<string[]>(readFileSync(path.join(dir, 'f-knoten.csv'), 'utf8').replace(/^\ufeff/, ''), {
      delimiter: ';',
    }).data;
    const cells = rows.flat();
    expect(cells).toContain(`'=HYPERLINK("http://x";"y")`);
    expect(cells).toContain(`'@SUMME(A1)`);
    expect(cells.filter((c) => /^[\s\u00a0]*[=+\-@]/u.test(c))).toEqual([]);
    // the label column keeps the exact text for the way back
    expect(cells).toContain(JSON.stringify(' =HYPERLINK("http://x";"y")'));
  });
});
