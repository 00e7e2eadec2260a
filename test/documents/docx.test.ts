/** Word files: the same network as the text they hold; hostile containers refused with a German reason. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/documents/docx.ts';
import { readDocument } from '../../src/documents/read-document.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { ROOT } from '../helpers.ts';
import { docxOf, zipBomb } from './minimal-docx.ts';

function network(docs: Array<{ name: string; text: string }>): { nodes: string[]; edges: string[] } {
  const g = runPipeline(docs, nrwGazetteer()).graph;
  return {
    nodes: g.mapNodes((_, a) => `${a.kind}: ${a.label}`).sort(),
    edges: g
      .mapEdges((_, a, s, t) => `${g.getNodeAttribute(s, 'label')} –${a.kind}→ ${g.getNodeAttribute(t, 'label')}`)
      .sort(),
  };
}

const seeds = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(ROOT, 'seeds', f), 'utf8') }));

describe('readDocx', () => {
  it('reads headings, paragraphs and tables as lines and Feld | Wert rows', async () => {
    const r = await readDocx(
      await docxOf(
        'Projekt Kinder stark\n\nDer Träger ist der Caritasverband.\nZweite Zeile\n\nProjektträger | Diakonie Minden\nLaufzeit | 2022 – 2024',
      ),
      'a.docx',
    );
    expect(r.ok && r.doc.text).toBe(
      'Projekt Kinder stark\n\nDer Träger ist der Caritasverband.\nZweite Zeile\n\nProjektträger | Diakonie Minden\nLaufzeit | 2022 – 2024\n',
    );
    expect(r.ok && r.doc.info).toEqual({ format: 'docx', title: 'Projekt Kinder stark' });
  });

  it.each(seeds)('seed $name as a Word file gives the network of its text', async (p) => {
    const r = await readDocument(await docxOf(p.text), p.name.replace(/\.txt$/, '.docx'));
    if (!r.ok) throw new Error(r.message);
    expect(network([{ name: p.name, text: r.doc.text }])).toEqual(network([p]));
  });
});

describe('readDocx on hostile files', () => {
  // how long the refusals take: npm run bench:documents
  const read = (bytes: Uint8Array) => readDocx(bytes, 'x.docx');

  it('refuses a zip bomb before unpacking it', async () => {
    expect(await read(zipBomb(300 * 1024 * 1024))).toEqual({
      ok: false,
      reason: 'damaged',
      message: 'würde entpackt mehr als 200 MB ergeben (vermutlich eine „ZIP-Bombe“) und wird nicht gelesen.',
    });
    expect(await read(zipBomb(20 * 1024 * 1024))).toEqual({
      ok: false,
      reason: 'damaged',
      message: expect.stringMatching(/^enthält einen Teil, der sich auf das \d+-Fache entpacken würde/),
    });
  });

  it('says what a password-protected or old Word file is', async () => {
    expect(await read(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatchObject({
      ok: false,
      reason: 'encrypted',
    });
  });

  it('refuses a truncated or foreign file with a German reason', async () => {
    const good = await docxOf('Text');
    expect(await read(good.slice(0, good.length - 30))).toMatchObject({
      ok: false,
      reason: 'damaged',
      message: expect.stringMatching(/^ist (keine gültige Word-Datei|beschädigt)/),
    });
    expect(await read(new TextEncoder().encode('Das ist Text, kein Word.'))).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
    expect(await read(new Uint8Array())).toEqual({ ok: false, reason: 'empty', message: 'ist leer.' });
  });
});
