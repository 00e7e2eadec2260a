/**
 * npm run bench [-- --sizes 500,1000,2000,4000] [--json] [--seed N] [--copies 400] [--budget SECONDS] [--no-pages]
 *
 * Throughput of the extraction on synthetic pages (test/bench/generate-corpus.ts):
 *   (a) extraction: extractDocument() for every document, one after the other;
 *   (b) pipeline:   runPipeline() = extraction + cross-document resolution + graph + JSON.
 * For each corpus size: documents, MB (10^6 bytes of UTF-8 text), seconds, documents/s, MB/s and the
 * peak RSS sampled after every document and after the run. Linear behaviour shows as a constant
 * MB/s and a growth exponent near 1 (time ∝ size^k between consecutive sizes).
 * Also: the 5 seed pages × 400 copies with distinct names (the same actors in every copy), and
 * single pages of each layout grown to 25, 50, 100 and 200 kB (is one page linear in its length?).
 *
 * --budget (default 450 s): a pipeline run whose projected time would push the whole benchmark
 * over the budget is not run; the table says so and gives the projection. --budget 0 runs all.
 * Progress goes to stderr; stdout carries the report (Markdown) or, with --json, only JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { extractDocument } from '../../src/extract/extract-document.ts';
import type { DocumentExtraction, SourceDocument } from '../../src/model/extraction.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { corpusBytes, generateCorpus, generatePage, LAYOUTS, type Layout } from './generate-corpus.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIG_PAGE = 100_000;
const PAGE_SIZES = [25_000, 50_000, 100_000, 200_000];

interface Args {
  sizes: number[];
  json: boolean;
  seed: number;
  copies: number;
  budget: number;
  pages: boolean;
}

const USAGE =
  'Aufruf: npm run bench -- [--sizes 500,1000,2000,4000] [--json] [--seed N] [--copies 400] [--budget Sekunden (0 = ohne Grenze)] [--no-pages]';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { sizes: [500, 1000, 2000, 4000], json: false, seed: 1, copies: 400, budget: 450, pages: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const name = a.split('=')[0]!;
    if (name === '--json') args.json = true;
    else if (name === '--no-pages') args.pages = false;
    else if (name === '--help' || name === '-h') return '';
    else if (name === '--sizes') {
      const v = value();
      const sizes = (v ?? '').split(',').map((s) => Number(s.trim()));
      if (!v || sizes.some((n) => !Number.isInteger(n) || n <= 0))
        return '--sizes braucht positive ganze Zahlen, z. B. --sizes 500,2000';
      args.sizes = [...new Set(sizes)].sort((x, y) => x - y);
    } else if (name === '--seed' || name === '--copies' || name === '--budget') {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) return `${name} braucht eine Zahl ≥ 0`;
      if (name === '--seed') args.seed = Math.floor(n);
      else if (name === '--copies') args.copies = Math.floor(n);
      else args.budget = n;
    } else return `unbekannte Option ${a}`;
  }
  return args;
}

// ---- measurement helpers --------------------------------------------------------------------------

/** A full garbage collection between runs, so one run's garbage does not count for the next. */
const gc: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  const fn = vm.runInNewContext('gc') as unknown;
  return typeof fn === 'function' ? (fn as () => void) : () => {};
})();

class RssSampler {
  peak = 0;
  samples = 0;
  sample(): void {
    const rss = process.memoryUsage.rss();
    this.samples++;
    if (rss > this.peak) this.peak = rss;
  }
}

const mb = (bytes: number) => bytes / 1e6;
const now = () => performance.now();

interface Row {
  run: string;
  phase: 'extraction' | 'pipeline';
  docs: number;
  bytes: number;
  seconds: number | null;
  docsPerSecond: number | null;
  mbPerSecond: number | null;
  peakRssMB: number | null;
  /** RSS after the garbage collection before the run */
  baseRssMB: number;
  /** pipeline: seconds of the extraction loop inside runPipeline and of everything after it */
  extractSeconds?: number;
  resolveSeconds?: number;
  nodes?: number;
  edges?: number;
  mentions?: number;
  relations?: number;
  /** extraction: the pages of 100 kB and more, separately */
  bigPages?: { docs: number; bytes: number; seconds: number };
  skipped?: string;
  projectedSeconds?: number;
}

/** The columns every measured run has: size, time, rates and memory. */
function throughput(
  run: string,
  phase: Row['phase'],
  docs: readonly SourceDocument[],
  seconds: number,
  rss: RssSampler,
  base: number,
): Row {
  const bytes = corpusBytes(docs);
  return {
    run,
    phase,
    docs: docs.length,
    bytes,
    seconds,
    docsPerSecond: docs.length / seconds,
    mbPerSecond: mb(bytes) / seconds,
    peakRssMB: mb(rss.peak),
    baseRssMB: mb(base),
  };
}

function runExtraction(run: string, docs: readonly SourceDocument[]): Row {
  const places = nrwGazetteer();
  gc();
  const base = process.memoryUsage.rss();
  const rss = new RssSampler();
  const out: DocumentExtraction[] = [];
  let bigSeconds = 0;
  let bigBytes = 0;
  let bigDocs = 0;
  const t0 = now();
  for (const d of docs) {
    const t = now();
    out.push(extractDocument(d, { places }));
    if (d.text.length >= BIG_PAGE) {
      bigSeconds += (now() - t) / 1000;
      bigBytes += Buffer.byteLength(d.text);
      bigDocs++;
    }
    rss.sample();
  }
  const seconds = (now() - t0) / 1000;
  rss.sample();
  return {
    ...throughput(run, 'extraction', docs, seconds, rss, base),
    mentions: out.reduce((n, e) => n + e.mentions.length, 0),
    relations: out.reduce((n, e) => n + e.relations.length, 0),
    ...(bigDocs ? { bigPages: { docs: bigDocs, bytes: bigBytes, seconds: bigSeconds } } : {}),
  };
}

function runWholePipeline(run: string, docs: readonly SourceDocument[]): Row {
  const places = nrwGazetteer();
  gc();
  const base = process.memoryUsage.rss();
  const rss = new RssSampler();
  let extractedAt = 0;
  const t0 = now();
  const result = runPipeline(docs, places, (done, total) => {
    rss.sample();
    if (done === total) extractedAt = now();
  });
  const t1 = now();
  rss.sample();
  return {
    ...throughput(run, 'pipeline', docs, (t1 - t0) / 1000, rss, base),
    extractSeconds: ((extractedAt || t1) - t0) / 1000,
    resolveSeconds: (t1 - (extractedAt || t1)) / 1000,
    nodes: result.graph.order,
    edges: result.graph.size,
  };
}

function skippedRow(
  run: string,
  phase: Row['phase'],
  docs: readonly SourceDocument[],
  projected: number,
  why: string,
): Row {
  return {
    run,
    phase,
    docs: docs.length,
    bytes: corpusBytes(docs),
    seconds: null,
    docsPerSecond: null,
    mbPerSecond: null,
    peakRssMB: null,
    baseRssMB: mb(process.memoryUsage.rss()),
    skipped: why,
    projectedSeconds: projected,
  };
}

/** Extraction time of single pages of one layout at growing sizes: is one page linear in its length? */
interface PageRow {
  layout: Layout;
  bytes: number;
  ms: number;
  mbPerSecond: number;
}

function runPages(): PageRow[] {
  const places = nrwGazetteer();
  const out: PageRow[] = [];
  for (const layout of LAYOUTS) {
    for (const size of PAGE_SIZES) {
      const page = generatePage(layout, size);
      let t = now();
      extractDocument(page, { places });
      let ms = now() - t;
      // short runs repeated to about 0.3 s for a stable figure
      const reps = Math.min(50, Math.ceil(300 / Math.max(ms, 1)));
      if (reps > 1) {
        t = now();
        for (let i = 0; i < reps; i++) extractDocument(page, { places });
        ms = (now() - t) / reps;
      }
      const bytes = Buffer.byteLength(page.text);
      out.push({ layout, bytes, ms, mbPerSecond: mb(bytes) / (ms / 1000) });
    }
  }
  return out;
}

// ---- the inputs -----------------------------------------------------------------------------------

function readDir(dir: string): SourceDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function seedCopies(copies: number): SourceDocument[] {
  const seeds = readDir(join(ROOT, 'seeds'));
  const out: SourceDocument[] = [];
  for (let i = 0; i < copies; i++)
    for (const s of seeds) out.push({ name: `copy${String(i).padStart(4, '0')}_${s.name}`, text: s.text });
  return out;
}

// ---- report ---------------------------------------------------------------------------------------

interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
}

function machine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unbekannt',
    cores: c.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
  };
}

const f1 = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? '–' : x.toFixed(d));

/** time ∝ size^k between consecutive measured rows of one run series and phase */
function exponents(rows: readonly Row[]): Map<Row, number> {
  const out = new Map<Row, number>();
  for (const phase of ['extraction', 'pipeline'] as const) {
    const series = rows.filter((r) => r.run.startsWith('synthetic') && r.phase === phase && r.seconds !== null);
    for (let i = 1; i < series.length; i++) {
      const a = series[i - 1]!;
      const b = series[i]!;
      out.set(b, Math.log(b.seconds! / a.seconds!) / Math.log(b.bytes / a.bytes));
    }
  }
  return out;
}

function markdown(
  m: Machine,
  args: Args,
  rows: readonly Row[],
  pages: readonly PageRow[],
  totalSeconds: number,
): string {
  const k = exponents(rows);
  const lines: string[] = [];
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, Node ${m.node}, ${m.os}`);
  lines.push(
    `Corpus: generate-corpus.ts, seed ${args.seed}; MB = 10^6 bytes of UTF-8 text; one core (single-threaded).`,
  );
  lines.push('');
  lines.push('| run | phase | docs | MB | s | docs/s | MB/s | growth k | peak RSS MB | notes |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const notes: string[] = [];
    if (r.skipped) notes.push(r.skipped);
    if (r.phase === 'pipeline' && r.seconds !== null)
      notes.push(
        `extraction ${f1(r.extractSeconds)} s + resolution/graph/JSON ${f1(r.resolveSeconds)} s; ${r.nodes} nodes, ${r.edges} edges`,
      );
    if (r.phase === 'extraction' && r.mentions !== undefined)
      notes.push(`${r.mentions} mentions, ${r.relations} relations`);
    if (r.bigPages)
      notes.push(
        `${r.bigPages.docs} pages ≥ 100 kB: ${f1(mb(r.bigPages.bytes))} MB in ${f1(r.bigPages.seconds)} s (${f1(mb(r.bigPages.bytes) / r.bigPages.seconds, 2)} MB/s)`,
      );
    const kk = k.get(r);
    lines.push(
      `| ${r.run} | ${r.phase} | ${r.docs} | ${f1(mb(r.bytes))} | ${r.seconds === null ? `(~${f1(r.projectedSeconds, 0)})` : f1(r.seconds)} | ${f1(r.docsPerSecond, 0)} | ${f1(r.mbPerSecond, 2)} | ${kk === undefined ? '' : f1(kk, 2)} | ${f1(r.peakRssMB, 0)} | ${notes.join('; ')} |`,
    );
  }
  lines.push('');
  lines.push('growth k: time ∝ MB^k against the previous size of the same phase (1.0 = linear, 2.0 = quadratic).');
  if (pages.length) {
    lines.push('');
    lines.push('Single pages, extraction only (one page of each layout grown to 25 … 200 kB):');
    lines.push('');
    lines.push(`| layout | ${PAGE_SIZES.map((b) => `${b / 1000} kB: ms (MB/s)`).join(' | ')} | growth k 25→200 kB |`);
    lines.push(`|---|${PAGE_SIZES.map(() => '---:').join('|')}|---:|`);
    for (const layout of LAYOUTS) {
      const ps = pages.filter((p) => p.layout === layout);
      const first = ps[0];
      const last = ps[ps.length - 1];
      const k =
        first && last && last !== first ? Math.log(last.ms / first.ms) / Math.log(last.bytes / first.bytes) : undefined;
      lines.push(
        `| ${layout} | ${ps.map((p) => `${f1(p.ms, 0)} (${f1(p.mbPerSecond, 2)})`).join(' | ')} | ${f1(k, 2)} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    `Whole benchmark: ${f1(totalSeconds)} s (budget ${args.budget > 0 ? `${args.budget} s` : 'none'}); max RSS of the process: ${f1(process.resourceUsage().maxRSS / 1024, 0)} MB.`,
  );
  return lines.join('\n');
}

// ---- main -----------------------------------------------------------------------------------------

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    const out = args === '' ? process.stdout : process.stderr;
    out.write(`${args ? `${args}\n` : ''}${USAGE}\n`);
    return args === '' ? 0 : 2;
  }
  const start = now();
  const elapsed = () => (now() - start) / 1000;
  const log = (s: string) => process.stderr.write(`[${f1(elapsed())} s] ${s}\n`);
  const m = machine();
  log(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}`);

  const places = nrwGazetteer();
  // warm-up: seeds, the development pages and a small synthetic corpus, through both paths (not measured)
  const warm = [
    ...readDir(join(ROOT, 'seeds')),
    ...readDir(join(ROOT, 'test', 'fixtures', 'dev')),
    ...generateCorpus(60, { seed: args.seed + 7919, bigEvery: 0 }),
  ];
  for (const d of warm) extractDocument(d, { places });
  runPipeline(warm, places);
  log(`warm-up: ${warm.length} documents`);

  const largest = args.sizes[args.sizes.length - 1] ?? 0;
  const t = now();
  const corpus = generateCorpus(largest, { seed: args.seed });
  log(`generated ${largest} documents, ${f1(mb(corpusBytes(corpus)))} MB in ${f1((now() - t) / 1000)} s`);

  const rows: Row[] = [];
  const budget = args.budget > 0 ? args.budget : Infinity;
  const record = (r: Row) => {
    rows.push(r);
    log(
      `${r.run} ${r.phase}: ${r.seconds === null ? `not run (${r.skipped})` : `${f1(r.seconds)} s, ${f1(r.mbPerSecond, 2)} MB/s, peak RSS ${f1(r.peakRssMB, 0)} MB`}`,
    );
  };

  // the seeds × copies first: fixed, comparatively cheap
  if (args.copies > 0) {
    const copies = seedCopies(args.copies);
    const run = `seeds × ${args.copies}`;
    record(runExtraction(run, copies));
    record(runWholePipeline(run, copies));
  }

  // single large pages: linear in the length of one page?
  const pages = args.pages ? runPages() : [];
  if (pages.length) log(`single pages: ${pages.length} timings`);

  // extraction speed (MB/s) and resolution time model for the projections
  let extractRate = 0;
  const resolvePoints: Array<{ docs: number; seconds: number }> = [];
  const projectResolve = (docs: number): number => {
    const last = resolvePoints[resolvePoints.length - 1];
    if (!last) return 0;
    const prev = resolvePoints[resolvePoints.length - 2];
    // exponent from the last two points, else assume quadratic (all-pairs comparison of nodes)
    const k = prev
      ? Math.min(2.5, Math.max(1, Math.log(last.seconds / prev.seconds) / Math.log(last.docs / prev.docs)))
      : 2;
    return last.seconds * Math.pow(docs / last.docs, k);
  };

  args.sizes.forEach((size, i) => {
    const docs = corpus.slice(0, size);
    const run = `synthetic ${size}`;
    const a = runExtraction(run, docs);
    record(a);
    extractRate = a.mbPerSecond ?? extractRate;
    // what the remaining extraction runs will need
    const rest =
      args.sizes.slice(i + 1).reduce((s, n) => s + mb(corpusBytes(corpus.slice(0, n))), 0) / (extractRate || 1);
    const projected = (a.seconds ?? 0) + projectResolve(size);
    if (elapsed() + projected + rest > budget) {
      record(
        skippedRow(
          run,
          'pipeline',
          docs,
          projected,
          `not run: projected ~${f1(projected, 0)} s would exceed the budget of ${args.budget} s (run with --budget 0)`,
        ),
      );
      return;
    }
    const b = runWholePipeline(run, docs);
    record(b);
    if (b.resolveSeconds !== undefined) resolvePoints.push({ docs: size, seconds: b.resolveSeconds });
  });

  const total = elapsed();
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ machine: m, options: args, totalSeconds: total, maxRssMB: process.resourceUsage().maxRSS / 1024, rows, pages }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${markdown(m, args, rows, pages, total)}\n`);
  }
  return 0;
}

process.exitCode = main();
