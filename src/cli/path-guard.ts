/**
 * Outputs never overwrite inputs or each other. Before a command reads anything, every output path
 * is compared with every input and with every other output: by file identity (device and inode, so
 * links and hard links count), by resolved real path, and case-insensitively where the folder's file
 * system ignores case. An output inside an input folder counts as that input when it exists and has
 * one of the extensions the command reads from folders.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.ts';

export interface RolePath {
  /** How the user named it: "--out", "--merges", "Eingabe" … */
  role: string;
  path: string;
  /** For an input: the extensions the command reads when the path is a folder. */
  folderExtensions?: readonly string[];
}

interface Identity {
  real: string;
  id?: string;
  folder: boolean;
  caseInsensitive: boolean;
}

/** Throws a UsageError (exit 2) naming both paths when an output is an input or another output. */
export async function assertOutputsSafe(inputs: readonly RolePath[], outputs: readonly RolePath[]): Promise<void> {
  const ins = await Promise.all(inputs.map(async (p) => ({ p, id: await identify(p.path) })));
  const outs = await Promise.all(outputs.map(async (p) => ({ p, id: await identify(p.path) })));
  for (const o of outs) {
    for (const i of ins) {
      if (samePath(o.id, i.id)) throw clash(o.p, i.p, 'input');
      if (
        i.id.folder &&
        o.id.id !== undefined &&
        !o.id.folder &&
        inFolder(o.id, i.id) &&
        readsExtension(i.p, o.id.real)
      ) {
        throw clash(o.p, i.p, 'in-input-folder');
      }
    }
  }
  outs.forEach((a, k) => {
    for (const b of outs.slice(k + 1)) if (samePath(a.id, b.id)) throw clash(a.p, b.p, 'outputs');
  });
}

type Clash = 'input' | 'in-input-folder' | 'outputs';

function clash(out: RolePath, other: RolePath, kind: Clash): UsageError {
  const target = other.role === 'Eingabe' ? `die Eingabe ${other.path}` : `${other.role} ${other.path}`;
  const what =
    kind === 'input'
      ? `ist dieselbe Datei wie ${target}: die Eingabe würde überschrieben`
      : kind === 'in-input-folder'
        ? `liegt im Eingabeordner ${other.path} und wird dort als Eingabe gelesen: sie würde überschrieben`
        : `ist dieselbe Datei wie ${target}: zwei Ausgaben würden in dieselbe Datei geschrieben`;
  return new UsageError(
    `${out.role} ${out.path} ${what}. Bitte eine andere Zieldatei angeben; es wurde nichts gelesen und nichts geschrieben.`,
  );
}

function samePath(a: Identity, b: Identity): boolean {
  if (a.id !== undefined && a.id === b.id) return true;
  if (a.real === b.real) return true;
  return (a.caseInsensitive || b.caseInsensitive) && a.real.toLowerCase() === b.real.toLowerCase();
}

function inFolder(file: Identity, folder: Identity): boolean {
  const norm = (s: string) => (folder.caseInsensitive ? s.toLowerCase() : s);
  return norm(file.real).startsWith(norm(folder.real.endsWith(path.sep) ? folder.real : folder.real + path.sep));
}

function readsExtension(input: RolePath, file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return (input.folderExtensions ?? []).some((e) => e.toLowerCase() === ext);
}

async function identify(given: string): Promise<Identity> {
  const abs = path.resolve(given);
  const info = await stat(abs).catch(() => undefined);
  if (info) {
    const real = await realpath(abs).catch(() => abs);
    return {
      real,
      id: `${info.dev}:${info.ino}`,
      folder: info.isDirectory(),
      caseInsensitive: await ignoresCase(path.dirname(real)),
    };
  }
  // a file still to be written: its folder's real path and its own name
  const dir = await realpath(path.dirname(abs)).catch(() => path.dirname(abs));
  return { real: path.join(dir, path.basename(abs)), folder: false, caseInsensitive: await ignoresCase(dir) };
}

/** Does the file system of this folder ignore case? The folder under its name in the other case is the same folder. */
async function ignoresCase(dir: string): Promise<boolean> {
  const swapped = dir.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
  if (swapped === dir) return false;
  const [a, b] = await Promise.all([stat(dir).catch(() => undefined), stat(swapped).catch(() => undefined)]);
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}
