import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME, pageFileName, slug } from '../../src/documents/file-name.ts';

const HASH = '3f2a9c01deadbeef';

describe('pageFileName', () => {
  it('gives host and path as an ASCII slug with a short hash and the extension of the type', () => {
    expect(pageFileName('https://www.stadt-hagen.de/kinder/F%C3%B6rderung.pdf', 'application/pdf', HASH)).toBe(
      'www.stadt-hagen.de_kinder_foerderung-3f2a9c01.pdf',
    );
    expect(pageFileName('http://127.0.0.1:8080/', 'text/html', HASH)).toBe('127.0.0.1-8080-3f2a9c01.html');
    expect(pageFileName('https://a.de/x/index.php?id=3', 'application/xhtml+xml', HASH)).toBe(
      'a.de_x_index-3f2a9c01.html',
    );
    expect(pageFileName('https://a.de/liste', 'text/plain', HASH)).toBe('a.de_liste-3f2a9c01.txt');
    expect(
      pageFileName(
        'https://a.de/antrag',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        HASH,
      ),
    ).toBe('a.de_antrag-3f2a9c01.docx');
  });

  it('stays safe and short for hostile addresses', () => {
    for (const url of [
      'https://a.de/../../etc/passwd',
      'https://a.de/%2e%2e%2f%2e%2e%2fx',
      'https://a.de/' + 'ä'.repeat(300),
      'https://con.de/',
      'http://[::1]/.hidden',
      'https://a.de/%00%0a',
    ]) {
      const name = pageFileName(url, 'text/html', HASH);
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
      expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
      expect(name).not.toMatch(/\.\./);
      expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul)$/i);
    }
  });

  it('slugs German words readably', () => {
    expect(slug('Übergänge für Kinder – Straße')).toBe('uebergaenge-fuer-kinder-strasse');
  });
});
