import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { collectInputFiles, commonParent, documentNames, readDocuments } from '../../src/cli/read-inputs.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'netzatlas-inputs-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Creates files below `root`; keys are relative paths with "/". */
async function createFiles(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, ...rel.split('/'));
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}

const at = (rel: string) => path.join(root, ...rel.split('/'));

describe('collectInputFiles', () => {
  test('walks a folder recursively, keeps only document extensions and sorts by code units', async () => {
    await createFiles({
      'a.txt': 'a',
      'Z.txt': 'z',
      'b.HTML': '<p>b</p>',
      'notes.md': 'not a document',
      'sub/c.htm': 'c',
      'sub/deeper/d.txt': 'd',
      '.hidden/x.txt': 'hidden folder',
      '.secret.txt': 'hidden file',
      'node_modules/pkg/readme.txt': 'dependency',
    });
    const result = await collectInputFiles([root]);
    expect(result).toEqual({
      files: [at('Z.txt'), at('a.txt'), at('b.HTML'), at('sub/c.htm'), at('sub/deeper/d.txt')],
      problems: [],
    });
  });

  test('takes a directly given file whatever its extension and removes duplicates', async () => {
    await createFiles({ 'a.txt': 'a', 'notes.md': 'md' });
    const result = await collectInputFiles([
      at('notes.md'),
      root,
      at('a.txt'),
      path.relative(process.cwd(), at('a.txt')),
    ]);
    expect(result).toEqual({ files: [at('a.txt'), at('notes.md')], problems: [] });
  });

  test('follows links to files but not links to folders', async () => {
    await createFiles({ 'ziel/echt.txt': 'echt', 'texte/a.txt': 'a' });
    await symlink(at('ziel/echt.txt'), at('texte/link.txt'));
    await symlink(at('ziel'), at('texte/ordnerlink'));
    expect((await collectInputFiles([at('texte')])).files).toEqual([at('texte/a.txt'), at('texte/link.txt')]);
  });

  test('honours custom extensions', async () => {
    await createFiles({ 'a.txt': 'a', 'b.md': 'b' });
    expect((await collectInputFiles([root], ['.md'])).files).toEqual([at('b.md')]);
  });

  test('reports a missing path as an error when nothing else was found', async () => {
    const missing = at('gibt-es-nicht');
    expect(await collectInputFiles([missing])).toEqual({
      files: [],
      problems: [
        {
          file: missing,
          kind: 'not-found',
          message: `Datei oder Ordner nicht gefunden: ${missing}`,
          severity: 'error',
        },
      ],
    });
  });

  test('reports a missing path only as a warning when other documents were found', async () => {
    await createFiles({ 'a.txt': 'a' });
    const missing = at('tippfehler.txt');
    const result = await collectInputFiles([missing, at('a.txt')]);
    expect(result.files).toEqual([at('a.txt')]);
    expect(result.problems).toEqual([
      {
        file: missing,
        kind: 'not-found',
        message: `Datei oder Ordner nicht gefunden: ${missing}`,
        severity: 'warning',
      },
    ]);
  });

  test('reports a folder without documents', async () => {
    await createFiles({ 'leer/notes.md': 'md', 'leer/.versteckt.txt': 'x' });
    const folder = at('leer');
    expect(await collectInputFiles([folder])).toEqual({
      files: [],
      problems: [
        {
          file: folder,
          kind: 'empty-folder',
          message: `Der Ordner ${folder} enthält keine Dokumente (.txt, .html, .htm, .pdf, .docx).`,
          severity: 'error',
        },
      ],
    });
  });
});

describe('readDocuments', () => {
  test('reads documents in the given order with base names, through the reading layer', async () => {
    await createFiles({
      'b.txt': 'Zweites Dokument',
      'a.html': Uint8Array.from([0x4d, 0xf6, 0x6e, 0x63, 0x68, 0x65, 0x6e]), // "Mönchen" in Windows-1252
    });
    const { docs, problems } = await readDocuments([at('a.html'), at('b.txt')]);
    expect(problems).toEqual([]);
    expect(docs).toEqual([
      {
        name: 'a.html',
        path: at('a.html'),
        text: 'Mönchen\n',
        info: { format: 'html' },
        notes: ['nicht UTF-8, als Windows-1252 gelesen'],
      },
      { name: 'b.txt', path: at('b.txt'), text: 'Zweites Dokument', info: { format: 'text' }, notes: [] },
    ]);
  });

  test('names all documents that share a base name by their path below the common parent folder', async () => {
    await createFiles({
      'projekte/essen/index.html': 'Essen',
      'projekte/koeln/stadtteile/index.html': 'Köln',
      'projekte/koeln/info.txt': 'Info',
    });
    const files = (await collectInputFiles([at('projekte')])).files;
    const { docs } = await readDocuments(files);
    expect(docs.map((d) => d.name)).toEqual(['essen/index.html', 'info.txt', 'koeln/stadtteile/index.html']);
  });

  test('disambiguates the same way whatever order the files come in', () => {
    const a = path.join(root, 'x', 'index.html');
    const b = path.join(root, 'y', 'index.html');
    const c = path.join(root, 'y', 'other.txt');
    const expected = new Map([
      [a, 'x/index.html'],
      [b, 'y/index.html'],
      [c, 'other.txt'],
    ]);
    expect(documentNames([a, b, c])).toEqual(expected);
    expect(new Map([...documentNames([c, b, a])].sort())).toEqual(new Map([...expected].sort()));
  });

  test('finds the deepest common parent folder', () => {
    expect(commonParent([at('p/a/x.txt'), at('p/b/c/y.txt')])).toBe(at('p'));
    expect(commonParent([at('p/a/x.txt')])).toBe(at('p/a'));
    expect(commonParent([at('p/ab/x.txt'), at('p/a/y.txt')])).toBe(at('p'));
    expect(commonParent([])).toBe('');
  });

  test('skips unusable documents with warnings and keeps going', async () => {
    await createFiles({
      'gut.txt': 'Inhalt',
      'leer.txt': '',
      'pdf.txt': '%PDF-1.5 binär',
      'gross.txt': 'x'.repeat(50),
    });
    const { docs, problems } = await readDocuments(
      [at('gut.txt'), at('leer.txt'), at('pdf.txt'), at('gross.txt'), at('weg.txt')],
      { maxBytes: 20 },
    );
    expect(docs.map((d) => d.name)).toEqual(['gut.txt']);
    expect(problems).toEqual([
      { file: at('leer.txt'), kind: 'empty', message: 'ist leer.', severity: 'warning' },
      {
        file: at('pdf.txt'),
        kind: 'binary',
        message: 'sieht aus wie eine PDF-Datei (trotz der Endung .txt), nicht wie ein Textdokument.',
        severity: 'warning',
      },
      {
        file: at('gross.txt'),
        kind: 'too-large',
        message: 'ist zu groß (50 Bytes; erlaubt sind höchstens 20 Bytes).',
        severity: 'warning',
      },
      { file: at('weg.txt'), kind: 'unreadable', message: 'ist nicht (mehr) vorhanden.', severity: 'warning' },
    ]);
  });

  test('reports progress after every file', async () => {
    await createFiles({ 'a.txt': 'a', 'b.txt': '', 'c.txt': 'c' });
    const calls: Array<[number, number]> = [];
    await readDocuments([at('a.txt'), at('b.txt'), at('c.txt')], {
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('the sources index of netzatlas fetch', () => {
  const index = (files: Record<string, string>) =>
    JSON.stringify({
      format: 'netzatlas-quellen',
      version: 1,
      files: Object.fromEntries(
        Object.entries(files).map(([name, url]) => [
          name,
          { url, finalUrl: url, retrieved: '2025-03-04', contentType: 'text/html', status: 200 },
        ]),
      ),
    });

  test('attaches address and retrieval date to the documents of its folder, and is itself no document', async () => {
    await createFiles({
      'seiten/a.html': '<p>Projekt A</p>',
      'seiten/b.txt': 'Projekt B',
      'seiten/.netzatlas-quellen.json': index({ 'a.html': 'https://a.de/projekt' }),
      'andere/a.html': '<p>anderes A</p>',
    });
    const { files } = await collectInputFiles([root]);
    expect(files.map((f) => path.basename(f))).not.toContain('.netzatlas-quellen.json');
    const { docs, problems } = await readDocuments(files);
    expect(problems).toEqual([]);
    const byPath = new Map(docs.map((d) => [path.relative(root, d.path).split(path.sep).join('/'), d]));
    expect(byPath.get('seiten/a.html')?.info).toEqual({
      format: 'html',
      url: 'https://a.de/projekt',
      retrieved: '2025-03-04',
    });
    expect(byPath.get('seiten/b.txt')?.info.url).toBeUndefined();
    expect(byPath.get('andere/a.html')?.info.url).toBeUndefined();
  });

  test('a damaged index is one warning naming it; the documents are still read', async () => {
    await createFiles({
      'seiten/a.html': '<p>A</p>',
      'seiten/b.html': '<p>B</p>',
      'seiten/.netzatlas-quellen.json': '{"format": "netzatlas-quellen", ',
    });
    const { docs, problems } = await readDocuments([at('seiten/a.html'), at('seiten/b.html')]);
    expect(docs).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'bad-sources-index', severity: 'warning' });
    expect(problems[0]!.message).toMatch(/\.netzatlas-quellen\.json: kein gültiges JSON/);
  });
});
