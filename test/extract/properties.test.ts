/** Extraction never throws on any text, and every offset it reports lies inside its document. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { readHtml } from '../../src/documents/html.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { readCorpus } from '../helpers.ts';

const places = nrwGazetteer();
const seeds = readCorpus('seeds');
const vocabulary = [
  'Projektträger',
  'Kontakt',
  'Jugendamt',
  'Stadt Hagen',
  'Kreis Lippe',
  'e.V.',
  '„',
  '“',
  '(Leitung: ',
  ')',
  'Förderzeitraum 2021 bis 2024',
  ':',
  '|',
  '\n',
  '\n\n',
  ' ',
  'Tel.: 0211 12345',
  'name [at] example [dot] de',
  'Quartier "X"',
  'Grundschule',
  'Dr.',
  'Ministerium für',
  ' und ',
  '🙂',
  '\u0000',
  '\uD800',
];

function checkOffsets(text: string): void {
  const ex = extractDocument({ name: 'x.txt', text }, { places });
  const ids = new Set(ex.mentions.map((m) => m.id));
  for (const m of ex.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.end).toBeGreaterThanOrEqual(m.start);
  }
  for (const r of ex.relations) {
    expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
  }
}

describe('extractDocument', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 400 })], { numRuns: 300 })(
    'never throws and keeps offsets inside the text on any string',
    (text) => {
      checkOffsets(text);
    },
  );

  test.prop([fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 })], { numRuns: 300 })(
    'never throws on text made of the words it looks for',
    (parts) => {
      checkOffsets(parts.join(''));
    },
  );

  test.prop([fc.integer({ min: 0, max: seeds.length - 1 }), fc.nat(), fc.nat()], { numRuns: 100 })(
    'never throws on any slice of a seed page',
    (i, a, b) => {
      const text = seeds[i]!.text;
      const s = a % (text.length + 1);
      const e = s + (b % (text.length - s + 1));
      checkOffsets(text.slice(s, e));
    },
  );

  test.prop([fc.string({ maxLength: 300 })], { numRuns: 200 })(
    'reads any HTML into text whose every place lies inside the page',
    (html) => {
      const doc = readHtml(html, 'a.html');
      for (let i = 0; i <= doc.text.length; i += 7) {
        const at = doc.toSource(i).offset!;
        expect(0 <= at && at <= html.length).toBe(true);
      }
    },
  );
});
