/**
 * The shortcuts taken for speed give the same answers as the plain computations they replace:
 * bounded edit distance, span lookups, remembered folding, the tokenizer's word flag, and the
 * quick tests that let a line skip a pattern (the pattern must still fire where it should), and the
 * linear HTML scan (the same text as the single pattern it replaced).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findEmails } from '../../src/extract/actors/contacts.ts';
import { findPersons } from '../../src/extract/actors/persons.ts';
import { findMinistryAbbreviations } from '../../src/vocabulary/public-bodies.ts';
import { boundedDistance } from '../../src/util/edit-distance.ts';
import { findDistricts } from '../../src/extract/districts.ts';
import { findEach } from '../../src/extract/find-each.ts';
import { foldMemo } from '../../src/util/memo.ts';
import { findPrograms } from '../../src/extract/programs.ts';
import { byLine, firstAtLeast, onLines, spanIndex } from '../../src/extract/span-index.ts';
import { forEachLetterWord, hasWholeWord, isCapitalised, tokenize, type Token } from '../../src/extract/tokens.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { editDistance, fold } from '../../src/util/fold.ts';

const places = nrwGazetteer();
const letters = fc.constantFrom('a', 'b', 'c', ' ', 'ä', 'ß', '-');
const word = fc.array(letters, { maxLength: 14 }).map((cs) => cs.join(''));

describe('boundedDistance', () => {
  test.prop([word, word, fc.integer({ min: 0, max: 3 })], { numRuns: 2000 })(
    'equals editDistance up to max and stays above max beyond it',
    (a, b, max) => {
      const plain = editDistance(a, b);
      const bounded = boundedDistance(a, b, max);
      if (plain <= max) expect(bounded).toBe(plain);
      else expect(bounded).toBeGreaterThan(max);
    },
  );

  it('ignores a shared surname', () => {
    expect(boundedDistance('maria beispielfrau', 'marie beispielfrau', 2)).toBe(1);
    expect(boundedDistance('jugenamt', 'jugendamt', 1)).toBe(1);
  });
});

describe('span lookups', () => {
  const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([s, l]) => ({ start: s, end: s + l }));

  test.prop([fc.array(span, { maxLength: 40 }), span], { numRuns: 500 })(
    'spanIndex finds what a filter finds, in list order',
    (items, query) => {
      const within = spanIndex(items, (x) => x);
      expect(within(query)).toEqual(items.filter((x) => x.start >= query.start && x.end <= query.end));
    },
  );

  test.prop([
    fc.array(fc.integer({ min: -5, max: 50 })).map((xs) => xs.sort((a, b) => a - b)),
    fc.integer({ min: -10, max: 60 }),
  ])('firstAtLeast is the first index with a value ≥ x', (xs, x) => {
    const i = xs.findIndex((v) => v >= x);
    expect(firstAtLeast(xs, x)).toBe(i < 0 ? xs.length : i);
  });

  test.prop([fc.array(fc.nat(8), { maxLength: 30 }), fc.array(fc.nat(9), { maxLength: 6 })])(
    'onLines gives the items of those lines in list order',
    (lineOfItem, wanted) => {
      const items = lineOfItem.map((line, i) => ({ line, i }));
      const order = new Map(items.map((x, i) => [x, i]));
      expect(
        onLines(
          byLine(items, (x) => x.line),
          wanted,
          order,
        ),
      ).toEqual(items.filter((x) => wanted.includes(x.line)));
    },
  );
});

describe('words', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 30 })], { numRuns: 500 })(
    'foldMemo equals fold, also when asked twice',
    (s) => {
      expect(foldMemo(s)).toBe(fold(s));
      expect(foldMemo(s)).toBe(fold(s));
    },
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 6 })], { numRuns: 1000 })(
    'isCapitalised is an upper-case first letter',
    (s) => {
      expect(isCapitalised(s)).toBe(/^[\p{Lu}]/u.test(s));
    },
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 })], { numRuns: 1000 })(
    'tokenize equals the token pattern it reads by hand',
    (s) => {
      expect(tokenize(s, 7)).toEqual(tokenizeByPattern(s, 7));
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })], { numRuns: 1000 })(
    'on any code units, lone surrogates included',
    (s) => {
      expect(tokenize(s)).toEqual(tokenizeByPattern(s));
    },
  );

  test.prop(
    [
      fc.array(
        fc.constantFrom(
          'Stadt',
          'Hagen.',
          'e.V.',
          'St.',
          ' ',
          '-',
          '„',
          '’',
          '&',
          '+',
          '1.',
          'Ä',
          '🙂',
          '\uD800',
          '\u00A0',
          '\u2003',
          '\t',
          '.',
        ),
        { maxLength: 30 },
      ),
    ],
    { numRuns: 1000 },
  )('also on the characters that matter to it', (parts) => {
    const s = parts.join('');
    expect(tokenize(s)).toEqual(tokenizeByPattern(s));
  });
});

/** The tokenizer as it was written with one regular expression. */
function tokenizeByPattern(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&+'’.-]*|[^\s\p{L}\p{N}]/gu)) {
    let t = m[0];
    let start = m.index;
    const word = /^[\p{L}\p{N}]/u.test(t);
    if (word && t.endsWith('.') && !/^(e\.V|e\.v|St|Str|Dr|Prof|gem|Nr|Dipl|Co|Hl|Ev|Kath|Westf|Rhld|Sr)\.$/.test(t)) {
      const core = t.replace(/\.+$/, '');
      out.push({ text: core, start: offset + start, end: offset + start + core.length, word: true });
      start += core.length;
      t = t.slice(core.length);
      out.push({ text: t, start: offset + start, end: offset + start + t.length, word: false });
      continue;
    }
    out.push({ text: t, start: offset + start, end: offset + start + t.length, word });
  }
  return out;
}

describe('patterns behind quick tests still fire', () => {
  it('finds obfuscated and plain e-mail addresses', () => {
    expect(findEmails('Mail: info (at) beispiel-verein [dot] de').map((h) => h.value)).toEqual([
      'info@beispiel-verein.de',
    ]);
    expect(findEmails('Mail: info [ÄT] beispiel [punkt] de').map((h) => h.value)).toEqual(['info@beispiel.de']);
    expect(findEmails('info@beispiel.de oder kontakt(@)beispiel.de').map((h) => h.value)).toEqual([
      'info@beispiel.de',
      'kontakt@beispiel.de',
    ]);
    expect(findEmails('keine Adresse auf dieser Zeile')).toEqual([]);
  });

  it('finds persons with a role before or after the name, in parentheses, labelled, or by a given name', () => {
    const names = (t: string, contact = false) =>
      findPersons(t, 0, places, contact).map((p) => `${p.name}|${p.role ?? ''}|${p.cue}`);
    expect(names('Es sprach Projektleiterin Dr. Erika Beispielfrau.')).toEqual([
      'Dr. Erika Beispielfrau|Projektleiterin|role-before',
    ]);
    expect(names('Max Mustermann, Geschäftsführer, sagte')).toEqual(['Max Mustermann|Geschäftsführer|role-after']);
    expect(names('Ein Verein (Vorsitzende: Heike Beispielfrau) lädt ein')).toEqual([
      'Heike Beispielfrau|Vorsitzende|parenthesis',
    ]);
    expect(names('Ansprechpartnerin im Jugendamt: Jana Musterfrau')).toEqual(['Jana Musterfrau|Ansprechpartner|label']);
    expect(names('Mit dabei war auch Sabine Beispielfrau aus dem Team.')).toEqual(['Sabine Beispielfrau||first-name']);
    expect(names('die leitung hat niemand')).toEqual([]);
  });

  it('finds programmes by name in any case and by cue', () => {
    expect(findPrograms('Teil von KINDERSTARK – NRW schafft Chancen').map((p) => p.name)).toEqual([
      'kinderstark – NRW schafft Chancen',
    ]);
    expect(findPrograms('im Rahmen des Landesprogramms Beispielhafte Wege, gefördert').map((p) => p.name)).toEqual([
      'Beispielhafte Wege',
    ]);
    expect(findPrograms('Förderprogramm „Gute Nachbarschaft“ startet').map((p) => p.name)).toEqual([
      'Gute Nachbarschaft',
    ]);
    expect(findPrograms('ganz ohne Programm')).toEqual([]);
  });

  it('finds ministries by abbreviation and districts by compound', () => {
    expect(findMinistryAbbreviations('gefördert vom MAGS NRW und BMFSFJ').map((h) => h.body.abbreviations[0])).toEqual([
      'MAGS',
      'BMFSFJ',
    ]);
    expect(findDistricts('in der Beispielsiedlung und im Nordviertel').map((d) => d.name)).toEqual([
      'Beispielsiedlung',
      'Nordviertel',
    ]);
  });
});

describe('letter words and compound districts without a pattern per word', () => {
  const chars = fc.constantFrom(
    'a',
    'B',
    'ä',
    'Ö',
    'ß',
    '-',
    ' ',
    ',',
    '.',
    '1',
    '𝔄',
    'é',
    '–',
    'siedlung',
    'viertel',
    'Nord',
    'x',
  );
  const text = fc.array(chars, { maxLength: 30 }).map((cs) => cs.join(''));

  test.prop([text], { numRuns: 2000 })(
    'forEachLetterWord visits exactly the matches of /[\\p{L}][\\p{L}-]*/gu',
    (t) => {
      const seen: string[] = [];
      forEachLetterWord(t, (s, e) => seen.push(`${s}:${t.slice(s, e)}`));
      expect(seen).toEqual([...t.matchAll(/[\p{L}][\p{L}-]*/gu)].map((m) => `${m.index}:${m[0]}`));
    },
  );

  test.prop([text], { numRuns: 2000 })(
    'a compound district is a whole capitalised word ending in -siedlung or -viertel',
    (t) => {
      const expected = [...t.matchAll(/(?<![\p{L}])([\p{Lu}][\p{L}]{3,}(?:siedlung|viertel))(?![\p{L}])/gu)]
        .map((m) => m[1]!)
        .filter(
          (w) =>
            !/^(wohn|stadt|sozial|innenstadt|problem|pilot|modell|nachbar|heimat|bau|neubau|arbeiter|alt|neu)(siedlung|viertel|quartier)e?n?s?$/.test(
              fold(w),
            ),
        );
      expect(
        findDistricts(t)
          .filter((d) => d.rule === 'district.compound')
          .map((d) => d.name),
      ).toEqual(expected);
    },
  );

  test.prop([text, fc.constantFrom('Nord', 'siedlung', 'a', 'ä-B', 'x 1', '𝔄')], { numRuns: 2000 })(
    'hasWholeWord answers as /(?<!\\p{L})w(?!\\p{L})/u',
    (t, w) => {
      expect(hasWholeWord(t, w)).toBe(
        new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(t),
      );
    },
  );

  it('reads a word after an astral letter and a compound at the end of a line', () => {
    expect(findDistricts('im 𝔄 Nordstadtviertel').map((d) => d.name)).toEqual(['Nordstadtviertel']);
    expect(findDistricts('Beispielsiedlung-Ost und Altsiedlung').map((d) => d.name)).toEqual(['Beispielsiedlung']);
  });
});

describe('findEach: all needles in one pass', () => {
  /** The loop findEach replaces, one needle at a time. */
  const indexOfLoop = (t: string, n: string) => {
    const out: number[] = [];
    for (let p = t.indexOf(n); p >= 0; p = t.indexOf(n, p + n.length)) out.push(p);
    return out;
  };
  const units = fc.constantFrom('a', 'b', 'ab', 'aa', ' ', '„', 'Ä', '\n', '𝔄');
  const small = fc.array(units, { maxLength: 40 }).map((cs) => cs.join(''));
  const needle = fc.array(units, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

  // up to 12 needles one indexOf each, from 13 on the trie: both ways, with repeated and overlapping needles
  test.prop([small, fc.array(needle, { minLength: 1, maxLength: 12 })], { numRuns: 1000 })(
    'gives each of a few needles the positions of the indexOf loop',
    (t, needles) => {
      expect(findEach(t, needles)).toEqual(needles.map((n) => indexOfLoop(t, n)));
    },
  );
  test.prop([small, fc.array(needle, { minLength: 13, maxLength: 40 })], { numRuns: 1000 })(
    'gives each of many needles the positions of the indexOf loop',
    (t, needles) => {
      expect(findEach(t, needles)).toEqual(needles.map((n) => indexOfLoop(t, n)));
    },
  );

  it('skips an overlapping repeat of the same needle and finds it again after the hit', () => {
    const needles = ['aa', ...Array.from({ length: 20 }, (_, i) => `x${i}`)];
    expect(findEach('aaaaa aa', needles)[0]).toEqual([0, 2, 6]);
    expect(findEach('abc', ['', ...needles])[0]).toEqual([]);
  });
});
