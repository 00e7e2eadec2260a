/**
 * Atomic file writes: readers (the web app, a second run) see either the old or the new
 * file, never a half-written one, even if the process dies mid-write.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { NetzatlasError } from './errors.ts';

/** Temp files start with this; hidden (dot) so folder walks and globbing ignore them. */
export const TEMP_PREFIX = '.netzatlas-tmp-';

/** Writes one file atomically: temp file in the same folder, fsync, rename over the target. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([[target, data]]);
}

/**
 * Writes several files: all temp files first, then all renames. A failure before the
 * renames (disk full, missing rights, a target that is a folder) leaves every old file
 * untouched. The renames themselves cannot be rolled back together: if one fails
 * midway, files renamed before it are already new – rare, since problems that would
 * make a rename fail are checked before the first rename.
 */
export async function writeFilesAtomic(entries: Array<[string, string | Uint8Array]>): Promise<void> {
  const staged: Array<{ temp: string; target: string }> = [];
  try {
    for (const [file, data] of entries) {
      const target = path.resolve(file);
      await assertNotFolder(target);
      staged.push({ temp: await writeTemp(target, data), target });
    }
    for (const { temp, target } of staged) {
      await rename(temp, target).catch((err: unknown) => {
        throw writeError(target, err);
      });
      await syncFolder(path.dirname(target));
    }
  } finally {
    // After success every temp has been renamed away; rm with force ignores those.
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
  }
}

async function assertNotFolder(target: string): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new NetzatlasError('write-failed', `Kann ${target} nicht schreiben: Dort liegt ein Ordner.`);
  }
}

/** Creates, fills and fsyncs a temp file next to the target; returns its path. */
async function writeTemp(target: string, data: string | Uint8Array): Promise<string> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(dir, { recursive: true });
    // 'wx': never reuse or follow an existing file with the (random) temp name.
    const handle = await open(temp, 'wx');
    try {
      if (typeof data === 'string') await writeInSlices(handle, data);
      else await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(target, err);
  }
}

/** Makes the rename itself durable; not possible on every platform (Windows), so best effort. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the directory entry is a bonus; the write itself succeeded.
  }
}

/** German explanations for the errors a user can fix themselves. */
const REASONS: Record<string, string> = {
  EACCES: 'keine Schreibrechte',
  EPERM: 'keine Schreibrechte',
  ENOSPC: 'kein Platz mehr auf dem Datenträger',
  EROFS: 'Datenträger ist schreibgeschützt',
  // mkdir reports EEXIST when a path component is a file.
  EEXIST: 'ein Teil des Pfades ist eine Datei, kein Ordner',
  ENOTDIR: 'ein Teil des Pfades ist eine Datei, kein Ordner',
};

function writeError(target: string, err: unknown): NetzatlasError {
  if (err instanceof NetzatlasError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    return new NetzatlasError('write-failed', `Kann ${target} nicht schreiben (${String(err)}).`, { cause: err });
  }
  const reason = REASONS[code];
  const text = reason ? `: ${reason} (${code}).` : ` (${code}).`;
  return new NetzatlasError('write-failed', `Kann ${target} nicht schreiben${text}`, { cause: err });
}

/** Characters encoded at a time: a 130-million-character analysis.json is never held as one more buffer. */
export const SLICE = 1 << 22;

/** Writes `text` as UTF-8 slice by slice; a slice never ends between the two halves of a surrogate pair. */
export async function writeInSlices(handle: { writeFile(s: string): Promise<void> }, text: string): Promise<void> {
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + SLICE);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    // a FileHandle's writeFile writes from the current position, in full
    await handle.writeFile(text.slice(from, to));
    from = to;
  }
}
