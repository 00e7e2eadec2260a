/** The CLI end to end: bad input is reported, the rest processed, output written atomically and deterministically. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { EXIT } from '../../src/cli/errors.ts';
import { ROOT } from '../helpers.ts';

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'netzatlas-cli-'));
}

describe('netzatlas extract', () => {
  it('skips an empty and a binary file with a warning, processes the rest and exits with 3', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'gut.txt'), 'Projektträger: Caritasverband Beispielstadt e.V.\nProjektort: Hagen\n');
    writeFileSync(path.join(dir, 'leer.txt'), '');
    writeFileSync(path.join(dir, 'kaputt.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = path.join(dir, 'out', 'graph.json');
    const code = await main(['extract', dir, '--out', out, '--quiet']);
    const said = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    expect(code).toBe(EXIT.warnings);
    expect(said).toMatch(/leer\.txt/);
    expect(said).toMatch(/kaputt\.txt/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    const labels = graph.nodes.map(
      (n: { attributes: { label: string; municipality?: string } }) =>
        `${n.attributes.label} | ${n.attributes.municipality ?? ''}`,
    );
    // the name as found; its town in an attribute of its own
    expect(labels).toContain('Caritasverband Beispielstadt e.V. | Hagen');
    expect(graph.edges.map((e: { attributes: { kind: string } }) => e.attributes.kind)).toContain('carried_by');
  });

  it('writes byte-identical output whatever the order of the inputs', async () => {
    const dir = tmp();
    const a = path.join(ROOT, 'seeds/000_663ead07a069efeb.txt');
    const b = path.join(ROOT, 'seeds/002_4128489d241f18e9.txt');
    await main(['extract', a, b, '--out', path.join(dir, '1.json'), '--quiet']);
    await main(['extract', b, a, '--out', path.join(dir, '2.json'), '--quiet']);
    expect(readFileSync(path.join(dir, '2.json'), 'utf8')).toBe(readFileSync(path.join(dir, '1.json'), 'utf8'));
  });

  it('fails clearly on a folder without documents and writes nothing', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'leer'));
    const out = path.join(dir, 'graph.json');
    await expect(main(['extract', path.join(dir, 'leer'), '--out', out, '--quiet'])).rejects.toThrowError(
      /Keine Dokumente gefunden/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('asks for --out in German when it is missing', async () => {
    await expect(main(['extract', 'seeds'])).rejects.toThrowError(/--out/);
  });

  it('validates a graph file and names the first wrong field', async () => {
    const dir = tmp();
    const f = path.join(dir, 'g.json');
    writeFileSync(
      f,
      JSON.stringify({ nodes: [{ key: 'a', attributes: { kind: 'project', sources: [] } }], edges: [] }),
    );
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['validate', f]);
    const said = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    expect(code).toBe(EXIT.failure);
    expect(said).toMatch(/nodes\[0\]\.attributes\.label/);
  });
});
