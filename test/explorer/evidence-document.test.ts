/**
 * The document line of the evidence view: title, German date and page, a link only to an http(s)
 * address, nothing but „Dokument“, date and page in presenter mode. The panels run in Node here, so
 * `document` is a minimal stand-in that records elements, attributes and text nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorerModel } from '../../src/explorer/data/explorer-model.ts';
import {
  documentLabel,
  documentLine,
  evidenceItem,
  httpHref,
  type EvidenceOptions,
} from '../../src/explorer/panels/evidence-view.ts';
import { documentInfoOf, type DocumentInfo } from '../../src/model/document-info.ts';
import type { GraphJSON } from '../../src/model/schema.ts';

class FakeText {
  constructor(readonly data: string) {}
  get textContent(): string {
    return this.data;
  }
}

class FakeElement {
  className = '';
  readonly attributes = new Map<string, string>();
  readonly childNodes: Array<FakeElement | FakeText> = [];
  constructor(readonly tagName: string) {}
  setAttribute(k: string, v: string): void {
    this.attributes.set(k, v);
  }
  getAttribute(k: string): string | null {
    return this.attributes.get(k) ?? null;
  }
  addEventListener(): void {}
  appendChild<T extends FakeElement | FakeText>(c: T): T {
    this.childNodes.push(c);
    return c;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  /** Descendants (and itself) with this tag name. */
  all(tag: string): FakeElement[] {
    const kids = this.childNodes.filter((c): c is FakeElement => c instanceof FakeElement);
    return [...(this.tagName === tag ? [this] : []), ...kids.flatMap((c) => c.all(tag))];
  }
}

const saved = (globalThis as { document?: unknown }).document;
beforeAll(() => {
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
  };
});
afterAll(() => {
  (globalThis as { document?: unknown }).document = saved;
});

const asFake = (e: HTMLElement) => e as unknown as FakeElement;

const INFO: DocumentInfo = {
  format: 'pdf',
  title: 'Jahresbericht <b>Kinderarmut</b>',
  url: 'https://www.herford.de/bericht.pdf',
  date: '2024-03-05',
  pages: 3,
  pageStarts: [0, 100, 200],
};
const ref = { doc: 'bericht.pdf', start: 120, end: 130 };
const opts = (documentInfo: ReadonlyMap<string, DocumentInfo>, presenter = false): EvidenceOptions => ({
  lang: 'de',
  anonymise: presenter ? { nameParts: [] } : null,
  documentInfo,
});

describe('evidence: the document of a source', () => {
  it('names the document by title, German date and the page of the reference', () => {
    expect(documentLabel(ref, INFO, 'de', false)).toEqual({
      text: 'Jahresbericht <b>Kinderarmut</b> (5.3.2024) – Seite 2',
      href: 'https://www.herford.de/bericht.pdf',
      file: 'bericht.pdf',
    });
    expect(documentLabel(ref, INFO, 'en', false).text).toBe('Jahresbericht <b>Kinderarmut</b> (5.3.2024) – page 2');
    // the page a source carries wins over the offsets
    expect(documentLabel({ ...ref, page: 3 }, INFO, 'de', false).text).toMatch(/– Seite 3$/);
    expect(documentLabel(ref, { format: 'html', date: '2024-03' }, 'de', false)).toEqual({
      text: 'bericht.pdf (3/2024)',
      href: null,
      file: null,
    });
  });

  it('links to the address in a new tab, the title as text, the file name kept', () => {
    const line = asFake(documentLine(ref, opts(new Map([['bericht.pdf', INFO]]))));
    expect(line.textContent).toBe('Dokument: Jahresbericht <b>Kinderarmut</b> (5.3.2024) – Seite 2 · bericht.pdf');
    const [a, ...more] = line.all('a');
    expect(more).toEqual([]);
    expect(a!.getAttribute('href')).toBe('https://www.herford.de/bericht.pdf');
    expect(a!.getAttribute('target')).toBe('_blank');
    expect(a!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a!.getAttribute('title')).toBe('Datei: bericht.pdf');
    // the title is one text node, never markup
    expect(a!.all('b')).toEqual([]);
    expect(a!.childNodes).toEqual([new FakeText('Jahresbericht <b>Kinderarmut</b> (5.3.2024) – Seite 2')]);
  });

  it('links only http and https addresses', () => {
    expect(httpHref('http://example.org/a b')).toBe('http://example.org/a%20b');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'mailto:a@b.de',
      '/relativ',
      'keine Adresse',
      '',
      undefined,
    ]) {
      expect(httpHref(bad), String(bad)).toBeNull();
      const line = asFake(documentLine(ref, opts(new Map([['bericht.pdf', { ...INFO, url: bad }]]))));
      expect(line.all('a'), String(bad)).toEqual([]);
      expect(line.textContent).toBe('Dokument: Jahresbericht <b>Kinderarmut</b> (5.3.2024) – Seite 2 · bericht.pdf');
    }
  });

  it('shows no title, address or file name in presenter mode', () => {
    expect(documentLabel(ref, INFO, 'de', true)).toEqual({
      text: 'Dokument (5.3.2024) – Seite 2',
      href: null,
      file: null,
    });
    expect(documentLabel(ref, undefined, 'de', true)).toEqual({ text: 'Dokument', href: null, file: null });
    const item = asFake(evidenceItem(null, ref, opts(new Map([['bericht.pdf', INFO]]), true)));
    expect(item.all('a')).toEqual([]);
    expect(item.textContent).not.toMatch(/Jahresbericht|herford\.de|bericht\.pdf/);
    expect(item.textContent).toContain('Dokument (5.3.2024) – Seite 2');
  });

  it('falls back to the file name without document info', () => {
    const line = asFake(documentLine(ref, opts(new Map())));
    expect(line.textContent).toBe('Dokument: bericht.pdf');
    expect(line.all('a')).toEqual([]);
    // a title that is just the file name is not repeated
    expect(documentLabel(ref, { format: 'text', title: 'bericht.pdf' }, 'de', false).file).toBeNull();
  });

  it('takes the document info from the graph attribute into the explorer model', () => {
    const graph: GraphJSON = {
      attributes: { documentInfo: [{ doc: 'bericht.pdf', ...INFO }] },
      nodes: [{ key: 'project:a', attributes: { label: 'A', kind: 'project', sources: [ref] } }],
      edges: [],
    };
    const model = buildExplorerModel({ name: 'x', graph, analysis: null, positions: { 'project:a': [0, 0] } });
    expect(model.documentInfo).toEqual(documentInfoOf(graph.attributes));
    expect(model.documentInfo.get('bericht.pdf')?.title).toBe(INFO.title);
    expect(
      buildExplorerModel({ name: 'x', graph: { ...graph, attributes: {} }, analysis: null, positions: {} }).documentInfo
        .size,
    ).toBe(0);
  });
});
