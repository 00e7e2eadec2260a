// Separate file because it mocks node:fs/promises for the whole module graph.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/cli/write-atomic.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, rename: vi.fn(original.rename) };
});

const renameMock = vi.mocked(fsPromises.rename);
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'netzatlas-rename-'));
});

afterEach(async () => {
  renameMock.mockClear();
  await rm(root, { recursive: true, force: true });
});

const crossDevice = () => Object.assign(new Error('cross-device link'), { code: 'EXDEV' });

test('keeps the old content and removes the temp file when the rename step fails', async () => {
  const target = path.join(root, 'graph.json');
  await writeFile(target, 'alt');
  renameMock.mockRejectedValueOnce(crossDevice());
  await expect(writeFileAtomic(target, 'neu')).rejects.toThrow(`Kann ${target} nicht schreiben (EXDEV).`);
  expect(await readFile(target, 'utf8')).toBe('alt');
  expect(await readdir(root)).toEqual(['graph.json']);
});

test('removes all temp files when a rename in a batch fails', async () => {
  const a = path.join(root, 'a.json');
  const b = path.join(root, 'b.json');
  await writeFile(a, 'alt A');
  await writeFile(b, 'alt B');
  renameMock.mockImplementationOnce(() => Promise.reject(crossDevice()));
  await expect(
    writeFilesAtomic([
      [a, 'neu A'],
      [b, 'neu B'],
    ]),
  ).rejects.toThrow(`Kann ${a} nicht schreiben (EXDEV).`);
  expect([await readFile(a, 'utf8'), await readFile(b, 'utf8')]).toEqual(['alt A', 'alt B']);
  expect((await readdir(root)).sort()).toEqual(['a.json', 'b.json']);
});
