/**
 * Micro-benchmark of Gazetteer.scan: about 5 MB of German text (the seed pages in seeds/, repeated,
 * plus a paragraph dense with place names). Run: npx tsx test/bench/gazetteer-scan.bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';

const DENSE =
  'Die Stadt Hagen und der Kreis Lippe arbeiten mit Castrop-Rauxel, Horn-Bad Meinberg, Bad Salzuflen und Haltern am See zusammen. ' +
  'Im Kreis Herford, in Essen und in der StädteRegion Aachen gibt es Präventionsketten; das LWL-Landesjugendamt berät, ' +
  'die Bezirksregierung Detmold fördert. Kölner, Dortmunder und Münsteraner Träger sind dabei, zum Essen eingeladen.\n';

/** German sample text of about `bytes` UTF-8 bytes. */
function sampleText(bytes: number): string {
  const dir = path.resolve(process.cwd(), 'seeds');
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const unit = `${seeds.join('\n')}\n${DENSE}`;
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.max(1, Math.round(bytes / unitBytes)));
}

/** Best-of-n throughput of scan in MB/s (1 MB = 10^6 bytes of UTF-8). */
function measureScan(text: string, runs = 5): { mb: number; seconds: number; mbPerSecond: number; mentions: number } {
  const g = nrwGazetteer();
  g.scan('Warm-up in Essen.');
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  let best = Number.POSITIVE_INFINITY;
  let mentions = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    mentions = g.scan(text).length;
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { mb, seconds: best, mbPerSecond: mb / best, mentions };
}

const t0 = performance.now();
nrwGazetteer();
const buildMs = performance.now() - t0;
const r = measureScan(sampleText(5e6));
console.log(
  `gazetteer index built in ${buildMs.toFixed(0)} ms; scan: ${r.mb.toFixed(2)} MB in ${(r.seconds * 1000).toFixed(0)} ms = ${r.mbPerSecond.toFixed(1)} MB/s (best of 5), ${r.mentions} mentions`,
);
