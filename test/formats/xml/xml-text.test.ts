/** xmlEscape: well-formed XML 1.0 for any string; the only losses are characters XML cannot carry. */
import { fc, test } from '@fast-check/vitest';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  formatXmlNumber,
  hasNonXmlChars,
  inferColumns,
  jsonForXml,
  parseColour,
  xmlEscape,
} from '../../../src/formats/xml/text.ts';
import { parseXmlNumber } from '../../../src/formats/xml/values.ts';

/** The string a strict parser reads back from `<a v="…">…</a>`. */
function readBack(s: string): { attribute: string; text: string } {
  const p = new SaxesParser({ xmlns: true });
  let attribute = '';
  let text = '';
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (t) => {
    attribute = t.attributes['v']!.value;
  });
  p.on('text', (t) => {
    text += t;
  });
  p.write(`<a v="${xmlEscape(s)}">${xmlEscape(s)}</a>`).close();
  return { attribute, text };
}

/** What XML can keep of a string: lone surrogates as U+FFFD, forbidden characters dropped. */
function xmlImage(s: string): string {
  return s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''); // eslint-disable-line no-control-regex
}

describe('xmlEscape', () => {
  it('escapes markup and keeps tab, LF and CR as character references', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlEscape('x\ty\nz\r\n')).toBe('x&#9;y&#10;z&#13;&#10;');
    expect(xmlEscape(']]>')).toBe(']]&gt;');
    expect(xmlEscape('Straße 🙂')).toBe('Straße 🙂');
  });

  it('drops characters XML 1.0 forbids and replaces lone surrogates', () => {
    expect(xmlEscape('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(xmlEscape('\uD800x\uDC00\uD83D\uDE00')).toBe('\uFFFDx\uFFFD\uD83D\uDE00');
    expect(xmlEscape('\u007F\u0085\u2028')).toBe('\u007F\u0085\u2028');
    expect(hasNonXmlChars('ok\t\n\r')).toBe(false);
    expect(hasNonXmlChars('\uDBFF')).toBe(true);
  });

  test.prop([fc.string({ unit: 'binary' })], { numRuns: 1000 })(
    'gives well-formed attribute values and text that read back as the string minus what XML cannot carry',
    (s) => {
      const back = readBack(s);
      expect(back.attribute).toBe(xmlImage(s));
      expect(back.text).toBe(xmlImage(s));
    },
  );

  test.prop([fc.jsonValue()], { numRuns: 300 })('JSON for XML loses nothing: it parses back to the same JSON', (v) => {
    const json = jsonForXml(v)!;
    expect(hasNonXmlChars(json)).toBe(false);
    expect(xmlEscape(json).includes('\uFFFD') && !json.includes('\uFFFD')).toBe(false);
    expect(JSON.parse(readBack(json).attribute)).toEqual(JSON.parse(JSON.stringify(v)));
  });
});

describe('numbers, columns and colours', () => {
  it('formats numbers as xs:double text that reads back exactly', () => {
    for (const n of [0, -0, 1, -1.5, 1e21, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, 0.1 + 0.2]) {
      expect(Object.is(parseXmlNumber(formatXmlNumber(n)), n)).toBe(true);
    }
    expect(parseXmlNumber('1.0')).toBe(1);
    expect(parseXmlNumber('1,5')).toBeNull();
  });

  it('types columns from their values, sorted by name, with .json ids for JSON columns', () => {
    const cols = inferColumns(
      [
        { s: 'a', n: 1, d: 1.5, b: true, arr: [1], mixed: 'x', bad: 'a\u0000' },
        { s: 'b', n: 2, d: 2, b: false, mixed: 3, nul: null },
      ],
      'n',
    );
    expect(cols).toEqual([
      { name: 'arr', type: 'json', id: 'n0.json' },
      { name: 'b', type: 'boolean', id: 'n1' },
      { name: 'bad', type: 'json', id: 'n2.json' },
      { name: 'd', type: 'double', id: 'n3' },
      { name: 'mixed', type: 'json', id: 'n4.json' },
      { name: 'n', type: 'long', id: 'n5' },
      { name: 'nul', type: 'json', id: 'n6.json' },
      { name: 's', type: 'string', id: 'n7' },
    ]);
  });

  it('reads hex and rgb colours', () => {
    expect(parseColour('#3a7bd5')).toEqual({ r: 58, g: 123, b: 213 });
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseColour('#ff000080')).toEqual({ r: 255, g: 0, b: 0, a: 0.502 });
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColour('blau')).toBeNull();
  });
});
