/**
 * Presenting: views saved with filter, colouring and selection are stepped through with the arrow
 * keys in presenter mode, and passed on as a file that another browser imports.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { explorerInBrowser } from './open-explorer.ts';

const SITE = inject('siteUrl');
const open = explorerInBrowser(SITE);

async function saveView(page: Page, name: string): Promise<void> {
  await page.locator('#tab-views').click();
  await page.locator('#view-name').fill(name);
  await page.locator('.save-view button[type="submit"]').click();
}

describe('presentation', () => {
  test('saved views step with the arrow keys in presenter mode and travel as a file to another browser', async () => {
    const { page, errors } = await open();
    await page.locator('#colour-by').selectOption('domain');
    await saveView(page, 'Rechtskreise');
    await page.locator('#tab-filters').click();
    await page.locator('#filter-sgb').check();
    await saveView(page, 'Nur Kooperation');
    expect(await page.locator('.saved-views li .view-name').allTextContents()).toEqual([
      'Rechtskreise',
      'Nur Kooperation',
    ]);

    await page.locator('#presenter-start').click();
    await expect.poll(() => page.locator('.presenter-bar .view-title').textContent()).toBe('1/2: Rechtskreise');
    expect(await page.locator('#colour-by').inputValue()).toBe('domain');
    await page.locator('#map').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.presenter-bar .view-title').textContent()).toBe('2/2: Nur Kooperation');
    expect(await page.evaluate(() => location.hash)).toContain('sgb=1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('sgb=1');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.body.classList.contains('presenter'))).toBe(false);

    await page.locator('#tab-views').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#views-export').click()]);
    expect(download.suggestedFilename()).toBe('ansichten.json');
    const file = readFileSync(await download.path(), 'utf8');

    const other = await open();
    await other.page.locator('#tab-views').click();
    await other.page
      .locator('#views-import')
      .setInputFiles({ name: 'ansichten.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect
      .poll(() => other.page.locator('#notice').textContent())
      .toBe('2 Ansicht(en) aus ansichten.json übernommen.');
    expect(await other.page.locator('.saved-views li .view-name').allTextContents()).toEqual([
      'Rechtskreise',
      'Nur Kooperation',
    ]);

    // a file that is not a list of views: a message naming the file and the field, nothing replaced
    await other.page
      .locator('#views-import')
      .setInputFiles({ name: 'falsch.json', mimeType: 'application/json', buffer: Buffer.from('[{"name": ""}]') });
    await expect
      .poll(() => other.page.locator('#notice').textContent())
      .toMatch(/^Datei nicht lesbar – falsch\.json: Feld 0\.name/);
    expect(await other.page.locator('.saved-views li').count()).toBe(2);
    expect([...errors, ...other.errors]).toEqual([]);
    await page.context().close();
    await other.page.context().close();
  });
});
