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
    expect((await quietly(() => main(['export', graphFile, '--format', format, '--out', out, '--quiet']))).value).toBe(EXIT.ok);
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
    const layout = JSON.parse(readFileSync(path.join(ROOT, 'data/layout.json'), 'utf8')) as { positions: Record<string, [number, number]> };
    expect((xml.match(/<viz:position /g) ?? []).length).toBe(Object.keys(layout.positions).length);
    expect(xml).toMatch(/<viz:color r="51" g="34" b="136"/); // projects, #332288
    expect((xml.match(/<viz:size value="/g) ?? []).length).toBe(seedsGraph.nodes.length);
  });
});

describe('netzatlas export --pseudonymise', () => {
  it.each(['gexf', 'graphml', 'json', 'csv'])('leaves no name, e-mail address or phone number of the seeds in %s', async (format) => {
    const dir = tmp();
    const out = path.join(dir, `netz.${format}`);
    const keyFile = path.join(dir, 'schluessel', 'pseudonym.key');
    await quietly(() => main(['export', graphFile, '--format', format, '--out', out, '--pseudonymise', '--key-file', keyFile, '--quiet']));
    const files = format === 'csv' ? [path.join(dir, 'netz-knoten.csv'), path.join(dir, 'netz-kanten.csv')] : [out];
    for (const f of files) {
      const bytes = readFileSync(f, 'utf8');
      expect(scanForPersonalData(bytes, seedsGraph)).toEqual([]);
      for (const n of seedsGraph.nodes.filter((x) => x.attributes.kind === 'person')) {
        expect(bytes).not.toContain(n.attributes.label);
        for (const e of [...(n.attributes.email ?? []), ...(n.attributes.phone ?? [])]) expect(bytes).not.toContain(e);
      }
    }
    // the key lives outside data/ and is reused: the same pseudonyms a second time
    expect(existsSync(keyFile)).toBe(true);
    const again = path.join(dir, `noch-einmal.${format}`);
    await quietly(() => main(['export', graphFile, '--format', format, '--out', again, '--pseudonymise', '--key-file', keyFile, '--quiet']));
    const againFiles = format === 'csv' ? [path.join(dir, 'noch-einmal-knoten.csv'), path.join(dir, 'noch-einmal-kanten.csv')] : [again];
    expect(againFiles.map((f) => readFileSync(f, 'utf8'))).toEqual(files.map((f) => readFileSync(f, 'utf8')));
  });
});

describe('netzatlas import with bad input', () => {
  it('imports what it can, reports what it refused, and warns (exit code 3)', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'tabelle.csv'), 'Name;Art;Kommune\nJugendamt Herford;Jugendamt;Herford\nStadtteilbüro Nord;;Herford\n');
    writeFileSync(path.join(dir, 'kaputt.gexf'), '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><gexf/>');
    copyFileSync(path.join(ROOT, 'seeds', readFileSync(graphFile, 'utf8').match(/"(000_[0-9a-f]+\.txt)"/)![1]!), path.join(dir, 'seite.txt'));
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
    const { value, said } = await quietly(() => main(['import', path.join(dir, 'leer.csv'), '--out', out]).catch((e: Error) => e));
    expect(value).toBeInstanceOf(Error);
    expect(String((value as Error).message)).toMatch(/Keine der Dateien konnte importiert werden/);
    expect(said).toContain('leer.csv');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown export format with the list of formats', async () => {
    const r = await quietly(() => main(['export', graphFile, '--format', 'xlsx', '--out', path.join(tmp(), 'x.xlsx')]).catch((e: Error) => e));
    expect((r.value as Error).message).toBe('--format erwartet gexf, graphml, csv, json, nicht „xlsx“. Hilfe: npm run netzatlas -- --help');
  });
});

describe('curation on the command line', () => {
  it('applies a curation log after extraction, so a correction survives a new run', async () => {
    const dir = tmp();
    const log = path.join(dir, 'curation.json');
    const ja = seedsGraph.nodes.find((n) => n.attributes.kind === 'youth_office')!;
    writeFileSync(log, JSON.stringify({ format: 'netzatlas-curation', version: 1, entries: [{ id: '1', op: 'rename', node: ja.key, label: 'Jugendamt (korrigiert)', note: 'Test' }] }));
    const out = path.join(dir, 'netz.json');
    const { said } = await quietly(() => main(['extract', path.join(ROOT, 'seeds'), '--out', out, '--curation', log]));
    expect(said).toContain('Korrekturen aus');
    const g = GraphJSONSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const node = g.nodes.find((n) => n.key === ja.key)!;
    expect(node.attributes.label).toBe('Jugendamt (korrigiert)');
    expect(node.attributes.aliases).toContain(ja.attributes.label);
  });
});
