/**
 * The Kreis overview of a large network (issue 14): a network of 2,150 nodes opened from two CSV
 * files starts with one point per Kreis or kreisfreie Stadt (and „ohne Ort“); „Kreis aufklappen“
 * shows the Kreis's real nodes with the level in the link, „Zurück zur Kreisübersicht“ restores the
 * overview, and the data export never holds an overview point. A link may open the overview of a
 * small network too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { explorerInBrowser, rebuilt } from './open-explorer.ts';

const SITE = inject('siteUrl');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const open = explorerInBrowser(SITE);

const TOWNS = ['Herford', 'Bünde', 'Bielefeld', 'Arnsberg', 'Münster'];

/** 2,100 carriers (100 without a place, 400 in each town) and 50 projects tied to Herford's carriers only. */
function csvFiles(): Array<{ name: string; mimeType: string; buffer: Buffer }> {
  const nodes = ['ID;Name;Art;Kommune'];
  const edges = ['Quelle;Ziel;Beziehung'];
  for (let i = 0; i < 2100; i++) nodes.push(`v${i};Verein Nummer ${i + 1} e.V.;Träger;${i < 100 ? '' : TOWNS[i % 5]}`);
  for (let k = 0; k < 50; k++) {
    nodes.push(`p${k};Projekt Nummer ${k + 1};Projekt;`);
    edges.push(`p${k};v${100 + 5 * k};Partner`);
  }
  // ties between neighbouring numbers cross the towns; every fifth pair is in one town
  for (let i = 100; i < 600; i++) edges.push(`v${i};v${i + 1};Partner`);
  for (let i = 100; i < 300; i++) edges.push(`v${i};v${i + 5};Partner`);
  const file = (name: string, lines: string[]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
  });
  return [file('knoten.csv', nodes), file('kanten.csv', edges)];
}

interface MapLike {
  showsOverview: boolean;
  sigma: {
    getGraph(): { order: number; nodes(): string[]; getNodeAttribute(k: string, a: string): unknown };
    getNodeDisplayData(k: string): { x: number; y: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
}
type Win = { __netzatlas: { app: { map: MapLike; visibility: { nodeCount: number }; model: { nodes: unknown[] } } } };

const drawn = (page: Page) =>
  page.evaluate(() => {
    const a = (window as unknown as Win).__netzatlas.app;
    const g = a.map.sigma.getGraph();
    return {
      overview: a.map.showsOverview,
      order: g.order,
      labels: g.nodes().map((k) => String(g.getNodeAttribute(k, 'label'))),
      shown: a.visibility.nodeCount,
    };
  });

/** The toolbar's rows: its shown items grouped by where they end (the items of a row align at the bottom). */
const toolbarRows = (page: Page) =>
  page.evaluate(() => {
    const bottoms = [...document.querySelectorAll('.toolbar > *')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => e.getBoundingClientRect().bottom)
      .sort((a, b) => a - b);
    let rows = 0;
    let last = -Infinity;
    for (const b of bottoms) {
      if (b > last + 20) rows++;
      if (b > last + 20) last = b;
    }
    return rows;
  });

/** Clicks the overview's point of `key` where the map draws it. */
async function clickGroup(page: Page, key: string): Promise<void> {
  const p = await page.evaluate((k) => {
    const s = (window as unknown as Win).__netzatlas.app.map.sigma;
    return s.framedGraphToViewport(s.getNodeDisplayData(k)!);
  }, key);
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

describe('the Kreis overview', () => {
  test('a large network starts in it, opens a Kreis, goes back, and exports only its real nodes', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 1280, height: 720 });
    await rebuilt(page, () => page.locator('#open-file').setInputFiles(csvFiles()));

    // one point per Kreis or kreisfreie Stadt, sized by its actors, and „ohne Ort“ last
    const start = await drawn(page);
    expect(start).toEqual({
      overview: true,
      order: 5,
      labels: ['Bielefeld (400)', 'Hochsauerlandkreis (400)', 'Kreis Herford (800)', 'Münster (400)', 'ohne Ort (100)'],
      shown: 2150,
    });
    expect(await page.locator('#map').getAttribute('data-overview')).toBe('5');
    const notice = await page.locator('#notice').textContent();
    expect(notice).toContain('Kreisübersicht');
    expect(notice).toContain('„Ebene: Alle Knoten“');
    expect(await page.locator('#level').inputValue()).toBe('kreise');
    // the legend explains the points; the list in the details tab names every group
    await expect.poll(() => page.locator('#legend').textContent()).toContain('Kreis (2)');
    expect(await page.locator('#legend').textContent()).toContain('kreisfreie Stadt (2)');
    expect(await page.locator('#overview-list li').count()).toBe(5);
    // at 1280 px the toolbar keeps to two rows with „Ebene“ and „Beispieldaten zeigen“: the rarely used tools
    // wait behind „Mehr“, which opens and closes by keyboard
    expect(await toolbarRows(page)).toBe(2);
    expect(await page.locator('label[for="open-file"]').isVisible()).toBe(false);
    await page.locator('#more-tools-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('label[for="open-file"]').isVisible()).toBe(true);
    expect(await page.locator('#show-samples').isVisible()).toBe(true);
    expect(await page.locator('#language').isVisible()).toBe(true);
    await page.locator('#language').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#more-tools').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('more-tools-toggle');
    await page.locator('#more-tools-toggle').blur();
    await new Promise((r) => setTimeout(r, 500));
    await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'kreis-overview-1280.png') });

    // the data export holds the 2,150 real nodes and no overview point
    await page.locator('#export-menu').click();
    await page.locator('#export-format').selectOption('csv');
    await page.locator('#export-filtered').setChecked(false);
    const waits = [0, 1, 2].map(() => page.waitForEvent('download'));
    await page.locator('#export-data').click();
    const files = await Promise.all(
      (await Promise.all(waits)).map(async (d) => ({
        name: d.suggestedFilename(),
        text: readFileSync(await d.path(), 'utf8'),
      })),
    );
    const nodeFile = files.find((f) => f.name.endsWith('-knoten.csv'))!;
    expect(nodeFile.text.trim().split('\r\n').length).toBe(1 + 2150);
    for (const f of files) {
      expect(f.text, f.name).not.toContain('kreis:');
      expect(f.text, f.name).not.toContain('ohne Ort');
      expect(f.text, f.name).not.toContain('Kreis Herford (800)');
    }
    await page.locator('#export-menu').click();

    // a click shows the Kreis in the details tab, „Kreis aufklappen“ shows its nodes
    await clickGroup(page, 'kreis:Kreis Herford');
    await expect
      .poll(() => page.locator('#overview-figures').textContent())
      .toBe('800 Akteure, 850 Knoten insgesamt, 230 Verbindungen innerhalb');
    await page.locator('#kreis-expand').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('ebene=kreis&');
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('kommune=Kreis+Herford');
    const opened = await drawn(page);
    expect(opened.overview).toBe(false);
    expect(opened.order).toBe(2150);
    // Herford's and Bünde's 800 carriers and the 50 projects tied to them
    expect(opened.shown).toBe(850);
    expect(await page.locator('#map').getAttribute('data-overview')).toBeNull();
    expect(await page.locator('#overview-back').isVisible()).toBe(true);
    expect(await toolbarRows(page)).toBe(2);

    // back: the overview as it was, the Kommune filter gone
    await page.locator('#overview-back').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('ebene=kreise');
    expect(await page.evaluate(() => location.hash)).not.toContain('kommune=');
    expect(await drawn(page)).toEqual(start);
    expect(await page.locator('#overview-back').isVisible()).toBe(false);

    // a double click opens a Kreis too; „Ebene: Alle Knoten“ leaves the overview
    const box = (await page.locator('#map').boundingBox())!;
    const where = () =>
      page.evaluate(() => {
        const s = (window as unknown as Win).__netzatlas.app.map.sigma;
        return s.framedGraphToViewport(s.getNodeDisplayData('kreis:Münster')!);
      });
    // „Zurück“ frames the overview again with an animated camera: aim once the point stands still
    let p = await where();
    await expect
      .poll(async () => {
        const before = p;
        await page.waitForTimeout(100);
        p = await where();
        return Math.hypot(p.x - before.x, p.y - before.y);
      })
      .toBeLessThan(0.5);
    await page.mouse.dblclick(box.x + p.x, box.y + p.y);
    await expect.poll(() => drawn(page).then((d) => d.shown)).toBe(400);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('kommune=Münster');
    await page.locator('#overview-back').click();
    await expect.poll(() => drawn(page).then((d) => d.overview)).toBe(true);
    await page.locator('#level').selectOption('nodes');
    await expect.poll(() => drawn(page).then((d) => d.order)).toBe(2150);
    expect(await page.evaluate(() => location.hash)).not.toContain('ebene=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a link opens the overview of the shipped network, and „Alle Knoten“ leaves it', async () => {
    const { page, errors } = await open();
    const all = await page.evaluate(() => (window as unknown as Win).__netzatlas.app.model.nodes.length);
    await page.evaluate(() => (location.hash = '#ebene=kreise'));
    await expect.poll(() => drawn(page).then((x) => x.overview)).toBe(true);
    const d = await drawn(page);
    expect(d.order).toBeGreaterThan(1);
    expect(d.labels.at(-1)).toMatch(/^ohne Ort \(\d+\)$/);
    await page.locator('#level').selectOption('nodes');
    await expect.poll(() => drawn(page).then((x) => x.overview)).toBe(false);
    expect((await drawn(page)).order).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
