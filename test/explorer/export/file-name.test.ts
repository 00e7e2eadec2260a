/** safeFileName: readable ASCII stems from German titles. */
import { describe, expect, it } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { safeFileName } from '../../../src/explorer/export/file-name.ts';

describe('safeFileName', () => {
  it.each([
    ['Netzwerk Jugendhilfe Bielefeld', 'Netzwerk-Jugendhilfe-Bielefeld'],
    ['Übergänge Schule–Beruf (Köln)', 'Uebergaenge-Schule-Beruf-Koeln'],
    ['Straße der Größe', 'Strasse-der-Groesse'],
    ['ÄÖÜ äöü ß ẞ', 'AeOeUe-aeoeue-ss-SS'],
    ['Caf\u00e9 Crème', 'Cafe-Creme'],
    ['a\u0308rger', 'aerger'],
    ['../../etc/passwd', 'etc-passwd'],
    ['  .versteckt  ', 'versteckt'],
    ['Karte 2024.v2', 'Karte-2024.v2'],
    ['CON', 'karte-CON'],
    ['nul.txt', 'karte-nul.txt'],
    ['', 'netzatlas'],
    ['???', 'netzatlas'],
    ['\u4e2d\u6587', 'netzatlas'],
  ])('turns %j into %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps names at most 80 characters long without a trailing dash', () => {
    const name = safeFileName('Sehr langer Titel '.repeat(20));
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.endsWith('-')).toBe(false);
  });

  fcTest.prop([fc.string({ unit: 'binary' })])('always gives a non-empty ASCII name without path parts', (s) => {
    const name = safeFileName(s);
    expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,85}$/);
  });
});
