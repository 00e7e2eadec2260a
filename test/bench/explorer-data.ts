/**
 * Data folders for the explorer benchmark: for a generated network (test/bench/generate-network.ts,
 * seed 1) the files the explorer loads – graph.json (`serializeGraph`), analysis.json (`analyzeGraph`
 * + `stableStringify`, as `netzatlas analyze` writes it) and layout.json (`computeLayout` with the
 * project's defaults, 300 ForceAtlas2 iterations, as `netzatlas build-data` writes it). No
 * evidence.json: the app then shows "evidence.json fehlt" and no sentences, which costs nothing.
 *
 * The folders live under the system's temporary folder (never in data/ or the repository) and are
 * cached: the folder name carries a hash of the sources that shape the files (model, analysis,
 * layout, the generator), so a change there makes fresh files and an unchanged tree reuses them
 * (the 10k/50k analysis and layout take about 40 s together).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { computeLayout, LAYOUT_DEFAULTS, layoutIterations } from '../../src/layout/force-layout.ts';
import { serializeGraph } from '../../src/model/graph-io.ts';
import type { Layout } from '../../src/model/layout.ts';
import { stableStringify } from '../../src/util/stable-json.ts';
import { generateNetwork } from './generate-network.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Every file whose content decides the generated JSON. */
function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts'))
        h.update(p.slice(repoRoot.length)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  for (const d of ['src/model', 'src/analysis', 'src/layout', 'src/util']) walk(path.join(repoRoot, d));
  h.update(readFileSync(path.join(repoRoot, 'test/bench/generate-network.ts')));
  return h.digest('hex').slice(0, 12);
}

export interface NetworkFolder {
  dir: string;
  nodes: number;
  edges: number;
  cached: boolean;
  /** Seconds to make the files (0 when cached). */
  seconds: { graph: number; analysis: number; layout: number };
  bytes: { graph: number; analysis: number; layout: number };
}

export const CACHE_ROOT = path.join(tmpdir(), 'netzatlas-explorer-bench');

/** Makes (or reuses) the folder with graph.json, analysis.json and layout.json for n nodes, m edges. */
export function networkFolder(
  n: number,
  m: number,
  options: { fresh?: boolean; log?: (s: string) => void } = {},
): NetworkFolder {
  const dir = path.join(CACHE_ROOT, `${sourceHash()}-n${n}-m${m}-seed1`);
  const files = ['graph.json', 'analysis.json', 'layout.json'] as const;
  const size = (f: string) => statSync(path.join(dir, f)).size;
  if (options.fresh) rmSync(dir, { recursive: true, force: true });
  if (files.every((f) => existsSync(path.join(dir, f)))) {
    return {
      dir,
      nodes: n,
      edges: m,
      cached: true,
      seconds: { graph: 0, analysis: 0, layout: 0 },
      bytes: { graph: size('graph.json'), analysis: size('analysis.json'), layout: size('layout.json') },
    };
  }
  const log = options.log ?? (() => undefined);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const clock = () => performance.now() / 1000;
  let t = clock();
  const g = generateNetwork(n, m, 1);
  writeFileSync(path.join(tmp, 'graph.json'), serializeGraph(g));
  const graph = clock() - t;
  log(`  graph.json ${graph.toFixed(1)} s`);
  t = clock();
  writeFileSync(path.join(tmp, 'analysis.json'), stableStringify(analyzeGraph(g)));
  const analysis = clock() - t;
  log(`  analysis.json ${analysis.toFixed(1)} s`);
  t = clock();
  const layout: Layout = {
    format: 'netzatlas-layout',
    version: 1,
    algorithm: 'ForceAtlas2',
    ...LAYOUT_DEFAULTS,
    iterations: layoutIterations(g.order),
    positions: computeLayout(g),
  };
  writeFileSync(path.join(tmp, 'layout.json'), stableStringify(layout));
  const layoutS = clock() - t;
  log(`  layout.json ${layoutS.toFixed(1)} s (${layoutIterations(g.order)} Iterationen)`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return {
    dir,
    nodes: n,
    edges: m,
    cached: false,
    seconds: { graph, analysis, layout: layoutS },
    bytes: { graph: size('graph.json'), analysis: size('analysis.json'), layout: size('layout.json') },
  };
}

/** The built site in `outDir` (a temporary folder: the repository's dist/ is left alone); unminified for CPU profiles. */
export function viteBuild(outDir: string, minify: boolean): void {
  const args = [
    path.join(repoRoot, 'node_modules/vite/bin/vite.js'),
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  if (!minify) args.push('--minify', 'false');
  execFileSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
}
