/**
 * graph <-> JSON for data/graph.json. Every read and every write goes through the zod schema,
 * and the written form is canonical (sorted nodes, edges and keys) so it is byte-stable.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { z } from 'zod';
import {
  compareStrings,
  describeJsonError,
  describeJsonTextProblem,
  lineColumn,
  scanJsonText,
  shownKey,
  stableStringify,
} from '../util/index.ts';
import { fromGraphKey, toGraphKey } from './graph-keys.ts';
import { GraphJSONSchema, type EdgeAttributes, type GraphJSON, type NodeAttributes } from './schema.ts';

export type NetzGraph = Graph<NodeAttributes, EdgeAttributes>;

/** A graph file that does not follow the contract; `path` names the first wrong field. */
export class GraphFormatError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ungültige Graphdatei an „${path || '(Wurzel)'}“: ${detail}`, options);
    this.name = 'GraphFormatError';
  }
}

const german = z.locales.de();

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Validate parsed JSON against the contract; throws GraphFormatError naming the first wrong field. */
export function parseGraphJSON(data: unknown, file = 'graph.json'): GraphJSON {
  const result = GraphJSONSchema.safeParse(data, { error: german.localeError });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new GraphFormatError(file, first ? pathOf(first) : '', first?.message ?? 'unbekannter Fehler');
  }
  const parsed = result.data;
  // graphology would refuse a repeated key with its own English words; the file is named here instead
  const keys = new Map<string, number>();
  parsed.nodes.forEach((n, i) => {
    const first = keys.get(n.key);
    if (first !== undefined)
      throw new GraphFormatError(
        file,
        `nodes[${i}].key`,
        `Schlüssel „${shownKey(n.key)}“ kommt doppelt vor (zuerst nodes[${first}])`,
      );
    keys.set(n.key, i);
  });
  const edgeKeys = new Map<string, number>();
  parsed.edges.forEach((e, i) => {
    if (e.key === undefined) return;
    const first = edgeKeys.get(e.key);
    if (first !== undefined)
      throw new GraphFormatError(
        file,
        `edges[${i}].key`,
        `Schlüssel „${shownKey(e.key)}“ kommt doppelt vor (zuerst edges[${first}])`,
      );
    edgeKeys.set(e.key, i);
  });
  parsed.edges.forEach((e, i) => {
    if (!keys.has(e.source))
      throw new GraphFormatError(file, `edges[${i}].source`, `unbekannter Knoten „${shownKey(e.source)}“`);
    if (!keys.has(e.target))
      throw new GraphFormatError(file, `edges[${i}].target`, `unbekannter Knoten „${shownKey(e.target)}“`);
  });
  return parsed;
}

/** Parse the text of a graph file (JSON syntax errors become GraphFormatError too). */
export function parseGraphText(text: string, file = 'graph.json'): GraphJSON {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new GraphFormatError(file, '', `kein gültiges JSON (${describeJsonError(text)})`, { cause: e });
  }
  const problem = scanJsonText(text);
  if (problem) {
    const { line, column } = lineColumn(text, problem.offset);
    throw new GraphFormatError(file, `Zeile ${line}, Spalte ${column}`, describeJsonTextProblem(problem));
  }
  return parseGraphJSON(data, file);
}

export function graphFromJSON(json: GraphJSON): NetzGraph {
  const graph: NetzGraph = new Graph({
    type: json.options?.type ?? 'mixed',
    multi: json.options?.multi ?? true,
    allowSelfLoops: json.options?.allowSelfLoops ?? true,
  });
  const keyed = {
    ...json,
    nodes: json.nodes.map((n) => ({ ...n, key: toGraphKey(n.key) })),
    edges: json.edges.map((e) => ({ ...e, source: toGraphKey(e.source), target: toGraphKey(e.target) })),
  };
  graph.import(keyed as unknown as SerializedGraph<NodeAttributes, EdgeAttributes>);
  return graph;
}

/** Canonical JSON form of a graph: nodes by key, edges by key, keys sorted; validated before it is returned. */
export function graphToJSON(graph: NetzGraph): GraphJSON {
  const exported = graph.export();
  const json = {
    attributes: exported.attributes ?? {},
    options: exported.options,
    nodes: exported.nodes.map((n) => ({ ...n, key: fromGraphKey(n.key) })).sort((a, b) => compareStrings(a.key, b.key)),
    edges: exported.edges
      .map((e) => ({ ...e, source: fromGraphKey(e.source), target: fromGraphKey(e.target) }))
      .sort((a, b) => compareStrings(a.key ?? '', b.key ?? '')),
  };
  return parseGraphJSON(json, '(erzeugter Graph)');
}

export function serializeGraph(graph: NetzGraph): string {
  return stableStringify(graphToJSON(graph));
}
