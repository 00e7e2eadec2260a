/**
 * "Anordnung: Lage in NRW" (issue 14): the nodes at their places in NRW over the faint dots of the
 * Land's 396 Gemeinden, the arrangement in the link and in saved views, and the network positions
 * back when switching back; an open comparison follows a switch (and the presenter pseudonyms) without
 * another click, and no label reaches under the legend in either arrangement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { explorerInBrowser, ready } from './open-explorer.ts';

const SITE = inject('siteUrl');
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const open = explorerInBrowser(SITE);
/** With NETZATLAS_SCREENSHOTS=<folder> the views at 1280×800 are saved there. */
const SHOTS = process.env['NETZATLAS_SCREENSHOTS'];

type Positions = Record<string, [number, number]>;

/** The node positions on the map (graph coordinates) and where two nodes are drawn (viewport pixels). */
function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    type MapLike = { graph: { forEachNode(cb: (k: string, a: { x: number; y: number }) => void): void } };
    const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
    const out: Record<string, [number, number]> = {};
    map.graph.forEachNode((k, a) => (out[k] = [a.x, a.y]));
    return out;
  });
}

function onScreen(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    type MapLike = {
      sigma: {
        getNodeDisplayData(k: string): { x: number; y: number };
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      };
    };
    const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
    return map.sigma.framedGraphToViewport(map.sigma.getNodeDisplayData(k));
  }, key);
}

/** Dots of the backdrop canvas: pixels drawn on it. */
function backdropInk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('#map canvas.sigma-backdrop');
    if (!c) return -1;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
}

/** The shown nodes whose centre (with its radius) lies within the legend's box, in page pixels. */
function underLegend(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type MapLike = {
      graph: { forEachNode(cb: (k: string) => void): void };
      sigma: {
        getNodeDisplayData(k: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        scaleSize(size: number): number;
      };
    };
    const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
    const lb = document.querySelector('#legend')!.getBoundingClientRect();
    const mb = document.querySelector('#map')!.getBoundingClientRect();
    const out: string[] = [];
    map.graph.forEachNode((k) => {
      const d = map.sigma.getNodeDisplayData(k);
      if (!d || d.hidden) return;
      const p = map.sigma.framedGraphToViewport(d);
      const [x, y, r] = [p.x + mb.left, p.y + mb.top, map.sigma.scaleSize(d.size)];
      if (x + r > lb.left && x - r < lb.right && y + r > lb.top && y - r < lb.bottom) out.push(k);
    });
    return out;
  });
}

/** Pixels drawn on the backdrop canvas of each compare map, and whether both canvases are the same picture. */
function compareBackdrops(page: Page): Promise<{ ink: number[]; same: boolean }> {
  return page.evaluate(() => {
    const data = [...document.querySelectorAll<HTMLCanvasElement>('#compare-overlay canvas.sigma-backdrop')].map(
      (c) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data,
    );
    const ink = data.map((d) => {
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    const same =
      data.length === 2 && data[0]!.length === data[1]!.length && data[0]!.every((v, i) => v === data[1]![i]);
    return { ink, same };
  });
}

/** The labels the map drew in its last frame whose text box (in the page's font) meets the legend's box. */
function labelsUnderLegend(page: Page): Promise<{ drawn: number; under: string[] }> {
  return page.evaluate(() => {
    type MapLike = {
      placedLabels: Array<{ key: string; label: string; x: number; y: number }>;
      sigma: { getSetting(k: string): unknown };
    };
    const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
    const size = map.sigma.getSetting('labelSize') as number;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${String(map.sigma.getSetting('labelWeight'))} ${size}px ${String(map.sigma.getSetting('labelFont'))}`;
    const lb = document.querySelector('#legend')!.getBoundingClientRect();
    const mb = document.querySelector('#map')!.getBoundingClientRect();
    const under = map.placedLabels
      .filter((l) => {
        // the text from its left edge, from the cap height above the baseline to the descenders below it
        const [x0, x1] = [mb.left + l.x, mb.left + l.x + ctx.measureText(l.label).width];
        const [y0, y1] = [mb.top + l.y - (size * 5) / 6, mb.top + l.y + size / 6];
        return x0 < lb.right && lb.left < x1 && y0 < lb.bottom && lb.top < y1;
      })
      .map((l) => `${l.label} (${Math.round(l.x)}, ${Math.round(l.y)})`);
    return { drawn: map.placedLabels.length, under };
  });
}

type Drawn = Record<string, { x: number; y: number; label: string }>;

/** The nodes on the open compare maps with their positions (graph coordinates) and names; null while none is open. */
function compareDrawn(page: Page): Promise<Drawn | null> {
  return page.evaluate(() => {
    type CompareLike = { maps(): { drawn(): Drawn } | null };
    const app = (window as unknown as { __netzatlas: { app: { compare: CompareLike } } }).__netzatlas.app;
    return app.compare.maps()?.drawn() ?? null;
  });
}

/** The node positions on the open compare maps; null while none is open. */
async function comparePositions(page: Page): Promise<Positions | null> {
  const drawn = await compareDrawn(page);
  return drawn && Object.fromEntries(Object.entries(drawn).map(([k, d]) => [k, [d.x, d.y] as [number, number]]));
}

/** Counts the messages sent to any worker from now on (the comparison's analysis is one). */
function countWorkerMessages(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __posts: number };
    w.__posts = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      w.__posts++;
      return post.apply(this, args);
    } as Worker['postMessage'];
  });
}
const workerMessages = (page: Page) => page.evaluate(() => (window as unknown as { __posts: number }).__posts);

const HERFORD = 'org:jugendamt-herford';
const HAGEN = 'org:jugendamt-hagen';
const MOENCHENGLADBACH = 'org:jugendamt-moenchengladbach';

describe('Lage in NRW', () => {
  test('switches to the places of NRW, keeps it in the link and after a reload, and brings the network back', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 1280, height: 720 });
    const network = await positions(page);
    expect(await page.locator('#arrangement').inputValue()).toBe('network');
    expect(await page.locator('#relayout').isDisabled()).toBe(false);
    expect(await backdropInk(page)).toBe(0);

    await page.locator('#arrangement').selectOption('geo');
    await expect.poll(async () => (await positions(page))[HERFORD]).not.toEqual(network[HERFORD]);
    const geo = await positions(page);
    const moved = Object.keys(network).filter((k) => network[k]![0] !== geo[k]![0] || network[k]![1] !== geo[k]![1]);
    expect(moved.length).toBe(Object.keys(network).length);
    // geography: Herford lies north-east of Hagen, Mönchengladbach west of both (north is up on screen)
    expect(geo[HERFORD]![0]).toBeGreaterThan(geo[HAGEN]![0]);
    expect(geo[HERFORD]![1]).toBeGreaterThan(geo[HAGEN]![1]);
    expect(geo[MOENCHENGLADBACH]![0]).toBeLessThan(geo[HAGEN]![0]);
    await expect
      .poll(async () => (await onScreen(page, HERFORD)).x - (await onScreen(page, HAGEN)).x)
      .toBeGreaterThan(100);
    expect((await onScreen(page, HERFORD)).y).toBeLessThan((await onScreen(page, HAGEN)).y);

    // the link holds it, the Land's dots are drawn, the legend names the group without a place
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/anordnung=lage/);
    await expect.poll(() => backdropInk(page)).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('#legend-unplaced').textContent()).toMatch(/^ohne Ort: \d+/);
    expect(await page.locator('#legend-backdrop').textContent()).toContain('396');
    expect(await page.locator('#relayout').isDisabled()).toBe(true);
    // the camera came to rest on the whole Land
    await new Promise((r) => setTimeout(r, 700));
    await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'geo-1280.png') });
    // the SVG picture has the dots under the edges and the legend's lines about the arrangement
    await page.locator('#export-menu').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#export-svg').click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    const dots = /<g class="backdrop">([\s\S]*?)<\/g>/.exec(text)?.[1] ?? '';
    expect(dots.match(/<circle/g)?.length ?? 0).toBeGreaterThan(300);
    expect(text.indexOf('<g class="backdrop">')).toBeLessThan(text.indexOf('<g class="edges">'));
    expect(text).toMatch(/ohne Ort: \d+/);
    await page.keyboard.press('Escape');

    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
    );
    expect(await page.locator('#arrangement').inputValue()).toBe('geo');
    expect(await positions(page)).toEqual(geo);
    await expect.poll(() => backdropInk(page)).toBeGreaterThan(1000);

    await page.locator('#arrangement').selectOption('network');
    await expect.poll(() => positions(page)).toEqual(network);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/anordnung/);
    await expect.poll(() => backdropInk(page)).toBe(0);
    expect(await page.locator('#legend-unplaced').count()).toBe(0);
    expect(await page.locator('#relayout').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a saved view keeps the arrangement, and English names it', async () => {
    const { page, errors } = await open();
    const network = await positions(page);
    await page.locator('#arrangement').selectOption('geo');
    await expect.poll(async () => (await positions(page))[HERFORD]).not.toEqual(network[HERFORD]);
    const geo = await positions(page);
    await page.locator('#tab-views').click();
    await page.locator('#view-name').fill('Lage');
    await page.locator('.save-view button[type="submit"]').click();
    await page.locator('#arrangement').selectOption('network');
    await expect.poll(() => positions(page)).toEqual(network);
    await page.getByRole('button', { name: 'Zeigen: Lage' }).click();
    await expect.poll(() => page.locator('#arrangement').inputValue()).toBe('geo');
    expect(await positions(page)).toEqual(geo);

    // the language is one of the rarely used tools behind „Mehr“
    await page.locator('#more-tools-toggle').click();
    await page.locator('#language').selectOption('en');
    await expect.poll(() => page.locator('label[for="arrangement"]').textContent()).toBe('Layout');
    expect(await page.locator('#arrangement option:checked').textContent()).toBe('Location in NRW');
    expect(await page.locator('#legend-unplaced').textContent()).toMatch(/^no place: \d+/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('at 1280×800 no node lies under the legend, open or folded by keyboard; the network layout keeps its legend', async () => {
    const { page, errors } = await open();
    const toggle = page.locator('.legend-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#arrangement').selectOption('geo');
    await expect.poll(() => backdropInk(page)).toBeGreaterThan(1000);
    // the camera animation to the whole Land has to come to rest
    await new Promise((r) => setTimeout(r, 700));
    expect(await underLegend(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'geo-1280x800.png') });

    // folded with the keyboard: the small button still covers no node, the Land may grow
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-label')).toBe('Legende einblenden');
    expect(await page.locator('#legend .legend-inner').isVisible()).toBe(false);
    expect(await underLegend(page)).toEqual([]);
    // remembered in the view: the link holds it, a reload keeps it folded
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/legende=zu/);
    await page.reload();
    await ready(page);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await underLegend(page)).toEqual([]);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await underLegend(page)).toEqual([]);

    // the network layout: the legend is there and folds as before
    await page.locator('#arrangement').selectOption('network');
    await expect.poll(() => backdropInk(page)).toBe(0);
    expect(await page.locator('#legend .legend-inner').isVisible()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the comparison in the geographic arrangement puts both networks on the same map of NRW', async () => {
    const { page, errors } = await open();
    await page.locator('#arrangement').selectOption('geo');
    await expect.poll(() => backdropInk(page)).toBeGreaterThan(1000);
    await page.locator('#tab-compare').click();
    const programmes = await page
      .locator('#compare-left option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('program:')));
    expect(programmes.length).toBeGreaterThanOrEqual(2);
    await page.locator('#compare-left').selectOption(programmes[0]!);
    await page.locator('#compare-right').selectOption(programmes[1]!);
    await page.locator('#compare-run').click();
    // the same dots at the same pixels on both maps: one projection, one frame
    await expect
      .poll(async () => (await compareBackdrops(page)).ink, { timeout: 90_000 })
      .toEqual([expect.any(Number), expect.any(Number)]);
    await expect.poll(async () => Math.min(...(await compareBackdrops(page)).ink)).toBeGreaterThan(1000);
    expect((await compareBackdrops(page)).same).toBe(true);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'compare-geo-1280x800.png') });
    await page.locator('#compare-close').click();

    // in the network layout the compare maps have no dots
    await page.locator('#arrangement').selectOption('network');
    await page.locator('#compare-run').click();
    await expect
      .poll(() => page.locator('#compare-overlay .compare-map canvas').count(), { timeout: 90_000 })
      .toBeGreaterThan(0);
    expect((await compareBackdrops(page)).ink).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an open comparison follows a switch of the arrangement without another click and without computing again', async () => {
    const { page, errors } = await open();
    const network = await positions(page);
    await page.locator('#tab-compare').click();
    const programmes = await page
      .locator('#compare-left option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('program:')));
    await page.locator('#compare-left').selectOption(programmes[0]!);
    await page.locator('#compare-right').selectOption(programmes[1]!);
    await page.locator('#compare-run').click();
    await expect.poll(() => page.locator('.delta-table').count(), { timeout: 90_000 }).toBe(1);
    const before = (await comparePositions(page))!;
    const shown = Object.keys(before);
    expect(shown.length).toBeGreaterThan(5);
    const probe = shown[0]!;
    for (const k of shown) expect(before[k]).toEqual(network[k]);
    expect((await compareBackdrops(page)).ink).toEqual([]);

    // the toolbar stays usable above the overlay: Lage in NRW, and the open maps take it over
    await countWorkerMessages(page);
    await page.locator('#arrangement').selectOption('geo');
    await expect.poll(async () => (await positions(page))[HERFORD]).not.toEqual(network[HERFORD]);
    const geo = await positions(page);
    await expect.poll(async () => (await comparePositions(page))?.[probe]).toEqual(geo[probe]);
    const after = (await comparePositions(page))!;
    expect(Object.keys(after).sort()).toEqual([...shown].sort());
    for (const k of shown) expect(after[k]).toEqual(geo[k]);
    await expect.poll(async () => Math.min(...(await compareBackdrops(page)).ink)).toBeGreaterThan(1000);
    expect((await compareBackdrops(page)).same).toBe(true);
    expect(await page.locator('#compare-overlay').count()).toBe(1);

    // and back to the network: the dots go, the network positions return
    await page.locator('#arrangement').selectOption('network');
    await expect.poll(async () => (await comparePositions(page))?.[probe]).toEqual(network[probe]);
    for (const [k, p] of Object.entries((await comparePositions(page))!)) expect(p).toEqual(network[k]);
    await expect.poll(async () => (await compareBackdrops(page)).ink).toEqual([]);
    // another size measure draws the maps again too; none of this asked the worker for the comparison again
    await page.locator('#compare-overlay').evaluate((o) => o.setAttribute('data-old', ''));
    await page.locator('#size-by').selectOption('pagerank');
    await expect.poll(() => page.locator('#compare-overlay[data-old]').count()).toBe(0);
    expect(await page.locator('#compare-overlay').count()).toBe(1);
    expect(await workerMessages(page)).toBe(0);
    expect(await page.locator('.delta-table').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} no label reaches under the legend, open or folded, in either arrangement`, async () => {
      const { page, errors } = await open();
      await page.setViewportSize({ width, height });
      const toggle = page.locator('.legend-toggle');
      for (const arrangement of ['network', 'geo'] as const) {
        await page.locator('#arrangement').selectOption(arrangement);
        for (const unfolded of [true, false]) {
          if ((await toggle.getAttribute('aria-expanded')) !== String(unfolded)) await toggle.click();
          await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe(String(unfolded));
          // the camera animation to the new frame has to come to rest
          await new Promise((r) => setTimeout(r, 700));
          const seen = await labelsUnderLegend(page);
          expect(seen.drawn, `${arrangement}, legend ${unfolded ? 'open' : 'folded'}`).toBeGreaterThan(5);
          expect(seen.under, `${arrangement}, legend ${unfolded ? 'open' : 'folded'}`).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  test('an open comparison takes over the presenter pseudonyms, and the real names come back afterwards', async () => {
    const { page, errors } = await open();
    await page.locator('#tab-compare').click();
    const programmes = await page
      .locator('#compare-left option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('program:')));
    await page.locator('#compare-left').selectOption(programmes[0]!);
    await page.locator('#compare-right').selectOption(programmes[1]!);
    await page.locator('#compare-run').click();
    await expect.poll(() => page.locator('.delta-table').count(), { timeout: 90_000 }).toBe(1);
    const names = (d: Drawn | null) =>
      Object.entries(d ?? {})
        .filter(([k]) => k.startsWith('person:'))
        .map(([k, v]) => `${k}: ${v.label}`)
        .sort();
    const real = names(await compareDrawn(page));
    expect(real.length).toBeGreaterThan(0);
    expect(real.every((n) => !/: Person [0-9a-f]{4}/.test(n))).toBe(true);

    await page.locator('#presenter').click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true);
    await expect
      .poll(async () => names(await compareDrawn(page)).filter((n) => /: Person [0-9a-f]{4}/.test(n)).length)
      .toBe(real.length);
    await page.locator('#presenter-exit').click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(false);
    await expect.poll(async () => names(await compareDrawn(page))).toEqual(real);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
