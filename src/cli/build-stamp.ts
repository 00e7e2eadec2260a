/**
 * `build-data --if-stale`: the data is rebuilt only when an input changed since the last build on
 * this machine – the seeds, the code that turns them into data, the gazetteer or the locked
 * dependencies – or an output is missing. The stamp is a hash of those inputs, kept outside data/
 * (node_modules/.cache) so committed data stays free of machine state.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFilesAtomic } from './write-atomic.ts';

/** Folders of src/ whose code does not change the data (the browser explorer). */
const NOT_INPUTS = new Set(['explorer']);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

export function inputFiles(root: string): string[] {
  const src = path.join(root, 'src');
  const code = readdirSync(src)
    .filter((d) => !NOT_INPUTS.has(d))
    .sort()
    .flatMap((d) => filesUnder(path.join(src, d)));
  return [
    ...filesUnder(path.join(root, 'seeds')),
    ...code,
    path.join(root, 'data', 'gazetteer.json'),
    path.join(root, 'data', 'curation.json'),
    path.join(root, 'package-lock.json'),
  ].filter((f) => existsSync(f));
}

export function inputsHash(root: string): string {
  const h = createHash('sha256');
  for (const f of inputFiles(root)) {
    h.update(path.relative(root, f).split(path.sep).join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

const stampFile = (root: string) => path.join(root, 'node_modules', '.cache', 'netzatlas', 'build-data.json');

export async function isFresh(root: string, outputs: readonly string[]): Promise<boolean> {
  if (!outputs.every((o) => existsSync(o))) return false;
  try {
    const stamp = JSON.parse(await readFile(stampFile(root), 'utf8')) as { inputs?: unknown };
    return stamp.inputs === inputsHash(root);
  } catch {
    return false;
  }
}

export async function writeStamp(root: string): Promise<void> {
  await mkdir(path.dirname(stampFile(root)), { recursive: true });
  await writeFilesAtomic([[stampFile(root), `${JSON.stringify({ inputs: inputsHash(root) })}\n`]]);
}
