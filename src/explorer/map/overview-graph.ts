/**
 * The graph sigma draws for the Kreis overview (state/kreis-overview.ts): one node per group at the
 * mean position of its nodes, one line per pair of groups with ties, as wide as there are ties. It
 * is a graph of its own, so nothing of it can reach the network's graph or a data export.
 */
import Graph from 'graphology';

export interface OverviewDisplay {
  nodes: ReadonlyArray<{ key: string; label: string; x: number; y: number; size: number; color: string }>;
  edges: ReadonlyArray<{ source: string; target: string; size: number; color: string }>;
  /** The group selected (its details open), or null. */
  selected: string | null;
}

/** The overview's ties are drawn as wide bands whatever the network's size (map-view.ts). */
export const OVERVIEW_EDGE_TYPE = 'band';

export function overviewGraph(o: OverviewDisplay): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const [i, n] of o.nodes.entries())
    g.addNode(n.key, { x: n.x, y: n.y, size: n.size, label: n.label, color: n.color, i });
  for (const [i, e] of o.edges.entries())
    g.addEdgeWithKey(`${e.source}|${e.target}`, e.source, e.target, {
      size: e.size,
      color: e.color,
      type: OVERVIEW_EDGE_TYPE,
      i,
    });
  return g;
}
