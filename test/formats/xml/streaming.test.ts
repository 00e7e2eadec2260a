/**
 * The GEXF and GraphML importers stream: nodes and edges are mapped as they close and kept out of the
 * element tree. A file in another order than the writers' (edges before nodes, declarations after the
 * items, yEd groups, hyperedges) is read again as a tree; both ways give the same result.
 */
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { importGexf } from '../../../src/formats/gexf/read.ts';
import { importGraphml } from '../../../src/formats/graphml/read.ts';
import { DEFAULT_LIMITS, ImportError } from '../../../src/formats/types.ts';
import { readXml, type XmlElement } from '../../../src/formats/xml/safety.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';
import { writeGexf } from '../../../src/formats/gexf/write.ts';
import { writeGraphml } from '../../../src/formats/graphml/write.ts';
import { graphJson } from './arbitraries.ts';

/** The text between the first `<tag` and its `</tag>` (or the self-closed `<tag … />`). */
function block(text: string, tag: string): string {
  const start = text.search(new RegExp(`<${tag}[\\s>/]`));
  if (start < 0) return '';
  const close = text.indexOf(`</${tag}>`, start);
  if (close >= 0) return text.slice(start, close + tag.length + 3);
  return text.slice(start, text.indexOf('/>', start) + 2);
}

/** Moves `moved` (a block of the text) to just before `before`. */
function moveBefore(text: string, moved: string, before: string): string {
  if (!moved || !before || moved === before) return text;
  const without = text.replace(moved, () => '');
  return without.replace(before, () => `${moved}${before}`);
}

describe('readXml with an item stream', () => {
  it('hands over each item whole and keeps it out of the tree', () => {
    const items: XmlElement[] = [];
    const doc = readXml('<r><list><i n="1"><sub/></i><i n="2"/></list><other/></r>', 'x.xml', DEFAULT_LIMITS, {
      isItem: (el, ancestors) => el.local === 'i' && ancestors.length === 2,
      onItem: (el) => items.push(el),
      onWarning: () => undefined,
    });
    expect(items.map((i) => [i.attributes.get('n'), i.children.map((c) => c.local)])).toEqual([
      ['1', ['sub']],
      ['2', []],
    ]);
    expect(doc.root.children.map((c) => [c.local, c.children.length])).toEqual([
      ['list', 0],
      ['other', 0],
    ]);
  });
});

describe.each([
  {
    name: 'GEXF',
    write: writeGexf,
    read: importGexf,
    file: 'netz.gexf',
    list: { nodes: 'nodes', edges: 'edges' },
    declaration: 'attributes',
  },
  {
    name: 'GraphML',
    write: writeGraphml,
    read: importGraphml,
    file: 'netz.graphml',
    list: { nodes: 'node', edges: 'edge' },
    declaration: 'key',
  },
])('$name in another order', ({ write, read, file, list, declaration }) => {
  test.prop([graphJson], { numRuns: 60, seed: 20261204 })(
    'gives the same graph and warnings when edges come first or a declaration comes last',
    (g) => {
      const xml = write(GraphJSONSchema.parse(g));
      const expected = read(xml, file);
      const edgesFirst = moveBefore(xml, block(xml, list.edges), block(xml, list.nodes));
      expect(read(edgesFirst, file)).toEqual(expected);
      // a declaration after the items: moved to the end of its parent
      const decl = block(xml, declaration);
      if (decl) {
        const closing = declaration === 'key' ? '</graphml>' : '</graph>';
        const declLast = xml.replace(decl, () => '').replace(closing, () => `${decl}${closing}`);
        expect(read(declLast, file)).toEqual(expected);
      }
    },
  );
});

describe('limits while streaming', () => {
  const gexf = (n: number) =>
    `<gexf xmlns="http://gexf.net/1.3"><graph><nodes>${Array.from({ length: n }, (_, i) => `<node id="n${i}" label="Träger ${i}"/>`).join('')}</nodes><edges><edge source="n0" target="n1"/></edges></graph></gexf>`;

  it('counts every item before refusing, as the tree reader did', () => {
    expect(() => importGexf(gexf(5), 'x.gexf', { ...DEFAULT_LIMITS, maxItems: 3 })).toThrowError(ImportError);
    expect(() => importGexf(gexf(5), 'x.gexf', { ...DEFAULT_LIMITS, maxItems: 3 })).toThrowError(
      'x.gexf (Zeile 1, Spalte 35, Element <graph>): erwartet höchstens 3 Knoten und Kanten, gefunden 6.',
    );
    expect(importGexf(gexf(5), 'x.gexf', { ...DEFAULT_LIMITS, maxItems: 6 }).graph.nodes).toHaveLength(5);
  });

  it('reads a yEd group (a graph inside a node) flat, with the nodes after the group node', () => {
    const yed = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="g"><graph id="g:"><node id="a"/><node id="b"/></graph></node><node id="c"/><edge source="a" target="c"/></graph></graphml>`;
    const r = importGraphml(yed, 'y.graphml');
    expect(r.graph.nodes.map((n) => n.key)).toEqual(['org:g', 'org:c', 'org:a', 'org:b']);
    expect(r.graph.edges.map((e) => [e.source, e.target])).toEqual([['org:a', 'org:c']]);
    expect(r.warnings.map((w) => w.message)).toContain('verschachtelte Graphen (Gruppen) werden flach übernommen');
  });
});
