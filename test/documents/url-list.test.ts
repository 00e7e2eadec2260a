import { describe, expect, it } from 'vitest';
import { checkWebAddress, parseAddressList } from '../../src/documents/url-list.ts';

describe('parseAddressList', () => {
  it('takes http and https addresses, ignores blank and # lines, reports the rest with line numbers', () => {
    const list = parseAddressList(
      '\uFEFF# Projekte\r\nhttps://www.beispiel.de/projekt#oben\n\n  http://beispiel.de/a b\nfile:///etc/passwd\njavascript:alert(1)\nftp://beispiel.de/x\nkeine adresse\nhttps://www.beispiel.de/projekt\nhttps://nutzer:pw@beispiel.de/\nhttp://[::1]:8080/x\n',
    );
    expect(list.addresses).toEqual([
      { line: 2, url: 'https://www.beispiel.de/projekt' },
      { line: 11, url: 'http://[::1]:8080/x' },
    ]);
    expect(list.problems.map((p) => p.line)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(list.problems[1]!.message).toMatch(/nur http- und https-Adressen.*„file:“/);
    expect(list.problems[2]!.message).toMatch(/„javascript:“/);
    expect(list.problems[5]!.message).toMatch(/steht schon in Zeile 2/);
    expect(list.problems[6]!.message).toMatch(/Zugangsdaten/);
    for (const p of list.problems) expect(p.message).not.toMatch(/\n/);
  });

  it('checks a redirect target relative to the address it came from', () => {
    expect(checkWebAddress('/neu?x=1', 'https://a.de/alt')).toEqual({ url: 'https://a.de/neu?x=1' });
    expect(checkWebAddress('ftp://a.de/x', 'https://a.de/alt')).toHaveProperty('problem');
  });
});
