/**
 * Presenter mode is a projector picture (issue 14, problems 5 and 6): at 1280×720 no toolbar, no side
 * panel, the legend beside the map rather than over it, a caption saying what is shown, and labels
 * that neither overlap nor run off the map; the selected node's neighbours are all named.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const SITE = inject('siteUrl');

interface Drawn {
  labels: Array<{ key: string; x0: number; x1: number; y0: number; y1: number }>;
  width: number;
}

/** The labels the map drew in its last frame, with their text boxes measured in the page's font. */
async function drawnLabels(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    type MapLike = {
      placedLabels: Array<{ key: string; label: string; x: number; y: number }>;
      sigma: { getSetting(k: string): unknown; getDimensions(): { width: number } };
    };
    const map = (window as unknown as { __netzatlas: { app: { map: MapLike } } }).__netzatlas.app.map;
    const size = map.sigma.getSetting('labelSize') as number;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${String(map.sigma.getSetting('labelWeight'))} ${size}px ${String(map.sigma.getSetting('labelFont'))}`;
    return {
      width: map.sigma.getDimensions().width,
      labels: map.placedLabels.map((l) => ({
        key: l.key,
        x0: l.x,
        x1: l.x + ctx.measureText(l.label).width,
        y0: l.y - size * 0.75,
        y1: l.y + size * 0.25,
      })),
    };
  });
}

function overlaps(d: Drawn): string[] {
  const out: string[] = [];
  for (let i = 0; i < d.labels.length; i++) {
    for (let j = i + 1; j < d.labels.length; j++) {
      const a = d.labels[i]!;
      const b = d.labels[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${a.key} / ${b.key}`);
    }
  }
  return out;
}

const rect = (page: Page, sel: string) =>
  page.locator(sel).evaluate(
    (e) =>
      e.getBoundingClientRect().toJSON() as {
        left: number;
        right: number;
        top: number;
        bottom: number;
        width: number;
      },
  );

describe('presenter mode at 1280×720', () => {
  test('shows no toolbar button and no side panel, the legend beside the map, a caption, and labels without overlaps', async () => {
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${SITE}#praesentation=1`);
    await page.waitForFunction(
      () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
      null,
      { timeout: 60_000 },
    );

    const visibleButtons = await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((b) => b.checkVisibility())
        .map((b) => b.id || b.className || b.textContent),
    );
    expect(visibleButtons.sort()).toEqual(['legend-toggle', 'presenter-details', 'presenter-exit']);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('aside.side').isVisible()).toBe(false);

    // the legend sits beside the map's canvas, so it never covers a node
    const map = await rect(page, '#map');
    const legend = await rect(page, '#legend');
    expect(legend.left).toBeGreaterThanOrEqual(map.right);
    await expect.poll(async () => (await rect(page, '#map canvas >> nth=0')).width).toBe(map.width);

    expect(await page.locator('.presenter-bar .view-title').textContent()).toBe(
      'Partnerschaftskarte: Projekte gegen Kinderarmut in NRW',
    );
    expect(await page.locator('.presenter-bar .caption-line').textContent()).toMatch(
      /^alle Knoten · \d+ von \d+ Knoten · Quelle: 5 Dokumente · /,
    );

    await expect.poll(async () => (await drawnLabels(page)).labels.length).toBeGreaterThan(15);
    const drawn = await drawnLabels(page);
    expect(overlaps(drawn), 'overlapping labels').toEqual([]);
    expect(
      drawn.labels.filter((l) => l.x0 < 0 || l.x1 > drawn.width).map((l) => l.key),
      'labels cut off at the edge',
    ).toEqual([]);

    // "Details" shows the side panel read-only, and hides it again
    await page.locator('#presenter-details').click();
    expect(await page.locator('aside.side').isVisible()).toBe(true);
    // read-only there: a selected node shows no correction form, and there is no corrections tab
    const graph = (await (await fetch(new URL('data/graph.json', SITE))).json()) as {
      nodes: Array<{ key: string; attributes: { kind: string } }>;
    };
    const office = graph.nodes.find((n) => n.attributes.kind === 'youth_office')!;
    await page.evaluate((k) => (location.hash = `#praesentation=1&auswahl=${encodeURIComponent(k)}`), office.key);
    await expect.poll(() => page.locator('#node-title').count()).toBe(1);
    expect(await page.locator('.curation-actions, .curation-edge-wrong').count()).toBe(0);
    expect(await page.locator('#tab-curation').isVisible()).toBe(false);
    await page.locator('#presenter-details').click();
    expect(await page.locator('aside.side').isVisible()).toBe(false);

    // the legend folds away and comes back
    await page.locator('.legend-toggle').click();
    expect(await page.locator('#legend .legend-inner').isVisible()).toBe(false);
    await page.locator('.legend-toggle').click();
    expect(await page.locator('#legend .legend-inner').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await browser.close();
  });

  test('every neighbour of the selected node is named on the map', async () => {
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const graph = (await (await fetch(new URL('data/graph.json', SITE))).json()) as {
      nodes: Array<{ key: string }>;
      edges: Array<{ source: string; target: string }>;
    };
    const degree = new Map<string, Set<string>>();
    for (const e of graph.edges) {
      if (e.source === e.target) continue;
      (degree.get(e.source) ?? degree.set(e.source, new Set()).get(e.source)!).add(e.target);
      (degree.get(e.target) ?? degree.set(e.target, new Set()).get(e.target)!).add(e.source);
    }
    const [hub, neighbours] = [...degree].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]!;
    expect(neighbours.size).toBeGreaterThan(5);
    await page.goto(`${SITE}#auswahl=${encodeURIComponent(hub)}`);
    await page.waitForFunction(
      () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
      null,
      { timeout: 60_000 },
    );
    await expect
      .poll(async () => (await drawnLabels(page)).labels.map((l) => l.key).filter((k) => neighbours.has(k)).length)
      .toBe(neighbours.size);
    await browser.close();
  });

  test('on a phone (390×844) the map is on the first screen and "Werkzeuge" unfolds the tools', async () => {
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(SITE);
    await page.waitForFunction(
      () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
      null,
      { timeout: 60_000 },
    );
    const map = await rect(page, '#map');
    expect(map.top).toBeLessThan(150);
    expect(await page.locator('#size-by').isVisible()).toBe(false);
    expect(await page.locator('#legend .legend-inner').isVisible()).toBe(false);
    await page.locator('#tools-toggle').click();
    expect(await page.locator('#size-by').isVisible()).toBe(true);
    expect(await page.locator('#tools-toggle').getAttribute('aria-expanded')).toBe('true');
    await browser.close();
  });
});
