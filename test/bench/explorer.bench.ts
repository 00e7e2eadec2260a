/**
 * npx tsx test/bench/explorer.bench.ts [--sizes 1000:5000,10000:50000] [--loads 3] [--dist DIR]
 *   [--browsers software,gpu] [--no-seeds] [--fresh] [--profile] [--json]
 *
 * Explorer benchmark in the real browser (Debian chromium through playwright-core, WebGL on
 * SwiftShader; see BROWSERS for the two set-ups), printed as Markdown tables (BENCHMARKS.md, "Explorer"):
 *  - bundle size: every file of the built site's assets/, raw and gzip (node:zlib, level 9);
 *  - load: time from navigation start to the first complete frame (`window.__netzatlas.readyAt`,
 *    set two animation frames after the App is built), median of --loads fresh page loads, each in
 *    a new browser context (empty cache);
 *  - filter changes: `app.dispatch(action)` timed with performance.now() around the call (sigma
 *    renders inside refresh), the time until the frame after it, long tasks (PerformanceObserver) and
 *    the Chrome DevTools Protocol's Performance.getMetrics deltas (TaskDuration, ScriptDuration,
 *    RecalcStyle + Layout) with the cost of an empty round trip taken off;
 *  - hover: sigma's enterNode/leaveNode emitted on the app's sigma instance (timed around emit), and
 *    a real mouse move onto a node's pixel (page.mouse.move; the mousemove handlers timed between a
 *    capturing and a bubbling listener on window), with the same CDP deltas;
 *  - computeVisibility alone in Node on the same model (buildExplorerModel), for the filter actions.
 * With --profile a second, unminified build is loaded with the largest network and a CPU profile
 * (CDP Profiler, 100 µs sampling) is taken over the filter changes; it prints inclusive times.
 *
 * The site is built by `vite build` into a temporary folder (the repository's dist/ is left alone)
 * unless --dist names a built site. The seeds are the built site's own data/ (no ?daten=); the
 * generated networks (test/bench/explorer-data.ts) are served under /bench/ and opened with
 * ?daten=bench/<folder>/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { arch, cpus, platform, release, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { buildExplorerModel } from '../../src/explorer/data/explorer-model.ts';
import { computeVisibility, sgbClusterKeys } from '../../src/explorer/state/filter.ts';
import { reduce, type Action } from '../../src/explorer/state/reducer.ts';
import { DEFAULT_FILTERS } from '../../src/explorer/state/view-state.ts';
import { LayoutSchema } from '../../src/model/layout.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { CHROMIUM, launchBrowser } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { CACHE_ROOT, networkFolder, viteBuild } from './explorer-data.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };
const AIMS = { seedsReadyMs: 1000, filterMs: 100, initialJsGzipKB: 300 };

// ------------------------------------------------------------------ helpers

const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const max = (xs: number[]): number => (xs.length ? Math.max(...xs) : NaN);
const ms = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const log = (s: string) => process.stderr.write(`${s}\n`);

interface AssetSize {
  file: string;
  role: 'initial JS' | 'initial CSS' | 'worker' | 'other';
  raw: number;
  gzip: number;
}

function bundleSizes(dist: string): AssetSize[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const dir = path.join(dist, 'assets');
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const buf = readFileSync(path.join(dir, file));
      const initial = html.includes(`assets/${file}`);
      const role: AssetSize['role'] =
        initial && file.endsWith('.js')
          ? 'initial JS'
          : initial && file.endsWith('.css')
            ? 'initial CSS'
            : /worker/i.test(file)
              ? 'worker'
              : 'other';
      return { file, role, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
}

// ------------------------------------------------------------------ browser side

/**
 * The benchmark's helpers inside the page, as plain JavaScript: functions handed to page.evaluate
 * are sent as their source text, and tsx's transform would add calls to its own `__name` helper
 * to them. The app is reached through `window.__netzatlas.app`; `map`, `visibility` and sigma's
 * `getNodeAtPosition` are private in TypeScript but there at run time.
 */
const PAGE_HELPERS = String.raw`
(() => {
  const app = () => window.__netzatlas.app;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  // the timed call runs in a task of its own (as an input handler would), not inside the
  // DevTools protocol's evaluation, so Chrome counts it in its ScriptDuration metric
  const task = (fn) => new Promise((r) => setTimeout(() => r(fn()), 0));
  let moveT0 = 0;
  const moves = [];
  window.__bench = {
    loadInfo() {
      const res = performance.getEntriesByType('resource');
      const data = res.filter((e) => /\/(graph|analysis|layout|evidence)\.json$/.test(new URL(e.name).pathname));
      const script = res.find((e) => /\/assets\/index-[^/]*\.js$/.test(new URL(e.name).pathname));
      const a = app();
      const notice = (document.getElementById('notice') || {}).textContent || '';
      return {
        readyAt: window.__netzatlas.readyAt,
        dataAt: Math.max(0, ...data.map((e) => e.responseEnd)),
        scriptAt: script ? script.responseEnd : NaN,
        nodes: a.model.nodes.length,
        edges: a.model.edges.length,
        hasAnalysis: a.model.analysis !== null,
        hasLayout: !notice.includes('layout.json'),
      };
    },
    municipalities() {
      return app().model.municipalities;
    },
    renderer() {
      const gl = document.createElement('canvas').getContext('webgl2') || document.createElement('canvas').getContext('webgl');
      const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
      return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl ? gl.getParameter(gl.RENDERER) : 'none';
    },
    async dispatch(action) {
      const long = [];
      let obs = null;
      try {
        obs = new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration)));
        obs.observe({ type: 'longtask' });
      } catch {
        obs = null;
      }
      const [t0, t1] = await task(() => {
        const t0 = performance.now();
        if (action) app().dispatch(action);
        return [t0, performance.now()];
      });
      await frame();
      const t2 = performance.now();
      await sleep(30);
      if (obs) {
        long.push(...obs.takeRecords().map((e) => e.duration));
        obs.disconnect();
      }
      const v = app().visibility;
      return { syncMs: t1 - t0, frameMs: t2 - t0, longTasks: long, shown: v.nodeCount + '/' + v.edgeCount };
    },
    async emit(key, ev) {
      const sigma = app().map.sigma;
      const [t0, t1] = await task(() => {
        const t0 = performance.now();
        sigma.emit(ev, { node: key });
        return [t0, performance.now()];
      });
      await frame();
      return { syncMs: t1 - t0, frameMs: performance.now() - t0, hovered: app().map.hovered };
    },
    /** Nodes to hover: the one with the most ties, then evenly spread others; drawn and pickable. */
    targets(count) {
      const a = app();
      const sigma = a.map.sigma;
      const rect = sigma.getContainer().getBoundingClientRect();
      const degree = (i) => a.model.incident[i].length;
      const n = a.model.nodes.length;
      let top = 0;
      for (let i = 1; i < n; i++) if (degree(i) > degree(top)) top = i;
      const step = Math.max(1, Math.floor(n / (count * 40)));
      const candidates = [top];
      for (let i = 0; i < n; i += step) candidates.push(i);
      const out = [];
      for (const i of candidates) {
        const key = a.model.nodes[i].key;
        const at = a.map.graph.getNodeAttributes(key);
        const p = sigma.graphToViewport({ x: at.x, y: at.y });
        if (p.x < 2 || p.y < 2 || p.x > rect.width - 2 || p.y > rect.height - 2) continue;
        if (sigma.getNodeAtPosition(p) !== key) continue;
        out.push({ key, x: rect.left + p.x, y: rect.top + p.y });
        if (out.length >= count) break;
      }
      return out;
    },
    /** A point of the map with no node under it. */
    blank() {
      const sigma = app().map.sigma;
      const rect = sigma.getContainer().getBoundingClientRect();
      for (let gy = 1; gy < 20; gy++)
        for (let gx = 1; gx < 20; gx++) {
          const p = { x: (rect.width * gx) / 20, y: (rect.height * gy) / 20 };
          if (sigma.getNodeAtPosition(p) === null) return { x: rect.left + p.x, y: rect.top + p.y };
        }
      return null;
    },
    /** mousemove handlers timed between a capturing and a bubbling listener on window. */
    installMouse() {
      window.addEventListener('mousemove', () => (moveT0 = performance.now()), true);
      window.addEventListener('mousemove', () => moves.push(performance.now() - moveT0), false);
    },
    async afterMove() {
      await frame();
      return { handlerMs: moves.length ? moves[moves.length - 1] : NaN, hovered: app().map.hovered };
    },
  };
})();
`;

interface Dispatched {
  syncMs: number;
  frameMs: number;
  longTasks: number[];
  shown: string;
}
interface PageBench {
  loadInfo(): Omit<LoadResult, 'heapMB'>;
  municipalities(): string[];
  renderer(): string;
  dispatch(action: Action | null): Promise<Dispatched>;
  emit(
    key: string,
    ev: 'enterNode' | 'leaveNode',
  ): Promise<{ syncMs: number; frameMs: number; hovered: number | null }>;
  targets(count: number): Array<{ key: string; x: number; y: number }>;
  blank(): { x: number; y: number } | null;
  installMouse(): void;
  afterMove(): Promise<{ handlerMs: number; hovered: number | null }>;
}
interface BenchWindow {
  __netzatlas?: { ready: boolean; readyAt: number };
  __bench?: PageBench;
}

interface Metrics {
  TaskDuration: number;
  ScriptDuration: number;
  /** RecalcStyleDuration + LayoutDuration. */
  StyleLayoutDuration: number;
  JSHeapUsedSize: number;
}
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return {
    TaskDuration: get('TaskDuration'),
    ScriptDuration: get('ScriptDuration'),
    StyleLayoutDuration: get('RecalcStyleDuration') + get('LayoutDuration'),
    JSHeapUsedSize: get('JSHeapUsedSize'),
  };
}

interface LoadResult {
  readyAt: number;
  /** responseEnd of the last data file (graph/analysis/layout/evidence.json). */
  dataAt: number;
  /** responseEnd of the entry script. */
  scriptAt: number;
  heapMB: number;
  nodes: number;
  edges: number;
  hasAnalysis: boolean;
  hasLayout: boolean;
}

async function loadOnce(
  browser: Browser,
  url: string,
): Promise<{ result: LoadResult; page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: PAGE_HELPERS });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => (window as unknown as BenchWindow).__netzatlas?.ready === true, null, {
      timeout: 180_000,
      polling: 50,
    });
  } catch (e) {
    const text = await page.textContent('body').catch(() => '');
    throw new Error(
      `explorer.bench: ${url} wurde nicht bereit (${(e as Error).message}); Seite: ${text?.slice(0, 300)}; Fehler: ${errors.join(' | ')}`,
      { cause: e },
    );
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const m = await metrics(cdp);
  const r = await page.evaluate(() => (window as unknown as BenchWindow).__bench!.loadInfo());
  return { result: { ...r, heapMB: m.JSHeapUsedSize / 2 ** 20 }, page, cdp, close: () => context.close() };
}

interface Interaction {
  label: string;
  syncMs: number;
  frameMs: number;
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  longTasks: number[];
  shown?: string;
}

const pageDispatch = (page: Page, action: Action | null) =>
  page.evaluate((a) => (window as unknown as BenchWindow).__bench!.dispatch(a), action);

type Baseline = { taskMs: number; scriptMs: number; styleMs: number };

async function timed<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
  baseline: Baseline = { taskMs: 0, scriptMs: 0, styleMs: 0 },
): Promise<T & Baseline> {
  const a = await metrics(cdp);
  const r = await run();
  const b = await metrics(cdp);
  return {
    ...r,
    taskMs: (b.TaskDuration - a.TaskDuration) * 1000 - baseline.taskMs,
    scriptMs: (b.ScriptDuration - a.ScriptDuration) * 1000 - baseline.scriptMs,
    styleMs: (b.StyleLayoutDuration - a.StyleLayoutDuration) * 1000 - baseline.styleMs,
  };
}

function filterActions(model: { municipalities: string[] }): Array<[string, Action]> {
  const town = model.municipalities[0] ?? null;
  return [
    ['minimum degree 2', { type: 'setMinDegree', minDegree: 2 }],
    ['minimum degree 0', { type: 'setMinDegree', minDegree: 0 }],
    ['hide projects', { type: 'toggleKind', kind: 'project' }],
    ['show projects', { type: 'toggleKind', kind: 'project' }],
    ['domain SGB II', { type: 'setDomain', domain: 'SGB II' }],
    ['domain none', { type: 'setDomain', domain: null }],
    [`municipality ${town}`, { type: 'setMunicipality', municipality: town }],
    ['municipality none', { type: 'setMunicipality', municipality: null }],
    ['only SGB II/VIII clusters', { type: 'setSgbOnly', sgbOnly: true }],
    ['reset filters', { type: 'resetFilters' }],
  ];
}

async function measureFilters(page: Page, cdp: CDPSession): Promise<{ changes: Interaction[]; baseline: Baseline }> {
  const municipalities = await page.evaluate(() => (window as unknown as BenchWindow).__bench!.municipalities());
  // filters are changed from the filters tab: that panel is redrawn with every change
  await pageDispatch(page, { type: 'setTab', tab: 'filters' });
  const base: Baseline[] = [];
  for (let i = 0; i < 5; i++) base.push(await timed(cdp, () => pageDispatch(page, null)));
  const baseline = {
    taskMs: median(base.map((b) => b.taskMs)),
    scriptMs: median(base.map((b) => b.scriptMs)),
    styleMs: median(base.map((b) => b.styleMs)),
  };
  const changes: Interaction[] = [];
  for (const [label, action] of filterActions({ municipalities })) {
    const r = await timed(cdp, () => pageDispatch(page, action), baseline);
    changes.push({
      label,
      syncMs: r.syncMs,
      frameMs: r.frameMs,
      taskMs: r.taskMs,
      scriptMs: r.scriptMs,
      styleMs: r.styleMs,
      longTasks: r.longTasks,
      shown: r.shown,
    });
  }
  return { changes, baseline };
}

async function measureHover(page: Page, cdp: CDPSession, baseline: Baseline, count: number) {
  await pageDispatch(page, { type: 'setTab', tab: 'details' });
  const targets = await page.evaluate((c) => (window as unknown as BenchWindow).__bench!.targets(c), count);
  const emitted: Interaction[] = [];
  for (const t of targets) {
    for (const ev of ['enterNode', 'leaveNode'] as const) {
      const r = await timed(
        cdp,
        () => page.evaluate(([k, e]) => (window as unknown as BenchWindow).__bench!.emit(k, e), [t.key, ev] as const),
        baseline,
      );
      emitted.push({
        label: `${ev} ${t.key}`,
        syncMs: r.syncMs,
        frameMs: r.frameMs,
        taskMs: r.taskMs,
        scriptMs: r.scriptMs,
        styleMs: r.styleMs,
        longTasks: [],
      });
    }
  }
  await page.evaluate(() => (window as unknown as BenchWindow).__bench!.installMouse());
  const blank = await page.evaluate(() => (window as unknown as BenchWindow).__bench!.blank());
  const mouse: Interaction[] = [];
  let hovered = 0;
  if (blank) {
    await page.mouse.move(blank.x, blank.y);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench!.afterMove());
    for (const t of targets) {
      for (const [what, p] of [
        ['enter', t],
        ['leave', blank],
      ] as const) {
        const r = await timed(
          cdp,
          async () => {
            await page.mouse.move(p.x, p.y);
            return page.evaluate(() => (window as unknown as BenchWindow).__bench!.afterMove());
          },
          baseline,
        );
        if (what === 'enter' && r.hovered !== null) hovered++;
        mouse.push({
          label: `mouse ${what} ${t.key}`,
          syncMs: r.handlerMs,
          frameMs: NaN,
          taskMs: r.taskMs,
          scriptMs: r.scriptMs,
          styleMs: r.styleMs,
          longTasks: [],
        });
      }
    }
  }
  return { emitted, mouse, targets: targets.length, hovered };
}

// ------------------------------------------------------------------ Node side

function nodeVisibility(dir: string): { modelMs: number; perAction: Array<{ label: string; ms: number }> } {
  const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown;
  const graph = GraphJSONSchema.parse(read('graph.json'));
  const analysis = existsSync(path.join(dir, 'analysis.json')) ? AnalysisSchema.parse(read('analysis.json')) : null;
  const layout = existsSync(path.join(dir, 'layout.json')) ? LayoutSchema.parse(read('layout.json')) : null;
  const t0 = performance.now();
  const model = buildExplorerModel({ name: 'bench', graph, analysis, positions: layout?.positions ?? {} });
  const modelMs = performance.now() - t0;
  const keys = sgbClusterKeys(model);
  const perAction: Array<{ label: string; ms: number }> = [];
  let state = { filters: DEFAULT_FILTERS } as Parameters<typeof reduce>[0];
  for (let i = 0; i < 3; i++) computeVisibility(model, DEFAULT_FILTERS, keys); // warm-up
  for (const [label, action] of filterActions(model)) {
    state = reduce(state, action);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      computeVisibility(model, state.filters, keys);
      runs.push(performance.now() - t);
    }
    perAction.push({ label, ms: median(runs) });
  }
  return { modelMs, perAction };
}

// ------------------------------------------------------------------ profile

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Inclusive and self milliseconds per function name (recursion counted once). */
function summariseProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }) {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++)
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const childIds = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url || '') || ''}`.trim();
  const walk = (id: number, active: Map<string, number>): number => {
    const n = byId.get(id)!;
    const nm = name(n);
    const s = selfUs.get(id) ?? 0;
    self.set(nm, (self.get(nm) ?? 0) + s);
    active.set(nm, (active.get(nm) ?? 0) + 1);
    let total = s;
    for (const c of n.children ?? []) total += walk(c, active);
    active.set(nm, active.get(nm)! - 1);
    if (active.get(nm) === 0) inclusive.set(nm, (inclusive.get(nm) ?? 0) + total);
    return total;
  };
  let all = 0;
  for (const n of profile.nodes) if (!childIds.has(n.id)) all += walk(n.id, new Map());
  return {
    totalMs: all / 1000,
    inclusive: new Map([...inclusive].map(([k, v]) => [k, v / 1000])),
    self: new Map([...self].map(([k, v]) => [k, v / 1000])),
  };
}

async function profileFilters(browser: Browser, url: string) {
  const { page, cdp, close } = await loadOnce(browser, url);
  const municipalities = await page.evaluate(() => (window as unknown as BenchWindow).__bench!.municipalities());
  await pageDispatch(page, { type: 'setTab', tab: 'filters' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const actions = filterActions({ municipalities });
  for (const [, action] of actions) await pageDispatch(page, action);
  const { profile } = await cdp.send('Profiler.stop');
  await close();
  return { ...summariseProfile(profile), changes: actions.length };
}

// ------------------------------------------------------------------ main

/**
 * Two ways to run chromium here. "software" is test/e2e/browser.ts (`--disable-gpu`): software
 * compositing, so every frame that shows a WebGL canvas reads its pixels back to the renderer's
 * main thread (GLES2::ReadPixels), which blocks it while SwiftShader draws – a cost a machine with
 * a GPU does not have. "gpu" drops `--disable-gpu` and asks for ANGLE on SwiftShader (Vulkan), so
 * chromium composites on its (software) GPU process and the canvas is handed over without a
 * readback: the main thread then carries what it would carry on a real GPU, while the drawing
 * itself still competes for the same two cores.
 */
const BROWSERS = {
  software: { label: 'software compositing (test/e2e/browser.ts: --disable-gpu)', launch: () => launchBrowser() },
  gpu: {
    label: 'GPU compositing on SwiftShader (ANGLE/Vulkan, no --disable-gpu)',
    launch: () => launchBrowser(['--use-angle=swiftshader', '--ignore-gpu-blocklist']),
  },
} as const;
type Mode = keyof typeof BROWSERS;
type ProfileResult = Awaited<ReturnType<typeof profileFilters>> & { mode: Mode; name: string };

interface DatasetResult {
  mode: Mode;
  renderer: string;
  name: string;
  files: { graph: number; analysis: number; layout: number } | null;
  loads: LoadResult[];
  filters: Interaction[];
  hoverEmit: Interaction[];
  hoverMouse: Interaction[];
  hoverTargets: number;
  hoverHits: number;
  node: { modelMs: number; perAction: Array<{ label: string; ms: number }> };
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'chromium ?';
  }
}

/** The commit measured, and whether src/ had uncommitted changes when the site was built. */
function revision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts') ? ' plus uncommitted changes in src/' : ''}`;
  } catch {
    return 'commit ?';
  }
}

function machine(): string {
  return `${cpus()[0]?.model ?? '?'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()} ${arch()}, Node ${process.version}, ${chromiumVersion()} (headless, playwright-core); ${revision()}`;
}

async function main(argv: string[]): Promise<void> {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get('--sizes') ?? '1000:5000,10000:50000')
    .split(',')
    .filter(Boolean)
    .map((s) => {
      const [n, m] = s.split(':').map(Number);
      if (!Number.isInteger(n) || !Number.isInteger(m) || n! <= 0 || m! <= 0)
        throw new Error(`explorer.bench: Größe „${s}“: erwartet Knoten:Kanten, z. B. 10000:50000`);
      return [n!, m!] as const;
    });
  const loads = Number(get('--loads') ?? 3);
  if (!Number.isInteger(loads) || loads < 1) throw new Error('explorer.bench: --loads braucht eine ganze Zahl ≥ 1');
  const modes = (get('--browsers') ?? 'software,gpu').split(',') as Mode[];
  for (const m of modes)
    if (!(m in BROWSERS))
      throw new Error(`explorer.bench: --browsers kennt nur ${Object.keys(BROWSERS).join(', ')}, nicht „${m}“`);
  const work = mkdtempSync(path.join(tmpdir(), 'netzatlas-explorer-site-'));
  const dist = get('--dist') ?? path.join(work, 'dist');
  if (!get('--dist')) {
    log(`vite build → ${dist}`);
    viteBuild(dist, true);
  }
  const assets = bundleSizes(dist);

  const datasets: Array<{ name: string; url: string; dir: string; files: DatasetResult['files'] }> = [];
  if (!argv.includes('--no-seeds')) {
    const dir = path.join(dist, 'data');
    const size = (f: string) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f)).length : 0);
    datasets.push({
      name: 'seeds',
      url: '',
      dir,
      files: { graph: size('graph.json'), analysis: size('analysis.json'), layout: size('layout.json') },
    });
  }
  for (const [n, m] of sizes) {
    log(`Netz ${n}/${m} vorbereiten …`);
    const f = networkFolder(n, m, { fresh: argv.includes('--fresh'), log });
    datasets.push({ name: `${n}/${m}`, url: `?daten=bench/${path.basename(f.dir)}/`, dir: f.dir, files: f.bytes });
  }
  const nodeSide = new Map(datasets.map((d) => [d.name, nodeVisibility(d.dir)]));

  const server = await serveStatic(dist, { '/bench/': CACHE_ROOT });
  const results: DatasetResult[] = [];
  let profile: ProfileResult | null = null;
  try {
    for (const mode of modes) {
      const browser = await BROWSERS[mode].launch();
      try {
        for (const d of datasets) {
          log(`[${mode}] ${d.name}: ${loads} Ladevorgänge …`);
          const url = `${server.url}${d.url}`;
          const loadResults: LoadResult[] = [];
          let last: Awaited<ReturnType<typeof loadOnce>> | null = null;
          for (let i = 0; i < loads; i++) {
            if (last) await last.close();
            last = await loadOnce(browser, url);
            loadResults.push(last.result);
          }
          if (!last!.result.hasAnalysis || !last!.result.hasLayout)
            log(`  Achtung: ${d.name} ohne ${last!.result.hasAnalysis ? 'layout.json' : 'analysis.json'} geladen`);
          log(`[${mode}] ${d.name}: Filter und Hover …`);
          const { page, cdp } = last!;
          const renderer = await page.evaluate(() => (window as unknown as BenchWindow).__bench!.renderer());
          await page.waitForTimeout(300);
          const f = await measureFilters(page, cdp);
          const h = await measureHover(page, cdp, f.baseline, 5);
          await last!.close();
          results.push({
            mode,
            renderer,
            name: d.name,
            files: d.files,
            loads: loadResults,
            filters: f.changes,
            hoverEmit: h.emitted,
            hoverMouse: h.mouse,
            hoverTargets: h.targets,
            hoverHits: h.hovered,
            node: nodeSide.get(d.name)!,
          });
        }
        if (argv.includes('--profile') && mode === modes[0]) {
          const d = datasets.at(-1)!;
          const pdist = path.join(work, 'dist-unminified');
          log(`[${mode}] Profil: unminifizierter Build → ${pdist}; ${d.name} …`);
          viteBuild(pdist, false);
          const pserver = await serveStatic(pdist, { '/bench/': CACHE_ROOT });
          try {
            profile = { ...(await profileFilters(browser, `${pserver.url}${d.url}`)), mode, name: d.name };
          } finally {
            await pserver.close();
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }

  if (argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ machine: machine(), assets, results, profile: profile && { ...profile, inclusive: Object.fromEntries(profile.inclusive), self: Object.fromEntries(profile.self) } }, null, 2)}\n`,
    );
    return;
  }
  process.stdout.write(report(assets, results, profile));
}

function report(assets: AssetSize[], results: DatasetResult[], profile: ProfileResult | null): string {
  const L: string[] = [`Machine: ${machine()}`, ''];
  const sum = (role: AssetSize['role'], k: 'raw' | 'gzip') =>
    assets.filter((a) => a.role === role).reduce((s, a) => s + a[k], 0);
  L.push('| asset | role | raw kB | gzip kB |', '|---|---|---:|---:|');
  for (const a of assets)
    L.push(`| ${a.file.replace(/-[\w-]{8}\./, '-*.')} | ${a.role} | ${kB(a.raw)} | ${kB(a.gzip)} |`);
  const jsGz = sum('initial JS', 'gzip') / 1000;
  L.push(
    `| **initial JS + CSS** | | ${kB(sum('initial JS', 'raw') + sum('initial CSS', 'raw'))} | **${kB(sum('initial JS', 'gzip') + sum('initial CSS', 'gzip'))}** |`,
    '',
  );
  L.push(
    `- initial JS < ${AIMS.initialJsGzipKB} kB gzip: ${jsGz.toFixed(1)} kB – ${jsGz < AIMS.initialJsGzipKB ? 'met' : 'MISSED'}`,
    '',
  );

  const mm = (xs: number[], d = 0) => (xs.length ? `${ms(median(xs), d)} / ${ms(max(xs), d)}` : '–');
  for (const mode of [...new Set(results.map((r) => r.mode))]) {
    const rs = results.filter((r) => r.mode === mode);
    const row = (label: string, f: (r: DatasetResult) => string) => L.push(`| ${label} | ${rs.map(f).join(' | ')} |`);
    L.push(`Chromium with ${BROWSERS[mode].label}; WebGL renderer: ${rs[0]?.renderer ?? '?'}`, '');
    L.push(`| measure | ${rs.map((r) => r.name).join(' | ')} |`, `|---|${rs.map(() => '---:').join('|')}|`);
    row('nodes / edges', (r) => `${r.loads[0]!.nodes} / ${r.loads[0]!.edges}`);
    row('graph + analysis + layout JSON (MB)', (r) =>
      r.files
        ? `${(r.files.graph / 1e6).toFixed(2)} + ${(r.files.analysis / 1e6).toFixed(2)} + ${(r.files.layout / 1e6).toFixed(2)}`
        : '–',
    );
    row('**first complete frame (ms, median)**', (r) => `**${ms(median(r.loads.map((l) => l.readyAt)))}**`);
    row('… the loads (ms)', (r) => r.loads.map((l) => ms(l.readyAt)).join(', '));
    row('… entry script loaded (ms)', (r) => ms(median(r.loads.map((l) => l.scriptAt))));
    row('… data files loaded (ms)', (r) => ms(median(r.loads.map((l) => l.dataAt))));
    row('… data loaded → first frame (ms)', (r) => ms(median(r.loads.map((l) => l.readyAt - l.dataAt))));
    row('JS heap after load (MB)', (r) => ms(median(r.loads.map((l) => l.heapMB)), 1));
    row('**filter change: dispatch (ms, median / max)**', (r) => `**${mm(r.filters.map((c) => c.syncMs))}**`);
    row('… until the next frame (ms, median / max)', (r) => mm(r.filters.map((c) => c.frameMs)));
    row('… CDP TaskDuration Δ (ms, median / max)', (r) => mm(r.filters.map((c) => c.taskMs)));
    row('… CDP ScriptDuration Δ (ms, median / max)', (r) => mm(r.filters.map((c) => c.scriptMs)));
    row('… CDP RecalcStyle + Layout Δ (ms, median / max)', (r) => mm(r.filters.map((c) => c.styleMs)));
    row('… long tasks (count, total ms)', (r) => {
      const lt = r.filters.flatMap((c) => c.longTasks);
      return `${lt.length}, ${ms(lt.reduce((s, x) => s + x, 0))}`;
    });
    row('… computeVisibility alone, Node (ms, median / max)', (r) =>
      mm(
        r.node.perAction.map((a) => a.ms),
        1,
      ),
    );
    row('hover: enterNode handler (ms, median / max)', (r) =>
      mm(r.hoverEmit.filter((h) => h.label.startsWith('enter')).map((h) => h.syncMs)),
    );
    row('… leaveNode handler (ms, median / max)', (r) =>
      mm(r.hoverEmit.filter((h) => h.label.startsWith('leave')).map((h) => h.syncMs)),
    );
    row('… CDP TaskDuration Δ (ms, median / max)', (r) => mm(r.hoverEmit.map((h) => h.taskMs)));
    row('mouse onto / off a node: mousemove handlers (ms, median / max)', (r) => mm(r.hoverMouse.map((h) => h.syncMs)));
    row('… CDP TaskDuration Δ (ms, median / max)', (r) => mm(r.hoverMouse.map((h) => h.taskMs)));
    row('… nodes hovered by the mouse', (r) => `${r.hoverHits}/${r.hoverTargets}`);
    row('buildExplorerModel, Node (ms)', (r) => ms(r.node.modelMs));
    L.push('');
    const seeds = rs.find((r) => r.name === 'seeds');
    const largest = rs.filter((r) => r.name !== 'seeds').at(-1);
    if (seeds) {
      const v = median(seeds.loads.map((l) => l.readyAt));
      L.push(
        `- seeds interactive within ${AIMS.seedsReadyMs} ms of navigation: ${ms(v)} ms – ${v < AIMS.seedsReadyMs ? 'met' : 'MISSED'}`,
      );
    }
    if (largest) {
      const d = max(largest.filters.map((c) => c.syncMs));
      const t = max(largest.filters.map((c) => c.taskMs));
      L.push(
        `- filter change < ${AIMS.filterMs} ms main thread at ${largest.name}: dispatch max ${ms(d)} ms – ${d < AIMS.filterMs ? 'met' : 'MISSED'}; ` +
          `with the following frame (CDP TaskDuration) max ${ms(t)} ms – ${t < AIMS.filterMs ? 'met' : 'MISSED'}`,
      );
    }
    L.push('');
    for (const r of rs) {
      L.push(
        `Filter changes, ${r.name}, ${mode} (filters tab open):`,
        '',
        '| change | shown nodes/edges | dispatch ms | next frame ms | CDP task Δ ms | CDP style+layout Δ ms | computeVisibility (Node) ms |',
        '|---|---:|---:|---:|---:|---:|---:|',
      );
      r.filters.forEach((c, i) =>
        L.push(
          `| ${c.label} | ${c.shown} | ${ms(c.syncMs)} | ${ms(c.frameMs)} | ${ms(c.taskMs)} | ${ms(c.styleMs)} | ${ms(r.node.perAction[i]?.ms ?? NaN, 1)} |`,
        ),
      );
      L.push('');
    }
  }
  if (profile) {
    L.push(
      `CPU profile of ${profile.changes} filter changes at ${profile.name}, ${profile.mode} (unminified build, 100 µs sampling; total sampled ${ms(profile.totalMs)} ms):`,
      '',
      '| function | inclusive ms | self ms |',
      '|---|---:|---:|',
    );
    const top = [...profile.inclusive]
      .filter(([k]) => !/^\(/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40);
    for (const [k, v] of top) L.push(`| \`${k}\` | ${ms(v, 1)} | ${ms(profile.self.get(k) ?? 0, 1)} |`);
    L.push('', '| top self time | ms |', '|---|---:|');
    for (const [k, v] of [...profile.self].sort((a, b) => b[1] - a[1]).slice(0, 20))
      L.push(`| \`${k}\` | ${ms(v, 1)} |`);
    L.push('');
  }
  return `${L.join('\n')}\n`;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
