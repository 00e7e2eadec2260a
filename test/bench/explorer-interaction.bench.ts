/**
 * npx tsx test/bench/explorer-interaction.bench.ts [--sizes 1000:5000,5000:20000] [--steps 10] [--browsers software,gpu]
 *   (= npm run bench:explorer-interaction)
 *
 * Issue 14's targets for big networks, in the real browser (Debian chromium, software WebGL), per size:
 *  - CSV import: the generated network (seed 1) written as the explorer's own two CSV files
 *    (src/formats/csv/write.ts), opened with „Andere Graphdatei öffnen“ on the shipped map; time from
 *    setInputFiles to the first complete frame of the new map, and whether the step line with
 *    „Abbrechen“ was shown on the way (target ≤ 10 s at 5k/20k, with progress);
 *  - interaction on the same network loaded from its folder (?daten=bench/…#ebene=knoten, all nodes): the longest main-thread
 *    task (PerformanceObserver „longtask“, which reports tasks of 50 ms and more) during --steps hover
 *    moves over nodes, --steps wheel zoom steps and --steps drag steps of the stage (target: none
 *    over 50 ms at 5k/20k). Two set-ups as in explorer.bench.ts: software compositing (SwiftShader draws
 *    on the main thread, an upper bound) and GPU compositing on SwiftShader (drawing leaves the page's thread);
 *  - the start view of the same folder opened without a link (from 2,000 nodes the Kreis overview):
 *    time from navigation to the first complete frame, and the longest task during the same hover,
 *    zoom and drag steps on it (hover: over the overview's points);
 *  - a bare sigma for comparison: in the page of the all-nodes view, the app's map is killed and a
 *    sigma of the same bundle draws the same nodes and ties (positions, sizes, colours and labels as
 *    the app's map drew them) in the same container, with the same edge programs and the same
 *    hide-on-move settings but no reducers, no layers of ours and no listeners of ours; the same
 *    steps on it. Equal figures mean the long tasks are sigma's frames on this browser's WebGL,
 *    not the explorer's script.
 * Prints a Markdown table (BENCHMARKS.md, "Explorer: big networks") with the machine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { graphToJSON } from '../../src/model/graph-io.ts';
import { writeCsvEdges, writeCsvNodes } from '../../src/formats/csv/write.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { CACHE_ROOT, networkFolder, viteBuild } from './explorer-data.ts';
import { generateNetwork } from './generate-network.ts';

const args = process.argv.slice(2);
const get = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (get('--sizes') ?? '1000:5000,5000:20000')
  .split(',')
  .map((s) => s.split(':').map(Number) as [number, number]);
const steps = Number(get('--steps') ?? 10);
const BROWSERS = {
  software: () => launchBrowser(),
  gpu: () => launchBrowser(['--use-angle=swiftshader', '--ignore-gpu-blocklist']),
} as const;
type Mode = keyof typeof BROWSERS;
const modes = (get('--browsers') ?? 'software').split(',').filter((m): m is Mode => m in BROWSERS);

interface Row {
  mode: Mode;
  size: string;
  importS: number;
  progressShown: boolean;
  hover: number;
  zoom: number;
  drag: number;
  /** Navigation to the first complete frame, all nodes and start view (s). */
  firstFrameS: number;
  startFirstFrameS: number;
  /** What the start view drew (nodes on the map) and its longest task over hover, zoom and drag. */
  startDrawn: number;
  startLongest: number;
  /** The same steps on a bare sigma with the same scene. */
  bare: Steps;
}

interface BenchSigma {
  getGraph(): { nodes(): string[]; order: number };
  getNodeDisplayData(k: string): { x: number; y: number } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
}

type Win = {
  __netzatlas?: {
    ready: boolean;
    app: {
      map: { sigma: BenchSigma; kill(): void };
      model: { nodes: Array<{ key: string }> };
    };
  };
  __longest?: number;
  /** The bare sigma of the comparison (bareSigma). */
  __bare?: BenchSigma;
};

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Win).__netzatlas?.ready === true, null, { timeout: 300_000 });
}

/** The longest long task (ms, 0 when none reached 50 ms) while `run` goes on, measured in the page. */
async function longestTask(page: Page, run: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as Win & { __obs?: PerformanceObserver };
    w.__longest = 0;
    w.__obs?.disconnect();
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
    });
    w.__obs.observe({ type: 'longtask' });
  });
  await run();
  // the last frame's tasks reach the observer a little later
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as Win).__longest ?? 0);
}

type Steps = { hover: number; zoom: number; drag: number };

/**
 * The longest tasks during `steps` hover moves onto `keys` (the model's nodes, the nodes drawn, or
 * those of the bare sigma), wheel steps and drag steps.
 */
async function interact(p2: Page, keys: 'model' | 'drawn' | 'bare'): Promise<Steps> {
  const box = (await p2.locator('#map').boundingBox())!;
  const points = await p2.evaluate(
    ({ count, from }) => {
      const w = window as unknown as Win;
      const a = w.__netzatlas!.app;
      const sigma = from === 'bare' ? w.__bare! : a.map.sigma;
      const out: Array<{ x: number; y: number }> = [];
      const nodes = from === 'model' ? a.model.nodes.map((n) => n.key) : sigma.getGraph().nodes();
      for (let i = 0; i < Math.min(count, nodes.length); i++) {
        const d = sigma.getNodeDisplayData(nodes[Math.floor((i * nodes.length) / count)]!);
        if (d) out.push(sigma.framedGraphToViewport(d));
      }
      return out;
    },
    { count: steps, from: keys },
  );
  const inMap = points.filter((p) => p.x > 5 && p.y > 5 && p.x < box.width - 5 && p.y < box.height - 5);
  const hover = await longestTask(p2, async () => {
    for (const p of inMap) {
      await p2.mouse.move(box.x + p.x, box.y + p.y);
      await p2.waitForTimeout(60);
    }
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const zoom = await longestTask(p2, async () => {
    await p2.mouse.move(cx, cy);
    for (let i = 0; i < steps; i++) {
      await p2.mouse.wheel(0, i < steps / 2 ? -120 : 120);
      await p2.waitForTimeout(120);
    }
  });
  const drag = await longestTask(p2, async () => {
    await p2.mouse.move(box.x + 20, box.y + 20);
    await p2.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await p2.mouse.move(box.x + 20 + i * 15, box.y + 20 + i * 10);
      await p2.waitForTimeout(40);
    }
    await p2.mouse.up();
  });
  return { hover, zoom, drag };
}

/**
 * Replaces the app's map by a bare sigma of the same bundle drawing the same scene (see the head of
 * this file), and waits for its first frame.
 */
async function bareSigma(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as unknown as Win;
    // the app's map (MapView's sigma, a subclass): its class chain up to sigma's own class
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const old = w.__netzatlas!.app.map.sigma as any;
    let S = old.constructor;
    while (Object.getPrototypeOf(S)?.prototype?.refresh) S = Object.getPrototypeOf(S);
    const G = old.getGraph().constructor;
    const g = new G({ type: 'directed', multi: true, allowSelfLoops: true });
    for (const k of old.getGraph().nodes() as string[]) {
      const d = old.getNodeDisplayData(k);
      if (!d || d.hidden) continue;
      g.addNode(k, { x: d.x, y: d.y, size: d.size, color: d.color, label: d.label });
    }
    for (const k of old.getGraph().edges() as string[]) {
      const d = old.getEdgeDisplayData(k);
      const [s, t] = old.getGraph().extremities(k);
      if (!d || d.hidden || !g.hasNode(s) || !g.hasNode(t)) continue;
      g.addDirectedEdgeWithKey(k, s, t, { size: d.size, color: d.color, type: d.type });
    }
    const settings = {
      edgeProgramClasses: old.getSetting('edgeProgramClasses'),
      defaultEdgeType: 'line',
      hideEdgesOnMove: old.getSetting('hideEdgesOnMove'),
      hideLabelsOnMove: old.getSetting('hideLabelsOnMove'),
      minCameraRatio: old.getSetting('minCameraRatio'),
      maxCameraRatio: old.getSetting('maxCameraRatio'),
    };
    const container = document.getElementById('map')!;
    w.__netzatlas!.app.map.kill();
    w.__bare = new S(g, container, settings);
    await new Promise((r) => setTimeout(r, 1000));
  });
}

/** A fresh page on `url`: seconds to the first complete frame. */
async function opened(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await ready(page);
  return (Date.now() - t0) / 1000;
}

async function measure(mode: Mode, base: string, n: number, m: number, csvDir: string): Promise<Row> {
  const browser = await BROWSERS[mode]();
  try {
    // import: the two CSV files on the shipped map
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(base);
    await ready(page);
    await page.evaluate(() => ((window as unknown as Win).__netzatlas!.ready = false));
    const t0 = Date.now();
    const shown = page
      .locator('#import-cancel')
      .waitFor({ state: 'visible', timeout: 300_000 })
      .then(
        () => true,
        () => false,
      );
    await page
      .locator('#open-file')
      .setInputFiles([path.join(csvDir, 'netz-knoten.csv'), path.join(csvDir, 'netz-kanten.csv')]);
    await ready(page);
    const importS = (Date.now() - t0) / 1000;
    const progressShown = await Promise.race([shown, new Promise<boolean>((r) => setTimeout(() => r(false), 100))]);
    await context.close();

    // interaction: the same network from its folder, with its layout, all nodes drawn
    const folder = networkFolder(n, m);
    const url = `${base}?daten=bench/${path.basename(folder.dir)}/`;
    const c2 = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p2 = await c2.newPage();
    const firstFrameS = await opened(p2, `${url}#ebene=knoten`);
    const { hover, zoom, drag } = await interact(p2, 'model');
    await bareSigma(p2);
    const bare = await interact(p2, 'bare');
    await c2.close();

    // the start view: the same folder without a link
    const c3 = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p3 = await c3.newPage();
    const startFirstFrameS = await opened(p3, url);
    const startDrawn = await p3.evaluate(() => (window as unknown as Win).__netzatlas!.app.map.sigma.getGraph().order);
    const start = await interact(p3, 'drawn');
    await c3.close();
    return {
      mode,
      size: `${n.toLocaleString('de-DE')}/${m.toLocaleString('de-DE')}`,
      importS,
      progressShown,
      hover,
      zoom,
      drag,
      firstFrameS,
      startFirstFrameS,
      startDrawn,
      startLongest: Math.max(start.hover, start.zoom, start.drag),
      bare,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const dist = mkdtempSync(path.join(tmpdir(), 'netzatlas-interaction-'));
  const csvRoot = mkdtempSync(path.join(tmpdir(), 'netzatlas-interaction-csv-'));
  try {
    viteBuild(dist, true);
    const server = await serveStatic(dist, { '/bench/': CACHE_ROOT });
    const rows: Row[] = [];
    try {
      for (const [n, m] of sizes) {
        const csvDir = path.join(csvRoot, `${n}-${m}`);
        mkdirSync(csvDir, { recursive: true });
        const json = graphToJSON(generateNetwork(n, m, 1));
        writeFileSync(path.join(csvDir, 'netz-knoten.csv'), writeCsvNodes(json));
        writeFileSync(path.join(csvDir, 'netz-kanten.csv'), writeCsvEdges(json));
        for (const mode of modes) {
          console.error(`${mode} ${n}/${m} …`);
          rows.push(await measure(mode, server.url, n, m, csvDir));
        }
      }
    } finally {
      await server.close();
    }
    const ms = (v: number) => (v === 0 ? '< 50' : v.toFixed(0));
    console.log(
      `Machine: ${cpus()[0]?.model ?? '?'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; Debian chromium\n`,
    );
    console.log(
      '| set-up | network (nodes/ties) | CSV import to first frame (s) | step line with „Abbrechen“ shown | longest task: hover (ms) | zoom (ms) | drag (ms) | first frame, all nodes (s) | start view: first frame (s) | start view: points drawn | start view: longest task (ms) | bare sigma: hover (ms) | zoom (ms) | drag (ms) |',
    );
    console.log('|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows)
      console.log(
        `| ${r.mode} | ${r.size} | ${r.importS.toFixed(1)} | ${r.progressShown ? 'ja' : 'nein'} | ${ms(r.hover)} | ${ms(r.zoom)} | ${ms(r.drag)} | ${r.firstFrameS.toFixed(1)} | ${r.startFirstFrameS.toFixed(1)} | ${r.startDrawn.toLocaleString('de-DE')} | ${ms(r.startLongest)} | ${ms(r.bare.hover)} | ${ms(r.bare.zoom)} | ${ms(r.bare.drag)} |`,
      );
  } finally {
    rmSync(dist, { recursive: true, force: true });
    rmSync(csvRoot, { recursive: true, force: true });
  }
}

void main();
