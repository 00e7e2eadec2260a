/**
 * The whole analysis of one graph: both views, node measures, communities, network figures, the
 * SGB II/VIII cooperation, gaps and the issues met on the way. Pure: graph in, checked object out.
 */
import type { NetzGraph } from '../model/graph-io.ts';
import { compareStrings } from '../util/stable-json.ts';
import { adjacencyOf, type Adjacency } from './adjacency.ts';
import { centralities, type CentralityResult } from './centrality.ts';
import { communities, type CommunityResult } from './communities.ts';
import { findGaps } from './gaps/find-gaps.ts';
import { issue, type AnalysisIssue } from './issues.ts';
import { networkFigures } from './network.ts';
import { AnalysisSchema, type Analysis, type NodeMeasuresJSON } from './schema.ts';
import { resolveSettings, type AnalysisSettings } from './settings.ts';
import { sgbAnalysis } from './sgb.ts';
import { untimed, type Timer } from './timer.ts';
import { actorView, twoModeView, VIEW_DESCRIPTIONS, type ViewGraph, type ViewName } from './view.ts';
import { displayLabel } from '../model/display-label.ts';

interface ViewResult {
  view: ViewGraph;
  /** built once per view, shared by the measures, the figures and the gaps */
  adj: Adjacency;
  central: CentralityResult;
  community: CommunityResult;
}

function analyseView(view: ViewGraph, name: ViewName, settings: AnalysisSettings, time: Timer): ViewResult {
  const prefixed: Timer = (step, run) => time(`${name}.${step}`, run);
  const adj = prefixed('adjacency', () => adjacencyOf(view));
  return { view, adj, central: centralities(view, adj, name, settings, prefixed), community: prefixed('louvain', () => communities(view, name, settings.seed)) };
}

function measuresJSON(r: ViewResult): Record<string, NodeMeasuresJSON> {
  const out: Record<string, NodeMeasuresJSON> = {};
  for (const key of [...r.central.measures.keys()].sort(compareStrings)) {
    out[key] = { ...r.central.measures.get(key)!, community: r.community.community.get(key) ?? 0 };
  }
  return out;
}

/** `time` lets the benchmark measure every step; analysis results do not depend on it. */
export function analyzeGraph(graph: NetzGraph, options: Partial<AnalysisSettings> = {}, time: Timer = untimed): Analysis {
  const settings = resolveSettings(options);
  const issues: AnalysisIssue[] = [];
  if (graph.order === 0) issues.push(issue('empty-graph', 'Der Graph ist leer: es gibt nichts zu analysieren.'));
  else if (graph.order === 1) issues.push(issue('single-node', 'Der Graph hat nur einen Knoten: Zentralitäten und Lücken sind kaum aussagekräftig.'));
  const twoMode = analyseView(time('twoMode.view', () => twoModeView(graph)), 'twoMode', settings, time);
  const actors = analyseView(time('actors.view', () => actorView(twoMode.view)), 'actors', settings, time);
  if (graph.order > 0 && twoMode.view.order === 0) {
    issues.push(issue('no-actors', 'Der Graph enthält nur Orte und Personen; Akteure und Projekte fehlen.'));
  }
  const tm = time('twoMode.network', () => networkFigures(twoMode.view, twoMode.adj, 'twoMode', settings, twoMode.community));
  const av = time('actors.network', () => networkFigures(actors.view, actors.adj, 'actors', settings, actors.community));
  const sgb = time('sgb', () => sgbAnalysis(actors.view, twoMode.view, graph));
  issues.push(...twoMode.central.issues, ...twoMode.community.issues, ...tm.issues, ...actors.central.issues, ...actors.community.issues, ...av.issues, ...sgb.issues);
  const labels: Analysis['labels'] = {};
  for (const key of twoMode.view.nodes()) {
    const a = twoMode.view.getNodeAttributes(key);
    labels[key] = { label: displayLabel(a), kind: a.kind, domains: a.domains, ...(a.domainSource ? { domainSource: a.domainSource } : {}) };
  }
  const documents = graph.getAttribute('documents');
  const analysis: Analysis = {
    format: 'netzatlas-analysis',
    version: 1,
    graph: {
      nodes: graph.order,
      edges: graph.size,
      type: graph.type,
      documents: Array.isArray(documents) ? documents.filter((d): d is string => typeof d === 'string').sort(compareStrings) : [],
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
  return time('schema', () => AnalysisSchema.parse(analysis));
}
