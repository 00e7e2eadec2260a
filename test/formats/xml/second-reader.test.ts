/**
 * A second GEXF implementation reads what Netzatlas writes: graphology-gexf's parser (always
 * available, unlike NetworkX) sees the same nodes, labels, edges, attributes and viz positions.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LayoutSchema } from '../../../src/model/layout.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';
import { writeGexf } from '../../../src/formats/gexf/write.ts';
import { ROOT } from '../../helpers.ts';

describe('GEXF written by Netzatlas in graphology-gexf', () => {
  it('has the seeds’ nodes, labels, edges, kinds and positions', () => {
    const g = GraphJSONSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8')));
    const { positions } = LayoutSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/layout.json'), 'utf8')));
    const read = parseGexf(Graph, writeGexf(g, { positions }), { allowUndeclaredAttributes: true });
    expect(read.order).toBe(g.nodes.length);
    expect(read.size).toBe(g.edges.length);
    for (const n of g.nodes) {
      expect(read.hasNode(n.key)).toBe(true);
      const a = read.getNodeAttributes(n.key);
      expect(a['label']).toBe(n.attributes.label);
      expect(a['x']).toBeCloseTo(positions[n.key]![0], 6);
      expect(a['y']).toBeCloseTo(positions[n.key]![1], 6);
    }
    const kinds = read.mapEdges((_e, a) => a['kind'] as string).sort();
    expect(kinds).toEqual(g.edges.map((e) => e.attributes.kind).sort());
  });
});
