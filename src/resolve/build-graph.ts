/** Resolved actors and ties → the graphology graph of the data contract (DOMAIN.md §3). */
import Graph from 'graphology';
import {
  displayLabel,
  type DocumentExtraction,
  type EdgeAttributes,
  type NetzGraph,
  type NodeAttributes,
  type PlaceLookup,
  uniqueSources,
} from '../model/index.ts';
import { compareStrings } from '../util/index.ts';
import { nodeDomains } from './node-domains.ts';
import { mergePeriods, resolve, type MergeLogEntry } from './resolve.ts';

export interface BuiltNetwork {
  graph: NetzGraph;
  merges: MergeLogEntry[];
  /** mention id → node key (imports use it to carry their extra attributes over) */
  nodeOf: ReadonlyMap<string, string>;
}

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort(compareStrings);

export function buildNetwork(
  extractions: readonly DocumentExtraction[],
  places: PlaceLookup,
  documents: readonly string[],
): BuiltNetwork {
  const res = resolve(extractions, places);
  const graph: NetzGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ name: 'Netzatlas', documents: [...documents].sort(compareStrings) });

  for (const n of res.nodes) {
    const ms = n.mentions;
    const attrs: NodeAttributes = {
      label: n.label,
      kind: n.kind,
      sources: uniqueSources(ms.map((m) => ({ doc: m.doc, start: m.start, end: m.end }))),
    };
    const names = new Set<string>();
    for (const m of ms) {
      names.add(m.name);
      for (const a of m.attrs.aliases ?? []) names.add(a);
    }
    // the shown name („Name (Stadt)“) stays findable as an alias of an extracted actor; what a file
    // declared is kept as declared
    if (!ms.some((m) => m.attrs.declared)) names.add(displayLabel(n));
    names.delete(n.label);
    const aliases = [...names].sort(compareStrings);
    if (aliases.length) attrs.aliases = aliases;
    if (n.municipality && n.kind !== 'municipality') attrs.municipality = n.municipality;
    const { domains, source } = nodeDomains(n.kind, n.label, ms);
    if (domains.length) attrs.domains = domains;
    if (source) attrs.domainSource = source;
    if (n.kind === 'municipality') {
      const place = places.byId(ms[0]!.attrs.placeId ?? '');
      if (place) {
        attrs.placeType =
          place.level === 'gemeinde'
            ? place.kreisfrei
              ? 'kreisfreie Stadt'
              : 'Gemeinde'
            : place.level === 'kreis'
              ? 'Kreis'
              : place.level;
        if (place.ags) attrs.ags = place.ags;
        if (place.kreis && place.level === 'gemeinde' && !place.kreisfrei) attrs.municipality = place.kreis;
        if (place.lat !== undefined && place.lon !== undefined) {
          attrs.lat = place.lat;
          attrs.lon = place.lon;
        }
      }
    }
    if (n.kind === 'district') {
      const t = ms.find((m) => m.attrs.placeType)?.attrs.placeType;
      if (t) attrs.placeType = t;
    }
    if (n.kind === 'project') {
      const period = mergePeriods(ms.map((m) => m.attrs.period));
      if (period) attrs.period = period;
      const begin = ms.map((m) => m.attrs.begin).find(Boolean);
      if (begin) attrs.begin = begin;
      const tg = sortedUnique(ms.flatMap((m) => m.attrs.targetGroups ?? []));
      if (tg.length) attrs.targetGroups = tg;
      attrs.sgb2TargetGroup = ms.some((m) => m.attrs.sgb2TargetGroup === true);
      const stated = uniqueSources(
        ms.flatMap((m) => (m.attrs.crossCircuit ?? []).map((s) => ({ doc: m.doc, start: s.start, end: s.end }))),
      );
      if (stated.length) attrs.crossCircuitStatements = stated;
    }
    if (n.kind === 'person') {
      const role = ms.map((m) => m.attrs.role).find(Boolean);
      if (role) attrs.role = role;
      const org = ms.map((m) => m.attrs.organisation).find(Boolean);
      if (org) attrs.organisation = org;
    }
    for (const f of ['email', 'phone', 'website'] as const) {
      const v = sortedUnique(ms.flatMap((m) => m.attrs[f] ?? []));
      if (v.length) attrs[f] = v;
    }
    graph.addNode(n.key, attrs);
  }
  // a carrier is not also listed as a mere partner of the same project
  const carried = new Map<string, Set<string>>();
  for (const e of res.edges)
    if (e.kind === 'carried_by')
      (carried.get(e.source) ?? carried.set(e.source, new Set()).get(e.source)!).add(e.target);
  for (const e of res.edges) {
    if (e.kind === 'partner' && carried.get(e.source)?.has(e.target)) continue;
    const attrs: EdgeAttributes = { kind: e.kind, sources: uniqueSources(e.sources), cue: e.cues[0] ?? '' };
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
  }
  return { graph, merges: res.merges, nodeOf: res.nodeOf };
}
