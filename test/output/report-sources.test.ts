/** The report names each source as "Titel (Datum) – Seite n", links it only to an http(s) address, and lists the documents. */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { graphFromJSON } from '../../src/model/graph-io.ts';
import { documentInfoOf } from '../../src/model/document-info.ts';
import { markdownLink } from '../../src/output/markdown-text.ts';
import { renderReport } from '../../src/output/report.ts';

const src = (doc: string, start: number) => [{ doc, start, end: start + 5 }];
const graph = {
  attributes: {
    documents: ['bericht.pdf', 'seite.html'],
    documentInfo: [
      {
        doc: 'bericht.pdf',
        format: 'pdf' as const,
        title: 'Sozialbericht 2024',
        date: '2024-05-02',
        pages: 3,
        pageStarts: [0, 100, 200],
      },
      {
        doc: 'seite.html',
        format: 'html' as const,
        title: 'Projekt (neu)',
        url: 'https://www.kreis.nrw/projekt_(neu)?a=1',
      },
    ],
  },
  options: { type: 'mixed' as const, multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: 'project:p',
      attributes: { label: 'Projekt P', kind: 'project' as const, sources: src('bericht.pdf', 120) },
    },
    { key: 'org:a', attributes: { label: 'Träger A', kind: 'carrier' as const, sources: src('seite.html', 10) } },
  ],
  edges: [
    {
      key: 'e',
      source: 'project:p',
      target: 'org:a',
      attributes: { kind: 'carried_by' as const, sources: src('bericht.pdf', 150) },
    },
  ],
};

describe('sources in the report', () => {
  const g = graphFromJSON(graph);
  const a = analyzeGraph(g);
  const texts = new Map([
    ['bericht.pdf', `${'x'.repeat(119)} Projekt P wird vom Träger A getragen. ${'y'.repeat(200)}`],
    ['seite.html', 'Der Träger A ist in Herford tätig. Projekt P hat kein Jugendamt.'],
  ]);
  const report = renderReport(a, { texts, documents: documentInfoOf(g.getAttributes()) });

  it('lists every document with title, date, address and pages', () => {
    const section = report.slice(report.indexOf('## Quellen'));
    expect(section.split('\n').slice(0, 4)).toEqual([
      '## Quellen',
      '',
      '- bericht.pdf: Sozialbericht 2024 (2.5.2024) – 3 Seiten',
      '- seite.html: Projekt (neu) – [https://www.kreis.nrw/projekt\\_(neu)?a=1](https://www.kreis.nrw/projekt%5F%28neu%29?a=1)',
    ]);
  });

  it('names a quote’s document with its page', () => {
    expect(report).toMatch(/\(Sozialbericht 2024 \(2\.5\.2024\) – Seite 2, Zeichen \d+–\d+\)/);
  });
});

describe('markdownLink', () => {
  it('links http(s) only and keeps the address from closing the link', () => {
    expect(markdownLink('Seite', 'https://a.nrw/x)(y z')).toBe('[Seite](https://a.nrw/x%29%28y%20z)');
    expect(markdownLink('Seite', 'javascript:alert(1)')).toBe('Seite');
    expect(markdownLink('[Seite]', 'ftp://a.nrw/')).toBe('\\[Seite\\]');
    expect(markdownLink('Seite', 'kein Link')).toBe('Seite');
  });
});
