import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NetzatlasError } from '../../src/cli/errors.ts';
import { SLICE, TEMP_PREFIX, writeFileAtomic, writeFilesAtomic, writeInSlices } from '../../src/cli/write-atomic.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'netzatlas-write-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** All temp files left anywhere below `root`. */
async function leftoverTemps(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((e) => path.basename(e).startsWith(TEMP_PREFIX));
}

describe('writeFileAtomic', () => {
  test('creates missing parent folders and writes the content', async () => {
    const target = path.join(root, 'data', 'neu', 'graph.json');
    await writeFileAtomic(target, '{"nodes":[]}');
    expect(await readFile(target, 'utf8')).toBe('{"nodes":[]}');
    expect(await leftoverTemps()).toEqual([]);
  });

  test('replaces an existing file and writes bytes unchanged', async () => {
    const target = path.join(root, 'graph.json');
    await writeFile(target, 'alt');
    await writeFileAtomic(target, Uint8Array.from([0x4d, 0xc3, 0xb6]));
    expect(await readFile(target, 'utf8')).toBe('Mö');
    expect(await readdir(root)).toEqual(['graph.json']);
  });

  test('refuses to replace a folder, keeps it and leaves no temp file', async () => {
    const target = path.join(root, 'graph.json');
    await mkdir(target);
    await writeFile(path.join(target, 'drin.txt'), 'bleibt');
    const error = await writeFileAtomic(target, 'neu').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetzatlasError);
    expect((error as NetzatlasError).message).toBe(`Kann ${target} nicht schreiben: Dort liegt ein Ordner.`);
    expect((await stat(target)).isDirectory()).toBe(true);
    expect(await readFile(path.join(target, 'drin.txt'), 'utf8')).toBe('bleibt');
    expect(await leftoverTemps()).toEqual([]);
  });

  test('reports a parent path that is a file with a German message', async () => {
    await writeFile(path.join(root, 'datei'), 'x');
    const target = path.join(root, 'datei', 'graph.json');
    await expect(writeFileAtomic(target, 'neu')).rejects.toThrow(
      // Linux reports EEXIST from mkdir, other systems ENOTDIR.
      `Kann ${target} nicht schreiben: ein Teil des Pfades ist eine Datei, kein Ordner (E`,
    );
    expect(await leftoverTemps()).toEqual([]);
  });
});

describe('writeFilesAtomic', () => {
  test('writes all files', async () => {
    const a = path.join(root, 'graph.json');
    const b = path.join(root, 'sub', 'graph.gexf');
    await writeFile(a, 'alt');
    await writeFilesAtomic([
      [a, 'neu A'],
      [b, 'neu B'],
    ]);
    expect([await readFile(a, 'utf8'), await readFile(b, 'utf8')]).toEqual(['neu A', 'neu B']);
    expect(await leftoverTemps()).toEqual([]);
  });

  test('leaves every old file intact when a later target is a folder', async () => {
    const a = path.join(root, 'graph.json');
    const b = path.join(root, 'graph.gexf');
    await writeFile(a, 'alt A');
    await mkdir(b);
    await expect(
      writeFilesAtomic([
        [a, 'neu A'],
        [b, 'neu B'],
      ]),
    ).rejects.toThrow(`Kann ${b} nicht schreiben: Dort liegt ein Ordner.`);
    expect(await readFile(a, 'utf8')).toBe('alt A');
    expect(await leftoverTemps()).toEqual([]);
  });

  test('leaves every old file intact when writing a later temp file fails', async () => {
    const a = path.join(root, 'graph.json');
    const blocked = path.join(root, 'blockiert');
    await writeFile(a, 'alt A');
    await writeFile(blocked, 'eine Datei, kein Ordner');
    await expect(
      writeFilesAtomic([
        [a, 'neu A'],
        [path.join(blocked, 'graph.gexf'), 'neu B'],
      ]),
    ).rejects.toThrow(NetzatlasError);
    expect(await readFile(a, 'utf8')).toBe('alt A');
    expect(await leftoverTemps()).toEqual([]);
  });
});

describe('writeInSlices (large strings written slice by slice)', () => {
  test('never splits a surrogate pair and writes every character once', async () => {
    // an emoji (two UTF-16 units) straddles the first slice boundary
    const text = 'a'.repeat(SLICE - 1) + '😀' + 'ä'.repeat(10) + 'b'.repeat(SLICE);
    const pieces: string[] = [];
    await writeInSlices({ writeFile: (s) => Promise.resolve(void pieces.push(s)) }, text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.map((p) => p.length)).toEqual([SLICE - 1, SLICE, 12]);
    for (const p of pieces) expect(/[\uD800-\uDBFF]$/u.test(p) || /^[\uDC00-\uDFFF]/u.test(p)).toBe(false);
  });

  test('a large analysis-sized file written through writeFileAtomic has the same bytes', async () => {
    const file = path.join(root, 'gross.json');
    const text = '{"Schlüssel": "Jugendamt 😀"},\n'.repeat(300_000);
    await writeFileAtomic(file, text);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
