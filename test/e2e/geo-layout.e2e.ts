/**
 * "Anordnung: Lage in NRW" (issue 14): the nodes at their places in NRW over the faint dots of the
 * Land's 396 Gemeinden, the arrangement in the link and in saved views, and the network positions
 * back when switching back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { explorerInBrowser } from './open-explorer.ts';

const SITE = inject('siteUrl');
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const open = explorerInBrowser(SITE);

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

    await page.locator('#language').selectOption('en');
    await expect.poll(() => page.locator('label[for="arrangement"]').textContent()).toBe('Layout');
    expect(await page.locator('#arrangement option:checked').textContent()).toBe('Location in NRW');
    expect(await page.locator('#legend-unplaced').textContent()).toMatch(/^no place: \d+/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
