/**
 * Accessibility of the explorer, checked with axe-core (WCAG 2.0/2.1 A and AA rules) on every tab
 * of the built site, in German and in presenter mode. The map canvas itself is a graphic; its
 * non-visual equivalent is the table tab, which is checked like every other tab.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const SITE = inject('siteUrl');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TABS = ['details', 'filters', 'gaps', 'clusters', 'charts', 'table', 'compare', 'views', 'curation'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(hash = ''): Promise<Page> {
  // axe is injected as a script: the site's CSP (rightly) forbids that, so this test context bypasses it
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(new URL(hash, SITE).href);
  await page.waitForFunction(
    () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
    null,
    { timeout: 60_000 },
  );
  await page.addScriptTag({ path: AXE });
  return page;
}

async function violations(page: Page): Promise<string[]> {
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} – ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test('every tab has no WCAG 2.1 A/AA violation, with a node selected', async () => {
    const page = await open();
    await page.fill('#search', 'Jugendamt');
    await page.keyboard.press('Enter');
    const found: string[] = [];
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      if (tab === 'gaps') await page.click('.gap-button >> nth=0');
      found.push(...(await violations(page)).map((v) => `${tab}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  });

  test('presenter mode and the English interface have no WCAG 2.1 A/AA violation', async () => {
    const page = await open('#praesentation=1&sprache=en');
    const found = await violations(page);
    // the side panel, shown on the projector picture through "Details"
    await page.click('#presenter-details');
    found.push(...(await violations(page)));
    await page.click('#tab-table');
    found.push(...(await violations(page)));
    expect(found).toEqual([]);
    await page.context().close();
  });

  test('a computed comparison, the charts with their export buttons and the table with all columns have no WCAG 2.1 A/AA violation', async () => {
    const page = await open('#tab=compare');
    const programmes = await page
      .locator('#compare-left option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.selectOption('#compare-left', programmes[0]!);
    await page.selectOption('#compare-right', programmes[1]!);
    await page.click('#compare-run');
    await page.waitForSelector('#panel table.delta-table', { timeout: 90_000 });
    const found = (await violations(page)).map((v) => `compare: ${v}`);
    await page.click('#compare-close');
    await page.click('#tab-charts');
    await page.waitForSelector('#chart-matrix svg');
    found.push(...(await violations(page)).map((v) => `charts: ${v}`));
    await page.click('#tab-table');
    await page.click('#table-columns summary');
    for (const box of await page.locator('#table-columns input[type="checkbox"]').all()) await box.check();
    found.push(...(await violations(page)).map((v) => `table: ${v}`));
    expect(found).toEqual([]);
    await page.context().close();
  });
});
