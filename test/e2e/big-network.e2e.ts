/**
 * A large network (more than 3,000 nodes: ties and labels are left out while the map moves, issue 14)
 * after a drag of the stage: the ties come back with one frame, without the full refresh sigma's
 * mouse captor would make (every node and tie reduced and indexed again), and the release is no click.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { explorerInBrowser, rebuilt } from './open-explorer.ts';

const SITE = inject('siteUrl');
const open = explorerInBrowser(SITE);

/** 3,200 carriers in a chain of ties, in Münster. */
function csvFiles(): Array<{ name: string; mimeType: string; buffer: Buffer }> {
  const nodes = ['ID;Name;Art;Kommune'];
  const edges = ['Quelle;Ziel;Beziehung'];
  for (let i = 0; i < 3200; i++) nodes.push(`v${i};Verein Nummer ${i + 1} e.V.;Träger;Münster`);
  for (let i = 0; i + 1 < 3200; i++) edges.push(`v${i};v${i + 1};Partner`);
  const file = (name: string, lines: string[]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
  });
  return [file('knoten.csv', nodes), file('kanten.csv', edges)];
}

type Spied = { process: number; edgeFrames: number };
type Win = {
  __spied: Spied;
  __netzatlas: { app: { map: { showsOverview: boolean; sigma: Record<string, unknown> } } };
};

/** Counts sigma's processing passes and the frames that draw ties from now on. */
const spy = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Win;
    w.__spied = { process: 0, edgeFrames: 0 };
    const s = w.__netzatlas.app.map.sigma as Record<string, unknown> & {
      process: () => unknown;
      edgePrograms: Record<string, { render: (p: unknown) => unknown }>;
    };
    const process = s.process.bind(s);
    s.process = () => (w.__spied.process++, process());
    for (const program of Object.values(s.edgePrograms)) {
      const render = program.render.bind(program);
      program.render = (p: unknown) => (w.__spied.edgeFrames++, render(p));
    }
  });
const spied = (page: Page) => page.evaluate(() => (window as unknown as Win).__spied);

describe('a large network', () => {
  test('brings the ties back after a drag with one frame, not a full refresh, and the release is no click', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 1280, height: 720 });
    await rebuilt(page, () => page.locator('#open-file').setInputFiles(csvFiles()));
    await page.locator('#level').selectOption('nodes');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Win).__netzatlas.app.map.showsOverview))
      .toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    await spy(page);

    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 40 + i * 15, box.y + 40 + i * 10);
    // still for longer than sigma's drag timeout, so the release comes after the move has ended
    await new Promise((r) => setTimeout(r, 300));
    const beforeRelease = await spied(page);
    await page.mouse.up();
    await expect.poll(() => spied(page).then((s) => s.edgeFrames)).toBeGreaterThan(beforeRelease.edgeFrames);
    await new Promise((r) => setTimeout(r, 300));
    expect((await spied(page)).process).toBe(0);
    // the drag selected nothing
    expect(await page.evaluate(() => location.hash)).not.toContain('auswahl=');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
