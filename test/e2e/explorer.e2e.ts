/**
 * The explorer in a real browser: the built site (see global-setup.ts) in Debian's chromium.
 * Every test opens fresh pages, collects console errors and uncaught page errors, and ends by
 * asserting there were none. Graphs stay small (the seeds: under 100 nodes); the tests assert that
 * things are rendered, never how fast.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { AnalysisSchema, type Analysis } from '../../src/analysis/schema.ts';
import { GraphJSONSchema, type GraphJSON } from '../../src/model/schema.ts';
import { launchBrowser } from './browser.ts';
import { countDifferentPixels, countInkPixels, decodePng, pngHeader, PNG_SIGNATURE, type PngImage } from './png.ts';

const SITE = inject('siteUrl');
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const XSS_LABEL = '<img src=x onerror=alert(1)>';
const XSS_GRAPH = fileURLToPath(new URL('../fixtures/e2e/xss/graph.json', import.meta.url));

interface Session {
  context: BrowserContext;
  page: Page;
  /** Console messages of type error and uncaught page errors, in order. */
  errors: string[];
  /** Messages of alert/confirm/prompt dialogs (each dismissed). */
  dialogs: string[];
}

let browser: Browser;
const sessions: Session[] = [];
let graph: GraphJSON;
let analysis: Analysis;

async function fetchJson(rel: string): Promise<unknown> {
  const res = await fetch(new URL(rel, SITE));
  if (!res.ok) throw new Error(`e2e: ${rel}: HTTP ${res.status}`);
  return res.json();
}

beforeAll(async () => {
  browser = await launchBrowser();
  // the data exactly as the built site serves it
  graph = GraphJSONSchema.parse(await fetchJson('data/graph.json'));
  analysis = AnalysisSchema.parse(await fetchJson('data/analysis.json'));
});

afterEach(async () => {
  for (const s of sessions.splice(0)) await s.context.close();
});

afterAll(async () => {
  await browser?.close();
});

/** A new page at `SITE + path`, with error and dialog collection, waiting for the first frame. */
async function openApp(path = ''): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const s: Session = { context, page, errors: [], dialogs: [] };
  sessions.push(s);
  page.on('console', (m) => {
    // warnings (e.g. SwiftShader's "GPU stall due to ReadPixels") are not errors and not collected
    if (m.type() === 'error')
      s.errors.push(`console.error: ${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.name}: ${e.message}`));
  page.on('dialog', (d) => {
    s.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(new URL(path, SITE).href);
  await page.waitForFunction(
    () => (window as unknown as { __netzatlas?: { ready: boolean } }).__netzatlas?.ready === true,
    null,
    { timeout: 60_000 },
  );
  return s;
}

/** The export buttons sit in the toolbar's export menu (a <details>): open it when closed. */
async function openExportMenu(page: Page): Promise<void> {
  if (!(await page.locator('details.export-menu').evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.locator('#export-menu').click();
}

function expectNoErrors(s: Session): void {
  expect(s.errors, 'console errors and page errors').toEqual([]);
  expect(s.dialogs, 'dialogs').toEqual([]);
}

/** Two animation frames: sigma has drawn what the last state change asked for. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** The map as pixels, the legend (an overlay inside the map's box) painted white. */
async function mapPixels(page: Page): Promise<PngImage> {
  await settle(page);
  return decodePng(
    await page
      .locator('#map')
      .screenshot({ mask: [page.locator('#legend')], maskColor: '#FFFFFF', animations: 'disabled' }),
  );
}

/** Type into the search box and pick the first suggestion with Enter. */
async function searchAndPick(page: Page, query: string): Promise<void> {
  await page.locator('#search').fill(query);
  await expect.poll(() => page.locator('#search-list').isVisible()).toBe(true);
  await page.locator('#search').press('Enter');
  await expect.poll(() => page.locator('#node-title').count()).toBe(1);
}

function nodesOfKind(kind: string) {
  return graph.nodes.filter((n) => n.attributes.kind === kind);
}

/** "N / M Knoten, E / F Beziehungen sichtbar" for the nodes passing `keep` (edges: both ends kept). */
function statusText(keep: (n: GraphJSON['nodes'][number]) => boolean): string {
  const kept = new Set(graph.nodes.filter(keep).map((n) => n.key));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).length;
  return `${kept.size} / ${graph.nodes.length} Knoten, ${edges} / ${graph.edges.length} Beziehungen sichtbar`;
}

/**
 * Person names as whole words: each label and alias, and each part of at least three letters
 * other than a title (the same parts the app blanks in quotes).
 */
function personNamePattern(persons: GraphJSON['nodes']): RegExp {
  const parts = new Set<string>();
  for (const n of persons) {
    for (const name of [n.attributes.label, ...(n.attributes.aliases ?? [])]) {
      parts.add(name);
      for (const w of name.split(/[\s,]+/)) if (w.length >= 3 && !/^(Frau|Herr|Dr\.?|Prof\.?)$/i.test(w)) parts.add(w);
    }
  }
  const escaped = [...parts].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})(?:${escaped.join('|')})(?!\\p{L})`, 'gu');
}

describe('Netzatlas explorer in chromium', () => {
  test('the map renders: after the first frame the map is not blank', async () => {
    const s = await openApp();
    const { page } = s;
    expect(await page.locator('#map canvas').count()).toBeGreaterThan(0);
    const img = await mapPixels(page);
    expect(img.width).toBeGreaterThan(300);
    expect(img.height).toBeGreaterThan(300);
    // the seeds draw ~90 nodes, their ties and labels: thousands of coloured pixels
    expect(countInkPixels(img)).toBeGreaterThan(3000);
    await expect.poll(() => page.locator('#legend h2').first().textContent()).toBe('Farbe: Art');
    expectNoErrors(s);
  });

  test('search finds "Caritas" and the panel shows the node with its evidence', async () => {
    const s = await openApp();
    const { page } = s;
    const caritas = graph.nodes.filter((n) => /caritas/i.test(n.attributes.label));
    expect(caritas.length).toBeGreaterThan(0);
    await page.locator('#search').fill('Caritas');
    await expect.poll(() => page.locator('#search-list').isVisible()).toBe(true);
    const options = page.locator('#search-list [role="option"]');
    expect(await options.first().textContent()).toContain('Caritas');
    expect(await page.locator('#search').getAttribute('aria-expanded')).toBe('true');
    const first = (await options.first().locator('.hit-label').textContent()) ?? '';
    const node = graph.nodes.find((n) => n.attributes.label === first);
    expect(node, `the first hit "${first}" is a node of graph.json`).toBeDefined();

    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#node-title').textContent()).toBe(first);
    expect(await page.locator('#search-list').isHidden()).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain(`auswahl=${encodeURIComponent(node!.key)}`);

    const panel = page.locator('#panel .node-panel');
    const heads = await panel.locator('h3').allTextContents();
    expect(heads).toContain(`Belegstellen (${node!.attributes.sources.length})`);
    const ownEvidence = panel.locator(':scope > ul.evidence-list > li.evidence');
    expect(await ownEvidence.count()).toBe(node!.attributes.sources.length);
    const marks = await ownEvidence.locator('mark').allTextContents();
    expect(
      marks.some((m) => m.includes('Caritas')),
      `marks: ${JSON.stringify(marks)}`,
    ).toBe(true);
    const docs = await ownEvidence.locator('.doc').allTextContents();
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d).toMatch(/^Dokument: \S+\.txt$/);
    expect(docs[0]).toBe(`Dokument: ${node!.attributes.sources[0]!.doc}`);
    expectNoErrors(s);
  });

  test('a filter changes what is drawn: without persons the count, the legend and the map change', async () => {
    const s = await openApp();
    const { page } = s;
    await page.locator('#tab-filters').click();
    const status = page.locator('#filter-status');
    expect(await status.textContent()).toBe(statusText(() => true));
    expect(await page.locator('#legend').textContent()).toContain(`Person (${nodesOfKind('person').length})`);
    const before = await mapPixels(page);

    await page.locator('#kind-person').uncheck();
    await expect.poll(() => status.textContent()).toBe(statusText((n) => n.attributes.kind !== 'person'));
    expect(await page.locator('#kind-person').isChecked()).toBe(false);
    const legendItems = await page.locator('#legend li').allTextContents();
    expect(legendItems.filter((t) => t.startsWith('Person'))).toEqual([]);
    const kinds = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('arten')?.split(',');
    expect(kinds).toEqual([
      'project',
      'program',
      'funder',
      'carrier',
      'youth_office',
      'job_center',
      'school',
      'daycare',
      'municipality',
      'district',
      'organisation',
    ]);

    const after = await mapPixels(page);
    // the 11 person dots and their ties are gone
    expect(countDifferentPixels(before, after)).toBeGreaterThan(50);

    // a programme narrows it further
    const programmes = nodesOfKind('program');
    await page.locator('#filter-programme').selectOption(programmes[0]!.key);
    await expect.poll(() => status.textContent()).not.toBe(statusText((n) => n.attributes.kind !== 'person'));
    expectNoErrors(s);
  });

  test('the URL hash restores a view: size, colour, filter and selection', async () => {
    const s = await openApp();
    const { page } = s;
    await page.locator('#size-by').selectOption('betweenness');
    await page.locator('#colour-by').selectOption('community');
    await page.locator('#tab-filters').click();
    await page.locator('#kind-person').uncheck();
    const status = (await page.locator('#filter-status').textContent()) ?? '';
    expect(status).toBe(statusText((n) => n.attributes.kind !== 'person'));
    await page.locator('#tab-details').click();
    await searchAndPick(page, 'Caritasverband');
    const title = (await page.locator('#node-title').textContent()) ?? '';
    expect(title).toBe('Caritasverband Hagen e.V.');
    await page.waitForTimeout(700); // the camera animation to the node (400 ms) is over
    const hash = await page.evaluate(() => location.hash);
    const params = new URLSearchParams(hash.slice(1));
    expect(params.get('groesse')).toBe('betweenness');
    expect(params.get('farbe')).toBe('community');
    expect(params.get('auswahl')).toBe('org:caritasverband-hagen-e-v');
    expect(params.get('arten')?.split(',')).not.toContain('person');
    const legendTitle = await page.locator('#legend h2').first().textContent();

    const t = await openApp(`./${hash}`);
    const p2 = t.page;
    expect(await p2.locator('#size-by').inputValue()).toBe('betweenness');
    expect(await p2.locator('#colour-by').inputValue()).toBe('community');
    expect(await p2.locator('#node-title').textContent()).toBe(title);
    expect(await p2.locator('#legend h2').first().textContent()).toBe(legendTitle);
    expect(await p2.locator('#notice').isHidden()).toBe(true);
    await p2.locator('#tab-filters').click();
    expect(await p2.locator('#filter-status').textContent()).toBe(status);
    expect(await p2.locator('#kind-person').isChecked()).toBe(false);
    expectNoErrors(s);
    expectNoErrors(t);
  });

  test('the URL hash holds the camera where a movement ended, so the link shows the same part of the map', async () => {
    type Cam = { x: number; y: number; ratio: number };
    // the app's sigma camera: read through the object the app exposes for tests
    const camera = (page: Page) =>
      page.evaluate(() => {
        const app = (
          window as unknown as { __netzatlas: { app: { map: { sigma: { getCamera(): { getState(): Cam } } } } } }
        ).__netzatlas.app;
        const c = app.map.sigma.getCamera().getState();
        return { x: c.x, y: c.y, ratio: c.ratio };
      });
    const hashCamera = async (page: Page): Promise<Cam | null> => {
      const v = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('kamera');
      if (!v) return null;
      const [x, y, ratio] = v.split(',').map(Number);
      return { x: x!, y: y!, ratio: ratio! };
    };
    const near = (c: Cam) => ({
      x: expect.closeTo(c.x, 3),
      y: expect.closeTo(c.y, 3),
      ratio: expect.closeTo(c.ratio, 3),
    });

    const s = await openApp();
    const { page } = s;
    // a selection animates the camera to the node (400 ms) …
    await searchAndPick(page, 'Caritasverband');
    await page.waitForTimeout(1000);
    const afterSelect = await camera(page);
    expect(afterSelect.ratio).toBe(0.5);
    const selectHash = await hashCamera(page);
    // … and a wheel zoom moves it again
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(1000);
    await page.mouse.move(1, 1);
    const afterZoom = await camera(page);
    expect(afterZoom.ratio).toBeLessThan(0.5);
    const zoomHash = await hashCamera(page);

    const t = await openApp(`./${await page.evaluate(() => location.hash)}`);
    const restored = await camera(t.page);
    // regression guard: the camera is written to the hash once a movement has settled, not from its middle
    expect(
      { afterSelect: selectHash, afterZoom: zoomHash, restoredFromLink: restored },
      'camera in the URL hash vs the camera shown',
    ).toEqual({
      afterSelect: near(afterSelect),
      afterZoom: near(afterZoom),
      restoredFromLink: near(afterZoom),
    });
    expectNoErrors(s);
    expectNoErrors(t);
  });

  test('presenter mode hides e-mail addresses and person names; Escape and the exit button leave it', async () => {
    const persons = nodesOfKind('person');
    const withMail = persons.find((n) => n.attributes.email?.length);
    expect(withMail, 'a person with an e-mail address in data/graph.json').toBeDefined();
    const mail = withMail!.attributes.email![0]!;
    const surname = withMail!.attributes.label.split(/\s+/).at(-1)!;
    const s = await openApp();
    const { page } = s;
    await searchAndPick(page, surname);
    expect(await page.locator('#node-title').textContent()).toBe(withMail!.attributes.label);
    const link = page.locator(`#panel a[href="mailto:${mail}"]`);
    expect(await link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe(mail);

    await page.locator('#presenter').click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true);
    await settle(page);
    const body = await page.evaluate(() => document.body.innerText);
    expect(body.match(EMAIL), 'an e-mail address on the page in presenter mode').toBeNull();
    const panelText = (await page.locator('#panel').innerText()) + (await page.locator('#panel').textContent());
    const names = persons.map((n) => n.attributes.label);
    expect(
      names.filter((name) => panelText.includes(name)),
      'person names in the panel',
    ).toEqual([]);
    expect(await page.locator('#node-title').textContent()).toMatch(/^Person [0-9a-f]{8}$/);
    expect(await page.locator('#panel').textContent()).toContain(
      'Kontaktdaten sind im Präsentationsmodus ausgeblendet.',
    );
    expect(await page.locator('#presenter-exit').isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(false);
    expect(await page.locator(`#panel a[href="mailto:${mail}"]`).isVisible()).toBe(true);
    expect(await page.locator('#node-title').textContent()).toBe(withMail!.attributes.label);

    await page.locator('#presenter').click();
    await expect.poll(() => page.locator('#presenter-exit').isVisible()).toBe(true);
    expect((await page.evaluate(() => document.body.innerText)).match(EMAIL)).toBeNull();
    await page.locator('#presenter-exit').click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(false);
    expect(await page.locator('#presenter-exit').count()).toBe(0);
    expect(await page.locator(`#panel a[href="mailto:${mail}"]`).textContent()).toBe(mail);
    expectNoErrors(s);
  });

  test('presenter mode shows no person name and no e-mail address on any tab, in any evidence, nor in the SVG export', async () => {
    const persons = nodesOfKind('person');
    const personKeys = new Set(persons.map((n) => n.key));
    // persons and everything tied to them: the nodes whose panels quote person names
    const near = new Set(personKeys);
    for (const e of graph.edges) {
      if (personKeys.has(e.source)) near.add(e.target);
      if (personKeys.has(e.target)) near.add(e.source);
    }
    const nameFinder = personNamePattern(persons);
    const leaks = (text: string) => [...(text.match(nameFinder) ?? []), ...(text.match(new RegExp(EMAIL, 'g')) ?? [])];

    const s = await openApp();
    const { page } = s;
    await page.locator('#presenter').click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true);
    // the side panel is hidden on the projector picture; "Details" shows it
    await page.locator('#presenter-details').click();
    const openAllDetails = () =>
      page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const found: Record<string, string[]> = {};
    const look = async (where: string) => {
      await openAllDetails();
      const hits = leaks((await page.evaluate(() => document.body.textContent)) ?? '');
      if (hits.length) found[where] = hits;
    };
    for (const tab of ['details', 'filters', 'gaps', 'clusters', 'charts', 'table', 'compare', 'views']) {
      await page.locator(`#tab-${tab}`).click();
      await look(`tab ${tab}`);
    }
    await page.locator('#tab-gaps').click();
    const gaps = await page.locator('.gap-button').count();
    for (let i = 0; i < gaps; i++) {
      await page.locator('.gap-button').nth(i).click();
      await look(`gap ${i + 1}`);
    }
    await page.locator('#tab-details').click();
    for (const key of [...near].sort()) {
      await page.evaluate((k) => {
        location.hash = `#praesentation=1&auswahl=${encodeURIComponent(k)}`;
      }, key);
      await expect
        .poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('auswahl')))
        .toBe(key);
      await expect.poll(() => page.locator('#node-title').count()).toBe(1);
      await look(key);
    }
    expect(found, 'person names or e-mail addresses shown in presenter mode').toEqual({});

    // the SVG export of a selected person shows the pseudonym
    const person = persons[0]!;
    await page.evaluate((k) => {
      location.hash = `#praesentation=1&auswahl=${encodeURIComponent(k)}`;
    }, person.key);
    await expect.poll(() => page.locator('#node-title').textContent()).toMatch(/^Person [0-9a-f]{8}$/);
    await settle(page);
    // the picture is saved from the caption (the toolbar is hidden on the projector picture)
    await page.locator('details.presenter-save').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#presenter-svg').click()]);
    const text = await readFile(await svg.path(), 'utf8');
    expect(leaks(text), 'person names or e-mail addresses in the SVG export').toEqual([]);
    expect(text).toContain((await page.locator('#node-title').textContent())!);
    expectNoErrors(s);
  });

  test('a link with praesentation=1 opens in presenter mode, as the presenter button does', async () => {
    const viaButton = await openApp();
    await viaButton.page.locator('#presenter').click();
    await expect.poll(() => viaButton.page.locator('#presenter-exit').isVisible()).toBe(true);
    const hash = await viaButton.page.evaluate(() => location.hash);
    expect(new URLSearchParams(hash.slice(1)).get('praesentation')).toBe('1');
    const looks = (page: Page) =>
      page.evaluate(() => ({
        bodyClass: document.body.classList.contains('presenter'),
        exitButton: !!document.getElementById('presenter-exit')?.checkVisibility(),
        searchShown: !!document.getElementById('search')?.checkVisibility(),
        sizeByShown: !!document.getElementById('size-by')?.checkVisibility(),
      }));
    const expected = { bodyClass: true, exitButton: true, searchShown: false, sizeByShown: false };
    expect(await looks(viaButton.page)).toEqual(expected);

    const viaLink = await openApp(`./${hash}`);
    // regression guard: a link with praesentation=1 must hide the search and the selects too
    expect(await looks(viaLink.page), 'presenter mode opened from a link').toEqual(expected);
    expectNoErrors(viaButton);
    expectNoErrors(viaLink);
  });

  test('a node labelled <img src=x onerror=alert(1)> is shown as text, never as markup', async () => {
    const s = await openApp('./?daten=fixtures/xss/');
    const { page } = s;
    expect(await page.locator('#notice').isHidden()).toBe(true);
    await page.locator('#search').fill('img');
    await expect.poll(() => page.locator('#search-list .hit-label').first().textContent()).toBe(XSS_LABEL);
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#node-title').textContent()).toBe(XSS_LABEL);

    const panel = page.locator('#panel');
    // website `javascript:alert(1)` as text only, the alias as text
    expect(await panel.textContent()).toContain('javascript:alert(1)');
    expect(await panel.textContent()).toContain('<script>alert(2)</script>');
    // the evidence sentence quotes the markup, marked as text
    expect(await panel.locator('.node-panel > ul.evidence-list mark').first().textContent()).toBe(XSS_LABEL);
    expect(await page.locator('#panel .node-panel > ul.evidence-list q').first().textContent()).toBe(
      `Das Projekt Demo arbeitet mit ${XSS_LABEL} und dem Jugendamt Demo zusammen.`,
    );
    // the relation's evidence too
    await page.locator('#panel .relations details summary').first().click();
    expect(await page.locator('#panel .relations mark').first().textContent()).toContain(XSS_LABEL);

    const dom = await page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
      inlineHandlers: [...document.querySelectorAll('*')].filter((e) =>
        [...e.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      scripts: [...document.scripts].filter((sc) => !sc.src).length,
    }));
    expect(dom).toEqual({ img: 0, jsLinks: 0, inlineHandlers: 0, scripts: 0 });
    // the table and the legend show the label as text as well
    await page.locator('#tab-table').click();
    expect(await page.locator('#panel table.node-table tbody th').allTextContents()).toContain(XSS_LABEL);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await page.waitForTimeout(300); // an injected onerror would fire on the next turns
    expectNoErrors(s);
  });

  test('opening another graph file replaces the network, and the replaced one no longer reacts', async () => {
    const s = await openApp();
    const { page } = s;
    // a broken file: a German message naming the file, the network stays
    await page
      .locator('#open-file')
      .setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [') });
    await expect
      .poll(() => page.locator('#notice').textContent())
      .toMatch(
        /^Datei nicht lesbar – kaputt\.json \(Zeile 1, Spalte \d+\): erwartet gültiges JSON, gefunden das Ende der Datei\.$/,
      );
    await page.locator('#tab-filters').click();
    expect(await page.locator('#filter-status').textContent()).toBe(statusText(() => true));
    // the first network has a selection, so Escape means something to it
    await page.locator('#tab-details').click();
    await searchAndPick(page, 'Caritasverband');

    await page.locator('#open-file').setInputFiles(XSS_GRAPH);
    await expect
      .poll(() => page.locator('#notice').textContent(), { timeout: 60_000 })
      .toMatch(/^Importiert: 0 Dokument\(e\), 1 Graphdatei\(en\), 0 Warnungen, 0 nicht importiert\./);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.locator('#tab-filters').click();
    expect(await page.locator('#filter-status').textContent()).toBe('3 / 3 Knoten, 2 / 2 Beziehungen sichtbar');
    expect(countInkPixels(await mapPixels(page))).toBeGreaterThan(100);

    // keys and links now belong to the new network only
    await page.locator('#tab-details').click();
    await page.locator('#map').focus();
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      location.hash = '#tab=table';
    });
    await expect.poll(() => page.locator('#panel table.node-table tbody tr').count()).toBe(3);
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toBe('#tab=table');
    // the replaced App must not answer the hashchange/keydown any more: before bd16ee2 its
    // listeners stayed and its sigma, whose container had left the page, threw "Container has no width"
    expectNoErrors(s);
  });

  test('PNG and SVG exports are valid files with the legend', async () => {
    const s = await openApp();
    const { page } = s;

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      openExportMenu(page).then(() => page.locator('#export-png').click()),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBuf = await readFile(await png.path());
    expect(pngBuf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const head = pngHeader(pngBuf);
    expect(head.width).toBeGreaterThan(0);
    expect(head.height).toBeGreaterThan(0);
    const img = decodePng(pngBuf); // inflates IDAT and undoes the filters
    expect(countInkPixels(img)).toBeGreaterThan(3000);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      openExportMenu(page).then(() => page.locator('#export-svg').click()),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const text = await readFile(await svg.path(), 'utf8');
    const parser = new SaxesParser({ xmlns: true });
    const texts: string[] = [];
    let root = '';
    let elements = 0;
    parser.on('error', (e) => {
      throw e;
    });
    parser.on('opentag', (tag) => {
      elements++;
      if (!root) root = `${tag.uri} ${tag.local}`;
    });
    parser.on('text', (t) => texts.push(t));
    parser.write(text).close();
    expect(root).toBe('http://www.w3.org/2000/svg svg');
    expect(elements).toBeGreaterThan(100);
    expect(texts.map((t) => t.trim())).toContain('Farbe: Art');
    expectNoErrors(s);
  });

  test('a tour of all tabs draws charts, the table, gaps and clusters without a console error', async () => {
    const s = await openApp();
    const { page } = s;
    const panel = page.locator('#panel');
    const tabs = ['details', 'filters', 'gaps', 'clusters', 'charts', 'table', 'compare', 'views', 'curation'];
    const texts = [
      'Details',
      'Filter',
      'Lücken',
      'Kooperation',
      'Diagramme',
      'Tabelle',
      'Vergleich',
      'Präsentation',
      'Korrekturen',
    ];
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual(texts);
    for (const tab of tabs) {
      await page.locator(`#tab-${tab}`).click();
      expect(await page.locator(`#tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('[role="tab"][aria-selected="true"]').count()).toBe(1);
      expect(await panel.getAttribute('aria-labelledby')).toBe(`tab-${tab}`);
      switch (tab) {
        case 'details':
          expect(await panel.textContent()).toContain('Klicken Sie auf einen Knoten der Karte');
          break;
        case 'filters':
          expect(await page.locator('#filter-status').textContent()).toBe(statusText(() => true));
          break;
        case 'gaps': {
          const buttons = panel.locator('.gap-button');
          expect(await buttons.count()).toBe(analysis.gaps.length);
          const order = (['hoch', 'mittel', 'niedrig'] as const).flatMap((sev) =>
            analysis.gaps.filter((g) => g.severity === sev),
          );
          await buttons.first().click();
          const open = panel.locator('li.gap.open');
          await expect.poll(() => open.count()).toBe(1);
          expect(await open.locator('p').first().textContent()).toBe(order[0]!.message);
          expect(await panel.locator('.gap-button').first().getAttribute('aria-expanded')).toBe('true');
          break;
        }
        case 'clusters': {
          const clusters = panel.locator('article.cluster');
          expect(await clusters.count()).toBe(analysis.sgb.clusters.length);
          expect(await clusters.locator('h3').allTextContents()).toEqual(
            analysis.sgb.clusters.map((c) => `Cluster ${c.id} (${c.members.length})`),
          );
          break;
        }
        case 'charts':
          await expect.poll(() => panel.locator('figure.chart svg').count()).toBe(3);
          expect(await panel.locator('h3').allTextContents()).toEqual([
            'Die zentralsten Akteure',
            'Verteilung der Verbindungen',
            'Beziehungen zwischen Rechtskreisen',
          ]);
          expect(await panel.locator('figure.chart svg').first().locator('rect').count()).toBeGreaterThan(0);
          break;
        case 'table':
          expect(await panel.locator('table.node-table tbody tr').count()).toBe(graph.nodes.length);
          break;
        case 'compare':
          expect(await page.locator('#compare-mode').inputValue()).toBe('programmes');
          break;
        case 'views':
          expect(await page.locator('#view-name').inputValue()).toBe('Ansicht 1');
          break;
      }
    }
    expectNoErrors(s);
  });

  test('keyboard: Tab reaches the search field and the tabs, arrow keys move between tabs', async () => {
    const s = await openApp();
    const { page } = s;
    const active = () => page.evaluate(() => document.activeElement?.id ?? '');
    const seen: string[] = [];
    for (let i = 0; i < 5 && !seen.includes('search'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await active());
    }
    expect(seen).toContain('search');
    for (let i = 0; i < 40 && !(await active()).startsWith('tab-'); i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('tab-details');
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('tab-filters');
    expect(await page.locator('#tab-filters').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#filter-status').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('tab-gaps');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('tab-details');
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('tab-curation');
    // roving tabindex: only the selected tab is in the Tab order
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('#tab-curation').getAttribute('tabindex')).toBe('0');
    expectNoErrors(s);
  });

  test('English switch: tab texts in English and html[lang=en]', async () => {
    const s = await openApp();
    const { page } = s;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // the language waits behind „Mehr“ with the other rarely used tools
    await page.locator('#more-tools-toggle').click();
    await page.locator('#language').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual([
      'Details',
      'Filters',
      'Gaps',
      'Cooperation',
      'Charts',
      'Table',
      'Compare',
      'Presentation',
      'Corrections',
    ]);
    expect(await page.locator('#legend h2').first().textContent()).toBe('Colour: kind');
    expect(await page.locator('label[for="size-by"]').textContent()).toBe('Size by');
    expect(await page.evaluate(() => location.hash)).toContain('sprache=en');
    await page.locator('#tab-filters').click();
    expect(await page.locator('#filter-status').textContent()).toBe(
      `${graph.nodes.length} / ${graph.nodes.length} nodes, ${graph.edges.length} / ${graph.edges.length} ties shown`,
    );
    expectNoErrors(s);
  });

  test('compare view: two programmes give a table of deltas and two maps', async () => {
    const programmes = nodesOfKind('program');
    expect(programmes.length).toBe(2);
    const s = await openApp();
    const { page } = s;
    await page.locator('#tab-compare').click();
    await page.locator('#compare-left').selectOption(programmes[0]!.key);
    await page.locator('#compare-right').selectOption(programmes[1]!.key);
    await page.locator('#compare-run').click();
    await expect.poll(() => page.locator('#panel table.delta-table').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('#panel table.delta-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel table.delta-table caption').textContent()).toBe(
      `Kennzahl: ${programmes[0]!.attributes.label} → ${programmes[1]!.attributes.label}`,
    );
    const overlay = page.locator('#compare-overlay');
    expect(await overlay.isVisible()).toBe(true);
    const maps = overlay.locator('.compare-map');
    expect(await maps.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      expect(await maps.nth(i).locator('canvas').count()).toBeGreaterThan(0);
      await settle(page);
      expect(countInkPixels(decodePng(await maps.nth(i).screenshot())), `compare map ${i + 1} drawn`).toBeGreaterThan(
        200,
      );
    }
    await page.locator('#compare-close').click();
    expect(await overlay.count()).toBe(0);
    expectNoErrors(s);
  });
});
