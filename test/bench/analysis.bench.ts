/**
 * npm run bench:analysis [-- --sizes 1000:5000,10000:50000,100000:500000] [--error-check 10000:50000] [--threads N] [--json]
 * npm run bench:analysis -- --compare-igraph [--sizes …] [--threads N]
 *
 * Runs the full analysis (analyzeGraph: both views, every measure, communities, figures, SGB,
 * gaps, schema check) on generated networks (test/bench/generate-network.ts) and prints the time of
 * every step and the peak memory (max RSS). Every size runs in its own child process, so the peak
 * belongs to that size alone. With --error-check N:M the exact betweenness of the actor view of
 * that network (kernels, exact) is compared with the seeded sample the analysis uses above its exact
 * limit, including whether the reported standard errors and stable top places hold.
 * The path passes run on the worker pool the CLI uses (--threads, default one per core).
 *
 * With --compare-igraph every generated graph is written to a temporary folder (graph.json and
 * both views as edge lists in Netzatlas' node order); then, side by side in one run, the whole
 * `netzatlas analyze` process and a /usr/bin/python3 process with python3-igraph computing the
 * same exact measures (betweenness, closeness, diameter, PageRank, eigenvector, constraint,
 * Louvain) on both views are timed (wall clock, peak memory by /usr/bin/time), and the top 10 by
 * betweenness of both are compared. Skipped with a message when python3-igraph is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cpus, totalmem, platform, release, arch, loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyzeGraphWith } from '../../src/analysis/analyze.ts';
import { adjacencyOf } from '../../src/analysis/adjacency.ts';
import { frugalHeapFor } from '../../src/cli/frugal-heap.ts';
import { createPathPool, defaultThreads } from '../../src/cli/path-pool.ts';
import { graphToJSON } from '../../src/model/graph-io.ts';
import { csrFromAdjacency } from '../../src/analysis/kernels/csr.ts';
import { pathMeasuresInThread } from '../../src/analysis/kernels/path-measures.ts';
import { CONFIDENCE_Z, topStability } from '../../src/analysis/kernels/sampling-uncertainty.ts';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings.ts';
import { recordingTimer } from '../../src/analysis/timer.ts';
import { actorView, twoModeView } from '../../src/analysis/view.ts';
import { generateNetwork } from './generate-network.ts';

interface SizeResult {
  nodes: number;
  edges: number;
  views: { twoMode: [number, number]; actors: [number, number] };
  generateSeconds: number;
  totalSeconds: number;
  steps: Record<string, number>;
  peakRssMB: number;
  betweennessExact: boolean;
}

interface ErrorResult {
  nodes: number;
  edges: number;
  view: 'actors';
  samples: number;
  exactSeconds: number;
  sampledSeconds: number;
  maxAbsError: number;
  meanAbsError: number;
  maxValue: number;
  top10Overlap: number;
  spearman: number;
  /** sampled top 10 whose place in the top 10 the analysis calls certain, and how many of those are in the exact top 10 */
  top10Stable: number;
  top10StableCorrect: number;
  /** share of nodes of the exact top 100 whose exact value lies within estimate ± 1.96 SE */
  coverageTop100: number;
}

function parsePair(s: string): [number, number] {
  const [n, m] = s.split(':').map(Number);
  if (!Number.isInteger(n) || !Number.isInteger(m) || n! <= 0 || m! <= 0)
    throw new Error(`Größe „${s}“: erwartet Knoten:Kanten, z. B. 10000:50000`);
  return [n!, m!];
}

async function runSize(n: number, m: number, threads: number): Promise<SizeResult> {
  const t0 = performance.now();
  const g = generateNetwork(n, m, 1);
  const generateSeconds = (performance.now() - t0) / 1000;
  const steps: Record<string, number> = {};
  const t1 = performance.now();
  frugalHeapFor(g.order); // as `netzatlas analyze` does
  const pool = createPathPool(threads);
  const a = await analyzeGraphWith(
    g,
    pool,
    {},
    recordingTimer((step, ms) => (steps[step] = (steps[step] ?? 0) + ms / 1000)),
  );
  await pool.close();
  const totalSeconds = (performance.now() - t1) / 1000;
  // the path passes run on the workers while the main thread does the steps above; what remains is waiting for them
  steps['paths (waiting for the workers)'] = totalSeconds - Object.values(steps).reduce((x, y) => x + y, 0);
  return {
    nodes: g.order,
    edges: g.size,
    views: {
      twoMode: [a.network.twoMode.nodes, a.network.twoMode.edges],
      actors: [a.network.actors.nodes, a.network.actors.edges],
    },
    generateSeconds,
    totalSeconds,
    steps,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    betweennessExact: a.views.actors.betweenness.exact && a.views.twoMode.betweenness.exact,
  };
}

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => y[0] - x[0]);
  const r = new Array<number>(values.length);
  order.forEach(([, i], pos) => (r[i] = pos + 1));
  return r;
}

function errorCheck(n: number, m: number): ErrorResult {
  const view = actorView(twoModeView(generateNetwork(n, m, 1)));
  const csr = csrFromAdjacency(adjacencyOf(view), false);
  const t0 = performance.now();
  const exact = pathMeasuresInThread(csr, { exactPathMaxNodes: Number.MAX_SAFE_INTEGER, pathSamples: 1, seed: 1 });
  const exactSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const sampled = pathMeasuresInThread(csr, {
    exactPathMaxNodes: 0,
    pathSamples: DEFAULT_SETTINGS.pathSamples,
    seed: DEFAULT_SETTINGS.seed,
  });
  const sampledSeconds = (performance.now() - t1) / 1000;
  const ex = Array.from(exact.betweenness);
  const sa = Array.from(sampled.betweenness);
  const errors = ex.map((v, i) => Math.abs(v - sa[i]!));
  const order = (xs: number[]) =>
    xs
      .map((v, i) => [v, i] as const)
      .sort((x, y) => y[0] - x[0] || x[1] - y[1])
      .map(([, i]) => i);
  const te = new Set(order(ex).slice(0, 10));
  const ts = new Set(order(sa).slice(0, 10));
  const re = ranks(ex);
  const rs = ranks(sa);
  const N = ex.length;
  const d2 = re.reduce((s, r, i) => s + (r - rs[i]!) ** 2, 0);
  const stable = topStability(sampled.betweenness, sampled.betweennessSE!, 10).filter((t) => t.topStable);
  const top100 = order(ex).slice(0, 100);
  return {
    nodes: n,
    edges: m,
    view: 'actors',
    samples: DEFAULT_SETTINGS.pathSamples,
    exactSeconds,
    sampledSeconds,
    maxAbsError: Math.max(...errors),
    meanAbsError: errors.reduce((s, x) => s + x, 0) / N,
    maxValue: Math.max(...ex),
    top10Overlap: [...te].filter((i) => ts.has(i)).length,
    spearman: 1 - (6 * d2) / (N * (N * N - 1)),
    top10Stable: stable.length,
    top10StableCorrect: stable.filter((t) => te.has(t.node)).length,
    coverageTop100:
      top100.filter((v) => errors[v]! <= CONFIDENCE_Z * sampled.betweennessSE![v]!).length / top100.length,
  };
}

const fmt = (x: number, d = 2) => x.toFixed(d);

function child(args: string[]): unknown {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as unknown;
}

async function main(argv: string[]): Promise<void> {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (get('--child-size')) {
    const [n, m] = parsePair(get('--child-size')!);
    process.stdout.write(JSON.stringify(await runSize(n, m, Number(get('--threads') ?? defaultThreads()))));
    return;
  }
  if (get('--child-export')) {
    const [n, m] = parsePair(get('--child-export')!);
    exportGraph(n, m, get('--dir')!);
    return;
  }
  if (argv.includes('--compare-igraph')) {
    compareIgraph((get('--sizes') ?? '1000:5000,10000:50000').split(',').map(parsePair), get('--threads'));
    return;
  }
  if (get('--child-error')) {
    const [n, m] = parsePair(get('--child-error')!);
    process.stdout.write(JSON.stringify(errorCheck(n, m)));
    return;
  }
  const sizes = (get('--sizes') ?? '1000:5000,10000:50000,100000:500000').split(',').map(parsePair);
  const check = get('--error-check') ?? '10000:50000';
  const results: SizeResult[] = [];
  for (const [n, m] of sizes) {
    process.stderr.write(`Analyse ${n} Knoten / ${m} Kanten …\n`);
    results.push(
      child(['--child-size', `${n}:${m}`, ...(get('--threads') ? ['--threads', get('--threads')!] : [])]) as SizeResult,
    );
  }
  let error: ErrorResult | undefined;
  if (check !== 'none') {
    process.stderr.write(`Fehler der Stichproben-Zwischenzentralität auf ${check} …\n`);
    error = child(['--child-error', check]) as ErrorResult;
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ results, error }, null, 2)}\n`);
    return;
  }
  const machine = `${cpus()[0]?.model ?? '?'} (${cpus().length} Kerne), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()} ${arch()}, Node ${process.version}`;
  const lines = [
    `Maschine: ${machine}; Last beim Start ${loadavg()[0]!.toFixed(1)} (geteilte Maschine)`,
    `Threads für die Pfade: ${get('--threads') ?? defaultThreads()}`,
    `Einstellungen: exakte Pfadmaße bis ${DEFAULT_SETTINGS.exactPathMaxNodes} Knoten je Sicht, sonst ${DEFAULT_SETTINGS.pathSamples} Stichproben (Startwert ${DEFAULT_SETTINGS.seed})`,
    '',
  ];
  const stepNames = [...new Set(results.flatMap((r) => Object.keys(r.steps)))];
  lines.push(
    `| Schritt (s) | ${results.map((r) => `${r.nodes}/${r.edges}`).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
  );
  lines.push(`| Sicht Zwei-Modus (Knoten/Kanten) | ${results.map((r) => r.views.twoMode.join('/')).join(' | ')} |`);
  lines.push(`| Sicht Akteure (Knoten/Kanten) | ${results.map((r) => r.views.actors.join('/')).join(' | ')} |`);
  for (const s of stepNames) lines.push(`| ${s} | ${results.map((r) => fmt(r.steps[s] ?? 0)).join(' | ')} |`);
  lines.push(`| **gesamte Analyse** | ${results.map((r) => `**${fmt(r.totalSeconds)}**`).join(' | ')} |`);
  lines.push(
    `| Zwischenzentralität exakt | ${results.map((r) => (r.betweennessExact ? 'ja' : 'Stichprobe')).join(' | ')} |`,
  );
  lines.push(`| Spitzenspeicher (max RSS, MB) | ${results.map((r) => fmt(r.peakRssMB, 0)).join(' | ')} |`);
  if (error) {
    lines.push(
      '',
      `Stichprobe vs. exakt (Akteursnetz von ${error.nodes}/${error.edges}, ${error.samples} Startknoten): exakt ${fmt(error.exactSeconds)} s, Stichprobe ${fmt(error.sampledSeconds)} s; ` +
        `größter absoluter Fehler ${error.maxAbsError.toExponential(2)} (größter Wert ${error.maxValue.toExponential(2)}), mittlerer ${error.meanAbsError.toExponential(2)}; ` +
        `Top 10 gleich: ${error.top10Overlap}/10; Spearman-Rangkorrelation ${error.spearman.toFixed(4)}. ` +
        `Als sicher unter den ersten 10 gemeldet: ${error.top10Stable}, davon wirklich in den exakten ersten 10: ${error.top10StableCorrect}; ` +
        `exakter Wert im 95-%-Intervall bei ${(error.coverageTop100 * 100).toFixed(0)} % der exakten ersten 100.`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** graph.json and both views as edge lists ("n" then "i j w" per tie, Netzatlas' node order) for the igraph side. */
function exportGraph(n: number, m: number, dir: string): void {
  const g = generateNetwork(n, m, 1);
  writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(graphToJSON(g)));
  const twoMode = twoModeView(g);
  for (const [name, view] of [
    ['twoMode', twoMode],
    ['actors', actorView(twoMode)],
  ] as const) {
    const adj = adjacencyOf(view);
    const lines = [String(adj.keys.length)];
    adj.neighbours.forEach((ns, i) => ns.forEach((j, p) => j > i && lines.push(`${i} ${j} ${adj.weights[i]![p]!}`)));
    writeFileSync(path.join(dir, `${name}.edges`), `${lines.join('\n')}\n`);
    writeFileSync(path.join(dir, `${name}.keys.json`), JSON.stringify(adj.keys));
  }
}

const PYTHON = '/usr/bin/python3';

function igraphAvailable(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} fehlt`;
  const r = spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' });
  return r.status === 0 ? null : 'python3-igraph ist nicht installiert (Debian: apt install python3-igraph)';
}

/** Wall time, CPU time (user + system, all threads) and peak memory (max RSS in MB) of a whole process, by /usr/bin/time. */
function timedProcess(
  cmd: string,
  args: string[],
): { seconds: number; cpuSeconds: number; peakMB: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} ist fehlgeschlagen:\n${r.stderr}`);
  const [user, system, peakKB] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, cpuSeconds: user! + system!, peakMB: peakKB! / 1024, stdout: r.stdout };
}

interface IgraphResult {
  igraph: string;
  totalSeconds: number;
  views: Record<
    string,
    { nodes: number; edges: number; seconds: Record<string, number>; top10: number[]; top10Values: number[] }
  >;
}

/** Top 10 by betweenness: largest first, ties by node index (the order igraph's side uses). */
function top10(values: number[]): number[] {
  return values
    .map((v, i) => [v, i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
    .slice(0, 10)
    .map(([, i]) => i);
}

function compareIgraph(sizes: [number, number][], threads: string | undefined): void {
  const missing = igraphAvailable();
  if (missing) {
    process.stdout.write(`Vergleich mit igraph übersprungen: ${missing}.\n`);
    return;
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const machine = `${cpus()[0]?.model ?? '?'} (${cpus().length} Kerne), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()} ${arch()}, Node ${process.version}`;
  const lines = [
    `Maschine: ${machine}; Last beim Start ${loadavg()[0]!.toFixed(1)} (geteilte Maschine: Zahlen schwanken)`,
    `Netzatlas: ganzer Prozess \`netzatlas analyze\` (Lesen, beide Sichten, alle Maße, SGB, Lücken, Schema, Schreiben), Threads ${threads ?? `${defaultThreads()} (Standard)`}`,
    'igraph: ganzer Prozess /usr/bin/python3 mit python3-igraph: Lesen der Kantenlisten, exakt Zwischenzentralität, Nähe, Durchmesser, PageRank, Eigenvektor, Constraint, Louvain, beide Sichten',
    '',
    '| Netz | Sichten (Knoten) | Netzatlas s (CPU s) | Netzatlas MB | igraph s (CPU s) | igraph MB | Verhältnis Zeit (CPU) | exakt | Top 10 gleich (Zwei-Modus / Akteure) |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const [n, m] of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), 'netzatlas-igraph-'));
    try {
      process.stderr.write(`${n}/${m}: Netz erzeugen …\n`);
      execFileSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child-export', `${n}:${m}`, '--dir', dir],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      process.stderr.write(`${n}/${m}: Netzatlas …\n`);
      const ours = timedProcess(tsx, [
        path.join(root, 'src/cli/main.ts'),
        'analyze',
        path.join(dir, 'graph.json'),
        '-o',
        path.join(dir, 'analysis.json'),
        '-q',
        ...(threads ? ['--threads', threads] : []),
      ]);
      const analysis = JSON.parse(readFileSync(path.join(dir, 'analysis.json'), 'utf8')) as {
        nodes: Record<string, { betweenness: number }>;
        actors: Record<string, { betweenness: number }>;
        views: Record<string, { betweenness: { exact: boolean } }>;
      };
      const exact = analysis.views.twoMode!.betweenness.exact && analysis.views.actors!.betweenness.exact;
      let theirs: { seconds: number; cpuSeconds: number; peakMB: number } | null = null;
      const same: string[] = [];
      if (exact) {
        process.stderr.write(`${n}/${m}: igraph …\n`);
        const run = timedProcess(PYTHON, [path.join(root, 'test/bench/igraph_measures.py'), dir]);
        theirs = run;
        const ig = JSON.parse(run.stdout) as IgraphResult;
        for (const [view, measures] of [
          ['twoMode', analysis.nodes],
          ['actors', analysis.actors],
        ] as const) {
          const keys = JSON.parse(readFileSync(path.join(dir, `${view}.keys.json`), 'utf8')) as string[];
          const mine = top10(keys.map((k) => measures[k]!.betweenness));
          const other = ig.views[view]!.top10;
          same.push(
            mine.join() === other.join()
              ? 'ja'
              : new Set(mine).size === other.filter((x) => mine.includes(x)).length
                ? 'gleiche Menge, andere Reihenfolge'
                : `nein (${other.filter((x) => mine.includes(x)).length}/10)`,
          );
        }
      }
      const views = `${Object.keys(analysis.nodes).length}/${Object.keys(analysis.actors).length} Knoten`;
      lines.push(
        `| ${n}/${m} | ${views} | ${fmt(ours.seconds)} (${fmt(ours.cpuSeconds)}) | ${fmt(ours.peakMB, 0)} | ${theirs ? `${fmt(theirs.seconds)} (${fmt(theirs.cpuSeconds)})` : '–'} | ${theirs ? fmt(theirs.peakMB, 0) : '–'} | ${theirs ? `${fmt(ours.seconds / theirs.seconds)} (${fmt(ours.cpuSeconds / theirs.cpuSeconds)})` : '–'} | ${exact ? 'ja' : 'Stichprobe (igraph nicht gerechnet)'} | ${same.join(' / ') || '–'} |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main(process.argv.slice(2));
