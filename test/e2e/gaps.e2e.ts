/**
 * Gaps on the map (issue 14, problem 1): a colour mode for gaps, a gap list that follows the filters and
 * says first what is missing, and a click that frames the gap with the partners it already has.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { DIMMED, GAP_COLOURS } from '../../src/explorer/state/appearance.ts';
import { explorerInBrowser } from './open-explorer.ts';

const SITE = inject('siteUrl');
const open = explorerInBrowser(SITE);

async function analysis() {
  return AnalysisSchema.parse(await (await fetch(new URL('data/analysis.json', SITE))).json());
}

/** sigma's display colour of each node (after the reducers), by key. */
function displayColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    type MapLike = { sigma: { getNodeDisplayData(k: string): { color: string } | undefined }; graph: { nodes(): string[] } };
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
      const worst = a.gaps.filter((g) => g.nodes.includes(key)).map((g) => g.severity).sort((x, y) => rank[x] - rank[y])[0]!;
      expect(colours[key]?.toUpperCase(), key).toBe(GAP_COLOURS[worst]);
    }
    expect(await page.locator('#legend li').allTextContents()).toContain(`Lücke, Dringlichkeit hoch (${new Set(a.gaps.filter((g) => g.severity === 'hoch').flatMap((g) => g.nodes)).size})`);
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
    expect(await page.locator('#gaps-hidden').textContent()).toBe(`${a.gaps.length - listed} weitere Lücken liegen außerhalb der Filter.`);

    // a project without a Jobcenter: its carrier and other partners stay coloured, not dimmed
    await page.locator('.gap-button', { hasText: 'kein Jobcenter beteiligt' }).first().click();
    const focus = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('fokus')?.split(',') ?? [];
    expect(focus.length).toBeGreaterThan(1);
    const colours = await displayColours(page);
    for (const k of focus) expect(colours[k]?.toUpperCase(), k).not.toBe(DIMMED.toUpperCase());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
