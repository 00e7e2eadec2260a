/**
 * The two sides of a comparison inside one loaded network: the subgraph a programme or a funding
 * year shows (the same rules as the filters), as graph JSON for the analysis worker, and which
 * nodes and ties are only left, only right or in both (for colouring the two maps).
 */
import type { GraphJSON } from '../../model/index.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { computeVisibility } from './filter.ts';
import { DEFAULT_FILTERS, type Filters } from './view-state.ts';

export type CompareSide = { kind: 'programme'; key: string } | { kind: 'year'; year: number };

export function sideFilters(side: CompareSide): Filters {
  return side.kind === 'programme'
    ? { ...DEFAULT_FILTERS, programme: side.key }
    : { ...DEFAULT_FILTERS, year: side.year };
}

/** The part of a graph whose node keys are in `keep`, with the edges between them. */
export function subgraphJSON(graph: GraphJSON, keep: ReadonlySet<string>): GraphJSON {
  return {
    ...(graph.attributes ? { attributes: graph.attributes } : {}),
    ...(graph.options ? { options: graph.options } : {}),
    nodes: graph.nodes.filter((n) => keep.has(n.key)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

export function sideKeys(model: ExplorerModel, side: CompareSide): Set<string> {
  const vis = computeVisibility(model, sideFilters(side));
  const keys = new Set<string>();
  for (const n of model.nodes) if (vis.nodes[n.index]) keys.add(n.key);
  return keys;
}

export const tieId = (kind: string, source: string, target: string) => `${kind}|${source}|${target}`;

export function tieIds(graph: GraphJSON): Set<string> {
  return new Set(graph.edges.map((e) => tieId(e.attributes.kind, e.source, e.target)));
}

export type Presence = 'left' | 'right' | 'both';

export function presence(inLeft: boolean, inRight: boolean): Presence | null {
  if (inLeft && inRight) return 'both';
  if (inLeft) return 'left';
  if (inRight) return 'right';
  return null;
}

/**
 * The extent of every node on either side: both compare maps normalise positions to it, so a node
 * in both networks sits at the same place on each map (each sigma would otherwise fit its own nodes).
 */
export function compareExtent(
  nodes: readonly { x: number; y: number }[],
  where: readonly (Presence | null)[],
): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  nodes.forEach((n, i) => {
    if (!where[i]) return;
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y);
    y1 = Math.max(y1, n.y);
  });
  return Number.isFinite(x0) ? { x: [x0, x1], y: [y0, y1] } : { x: [0, 1], y: [0, 1] };
}
