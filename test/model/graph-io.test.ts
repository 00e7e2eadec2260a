import { describe, expect, it } from 'vitest';
import {
  graphFromJSON,
  GraphFormatError,
  graphToJSON,
  parseGraphJSON,
  parseGraphText,
  serializeGraph,
} from '../../src/model/graph-io.ts';

const minimal = {
  nodes: [
    { key: 'org:a', attributes: { label: 'A', kind: 'carrier', sources: [{ doc: 'a.txt', start: 0, end: 1 }] } },
    {
      key: 'project:b',
      attributes: { label: 'B', kind: 'project', sources: [{ doc: 'a.txt', start: 2, end: 3 }], extra: 'kept' },
    },
  ],
  edges: [
    {
      source: 'project:b',
      target: 'org:a',
      undirected: true,
      attributes: { kind: 'partner', sources: [{ doc: 'a.txt', start: 0, end: 3 }] },
    },
  ],
};

describe('graph JSON', () => {
  it('accepts a minimal undirected graph made elsewhere and keeps unknown attributes', () => {
    const g = graphFromJSON(parseGraphJSON(minimal));
    expect(g.order).toBe(2);
    expect(g.undirectedSize).toBe(1);
    expect(g.getNodeAttribute('project:b', 'extra')).toBe('kept');
  });

  it('names the first wrong field of a graph that breaks the contract', () => {
    const bad = structuredClone(minimal) as { nodes: Array<{ attributes: Record<string, unknown> }> };
    delete bad.nodes[1]!.attributes.label;
    expect(() => parseGraphJSON(bad, 'x.json')).toThrowError(GraphFormatError);
    expect(() => parseGraphJSON(bad, 'x.json')).toThrowError(
      /x\.json: ungültige Graphdatei an „nodes\[1\]\.attributes\.label“/,
    );
  });

  it('rejects an edge to a node that does not exist, naming the edge', () => {
    const bad = structuredClone(minimal);
    bad.edges[0]!.target = 'org:missing';
    expect(() => parseGraphJSON(bad, 'y.json')).toThrowError(/edges\[0\]\.target/);
  });

  it('rejects a source whose end lies before its start', () => {
    const bad = structuredClone(minimal);
    bad.nodes[0]!.attributes.sources[0]!.end = -1;
    expect(() => parseGraphJSON(bad)).toThrowError(GraphFormatError);
  });

  it('reports JSON syntax errors as format errors', () => {
    expect(() => parseGraphText('{"nodes": [', 'z.json')).toThrowError(
      /z\.json: ungültige Graphdatei .*kein gültiges JSON/,
    );
  });

  it('serialises canonically: the same graph gives the same text', () => {
    const g = graphFromJSON(parseGraphJSON(minimal));
    const again = graphFromJSON(graphToJSON(g));
    expect(serializeGraph(again)).toBe(serializeGraph(g));
    expect(serializeGraph(g).endsWith('\n')).toBe(true);
  });
});
