/**
 * Cross-check with NetworkX (python3 + networkx, present on the development machine but not in CI):
 * NetworkX reads what writeGexf and writeGraphml write with the same nodes, edges, labels and values.
 * NetworkX reads GEXF 1.3 (http://gexf.net/1.3) natively; it cannot read mixed graphs (neither GEXF
 * nor GraphML), so the graphs here are directed or undirected.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fc } from '@fast-check/vitest';
import { afterAll, describe, expect, test } from 'vitest';
import { RELATION_KIND_LABELS_DE } from '../../../src/model/kinds.ts';
import { GraphJSONSchema, type GraphJSON } from '../../../src/model/schema.ts';
import { writeGexf } from '../../../src/output/gexf.ts';
import { writeGraphml } from '../../../src/output/graphml.ts';
import { inferColumns, jsonForXml } from '../../../src/output/xml-text.ts';
import { graphJson } from './arbitraries.ts';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
if (!hasNetworkx) console.warn('NetworkX-Abgleich übersprungen: python3 mit networkx ist nicht installiert (`python3 -c "import networkx"` schlägt fehl).');

const READ = `
import json, sys, networkx as nx
out = []
for f in sys.argv[1:]:
    G = nx.read_gexf(f) if f.endswith('.gexf') else nx.read_graphml(f)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    out.append({
        'directed': G.is_directed(),
        'graph': {k: v for k, v in G.graph.items() if isinstance(v, (str, int, float, bool))},
        'nodes': [[n, d] for n, d in G.nodes(data=True)],
        'edges': [[u, v, k, d] for u, v, k, d in edges],
    })
print(json.dumps(out, default=str))
`;

interface NxGraph {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Array<[string, Record<string, unknown>]>;
  edges: Array<[string, string, unknown, Record<string, unknown>]>;
}

const dir = hasNetworkx ? mkdtempSync(path.join(tmpdir(), 'netzatlas-nx-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function readWithNetworkx(files: Array<[string, string]>): NxGraph[] {
  const paths = files.map(([name, text]) => {
    const p = path.join(dir, name);
    writeFileSync(p, text, 'utf8');
    return p;
  });
  return JSON.parse(execFileSync('python3', ['-c', READ, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as NxGraph[];
}

/** Generated graphs made purely directed or purely undirected. */
function samples(): GraphJSON[] {
  return fc.sample(graphJson, { seed: 20240502, numRuns: 24 }).map((g, i) => {
    const undirected = i % 2 === 1;
    const edges = g.edges.map((e) => {
      const { undirected: _u, ...rest } = e;
      return undirected ? { ...rest, undirected: true } : rest;
    });
    const options = g.options ? { ...g.options, type: undirected ? ('undirected' as const) : ('directed' as const) } : undefined;
    return GraphJSONSchema.parse({ ...g, edges, ...(options ? { options } : {}) });
  });
}

/** What NetworkX shows for a node attribute: the value, or its JSON text where the writer chose a JSON column. */
function expectedValue(g: GraphJSON, name: string, v: unknown): unknown {
  const column = inferColumns(
    g.nodes.map((n) => n.attributes),
    'n',
  ).find((c) => c.name === name);
  return column?.type === 'json' ? jsonForXml(v) : v;
}

// the one allowed skip: NetworkX is a second implementation where it is installed (not in every CI)
describe.skipIf(!hasNetworkx)('NetworkX reads our files', () => {
  test('read_gexf sees the same nodes, labels, kinds, attribute values, edges and positions', () => {
    const graphs = samples();
    const positions = graphs.map((g) => Object.fromEntries(g.nodes.map((n, i): [string, [number, number]] => [n.key, [i * 1.5, -i]])));
    const nx = readWithNetworkx(graphs.map((g, i) => [`g${i}.gexf`, writeGexf(g, { positions: positions[i] })]));
    graphs.forEach((g, i) => {
      const r = nx[i]!;
      const undirected = i % 2 === 1 && (g.edges.length > 0 || g.options?.type === 'undirected');
      expect(r.directed).toBe(!undirected);
      expect(r.nodes.map(([k]) => k).sort()).toEqual(g.nodes.map((n) => n.key).sort());
      const nxNodes = new Map(r.nodes);
      for (const n of g.nodes) {
        const d = nxNodes.get(n.key)!;
        expect(d['label']).toBe(n.attributes.label);
        expect(d['kind']).toBe(n.attributes.kind);
        expect(JSON.parse(d['sources'] as string)).toEqual(n.attributes.sources);
        for (const name of ['ags', 'municipality', 'lat', 'domains', 'sgb2TargetGroup', 'period']) {
          if (n.attributes[name] !== undefined) expect(d[name]).toEqual(expectedValue(g, name, n.attributes[name]));
        }
        const viz = d['viz'] as { position: { x: number; y: number } };
        expect([viz.position.x, viz.position.y]).toEqual(positions[i]![n.key]);
      }
      expect(r.edges).toHaveLength(g.edges.length);
      // NetworkX shows the German display label of the relation kind (an undirected edge may come back reversed)
      const pair = (u: string, v: string): string => (undirected && v < u ? `${v}|${u}` : `${u}|${v}`);
      expect(r.edges.map(([u, v, , d]) => `${pair(u, v)}:${String(d['label'])}`).sort()).toEqual(g.edges.map((e) => `${pair(e.source, e.target)}:${RELATION_KIND_LABELS_DE[e.attributes.kind]}`).sort());
    });
  });

  test('read_graphml sees the same nodes, labels, kinds, attribute values, edges and graph attributes', () => {
    const graphs = samples();
    const nx = readWithNetworkx(graphs.map((g, i) => [`g${i}.graphml`, writeGraphml(g)]));
    graphs.forEach((g, i) => {
      const r = nx[i]!;
      expect(r.nodes.map(([k]) => k).sort()).toEqual(g.nodes.map((n) => n.key).sort());
      const nxNodes = new Map(r.nodes);
      for (const n of g.nodes) {
        const d = nxNodes.get(n.key)!;
        expect(d['label']).toBe(n.attributes.label);
        expect(d['kind']).toBe(n.attributes.kind);
        expect(JSON.parse(d['sources'] as string)).toEqual(n.attributes.sources);
        for (const name of ['ags', 'municipality', 'lat', 'domains', 'sgb2TargetGroup', 'period']) {
          if (n.attributes[name] !== undefined) expect(d[name]).toEqual(expectedValue(g, name, n.attributes[name]));
        }
      }
      expect(r.edges).toHaveLength(g.edges.length);
      const undirected = i % 2 === 1 && (g.edges.length > 0 || g.options?.type === 'undirected');
      expect(r.directed).toBe(!undirected);
      const pair = (u: string, v: string): string => (undirected && v < u ? `${v}|${u}` : `${u}|${v}`);
      expect(r.edges.map(([u, v, , d]) => `${pair(u, v)}:${String(d['kind'])}`).sort()).toEqual(g.edges.map((e) => `${pair(e.source, e.target)}:${e.attributes.kind}`).sort());
      for (const [name, v] of Object.entries(g.attributes ?? {})) {
        if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') expect(r.graph[name]).toEqual(v);
      }
    });
  });
});
