/**
 * Gaps on the map (issue 14, problem 1): a colour mode for gaps, a gap list that follows the filters and
 * says first what is missing, and a click that frames the gap with the partners it already has.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { DIMMED, GAP_COLOURS } from '../../src/explorer/state/appearance.ts';
import { explorerInBrowser } from './open-explorer.ts';

const SITE = inject('siteUrl');
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const open = explorerInBrowser(SITE);

async function analysis() {
  return AnalysisSchema.parse(await (await fetch(new URL('data/analysis.json', SITE))).json());
}

/** sigma's display colour of each node (after the reducers), by key. */
function displayColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    type MapLike = {
      sigma: { getNodeDisplayData(k: string): { color: string } | undefined };
      graph: { nodes(): string[] };
    };
    const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
    return Object.fromEntries(map.graph.nodes().map((k) => [k, map.sigma.getNodeDisplayData(k)?.color ?? '']));
  });
}

describe('gaps on the map', () => {
  test('"Farbe nach: Kooperationslücken" marks every node the gap list names, by urgency, with a legend', async () => {
    const { page, errors } = await open();
    const a = await analysis();
    await page.locator('#colour-by').selectOption('gaps');
    await expect.poll(() => page.locator('#legend h2').first().textContent()).toBe('Farbe: Kooperationslücken');
    const colours = await displayColours(page);
    const rank = { hoch: 0, mittel: 1, niedrig: 2 } as const;
    for (const key of new Set(a.gaps.flatMap((g) => g.nodes))) {
      const worst = a.gaps
        .filter((g) => g.nodes.includes(key))
        .map((g) => g.severity)
        .sort((x, y) => rank[x] - rank[y])[0]!;
      expect(colours[key]?.toUpperCase(), key).toBe(GAP_COLOURS[worst]);
    }
    expect(await page.locator('#legend li').allTextContents()).toContain(
      `Lücke, Dringlichkeit hoch (${new Set(a.gaps.filter((g) => g.severity === 'hoch').flatMap((g) => g.nodes)).size})`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the gap list follows the filters, says first what is missing, and a click keeps the partners in view', async () => {
    const { page, errors } = await open();
    const a = await analysis();
    await page.locator('#tab-gaps').click();
    expect(await page.locator('.gap-button').count()).toBe(a.gaps.length);
    const first = await page.locator('.gap-button .gap-missing').allTextContents();
    expect(first.every((t) => t.length > 0 && t.length < 60)).toBe(true);

    await page.locator('#tab-filters').click();
    await page.locator('#filter-municipality').selectOption('Kreis Herford');
    await page.locator('#tab-gaps').click();
    const listed = await page.locator('.gap-button').count();
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(a.gaps.length);
    expect(await page.locator('#gaps-hidden').textContent()).toBe(
      `${a.gaps.length - listed} weitere Lücken liegen außerhalb der Filter.`,
    );

    // a project without a Jobcenter: its carrier and other partners stay coloured, not dimmed
    await page.locator('.gap-button', { hasText: 'kein Jobcenter beteiligt' }).first().click();
    const focus =
      new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('fokus')?.split(',') ?? [];
    expect(focus.length).toBeGreaterThan(1);
    const colours = await displayColours(page);
    for (const k of focus) expect(colours[k]?.toUpperCase(), k).not.toBe(DIMMED.toUpperCase());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an open gap draws its ghost "fehlt: Jobcenter" beside the project (picture only, never in the data); closing it removes the ghost', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('#tab-gaps').click();
    const herford = page
      .locator('.gap-button', { hasText: 'Zusammen im Quartier: Herford' })
      .filter({ hasText: 'kein Jobcenter beteiligt' });
    await herford.click();
    await expect.poll(() => page.locator('#map').getAttribute('data-ghosts')).toBe('fehlt: Jobcenter');
    // the ghost is drawn: red dashes on the label canvas, which is empty of that red otherwise
    const redPixels = () =>
      page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('#map canvas.sigma-labels')!;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4)
          if (d[i]! > 180 && d[i + 1]! < 90 && d[i + 2]! < 60 && d[i + 3]! > 200) n++;
        return n;
      });
    await expect.poll(redPixels).toBeGreaterThan(50);
    await new Promise((r) => setTimeout(r, 600));
    await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'gap-ghost-1280.png') });

    // the SVG picture carries it, the data export does not
    await page.locator('#export-menu').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#export-svg').click()]);
    expect(readFileSync(await svg.path(), 'utf8')).toContain('fehlt: Jobcenter');
    await page.locator('#export-format').selectOption('csv');
    await page.locator('#export-filtered').setChecked(false);
    const waits = [0, 1, 2].map(() => page.waitForEvent('download'));
    await page.locator('#export-data').click();
    for (const d of await Promise.all(waits))
      expect(readFileSync(await d.path(), 'utf8'), d.suggestedFilename()).not.toMatch(/fehlt|keine Verbindung belegt/);
    await page.locator('#export-format').selectOption('gexf');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.locator('#export-data').click()]);
    expect(readFileSync(await gexf.path(), 'utf8')).not.toContain('fehlt');
    await page.locator('#export-menu').click();

    // deselecting the gap removes the ghost
    await herford.click();
    await expect.poll(() => page.locator('#map').getAttribute('data-ghosts')).toBe('');
    await expect.poll(redPixels).toBe(0);
    // and so does Escape
    await herford.click();
    await expect.poll(() => page.locator('#map').getAttribute('data-ghosts')).toBe('fehlt: Jobcenter');
    await page.locator('#map').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#map').getAttribute('data-ghosts')).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('"nur Lücken" shows the gap nodes with their direct neighbours, and is kept in the link', async () => {
    const { page, errors } = await open();
    const a = await analysis();
    await page.locator('#tab-filters').click();
    await page.locator('#filter-gaps-only').check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('luecken=1');
    const shown = await page.evaluate(() => {
      type MapLike = {
        sigma: { getNodeDisplayData(k: string): { hidden?: boolean } | undefined };
        graph: { nodes(): string[] };
      };
      const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
      return map.graph.nodes().filter((k) => !map.sigma.getNodeDisplayData(k)?.hidden);
    });
    for (const k of new Set(a.gaps.flatMap((g) => g.nodes))) expect(shown, k).toContain(k);
    const total = await page.evaluate(
      () =>
        (window as unknown as { __netzatlas: { app: { model: { nodes: unknown[] } } } }).__netzatlas.app.model.nodes
          .length,
    );
    expect(shown.length).toBeLessThan(total);
    expect(await page.locator('#filter-status').textContent()).toMatch(
      new RegExp(`^${shown.length} / ${total} Knoten`),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
