/**
 * Node measures of one view: betweenness and closeness from the path kernels (kernels/, exact or
 * sampled with standard errors, normalised as NetworkX does by default), graphology-metrics for
 * eigenvector and PageRank, Burt's constraint and effective size, and Gould–Fernandez brokerage by
 * legal domain.
 * Weights (number of ties) count for weighted degree, eigenvector, PageRank and Burt's measures;
 * paths (betweenness, closeness) count steps, because a second tie between two actors does not
 * make them any closer.
 * The measures without paths are computed apart (`measuresWithoutPaths`) so they can run while
 * worker threads do the path passes.
 */
import type { Adjacency } from './adjacency.ts';
import { burtMeasures } from './brokerage/burt.ts';
import { gouldFernandez, type Brokerage } from './brokerage/gould-fernandez.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import { csrFromAdjacency, type Csr } from './kernels/csr.ts';
import type { PathMeasures } from './kernels/path-measures.ts';
import { eigenvectorCentralityCsr, pagerankCsr } from './kernels/power-iteration.ts';
import { CONFIDENCE_Z, topStability } from './kernels/sampling-uncertainty.ts';
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
  /** standard errors, only when betweenness and closeness are sampled estimates (null: too few sources reach the node) */
  betweennessSE?: number | null;
  closenessSE?: number | null;
}

/** The top actors by sampled betweenness and whether their ranks hold within the 95 % intervals. */
export interface RankUncertainty {
  z: number;
  top: {
    key: string;
    rank: number;
    betweenness: number;
    standardError: number;
    rankStable: boolean;
    topStable: boolean;
  }[];
}

export interface PathMethod {
  exact: boolean;
  samples?: number;
  seed?: number;
  uncertainty?: RankUncertainty;
}

export interface CentralityResult {
  measures: Map<string, NodeMeasures>;
  /** how betweenness and closeness were computed: exactly, or from a seeded sample of sources */
  betweennessMethod: PathMethod;
  issues: AnalysisIssue[];
}

function weightedDegrees(adj: Adjacency): number[] {
  return adj.weights.map((ws) => ws.reduce((a, b) => a + b, 0));
}

/** Values per node key, in the adjacency's node order. */
function byKey(adj: Adjacency, values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < adj.keys.length; i++) out[adj.keys[i]!] = values[i]!;
  return out;
}

function eigenvectorOf(
  adj: Adjacency,
  weighted: Csr,
  name: ViewName,
  settings: AnalysisSettings,
  issues: AnalysisIssue[],
): Record<string, number> | null {
  if (weighted.targets.length === 0) {
    if (weighted.n > 0)
      issues.push(
        issue('eigenvector-no-edges', 'Eigenvektor-Zentralität ist ohne Verbindungen nicht definiert.', {
          view: name,
          measure: 'eigenvector',
        }),
      );
    return null;
  }
  const values = eigenvectorCentralityCsr(weighted, settings);
  if (values) return byKey(adj, values);
  issues.push(
    issue(
      'eigenvector-not-converged',
      `Eigenvektor-Zentralität ist nach ${settings.maxIterations} Iterationen nicht konvergiert (Toleranz ${settings.tolerance}); die Werte fehlen.`,
      {
        view: name,
        measure: 'eigenvector',
      },
    ),
  );
  return null;
}

function pagerankOf(
  adj: Adjacency,
  weighted: Csr,
  name: ViewName,
  settings: AnalysisSettings,
  issues: AnalysisIssue[],
): Record<string, number> {
  const values = pagerankCsr(weighted, 0.85, settings);
  if (values) return byKey(adj, values);
  issues.push(
    issue(
      'pagerank-not-converged',
      `PageRank ist nach ${settings.maxIterations} Iterationen nicht konvergiert; angegeben ist die Gleichverteilung.`,
      { view: name, measure: 'pagerank' },
    ),
  );
  return Object.fromEntries(adj.keys.map((k) => [k, 1 / adj.keys.length]));
}

export interface MeasuresWithoutPaths {
  weighted: number[];
  eigenvector: Record<string, number> | null;
  ranks: Record<string, number>;
  burt: ReturnType<typeof burtMeasures>;
  brokerage: Brokerage[];
  issues: AnalysisIssue[];
}

export function measuresWithoutPaths(
  view: ViewGraph,
  adj: Adjacency,
  name: ViewName,
  settings: AnalysisSettings,
  time: Timer = untimed,
): MeasuresWithoutPaths {
  const issues: AnalysisIssue[] = [];
  if (view.order === 0)
    return {
      weighted: [],
      eigenvector: null,
      ranks: {},
      burt: { constraint: [], effectiveSize: [] },
      brokerage: [],
      issues,
    };
  const weighted = time('weightedDegree', () => weightedDegrees(adj));
  // tie weights (number of ties) for the power iterations; the path kernels count steps instead
  const weightedCsr = csrFromAdjacency(adj, true);
  const eigenvector = time('eigenvector', () => eigenvectorOf(adj, weightedCsr, name, settings, issues));
  const ranks = time('pagerank', () => pagerankOf(adj, weightedCsr, name, settings, issues));
  const burt = time('constraint+effectiveSize', () => burtMeasures(adj));
  const groups = adj.keys.map((k) => view.getNodeAttribute(k, 'group'));
  const brokerage = time('brokerage', () => gouldFernandez(adj, groups));
  return { weighted, eigenvector, ranks, burt, brokerage, issues };
}

const seOrNull = (x: number) => (Number.isFinite(x) ? x : null);

function uncertaintyOf(adj: Adjacency, paths: PathMeasures, k: number): RankUncertainty {
  const top = topStability(paths.betweenness, paths.betweennessSE!, Math.min(k, adj.keys.length));
  return {
    z: CONFIDENCE_Z,
    top: top.map((t, i) => ({
      key: adj.keys[t.node]!,
      rank: i + 1,
      betweenness: t.value,
      standardError: seOrNull(t.standardError) ?? 0,
      rankStable: t.rankStable,
      topStable: t.topStable,
    })),
  };
}

function sampledIssue(view: ViewGraph, settings: AnalysisSettings, method: PathMethod): string {
  const top = method.uncertainty!.top;
  const placed = top.filter((t) => t.topStable).length;
  const ranked = top.filter((t) => t.rankStable).length;
  return (
    `Das Netz hat ${view.order} Knoten (mehr als ${settings.exactPathMaxNodes}): Zwischenzentralität und Nähe sind aus ${method.samples} zufällig gewählten Startknoten geschätzt (Startwert ${settings.seed}), mit Standardfehler je Knoten. ` +
    `Von den ${top.length} ersten Akteuren nach Zwischenzentralität gehören ${placed} sicher (95 %) zu den ersten ${top.length}; bei ${ranked} ist auch der Rang sicher.`
  );
}

/** Every node measure of a view, from the measures without paths and the path kernels' result. */
export function assembleCentralities(
  view: ViewGraph,
  adj: Adjacency,
  name: ViewName,
  settings: AnalysisSettings,
  rest: MeasuresWithoutPaths,
  paths: PathMeasures,
): CentralityResult {
  const issues = [...rest.issues];
  const measures = new Map<string, NodeMeasures>();
  if (view.order === 0) return { measures, betweennessMethod: { exact: true }, issues };
  const { weighted, eigenvector, ranks, burt, brokerage } = rest;
  const isolates = adj.neighbours.filter((ns) => ns.length === 0).length;
  if (isolates > 0) {
    issues.push(
      issue(
        'burt-isolates',
        `${isolates} Knoten ohne Verbindung: für sie sind Constraint und effektive Größe nicht definiert (leer gelassen).`,
        { view: name, measure: 'constraint' },
      ),
    );
  }
  const sampled = paths.betweennessSE !== null;
  adj.keys.forEach((key, i) => {
    const m: NodeMeasures = {
      degree: adj.neighbours[i]!.length,
      weightedDegree: weighted[i]!,
      betweenness: paths.betweenness[i]!,
      closeness: paths.closeness[i]!,
      eigenvector: eigenvector ? (eigenvector[key] ?? 0) : null,
      pagerank: ranks[key] ?? 0,
      constraint: burt.constraint[i]!,
      effectiveSize: burt.effectiveSize[i]!,
      brokerage: brokerage[i]!,
    };
    // assigned, not spread into the literal: every node's object keeps one shape (a spread gave
    // 100k objects of changing shapes, and the result's check slowed down several times)
    if (sampled) {
      m.betweennessSE = seOrNull(paths.betweennessSE![i]!);
      m.closenessSE = seOrNull(paths.closenessSE![i]!);
    }
    measures.set(key, m);
  });
  const method: PathMethod = sampled
    ? { ...paths.method, uncertainty: uncertaintyOf(adj, paths, settings.topActors) }
    : paths.method;
  if (!method.exact)
    issues.push(issue('paths-sampled', sampledIssue(view, settings, method), { view: name, measure: 'betweenness' }));
  return { measures, betweennessMethod: method, issues };
}
