/**
 * Network-level figures of a view: size, ties by relation, density, components, diameter and
 * average path length of the largest component (from the path kernels), Freeman's degree centralisation.
 */
import { connectedComponents } from 'graphology-components';
import { density } from 'graphology-metrics/graph/density';
import { compareStrings } from '../util/index.ts';
import type { Adjacency } from './adjacency.ts';
import type { DistanceFigures } from './kernels/path-measures.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import type { ViewGraph, ViewName } from './view.ts';

export interface NetworkFigures {
  nodes: number;
  edges: number;
  nodesByKind: Record<string, number>;
  edgesByRelation: Record<string, number>;
  density: number | null;
  components: number;
  largestComponent: number;
  isolates: number;
  diameter: number | null;
  averagePathLength: number | null;
  distancesExact: boolean;
  degreeCentralization: number | null;
  averageDegree: number | null;
  modularity: number | null;
  communities: number;
}

function countBy(values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Freeman (1979): Σ (max − deg_i) / ((n − 1)(n − 2)), 1 for a star, 0 when all degrees are equal. */
export function degreeCentralization(degrees: readonly number[]): number | null {
  const n = degrees.length;
  if (n < 3) return null;
  const max = Math.max(...degrees);
  return degrees.reduce((s, d) => s + (max - d), 0) / ((n - 1) * (n - 2));
}

export function networkFigures(
  view: ViewGraph,
  adj: Adjacency,
  name: ViewName,
  community: { count: number; modularity: number | null },
  /** of the largest component, from the path kernels (null when it has fewer than two nodes) */
  distances: DistanceFigures | null,
): { figures: NetworkFigures; issues: AnalysisIssue[] } {
  const issues: AnalysisIssue[] = [];
  const n = view.order;
  // largest first; ties by smallest key (nodes are inserted sorted, so a component's first member is its smallest)
  const components = connectedComponents(view).sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const largest = components[0] ?? [];
  const degrees = adj.neighbours.map((ns) => ns.length);
  let diameter: number | null = null;
  let averagePathLength: number | null = null;
  let exact = true;
  if (largest.length >= 2 && distances) {
    const d = distances;
    diameter = d.diameter;
    averagePathLength = d.averagePathLength;
    exact = d.exact;
    if (!exact) {
      issues.push(
        issue(
          'distances-sampled',
          `Durchmesser und mittlere Pfadlänge sind aus ${d.sources} Startknoten geschätzt (Durchmesser ist eine untere Schranke).`,
          { view: name, measure: 'diameter' },
        ),
      );
    }
  } else if (n > 0) {
    issues.push(
      issue(
        'distances-undefined',
        'Keine zwei verbundenen Knoten: Durchmesser und mittlere Pfadlänge sind nicht definiert.',
        { view: name, measure: 'diameter' },
      ),
    );
  }
  if (components.length > 1) {
    issues.push(
      issue(
        'disconnected',
        `Das Netz zerfällt in ${components.length} Teile; Durchmesser und mittlere Pfadlänge beziehen sich auf den größten Teil (${largest.length} Knoten).`,
        { view: name },
      ),
    );
  }
  if (n < 2)
    issues.push(
      issue('density-undefined', 'Dichte ist erst ab zwei Knoten definiert.', { view: name, measure: 'density' }),
    );
  const relations: string[] = [];
  view.forEachEdge((_e, a) => relations.push(...a.relations));
  return {
    figures: {
      nodes: n,
      edges: view.size,
      nodesByKind: countBy(view.mapNodes((_k, a) => a.kind)),
      edgesByRelation: countBy(relations),
      density: n >= 2 ? density(view) : null,
      components: components.length,
      largestComponent: largest.length,
      isolates: degrees.filter((d) => d === 0).length,
      diameter,
      averagePathLength,
      distancesExact: exact,
      degreeCentralization: degreeCentralization(degrees),
      averageDegree: n > 0 ? (2 * view.size) / n : null,
      modularity: community.modularity,
      communities: community.count,
    },
    issues,
  };
}
