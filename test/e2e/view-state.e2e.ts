/**
 * One source of truth for the view (issue 14, problem 8): the toolbar shows what the map shows after a
 * saved view or a new link, and Back/Forward step through selections.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { explorerInBrowser } from './open-explorer.ts';

const SITE = inject('siteUrl');
const open = explorerInBrowser(SITE);

async function pick(page: Page, query: string): Promise<string> {
  await page.locator('#search').fill(query);
  await expect.poll(() => page.locator('#search-list').isVisible()).toBe(true);
  const label = (await page.locator('#search-list [role="option"] .hit-label').first().textContent()) ?? '';
  await page.locator('#search').press('Enter');
  await expect.poll(() => page.locator('#node-title').textContent()).toBe(label);
  return label;
}

describe('view state', () => {
  test('Back and Forward step through the selected nodes', async () => {
    const { page, errors } = await open();
    const first = await pick(page, 'Caritas');
    const second = await pick(page, 'Jugendamt Herford');
    expect(second).not.toBe(first);
    await page.goBack();
    await expect.poll(() => page.locator('#node-title').textContent()).toBe(first);
    await page.goForward();
    await expect.poll(() => page.locator('#node-title').textContent()).toBe(second);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a saved view and a new link set "Größe nach" and "Farbe nach" as well as the map', async () => {
    const { page, errors } = await open();
    await page.locator('#size-by').selectOption('betweenness');
    await page.locator('#colour-by').selectOption('domain');
    await page.locator('#tab-views').click();
    await page.locator('#view-name').fill('Brücken');
    await page.locator('.save-view button[type="submit"]').click();
    await page.locator('#size-by').selectOption('degree');
    await page.locator('#colour-by').selectOption('kind');
    await page.getByRole('button', { name: 'Zeigen: Brücken' }).click();
    await expect.poll(() => page.locator('#size-by').inputValue()).toBe('betweenness');
    expect(await page.locator('#colour-by').inputValue()).toBe('domain');
    expect(await page.locator('#legend h2').first().textContent()).toMatch(/Rechtskreis/);

    // a link pasted into the open tab
    await page.evaluate(() => {
      location.hash = '#groesse=pagerank&farbe=community';
    });
    await expect.poll(() => page.locator('#size-by').inputValue()).toBe('pagerank');
    expect(await page.locator('#colour-by').inputValue()).toBe('community');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Kommune = Kreis Herford keeps the nodes of its towns, and the map frames them', async () => {
    const { page, errors } = await open();
    await page.locator('#tab-filters').click();
    const groups = await page
      .locator('#filter-municipality optgroup')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(groups).toContain('Kreis Herford');
    await page.locator('#filter-municipality').selectOption('Kreis Herford');
    await expect.poll(() => page.locator('#filter-status').textContent()).toMatch(/^([1-9]\d*) \/ \d+ Knoten/);
    // the camera comes to rest on what remains: every shown node inside the map, the map zoomed in
    const framed = async () =>
      page.evaluate(() => {
        type MapLike = {
          sigma: {
            getCamera(): { ratio: number };
            getDimensions(): { width: number; height: number };
            getNodeDisplayData(k: string): { x: number; y: number; hidden?: boolean } | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          };
          graph: { nodes(): string[] };
        };
        const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
        const { width, height } = map.sigma.getDimensions();
        const shown = map.graph
          .nodes()
          .map((k) => map.sigma.getNodeDisplayData(k))
          .filter((d) => d && !d.hidden);
        const inside = shown.every((d) => {
          const p = map.sigma.framedGraphToViewport(d!);
          return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
        });
        return { ratio: map.sigma.getCamera().ratio, inside, shown: shown.length };
      });
    await expect.poll(async () => (await framed()).ratio).toBeLessThan(1);
    const f = await framed();
    expect(f.inside).toBe(true);
    expect(f.shown).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
