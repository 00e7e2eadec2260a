/** import and export from the command line: lossless round trips, pseudonymised exports, bad input. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.ts';
import { main } from '../../src/cli/main.ts';
import { quietly } from './quietly.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { scanForPersonalData } from '../../src/output/pseudonymise.ts';
import { ROOT } from '../helpers.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'netzatlas-io-'));
const graphFile = path.join(ROOT, 'data/graph.json');
const seedsGraph = GraphJSONSchema.parse(JSON.parse(readFileSync(graphFile, 'utf8')));

describe('netzatlas export → import', () => {
  it.each(['gexf', 'graphml', 'json', 'csv'])('gives back data/graph.json byte for byte through %s', async (format) => {
    const dir = tmp();
    const out = path.join(dir, `netz.${format}`);
    expect((await quietly(() => main(['export', graphFile, '--format', format, '--out', out, '--quiet']))).value).toBe(
      EXIT.ok,
    );
    const inputs = format === 'csv' ? [path.join(dir, 'netz-knoten.csv'), path.join(dir, 'netz-kanten.csv')] : [out];
    const back = path.join(dir, 'zurueck.json');
    const { value } = await quietly(() => main(['import', ...inputs, '--out', back, '--quiet']));
    expect(value).toBe(EXIT.ok);
    expect(readFileSync(back, 'utf8')).toBe(readFileSync(graphFile, 'utf8'));
  });

  it('writes GEXF with the positions of data/layout.json, the map colours and sizes by ties', async () => {
    const dir = tmp();
    const out = path.join(dir, 'netz.gexf');
    await quietly(() => main(['export', graphFile, '--format', 'gexf', '--out', out, '--quiet']));
    const xml = readFileSync(out, 'utf8');
    const layout = JSON.parse(readFileSync(path.join(ROOT, 'data/layout.json'), 'utf8')) as {
      positions: Record<string, [number, number]>;
    };
    expect((xml.match(/<viz:position /g) ?? []).length).toBe(Object.keys(layout.positions).length);
    expect(xml).toMatch(/<viz:color r="51" g="34" b="136"/); // projects, #332288
    expect((xml.match(/<viz:size value="/g) ?? []).length).toBe(seedsGraph.nodes.length);
  });
});

describe('netzatlas export --pseudonymise', () => {
  it.each(['gexf', 'graphml', 'json', 'csv'])(
    'leaves no name, e-mail address or phone number of the seeds in %s',
    async (format) => {
      const dir = tmp();
      const out = path.join(dir, `netz.${format}`);
      const keyFile = path.join(dir, 'schluessel', 'pseudonym.key');
      await quietly(() =>
        main([
          'export',
          graphFile,
          '--format',
          format,
          '--out',
          out,
          '--pseudonymise',
          '--key-file',
          keyFile,
          '--quiet',
        ]),
      );
      const files = format === 'csv' ? [path.join(dir, 'netz-knoten.csv'), path.join(dir, 'netz-kanten.csv')] : [out];
      for (const f of files) {
        const bytes = readFileSync(f, 'utf8');
        expect(scanForPersonalData(bytes, seedsGraph)).toEqual([]);
        for (const n of seedsGraph.nodes.filter((x) => x.attributes.kind === 'person')) {
          expect(bytes).not.toContain(n.attributes.label);
          for (const e of [...(n.attributes.email ?? []), ...(n.attributes.phone ?? [])])
            expect(bytes).not.toContain(e);
        }
      }
      // the key lives outside data/ and is reused: the same pseudonyms a second time
      expect(existsSync(keyFile)).toBe(true);
      const again = path.join(dir, `noch-einmal.${format}`);
      await quietly(() =>
        main([
          'export',
          graphFile,
          '--format',
          format,
          '--out',
          again,
          '--pseudonymise',
          '--key-file',
          keyFile,
          '--quiet',
        ]),
      );
      const againFiles =
        format === 'csv'
          ? [path.join(dir, 'noch-einmal-knoten.csv'), path.join(dir, 'noch-einmal-kanten.csv')]
          : [again];
      expect(againFiles.map((f) => readFileSync(f, 'utf8'))).toEqual(files.map((f) => readFileSync(f, 'utf8')));
      // documents have neutral names; which is which is kept only beside the key
      const seedDocs = [...new Set(seedsGraph.nodes.flatMap((n) => n.attributes.sources.map((s) => s.doc)))];
      for (const f of files) for (const d of seedDocs) expect(readFileSync(f, 'utf8')).not.toContain(d);
      const map = JSON.parse(readFileSync(path.join(dir, 'schluessel', 'pseudonym-dokumente.json'), 'utf8')) as {
        format: string;
        documents: Record<string, string>;
      };
      expect(map.format).toBe('netzatlas-dokumente');
      expect(Object.values(map.documents).sort()).toEqual(expect.arrayContaining(seedDocs.sort()));
      expect(Object.keys(map.documents).every((k) => /^dokument-[0-9a-f]{12}\.txt$/.test(k))).toBe(true);
      expect(readFileSync(files[0]!, 'utf8')).toContain(Object.keys(map.documents)[0]!);
    },
  );

  it('writes a report with quotes that names no person and no document', async () => {
    const dir = tmp();
    const keyFile = path.join(dir, 'pseudonym.key');
    const plain = path.join(dir, 'bericht.md');
    const pseudo = path.join(dir, 'bericht-pseudonym.md');
    expect(await main(['report', graphFile, '--docs', path.join(ROOT, 'seeds'), '--out', plain, '--quiet'])).toBe(
      EXIT.ok,
    );
    expect(
      await main([
        'report',
        graphFile,
        '--docs',
        path.join(ROOT, 'seeds'),
        '--out',
        pseudo,
        '--pseudonymise',
        '--key-file',
        keyFile,
        '--quiet',
      ]),
    ).toBe(EXIT.ok);
    const before = readFileSync(plain, 'utf8');
    const after = readFileSync(pseudo, 'utf8');
    // the plain report does quote persons and documents, so the check below can fail
    expect(scanForPersonalData(before, seedsGraph).length).toBeGreaterThan(0);
    expect(scanForPersonalData(after, seedsGraph)).toEqual([]);
    const seedDocs = [...new Set(seedsGraph.nodes.flatMap((n) => n.attributes.sources.map((s) => s.doc)))];
    expect(seedDocs.some((d) => before.includes(d))).toBe(true);
    for (const d of seedDocs) expect(after).not.toContain(d);
    // the same number of quotes, now under neutral names
    expect((after.match(/^ {2}> „/gm) ?? []).length).toBe((before.match(/^ {2}> „/gm) ?? []).length);
    expect(after).toMatch(/\(dokument-[0-9a-f]{12}\.txt, Zeichen \d+–\d+\)/);
  });

  it('refuses a broken document mapping beside the key and writes nothing', async () => {
    const dir = tmp();
    const keyFile = path.join(dir, 'pseudonym.key');
    writeFileSync(keyFile, 'geheim\n');
    writeFileSync(path.join(dir, 'pseudonym-dokumente.json'), '{"format": "netzatlas-dokumente", "documents": [');
    const out = path.join(dir, 'netz.json');
    await expect(
      main(['export', graphFile, '--format', 'json', '--out', out, '--pseudonymise', '--key-file', keyFile, '--quiet']),
    ).rejects.toThrowError(/pseudonym-dokumente\.json: kein gültiges JSON \(Zeile 1, Spalte 49/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(path.join(dir, 'pseudonym-dokumente.json'), 'utf8')).toBe(
      '{"format": "netzatlas-dokumente", "documents": [',
    );
  });
});

describe('netzatlas import with bad input', () => {
  it('imports what it can, reports what it refused, and warns (exit code 3)', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'tabelle.csv'),
      'Name;Art;Kommune\nJugendamt Herford;Jugendamt;Herford\nStadtteilbüro Nord;;Herford\n',
    );
    writeFileSync(path.join(dir, 'kaputt.gexf'), '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><gexf/>');
    copyFileSync(
      path.join(ROOT, 'seeds', readFileSync(graphFile, 'utf8').match(/"(000_[0-9a-f]+\.txt)"/)![1]!),
      path.join(dir, 'seite.txt'),
    );
    const out = path.join(dir, 'netz.json');
    const report = path.join(dir, 'bericht.json');
    const { value, said } = await quietly(() => main(['import', dir, '--out', out, '--report', report]));
    expect(value).toBe(EXIT.warnings);
    expect(said).toContain('Nicht importiert: kaputt.gexf');
    expect(said).toMatch(/DOCTYPE/);
    const g = GraphJSONSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const ja = g.nodes.filter((n) => n.attributes.kind === 'youth_office' && n.attributes.label.includes('Herford'));
    // the table's Jugendamt Herford is the extracted one: one node with sources in both files
    expect(ja).toHaveLength(1);
    expect(new Set(ja[0]!.attributes.sources.map((s) => s.doc))).toEqual(new Set(['seite.txt', 'tabelle.csv']));
    const rep = JSON.parse(readFileSync(report, 'utf8')) as { refused: Array<{ file: string }>; documents: string[] };
    expect(rep.refused.map((r) => r.file)).toEqual(['kaputt.gexf']);
    expect(rep.documents).toEqual(['seite.txt']);
  });

  it('writes nothing when no file could be imported (exit code 1)', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'leer.csv'), '');
    const out = path.join(dir, 'netz.json');
    const { value, said } = await quietly(() =>
      main(['import', path.join(dir, 'leer.csv'), '--out', out]).catch((e: Error) => e),
    );
    expect(value).toBeInstanceOf(Error);
    expect(String((value as Error).message)).toMatch(/Keine der Dateien konnte importiert werden/);
    expect(said).toContain('leer.csv');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown export format with the list of formats', async () => {
    const r = await quietly(() =>
      main(['export', graphFile, '--format', 'xlsx', '--out', path.join(tmp(), 'x.xlsx')]).catch((e: Error) => e),
    );
    expect((r.value as Error).message).toBe(
      '--format erwartet gexf, graphml, csv, json, nicht „xlsx“. Hilfe: npm run netzatlas -- --help',
    );
  });
});

describe('curation on the command line', () => {
  it('applies a curation log after extraction, so a correction survives a new run', async () => {
    const dir = tmp();
    const log = path.join(dir, 'curation.json');
    const ja = seedsGraph.nodes.find((n) => n.attributes.kind === 'youth_office')!;
    writeFileSync(
      log,
      JSON.stringify({
        format: 'netzatlas-curation',
        version: 1,
        entries: [{ id: '1', op: 'rename', node: ja.key, label: 'Jugendamt (korrigiert)', note: 'Test' }],
      }),
    );
    const out = path.join(dir, 'netz.json');
    const { said } = await quietly(() => main(['extract', path.join(ROOT, 'seeds'), '--out', out, '--curation', log]));
    expect(said).toContain('Korrekturen aus');
    const g = GraphJSONSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const node = g.nodes.find((n) => n.key === ja.key)!;
    expect(node.attributes.label).toBe('Jugendamt (korrigiert)');
    expect(node.attributes.aliases).toContain(ja.attributes.label);
  });
});

describe('netzatlas import keeps what the files say', () => {
  it('carries edge attributes and the graph name, and warns about a tie of a node with itself', async () => {
    const dir = tmp();
    const own = {
      attributes: { name: 'Mein Netz' },
      nodes: [
        {
          key: 'org:a',
          attributes: {
            label: 'Familienbüro Hagen',
            kind: 'organisation',
            municipality: 'Hagen',
            sources: [{ doc: 'own.json', start: 0, end: 1 }],
          },
        },
        {
          key: 'org:b',
          attributes: {
            label: 'Stadtteilbüro Nord',
            kind: 'organisation',
            municipality: 'Hagen',
            sources: [{ doc: 'own.json', start: 2, end: 3 }],
          },
        },
      ],
      edges: [
        {
          source: 'org:a',
          target: 'org:b',
          attributes: {
            kind: 'cooperates_with',
            Notiz: 'seit 2020',
            Gewicht: 3,
            sources: [{ doc: 'own.json', start: 4, end: 5 }],
          },
        },
        {
          source: 'org:a',
          target: 'org:a',
          attributes: { kind: 'partner', sources: [{ doc: 'own.json', start: 6, end: 7 }] },
        },
      ],
    };
    writeFileSync(path.join(dir, 'own.json'), JSON.stringify(own));
    const out = path.join(dir, 'netz.json');
    const { value, said } = await quietly(() => main(['import', path.join(dir, 'own.json'), '--out', out]));
    expect(value).toBe(EXIT.warnings);
    expect(said).toContain(
      'Warnung: own.json (Zeichen 6): Beziehung org:a → org:a (partner): beide Enden sind derselbe Akteur – nicht übernommen.',
    );
    const g = GraphJSONSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(g.attributes?.['name']).toBe('Mein Netz');
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]!.attributes['Notiz']).toBe('seit 2020');
    expect(g.edges[0]!.attributes['Gewicht']).toBe(3);
  });

  it('takes the kind from the name when a Gephi file gives none, so a Jugendamt merges with the extracted one', async () => {
    const dir = tmp();
    const jugendamt = seedsGraph.nodes.find(
      (n) => n.attributes.kind === 'youth_office' && /^Jugendamt \S+$/.test(n.attributes.label),
    )!;
    writeFileSync(
      path.join(dir, 'kollegin.gexf'),
      `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype="undirected"><nodes><node id="1" label="${jugendamt.attributes.label}"/><node id="2" label="Stadtteilbüro Nord"/></nodes><edges><edge id="e" source="1" target="2"/></edges></graph></gexf>`,
    );
    const out = path.join(dir, 'netz.json');
    await quietly(() =>
      main(['import', path.join(ROOT, 'seeds'), path.join(dir, 'kollegin.gexf'), '--out', out, '--quiet']),
    );
    const g = GraphJSONSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const same = g.nodes.filter((n) => n.attributes.label.startsWith(jugendamt.attributes.label));
    expect(same.map((n) => [n.key, n.attributes.kind])).toEqual([[jugendamt.key, 'youth_office']]);
    expect(same[0]!.attributes.sources.map((s) => s.doc)).toContain('kollegin.gexf');
  });
});

describe('CLI mistakes get a clear message', () => {
  it('refuses a curation file that does not exist when it was named', async () => {
    const r = await quietly(() =>
      main([
        'import',
        graphFile,
        '--out',
        path.join(tmp(), 'n.json'),
        '--curation',
        path.join(tmp(), 'tippfehler.json'),
      ]).catch((e: Error) => e),
    );
    expect((r.value as Error).message).toMatch(/tippfehler\.json: Korrekturprotokoll nicht gefunden\.$/);
  });

  it('names every correction that could not be applied, by id and operation, and warns (exit code 3)', async () => {
    const dir = tmp();
    const log = path.join(dir, 'curation.json');
    writeFileSync(
      log,
      JSON.stringify({
        format: 'netzatlas-curation',
        version: 1,
        entries: [{ id: '7', op: 'rename', node: 'org:gibt-es-nicht', label: 'X' }],
      }),
    );
    const { value, said } = await quietly(() =>
      main(['import', graphFile, '--out', path.join(dir, 'n.json'), '--curation', log]),
    );
    expect(value).toBe(EXIT.warnings);
    expect(said).toContain('Korrektur 7 (rename) nicht angewendet');
    expect(said).not.toContain('org:gibt-es-nicht');
  });

  it('names file, line and column of a broken layout, and refuses a folder as the output', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'layout.json'), '{"positions": {');
    const broken = await quietly(() =>
      main([
        'export',
        graphFile,
        '--format',
        'gexf',
        '--out',
        path.join(dir, 'n.gexf'),
        '--layout',
        path.join(dir, 'layout.json'),
      ]).catch((e: Error) => e),
    );
    expect((broken.value as Error).message).toMatch(
      /layout\.json: kein gültiges JSON \(Zeile 1, Spalte 16: unerwartet das Ende der Datei\)\.$/,
    );
    const folder = await quietly(() =>
      main(['export', graphFile, '--format', 'csv', '--out', dir]).catch((e: Error) => e),
    );
    expect((folder.value as Error).message).toMatch(/dort liegt ein Ordner/);
  });
});
