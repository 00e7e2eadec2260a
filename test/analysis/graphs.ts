/** Small graphs for analysis tests, built through the real contract (graph.json → NetzGraph). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphFromJSON, parseGraphJSON, type NetzGraph } from '../../src/model/graph-io.ts';
import type { NodeKind, RelationKind } from '../../src/model/kinds.ts';
import { ROOT } from '../helpers.ts';

export interface NodeSpec {
  key: string;
  kind?: NodeKind;
  domains?: string[];
  municipality?: string;
  label?: string;
  sgb2TargetGroup?: boolean;
  /** further attributes as they would stand in graph.json (domainSource, crossCircuitStatements …) */
  extra?: Record<string, unknown>;
}
export interface EdgeSpec {
  source: string;
  target: string;
  kind?: RelationKind;
  /** a weight of w becomes w parallel ties, as in a multi-relational graph.json */
  weight?: number;
}

const src = (i: number) => [{ doc: 'test.txt', start: i, end: i + 1 }];

export function makeGraph(
  nodes: readonly NodeSpec[],
  edges: readonly EdgeSpec[],
  type: 'mixed' | 'undirected' | 'directed' = 'mixed',
): NetzGraph {
  const json = {
    attributes: { documents: ['test.txt'] },
    options: { type, multi: true, allowSelfLoops: false },
    nodes: nodes.map((n, i) => ({
      key: n.key,
      attributes: {
        label: n.label ?? n.key,
        kind: n.kind ?? 'organisation',
        sources: src(i),
        ...(n.domains ? { domains: n.domains } : {}),
        ...(n.municipality ? { municipality: n.municipality } : {}),
        ...(n.sgb2TargetGroup !== undefined ? { sgb2TargetGroup: n.sgb2TargetGroup } : {}),
        ...n.extra,
      },
    })),
    edges: edges.flatMap((e, i) =>
      Array.from({ length: e.weight ?? 1 }, (_v, j) => ({
        key: `e${i}-${j}`,
        source: e.source,
        target: e.target,
        ...(type === 'undirected' ? { undirected: true } : {}),
        attributes: { kind: e.kind ?? 'cooperates_with', sources: src(100 + i) },
      })),
    ),
  };
  return graphFromJSON(parseGraphJSON(json));
}

export interface Reference {
  name: string;
  generator: { networkx: string; python: string };
  nodes: { key: string; attributes: { kind?: NodeKind; domains?: string[] } }[];
  edges: { source: string; target: string; weight: number }[];
  calls: Record<string, string>;
  values: Record<string, Record<string, number | null>>;
  network: Record<string, number>;
}

export function loadReference(name: string): Reference {
  return JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/reference', `${name}.json`), 'utf8')) as Reference;
}

/** The reference graph as a Netzatlas graph: weight w = w parallel ties. */
export function referenceGraph(ref: Reference): NetzGraph {
  const twoMode = ref.nodes.some((n) => n.attributes.kind === 'project');
  return makeGraph(
    ref.nodes.map((n) => ({
      key: n.key,
      kind: n.attributes.kind ?? 'organisation',
      ...(n.attributes.domains ? { domains: n.attributes.domains } : {}),
    })),
    ref.edges.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.weight,
      kind: twoMode ? 'partner' : 'cooperates_with',
    })),
  );
}
