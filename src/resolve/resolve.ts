/**
 * Mentions from all documents → one node per real-world actor (DOMAIN.md §4).
 * Identity = kind group + municipality + normalised name, with typo tolerance; every spelling that
 * was merged is kept as an alias and every merge is logged with its reason.
 */
import { canonicalMinistry, type PublicBody } from '../vocabulary/index.ts';
import { boundedDistance, compareStrings, slug } from '../util/index.ts';
import {
  displayLabel,
  type DocumentExtraction,
  keyNamespace,
  type Mention,
  type NodeKind,
  type Period,
  type PlaceLookup,
  type RelationKind,
  type SourceRef,
} from '../model/index.ts';
import { nameKey, personKey } from './normalise-name.ts';

export interface ResolvedNode {
  key: string;
  kind: NodeKind;
  label: string;
  municipality?: string;
  mentions: Mention[];
  reasons: Set<string>;
}

export interface ResolvedEdge {
  key: string;
  kind: RelationKind;
  source: string;
  target: string;
  undirected: boolean;
  sources: SourceRef[];
  cues: string[];
}

export interface MergeLogEntry {
  key: string;
  label: string;
  kind: NodeKind;
  spellings: Array<{ name: string; doc: string; start: number; end: number }>;
  documents: string[];
  reasons: string[];
}

export interface Resolution {
  nodes: ResolvedNode[];
  edges: ResolvedEdge[];
  merges: MergeLogEntry[];
  /** mention id → node key */
  nodeOf: Map<string, string>;
}

type Group = 'place' | 'youth_office' | 'job_center' | 'org' | 'person' | 'project' | 'program' | 'district';

function groupOf(kind: NodeKind): Group {
  switch (kind) {
    case 'municipality':
      return 'place';
    case 'district':
      return 'district';
    case 'youth_office':
      return 'youth_office';
    case 'job_center':
      return 'job_center';
    case 'person':
      return 'person';
    case 'project':
      return 'project';
    case 'program':
      return 'program';
    default:
      return 'org';
  }
}

const EU = /^(eu|europaeische union|europaeischen union)$/;
const ESF = /^(esf|esf plus|esf\+|europaeische[rn]? sozialfonds( plus)?)$/;

/** Key functions remembered for one resolution: the same names recur in many documents. */
interface Keys {
  name: (s: string) => string;
  person: (s: string) => string;
  slug: (s: string) => string;
  ministry: (s: string) => PublicBody | undefined;
}

function remember<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    const v = fn(s);
    seen.set(s, v);
    return v;
  };
}

function rememberedKeys(): Keys {
  return {
    name: remember(nameKey),
    person: remember(personKey),
    slug: remember(slug),
    ministry: remember(canonicalMinistry),
  };
}

/** The identity of a mention before fuzzy matching: [key, label, reason]. */
function identity(m: Mention, keys: Keys): { id: string; label: string; reason: string } {
  const muni = m.municipality;
  const where = muni ? `@${keys.slug(muni)}` : '';
  switch (groupOf(m.kind)) {
    case 'place':
      return {
        id: `place:${m.attrs.placeId ?? keys.slug(m.name)}`,
        label: m.name,
        reason: 'gleicher Ort im Ortsverzeichnis',
      };
    case 'district':
      return {
        id: `district:${keys.slug(muni ?? '')}:${keys.name(m.name)}`,
        label: m.name,
        reason: 'gleicher Stadtteil in derselben Kommune',
      };
    case 'youth_office':
      if (/landesjugendamt/i.test(m.name) || !muni)
        return { id: `youth:${keys.name(m.name)}`, label: m.name, reason: 'gleicher Name' };
      return {
        id: `youth:${keys.slug(muni)}`,
        label: `Jugendamt ${muni}`,
        reason: 'Jugendamt oder Einheit des Jugendamts derselben Kommune',
      };
    case 'job_center':
      return muni
        ? { id: `jobcenter:${keys.slug(muni)}`, label: `Jobcenter ${muni}`, reason: 'Jobcenter derselben Kommune' }
        : { id: `jobcenter:${keys.name(m.name)}`, label: m.name, reason: 'gleicher Name' };
    case 'person':
      return { id: `person:${keys.person(m.name)}`, label: m.name, reason: 'gleicher Name' };
    case 'program':
      return {
        id: `program:${keys.name(m.name.split(/\s+[–—-]\s+/)[0]!)}`,
        label: m.name,
        reason: 'gleicher Programmname',
      };
    case 'project':
      return {
        id: `project:${keys.name(m.name)}${where}`,
        label: m.name,
        reason: 'gleicher Projekttitel in derselben Kommune',
      };
    default: {
      const ministry =
        m.kind === 'funder' || /ministerium|^[A-Z]{3,8}( NRW)?$|\./.test(m.name) ? keys.ministry(m.name) : undefined;
      if (ministry)
        return {
          id: `org:${keys.name(ministry.canonical)}`,
          label: ministry.canonical,
          reason: 'Ministerium: Name, Kürzel oder Signet',
        };
      const k = keys.name(m.name);
      if (EU.test(k)) return { id: 'org:europaeische union', label: 'Europäische Union', reason: 'Europäische Union' };
      if (ESF.test(k))
        return { id: 'org:esf', label: 'Europäischer Sozialfonds (ESF)', reason: 'Europäischer Sozialfonds' };
      const local = m.kind !== 'funder' ? where : '';
      return { id: `org:${k}${local}`, label: m.name, reason: 'gleicher Name nach Normalisierung' };
    }
  }
}

/**
 * Edges: one per kind and endpoint pair, with all evidence; looked up by kind, source and target (the
 * key string "kind:a->b" names each triple once, so it is built only for new edges). Sorted by key.
 */
function resolveEdges(extractions: readonly DocumentExtraction[], nodeOf: ReadonlyMap<string, string>): ResolvedEdge[] {
  const edges = new Map<RelationKind, Map<string, Map<string, ResolvedEdge>>>();
  const unsorted: ResolvedEdge[] = [];
  const sourceSets = new Map<ResolvedEdge, Set<string>>();
  for (const e of extractions) {
    for (const r of e.relations) {
      const s = nodeOf.get(r.from);
      const t = nodeOf.get(r.to);
      if (!s || !t || s === t) continue;
      const undirected = r.kind === 'cooperates_with';
      const [a, b] = undirected && compareStrings(t, s) < 0 ? [t, s] : [s, t];
      const ofKind = edges.get(r.kind) ?? edges.set(r.kind, new Map()).get(r.kind)!;
      const fromA = ofKind.get(a) ?? ofKind.set(a, new Map()).get(a)!;
      let edge = fromA.get(b);
      if (!edge) {
        edge = { key: `${r.kind}:${a}->${b}`, kind: r.kind, source: a, target: b, undirected, sources: [], cues: [] };
        fromA.set(b, edge);
        unsorted.push(edge);
      }
      addSource(edge, r, sourceSets);
      if (!edge.cues.includes(r.cue)) edge.cues.push(r.cue);
    }
  }
  return unsorted.sort((x, y) => compareStrings(x.key, y.key));
}

export function resolve(extractions: readonly DocumentExtraction[], places: PlaceLookup): Resolution {
  const all = extractions.flatMap((e) => e.mentions);
  const byId = new Map<string, ResolvedNode>();
  // the identity node of each mention of `all`, by position
  const nodeAt: ResolvedNode[] = [];

  const keys = rememberedKeys();
  for (const m of all) {
    const { id, label, reason } = identity(m, keys);
    let node = byId.get(id);
    if (!node) {
      node = {
        key: id,
        kind: m.kind,
        label,
        mentions: [],
        reasons: new Set(),
        ...(m.municipality ? { municipality: m.municipality } : {}),
      };
      byId.set(id, node);
    }
    node.mentions.push(m);
    if (node.mentions.length > 1) node.reasons.add(reason);
    nodeAt.push(node);
  }

  // fuzzy merges inside one group and municipality: typing errors, bare brand names, legal forms
  const alias = new Map<string, string>();
  const find = (id: string): string => {
    let cur = id;
    while (alias.has(cur)) cur = alias.get(cur)!;
    return cur;
  };
  const nodes = [...byId.values()].sort((a, b) => compareStrings(a.key, b.key));
  // only nodes of one bucket can be the same actor; keys are computed once per node
  for (const bucket of fuzzyBuckets(nodes, keys)) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        const reason = fuzzySame(a, b);
        if (!reason) continue;
        const ra = find(a.node.key);
        const rb = find(b.node.key);
        if (ra === rb) continue;
        // keep the more specific (longer) label as the survivor
        const [keep, drop] = a.node.label.length >= b.node.label.length ? [ra, rb] : [rb, ra];
        alias.set(drop, keep);
        byId.get(keep)!.reasons.add(reason);
      }
    }
  }
  for (const n of nodes) {
    const root = find(n.key);
    if (root === n.key) continue;
    const target = byId.get(root)!;
    target.mentions.push(...n.mentions);
    for (const r of n.reasons) target.reasons.add(r);
    byId.delete(n.key);
  }

  // final keys, labels and kinds
  const finalNodes: ResolvedNode[] = [];
  const keyMap = new Map<string, string>();
  const usedKeys = new Set<string>();
  // per key, where to look for the next free "-k": keys are only ever added, so the smallest free
  // k never goes down (many projects of one title in many towns would otherwise be quadratic)
  const nextSuffix = new Map<string, number>();
  for (const n of [...byId.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    const kind = chooseKind(n);
    const label = chooseLabel(n, kind, places);
    let key = `${keyNamespace(kind)}:${slug(keySeed(n, displayLabel({ label, kind, municipality: n.municipality })))}`;
    if (usedKeys.has(key)) {
      let k = nextSuffix.get(key) ?? 2;
      while (usedKeys.has(`${key}-${k}`)) k++;
      nextSuffix.set(key, k + 1);
      key = `${key}-${k}`;
    }
    usedKeys.add(key);
    keyMap.set(n.key, key);
    finalNodes.push({
      key,
      kind,
      label,
      mentions: n.mentions,
      reasons: n.reasons,
      ...(n.municipality ? { municipality: n.municipality } : {}),
    });
  }
  const nodeOf = mentionNodeKeys(all, nodeAt, nodes, find, keyMap);

  const edgeList = resolveEdges(extractions, nodeOf);

  // a body that funds something is a funder, whatever its name looked like
  const funded = new Set(edgeList.filter((e) => e.kind === 'funded_by').map((e) => e.target));
  for (const n of finalNodes)
    if (funded.has(n.key) && (n.kind === 'organisation' || n.kind === 'carrier') && !isDeclared(n)) n.kind = 'funder';

  const merges: MergeLogEntry[] = [];
  for (const n of finalNodes) {
    const docs = [...new Set(n.mentions.map((m) => m.doc))].sort(compareStrings);
    const spellings = [...new Set(n.mentions.map((m) => m.name))];
    if (n.mentions.length < 2 || (spellings.length < 2 && docs.length < 2)) continue;
    merges.push({
      key: n.key,
      label: n.label,
      kind: n.kind,
      documents: docs,
      reasons: [...n.reasons].sort(compareStrings),
      spellings: n.mentions
        .map((m) => ({ name: m.name, doc: m.doc, start: m.start, end: m.end }))
        .sort((a, b) => compareStrings(a.doc, b.doc) || a.start - b.start),
    });
  }
  return { nodes: finalNodes, edges: edgeList, merges: merges.sort((a, b) => compareStrings(a.key, b.key)), nodeOf };
}

/**
 * Mention id → final node key, in the order of the mentions. Mention ids are unique when they come
 * from runPipeline; should an id repeat, the writes of the earlier two-pass rule are replayed: the
 * last mention with the id, then the survivors of merged nodes in key order.
 */
function mentionNodeKeys(
  all: readonly Mention[],
  nodeAt: readonly ResolvedNode[],
  nodes: readonly ResolvedNode[],
  find: (id: string) => string,
  keyMap: ReadonlyMap<string, string>,
): Map<string, string> {
  const finalKey = new Map<ResolvedNode, string>();
  const keyOf = (n: ResolvedNode): string => {
    let k = finalKey.get(n);
    if (k === undefined) {
      k = keyMap.get(find(n.key)) ?? keyMap.get(n.key)!;
      finalKey.set(n, k);
    }
    return k;
  };
  const out = new Map<string, string>();
  for (let i = 0; i < all.length; i++) out.set(all[i]!.id, keyOf(nodeAt[i]!));
  if (out.size === all.length) return out;
  const last = new Map<string, string>();
  for (let i = 0; i < all.length; i++) last.set(all[i]!.id, nodeAt[i]!.key);
  for (const n of nodes) {
    const root = find(n.key);
    // a merged node keeps its own mentions; only survivors received others
    if (root !== n.key) for (const m of n.mentions) last.set(m.id, root);
  }
  const replayed = new Map<string, string>();
  for (const [mid, k] of last) replayed.set(mid, keyMap.get(find(k)) ?? keyMap.get(k)!);
  return replayed;
}

/** Adds a relation's evidence once: a scan for the usual few sources, a set for edges seen in many documents. */
function addSource(edge: ResolvedEdge, r: SourceRef, sets: Map<ResolvedEdge, Set<string>>): void {
  const key = (x: SourceRef) => `${x.start}:${x.end}:${x.doc}`;
  if (edge.sources.length < 16) {
    if (!edge.sources.some((x) => x.doc === r.doc && x.start === r.start && x.end === r.end))
      edge.sources.push({ doc: r.doc, start: r.start, end: r.end });
    return;
  }
  let seen = sets.get(edge);
  if (!seen) {
    seen = new Set(edge.sources.map(key));
    sets.set(edge, seen);
  }
  const k = key(r);
  if (seen.has(k)) return;
  seen.add(k);
  edge.sources.push({ doc: r.doc, start: r.start, end: r.end });
}

function keySeed(n: ResolvedNode, label: string): string {
  if (n.kind === 'person') return personKey(label);
  if (n.kind === 'district' && n.municipality) return `${n.municipality} ${label}`;
  if (n.kind === 'municipality') return n.mentions[0]?.attrs.placeId?.replace(':', ' ') ?? label;
  return label;
}

/** A node with the comparison key of its label, computed once. */
interface Candidate {
  node: ResolvedNode;
  group: Group;
  key: string;
}

/**
 * Candidates that may merge, in key order inside each bucket. A bucket is one group and
 * municipality, narrowed where fuzzySame can only merge equal parts: persons by surname (the
 * last word of the key), projects and districts by the whole key. Groups that never merge fuzzily
 * get no bucket. Buckets are disjoint, so the merges do not depend on the narrowing.
 */
function fuzzyBuckets(nodes: readonly ResolvedNode[], keys: Keys): Array<Candidate[]> {
  const buckets = new Map<string, Candidate[]>();
  for (const node of nodes) {
    const group = groupOf(node.kind);
    if (group === 'place' || group === 'youth_office' || group === 'job_center' || group === 'program') continue;
    const key = group === 'person' ? keys.person(node.label) : keys.name(node.label);
    const narrow =
      group === 'person' ? key.slice(key.lastIndexOf(' ') + 1) : group === 'project' || group === 'district' ? key : '';
    const b = `${group}|${node.municipality ?? ''}|${narrow}`;
    const list = buckets.get(b);
    const c: Candidate = { node, group, key };
    if (list) list.push(c);
    else buckets.set(b, [c]);
  }
  return [...buckets.values()];
}

/** Two candidates of one bucket that are the same actor, with the reason, or undefined. */
function fuzzySame(ca: Candidate, cb: Candidate): string | undefined {
  const a = ca.node;
  const b = cb.node;
  const g = ca.group;
  const ka = ca.key;
  const kb = cb.key;
  if (ka === kb) return 'gleicher Name nach Normalisierung';
  if (g === 'person') {
    // same surname is given by the bucket; more than one word each
    if (ka.length >= 10 && ka.includes(' ') && kb.includes(' ') && Math.abs(ka.length - kb.length) <= 2) {
      const d = boundedDistance(ka, kb, 2);
      if (d <= 2) return `Tippfehler im Namen (Abstand ${d})`;
    }
    return undefined;
  }
  if (g === 'project' || g === 'district') return undefined;
  // the same words but one more or one fewer letter: "Caritasverband Musterstadt" / "Caritasverband Musterstat"
  if (ka.length >= 10 && kb.length >= 10 && Math.abs(ka.length - kb.length) <= 2 && wordCount(ka) === wordCount(kb)) {
    const d = boundedDistance(ka, kb, 2);
    if (d <= Math.min(2, Math.floor(Math.min(ka.length, kb.length) / 10))) {
      // differing digits or differing last words mean different bodies ("Grundschule 1" / "Grundschule 2")
      if (/\d/.test(ka) || /\d/.test(kb)) return undefined;
      return `Tippfehler im Namen (Abstand ${d})`;
    }
  }
  // a bare brand ("Caritas") and the one local association of that brand ("Caritasverband Musterstadt")
  if (a.municipality && a.municipality === b.municipality) {
    const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
    if (
      !short.includes(' ') &&
      long.startsWith(short) &&
      short.length >= 3 &&
      (a.kind === 'carrier' || b.kind === 'carrier')
    )
      return 'Kurzname eines Verbands vor Ort';
  }
  return undefined;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

const KIND_PRIORITY: NodeKind[] = [
  'youth_office',
  'job_center',
  'school',
  'daycare',
  'funder',
  'carrier',
  'organisation',
];

/** What an imported file declared wins over what the text suggests: its kinds and names are never rewritten. */
const isDeclared = (n: ResolvedNode): boolean => n.mentions.some((m) => m.attrs.declared);
const deciding = (n: ResolvedNode): readonly Mention[] =>
  isDeclared(n) ? n.mentions.filter((m) => m.attrs.declared) : n.mentions;

function chooseKind(n: ResolvedNode): NodeKind {
  const mentions = deciding(n);
  const kinds = new Set(mentions.map((m) => m.kind));
  if (kinds.size === 1) return mentions[0]!.kind;
  for (const k of KIND_PRIORITY) if (kinds.has(k)) return k;
  return mentions[0]!.kind;
}

/**
 * The most complete spelling: most frequent among the longest (declared names only, where a file
 * declared one). The label is the name alone; a town that tells two equal names apart is the node's
 * `municipality`, which displays append (model/display-label.ts) and the key includes.
 */
function chooseLabel(n: ResolvedNode, kind: NodeKind, places: PlaceLookup): string {
  if (isDeclared(n)) return mostComplete(deciding(n));
  if (kind === 'municipality') {
    const id = n.mentions[0]?.attrs.placeId;
    return (id ? places.byId(id)?.name : undefined) ?? n.label;
  }
  if (kind === 'youth_office' || kind === 'job_center') return n.label;
  if (
    n.label.startsWith('Ministerium') ||
    n.label.startsWith('Bundesministerium') ||
    n.label === 'Europäische Union' ||
    n.label.startsWith('Europäischer Sozialfonds')
  )
    return n.label;
  return mostComplete(n.mentions);
}

function mostComplete(mentions: readonly Mention[]): string {
  const byCount = new Map<string, number>();
  for (const m of mentions) {
    const x = m.name.replace(/\s+/g, ' ').trim();
    byCount.set(x, (byCount.get(x) ?? 0) + 1);
  }
  return [...byCount.entries()].sort(
    (a, b) => b[0].length - a[0].length || b[1] - a[1] || compareStrings(a[0], b[0]),
  )[0]![0];
}

export function mergePeriods(periods: Array<Period | undefined>): Period | undefined {
  const ps = periods.filter((p): p is Period => p !== undefined);
  if (!ps.length) return undefined;
  const starts = ps
    .map((p) => p.start)
    .filter((s): s is string => !!s)
    .sort(compareStrings);
  const ends = ps
    .map((p) => p.end)
    .filter((s): s is string => !!s)
    .sort(compareStrings);
  const out: Period = {};
  if (starts[0]) out.start = starts[0];
  if (ends.length) out.end = ends[ends.length - 1]!;
  return out;
}
