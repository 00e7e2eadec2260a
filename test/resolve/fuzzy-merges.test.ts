/**
 * Fuzzy merges compare only nodes that can merge (persons of one surname, organisations of one
 * municipality); these cases pin which pairs merge and which do not.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentExtraction, Mention } from '../../src/model/extraction.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import type { NodeKind } from '../../src/model/kinds.ts';
import { resolve } from '../../src/resolve/resolve.ts';

function doc(name: string, mentions: Array<[NodeKind, string, string?]>): DocumentExtraction {
  const ms: Mention[] = mentions.map(([kind, n, municipality], i) => ({
    id: `${name}#${i}`,
    doc: name,
    kind,
    name: n,
    start: i * 10,
    end: i * 10 + 5,
    attrs: {},
    ...(municipality ? { municipality } : {}),
  }));
  return { doc: name, mentions: ms, relations: [], issues: [] };
}

function labels(extractions: DocumentExtraction[]): string[][] {
  return resolve(extractions, nrwGazetteer())
    .nodes.map((n) => [...new Set(n.mentions.map((m) => m.name))].sort())
    .sort();
}

describe('fuzzy merges', () => {
  it('merges a typo in a given name when the surname is the same', () => {
    expect(
      labels([doc('a.txt', [['person', 'Mariana Beispielfrau']]), doc('b.txt', [['person', 'Marianna Beispielfrau']])]),
    ).toEqual([['Mariana Beispielfrau', 'Marianna Beispielfrau']]);
  });

  it('keeps persons with different surnames or distant given names apart', () => {
    expect(
      labels([
        doc('a.txt', [
          ['person', 'Mariana Beispielfrau'],
          ['person', 'Mariana Beispielmann'],
          ['person', 'Roswitha Beispielfrau'],
        ]),
      ]),
    ).toEqual([['Mariana Beispielfrau'], ['Mariana Beispielmann'], ['Roswitha Beispielfrau']]);
  });

  it('ignores academic titles and merges the same person across documents', () => {
    expect(
      labels([
        doc('a.txt', [['person', 'Dr. Mariana Beispielfrau']]),
        doc('b.txt', [['person', 'Mariana Beispielfrau']]),
      ]),
    ).toEqual([['Dr. Mariana Beispielfrau', 'Mariana Beispielfrau']]);
  });

  it('merges an organisation typo and a bare brand only within one municipality', () => {
    const got = labels([
      doc('a.txt', [
        ['carrier', 'Beispielverband Musterstadt', 'Hagen'],
        ['carrier', 'Beispielverband Musterstat', 'Hagen'],
        ['carrier', 'Beispielverband Musterstat', 'Hamm'],
        ['carrier', 'Beispiel', 'Hagen'],
        ['school', 'Grundschule Beispielweg 1', 'Hagen'],
        ['school', 'Grundschule Beispielweg 2', 'Hagen'],
      ]),
    ]);
    expect(got).toEqual([
      ['Beispiel', 'Beispielverband Musterstadt', 'Beispielverband Musterstat'],
      ['Beispielverband Musterstat'],
      ['Grundschule Beispielweg 1'],
      ['Grundschule Beispielweg 2'],
    ]);
  });
});
