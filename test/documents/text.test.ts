/** Plain text: read as it is, a first `source:`/`Quelle:` line is the address and is not text. */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/documents/text.ts';
import { readDecoded } from '../../src/documents/read-document.ts';

describe('readText', () => {
  it('takes a first "source:" line as the address and blanks it, so offsets stay those of the file', () => {
    const text = 'source: https://www.kreis-beispiel.de/presse/123\nDas Jugendamt des Kreises fördert das Projekt.\n';
    const doc = readText(text, 'a.txt');
    expect(doc.info).toEqual({ format: 'text', url: 'https://www.kreis-beispiel.de/presse/123' });
    expect(doc.text).toBe(`${' '.repeat(48)}\nDas Jugendamt des Kreises fördert das Projekt.\n`);
    expect(doc.text.length).toBe(text.length);
    expect(doc.toSource(60)).toEqual({ offset: 60 });
  });

  it('reads "Quelle:" too, and leaves a line that is not an http(s) address as text', () => {
    expect(readText('Quelle: http://a.nrw/x\r\nText', 'a.txt').info.url).toBe('http://a.nrw/x');
    const odd = readText('Quelle: Amtsblatt 12/2024\nText', 'a.txt');
    expect(odd.info.url).toBeUndefined();
    expect(odd.text).toBe('Quelle: Amtsblatt 12/2024\nText');
    expect(readText('Quelle: javascript:alert(1)\nText', 'a.txt').info.url).toBeUndefined();
  });

  it('prefers the address the file was fetched from', () => {
    expect(readText('source: https://a.nrw/x\nText', 'a.txt', { url: 'https://b.nrw/y' }).info.url).toBe(
      'https://b.nrw/y',
    );
  });

  it('says why a file is not a text', () => {
    expect(readDecoded(new Uint8Array(), 'leer.txt')).toEqual({ ok: false, reason: 'empty', message: 'ist leer.' });
  });
});
