/**
 * Node measures of one view: graphology-metrics for degree, betweenness, closeness, eigenvector
 * and PageRank (normalised as NetworkX does by default), Burt's constraint and effective size,
 * and Gould–Fernandez brokerage by legal domain.
 * Weights (number of ties) count for weighted degree, eigenvector, PageRank and Burt's measures;
 * paths (betweenness, closeness) count steps, because a second tie between two actors does not
 * make them any closer.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Adjacency } from './adjacency.ts';
import { burtMeasures } from './brokerage/burt.ts';
import { gouldFernandez, type Brokerage } from './brokerage/gould-fernandez.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import { sampledBetweenness } from './sampled-betweenness.ts';
import { sampledCloseness } from './sampled-closeness.ts';
import type { AnalysisSettings } from './settings.ts';
import { untimed, type Timer } from './timer.ts';
import type { ViewGraph, ViewName } from './view.ts';

export interface NodeMeasures {
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: Brokerage;
}

export interface CentralityResult {
  measures: Map<string, NodeMeasures>;
  /** how betweenness and closeness were computed: exactly, or from a seeded sample of sources */
  betweennessMethod: { exact: boolean; samples?: number; seed?: number };
  issues: AnalysisIssue[];
}

function weightedDegrees(adj: Adjacency): number[] {
  return adj.weights.map((ws) => ws.reduce((a, b) => a + b, 0));
}

function betweennessOf(view: ViewGraph, settings: AnalysisSettings): { values: Record<string, number>; method: CentralityResult['betweennessMethod'] } {
  if (view.order <= settings.exactPathMaxNodes) {
    return { values: betweennessCentrality(view, { getEdgeWeight: null, normalized: true }), method: { exact: true } };
  }
  return {
    values: sampledBetweenness(view, settings.pathSamples, settings.seed),
    method: { exact: false, samples: Math.min(settings.pathSamples, view.order), seed: settings.seed },
  };
}

function closenessOf(view: ViewGraph, adj: Adjacency, settings: AnalysisSettings): Record<string, number> {
  if (view.order <= settings.exactPathMaxNodes) return closenessCentrality(view, { wassermanFaust: true });
  const values = sampledCloseness(view, adj, settings.pathSamples, settings.seed);
  return Object.fromEntries(adj.keys.map((k, i) => [k, values[i]!]));
}

function eigenvectorOf(view: ViewGraph, name: ViewName, settings: AnalysisSettings, issues: AnalysisIssue[]): Record<string, number> | null {
  if (view.size === 0) {
    if (view.order > 0) issues.push(issue('eigenvector-no-edges', 'Eigenvektor-Zentralität ist ohne Verbindungen nicht definiert.', { view: name, measure: 'eigenvector' }));
    return null;
  }
  try {
    return eigenvectorCentrality(view, { getEdgeWeight: 'weight', maxIterations: settings.maxIterations, tolerance: settings.tolerance });
  } catch {
    issues.push(
      issue('eigenvector-not-converged', `Eigenvektor-Zentralität ist nach ${settings.maxIterations} Iterationen nicht konvergiert (Toleranz ${settings.tolerance}); die Werte fehlen.`, {
        view: name,
        measure: 'eigenvector',
      }),
    );
    return null;
  }
}

function pagerankOf(view: ViewGraph, name: ViewName, settings: AnalysisSettings, issues: AnalysisIssue[]): Record<string, number> {
  try {
    return pagerank(view, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: settings.maxIterations, tolerance: settings.tolerance });
  } catch {
    issues.push(issue('pagerank-not-converged', `PageRank ist nach ${settings.maxIterations} Iterationen nicht konvergiert; angegeben ist die Gleichverteilung.`, { view: name, measure: 'pagerank' }));
    return Object.fromEntries(view.nodes().map((k) => [k, 1 / view.order]));
  }
}

export function centralities(view: ViewGraph, adj: Adjacency, name: ViewName, settings: AnalysisSettings, time: Timer = untimed): CentralityResult {
  const issues: AnalysisIssue[] = [];
  const measures = new Map<string, NodeMeasures>();
  if (view.order === 0) return { measures, betweennessMethod: { exact: true }, issues };
  const weighted = time('weightedDegree', () => weightedDegrees(adj));
  const { values: betweenness, method } = time('betweenness', () => betweennessOf(view, settings));
  const closeness = time('closeness', () => closenessOf(view, adj, settings));
  const eigenvector = time('eigenvector', () => eigenvectorOf(view, name, settings, issues));
  const ranks = time('pagerank', () => pagerankOf(view, name, settings, issues));
  const burt = time('constraint+effectiveSize', () => burtMeasures(adj));
  const groups = adj.keys.map((k) => view.getNodeAttribute(k, 'group'));
  const brokerage = time('brokerage', () => gouldFernandez(adj, groups));
  const isolates = adj.neighbours.filter((ns) => ns.length === 0).length;
  if (isolates > 0) {
    issues.push(
      issue('burt-isolates', `${isolates} Knoten ohne Verbindung: für sie sind Constraint und effektive Größe nicht definiert (leer gelassen).`, { view: name, measure: 'constraint' }),
    );
  }
  adj.keys.forEach((key, i) => {
    measures.set(key, {
      degree: adj.neighbours[i]!.length,
      weightedDegree: weighted[i]!,
      betweenness: betweenness[key] ?? 0,
      closeness: closeness[key] ?? 0,
      eigenvector: eigenvector ? (eigenvector[key] ?? 0) : null,
      pagerank: ranks[key] ?? 0,
      constraint: burt.constraint[i]!,
      effectiveSize: burt.effectiveSize[i]!,
      brokerage: brokerage[i]!,
    });
  });
  if (!method.exact) {
    issues.push(
      issue('paths-sampled', `Das Netz hat ${view.order} Knoten (mehr als ${settings.exactPathMaxNodes}): Zwischenzentralität und Nähe sind aus ${method.samples} zufällig gewählten Startknoten geschätzt (Startwert ${settings.seed}).`, {
        view: name,
        measure: 'betweenness',
      }),
    );
  }
  return { measures, betweennessMethod: method, issues };
}
