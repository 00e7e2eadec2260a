/**
 * The key behind the pseudonyms of exports and reports, and the mapping of neutral document names
 * kept beside it. The key lives outside data/ (.netzatlas/pseudonym.key, or the environment variable
 * NETZATLAS_PSEUDONYM_KEY) so the same person has the same pseudonym in every export; which neutral
 * document name stands for which document is kept only here, never in an export.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { describeJsonError, stableStringify } from '../util/index.ts';
import { NetzatlasError } from './errors.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** The pseudonym key: from the environment, else the key file, created with 32 random bytes on first use. */
export async function pseudonymKey(keyFile: string, log: (l: string) => void): Promise<string> {
  const fromEnv = process.env['NETZATLAS_PSEUDONYM_KEY'];
  if (fromEnv) return fromEnv;
  if (existsSync(keyFile)) return (await readFile(keyFile, 'utf8')).trim();
  await mkdir(path.dirname(keyFile), { recursive: true });
  const key = randomBytes(32).toString('hex');
  await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
  await chmod(keyFile, 0o600);
  log(
    `Neuer Schlüssel für Pseudonyme angelegt: ${keyFile} (nicht weitergeben; mit demselben Schlüssel bleiben die Pseudonyme gleich).`,
  );
  return key;
}

/** Where the neutral document names of pseudonymised exports are resolved: beside the key file. */
export function documentMapFile(keyFile: string): string {
  return path.join(path.dirname(keyFile), `${path.basename(keyFile).replace(/\.[^.]*$/, '')}-dokumente.json`);
}

const DocumentMapSchema = z.object({
  format: z.literal('netzatlas-dokumente'),
  documents: z.record(z.string(), z.string()),
});

/**
 * Adds this export's documents to the mapping beside the key (neutral name → document), so a
 * planner holding the key can say which document a quote in a pseudonymised file came from.
 */
export async function recordDocuments(file: string, documents: ReadonlyMap<string, string>): Promise<void> {
  const known = new Map<string, string>();
  if (existsSync(file)) {
    const text = await readFile(file, 'utf8');
    let parsed: z.ZodSafeParseResult<z.infer<typeof DocumentMapSchema>>;
    try {
      parsed = DocumentMapSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    } catch {
      throw new NetzatlasError(
        'bad-document-map',
        `${file}: kein gültiges JSON (${describeJsonError(text)}); die Zuordnung der Dokumentnamen bleibt unverändert.`,
      );
    }
    if (!parsed.success)
      throw new NetzatlasError(
        'bad-document-map',
        `${file}: keine Zuordnung im Format netzatlas-dokumente (Feld ${parsed.error.issues[0]?.path.join('.') || '(Wurzel)'}).`,
      );
    for (const [neutral, doc] of Object.entries(parsed.data.documents)) known.set(neutral, doc);
  }
  const before = known.size;
  for (const [doc, neutral] of documents) known.set(neutral, doc);
  if (known.size === before && existsSync(file)) return;
  await writeFileAtomic(
    file,
    `${stableStringify({ format: 'netzatlas-dokumente', documents: Object.fromEntries(known) })}\n`,
  );
  await chmod(file, 0o600);
}
