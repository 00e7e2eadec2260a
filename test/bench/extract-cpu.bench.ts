/**
 * node --single-threaded --import tsx test/bench/extract-cpu.bench.ts [--docs 400] [--reps 1]
 *
 * extractDocument() over the first N synthetic pages (generate-corpus.ts, seed 1), after a warm-up on
 * 100 of them: MB/s by the wall clock and by the process's CPU time. On a machine shared with other jobs
 * the wall clock varies by a factor of two or more; the CPU time varies much less, so A/B comparisons
 * (two worktrees, runs interleaved) use it. MB = 10^6 bytes of UTF-8 text.
 */
import { extractDocument } from '../../src/extract/extract-document.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { corpusBytes, generateCorpus } from './generate-corpus.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const n = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`${name} braucht eine positive ganze Zahl`);
    process.exit(2);
  }
  return n;
}

const places = nrwGazetteer();
const docs = generateCorpus(option('--docs', 400), { seed: 1 });
const mb = corpusBytes(docs) / 1e6;
for (const d of docs.slice(0, 100)) extractDocument(d, { places });
for (let r = 0, reps = option('--reps', 1); r < reps; r++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) extractDocument(d, { places });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${docs.length} pages, ${mb.toFixed(2)} MB: wall ${(mb / wall).toFixed(3)} MB/s (${wall.toFixed(2)} s), CPU ${(mb / cpuSeconds).toFixed(3)} MB/s (${cpuSeconds.toFixed(2)} s)`,
  );
}
