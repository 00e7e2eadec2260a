/** `netzatlas import` reads Word and PDF files as documents beside tables and graph files; a broken one is refused by name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../src/import/import-files.ts';
import { ROOT } from '../helpers.ts';
import { docxOf } from '../documents/minimal-docx.ts';

describe('readImportFiles', () => {
  it('takes a Word file as a document, refuses a broken PDF by name and keeps the other files', async () => {
    const seed = readFileSync(path.join(ROOT, 'seeds/003_8adf6a35e7a7aa5a.txt'), 'utf8');
    const batch = await readImportFiles([
      { name: 'projekt.docx', bytes: await docxOf(seed) },
      { name: 'kaputt.pdf', bytes: new TextEncoder().encode('kein PDF') },
      { name: 'a.txt', bytes: new TextEncoder().encode('Das Jugendamt Herford.') },
    ]);
    expect(batch.docs.map((d) => [d.name, d.info?.format])).toEqual([
      ['a.txt', 'text'],
      ['projekt.docx', 'docx'],
    ]);
    expect(batch.docs[1]!.text).toContain('Bottrop');
    expect(batch.refused).toEqual([
      { file: 'kaputt.pdf', message: 'kaputt.pdf: ist keine PDF-Datei (der PDF-Kopf „%PDF-“ fehlt) oder beschädigt.' },
    ]);
  });
});
