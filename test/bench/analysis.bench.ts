/**
 * npm run bench:analysis [-- --sizes 1000:5000,10000:50000,100000:500000] [--error-check 10000:50000] [--json]
 *
 * Runs the full analysis (analyzeGraph: both views, every measure, communities, figures, SGB,
 * gaps, schema check) on generated networks (test/bench/generate-network.ts) and prints the time of
 * every step and the peak memory (max RSS). Every size runs in its own child process, so the peak
 * belongs to that size alone. With --error-check N:M the exact betweenness of the actor view of
 * that network is compared with the seeded sample the analysis uses above its exact limit.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, platform, release, arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { sampledBetweenness } from '../../src/analysis/sampled-betweenness.ts';
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
}

function parsePair(s: string): [number, number] {
  const [n, m] = s.split(':').map(Number);
  if (!Number.isInteger(n) || !Number.isInteger(m) || n! <= 0 || m! <= 0) throw new Error(`Größe „${s}“: erwartet Knoten:Kanten, z. B. 10000:50000`);
  return [n!, m!];
}

function runSize(n: number, m: number): SizeResult {
  const t0 = performance.now();
  const g = generateNetwork(n, m, 1);
  const generateSeconds = (performance.now() - t0) / 1000;
  const steps: Record<string, number> = {};
  const t1 = performance.now();
  const a = analyzeGraph(g, {}, recordingTimer((step, ms) => (steps[step] = (steps[step] ?? 0) + ms / 1000)));
  const totalSeconds = (performance.now() - t1) / 1000;
  return {
    nodes: g.order,
    edges: g.size,
    views: { twoMode: [a.network.twoMode.nodes, a.network.twoMode.edges], actors: [a.network.actors.nodes, a.network.actors.edges] },
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
  const t0 = performance.now();
  const exact = betweennessCentrality(view, { getEdgeWeight: null, normalized: true });
  const exactSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const sampled = sampledBetweenness(view, DEFAULT_SETTINGS.pathSamples, DEFAULT_SETTINGS.seed);
  const sampledSeconds = (performance.now() - t1) / 1000;
  const keys = view.nodes();
  const ex = keys.map((k) => exact[k]!);
  const sa = keys.map((k) => sampled[k]!);
  const errors = ex.map((v, i) => Math.abs(v - sa[i]!));
  const top = (xs: number[]) => new Set(xs.map((v, i) => [v, i] as const).sort((x, y) => y[0] - x[0]).slice(0, 10).map(([, i]) => i));
  const te = top(ex);
  const ts = top(sa);
  const re = ranks(ex);
  const rs = ranks(sa);
  const N = keys.length;
  const d2 = re.reduce((s, r, i) => s + (r - rs[i]!) ** 2, 0);
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
  };
}

const fmt = (x: number, d = 2) => x.toFixed(d);

function child(args: string[]): unknown {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as unknown;
}

function main(argv: string[]): void {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (get('--child-size')) {
    const [n, m] = parsePair(get('--child-size')!);
    process.stdout.write(JSON.stringify(runSize(n, m)));
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
    results.push(child(['--child-size', `${n}:${m}`]) as SizeResult);
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
  const lines = [`Maschine: ${machine}`, `Einstellungen: exakte Pfadmaße bis ${DEFAULT_SETTINGS.exactPathMaxNodes} Knoten je Sicht, sonst ${DEFAULT_SETTINGS.pathSamples} Stichproben (Startwert ${DEFAULT_SETTINGS.seed})`, ''];
  const stepNames = [...new Set(results.flatMap((r) => Object.keys(r.steps)))];
  lines.push(`| Schritt (s) | ${results.map((r) => `${r.nodes}/${r.edges}`).join(' | ')} |`, `|---|${results.map(() => '---:').join('|')}|`);
  lines.push(`| Sicht Zwei-Modus (Knoten/Kanten) | ${results.map((r) => r.views.twoMode.join('/')).join(' | ')} |`);
  lines.push(`| Sicht Akteure (Knoten/Kanten) | ${results.map((r) => r.views.actors.join('/')).join(' | ')} |`);
  for (const s of stepNames) lines.push(`| ${s} | ${results.map((r) => fmt(r.steps[s] ?? 0)).join(' | ')} |`);
  lines.push(`| **gesamte Analyse** | ${results.map((r) => `**${fmt(r.totalSeconds)}**`).join(' | ')} |`);
  lines.push(`| Zwischenzentralität exakt | ${results.map((r) => (r.betweennessExact ? 'ja' : 'Stichprobe')).join(' | ')} |`);
  lines.push(`| Spitzenspeicher (max RSS, MB) | ${results.map((r) => fmt(r.peakRssMB, 0)).join(' | ')} |`);
  if (error) {
    lines.push(
      '',
      `Stichprobe vs. exakt (Akteursnetz von ${error.nodes}/${error.edges}, ${error.samples} Startknoten): exakt ${fmt(error.exactSeconds)} s, Stichprobe ${fmt(error.sampledSeconds)} s; ` +
        `größter absoluter Fehler ${error.maxAbsError.toExponential(2)} (größter Wert ${error.maxValue.toExponential(2)}), mittlerer ${error.meanAbsError.toExponential(2)}; ` +
        `Top 10 gleich: ${error.top10Overlap}/10; Spearman-Rangkorrelation ${error.spearman.toFixed(4)}.`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2));
