/**
 * The two views of the network that every measure is computed on (issue: "the choice explicit in
 * every output"):
 *  - twoMode: the stored graph of projects/programmes and actors, as a simple undirected graph;
 *  - actors: the derived actor network, two actors tied when they take part in the same project
 *    or programme, or are tied directly; weight = number of shared projects plus direct ties.
 * Places (municipality, district) and persons are not actors: a town linked to every project of
 * its area would otherwise look like the network's broker. A person who is the contact for a
 * project and works for an organisation ties that organisation to the project (both sentences
 * are kept as evidence).
 * Direction is ignored: "project → carrier" says who carries, not where anything flows.
 * Nodes and edges are inserted in sorted key order so every algorithm sees the same order.
 */
import Graph from 'graphology';
import {
  compareSources,
  type DomainSource,
  type LegalDomain,
  type NetzGraph,
  type NodeKind,
  type SourceRef,
} from '../model/index.ts';
import { compareStrings } from '../util/index.ts';
import { domainGroup, domainProvenance } from './domains.ts';

export type ViewName = 'twoMode' | 'actors';

export interface ViewNode {
  label: string;
  kind: NodeKind;
  domains: LegalDomain[];
  /** where the domains come from; null: the node has none */
  domainSource: DomainSource | null;
  group: string;
  municipality?: string;
  /** projects and programmes are the "events" of the two-mode network */
  side: 'project' | 'actor';
}

export interface ViewEdge {
  weight: number;
  /** relation kinds behind the tie; `co_participation` for ties through a shared project */
  relations: string[];
  /** evidence of direct ties */
  sources: SourceRef[];
  /** projects/programmes through which two actors are tied (actor view only) */
  via: string[];
}

export type ViewGraph = Graph<ViewNode, ViewEdge>;

export const PROJECT_SIDE_KINDS: readonly NodeKind[] = ['project', 'program'];
export const NON_ACTOR_KINDS: readonly NodeKind[] = ['municipality', 'district', 'person'];

export const VIEW_DESCRIPTIONS: Record<ViewName, string> = {
  twoMode:
    'Zwei-Modus-Netz: Projekte und Programme mit den beteiligten Akteuren, wie in graph.json gespeichert, ungerichtet zusammengefasst (Gewicht = Zahl der Beziehungen). Orte und Personen zählen nicht als Akteure; eine Ansprechperson verbindet ihre Organisation mit ihrem Projekt.',
  actors:
    'Akteursnetz: zwei Akteure sind verbunden, wenn sie am selben Projekt oder Programm beteiligt sind oder direkt zusammenarbeiten (Gewicht = Zahl gemeinsamer Projekte plus direkter Beziehungen).',
};

function newView(): ViewGraph {
  return new Graph<ViewNode, ViewEdge>({ type: 'undirected', multi: false, allowSelfLoops: false });
}

function sideOf(kind: NodeKind): 'project' | 'actor' | null {
  if (PROJECT_SIDE_KINDS.includes(kind)) return 'project';
  if (NON_ACTOR_KINDS.includes(kind)) return null;
  return 'actor';
}

/** Shared, frozen array for ties without projects or sources. */
const EMPTY = Object.freeze([]) as unknown as never[];

function isSorted(sources: readonly SourceRef[]): boolean {
  for (let i = 1; i < sources.length; i++) if (compareSources(sources[i - 1]!, sources[i]!) > 0) return false;
  return true;
}

interface Tie {
  u: string;
  v: string;
  attrs: ViewEdge;
  /** whether attrs.relations / sources / via are this tie's own arrays (else shared: copied before a change) */
  ownRelations: boolean;
  ownSources: boolean;
  ownVia: boolean;
}

/**
 * Ties of a view being built, keyed `u--v` (u ≤ v): collected in plain maps and inserted into the
 * graph once, in sorted order (a graphology graph built and then copied sorted cost twice the
 * edge insertions and most of the garbage collection on 100k-node networks). Most ties have one
 * relation, one project or none and one list of sources: those arrays are shared (frozen, or the
 * stored edge's own sorted list) and copied only when a second contribution arrives, which saves
 * three arrays per tie on large networks.
 */
class TieTable {
  readonly ties = new Map<string, Tie>();
  /** one frozen one-item array per relation kind or project, kept per view (project keys differ per network) */
  private readonly singles = new Map<string, string[]>();

  private single(value: string): string[] {
    let a = this.singles.get(value);
    if (a === undefined) this.singles.set(value, (a = Object.freeze([value]) as unknown as string[]));
    return a;
  }

  add(a: string, b: string, relation: string, sources: SourceRef[], weight = 1, via?: string): void {
    if (a === b) return;
    const [u, v] = compareStrings(a, b) <= 0 ? [a, b] : [b, a];
    const key = `${u}--${v}`;
    const tie = this.ties.get(key);
    if (tie === undefined) {
      const shareSources = sources.length === 0 || isSorted(sources);
      this.ties.set(key, {
        u,
        v,
        attrs: {
          weight,
          relations: this.single(relation),
          sources: sources.length === 0 ? EMPTY : shareSources ? sources : [...sources].sort(compareSources),
          via: via ? this.single(via) : EMPTY,
        },
        ownRelations: false,
        ownSources: !shareSources,
        ownVia: false,
      });
      return;
    }
    const attrs = tie.attrs;
    attrs.weight += weight;
    if (!attrs.relations.includes(relation)) {
      attrs.relations = tie.ownRelations ? attrs.relations : [...attrs.relations];
      tie.ownRelations = true;
      attrs.relations.push(relation);
    }
    if (sources.length > 0) {
      attrs.sources = tie.ownSources ? attrs.sources : [...attrs.sources];
      tie.ownSources = true;
      attrs.sources.push(...sources);
    }
    if (via && !attrs.via.includes(via)) {
      attrs.via = tie.ownVia ? attrs.via : [...attrs.via];
      tie.ownVia = true;
      attrs.via.push(via);
    }
  }
}

/** The view with nodes and edges inserted in sorted key order (deterministic indices), edge lists sorted. */
function buildView(nodes: ReadonlyMap<string, ViewNode>, table: TieTable): ViewGraph {
  const out = newView();
  for (const key of [...nodes.keys()].sort(compareStrings)) out.addNode(key, nodes.get(key));
  for (const key of [...table.ties.keys()].sort(compareStrings)) {
    const tie = table.ties.get(key)!;
    const { u, v, attrs } = tie;
    // shared arrays hold one item or are already sorted
    if (tie.ownRelations) attrs.relations.sort(compareStrings);
    if (tie.ownVia) attrs.via.sort(compareStrings);
    if (tie.ownSources) attrs.sources.sort(compareSources);
    out.addEdgeWithKey(key, u, v, attrs);
  }
  return out;
}

/** The stored network as a simple undirected graph of projects/programmes and actors. */
export function twoModeView(graph: NetzGraph): ViewGraph {
  const nodes = new Map<string, ViewNode>();
  const table = new TieTable();
  graph.forEachNode((key, a) => {
    const side = sideOf(a.kind);
    if (!side) return;
    const { domains, source } = domainProvenance(a);
    nodes.set(key, {
      label: a.label,
      kind: a.kind,
      domains,
      domainSource: source,
      group: domainGroup(domains),
      side,
      ...(a.municipality ? { municipality: a.municipality } : {}),
    });
  });
  const contactOf = new Map<string, { project: string; sources: SourceRef[] }[]>();
  const employers = new Map<string, { org: string; sources: SourceRef[] }[]>();
  graph.forEachEdge((_e, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target)) {
      table.add(source, target, attrs.kind, attrs.sources);
      return;
    }
    // persons: remember contact_for / works_for to tie their organisation to their project
    const personIsSource = graph.getNodeAttribute(source, 'kind') === 'person';
    if (!personIsSource) return;
    if (attrs.kind === 'contact_for' && nodes.has(target)) {
      const list = contactOf.get(source) ?? [];
      list.push({ project: target, sources: attrs.sources });
      contactOf.set(source, list);
    } else if (attrs.kind === 'works_for' && nodes.has(target)) {
      const list = employers.get(source) ?? [];
      list.push({ org: target, sources: attrs.sources });
      employers.set(source, list);
    }
  });
  for (const [person, projects] of contactOf) {
    for (const { org, sources: s1 } of employers.get(person) ?? []) {
      for (const { project, sources: s2 } of projects) {
        if (nodes.get(org)!.side === 'actor') table.add(project, org, 'contact_for', [...s1, ...s2]);
      }
    }
  }
  return buildView(nodes, table);
}

/** The derived actor network (co-participation in projects/programmes plus direct ties). */
export function actorView(twoMode: ViewGraph): ViewGraph {
  const nodes = new Map<string, ViewNode>();
  const table = new TieTable();
  twoMode.forEachNode((key, a) => {
    if (a.side === 'actor') nodes.set(key, a);
  });
  const projects = twoMode.filterNodes((_k, a) => a.side === 'project').sort(compareStrings);
  for (const p of projects) {
    const actors = twoMode.filterNeighbors(p, (_k, a) => a.side === 'actor').sort(compareStrings);
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) table.add(actors[i]!, actors[j]!, 'co_participation', [], 1, p);
    }
  }
  twoMode.forEachEdge((_e, attrs, s, t, sa, ta) => {
    if (sa.side === 'actor' && ta.side === 'actor') {
      const [first, ...rest] = attrs.relations;
      table.add(s, t, first ?? 'cooperates_with', attrs.sources, attrs.weight);
      for (const r of rest) table.add(s, t, r, [], 0);
    }
  });
  return buildView(nodes, table);
}
