/**
 * Finds the input documents on disk and reads them as text.
 *
 * Severity policy (the caller turns it into an exit code):
 * - Every skipped document (empty, binary, too large, undecodable, unreadable) and every
 *   unreadable folder is a 'warning': the run continues with the other documents.
 * - 'not-found' (a given path does not exist) and 'empty-folder' (a given folder holds no
 *   documents) are 'error' when collectInputFiles found no file at all – then there is
 *   nothing to do – and 'warning' otherwise, so one typo among several paths does not stop
 *   a long run.
 * - If readDocuments ends with zero documents although files were found (all skipped),
 *   the problems stay warnings; the caller must treat `docs.length === 0` as a failure.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  formatSize,
  readDocument,
  readSourcesIndex,
  SOURCES_INDEX_FILE,
  type DocumentInfo,
  type DocumentProblem,
  type SourceEntry,
} from '../documents/index.ts';

export type InputProblem = {
  file: string;
  kind: 'not-found' | 'empty-folder' | 'unreadable' | 'bad-sources-index' | DocumentProblem['reason'];
  /** German; for skipped documents a fragment meant to follow "<file>: ". */
  message: string;
  severity: 'error' | 'warning';
};

export type InputDocument = {
  /** Unique among the documents of one run; this is what `sources[].doc` carries. */
  name: string;
  /** Absolute path. */
  path: string;
  /** Plain text as the reading layer gives it (markup removed). */
  text: string;
  /** Title, address, date … as the file states them. */
  info: DocumentInfo;
  /** German remarks from reading, e.g. the Windows-1252 fallback or dropped navigation. */
  notes: string[];
};

export const DEFAULT_EXTENSIONS = ['.txt', '.html', '.htm', '.pdf', '.docx'];

/** PDF and Word files are larger than text for the same content (fonts, images). */
function maxBytesFor(file: string): number {
  return /\.(pdf|docx)$/i.test(file) ? 50 * 1024 * 1024 : DEFAULT_MAX_DOCUMENT_BYTES;
}

/**
 * Expands files and folders into a sorted, duplicate-free list of absolute file paths.
 * Files given directly are taken whatever their extension; folders are walked recursively,
 * skipping hidden entries and node_modules, keeping files with one of `exts`
 * (case-insensitive). Symbolic links to files are followed, links to folders are not
 * (no cycles).
 */
export async function collectInputFiles(
  paths: string[],
  exts: string[] = DEFAULT_EXTENSIONS,
): Promise<{ files: string[]; problems: InputProblem[] }> {
  const wanted = new Set(exts.map((e) => e.toLowerCase()));
  const found = new Set<string>();
  const problems: InputProblem[] = [];

  for (const given of paths) {
    const abs = path.resolve(given);
    const info = await stat(abs).catch((err: unknown) => errorCode(err));
    if (typeof info === 'string') {
      problems.push(
        info === 'ENOENT' || info === 'ENOTDIR'
          ? { file: given, kind: 'not-found', message: `Datei oder Ordner nicht gefunden: ${given}`, severity: 'error' }
          : { file: given, kind: 'unreadable', message: `konnte nicht gelesen werden (${info}).`, severity: 'warning' },
      );
    } else if (info.isDirectory()) {
      const inFolder = await walkFolder(abs, wanted, problems);
      if (inFolder.length === 0) {
        problems.push({
          file: given,
          kind: 'empty-folder',
          message: `Der Ordner ${given} enthält keine Dokumente (${exts.join(', ')}).`,
          severity: 'error',
        });
      }
      for (const f of inFolder) found.add(f);
    } else {
      found.add(abs);
    }
  }

  const files = [...found].sort(compareCodeUnits);
  // See the severity policy at the top of this file; unreadable subfolders stay warnings.
  const severity: InputProblem['severity'] = files.length === 0 ? 'error' : 'warning';
  const graded = problems.map((p) => (p.kind === 'unreadable' ? p : { ...p, severity }));
  return { files, problems: graded };
}

async function walkFolder(dir: string, wanted: Set<string>, problems: InputProblem[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({
      file: dir,
      kind: 'unreadable',
      message: `Ordner konnte nicht gelesen werden (${errorCode(err)}).`,
      severity: 'warning',
    });
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...(await walkFolder(full, wanted, problems)));
    } else if (
      hasWantedExtension(entry.name, wanted) &&
      (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(full))))
    ) {
      out.push(full);
    }
  }
  return out;
}

function hasWantedExtension(name: string, wanted: Set<string>): boolean {
  return wanted.has(path.extname(name).toLowerCase());
}

async function linksToFile(full: string): Promise<boolean> {
  const info = await stat(full).catch(() => undefined);
  return info?.isFile() ?? false;
}

/** Plain UTF-16 code-unit order: locale-independent, so every machine sorts alike. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads and decodes the files one after another (in the given order, so output order is
 * deterministic). Unusable files become 'warning' problems and are left out.
 */
export async function readDocuments(
  files: string[],
  opts: { maxBytes?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ docs: InputDocument[]; problems: InputProblem[] }> {
  const unique = [...new Set(files.map((f) => path.resolve(f)))];
  const names = documentNames(unique);
  const docs: InputDocument[] = [];
  const problems: InputProblem[] = [];
  const indexes = new Map<string, Promise<Map<string, SourceEntry> | undefined>>();

  for (const [i, file] of unique.entries()) {
    const result = await readOne(file, names.get(file) ?? path.basename(file), opts.maxBytes ?? maxBytesFor(file));
    if ('problem' in result) problems.push(result.problem);
    else docs.push(withSource(result.doc, await sourcesIndexOf(path.dirname(file), indexes, problems)));
    opts.onProgress?.(i + 1, unique.length);
  }
  return { docs, problems };
}

async function readOne(
  file: string,
  name: string,
  maxBytes: number,
): Promise<{ doc: InputDocument } | { problem: InputProblem }> {
  const skip = (kind: InputProblem['kind'], message: string) => ({
    problem: { file, kind, message, severity: 'warning' as const },
  });
  let bytes: Uint8Array;
  try {
    // Check the size first so a huge file is never loaded into memory.
    const size = (await stat(file)).size;
    if (size > maxBytes) {
      return skip('too-large', `ist zu groß (${formatSize(size)}; erlaubt sind höchstens ${formatSize(maxBytes)}).`);
    }
    bytes = await readFile(file);
  } catch (err) {
    const code = errorCode(err);
    // ENOENT here means the file vanished after it was listed (or was listed by the caller).
    return skip(
      'unreadable',
      code === 'ENOENT' ? 'ist nicht (mehr) vorhanden.' : `konnte nicht gelesen werden (${code}).`,
    );
  }
  const read = await readDocument(bytes, name, { maxBytes });
  if (!read.ok) return skip(read.reason, read.message);
  return { doc: { name, path: file, text: read.doc.text, info: read.doc.info, notes: read.doc.notes } };
}

/** The folder's sources index, read once per folder; a damaged one is a warning naming it. */
function sourcesIndexOf(
  dir: string,
  cache: Map<string, Promise<Map<string, SourceEntry> | undefined>>,
  problems: InputProblem[],
): Promise<Map<string, SourceEntry> | undefined> {
  let index = cache.get(dir);
  if (!index) {
    const file = path.join(dir, SOURCES_INDEX_FILE);
    index = readFile(file, 'utf8').then(
      (text) => {
        const read = readSourcesIndex(text);
        if (read instanceof Map) return read;
        problems.push({
          file,
          kind: 'bad-sources-index',
          message: `${file}: ${read.problem}; Adressen und Abrufdaten fehlen den Dokumenten dieses Ordners.`,
          severity: 'warning',
        });
        return undefined;
      },
      () => undefined,
    );
    cache.set(dir, index);
  }
  return index;
}

function withSource(doc: InputDocument, index: Map<string, SourceEntry> | undefined): InputDocument {
  // where `netzatlas fetch` got it from (the folder's .netzatlas-quellen.json) beats what the page says
  const entry = index?.get(path.basename(doc.path));
  return entry ? { ...doc, info: { ...doc.info, url: entry.url, retrieved: entry.retrieved } } : doc;
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(err);
}

/**
 * Document name per absolute path: the base name, or – for every file whose base name is
 * shared with another file – the path relative to the common parent folder of all files,
 * always with "/" so names are the same on every operating system.
 */
export function documentNames(absFiles: string[]): Map<string, string> {
  const byBase = new Map<string, number>();
  for (const f of absFiles) {
    const base = path.basename(f);
    byBase.set(base, (byBase.get(base) ?? 0) + 1);
  }
  const root = commonParent(absFiles);
  const names = new Map<string, string>();
  for (const f of absFiles) {
    const base = path.basename(f);
    const shared = (byBase.get(base) ?? 0) > 1;
    names.set(f, shared ? path.relative(root, f).split(path.sep).join('/') : base);
  }
  return names;
}

/** Deepest folder containing all given absolute file paths ('' for none). */
export function commonParent(absFiles: string[]): string {
  const [first, ...rest] = absFiles;
  if (first === undefined) return '';
  let dir = path.dirname(first);
  while (!rest.every((f) => isInside(dir, f))) {
    const up = path.dirname(dir);
    if (up === dir) break; // file system root (or different Windows drives)
    dir = up;
  }
  return dir;
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
