import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  CurationFormatError,
  emptyCurationLog,
  nextEntryId,
  parseCurationLog,
  parseCurationText,
  serializeCurationLog,
  type CurationLog,
} from '../../src/curation/schema.ts';
import { curationEntryOf, curationEvidence, curationSource, isCurationSource } from '../../src/curation/sources.ts';

const example = {
  format: 'netzatlas-curation',
  version: 1,
  entries: [
    {
      id: '1',
      op: 'merge',
      keep: 'org:caritas',
      remove: 'org:caritas-2',
      note: 'Dieselbe Caritas, zwei Schreibweisen',
      author: 'Sozialplanung',
    },
    {
      id: '2',
      op: 'addEdge',
      source: 'org:jugendamt-hagen',
      target: 'org:jobcenter-hagen',
      kind: 'cooperates_with',
      note: 'gemeinsame Fallkonferenz',
      at: '2025-03-04T10:15:00+01:00',
    },
    {
      id: '3',
      op: 'markWrong',
      target: { edge: { source: 'project:p', target: 'place:hagen', kind: 'located_in' } },
      note: 'Ort des Trägers, nicht des Projekts',
    },
    {
      id: '4',
      op: 'setAttribute',
      node: 'project:p',
      name: 'period',
      value: { start: '2021', end: '2023-06' },
      at: '2025-03-04',
    },
  ],
};

describe('curation log format', () => {
  it('accepts a log with every kind of field and gives it back unchanged', () => {
    expect(parseCurationLog(example)).toEqual(example);
  });

  it('names the first wrong field in German', () => {
    const bad = structuredClone(example) as { entries: Array<Record<string, unknown>> };
    bad.entries[1]!.kind = 'knows';
    expect(() => parseCurationLog(bad, 'data/curation.json')).toThrowError(CurationFormatError);
    expect(() => parseCurationLog(bad, 'data/curation.json')).toThrowError(
      /^data\/curation\.json: ungültiges Korrekturprotokoll an „entries\[1\]\.kind“: Ungültig/,
    );
  });

  it('rejects unknown operations, misspelt fields, a wrong value for an attribute and repeated ids', () => {
    const withEntry = (e: Record<string, unknown>) => ({ ...example, entries: [...example.entries, e] });
    expect(() => parseCurationLog(withEntry({ id: '5', op: 'explode', node: 'org:a' }))).toThrowError(
      /entries\[4\]\.op/,
    );
    expect(() => parseCurationLog(withEntry({ id: '5', op: 'rename', node: 'org:a', lable: 'X' }))).toThrowError(
      /entries\[4\]/,
    );
    expect(() =>
      parseCurationLog(withEntry({ id: '5', op: 'setAttribute', node: 'org:a', name: 'domains', value: ['SGB IX'] })),
    ).toThrowError(/entries\[4\]\.value\[0\]/);
    expect(() => parseCurationLog(withEntry({ id: '5', op: 'rename', node: 'org:a', label: '   ' }))).toThrowError(
      /entries\[4\]\.label/,
    );
    expect(() => parseCurationLog(withEntry({ id: '2', op: 'rename', node: 'org:a', label: 'X' }))).toThrowError(
      /„entries\[4\]\.id“: Die Kennung „2“ kommt schon in Eintrag 1 vor/,
    );
    expect(() => parseCurationLog({ ...example, version: 2 })).toThrowError(/„version“/);
  });

  it('reports JSON syntax errors as format errors', () => {
    expect(() => parseCurationText('{"format": ', 'c.json')).toThrowError(
      /^c\.json: ungültiges Korrekturprotokoll an „\(Wurzel\)“: kein gültiges JSON/,
    );
  });

  it('names nesting beyond 64 levels and numbers beyond the double range with their place', () => {
    expect(() => parseCurationText(`{"entries":${'['.repeat(100)}${']'.repeat(100)}}`, 'c.json')).toThrowError(
      'c.json: ungültiges Korrekturprotokoll an „Zeile 1, Spalte 75“: Arrays und Objekte sind tiefer als 64 Ebenen ineinander verschachtelt',
    );
    expect(() => parseCurationText('{"version":\n 1e309}', 'c.json')).toThrowError(
      'c.json: ungültiges Korrekturprotokoll an „Zeile 2, Spalte 2“: Zahl 1e309 liegt außerhalb des darstellbaren Bereichs (höchstens etwa 1,8 · 10^308)',
    );
  });

  it('writes byte-stable text that reads back to the same log', () => {
    const text = serializeCurationLog(example as CurationLog);
    expect(parseCurationText(text)).toEqual(example);
    expect(serializeCurationLog(parseCurationText(text))).toBe(text);
    expect(text.startsWith('{\n  "entries": [\n    {\n      "author": "Sozialplanung",')).toBe(true);
  });

  it('appends entries with counter ids, without changing the log it was given', () => {
    const empty = emptyCurationLog();
    const one = appendEntry(empty, { op: 'rename', node: 'org:a', label: 'A' }, { note: 'Tippfehler' });
    const two = appendEntry(one, { op: 'markWrong', target: { node: 'org:b' } });
    expect(empty.entries).toEqual([]);
    expect(two.entries).toEqual([
      { id: '1', op: 'rename', node: 'org:a', label: 'A', note: 'Tippfehler' },
      { id: '2', op: 'markWrong', target: { node: 'org:b' } },
    ]);
    expect(
      nextEntryId({
        ...two,
        entries: [
          ...two.entries,
          { id: 'x7', op: 'rename', node: 'org:c', label: 'C' },
          { id: '12', op: 'rename', node: 'org:d', label: 'D' },
        ],
      }),
    ).toBe('13');
    expect(() => appendEntry(empty, { op: 'rename', node: '', label: 'A' })).toThrowError(
      /^\(neue Korrektur\): ungültiges Korrekturprotokoll an „node“/,
    );
  });

  it('points the source of a curated edge at its entry, which the explorer shows with the note', () => {
    const log = parseCurationLog(example);
    const ref = curationSource(1);
    expect(ref).toEqual({ doc: 'curation.json', start: 1, end: 2 });
    expect(isCurationSource(ref)).toBe(true);
    expect(isCurationSource({ doc: 'a.txt', start: 1, end: 2 })).toBe(false);
    expect(curationEntryOf(ref, log)?.id).toBe('2');
    expect(curationEvidence(ref, log)).toBe('Manuelle Korrektur: gemeinsame Fallkonferenz');
    expect(curationEvidence(curationSource(2), { ...log, entries: [] })).toBe('Manuelle Korrektur');
    expect(curationEvidence({ doc: 'a.txt', start: 1, end: 2 }, log)).toBeUndefined();
  });
});
