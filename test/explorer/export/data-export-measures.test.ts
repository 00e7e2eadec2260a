import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportData } from '../../../src/explorer/export/data-export.ts';
import { smallGraph, smallModel } from '../fixture.ts';

const rows = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

describe('data export: CSV carries the measures', () => {
  const model = smallModel();
  const graph = smallGraph();
  const base = { keep: null, positions: {}, baseName: 'netz', measures: model.analysis!.nodes, lang: 'de' as const };

  it('adds a measures table keyed like the node table', async () => {
    const files = await exportData(graph, { ...base, format: 'csv', pseudonymise: false });
    expect(files.map((f) => f.name)).toEqual(['netz-knoten.csv', 'netz-kanten.csv', 'netz-kennzahlen.csv']);
    const m = rows(files[2]!.text);
    expect(m[0]!.slice(0, 3)).toEqual(['ID', 'Name', 'Verbindungen (Grad, Projekt-Akteur-Netz)']);
    expect(m).toHaveLength(1 + graph.nodes.length);
    const ja = m.find((r) => r[0] === 'org:ja')!;
    expect(ja[2]).toBe(String(model.analysis!.nodes['org:ja']!.degree));
    const ids = new Set(
      rows(files[0]!.text)
        .slice(1)
        .map((r) => r[0]),
    );
    expect(m.slice(1).every((r) => ids.has(r[0]))).toBe(true);
  });

  it('pseudonymised: the same pseudonymous keys and labels as the node table, no real name', async () => {
    const files = await exportData(graph, { ...base, format: 'csv', pseudonymise: true });
    const m = files.find((f) => f.name.endsWith('-kennzahlen.csv'))!;
    expect(m.text).not.toMatch(/Xander|Erika/);
    const ids = new Set(
      rows(files[0]!.text)
        .slice(1)
        .map((r) => r[0]),
    );
    expect(
      rows(m.text)
        .slice(1)
        .every((r) => ids.has(r[0])),
    ).toBe(true);
  });

  it('writes no measures table without measures, and none for other formats', async () => {
    expect(
      (await exportData(graph, { ...base, measures: undefined, format: 'csv', pseudonymise: false })).map(
        (f) => f.name,
      ),
    ).toEqual(['netz-knoten.csv', 'netz-kanten.csv']);
    expect(await exportData(graph, { ...base, format: 'json', pseudonymise: false })).toHaveLength(1);
  });
});
