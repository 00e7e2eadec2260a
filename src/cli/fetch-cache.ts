/**
 * The cache of `netzatlas fetch`: one answer per address, so a second run reads from disk instead of
 * the network. Key: SHA-256 of the address (hex). Per key two files, `<key>.body` (the body as
 * received) and `<key>.json` (address, status, headers, date, body size); the JSON is renamed into
 * place last, so an entry without it does not exist. Entries never expire; `--refresh` skips reading.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFilesAtomic } from './write-atomic.ts';

export interface CachedAnswer {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  /** When it was retrieved from the network (ISO 8601). */
  date: string;
}

const EntrySchema = z.object({
  format: z.literal('netzatlas-cache'),
  version: z.literal(1),
  url: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  date: z.string(),
  bodyBytes: z.number().int().nonnegative(),
});

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class FetchCache {
  constructor(readonly dir: string) {}

  private files(url: string): { meta: string; body: string } {
    const key = sha256Hex(url);
    return { meta: path.join(this.dir, `${key}.json`), body: path.join(this.dir, `${key}.body`) };
  }

  /** The stored answer, or undefined when there is none (or it is damaged: then it is fetched anew). */
  async get(url: string): Promise<CachedAnswer | undefined> {
    const { meta, body } = this.files(url);
    try {
      const entry = EntrySchema.safeParse(JSON.parse(await readFile(meta, 'utf8')));
      if (!entry.success || entry.data.url !== url) return undefined;
      const bytes = new Uint8Array(await readFile(body));
      if (bytes.length !== entry.data.bodyBytes) return undefined;
      return { url, status: entry.data.status, headers: entry.data.headers, body: bytes, date: entry.data.date };
    } catch {
      return undefined;
    }
  }

  async put(answer: CachedAnswer): Promise<void> {
    const { meta, body } = this.files(answer.url);
    const entry = {
      format: 'netzatlas-cache',
      version: 1,
      url: answer.url,
      status: answer.status,
      headers: answer.headers,
      date: answer.date,
      bodyBytes: answer.body.length,
    };
    // body first: the entry counts only once its JSON is in place
    await writeFilesAtomic([
      [body, answer.body],
      [meta, `${JSON.stringify(entry, null, 2)}\n`],
    ]);
  }
}
