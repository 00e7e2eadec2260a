/**
 * The HTML reader: entities decoded, scripts, styles, navigation, banners and footers left out, blocks
 * as lines, tables as `Feld | Wert` rows, lists as `- ` lines, metadata from the head; toSource finds
 * the place in the file; linear on hostile markup. And the property that matters: every seed and every
 * development page gives the same network as a saved web page as it does as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/documents/html.ts';
import { readDecoded, readDocument, readString } from '../../src/documents/read-document.ts';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { docxOf } from './minimal-docx.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { ROOT } from '../helpers.ts';
import { htmlForm } from './html-form.ts';

describe('readHtml', () => {
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Alt</title><meta property="og:title" content="Kinder stark &amp; gesund">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00"><link rel="canonical" href="https://www.beispiel.nrw/a?b=1">
<script>var x = "<p>nein</p>";</script><style>p{}</style></head>
<body><header><nav><ul><li>Start</li><li>Presse</li></ul></nav></header><div id="cookie-banner">Wir nutzen Cookies <button>OK</button></div>
<main><h1>Projekt &bdquo;Kinder stark&ldquo;</h1><p>Der Tr&auml;ger ist der <b>Caritasverband</b>
f&uuml;r die   Stadt X e.V.<br>Zweite Zeile</p>
<table><tr><th>Projektträger</th><td>Diakonie X</td></tr><tr><td>Laufzeit</td><td>2022&nbsp;– 2024</td></tr></table>
<ul><li>Partner A</li><li>Partner <i>B</i></li></ul><template><p>Vorlage</p></template><noscript>Bitte JavaScript</noscript></main><footer>Impressum</footer></body></html>`;
  const doc = readHtml(page, 'seite.html');

  it('gives the text of the content only, in lines, rows and list items', () => {
    expect(doc.text).toBe(
      'Projekt „Kinder stark“\n\nDer Träger ist der Caritasverband für die Stadt X e.V.\nZweite Zeile\n\nProjektträger | Diakonie X\nLaufzeit | 2022 – 2024\n\n- Partner A\n- Partner B\n',
    );
  });

  it('reads title, address and date from the head', () => {
    expect(doc.info).toEqual({
      format: 'html',
      title: 'Kinder stark & gesund',
      url: 'https://www.beispiel.nrw/a?b=1',
      date: '2024-03-05',
    });
    expect(doc.genreHints).toEqual(['table']);
    expect(doc.notes).toEqual(['Navigation, Kopf- und Fußzeilen sowie Cookie-Hinweise wurden nicht gelesen.']);
  });

  it('points every place of the text at the same words in the file', () => {
    for (const word of ['Caritasverband', 'Diakonie X', 'Zweite Zeile', 'Partner A']) {
      const at = doc.toSource(doc.text.indexOf(word)).offset!;
      expect(page.slice(at, at + word.length)).toBe(word);
    }
    // inside a decoded entity the place is the entity's start
    const umlaut = doc.toSource(doc.text.indexOf('äger')).offset!;
    expect(page.slice(umlaut, umlaut + 6)).toBe('&auml;');
  });

  it('keeps navigation and footer when the page marks no main content', () => {
    const plain = readHtml(
      '<body><nav>Start | Presse</nav><p>Das Jugendamt Herford</p><footer>Stadt Herford</footer></body>',
      'a.html',
    );
    expect(plain.text).toBe('Start | Presse\n\nDas Jugendamt Herford\n\nStadt Herford\n');
  });

  it('keeps only http(s) addresses', () => {
    expect(
      readHtml(
        '<head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://a.nrw/x"></head>',
        'a.html',
      ).info.url,
    ).toBe('https://a.nrw/x');
    expect(
      readHtml('<head><link rel="canonical" href="file:///etc/passwd"></head>', 'a.html').info.url,
    ).toBeUndefined();
  });

  it('reads a German date in a meta tag and ignores an impossible one', () => {
    expect(readHtml('<meta name="date" content="05.03.2024">', 'a.html').info.date).toBe('2024-03-05');
    expect(readHtml('<meta name="date" content="2024-02-30">', 'a.html').info.date).toBeUndefined();
  });
});

describe('readHtml on hostile markup', () => {
  // A hang ends in the test's timeout; how long these pages take is measured by npm run bench:documents.
  it('reads an unclosed comment of 1 MB followed by 200,000 "<"', () => {
    expect(readHtml(`<p>Vorher</p><!--${'x'.repeat(1_000_000)}${'<'.repeat(200_000)}`, 'a.html').text).toBe('Vorher\n');
  });

  it('stops at 1,000 nested elements with a note instead of working for minutes through 10 MB of them', () => {
    const n = 1_000_000;
    const doc = readHtml(`<p>Oben</p>${'<div>'.repeat(n)}Mitte${'</div>'.repeat(n)}`, 'a.html');
    expect(doc.text).toBe('Oben\n');
    expect(doc.notes).toEqual([
      'Elemente sind tiefer als 1000 Ebenen ineinander verschachtelt: ab Zeichen 5011 wurde nichts mehr gelesen.',
    ]);
    // a page nested as deep as real ones is read whole
    expect(readHtml(`${'<div>'.repeat(900)}Mitte${'</div>'.repeat(900)}`, 'a.html').text).toBe('Mitte\n');
  });

  it('reads unclosed tags, stray closers and broken attributes as a browser shows them', () => {
    // a stray closer is ignored (Zwei and Drei stay in one paragraph); an attribute that never closes swallows the rest
    expect(readHtml('<p>Eins<p>Zwei</span></div><b>Drei<a href="x>Vier</a><p>Fünf', 'a.html').text).toBe(
      'Eins\n\nZweiDrei\n',
    );
    expect(readHtml('<ul><li>Eins<li>Zwei</ul><table><tr><td>A<td>B<tr><td>C</table>', 'a.html').text).toBe(
      '- Eins\n- Zwei\n\nA | B\nC\n',
    );
  });

  it('reads a page in Windows-1252 whose meta says UTF-8', () => {
    const bytes = Uint8Array.from(
      [...'<meta charset="utf-8"><p>Tr']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe4],
          [...'ger M'].map((c) => c.charCodeAt(0)),
          [0xfc],
          [...'nster</p>'].map((c) => c.charCodeAt(0)),
        ),
    );
    const r = readDecoded(bytes, 'a.html');
    expect(r.ok && r.doc.text).toBe('Träger Münster\n');
    expect(r.ok && r.doc.notes).toEqual(['nicht UTF-8, als Windows-1252 gelesen']);
  });
});

function network(docs: Array<{ name: string; text: string }>): { nodes: string[]; edges: string[] } {
  const r = runPipeline(docs, nrwGazetteer());
  const g = r.graph;
  const nodes = g.mapNodes((_, a) => `${a.kind}: ${a.label}`).sort();
  const edges = g
    .mapEdges((_, a, s, t) => `${g.getNodeAttribute(s, 'label')} –${a.kind}→ ${g.getNodeAttribute(t, 'label')}`)
    .sort();
  return { nodes, edges };
}

function pages(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(ROOT, dir, f), 'utf8') }));
}

describe('a page saved as HTML gives the same network as its text', () => {
  const asHtml = (p: { name: string; text: string }) => {
    const r = readString(htmlForm(p.text, p.name), p.name.replace(/\.txt$/, '.html'));
    if (!r.ok) throw new Error(r.message);
    return { name: p.name, text: r.doc.text };
  };

  it.each(pages('seeds'))('seed $name', (p) => {
    expect(network([asHtml(p)])).toEqual(network([p]));
  });

  it('every development page', () => {
    const dev = pages('test/fixtures/dev');
    const differ = dev
      .filter((p) => JSON.stringify(network([asHtml(p)])) !== JSON.stringify(network([p])))
      .map((p) => p.name);
    expect(differ).toEqual([]);
  });
});

describe('generated pages', () => {
  test.prop([fc.integer({ min: 1, max: 100_000 })], { numRuns: 25, seed: 20261204 })(
    'give the same network as a saved web page and as a Word file as they do as text',
    async (seed) => {
      const [page] = generateCorpus(1, { seed, bigEvery: 0 });
      const p = { name: page!.name, text: page!.text };
      const html = readString(htmlForm(p.text, 'Seite'), p.name.replace(/\.txt$/, '.html'));
      const word = await readDocument(await docxOf(p.text), p.name.replace(/\.txt$/, '.docx'));
      if (!html.ok || !word.ok) throw new Error('nicht gelesen');
      const expected = network([p]);
      expect(network([{ name: p.name, text: html.doc.text }])).toEqual(expected);
      expect(network([{ name: p.name, text: word.doc.text }])).toEqual(expected);
    },
  );
});
