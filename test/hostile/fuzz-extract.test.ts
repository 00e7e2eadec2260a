/**
 * Fuzzing the document readers (issue 15): decodeDocument (bytes of a .txt/.html file), readHtml (the
 * HTML-to-text step, whose every place must point into the page) and the extraction of a saved web page, on random
 * markup with German text. Nothing throws, offsets stay inside the text, messages are German, calls
 * are fast, and no prototype changes.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeDocument } from '../../src/util/decode.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { readHtml } from '../../src/documents/html.ts';
import { readString } from '../../src/documents/read-document.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { encode, encodings, expectGerman, fuzz, guardPrototypes, hostileText, mutate, timed } from './arbitraries.ts';

guardPrototypes();

const places = nrwGazetteer();

const GERMAN = [
  'Das Projekt „Kinder stärken“',
  'Träger: Caritasverband für die Stadt Köln e.V.',
  'Jugendamt der Stadt Hagen',
  'Kreis Lippe',
  'Förderzeitraum 2021 bis 2024',
  'Kontakt: Frau Dr. Müller',
  'Tel.: 0211 12345',
  'gefördert durch das Ministerium für Kinder, Jugend, Familie',
  'in Kooperation mit der Grundschule am Wall',
  'Familienzentrum',
  'SGB II',
  'Quartier Nordstadt',
  '&amp;',
  '&nbsp;',
  '&#x3C;',
  '&lt;script&gt;',
  'ÄÖÜäöüß',
  '🙂',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '.',
  ',',
  ':',
];
const TAGS = [
  'p',
  'div',
  'br',
  'span',
  'a',
  'h1',
  'h2',
  'li',
  'ul',
  'table',
  'tr',
  'td',
  'section',
  'nav',
  'footer',
  'header',
  'strong',
  'em',
  'SCRIPT',
  'script',
  'style',
  'Style',
  'noscript',
  'iframe',
  'title',
  'meta',
];
const ATTRS = [
  '',
  ' class="x"',
  ' href="https://example.de/?a=1&b=2"',
  ' title="a>b"',
  " data-x='<p>'",
  ' onclick="alert(1)"',
  ' style="color:red"',
  ' hidden',
  ' id=__proto__',
];

const tagText = fc
  .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.constantFrom('open', 'close', 'self', 'unclosed'))
  .map(([t, a, how]) =>
    how === 'open' ? `<${t}${a}>` : how === 'close' ? `</${t}>` : how === 'self' ? `<${t}${a}/>` : `<${t}${a}`,
  );
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GERMAN) },
  { weight: 3, arbitrary: tagText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<!--',
      '-->',
      '<!-- Kommentar -->',
      '<![CDATA[x]]>',
      '<!DOCTYPE html>',
      '<?xml version="1.0"?>',
      '<',
      '>',
      '</',
      '</script',
      '</script >',
      '</style>',
      '<script>var a = "</p>";</script>',
      '<style>p{}</style>',
    ),
  },
  { weight: 1, arbitrary: hostileText },
);
/** A saved web page: random markup around German text, well-formed or not. */
const page = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

/** Same length, every line break kept, and every other character either kept or blanked (space or line break). */
/** The read text has no tag of the page in it, and every place of it lies inside the page. */
function expectRead(html: string, doc: ReturnType<typeof readHtml>): void {
  let last = 0;
  for (let i = 0; i <= doc.text.length; i++) {
    const at = doc.toSource(i).offset!;
    expect(0 <= at && at <= html.length, `Zeichen ${i} → ${at}`).toBe(true);
    // places follow the text's order
    expect(at).toBeGreaterThanOrEqual(last);
    last = at;
  }
  if (!/[<&]/.test(html)) expect(doc.text.replace(/\s+/g, ' ').trim()).toBe(html.replace(/\s+/g, ' ').trim());
}

function expectExtraction(name: string, text: string): void {
  const r = timed(() => extractDocument({ name, text }, { places }));
  if (!r.ok) throw r.error;
  const ids = new Set(r.value.mentions.map((m) => m.id));
  for (const m of r.value.mentions) {
    expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
    expect(m.doc).toBe(name);
  }
  for (const rel of r.value.relations) {
    expect(ids.has(rel.from) && ids.has(rel.to)).toBe(true);
    expect(0 <= rel.start && rel.start <= rel.end && rel.end <= text.length).toBe(true);
  }
  for (const issue of r.value.issues) expectGerman(issue.message);
}

describe('HTML to text on hostile markup', () => {
  test.prop([page], fuzz(500))(
    'readHtml reads any markup into text whose places lie inside the page, in order',
    (html) => {
      const r = timed(() => readHtml(html, 'seite.html'));
      if (!r.ok) throw r.error;
      expectRead(html, r.value);
    },
  );

  test.prop(
    [
      fc.constantFrom('<', '<!--', '<script>', '<style>', '<p', '</', '<a href="'),
      fc.constantFrom('<', '<!--', '-->', '<p>', '>', 'a'),
      fc.integer({ min: 1000, max: 20_000 }),
    ],
    fuzz(40),
  )('readHtml stays linear on long runs of openers', (head, unit, n) => {
    const html = head + unit.repeat(n);
    const r = timed(() => readHtml(html, 'seite.html'));
    if (!r.ok) throw r.error;
    expect(r.value.text.length).toBeLessThanOrEqual(html.length + 1);
  });

  test.prop([fc.oneof(page, mutate(page))], fuzz(150))(
    'a saved page is extracted without an error, offsets inside it',
    (html) => {
      expectExtraction('seite.html', readHtml(html, 'seite.html').text);
    },
  );

  test.prop(
    [fc.array(fc.tuple(fc.constantFrom('a.html', 'b.htm', 'c.txt', 'D.HTML'), page), { minLength: 1, maxLength: 3 })],
    fuzz(40),
  )('the pipeline reads saved pages into a graph of the contract without an internal error', (docs) => {
    const unique = [...new Map(docs).entries()].map(([name, html]) => {
      const r = readString(html, name);
      if (!r.ok) throw new Error(r.message);
      return { name, text: r.doc.text, info: r.doc.info };
    });
    const r = runPipeline(unique, places);
    for (const issue of r.issues) {
      expect(issue.message).not.toMatch(/Interner Fehler/);
      expectGerman(issue.message);
    }
    const graph = GraphJSONSchema.safeParse(JSON.parse(r.graphJson));
    expect(graph.success ? [] : graph.error.issues).toEqual([]);
  });
});

describe('document decoding on hostile bytes', () => {
  const NAME = 'dokument-ä.txt';
  test.prop(
    [
      fc.oneof(
        fc.tuple(fc.oneof(page, hostileText), fc.constantFrom(...encodings)).map(([t, e]) => encode(t, e)),
        fc.uint8Array({ maxLength: 400 }),
      ),
    ],
    fuzz(400),
  )('decodeDocument never throws: text without its BOM, or a German one-line reason', (bytes) => {
    const r = timed(() => decodeDocument(bytes, NAME));
    if (!r.ok) throw r.error;
    const d = r.value;
    if (d.ok) {
      expect(['utf-8', 'windows-1252']).toContain(d.encoding);
      expect(d.text.trim()).not.toBe('');
      for (const n of d.notes) expectGerman(n);
    } else {
      expect(['empty', 'binary', 'too-large', 'undecodable']).toContain(d.reason);
      expect(d.message).not.toMatch(/[\r\n]/);
      expectGerman(d.message);
    }
  });

  test.prop([fc.oneof(page, hostileText)], fuzz(200))(
    'a decoded UTF-8 text is the text written (one BOM removed)',
    (text) => {
      const d = decodeDocument(encode(text, 'utf-8-bom'), NAME);
      // lone surrogates are not UTF-8: the encoder writes U+FFFD for them
      if (d.ok && d.encoding === 'utf-8')
        expect(d.text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text)));
    },
  );

  test.prop([fc.oneof(page, hostileText)], fuzz(150))(
    'a text file is extracted without an error, offsets inside it',
    (text) => {
      expectExtraction('seite.txt', text);
    },
  );
});
