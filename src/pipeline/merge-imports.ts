/**
 * Imported graphs (CSV, GEXF, GraphML, JSON) join the extracted documents before resolution: every
 * imported node becomes a mention and every edge a relation, so an imported "Jugendamt Minden"
 * resolves with the extracted one by the same rules (kind, municipality, normalised name). Sources
 * keep pointing at the imported file's row or element; attributes the extraction does not know
 * (a spreadsheet's own columns) are carried over to the resolved node.
 */
import {
  type DocumentExtraction,
  documentInfoList,
  documentInfoOf,
  DOMAIN_SOURCES,
  type GraphJSON,
  LEGAL_DOMAINS,
  type LegalDomain,
  type Mention,
  type MentionAttrs,
  NODE_KIND_LABELS_DE,
  type NodeAttributes,
  type PlaceLookup,
  type RelationMention,
  serializeGraph,
  type SourceDocument,
} from '../model/index.ts';
import type { ImportWarning } from '../formats/index.ts';
import { compareStrings } from '../util/index.ts';
import { nameKey } from '../resolve/index.ts';
import { runPipeline, type PipelineResult } from './run-pipeline.ts';

/** Attributes the pipeline builds itself; everything else of an imported node is carried over. */
const BUILT: ReadonlySet<string> = new Set([
  'label',
  'kind',
  'sources',
  'aliases',
  'municipality',
  'domains',
  'period',
  'begin',
  'targetGroups',
  'sgb2TargetGroup',
  'role',
  'organisation',
  'email',
  'phone',
  'website',
  'placeType',
  'ags',
  'lat',
  'lon',
  'domainSource',
]);

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length ? v : undefined;

function mentionAttrs(a: NodeAttributes, places: PlaceLookup): MentionAttrs {
  const attrs: MentionAttrs = { declared: true };
  const domains = (a.domains ?? []).filter((d): d is LegalDomain => (LEGAL_DOMAINS as readonly string[]).includes(d));
  if (domains.length) attrs.domains = domains;
  // where the file says its domains come from (our own export): kept, else they count as imported
  if (domains.length && (DOMAIN_SOURCES as readonly unknown[]).includes(a.domainSource))
    attrs.domainSource = a.domainSource!;
  for (const f of ['email', 'phone', 'website', 'aliases', 'targetGroups'] as const) {
    const v = strings(a[f]);
    if (v) attrs[f] = v;
  }
  if (a.period) attrs.period = a.period;
  if (a.begin) attrs.begin = a.begin;
  if (a.sgb2TargetGroup) attrs.sgb2TargetGroup = true;
  if (typeof a.role === 'string') attrs.role = a.role;
  if (typeof a.organisation === 'string') attrs.organisation = a.organisation;
  if (typeof a.placeType === 'string') attrs.placeType = a.placeType;
  if (a.kind === 'municipality') {
    const place = places.lookup(a.label)[0];
    if (place) attrs.placeId = place.id;
  }
  return attrs;
}

/**
 * The town an imported actor belongs to: its own attribute, else – for the offices named after
 * their town ("Jugendamt Minden", "Jobcenter Dortmund") – the place its name holds, as the extraction
 * reads it from the text. Other kinds keep what the file says (a missing town stays missing).
 */
function municipalityOf(a: NodeAttributes, places: PlaceLookup): string | undefined {
  if (a.municipality) return a.municipality;
  if (a.kind !== 'youth_office' && a.kind !== 'job_center') return undefined;
  const hit = places.scan(a.label).find((h) => h.places.length === 1);
  return hit?.places[0]?.name;
}

/** One imported graph as the extraction of a pseudo-document (its file name). */
export function graphToExtraction(graph: GraphJSON, file: string, places: PlaceLookup): DocumentExtraction {
  const mentions: Mention[] = [];
  const relations: RelationMention[] = [];
  const idOf = (key: string) => `${file}#${key}`;
  for (const n of graph.nodes) {
    const a = n.attributes;
    const src = a.sources[0]!;
    const attrs = mentionAttrs(a, places);
    const municipality = municipalityOf(a, places);
    mentions.push({
      id: idOf(n.key),
      doc: src.doc,
      start: src.start,
      end: src.end,
      kind: a.kind,
      name: a.label,
      ...(municipality ? { municipality } : {}),
      attrs,
    });
    // further sources of the same node stay evidence of it
    for (const extra of a.sources.slice(1))
      mentions.push({
        id: `${idOf(n.key)}@${extra.doc}:${extra.start}`,
        doc: extra.doc,
        start: extra.start,
        end: extra.end,
        kind: a.kind,
        name: a.label,
        ...(municipality ? { municipality } : {}),
        attrs: { ...(attrs.placeId ? { placeId: attrs.placeId } : {}) },
      });
  }
  for (const e of graph.edges) {
    for (const s of e.attributes.sources) {
      relations.push({
        kind: e.attributes.kind,
        from: idOf(e.source),
        to: idOf(e.target),
        doc: s.doc,
        start: s.start,
        end: s.end,
        cue: e.attributes.cue ?? `Import aus ${file}`,
      });
    }
  }
  return { doc: file, mentions, relations, issues: [] };
}

export interface ImportedGraph {
  file: string;
  graph: GraphJSON;
}

/** Edge attributes the pipeline builds itself; the others of an imported edge are carried over. */
const BUILT_EDGE: ReadonlySet<string> = new Set(['kind', 'sources', 'cue']);

export interface ImportPipelineResult extends PipelineResult {
  /** What resolution changed about imported items: ties that became loops or were folded into another tie. */
  warnings: ImportWarning[];
}

/**
 * Documents and imported graphs, resolved together into one network. With no imported graph this
 * is exactly the extraction pipeline.
 */
export function runImportPipeline(
  docs: readonly SourceDocument[],
  imported: readonly ImportedGraph[],
  places: PlaceLookup,
): ImportPipelineResult {
  const sorted = [...imported].sort((a, b) => compareStrings(a.file, b.file));
  const extra = sorted.map((g) => graphToExtraction(g.graph, g.file, places));
  // the documents an imported graph names (our own exports list theirs), else those its sources point at
  const documents = sorted.flatMap((g) => {
    const named = g.graph.attributes?.['documents'];
    if (Array.isArray(named) && named.length && named.every((d) => typeof d === 'string')) return named;
    return [
      ...g.graph.nodes.flatMap((n) => n.attributes.sources),
      ...g.graph.edges.flatMap((e) => e.attributes.sources),
    ].map((s) => s.doc);
  });
  const result = runPipeline(docs, places, undefined, extra, documents);
  const graph = result.graph;
  const warnings: ImportWarning[] = [];
  for (const g of sorted) {
    // carry over what the extraction does not build (a spreadsheet's own columns), first file wins
    for (const n of g.graph.nodes) {
      const key = result.nodeOf.get(`${g.file}#${n.key}`);
      if (!key || !graph.hasNode(key)) continue;
      for (const [name, value] of Object.entries(n.attributes)) {
        if (BUILT.has(name) || graph.hasNodeAttribute(key, name)) continue;
        graph.setNodeAttribute(key, name, value);
      }
    }
    for (const e of g.graph.edges) {
      const s = result.nodeOf.get(`${g.file}#${e.source}`);
      const t = result.nodeOf.get(`${g.file}#${e.target}`);
      const src = e.attributes.sources[0]!;
      const warn = (message: string) => warnings.push({ file: src.doc, position: { offset: src.start }, message });
      const what = `Beziehung ${e.source} → ${e.target} (${e.attributes.kind})`;
      if (!s || !t) continue;
      if (s === t) {
        warn(
          `${what}: beide Enden sind derselbe Akteur${e.source === e.target ? '' : ' (nach dem Zusammenführen)'} – nicht übernommen.`,
        );
        continue;
      }
      const resolved = graph
        .edges(s, t)
        .concat(graph.edges(t, s))
        .filter((k) => graph.getEdgeAttribute(k, 'kind') === e.attributes.kind);
      if (!resolved.length) {
        warn(
          `${what}: in einer anderen Beziehung derselben Akteure aufgegangen (ein Träger zählt nicht zusätzlich als Partner).`,
        );
        continue;
      }
      for (const [name, value] of Object.entries(e.attributes)) {
        if (BUILT_EDGE.has(name) || graph.hasEdgeAttribute(resolved[0]!, name)) continue;
        graph.setEdgeAttribute(resolved[0]!, name, value);
      }
    }
    // the graph's own attributes (a name, a description) survive, first file wins
    for (const [name, value] of Object.entries(g.graph.attributes ?? {})) {
      if (name === 'documents') continue;
      if (name === 'documentInfo') {
        // the documents read now and those of every imported graph: one list, the first to know a document wins
        const known = documentInfoOf(graph.getAttributes());
        for (const [doc, info] of documentInfoOf(g.graph.attributes)) if (!known.has(doc)) known.set(doc, info);
        if (known.size) graph.setAttribute('documentInfo' as never, documentInfoList(known));
        continue;
      }
      if (name === 'name' && graph.getAttribute('name') !== 'Netzatlas') continue;
      if (name !== 'name' && graph.hasAttribute(name)) continue;
      graph.setAttribute(name, value);
    }
  }
  warnings.push(...kindConflicts(sorted, result));
  return { ...result, graphJson: serializeGraph(graph), warnings };
}

/**
 * A table declares a node's kind and the resolver never changes it; so when the documents (or another
 * table) name an actor of the same name and municipality as another kind, the two stay apart. Say so,
 * once per declared node, rather than leave two equal names on the map without a word.
 */
function kindConflicts(imported: readonly ImportedGraph[], result: PipelineResult): ImportWarning[] {
  const graph = result.graph;
  const byName = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    const id = `${nameKey(a.label)}\u0000${a.municipality ?? ''}`;
    byName.set(id, [...(byName.get(id) ?? []), key]);
  });
  const out: ImportWarning[] = [];
  const told = new Set<string>();
  for (const g of imported) {
    for (const n of g.graph.nodes) {
      const key = result.nodeOf.get(`${g.file}#${n.key}`);
      if (!key || told.has(key) || !graph.hasNode(key)) continue;
      const a = graph.getNodeAttributes(key);
      const others = (byName.get(`${nameKey(a.label)}\u0000${a.municipality ?? ''}`) ?? []).filter(
        (k) => k !== key && graph.getNodeAttribute(k, 'kind') !== a.kind,
      );
      if (!others.length) continue;
      told.add(key);
      const src = n.attributes.sources[0]!;
      const kinds = [...new Set(others.map((k) => NODE_KIND_LABELS_DE[graph.getNodeAttribute(k, 'kind')]))].join(', ');
      out.push({
        file: src.doc,
        position: { offset: src.start },
        message: `„${a.label}“ ist hier als ${NODE_KIND_LABELS_DE[a.kind]} angegeben, anderswo heißt ein ${kinds} genauso; die Art aus der Tabelle bleibt, beide bleiben getrennte Knoten. Ist es derselbe Akteur, die Art angleichen oder in den Korrekturen zusammenführen.`,
      });
    }
  }
  return out;
}
