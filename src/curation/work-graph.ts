/**
 * A plain, mutable working copy of a GraphJSON for applying a curation log: maps of nodes and edges
 * plus two indices (edges by node, edges by endpoint pair) so that every operation costs time in
 * proportion to the degrees it touches, and a whole log is applied in linear time. No graphology:
 * the result goes straight back to JSON, and the explorer runs this in a Web Worker.
 *
 * The input is never changed: attribute objects are copied on reading, and arrays inside them are
 * replaced, never mutated.
 */
import { type EdgeAttributes, type GraphJSON, type NodeAttributes, uniqueSources } from '../model/index.ts';
import { compareStrings } from '../util/index.ts';

export interface WorkEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: EdgeAttributes;
}

export type GraphType = 'mixed' | 'directed' | 'undirected';

/** What happened to an edge handed to `insertEdge`. */
export type InsertOutcome =
  { kind: 'added'; key: string } | { kind: 'merged'; key: string; changed: boolean } | { kind: 'blocked'; key: string };

/** Key of an edge as the resolver writes it (`partner:project:x->org:y`); undirected edges with sorted ends. */
export function canonicalEdgeKey(kind: string, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

function slotOf(source: string, target: string, undirected: boolean): string {
  if (!undirected) return `d\u0000${source}\u0000${target}`;
  return compareStrings(source, target) <= 0 ? `u\u0000${source}\u0000${target}` : `u\u0000${target}\u0000${source}`;
}

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}

function deleteFrom(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

export class WorkGraph {
  readonly nodes = new Map<string, NodeAttributes>();
  readonly edges = new Map<string, WorkEdge>();
  /** node key → keys of its edges */
  private readonly incident = new Map<string, Set<string>>();
  /** endpoint pair (ordered for directed, unordered for undirected edges) → edge keys */
  private readonly slots = new Map<string, Set<string>>();
  /** nodes merged away → the node they went into, and the log index of that merge */
  private readonly redirects = new Map<string, { to: string; index: number }>();
  readonly type: GraphType;
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;

  private constructor(private readonly base: GraphJSON) {
    this.type = base.options?.type ?? 'mixed';
    this.multi = base.options?.multi ?? true;
    this.allowSelfLoops = base.options?.allowSelfLoops ?? true;
  }

  static fromJSON(json: GraphJSON): WorkGraph {
    const g = new WorkGraph(json);
    for (const n of json.nodes) g.nodes.set(n.key, { ...n.attributes });
    // edges without a key (allowed by the contract) get the resolver's key, so the output is keyed and deterministic
    const taken = new Set(json.edges.flatMap((e) => (e.key === undefined ? [] : [e.key])));
    for (const e of json.edges) {
      const undirected = e.undirected === true;
      let key = e.key;
      if (key === undefined || g.edges.has(key)) {
        const [s, t] =
          undirected && compareStrings(e.target, e.source) < 0 ? [e.target, e.source] : [e.source, e.target];
        key = g.freeKey(canonicalEdgeKey(e.attributes.kind, s, t), taken);
        taken.add(key);
      }
      g.link({ key, source: e.source, target: e.target, undirected, attributes: { ...e.attributes } });
    }
    return g;
  }

  /** Canonical GraphJSON: nodes and edges sorted by key (as graph-io's graphToJSON writes them). */
  toJSON(): GraphJSON {
    const nodes = [...this.nodes.entries()]
      .sort((a, b) => compareStrings(a[0], b[0]))
      .map(([key, attributes]) => ({ key, attributes }));
    const edges = [...this.edges.values()]
      .sort((a, b) => compareStrings(a.key, b.key))
      .map((e) => ({
        key: e.key,
        source: e.source,
        target: e.target,
        attributes: e.attributes,
        ...(e.undirected ? { undirected: true } : {}),
      }));
    return {
      attributes: { ...(this.base.attributes ?? {}) },
      options: {
        ...(this.base.options ?? {}),
        type: this.type,
        multi: this.multi,
        allowSelfLoops: this.allowSelfLoops,
      },
      nodes,
      edges,
    };
  }

  /** The node a key stands for now: itself, or the node it was merged into (following chains). */
  resolve(key: string): { key: string; via?: { from: string; index: number } } {
    let k = key;
    let via: { from: string; index: number } | undefined;
    for (let r = this.redirects.get(k); r !== undefined && !this.nodes.has(k); r = this.redirects.get(k)) {
      via = { from: key, index: r.index };
      k = r.to;
    }
    return via ? { key: k, via } : { key: k };
  }

  redirect(from: string, to: string, index: number): void {
    this.redirects.set(from, { to, index });
  }

  edgeKeysOf(node: string): string[] {
    return [...(this.incident.get(node) ?? [])].sort(compareStrings);
  }

  /** Edges of one kind from source to target; undirected edges match in either order. */
  edgesBetween(source: string, target: string, kind: string): WorkEdge[] {
    const keys = [
      ...(this.slots.get(slotOf(source, target, false)) ?? []),
      ...(this.slots.get(slotOf(source, target, true)) ?? []),
    ];
    return keys
      .map((k) => this.edges.get(k))
      .filter((e): e is WorkEdge => e !== undefined && e.attributes.kind === kind)
      .sort((a, b) => compareStrings(a.key, b.key));
  }

  unlink(key: string): WorkEdge | undefined {
    const e = this.edges.get(key);
    if (!e) return undefined;
    this.edges.delete(key);
    deleteFrom(this.incident, e.source, key);
    deleteFrom(this.incident, e.target, key);
    deleteFrom(this.slots, slotOf(e.source, e.target, e.undirected), key);
    return e;
  }

  removeNode(key: string): number {
    const keys = this.edgeKeysOf(key);
    for (const k of keys) this.unlink(k);
    this.nodes.delete(key);
    return keys.length;
  }

  /**
   * Add an edge under the resolver's key, unless an edge of the same kind already joins the same
   * ends the same way: then that edge takes the new one's sources (and its cue if it had none). In a
   * simple graph (`multi: false`) an edge of another kind in the same place blocks the new one.
   */
  insertEdge(edge: Omit<WorkEdge, 'key'>): InsertOutcome {
    const slot = slotOf(edge.source, edge.target, edge.undirected);
    const here = [...(this.slots.get(slot) ?? [])].sort(compareStrings);
    for (const k of here) {
      const existing = this.edges.get(k)!;
      if (existing.attributes.kind !== edge.attributes.kind) continue;
      const sources = uniqueSources([...existing.attributes.sources, ...edge.attributes.sources]);
      const cue = existing.attributes.cue || edge.attributes.cue;
      const changed = sources.length !== existing.attributes.sources.length || cue !== existing.attributes.cue;
      if (changed)
        existing.attributes = {
          ...edge.attributes,
          ...existing.attributes,
          sources,
          ...(cue !== undefined ? { cue } : {}),
        };
      return { kind: 'merged', key: k, changed };
    }
    if (!this.multi && here.length > 0) return { kind: 'blocked', key: here[0]! };
    const [s, t] =
      edge.undirected && compareStrings(edge.target, edge.source) < 0
        ? [edge.target, edge.source]
        : [edge.source, edge.target];
    const key = this.freeKey(canonicalEdgeKey(edge.attributes.kind, s, t), this.edges);
    this.link({ ...edge, key, source: s, target: t });
    return { kind: 'added', key };
  }

  private link(e: WorkEdge): void {
    this.edges.set(e.key, e);
    addTo(this.incident, e.source, e.key);
    addTo(this.incident, e.target, e.key);
    addTo(this.slots, slotOf(e.source, e.target, e.undirected), e.key);
  }

  private freeKey(base: string, taken: { has(key: string): boolean }): string {
    if (!taken.has(base) && !this.edges.has(base)) return base;
    for (let n = 2; ; n++) {
      const k = `${base}#${n}`;
      if (!taken.has(k) && !this.edges.has(k)) return k;
    }
  }
}
