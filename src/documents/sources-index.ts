/**
 * The index `netzatlas fetch` keeps beside the pages it saved: `<folder>/.netzatlas-quellen.json`,
 * hidden on purpose (folder walks skip hidden files, so it is never read as a document). For every
 * saved file it says which address it came from and when it was retrieved; reading a folder attaches
 * both to the document.
 *
 * Pure and browser-safe (no node:*).
 */
import { z } from 'zod';
import { describeJsonError, minLength, shownKey, stableStringify } from '../util/index.ts';

export const SOURCES_INDEX_FILE = '.netzatlas-quellen.json';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SourceEntrySchema = z.object({
  /** The address as listed. */
  url: z.string().check(minLength(1)),
  /** Where the last redirect led; the same as url without redirects. */
  finalUrl: z.string().check(minLength(1)),
  /** When it was retrieved from the network (YYYY-MM-DD), also when a later run took it from the cache. */
  retrieved: Day,
  /** MIME type without parameters, e.g. text/html. */
  contentType: z.string(),
  /** Charset named by the Content-Type header, if any. */
  charset: z.string().optional(),
  status: z.number().int(),
});

export type SourceEntry = z.infer<typeof SourceEntrySchema>;

export const SourcesIndexSchema = z.object({
  format: z.literal('netzatlas-quellen'),
  version: z.literal(1),
  files: z.record(z.string(), SourceEntrySchema),
});

const german = z.locales.de();

/** The entries by file name, or a German reason why the text is no sources index. */
export function readSourcesIndex(text: string): Map<string, SourceEntry> | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: `kein gültiges JSON (${describeJsonError(text.replace(/^\uFEFF/, ''))})` };
  }
  const parsed = SourcesIndexSchema.safeParse(data, { error: german.localeError });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') || '(Wurzel)';
    return {
      problem: `kein Quellenverzeichnis im Format netzatlas-quellen, Version 1 (Feld „${shownKey(where)}“: ${first?.message ?? 'ungültig'})`,
    };
  }
  // zod drops a key "__proto__"; that is no file name fetch writes
  return new Map(Object.entries(parsed.data.files));
}

/** The index text with `updates` added to (or replacing) `existing`: sorted keys, so equal data gives equal bytes. */
export function writeSourcesIndex(
  existing: ReadonlyMap<string, SourceEntry>,
  updates: ReadonlyMap<string, SourceEntry>,
): string {
  const files = new Map(existing);
  for (const [name, entry] of updates) files.set(name, entry);
  return stableStringify({ format: 'netzatlas-quellen', version: 1, files: Object.fromEntries(files) });
}
