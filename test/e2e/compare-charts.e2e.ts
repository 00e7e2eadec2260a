/**
 * Issue 14, problems 4 and 7 in chromium at 1280×720: the comparison reads as evaluators need it
 * (labels on both maps, German figure names with meanings, rank shifts only where values say
 * something, the comparison in the link, PNG and CSV exports), and charts and table are readable
 * (12 px chart text, measures named with their network, a fallback for all-zero measures, PNG/SVG/CSV
 * per chart, a table that fits its panel with a sticky first column and a CSV with the measures).
 * With NETZATLAS_SCREENSHOTS=<folder> the compare view and the charts tab are saved there.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { GraphJSONSchema, type GraphJSON } from '../../src/model/schema.ts';
import { launchBrowser } from './browser.ts';
import { countInkPixels, decodePng, pngHeader, PNG_SIGNATURE } from './png.ts';

const SITE = inject('siteUrl');
const SCREENSHOTS = process.env['NETZATLAS_SCREENSHOTS'];

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

let browser: Browser;
let graph: GraphJSON;
const sessions: Session[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const res = await fetch(new URL('data/graph.json', SITE));
  graph = GraphJSONSchema.parse(await res.json());
});
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.context.close();
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(hash = ''): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const s: Session = { context, page, errors: [] };
  sessions.push(s);
  page.on('console', (m) => {
    if (m.type() === 'error') s.errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
  await page.goto(new URL(hash, SITE).href);
  await ready(page);
  return s;
}

const ready = (page: Page) =>
  page.waitForFunction(
    () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
    null,
    { timeout: 60_000 },
  );
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function download(page: Page, selector: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { file, bytes: await readFile(await file.path()) };
}

/** Rows of a CSV as written by the explorer: BOM, `;`, CRLF after every row (papaparse reads the quotes). */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF'), 'BOM').toBe(true);
  expect(text.endsWith('\r\n'), 'CRLF after the last row').toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1, -2), { delimiter: ';', newline: '\r\n', quoteChar: '"' });
  expect(parsed.errors, 'well-formed CSV').toEqual([]);
  return parsed.data;
}

function parseSvg(text: string): { root: string; texts: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  let root = '';
  const texts: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    if (!root) root = `${tag.uri} ${tag.local}`;
  });
  parser.on('text', (t) => {
    if (t.trim()) texts.push(t);
  });
  parser.write(text).close();
  return { root, texts };
}

/** Opaque pixels on a compare map's label layer (sigma draws labels on a 2D canvas of their own). */
function labelInk(page: Page, nth: number): Promise<number> {
  return page.evaluate((i) => {
    const maps = document.querySelectorAll('#compare-overlay .compare-map');
    const canvas = maps[i]?.querySelector<HTMLCanvasElement>('canvas.sigma-labels') ?? null;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let p = 3; p < data.length; p += 4) if (data[p]! > 128) ink++;
    return ink;
  }, nth);
}

async function runProgrammeComparison(page: Page): Promise<[GraphJSON['nodes'][number], GraphJSON['nodes'][number]]> {
  const programmes = graph.nodes.filter((n) => n.attributes.kind === 'program');
  expect(programmes).toHaveLength(2);
  await page.locator('#tab-compare').click();
  await page.locator('#compare-left').selectOption(programmes[0]!.key);
  await page.locator('#compare-right').selectOption(programmes[1]!.key);
  await page.locator('#compare-run').click();
  await expect.poll(() => page.locator('#panel table.delta-table').count(), { timeout: 90_000 }).toBe(1);
  return [programmes[0]!, programmes[1]!];
}

describe('comparison for evaluators (issue 14, problem 4)', () => {
  test('both maps carry labels; every figure has a German name and a meaning; rank shifts skip all-zero values', async () => {
    const s = await openApp();
    const { page } = s;
    await runProgrammeComparison(page);
    await settle(page);
    await expect.poll(() => labelInk(page, 0), { message: 'labels drawn on the left map' }).toBeGreaterThan(300);
    await expect.poll(() => labelInk(page, 1), { message: 'labels drawn on the right map' }).toBeGreaterThan(300);

    const names = await page.locator('#panel table.delta-table tbody th[scope="row"] .figure-name').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(24);
    const english = names.filter((n) => /[a-z][A-Z]|^[a-z]+$|SGB:|\(Akteursnetz\)/.test(n));
    expect(english, 'raw keys in the metrics table').toEqual([]);
    expect(names).toContain('Größtes Teilnetz');
    expect(names).toContain('Verbindungen SGB II – SGB VIII');
    const meanings = await page
      .locator('#panel table.delta-table tbody th[scope="row"]')
      .evaluateAll((ths) => ths.map((th) => th.querySelector('.figure-meaning')?.textContent ?? ''));
    expect(
      meanings.filter((m) => m.length < 15),
      'rows without a one-line meaning',
    ).toEqual([]);
    expect(await page.locator('#panel table.delta-table tr.group th').allTextContents()).toEqual(
      expect.arrayContaining(['Akteursnetz', 'Projekt-Akteur-Netz']),
    );

    // the seeds' actor network is a set of separate stars: betweenness is zero for nearly everyone
    expect(await page.locator('#panel .rank-table caption').textContent()).toBe(
      'Rangverschiebungen der zentralen Akteure nach Vermittlung (Betweenness, Akteursnetz)',
    );
    const values = await page
      .locator('#panel .rank-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td .figure-meaning')).map((v) =>
            Number((v.textContent ?? '').replace(',', '.')),
          ),
        ),
      );
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(Math.max(...v), 'a listed rank shift has a value above zero').toBeGreaterThan(0);
    expect(await page.locator('#compare-rank-omitted').textContent()).toMatch(
      /^\d+ Akteur\(e\) mit dem Wert 0 in beiden Netzen sind nicht aufgeführt/,
    );
    expect(s.errors).toEqual([]);
  });

  test('the comparison is in the link: a reload computes and shows it again', async () => {
    const s = await openApp();
    const { page } = s;
    const [a, b] = await runProgrammeComparison(page);
    const hash = await page.evaluate(() => location.hash);
    expect(new URLSearchParams(hash.slice(1)).get('vergleich')).toBe(`programme|${a.key}|${b.key}`);
    await page.reload();
    await ready(page);
    await expect.poll(() => page.locator('#panel table.delta-table').count(), { timeout: 90_000 }).toBe(1);
    expect(await page.locator('#compare-left').inputValue()).toBe(a.key);
    expect(await page.locator('#compare-right').inputValue()).toBe(b.key);
    expect(await page.locator('#compare-overlay').isVisible()).toBe(true);
    expect(await page.locator('#compare-overlay h2').textContent()).toBe(
      `${a.attributes.label} ↔ ${b.attributes.label}`,
    );
    // a link opened in a fresh tab does the same
    const fresh = await openApp(`./${hash}`);
    await expect.poll(() => fresh.page.locator('#panel table.delta-table').count(), { timeout: 90_000 }).toBe(1);
    expect(s.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  test('exports: both maps as one PNG, the figures and the rank shifts as CSV', async () => {
    const s = await openApp();
    const { page } = s;
    const [a, b] = await runProgrammeComparison(page);
    await settle(page);
    const mapWidth = await page
      .locator('#compare-overlay .compare-map')
      .first()
      .evaluate((e) => e.clientWidth);

    const png = await download(page, '#compare-export-png');
    expect(png.file.suggestedFilename()).toMatch(/^netzatlas-vergleich-.*\.png$/);
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // two maps side by side (at 2 device pixels per pixel), plus the legend
    expect(pngHeader(png.bytes).width).toBeGreaterThan(2 * 2 * mapWidth);
    expect(countInkPixels(decodePng(png.bytes))).toBeGreaterThan(5000);

    const csv = await download(page, '#compare-export-csv');
    expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
    const rows = csvRows(csv.bytes);
    expect(rows[0]).toEqual([
      'Bereich',
      'Kennzahl',
      'Bedeutung',
      `Links: ${a.attributes.label}`,
      `Rechts: ${b.attributes.label}`,
      'Veränderung',
    ]);
    const shown = await page.locator('#panel table.delta-table tbody th[scope="row"] .figure-name').allTextContents();
    expect(rows.slice(1).map((r) => r[1])).toEqual(shown);
    const nodesRow = rows.find((r) => r[0] === 'Akteursnetz' && r[1] === 'Akteure')!;
    expect(nodesRow[3]).toMatch(/^\d+$/);
    expect(rows.every((r) => r.length === 6)).toBe(true);

    const ranks = csvRows((await download(page, '#compare-export-ranks')).bytes);
    expect(ranks[0]![0]).toBe('Name');
    expect(ranks.length - 1).toBe(await page.locator('#panel .rank-table tbody tr').count());

    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-1280.png') });
    }
    expect(s.errors).toEqual([]);
  });
});

describe('charts and table (issue 14, problem 7)', () => {
  /** Every text of the charts in screen pixels: computed font size times the svg's scale. */
  const chartFontSizes = (page: Page) =>
    page.locator('#panel figure.chart svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
        return Array.from(svg.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
    );

  test('chart text is at least 12 px at the panel width, and the measures name their network', async () => {
    const s = await openApp('./#tab=charts');
    const { page } = s;
    await expect.poll(() => page.locator('#panel figure.chart svg').count()).toBe(3);
    const sizes = await chartFontSizes(page);
    expect(sizes.length).toBeGreaterThan(30);
    // up to the browser's layout rounding (the svg's auto height is kept to 1/64 px, so its scale can be 0.99998)
    expect(Math.min(...sizes), 'smallest chart text in px').toBeGreaterThanOrEqual(11.99);
    // the charts fit the panel: no sideways scrolling
    const panel = await page.locator('#panel').evaluate((p) => ({ scroll: p.scrollWidth, client: p.clientWidth }));
    expect(panel.scroll).toBeLessThanOrEqual(panel.client);

    const options = await page.locator('#chart-measure option').allTextContents();
    expect(options).toContain('Vermittlung (Betweenness, Akteursnetz)');
    expect(options.every((o) => o.includes('Akteursnetz'))).toBe(true);
    expect(await page.locator('#chart-network-note').textContent()).toContain('Projekt-Akteur-Netz');
    await page.locator('#tab-table').click();
    expect(await page.locator('#table-network-note').textContent()).toMatch(/^Kennzahlen im Projekt-Akteur-Netz/);
    expect(await page.locator('#panel table.node-table thead th').nth(2).getAttribute('title')).toBe(
      'Verbindungen (Grad, Projekt-Akteur-Netz)',
    );
    await page.locator('#panel table.node-table tbody th button').first().click();
    expect(await page.locator('#panel h3', { hasText: 'Kennzahlen' }).first().textContent()).toBe(
      'Kennzahlen im Projekt-Akteur-Netz',
    );
    expect(s.errors).toEqual([]);
  });

  test('a measure that is zero for nearly all actors falls back to degree, saying so, and can still be shown', async () => {
    const s = await openApp('./#tab=charts');
    const { page } = s;
    await expect.poll(() => page.locator('#chart-fallback').count()).toBe(1);
    expect(await page.locator('#chart-measure').inputValue()).toBe('betweenness');
    expect(await page.locator('#chart-fallback').textContent()).toMatch(
      /^Vermittlung \(Betweenness, Akteursnetz\) ist für \d+ von \d+ Akteuren 0 und sagt als Rangliste wenig\. Gezeigt wird stattdessen: Verbindungen \(Grad, Akteursnetz\)\. Trotzdem Vermittlung \(Betweenness\) zeigen$/,
    );
    const rankingTitle = () => page.locator('#chart-ranking svg > title').textContent();
    await expect.poll(rankingTitle).toBe('Die zentralsten Akteure: Verbindungen (Grad, Akteursnetz)');
    // the bars are not zero any more
    const values = await page.locator('#chart-ranking table.chart-table tbody td:last-child').allTextContents();
    expect(values.length).toBe(10);
    expect(values.every((v) => Number(v.replace(',', '.')) > 0)).toBe(true);

    await page.locator('#chart-fallback-toggle').click();
    await expect.poll(rankingTitle).toBe('Die zentralsten Akteure: Vermittlung (Betweenness, Akteursnetz)');
    expect(await page.locator('#chart-fallback').textContent()).toMatch(/ist für \d+ von \d+ Akteuren 0\./);
    await page.locator('#chart-fallback-toggle').click();
    await expect.poll(rankingTitle).toBe('Die zentralsten Akteure: Verbindungen (Grad, Akteursnetz)');
    // degree itself never falls back
    await page.locator('#chart-measure').selectOption('degree');
    await expect.poll(rankingTitle).toBe('Die zentralsten Akteure: Verbindungen (Grad, Akteursnetz)');
    expect(await page.locator('#chart-fallback').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  test('every chart saves as a valid PNG, SVG and CSV', async () => {
    const s = await openApp('./#tab=charts');
    const { page } = s;
    await expect.poll(() => page.locator('#panel figure.chart svg').count()).toBe(3);
    for (const id of ['ranking', 'degree', 'matrix']) {
      const viewBox = await page.locator(`#chart-${id} svg`).first().getAttribute('viewBox');
      const [, , w, h] = viewBox!.split(' ').map(Number);
      const png = await download(page, `#chart-${id}-png`);
      expect(png.file.suggestedFilename(), id).toMatch(/^netzatlas-.*\.png$/);
      expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE), id).toBe(true);
      // the file has the chart's title above it (one or two lines of 18 px, 12 px space)
      const head = pngHeader(png.bytes);
      expect(head.width, id).toBe(2 * Math.round(w!));
      expect([2 * (Math.round(h!) + 30), 2 * (Math.round(h!) + 48)], id).toContain(head.height);
      expect(countInkPixels(decodePng(png.bytes)), `${id}: drawn`).toBeGreaterThan(500);

      const svg = await download(page, `#chart-${id}-svg`);
      const { root, texts } = parseSvg(svg.bytes.toString('utf8'));
      expect(root, id).toBe('http://www.w3.org/2000/svg svg');
      const title = (await page.locator(`#chart-${id} svg > title`).textContent())!;
      // as the svg's <title>, and as the visible heading (in one or two lines)
      expect(texts[0], id).toBe(title);
      expect(texts.join(' '), `${id}: title shown in the SVG`).toContain(title.split(' ').slice(0, 3).join(' '));
      expect(
        texts.filter((t) => t === title || title.startsWith(t)).length,
        `${id}: title shown in the SVG`,
      ).toBeGreaterThanOrEqual(2);

      const csv = csvRows((await download(page, `#chart-${id}-csv`)).bytes);
      expect(csv.length, `${id}: rows`).toBeGreaterThan(1);
      const tableRows = await page.locator(`#chart-${id} table.chart-table tbody tr`).count();
      expect(csv.length - 1, `${id}: as many rows as the chart's table`).toBe(tableRows);
    }
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.locator('#panel').evaluate((p) => (p.scrollTop = 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, 'charts-1280.png') });
    }
    expect(s.errors).toEqual([]);
  });

  test('the table fits its panel, keeps the name column in view and exports every shown node with the measures', async () => {
    const s = await openApp('./#tab=table');
    const { page } = s;
    const scroll = page.locator('#panel .table-scroll');
    await expect.poll(() => page.locator('#panel table.node-table tbody tr').count()).toBe(graph.nodes.length);
    const fit = await scroll.evaluate((box) => ({
      table: box.querySelector('table')!.scrollWidth,
      box: box.clientWidth,
      panel: box.closest('#panel')!.clientWidth,
    }));
    expect(fit.table, 'table width').toBeLessThanOrEqual(fit.box);
    expect(fit.box).toBeLessThanOrEqual(fit.panel);
    expect(
      await page
        .locator('#panel table.node-table tbody th')
        .first()
        .evaluate((th) => getComputedStyle(th).position),
    ).toBe('sticky');

    // all columns: the table scrolls inside its box, the names stay at its left edge
    await page.locator('#table-columns summary').click();
    for (const box of await page.locator('#table-columns input[type="checkbox"]').all())
      if (!(await box.isChecked())) await box.check();
    expect(await page.locator('#panel table.node-table thead th').count()).toBe(12);
    const scrolled = await scroll.evaluate((box) => {
      box.scrollLeft = 300;
      const th = box.querySelector('tbody th') as HTMLElement;
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        left: box.scrollLeft,
        offset: th.getBoundingClientRect().left - box.getBoundingClientRect().left,
      };
    });
    expect(scrolled.scrolls).toBe(true);
    expect(scrolled.left).toBeGreaterThan(0);
    expect(Math.abs(scrolled.offset), 'name column stays at the left edge').toBeLessThanOrEqual(1);

    const csv = csvRows((await download(page, '#table-export-csv')).bytes);
    expect(csv[0]).toEqual(
      expect.arrayContaining([
        'Name',
        'Art',
        'Kommune',
        'Vermittlung (Betweenness, Projekt-Akteur-Netz)',
        'PageRank (Projekt-Akteur-Netz)',
      ]),
    );
    expect(csv.length - 1).toBe(graph.nodes.length);
    const shownFirst = await page.locator('#panel table.node-table tbody th').first().textContent();
    expect(csv[1]![0]).toBe(shownFirst);
    expect(s.errors).toEqual([]);
  });
});
