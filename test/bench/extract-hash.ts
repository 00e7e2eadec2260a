/**
 * npx tsx test/bench/extract-hash.ts [--synthetic 400] [--per-set]
 *
 * A fingerprint of the extraction output: extractDocument() on the seeds, every page in
 * test/fixtures/dev and the first N synthetic pages (test/bench/generate-corpus.ts, seed 1), and the
 * SHA-256 of the JSON of all results. Speed work must leave it unchanged (byte-identical output).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/extract/extract-document.ts';
import type { SourceDocument } from '../../src/model/extraction.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { generateCorpus } from './generate-corpus.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readDir(dir: string): SourceDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--synthetic');
const synthetic = at >= 0 ? Number(argv[at + 1]) : 400;
const perSet = argv.includes('--per-set');

const places = nrwGazetteer();
const sets: Array<[string, SourceDocument[]]> = [
  ['seeds', readDir(join(ROOT, 'seeds'))],
  ['dev', readDir(join(ROOT, 'test', 'fixtures', 'dev'))],
  ['synthetic', generateCorpus(synthetic, { seed: 1 })],
];
const all = createHash('sha256');
for (const [name, docs] of sets) {
  const h = createHash('sha256');
  for (const d of docs) {
    const json = JSON.stringify(extractDocument(d, { places }));
    h.update(json);
    all.update(json);
  }
  if (perSet) console.log(`${name} (${docs.length}): ${h.digest('hex')}`);
}
console.log(all.digest('hex'));
