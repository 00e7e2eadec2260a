/**
 * The explorer from the keyboard and across visits (issue 14): the focused map pans and zooms by keys,
 * the skip link lands on the table, the file buttons show the focus; gap messages follow the English
 * interface; the last network opened from files comes back after a reload until „Beispieldaten
 * zeigen“, and leaving with corrections that are neither stored nor exported asks first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { explorerInBrowser, ready, rebuilt } from './open-explorer.ts';

const SITE = inject('siteUrl');
const open = explorerInBrowser(SITE);

type Pose = { x: number; y: number; ratio: number };
interface AppLike {
  map: {
    camera(): Pose;
    sigma: {
      getNodeDisplayData(k: string): { x: number; y: number };
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    };
  };
  model: { nodes: Array<{ key: string }> };
  data: { curation: { hasUnsaved(): boolean } };
}
const app = (page: Page) =>
  page.evaluate(() => (window as unknown as { __netzatlas: { app: AppLike } }).__netzatlas.app.model.nodes.length);
const camera = (page: Page) =>
  page.evaluate(() => (window as unknown as { __netzatlas: { app: AppLike } }).__netzatlas.app.map.camera());
/** Where the first node is drawn on the screen (pixels from the map's top left). */
const firstNodeOnScreen = (page: Page) =>
  page.evaluate(() => {
    const a = (window as unknown as { __netzatlas: { app: AppLike } }).__netzatlas.app;
    return a.map.sigma.framedGraphToViewport(a.map.sigma.getNodeDisplayData(a.model.nodes[0]!.key));
  });

/** Tab until `id` has the focus (at most 60 steps): the way a keyboard user gets there. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`#${id} not reached by Tab`);
}

const CSV =
  'Name;Art;Kommune\r\nJugendamt Herford;Jugendamt;Herford\r\nJobcenter Herford;Jobcenter;Herford\r\nStadtteilbüro Nord;Organisation;Herford\r\n';

describe('the map from the keyboard', () => {
  test('arrows pan by a tenth of the view, + and − zoom, 0 shows everything again', async () => {
    const { page, errors } = await open();
    await page.locator('#map').focus();
    const start = await camera(page);
    const onScreen = await firstNodeOnScreen(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera(page)).x).toBeCloseTo(start.x + 0.1 * start.ratio, 6);
    // what is on the map moves the other way: a node drawn further left
    await expect.poll(async () => (await firstNodeOnScreen(page)).x).toBeLessThan(onScreen.x - 1);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await camera(page)).y).toBeCloseTo(start.y + 0.1 * start.ratio, 6);
    await expect.poll(async () => (await firstNodeOnScreen(page)).y).toBeGreaterThan(onScreen.y + 1);
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => (await camera(page)).y).toBeCloseTo(start.y - 0.2 * start.ratio, 6);
    await page.keyboard.press('+');
    await expect.poll(async () => (await camera(page)).ratio).toBeCloseTo(start.ratio / 1.5, 6);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(async () => (await camera(page)).ratio).toBeCloseTo(start.ratio * 1.5, 6);
    await page.keyboard.press('0');
    await expect.poll(() => camera(page)).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    // the keys belong to the map only while it has the focus: in the search field they type
    await page.locator('#search').focus();
    await page.keyboard.press('0');
    expect(await page.locator('#search').inputValue()).toBe('0');
    expect(await page.locator('#map').getAttribute('aria-label')).toMatch(
      /Pfeiltasten verschieben, \+ und − zoomen, 0 zeigt alles/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the skip link opens the table and puts the focus on it, whichever tab was open', async () => {
    const { page, errors } = await open();
    await page.locator('#tab-gaps').click();
    // the first stop of the page (it is shown only while it has the focus)
    await page.locator('a.skip').focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zur Tabellenansicht springen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#tab-table').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel');
    expect(await page.locator('#panel table').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('both file buttons show where the keyboard is', async () => {
    const { page, errors } = await open();
    // both wait behind „Mehr“, which opens from the keyboard as well
    await page.locator('#more-tools-toggle').focus();
    await page.keyboard.press('Enter');
    for (const id of ['add-files', 'open-file']) {
      await tabTo(page, id);
      const outline = await page.locator(`label[for="${id}"]`).evaluate((l) => {
        const s = getComputedStyle(l);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(outline, id).toBe('solid 3px');
    }
    // and no ring without the focus
    await page.locator('#search').focus();
    expect(await page.locator('label[for="open-file"]').evaluate((l) => getComputedStyle(l).outlineStyle)).toBe('none');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the English interface', () => {
  test('explains a gap in English, with the names as written', async () => {
    const { page, errors } = await open();
    await page.goto(`${SITE}#sprache=en&tab=gaps`);
    await ready(page);
    const analysis = AnalysisSchema.parse(await (await fetch(new URL('data/analysis.json', SITE))).json());
    await page.locator('.gap-button').first().click();
    const text = await page.locator('.gap.open p').first().textContent();
    const shown = analysis.gaps.find((g) => g.messageEn === text);
    expect(shown, text ?? '').toBeDefined();
    expect(text).not.toMatch(/in den Daten|zuständig|Projekt „/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the last opened network', () => {
  test('comes back after a reload, and „Beispieldaten zeigen“ leads back to the shipped data for good', async () => {
    const { page, errors } = await open();
    const samples = await app(page);
    expect(await page.locator('#show-samples').count()).toBe(0);
    await rebuilt(page, () =>
      page
        .locator('#open-file')
        .setInputFiles({ name: 'umfrage.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') }),
    );
    expect(await app(page)).toBe(3); // the three rows
    await page.reload();
    await ready(page);
    expect(await app(page)).toBe(3);
    expect(await page.locator('#notice').textContent()).toMatch(
      /^Zuletzt geöffnetes Netz „Netzatlas“ wieder geöffnet \(aus umfrage\.csv, eingelesen am .+\)\. „Mehr“ › „Beispieldaten zeigen“ führt/,
    );
    // behind „Mehr“, with the other rarely used tools
    await page.locator('#more-tools-toggle').click();
    await rebuilt(page, () => page.locator('#show-samples').click());
    expect(await app(page)).toBe(samples);
    expect(await page.locator('#show-samples').count()).toBe(0);
    await page.reload();
    await ready(page);
    expect(await app(page)).toBe(samples);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a layout computed on the map is kept after a reload, and „Layout zurück“ brings the shipped one back', async () => {
    const { page, errors } = await open();
    const shipped = (
      (await (await fetch(new URL('data/layout.json', SITE))).json()) as { positions: Record<string, [number, number]> }
    ).positions;
    const positions = () =>
      page.evaluate(() => {
        const g = (
          window as unknown as {
            __netzatlas: {
              app: { map: { graph: { forEachNode(f: (k: string, a: { x: number; y: number }) => void): void } } };
            };
          }
        ).__netzatlas.app.map.graph;
        const out: Record<string, [number, number]> = {};
        g.forEachNode((k, a) => (out[k] = [a.x, a.y]));
        return out;
      });
    expect(await positions()).toEqual(shipped);
    expect(await page.locator('#layout-undo').count()).toBe(0);
    await page.locator('#relayout').click();
    await page.waitForTimeout(500);
    await page.locator('#relayout').click(); // stop
    const moved = await positions();
    expect(moved).not.toEqual(shipped);
    await page.reload();
    await ready(page);
    expect(await positions()).toEqual(moved);
    await page.locator('#layout-undo').click();
    expect(await positions()).toEqual(shipped);
    expect(await page.locator('#notice').textContent()).toBe('Das vorherige Layout ist wieder da.');
    expect(await page.locator('#layout-undo').count()).toBe(0);
    // and so it stays
    await page.reload();
    await ready(page);
    expect(await positions()).toEqual(shipped);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('leaving with corrections the browser could not store asks first; stored ones do not', async () => {
    const { page, errors } = await open();
    // stored in IndexedDB: nothing to lose
    await page.locator('#search').fill('Caritasverband Hagen');
    await page.locator('#search').press('Enter');
    await page.locator('summary', { hasText: 'Umbenennen' }).click();
    await page.getByLabel('Neuer Name').fill('Caritas Hagen (geprüft)');
    await rebuilt(page, () => page.locator('button', { hasText: 'Namen übernehmen' }).click());
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __netzatlas: { app: AppLike } }).__netzatlas.app.data.curation.hasUnsaved(),
        ),
      )
      .toBe(false);
    await page.context().close();

    // a browser that refuses storage (private window, blocked site data): the log lives in the tab only
    const blocked = await open();
    await blocked.page.context().addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', {
        get: () => {
          throw new DOMException('blockiert', 'SecurityError');
        },
      }),
    );
    await blocked.page.reload();
    await ready(blocked.page);
    const p = blocked.page;
    await p.locator('#search').fill('Caritasverband Hagen');
    await p.locator('#search').press('Enter');
    await p.locator('summary', { hasText: 'Umbenennen' }).click();
    await p.getByLabel('Neuer Name').fill('Caritas Hagen (geprüft)');
    await rebuilt(p, () => p.locator('button', { hasText: 'Namen übernehmen' }).click());
    expect(
      await p.evaluate(() =>
        (window as unknown as { __netzatlas: { app: AppLike } }).__netzatlas.app.data.curation.hasUnsaved(),
      ),
    ).toBe(true);
    const asked = new Promise<string>((resolve) =>
      p.once('dialog', (d) => {
        resolve(d.type());
        void d.accept();
      }),
    );
    await p.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(errors).toEqual([]);
    expect(blocked.errors).toEqual([]);
    await blocked.page.context().close();
  });
});

describe('opening a big file', () => {
  test('shows the step it is at and can be cancelled; the network shown stays and the next import works', async () => {
    const { page, errors } = await open();
    const before = await app(page);
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `Verein Nummer ${i + 1} e.V.;Träger;${i % 2 ? 'Herford' : 'Bielefeld'}`,
    );
    const csv = `Name;Art;Kommune\r\n${rows.join('\r\n')}\r\n`;
    await page
      .locator('#open-file')
      .setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.locator('#import-cancel').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('#import-progress .progress-text').textContent()).toMatch(/\(Schritt [1-4] von 4\)/);
    await page.locator('#import-cancel').click();
    await expect
      .poll(() => page.locator('#notice').textContent())
      .toBe('Import abgebrochen – das gezeigte Netz bleibt unverändert.');
    expect(await page.locator('#import-progress').isHidden()).toBe(true);
    expect(await app(page)).toBe(before);
    // a fresh worker takes the next file
    await rebuilt(page, () =>
      page
        .locator('#open-file')
        .setInputFiles({ name: 'umfrage.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') }),
    );
    expect(await app(page)).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a large network', () => {
  test('opens with its organisations and projects and says how to show the rest', async () => {
    const { page, errors } = await open();
    const orgs = Array.from({ length: 1500 }, (_, i) => `Verein Nummer ${i + 1} e.V.;Träger;Herford`);
    // names of letters only: a person's key is made of the name's words
    const letters = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
    const persons = Array.from({ length: 600 }, (_, i) => `Anna Muster${letters(i)};Person;Herford`);
    const csv = `Name;Art;Kommune\r\n${[...orgs, ...persons].join('\r\n')}\r\n`;
    await rebuilt(page, () =>
      page
        .locator('#open-file')
        .setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }),
    );
    const counts = await page.evaluate(() => {
      const a = (
        window as unknown as {
          __netzatlas: { app: { model: { nodes: unknown[] }; visibility: { nodeCount: number } } };
        }
      ).__netzatlas.app;
      return { all: a.model.nodes.length, shown: a.visibility.nodeCount };
    });
    // 1,500 carriers and 600 persons: the persons wait for the filter
    expect(counts).toEqual({ all: 2100, shown: 1500 });
    expect(await page.locator('#notice').textContent()).toContain('Großes Netz');
    expect(await page.locator('#notice').textContent()).toContain('Personen und Orte zeigt der Filter „Arten“');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
