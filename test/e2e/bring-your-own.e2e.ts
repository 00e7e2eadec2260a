/**
 * Bringing data in and taking maps out, in the real browser: a spreadsheet added to the seeds'
 * network merges with the extracted actors and quotes its row, a correction made in the explorer
 * survives re-running the extraction on the same pages, and data exports are valid files that
 * carry no personal data when pseudonymised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { scanForPersonalData } from '../../src/output/pseudonymise.ts';
import { ROOT } from '../helpers.ts';
import { docxOf } from '../documents/minimal-docx.ts';
import { explorerInBrowser, rebuilt } from './open-explorer.ts';

const SITE = inject('siteUrl');
const seedsGraph = GraphJSONSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8')));
const SEED_FILES = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(ROOT, 'seeds', f));

const open = explorerInBrowser(SITE);

async function pick(page: Page, query: string): Promise<void> {
  await page.locator('#search').fill(query);
  await expect.poll(() => page.locator('#search-list').isVisible()).toBe(true);
  await page.locator('#search').press('Enter');
  await expect.poll(() => page.locator('#node-title').count()).toBe(1);
}

async function nodeCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __netzatlas: { app: { model: { nodes: unknown[] } } } }).__netzatlas.app.model.nodes
        .length,
  );
}

describe('bring your own data', () => {
  test('a spreadsheet added to the map merges with the extracted Jugendamt and quotes its row', async () => {
    const { page, errors } = await open();
    const before = await nodeCount(page);
    const csv =
      'Name;Art;Kommune\r\nJugendamt Herford;Jugendamt;Herford\r\nStadtteilbüro Nord;Organisation;Herford\r\n';
    await rebuilt(page, () =>
      page
        .locator('#add-files')
        .setInputFiles({ name: 'umfrage.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }),
    );
    expect(await nodeCount(page)).toBe(before + 1);
    expect(await page.locator('#notice').textContent()).toMatch(
      /^Importiert: 0 Dokument\(e\), 1 Graphdatei\(en\), 0 Warnungen, 0 nicht importiert\./,
    );
    await pick(page, 'Jugendamt Herford');
    const evidence = page.locator('#panel .evidence');
    // the row of the spreadsheet is quoted like a sentence of a page
    await expect
      .poll(async () => (await evidence.allTextContents()).join('\n'))
      .toMatch(/Jugendamt Herford;Jugendamt;Herford\s*Dokument: umfrage\.csv/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a web page added to the map names its evidence by title and date, linked to its address, and not in presenter mode', async () => {
    const { page, errors } = await open();
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>Familienzentrum Sonnenblume &lt;Bünde&gt;</title>' +
      '<link rel="canonical" href="https://www.example.org/projekte/sonnenblume"><meta name="date" content="2024-03-05"></head>' +
      '<body><h1>Projekte</h1><p>Das Projekt „Familienlotsen Sonnenblume“ wird vom Caritasverband Bünde getragen und kooperiert mit dem Jugendamt Bünde.</p></body></html>';
    await rebuilt(page, () =>
      page
        .locator('#add-files')
        .setInputFiles({ name: 'sonnenblume.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') }),
    );
    expect(await page.locator('#notice').textContent()).toMatch(
      /^Importiert: 1 Dokument\(e\), 0 Graphdatei\(en\), 0 Warnungen, 0 nicht importiert\./,
    );
    await pick(page, 'Familienlotsen Sonnenblume');
    const doc = page.locator('#panel .node-panel > ul.evidence-list .doc').first();
    await expect
      .poll(() => doc.textContent())
      .toBe('Dokument: Familienzentrum Sonnenblume <Bünde> (5.3.2024) · sonnenblume.html');
    const link = doc.locator('a');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toBe('Familienzentrum Sonnenblume <Bünde> (5.3.2024)');
    expect(await link.getAttribute('href')).toBe('https://www.example.org/projekte/sonnenblume');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('title')).toBe('Datei: sonnenblume.html');
    // the title stays text: no element from its angle brackets
    expect(await doc.locator('bünde').count()).toBe(0);

    await page.locator('#presenter').click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true);
    await expect.poll(() => doc.textContent()).toBe('Dokument (5.3.2024)');
    expect(await page.locator('#panel .evidence a').count()).toBe(0);
    expect(await page.locator('#panel').textContent()).not.toMatch(
      /Familienzentrum Sonnenblume|example\.org|sonnenblume\.html/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a PDF and a Word file opened on the map are read like their text, and the evidence names the PDF page', async () => {
    const { page, errors } = await open();
    const pdf = readFileSync(path.join(ROOT, 'test/fixtures/documents/002_4128489d241f18e9.pdf'));
    const word = Buffer.from(await docxOf(readFileSync(path.join(ROOT, 'seeds/003_8adf6a35e7a7aa5a.txt'), 'utf8')));
    await rebuilt(page, () =>
      page.locator('#open-file').setInputFiles([
        { name: 'angebote.pdf', mimeType: 'application/pdf', buffer: pdf },
        {
          name: 'bottrop.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: word,
        },
      ]),
    );
    expect(await page.locator('#notice').textContent()).toMatch(
      /^Importiert: 2 Dokument\(e\), 0 Graphdatei\(en\), \d+ Warnungen, 0 nicht importiert\./,
    );
    await pick(page, 'Gelingendes Aufwachsen: Stadt Hamm');
    const doc = page.locator('#panel .node-panel > ul.evidence-list .doc').first();
    await expect
      .poll(() => doc.textContent())
      .toMatch(/^Dokument: Angebote und Arbeitsweise \(\d+\.\d+\.\d{4}\) – Seite 1 · angebote\.pdf$/);
    await pick(page, 'Zusammen im Quartier: Bottrop');
    await expect.poll(() => doc.textContent()).toMatch(/bottrop\.docx/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a correction made in the explorer survives re-running the extraction on the pages, and can be undone', async () => {
    const { page, errors } = await open();
    await pick(page, 'Caritasverband Hagen');
    await page.locator('summary', { hasText: 'Umbenennen' }).click();
    await page.getByLabel('Neuer Name').fill('Caritas Hagen (geprüft)');
    await rebuilt(page, () => page.locator('button', { hasText: 'Namen übernehmen' }).click());
    await pick(page, 'Caritas Hagen (geprüft)');
    expect(await page.locator('#node-title').textContent()).toBe('Caritas Hagen (geprüft)');

    // the same five pages extracted again in the browser: the correction is applied again
    await rebuilt(page, () => page.locator('#open-file').setInputFiles(SEED_FILES));
    expect(await nodeCount(page)).toBe(seedsGraph.nodes.length);
    await pick(page, 'Caritas Hagen (geprüft)');
    expect(await page.locator('#node-title').textContent()).toBe('Caritas Hagen (geprüft)');
    await page.locator('#tab-curation').click();
    expect(await page.locator('.curation-log li').count()).toBe(1);

    // undo: the extracted name is back
    await page.locator('#map').focus();
    await rebuilt(page, () => page.keyboard.press('Control+z'));
    await pick(page, 'Caritasverband Hagen');
    expect(await page.locator('#node-title').textContent()).toBe('Caritasverband Hagen e.V.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('data exports are valid files; a pseudonymised one carries no name, e-mail or phone of a person', async () => {
    const { page, errors } = await open();
    const download = async (format: string, pseudonymise: boolean) => {
      if (!(await page.locator('details.export-menu').evaluate((d) => (d as HTMLDetailsElement).open)))
        await page.locator('#export-menu').click();
      await page.locator('#export-format').selectOption(format);
      await page.locator('#export-filtered').setChecked(false);
      await page.locator('#export-pseudonymise').setChecked(pseudonymise);
      // CSV: nodes, edges and the measures
      const count = format === 'csv' ? 3 : 1;
      const waits = Array.from({ length: count }, () => page.waitForEvent('download'));
      await page.locator('#export-data').click();
      const files = await Promise.all(waits);
      return Promise.all(
        files.map(async (d) => ({ name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') })),
      );
    };
    const [gexf] = await download('gexf', false);
    expect(gexf!.name).toBe('netzatlas-Netzatlas.gexf');
    const parser = new SaxesParser({ xmlns: true });
    let nodes = 0;
    parser.on('opentag', (t) => {
      if (t.local === 'node') nodes++;
    });
    parser.on('error', (e) => {
      throw e;
    });
    parser.write(gexf!.text).close();
    expect(nodes).toBe(seedsGraph.nodes.length);
    expect(gexf!.text).toContain('<viz:position');

    for (const format of ['gexf', 'graphml', 'csv', 'json']) {
      for (const f of await download(format, true)) {
        expect(f.name).toContain('pseudonymisiert');
        expect(scanForPersonalData(f.text, seedsGraph), `${f.name}`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('corrections that no longer fit', () => {
  test('an imported log whose node is missing is kept and marked as not applied', async () => {
    const { page, errors } = await open();
    await page.locator('#tab-curation').click();
    const log = {
      format: 'netzatlas-curation',
      version: 1,
      entries: [{ id: '1', op: 'rename', node: 'org:gibt-es-nicht', label: 'X', note: 'alt' }],
    };
    await rebuilt(page, () =>
      page.locator('#curation-import').setInputFiles({
        name: 'curation.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(log)),
      }),
    );
    await page.locator('#tab-curation').click();
    await expect.poll(() => page.locator('.curation-log li .entry-skipped').count()).toBe(1);
    expect(await page.locator('.curation-log li .entry-skipped').textContent()).toMatch(/^ – nicht angewendet: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
