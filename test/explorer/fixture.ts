/** A small hand-made network for the explorer's state tests, and the seeds' model from data/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { buildExplorerModel, type ExplorerModel } from '../../src/explorer/data/explorer-model.ts';
import { graphFromJSON } from '../../src/model/graph-io.ts';
import { LayoutSchema } from '../../src/model/layout.ts';
import { GraphJSONSchema, type GraphJSON } from '../../src/model/schema.ts';
import { ROOT } from '../helpers.ts';

const src = (start: number) => [{ doc: 'a.txt', start, end: start + 3 }];

type N = [key: string, kind: string, extra?: Record<string, unknown>];
const NODES: N[] = [
  ['program:p1', 'program'],
  ['program:p2', 'program'],
  ['project:a', 'project', { period: { start: '2020', end: '2022' }, municipality: 'Herford', domains: ['SGB VIII'] }],
  ['project:b', 'project', { period: { start: '2023' }, municipality: 'Hagen' }],
  ['project:c', 'project', {}],
  ['org:ja', 'youth_office', { municipality: 'Herford', domains: ['SGB VIII'], aliases: ['Abteilung Jugend Herford'] }],
  ['org:jc', 'job_center', { municipality: 'Herford', domains: ['SGB II'] }],
  ['org:t', 'carrier', { municipality: 'Hagen', domains: ['SGB VIII'] }],
  ['org:s', 'school', { municipality: 'Hagen', domains: ['Schule'] }],
  ['org:f', 'funder', {}],
  ['person:x', 'person', { role: 'Projektleitung', email: ['x@example.org'], aliases: ['Frau Erika Xander'] }],
  ['place:herford', 'municipality', { municipality: 'Herford' }],
];
type E = [source: string, target: string, kind: string];
const EDGES: E[] = [
  ['project:a', 'program:p1', 'part_of'],
  ['project:b', 'program:p2', 'part_of'],
  ['project:a', 'org:ja', 'carried_by'],
  ['project:a', 'org:jc', 'partner'],
  ['project:b', 'org:t', 'carried_by'],
  ['project:b', 'org:s', 'partner'],
  ['project:c', 'org:t', 'partner'],
  ['program:p1', 'org:f', 'funded_by'],
  ['person:x', 'org:t', 'works_for'],
  ['person:x', 'project:b', 'contact_for'],
  ['project:a', 'place:herford', 'located_in'],
  ['org:ja', 'org:jc', 'cooperates_with'],
];

export function smallGraph(): GraphJSON {
  return GraphJSONSchema.parse({
    attributes: { name: 'klein', documents: ['a.txt'] },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: NODES.map(([key, kind, extra], i) => ({
      key,
      attributes: {
        label: key === 'person:x' ? 'Erika Xander' : key.split(':')[1]!.toUpperCase(),
        kind,
        sources: src(i * 10),
        ...extra,
      },
    })),
    edges: EDGES.map(([source, target, kind], i) => ({
      key: `${kind}:${source}->${target}`,
      source,
      target,
      attributes: { kind, sources: src(200 + i * 10) },
    })),
  });
}

export function smallModel(withAnalysis = true): ExplorerModel {
  const graph = smallGraph();
  const analysis = withAnalysis ? analyzeGraph(graphFromJSON(graph)) : null;
  const positions: Record<string, [number, number]> = {};
  graph.nodes.forEach((n, i) => (positions[n.key] = [i, -i]));
  return buildExplorerModel({ name: 'klein', graph, analysis, positions });
}

let seeds: ExplorerModel | undefined;
export function seedsModel(): ExplorerModel {
  const read = (f: string) => JSON.parse(readFileSync(path.join(ROOT, 'data', f), 'utf8')) as unknown;
  seeds ??= buildExplorerModel({
    name: 'seeds',
    graph: GraphJSONSchema.parse(read('graph.json')),
    analysis: AnalysisSchema.parse(read('analysis.json')),
    positions: LayoutSchema.parse(read('layout.json')).positions,
  });
  return seeds;
}
