import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { nodeTableCsv } from '../../../src/explorer/export/node-table-csv.ts';
import { MEASURES } from '../../../src/explorer/measures.ts';
import { smallModel } from '../fixture.ts';

describe('table view CSV', () => {
  const m = smallModel();
  const all = new Uint8Array(m.nodes.length).fill(1);

  it('holds every shown node with every measure, headers naming the project–actor network', () => {
    const csv = nodeTableCsv(m, all, { key: 'degree', descending: true }, 'de', (i) => m.nodes[i]!.label);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Name',
      'Art',
      'Kommune',
      'Verbindungen (Grad, Projekt-Akteur-Netz)',
      'Gewichteter Grad (Projekt-Akteur-Netz)',
      'Vermittlung (Betweenness, Projekt-Akteur-Netz)',
      'Nähe (Closeness, Projekt-Akteur-Netz)',
      'Eigenvektor (Projekt-Akteur-Netz)',
      'PageRank (Projekt-Akteur-Netz)',
      'Eingebundenheit (Constraint, Projekt-Akteur-Netz)',
      'Effektive Größe (Projekt-Akteur-Netz)',
      'Maklerrollen (Projekt-Akteur-Netz)',
    ]);
    expect(rows).toHaveLength(1 + m.nodes.length);
    const ja = rows.find((r) => r[0] === 'JA')!;
    const n = m.nodes[m.byKey.get('org:ja')!]!;
    expect(ja.slice(0, 3)).toEqual(['JA', 'Jugendamt', 'Herford']);
    expect(ja[3]).toBe(String(n.measures!.degree));
    expect(ja[5]).toBe(String(n.measures!.betweenness).replace('.', ','));
    // persons and places have no measures: empty cells, not zeros
    const person = rows.find((r) => r[1] === 'Person')!;
    expect(person.slice(3)).toEqual(MEASURES.map(() => ''));
  });

  it('follows the filter and the sort, and writes the labels it is given (pseudonyms)', () => {
    const shown = new Uint8Array(m.nodes.length);
    for (const k of ['org:ja', 'org:jc', 'person:x']) shown[m.byKey.get(k)!] = 1;
    const csv = nodeTableCsv(m, shown, { key: 'label', descending: false }, 'en', (i) =>
      m.nodes[i]!.kind === 'person' ? 'Person 1' : m.nodes[i]!.label,
    );
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      ['Erika Xander', 'JA', 'JC'].map((l) => (l === 'Erika Xander' ? 'Person 1' : l)),
    );
    expect(rows[0]![3]).toBe('Degree (project–actor network)');
    expect(csv).not.toContain('Xander');
  });
});
