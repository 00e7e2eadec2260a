import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { decodeDocument, DEFAULT_MAX_DOCUMENT_BYTES, formatSize } from '../../src/util/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Control characters the decoder counts as a sign of binary data. */
function isRejectedControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(c)) || c === 0x7f;
}

/** Encodes the few non-ASCII characters the tests need as Windows-1252 bytes. */
function cp1252(s: string): Uint8Array {
  const special: Record<string, number> = {
    ö: 0xf6,
    ä: 0xe4,
    ü: 0xfc,
    ß: 0xdf,
    '–': 0x96,
    '€': 0x80,
    '„': 0x84,
    '“': 0x93,
  };
  return Uint8Array.from([...s].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('decodeDocument', () => {
  test('decodes UTF-8 text unchanged and without notes', () => {
    expect(decodeDocument(utf8('Jugendamt Mönchengladbach – Straße'), 'a.txt')).toEqual({
      ok: true,
      text: 'Jugendamt Mönchengladbach – Straße',
      encoding: 'utf-8',
      notes: [],
    });
  });

  test('strips a UTF-8 byte order mark silently so offsets start at the first real character', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Straße')]);
    expect(decodeDocument(bytes, 'a.txt')).toEqual({ ok: true, text: 'Straße', encoding: 'utf-8', notes: [] });
  });

  test('keeps CRLF line endings as they are', () => {
    const result = decodeDocument(utf8('Zeile 1\r\nZeile 2\r\n'), 'a.txt');
    expect(result).toMatchObject({ ok: true, text: 'Zeile 1\r\nZeile 2\r\n' });
  });

  test('reads Windows-1252 bytes as Windows-1252 and says so in the notes', () => {
    const bytes = cp1252('Jugendamt Mönchengladbach – Straße, 5 €, „Zitat“');
    expect(decodeDocument(bytes, 'alt.txt')).toEqual({
      ok: true,
      text: 'Jugendamt Mönchengladbach – Straße, 5 €, „Zitat“',
      encoding: 'windows-1252',
      notes: ['nicht UTF-8, als Windows-1252 gelesen'],
    });
  });

  test('maps every Windows-1252 byte from 0x80 to 0x9F as the WHATWG table says', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    expect(decodeDocument(bytes, 'tabelle.txt')).toMatchObject({ ok: true, text: expected, encoding: 'windows-1252' });
  });

  test('reads Latin-1 letters above 0x9F as themselves', () => {
    const bytes = Uint8Array.from([0x41, 0xa0, 0xc4, 0xd6, 0xdc, 0xe4, 0xf6, 0xfc, 0xdf, 0xff]);
    expect(decodeDocument(bytes, 'umlaute.txt')).toMatchObject({ ok: true, text: 'A\u00a0ÄÖÜäöüßÿ' });
  });

  test('reports a file of zero bytes as empty', () => {
    expect(decodeDocument(new Uint8Array(0), 'leer.txt')).toEqual({ ok: false, reason: 'empty', message: 'ist leer.' });
  });

  test('reports a file with only whitespace as empty', () => {
    expect(decodeDocument(utf8('  \r\n\t\n  '), 'leer.txt')).toEqual({
      ok: false,
      reason: 'empty',
      message: 'enthält keinen Text (nur Leerzeichen oder Zeilenumbrüche).',
    });
  });

  test('reports a file with only a byte order mark as empty', () => {
    expect(decodeDocument(Uint8Array.from([0xef, 0xbb, 0xbf]), 'bom.txt')).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  test('reports a file containing a NUL byte as binary', () => {
    expect(decodeDocument(Uint8Array.from([...utf8('Text'), 0, ...utf8('mehr')]), 'x.txt')).toEqual({
      ok: false,
      reason: 'binary',
      message: 'enthält Null-Bytes und ist vermutlich keine Textdatei.',
    });
  });

  test('reports a file with many control characters as binary', () => {
    const bytes = Uint8Array.from([...utf8('abcdefgh'), 0x01, 0x02, 0x1b]);
    expect(decodeDocument(bytes, 'x.txt')).toEqual({
      ok: false,
      reason: 'binary',
      message: 'enthält viele Steuerzeichen und ist vermutlich keine Textdatei.',
    });
  });

  test('accepts a few control characters in otherwise normal text', () => {
    const bytes = Uint8Array.from([...utf8('a'.repeat(100)), 0x1b, 0x0c]);
    expect(decodeDocument(bytes, 'x.txt')).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  test('reports a PDF as binary and names the format', () => {
    expect(decodeDocument(utf8('%PDF-1.7\n1 0 obj'), 'bericht.pdf')).toEqual({
      ok: false,
      reason: 'binary',
      message: 'sieht aus wie eine PDF-Datei, nicht wie ein Textdokument.',
    });
  });

  test('points out a PDF that carries a text extension', () => {
    expect(decodeDocument(utf8('%PDF-1.4'), 'ordner/bericht.TXT')).toEqual({
      ok: false,
      reason: 'binary',
      message: 'sieht aus wie eine PDF-Datei (trotz der Endung .txt), nicht wie ein Textdokument.',
    });
  });

  test.each([
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14], 'ein ZIP-Archiv (auch DOCX, XLSX, ODT)'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00], 'ein PNG-Bild'],
    ['GIF', [...utf8('GIF89a'), 0x01], 'ein GIF-Bild'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'ein JPEG-Bild'],
  ])('reports %s magic bytes as binary', (_format, bytes, looksLike) => {
    expect(decodeDocument(Uint8Array.from(bytes), 'datei')).toEqual({
      ok: false,
      reason: 'binary',
      message: `sieht aus wie ${looksLike}, nicht wie ein Textdokument.`,
    });
  });

  test('reports UTF-16 text as undecodable instead of binary', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(decodeDocument(bytes, 'u16.txt')).toEqual({
      ok: false,
      reason: 'undecodable',
      message: 'ist UTF-16-kodiert; bitte als UTF-8 speichern.',
    });
  });

  test('reports a document above maxBytes as too large', () => {
    expect(decodeDocument(utf8('12345678901'), 'gross.txt', { maxBytes: 10 })).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'ist zu groß (11 Bytes; erlaubt sind höchstens 10 Bytes).',
    });
  });

  test('accepts a document of exactly maxBytes', () => {
    expect(decodeDocument(utf8('1234567890'), 'genau.txt', { maxBytes: 10 })).toMatchObject({ ok: true });
  });

  test('uses 10 MiB as the default size limit', () => {
    expect(DEFAULT_MAX_DOCUMENT_BYTES).toBe(10_485_760);
    const bytes = new Uint8Array(DEFAULT_MAX_DOCUMENT_BYTES + 1).fill(0x61);
    expect(decodeDocument(bytes, 'riesig.txt')).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'ist zu groß (10 MiB; erlaubt sind höchstens 10 MiB).',
    });
  });

  test('formats sizes in German with a decimal comma', () => {
    expect([formatSize(1), formatSize(999), formatSize(1536), formatSize(15 * 1024 * 1024 + 300_000)]).toEqual([
      '1 Byte',
      '999 Bytes',
      '1,5 KiB',
      '15,3 MiB',
    ]);
  });

  propTest.prop([fc.uint8Array({ maxLength: 3000 })])('never throws on arbitrary bytes', (bytes) => {
    const result = decodeDocument(bytes, 'zufall.txt', { maxBytes: 2500 });
    expect(typeof result.ok).toBe('boolean');
  });

  propTest.prop([fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 })])(
    'returns ordinary UTF-8 text exactly as it was encoded',
    (s) => {
      // Skip inputs the decoder rightly rejects or alters: blank, control characters,
      // binary magic at the start, a leading BOM.
      fc.pre(s.trim() !== '' && ![...s].some(isRejectedControl));
      fc.pre(!/^(%PDF|GIF8[79]a|\uFEFF)/.test(s));
      expect(decodeDocument(utf8(s), 'text.txt')).toEqual({ ok: true, text: s, encoding: 'utf-8', notes: [] });
    },
  );
});
