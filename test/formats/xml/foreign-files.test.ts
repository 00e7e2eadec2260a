/** GEXF and GraphML written by other tools: graphology-gexf, Gephi (GEXF 1.2), yEd (GraphML). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { write as writeGraphologyGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { importGexf } from '../../../src/formats/gexf/read.ts';
import { importGraphml } from '../../../src/formats/graphml/read.ts';
import { GraphJSONSchema, type GraphJSON } from '../../../src/model/schema.ts';
import { ROOT } from '../../helpers.ts';

const fixture = (name: string): string => readFileSync(path.join(ROOT, 'test/fixtures/import/xml', name), 'utf8');
const byKey = (g: GraphJSON, key: string): GraphJSON['nodes'][number] => {
  const n = g.nodes.find((x) => x.key === key);
  if (!n) throw new Error(`no node ${key}`);
  return n;
};

describe('a GEXF file written by graphology-gexf', () => {
  function sample(): Graph {
    const g = new Graph({ type: 'mixed', multi: true });
    g.mergeAttributes({ name: 'Netz Köln', creator: 'graphology' });
    g.addNode('a', {
      label: 'Jugendamt Köln',
      kind: 'Jugendamt',
      ags: '05315000',
      domains: ['SGB VIII'],
      staff: 120,
      x: 1.5,
      y: -2,
      size: 5,
      color: '#ff0000',
    });
    g.addNode('b', { label: 'Kita Regenbogen', kind: 'Kita', x: 0, y: 3 });
    g.addNode('c', { label: 'Familienzentrum Nord', kind: 'Familienzentrum' });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { kind: 'funded_by', weight: 3 });
    g.addDirectedEdgeWithKey('e2', 'a', 'b', { kind: 'partner' });
    g.addUndirectedEdgeWithKey('e3', 'b', 'c', { kind: 'cooperates_with' });
    return g;
  }

  it.each(['1.2', '1.3'] as const)(
    'imports version %s with kinds, labels, typed values, positions and edges',
    (version) => {
      const text = writeGraphologyGexf(sample(), { version });
      const r = importGexf(text, 'graphology.gexf');
      expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
      expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label])).toEqual([
        ['org:a', 'youth_office', 'Jugendamt Köln'],
        ['org:b', 'daycare', 'Kita Regenbogen'],
        ['org:c', 'daycare', 'Familienzentrum Nord'],
      ]);
      const a = byKey(r.graph, 'org:a').attributes;
      expect(a.ags).toBe('05315000');
      expect(a.domains).toEqual(['SGB VIII']);
      expect(a['staff']).toBe(120);
      expect(a).not.toHaveProperty('x');
      expect(a).not.toHaveProperty('color');
      expect(r.positions).toEqual({ 'org:a': [1.5, -2], 'org:b': [0, 3] });
      expect(r.graph.edges.map((e) => [e.key, e.source, e.target, e.attributes.kind, e.undirected ?? false])).toEqual([
        ['e1', 'org:a', 'org:b', 'funded_by', false],
        ['e2', 'org:a', 'org:b', 'partner', false],
        ['e3', 'org:b', 'org:c', 'cooperates_with', true],
      ]);
      expect(r.graph.edges[0]!.attributes['weight']).toBe(3);
      expect(r.graph.options).toEqual({ type: 'mixed', multi: true });
      expect(r.graph.attributes).toMatchObject({ name: 'Netz Köln', creator: 'graphology' });
      // sources point at the element in this file
      for (const n of r.graph.nodes) {
        const s = n.attributes.sources[0]!;
        expect(s.doc).toBe('graphology.gexf');
        expect(text.slice(s.start, s.start + 5)).toBe('<node');
        expect(text.slice(0, s.end)).toMatch(/(<\/node>|\/>)$/);
      }
      expect(r.warnings).toEqual([]);
    },
  );
});

describe('a Gephi-style GEXF 1.2 file', () => {
  const r = importGexf(fixture('gephi-1.2.gexf'), 'gephi-1.2.gexf');

  it('passes the schema', () => {
    expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
  });

  it('maps German kind names and keeps the other attributes with their types', () => {
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label])).toEqual([
      ['project:0', 'project', 'Familienbüro Herford'],
      ['org:1', 'youth_office', 'Jugendamt Herford'],
      ['org:2', 'carrier', 'Caritasverband Herford e.V.'],
      ['org:3', 'organisation', 'Stadtteilbüro'],
    ]);
    const p = byKey(r.graph, 'project:0').attributes;
    expect(p['PLZ']).toBe('01067');
    expect(p['Bereiche']).toEqual(['Frühe Hilfen', 'Elternbildung']);
    expect(p['Modularity Class']).toBe(0);
    expect(p['Gefördert']).toBe(true);
    expect(p).not.toHaveProperty('Art');
    expect(byKey(r.graph, 'org:1').attributes['Mitarbeitende']).toBe(85);
    expect(byKey(r.graph, 'org:1').attributes['Gefördert']).toBe(false); // <default>
    expect(byKey(r.graph, 'org:2').attributes['Mitarbeitende']).toBe('viele');
    expect(byKey(r.graph, 'org:3').attributes['Art']).toBe('Verein');
  });

  it('reads positions and drops sizes and colours', () => {
    expect(r.positions).toEqual({ 'project:0': [-120.25, 48], 'org:1': [35.5, -10], 'org:2': [80, 95.75] });
    for (const n of r.graph.nodes)
      for (const k of ['size', 'color', 'size_daten', 'color_daten']) expect(n.attributes).not.toHaveProperty(k);
  });

  it('takes relation kinds from Beziehung and labels, and directions from the edge type', () => {
    expect(
      r.graph.edges.map((e) => [
        e.key,
        e.source,
        e.target,
        e.attributes.kind,
        e.undirected ?? false,
        e.attributes['weight'],
      ]),
    ).toEqual([
      ['0', 'project:0', 'org:1', 'carried_by', false, 1],
      ['1', 'project:0', 'org:2', 'partner', false, 2],
      ['2', 'org:1', 'org:2', 'cooperates_with', true, 1],
    ]);
    // „Kooperationspartner“ is a known name of the partner relation: the column is consumed
    expect(r.graph.edges[1]!.attributes).not.toHaveProperty('Beziehung');
    expect(r.graph.edges[0]!.attributes).not.toHaveProperty('label');
    expect(r.graph.options).toEqual({ type: 'mixed', multi: false });
    expect(r.graph.attributes).toEqual({
      lastModifiedDate: '2024-05-02',
      creator: 'Gephi 0.10.1',
      description: 'Netzwerk Frühe Hilfen Herford',
    });
  });

  it('warns about each partial problem, naming the element', () => {
    const messages = r.warnings.map((w) => `${w.position?.element ?? ''} ${w.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^<attvalue> Wert „viele“ von Attribut „Mitarbeitende“ ist nicht eine ganze Zahl/),
      expect.stringMatching(/^<node id="3"> keine bekannte Knotenart \(Art=„Verein“\); als „organisation“ übernommen/),
      expect.stringMatching(/^<edge id="3"> Kante zu unbekanntem Knoten „99“ übersprungen/),
    ]);
    expect(r.warnings.every((w) => w.file === 'gephi-1.2.gexf' && (w.position?.line ?? 0) > 0)).toBe(true);
  });
});

describe('a yEd GraphML file', () => {
  const r = importGraphml(fixture('yed.graphml'), 'yed.graphml');

  it('passes the schema', () => {
    expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
  });

  it('reads labels from y:NodeLabel, kinds from Art, and flattens the group', () => {
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label])).toEqual([
      ['project:n0', 'project', 'Raketenstarker Schulstart'],
      ['org:n1', 'school', 'GGS Am Wall'],
      ['org:n2', 'job_center', 'Jobcenter Hagen'],
      ['org:n2::n0', 'organisation', 'Team U25'],
    ]);
    expect(byKey(r.graph, 'project:n0').attributes['Fördersumme']).toBe(125000.5);
    expect(byKey(r.graph, 'org:n1').attributes['Fördersumme']).toBe(0); // <default>
    expect(byKey(r.graph, 'project:n0').attributes['description']).toBe('');
  });

  it('reads positions from y:Geometry as box centres with y pointing up', () => {
    expect(r.positions).toEqual({
      'project:n0': [160, -215],
      'org:n1': [-20, 0],
      'org:n2': [400, -50],
      'org:n2::n0': [335, -55],
    });
  });

  it('takes relation kinds from Beziehung and y:EdgeLabel, and the direction from directed="false"', () => {
    expect(r.graph.edges.map((e) => [e.key, e.source, e.target, e.attributes.kind, e.undirected ?? false])).toEqual([
      ['e0', 'project:n0', 'org:n1', 'cooperates_with', false],
      ['e1', 'project:n0', 'org:n2', 'funded_by', false],
      ['e2', 'org:n2::n0', 'project:n0', 'partner', true],
    ]);
    expect(r.graph.attributes).toEqual({ Description: 'Kooperationsnetz Kinderarmut' });
    expect(r.graph.options).toEqual({ type: 'mixed', multi: false });
  });

  it('warns about port and graphml keys, the flattened group and the guessed kinds', () => {
    const messages = r.warnings.map((w) => w.message);
    expect(messages.filter((m) => m.includes('<key for="port">'))).toHaveLength(3);
    expect(messages.filter((m) => m.includes('<key for="graphml">'))).toHaveLength(1);
    expect(messages.some((m) => m.includes('verschachtelte Graphen'))).toBe(true);
    expect(messages.some((m) => m.includes('keine bekannte Knotenart'))).toBe(true);
    expect(messages.some((m) => m.includes('keine bekannte Beziehungsart'))).toBe(true);
  });
});
