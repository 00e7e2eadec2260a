/** A fresh browser context on the built site, with console errors and page errors collected, waiting for the first frame. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';

export interface OpenedExplorer {
  page: Page;
  errors: string[];
}

export async function openExplorer(browser: Browser, url: string): Promise<OpenedExplorer> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
    null,
    { timeout: 60_000 },
  );
  return { page, errors };
}

/** One browser for the tests of a file (launched before, closed after them) and a way to open the explorer in it. */
export function explorerInBrowser(url: string): () => Promise<OpenedExplorer> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => openExplorer(browser!, url);
}

/** Waits for the first complete frame of the (new) map. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
    null,
    { timeout: 60_000 },
  );
}

/** Waits for the app to be rebuilt after an import or a correction. */
export async function rebuilt(page: Page, action: () => Promise<void>): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __netzatlas: { ready: boolean } }).__netzatlas.ready = false));
  await action();
  await ready(page);
}
