/**
 * The whole analysis of one graph: both views, node measures, communities, network figures, the
 * SGB II/VIII cooperation, gaps and the issues met on the way. Pure: graph in, checked object out.
 * The path passes (betweenness, closeness, distances) run in this thread (`analyzeGraph`) or
 * through an injected executor such as a worker pool (`analyzeGraphWith`); both give the same bytes.
 */
import { displayLabel, type NetzGraph } from '../model/index.ts';
import { compareStrings } from '../util/index.ts';
import { adjacencyOf, type Adjacency } from './adjacency.ts';
import {
  assembleCentralities,
  measuresWithoutPaths,
  type CentralityResult,
  type MeasuresWithoutPaths,
} from './centrality.ts';
import { communities, type CommunityResult } from './communities.ts';
import { findGaps } from './gaps/find-gaps.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import { csrFromAdjacency, type Csr } from './kernels/csr.ts';
import type { PathExecutor } from './kernels/path-executor.ts';
import { pathMeasures, pathMeasuresInThread, type PathMeasures } from './kernels/path-measures.ts';
import { networkFigures } from './network.ts';
import { checkAnalysis, type Analysis, type NodeMeasuresJSON } from './schema.ts';
import { resolveSettings, type AnalysisSettings } from './settings.ts';
import { sgbAnalysis } from './sgb.ts';
import { untimed, type Timer } from './timer.ts';
import { actorView, twoModeView, VIEW_DESCRIPTIONS, type ViewGraph, type ViewName } from './view.ts';

interface ViewResult {
  view: ViewGraph;
  /** built once per view, shared by the measures, the figures and the gaps */
  adj: Adjacency;
  csr: Csr;
  rest: MeasuresWithoutPaths;
  community: CommunityResult;
}

interface ViewDone extends ViewResult {
  central: CentralityResult;
  paths: PathMeasures;
}

/** Paths count steps (see centrality.ts), so the kernels get the unweighted CSR. */
function prepareView(
  view: ViewGraph,
  name: ViewName,
  settings: AnalysisSettings,
  time: Timer,
  onCsr: (name: ViewName, csr: Csr) => void,
): ViewResult {
  const prefixed: Timer = (step, run) => time(`${name}.${step}`, run);
  const adj = prefixed('adjacency', () => adjacencyOf(view));
  const csr = prefixed('csr', () => csrFromAdjacency(adj, false));
  onCsr(name, csr);
  const rest = measuresWithoutPaths(view, adj, name, settings, prefixed);
  return { view, adj, csr, rest, community: prefixed('louvain', () => communities(view, name, settings.seed)) };
}

function completeView(r: ViewResult, name: ViewName, settings: AnalysisSettings, paths: PathMeasures): ViewDone {
  return { ...r, paths, central: assembleCentralities(r.view, r.adj, name, settings, r.rest, paths) };
}

/**
 * The view's measures keyed by node, each with its community. The measure objects are extended in
 * place (not copied): nothing reads them after this, and a copy doubled them on 100k-node networks.
 * No prototype, so a node key such as "__proto__" stays a key.
 */
function measuresJSON(r: ViewDone): Record<string, NodeMeasuresJSON> {
  const out = Object.create(null) as Record<string, NodeMeasuresJSON>;
  for (const key of [...r.central.measures.keys()].sort(compareStrings)) {
    const m = r.central.measures.get(key)! as NodeMeasuresJSON;
    m.community = r.community.community.get(key) ?? 0;
    out[key] = m;
  }
  return out;
}

interface Prepared {
  graph: NetzGraph;
  settings: AnalysisSettings;
  twoMode: ViewResult;
  actors: ViewResult;
}

function prepare(
  graph: NetzGraph,
  settings: AnalysisSettings,
  time: Timer,
  onCsr: (name: ViewName, csr: Csr) => void,
): Prepared {
  const twoMode = prepareView(
    time('twoMode.view', () => twoModeView(graph)),
    'twoMode',
    settings,
    time,
    onCsr,
  );
  const actors = prepareView(
    time('actors.view', () => actorView(twoMode.view)),
    'actors',
    settings,
    time,
    onCsr,
  );
  return { graph, settings, twoMode, actors };
}

function finish(p: Prepared, paths: Record<ViewName, PathMeasures>, time: Timer): Analysis {
  const { graph, settings } = p;
  const twoMode = completeView(p.twoMode, 'twoMode', settings, paths.twoMode);
  const actors = completeView(p.actors, 'actors', settings, paths.actors);
  const issues: AnalysisIssue[] = [];
  if (graph.order === 0) issues.push(issue('empty-graph', 'Der Graph ist leer: es gibt nichts zu analysieren.'));
  else if (graph.order === 1)
    issues.push(
      issue('single-node', 'Der Graph hat nur einen Knoten: Zentralitäten und Lücken sind kaum aussagekräftig.'),
    );
  if (graph.order > 0 && twoMode.view.order === 0) {
    issues.push(issue('no-actors', 'Der Graph enthält nur Orte und Personen; Akteure und Projekte fehlen.'));
  }
  const tm = time('twoMode.network', () =>
    networkFigures(twoMode.view, twoMode.adj, 'twoMode', twoMode.community, twoMode.paths.distances),
  );
  const av = time('actors.network', () =>
    networkFigures(actors.view, actors.adj, 'actors', actors.community, actors.paths.distances),
  );
  const sgb = time('sgb', () => sgbAnalysis(actors.view, twoMode.view, graph));
  issues.push(
    ...twoMode.central.issues,
    ...twoMode.community.issues,
    ...tm.issues,
    ...actors.central.issues,
    ...actors.community.issues,
    ...av.issues,
    ...sgb.issues,
  );
  const labels = Object.create(null) as Analysis['labels'];
  for (const key of twoMode.view.nodes()) {
    const a = twoMode.view.getNodeAttributes(key);
    labels[key] = {
      label: displayLabel(a),
      kind: a.kind,
      domains: a.domains,
      ...(a.domainSource ? { domainSource: a.domainSource } : {}),
    };
  }
  const documents: unknown = graph.getAttribute('documents');
  const analysis: Analysis = {
    format: 'netzatlas-analysis',
    version: 1,
    graph: {
      nodes: graph.order,
      edges: graph.size,
      type: graph.type,
      documents: Array.isArray(documents)
        ? documents.filter((d): d is string => typeof d === 'string').sort(compareStrings)
        : [],
    },
    settings,
    views: {
      twoMode: { description: VIEW_DESCRIPTIONS.twoMode, betweenness: twoMode.central.betweennessMethod },
      actors: { description: VIEW_DESCRIPTIONS.actors, betweenness: actors.central.betweennessMethod },
    },
    nodes: measuresJSON(twoMode),
    actors: measuresJSON(actors),
    labels,
    network: { twoMode: tm.figures, actors: av.figures },
    sgb: sgb.sgb,
    gaps: time('gaps', () => findGaps(graph, twoMode.view, actors.view, undefined, actors.adj)),
    issues,
  };
  return analysis;
}

/**
 * The zod check of the finished result. It runs after the views, adjacencies and path results are
 * out of reach: with them alive, the check's short-lived objects outlived incremental marking on
 * 100k-node networks (7× the time, 0.8 GB more peak memory).
 */
function checked(analysis: Analysis, time: Timer): Analysis {
  return time('schema', () => checkAnalysis(analysis));
}

/** `time` lets the benchmark measure every step; analysis results do not depend on it. */
export function analyzeGraph(
  graph: NetzGraph,
  options: Partial<AnalysisSettings> = {},
  time: Timer = untimed,
): Analysis {
  return checked(uncheckedAnalysis(graph, resolveSettings(options), time), time);
}

function uncheckedAnalysis(graph: NetzGraph, settings: AnalysisSettings, time: Timer): Analysis {
  const p = prepare(graph, settings, time, () => undefined);
  const paths = {
    twoMode: time('twoMode.paths', () => pathMeasuresInThread(p.twoMode.csr, settings)),
    actors: time('actors.paths', () => pathMeasuresInThread(p.actors.csr, settings)),
  };
  return finish(p, paths, time);
}

/**
 * The same analysis with the path passes run by `executor` (e.g. worker threads); they start as
 * soon as a view's CSR exists, so the other measures run meanwhile. Byte-identical to `analyzeGraph`.
 */
export async function analyzeGraphWith(
  graph: NetzGraph,
  executor: PathExecutor,
  options: Partial<AnalysisSettings> = {},
  time: Timer = untimed,
): Promise<Analysis> {
  return checked(await uncheckedAnalysisWith(graph, executor, resolveSettings(options), time), time);
}

async function uncheckedAnalysisWith(
  graph: NetzGraph,
  executor: PathExecutor,
  settings: AnalysisSettings,
  time: Timer,
): Promise<Analysis> {
  const started: Partial<Record<ViewName, Promise<PathMeasures>>> = {};
  const p = prepare(graph, settings, time, (name, csr) => {
    started[name] = pathMeasures(csr, settings, executor);
  });
  const [twoMode, actors] = await Promise.all([started.twoMode!, started.actors!]);
  return finish(p, { twoMode, actors }, time);
}
