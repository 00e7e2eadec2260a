/**
 * Independent scorer for Netzatlas graphs against hand-made gold annotations.
 *
 * Pure logic: no node:fs, no process. `evaluate.ts` is the CLI around it.
 * Nothing here imports from src/ on purpose: the yardstick must not share
 * code (or bugs) with the extractor it measures.
 *
 * Matching rules (see test/eval/README.md):
 *  - a predicted node belongs to a document when one of its sources names that document;
 *  - a predicted node matches a gold entity of the same kind when a normalised form of its
 *    label or one of its aliases equals the normalised gold label or a gold mention, or when
 *    one of its source spans overlaps an occurrence of a gold mention in the text;
 *  - matching is one-to-one and greedy, best candidates first (label equality beats alias
 *    equality beats span overlap; agreeing `municipality` attributes break ties);
 *  - after the strict pass, youth_office/organisation and carrier/organisation pairs
 *    (either direction) may still match; they are reported as kind mismatches and are not
 *    true positives of the strict per-kind scores, but they do count as endpoints for relations.
 */

export const NODE_KINDS = [
  'project',
  'program',
  'funder',
  'carrier',
  'youth_office',
  'job_center',
  'school',
  'daycare',
  'municipality',
  'district',
  'organisation',
  'person',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_KINDS = [
  'part_of',
  'funded_by',
  'carried_by',
  'partner',
  'located_in',
  'works_for',
  'contact_for',
  'cooperates_with',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Relation kinds whose direction is not scored. */
export const UNDIRECTED_RELATIONS: ReadonlySet<string> = new Set(['partner', 'cooperates_with']);

/** Kind pairs accepted in the second, lenient matching pass (stored both ways). */
const MISMATCH_PAIRS: ReadonlySet<string> = new Set([
  'youth_office|organisation',
  'organisation|youth_office',
  'carrier|organisation',
  'organisation|carrier',
]);

// ---------------------------------------------------------------------------
// Gold format

export interface GoldPeriod {
  start?: string;
  end?: string;
}
export interface GoldEntity {
  id: string;
  kind: string;
  label: string;
  mentions: string[];
  municipality?: string;
}
export interface GoldRelation {
  kind: string;
  from: string;
  to: string;
}
export interface GoldProject {
  entity: string;
  period?: GoldPeriod;
  begin?: string;
  sgb2Target?: boolean;
}
/** Page genres of the development corpus (test/fixtures/dev/ANNOTATION.md). */
export const GENRES = [
  'project-sheet',
  'table-sheet',
  'programme-overview',
  'portal-profile',
  'press-release',
  'news-article',
  'minutes',
  'carrier-page',
  'magazine-article',
] as const;

export interface GoldDoc {
  doc: string;
  /** The page's genre, where the gold names one. */
  genre?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  projects: GoldProject[];
}
/** One real-world actor seen in several documents: pairs of [doc, entity id]. */
export interface CrossDocGroup {
  entities: Array<[string, string]>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}
function strArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Strips a directory part, so that "seeds/000_x.txt" and "000_x.txt" name the same document. */
export function docName(doc: string): string {
  const parts = doc.split(/[\\/]/);
  return parts[parts.length - 1] ?? doc;
}

export function parseGoldDoc(raw: unknown, file = 'gold'): { gold?: GoldDoc; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) return { problems: [`${file}: gold file is not a JSON object`] };
  const doc = str(raw.doc);
  if (!doc) return { problems: [`${file}: "doc" is missing`] };
  const entities: GoldEntity[] = [];
  for (const [i, e] of (Array.isArray(raw.entities) ? raw.entities : []).entries()) {
    if (!isRecord(e) || !str(e.id) || !str(e.kind) || !str(e.label)) {
      problems.push(`${file}: entities[${i}] needs id, kind and label`);
      continue;
    }
    const ent: GoldEntity = {
      id: str(e.id)!,
      kind: str(e.kind)!,
      label: str(e.label)!,
      mentions: strArray(e.mentions),
    };
    const muni = str(e.municipality);
    if (muni) ent.municipality = muni;
    entities.push(ent);
  }
  const relations: GoldRelation[] = [];
  for (const [i, r] of (Array.isArray(raw.relations) ? raw.relations : []).entries()) {
    if (!isRecord(r) || !str(r.kind) || !str(r.from) || !str(r.to)) {
      problems.push(`${file}: relations[${i}] needs kind, from and to`);
      continue;
    }
    relations.push({ kind: str(r.kind)!, from: str(r.from)!, to: str(r.to)! });
  }
  const projects: GoldProject[] = [];
  for (const [i, p] of (Array.isArray(raw.projects) ? raw.projects : []).entries()) {
    if (!isRecord(p) || !str(p.entity)) {
      problems.push(`${file}: projects[${i}] needs entity`);
      continue;
    }
    const proj: GoldProject = { entity: str(p.entity)! };
    if (isRecord(p.period)) {
      const period: GoldPeriod = {};
      const s = str(p.period.start);
      const e = str(p.period.end);
      if (s) period.start = s;
      if (e) period.end = e;
      proj.period = period;
    }
    const begin = str(p.begin);
    if (begin) proj.begin = begin;
    if (typeof p.sgb2Target === 'boolean') proj.sgb2Target = p.sgb2Target;
    projects.push(proj);
  }
  const genre = str(raw.genre);
  if (raw.genre !== undefined && !(GENRES as readonly string[]).includes(genre ?? '')) {
    problems.push(`${file}: unknown genre ${JSON.stringify(raw.genre)}`);
  }
  return { gold: { doc: docName(doc), ...(genre ? { genre } : {}), entities, relations, projects }, problems };
}

export function parseCrossDoc(raw: unknown): { groups: CrossDocGroup[]; problems: string[] } {
  const problems: string[] = [];
  const groups: CrossDocGroup[] = [];
  if (!Array.isArray(raw)) return { groups, problems: ['cross-document.json: not an array'] };
  for (const [i, g] of raw.entries()) {
    const list = isRecord(g) && Array.isArray(g.entities) ? g.entities : undefined;
    if (!list) {
      problems.push(`cross-document.json[${i}]: needs "entities"`);
      continue;
    }
    const entities: Array<[string, string]> = [];
    for (const pair of list) {
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') {
        entities.push([docName(pair[0]), pair[1]]);
      } else problems.push(`cross-document.json[${i}]: entries must be ["doc", "entity id"]`);
    }
    groups.push({ entities });
  }
  return { groups, problems };
}

// ---------------------------------------------------------------------------
// Predicted graph (DOMAIN.md §3), parsed leniently

export interface PredSource {
  doc: string;
  start: number;
  end: number;
}
export interface PredNode {
  key: string;
  label: string;
  kind: string;
  aliases: string[];
  municipality?: string;
  sources: PredSource[];
  /** Sources that could not be read as {doc, start, end} numbers. */
  badSources: number;
  period?: GoldPeriod;
  begin?: string;
  sgb2TargetGroup?: boolean;
}
export interface PredEdge {
  key: string;
  source: string;
  target: string;
  kind: string;
  sources: PredSource[];
  badSources: number;
}
export interface PredGraph {
  nodes: PredNode[];
  edges: PredEdge[];
  problems: string[];
}

function parseSources(v: unknown): { sources: PredSource[]; bad: number } {
  const sources: PredSource[] = [];
  let bad = 0;
  if (!Array.isArray(v)) return { sources, bad };
  for (const s of v) {
    if (isRecord(s) && typeof s.doc === 'string' && typeof s.start === 'number' && typeof s.end === 'number') {
      sources.push({ doc: docName(s.doc), start: s.start, end: s.end });
    } else bad++;
  }
  return { sources, bad };
}

function parsePeriod(v: unknown): GoldPeriod | undefined {
  if (!isRecord(v)) return undefined;
  const p: GoldPeriod = {};
  const s = str(v.start);
  const e = str(v.end);
  if (s) p.start = s;
  if (e) p.end = e;
  return p;
}

/** Reads a graphology export; never throws, reports what it had to skip. */
export function parseGraph(raw: unknown): PredGraph {
  const problems: string[] = [];
  const nodes: PredNode[] = [];
  const edges: PredEdge[] = [];
  if (!isRecord(raw)) {
    return { nodes, edges, problems: ['graph: not a JSON object (expected graphology export {nodes, edges})'] };
  }
  if (!Array.isArray(raw.nodes)) problems.push('graph: "nodes" is not an array');
  if (raw.edges !== undefined && !Array.isArray(raw.edges)) problems.push('graph: "edges" is not an array');
  const seen = new Set<string>();
  let missingLabel = 0;
  let missingKind = 0;
  let missingSources = 0;
  let badSources = 0;
  for (const [i, n] of (Array.isArray(raw.nodes) ? raw.nodes : []).entries()) {
    if (!isRecord(n) || str(n.key) === undefined) {
      problems.push(`graph: nodes[${i}] has no key, skipped`);
      continue;
    }
    const key = str(n.key)!;
    if (seen.has(key)) {
      problems.push(`graph: duplicate node key ${JSON.stringify(key)}, later one skipped`);
      continue;
    }
    seen.add(key);
    const a = isRecord(n.attributes) ? n.attributes : {};
    const label = str(a.label);
    const kind = str(a.kind);
    if (label === undefined) missingLabel++;
    if (kind === undefined) missingKind++;
    const { sources, bad } = parseSources(a.sources);
    if (sources.length === 0) missingSources++;
    badSources += bad;
    const node: PredNode = {
      key,
      label: label ?? '',
      kind: kind ?? '(none)',
      aliases: strArray(a.aliases),
      sources,
      badSources: bad,
    };
    const muni = str(a.municipality);
    if (muni) node.municipality = muni;
    const period = parsePeriod(a.period);
    if (period) node.period = period;
    const begin = str(a.begin);
    if (begin) node.begin = begin;
    if (typeof a.sgb2TargetGroup === 'boolean') node.sgb2TargetGroup = a.sgb2TargetGroup;
    nodes.push(node);
  }
  if (missingLabel) problems.push(`graph: ${missingLabel} node(s) without a string label`);
  if (missingKind) problems.push(`graph: ${missingKind} node(s) without a kind`);
  if (missingSources) problems.push(`graph: ${missingSources} node(s) without any readable source`);
  const unknownKinds = new Set(nodes.map((n) => n.kind).filter((k) => !(NODE_KINDS as readonly string[]).includes(k)));
  if (unknownKinds.size) problems.push(`graph: unknown node kind(s): ${[...unknownKinds].sort().join(', ')}`);

  let dangling = 0;
  let edgeMissingSources = 0;
  for (const [i, e] of (Array.isArray(raw.edges) ? raw.edges : []).entries()) {
    if (!isRecord(e) || str(e.source) === undefined || str(e.target) === undefined) {
      problems.push(`graph: edges[${i}] has no source/target, skipped`);
      continue;
    }
    const a = isRecord(e.attributes) ? e.attributes : {};
    const { sources, bad } = parseSources(a.sources);
    badSources += bad;
    if (sources.length === 0) edgeMissingSources++;
    const edge: PredEdge = {
      key: str(e.key) ?? `#${i}`,
      source: str(e.source)!,
      target: str(e.target)!,
      kind: str(a.kind) ?? '(none)',
      sources,
      badSources: bad,
    };
    if (!seen.has(edge.source) || !seen.has(edge.target)) dangling++;
    edges.push(edge);
  }
  if (dangling) problems.push(`graph: ${dangling} edge(s) point to unknown node keys`);
  if (edgeMissingSources) problems.push(`graph: ${edgeMissingSources} edge(s) without any readable source`);
  if (badSources) problems.push(`graph: ${badSources} source(s) are not {doc, start, end} with numbers`);
  const unknownRel = new Set(
    edges.map((e) => e.kind).filter((k) => !(RELATION_KINDS as readonly string[]).includes(k)),
  );
  if (unknownRel.size) problems.push(`graph: unknown relation kind(s): ${[...unknownRel].sort().join(', ')}`);
  return { nodes, edges, problems };
}

// ---------------------------------------------------------------------------
// Text helpers

const QUOTES = /["'„“”‚‘’«»‹›`´]/g;

/**
 * Casefold, fold umlauts (ä→ae, ö→oe, ü→ue, ß→ss), strip quotes, strip the legal forms
 * e.V., gGmbH and gemeinnützige GmbH, collapse punctuation and spaces.
 * "Stadt "/"Kreis " prefixes are kept on purpose: Kreis X and Stadt X are different actors.
 */
export function normalise(s: string): string {
  let t = s.normalize('NFC').toLowerCase();
  t = t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  t = t.replace(QUOTES, '');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  t = ` ${t} `
    .replace(/ gemeinnuetzige gmbh /g, ' ')
    .replace(/ ggmbh /g, ' ')
    .replace(/ e v /g, ' ');
  return t.replace(/\s+/g, ' ').trim();
}

/** All [start, end) spans where `needle` occurs in `text` (exact, case-sensitive; overlapping allowed). */
export function findOccurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  let i = text.indexOf(needle);
  while (i !== -1) {
    out.push([i, i + needle.length]);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

function overlaps(a: readonly [number, number], b: PredSource): boolean {
  return b.start < a[1] && a[0] < b.end;
}

/** Does a predicted date agree with a gold date, at the gold's granularity ("2024" accepts "2024-12-31")? */
export function dateMatches(gold: string | undefined, pred: string | undefined): boolean {
  if (gold === undefined) return pred === undefined;
  if (pred === undefined) return false;
  return pred === gold || pred.startsWith(`${gold}-`);
}

export function periodMatches(gold: GoldPeriod | undefined, pred: GoldPeriod | undefined): boolean {
  return dateMatches(gold?.start, pred?.start) && dateMatches(gold?.end, pred?.end);
}

// ---------------------------------------------------------------------------
// Scores

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export function prf(c: Counts): Prf {
  const precision = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred;
  const recall = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
function addCounts(into: Record<string, Counts>, kind: string, d: Partial<Counts>): void {
  const c = (into[kind] ??= { gold: 0, pred: 0, tp: 0 });
  c.gold += d.gold ?? 0;
  c.pred += d.pred ?? 0;
  c.tp += d.tp ?? 0;
}

export interface EntityMatch {
  goldId: string;
  goldKind: string;
  goldLabel: string;
  nodeKey: string;
  nodeKind: string;
  nodeLabel: string;
  /** "label" | "alias" | "span" */
  via: string;
}
export interface Ratio {
  total: number;
  correct: number;
  rate: number;
}
function ratio(correct: number, total: number): Ratio {
  return { total, correct, rate: total === 0 ? 1 : correct / total };
}

export interface DocScore {
  doc: string;
  hasText: boolean;
  entities: Record<string, Prf>;
  entitiesTotal: Prf;
  /** Like entitiesTotal, but kind-mismatch matches count as true positives. */
  entitiesLenient: Prf;
  kindMismatches: EntityMatch[];
  relations: Record<string, Prf>;
  relationsTotal: Prf;
  periods: Ratio;
  begins: Ratio;
  sgb2: Ratio & { tp: number; fp: number; fn: number; tn: number };
  matches: EntityMatch[];
  missed: Array<{ id: string; kind: string; label: string }>;
  spurious: Array<{ key: string; kind: string; label: string }>;
  missedRelations: Array<{ kind: string; from: string; to: string }>;
  spuriousRelations: Array<{ key: string; kind: string; from: string; to: string }>;
  problems: string[];
}

interface Candidate {
  g: number;
  p: number;
  score: number;
  via: string;
}

function sameMunicipality(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normalise(a) === normalise(b);
}

const LOCAL_KINDS = new Set(['organisation', 'carrier', 'school', 'daycare']);

/** The name as displayed: a local actor's town appended when the name lacks it (written here again,
 *  not imported, so the yardstick shares no code with what it measures). */
function shownLabel(node: PredNode): string {
  const town = node.municipality;
  if (!town || !LOCAL_KINDS.has(node.kind) || node.label.includes(town.replace(/^(Kreis|Stadt) /, '')))
    return node.label;
  return `${node.label} (${town})`;
}

function candidateFor(
  g: GoldEntity,
  goldForms: Set<string>,
  goldSpans: Array<[number, number]>,
  node: PredNode,
  doc: string,
): Candidate | undefined {
  const label = normalise(node.label);
  // The map and the report show a local actor with its town (src/model/display-label.ts); that
  // shown name counts as the label, as it did when the town was part of the stored label.
  const shown = normalise(shownLabel(node));
  const forms = [label, shown, ...node.aliases.map(normalise)].filter((f) => f !== '');
  const labelEq = label !== '' && (label === normalise(g.label) || shown === normalise(g.label));
  const aliasEq = forms.some((f) => goldForms.has(f));
  const overlap = node.sources.some((s) => s.doc === doc && goldSpans.some((o) => overlaps(o, s)));
  if (!labelEq && !aliasEq && !overlap) return undefined;
  let score = labelEq ? 4 : aliasEq ? 3 : 2;
  if ((labelEq || aliasEq) && overlap) score += 0.25;
  if (sameMunicipality(g.municipality, node.municipality)) score += 0.5;
  return { g: -1, p: -1, score, via: labelEq ? 'label' : aliasEq ? 'alias' : 'span' };
}

/** Scores one document. `text` may be undefined (then span overlap and offsets cannot be checked). */
export function scoreDocument(gold: GoldDoc, text: string | undefined, graph: PredGraph): DocScore {
  const doc = gold.doc;
  const problems: string[] = [];
  if (text === undefined) problems.push(`${doc}: page text not found, span overlap not used`);
  const nodes = graph.nodes.filter((n) => n.sources.some((s) => s.doc === doc));
  const edges = graph.edges.filter((e) => e.sources.some((s) => s.doc === doc));

  const goldForms = gold.entities.map((g) => new Set([g.label, ...g.mentions].map(normalise).filter((f) => f !== '')));
  const goldSpans = gold.entities.map((g) =>
    text === undefined ? [] : g.mentions.flatMap((m) => findOccurrences(text, m)),
  );

  const goldTaken = new Array<boolean>(gold.entities.length).fill(false);
  const predTaken = new Array<boolean>(nodes.length).fill(false);
  const matches: EntityMatch[] = [];
  const kindMismatches: EntityMatch[] = [];

  const runPass = (accept: (gk: string, pk: string) => boolean, sink: EntityMatch[]): void => {
    const cands: Candidate[] = [];
    gold.entities.forEach((g, gi) => {
      if (goldTaken[gi]) return;
      nodes.forEach((n, pi) => {
        if (predTaken[pi] || !accept(g.kind, n.kind)) return;
        const c = candidateFor(g, goldForms[gi] ?? new Set(), goldSpans[gi] ?? [], n, doc);
        if (c) cands.push({ ...c, g: gi, p: pi });
      });
    });
    cands.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
    for (const c of cands) {
      if (goldTaken[c.g] || predTaken[c.p]) continue;
      const g = gold.entities[c.g];
      const n = nodes[c.p];
      if (!g || !n) continue;
      goldTaken[c.g] = true;
      predTaken[c.p] = true;
      sink.push({
        goldId: g.id,
        goldKind: g.kind,
        goldLabel: g.label,
        nodeKey: n.key,
        nodeKind: n.kind,
        nodeLabel: n.label,
        via: c.via,
      });
    }
  };
  runPass((gk, pk) => gk === pk, matches);
  runPass((gk, pk) => MISMATCH_PAIRS.has(`${gk}|${pk}`), kindMismatches);

  const entityCounts: Record<string, Counts> = {};
  for (const g of gold.entities) addCounts(entityCounts, g.kind, { gold: 1 });
  for (const n of nodes) addCounts(entityCounts, n.kind, { pred: 1 });
  for (const m of matches) addCounts(entityCounts, m.goldKind, { tp: 1 });
  const entities: Record<string, Prf> = {};
  for (const k of Object.keys(entityCounts).sort()) entities[k] = prf(entityCounts[k]!);
  const entitiesTotal = prf({ gold: gold.entities.length, pred: nodes.length, tp: matches.length });
  const entitiesLenient = prf({
    gold: gold.entities.length,
    pred: nodes.length,
    tp: matches.length + kindMismatches.length,
  });

  // node key -> gold id (strict and kind-mismatch matches both serve as relation endpoints)
  const nodeToGold = new Map<string, string>();
  for (const m of [...matches, ...kindMismatches]) nodeToGold.set(m.nodeKey, m.goldId);
  const goldById = new Map(gold.entities.map((g) => [g.id, g]));

  const relTaken = new Array<boolean>(gold.relations.length).fill(false);
  const relCounts: Record<string, Counts> = {};
  for (const r of gold.relations) addCounts(relCounts, r.kind, { gold: 1 });
  const spuriousRelations: DocScore['spuriousRelations'] = [];
  const nodeLabel = new Map(graph.nodes.map((n) => [n.key, n.label]));
  for (const e of edges) {
    addCounts(relCounts, e.kind, { pred: 1 });
    const from = nodeToGold.get(e.source);
    const to = nodeToGold.get(e.target);
    let hit = -1;
    if (from !== undefined && to !== undefined) {
      hit = gold.relations.findIndex(
        (r, i) =>
          !relTaken[i] &&
          r.kind === e.kind &&
          ((r.from === from && r.to === to) || (UNDIRECTED_RELATIONS.has(r.kind) && r.from === to && r.to === from)),
      );
    }
    if (hit >= 0) {
      relTaken[hit] = true;
      addCounts(relCounts, e.kind, { tp: 1 });
    } else {
      spuriousRelations.push({
        key: e.key,
        kind: e.kind,
        from: nodeLabel.get(e.source) ?? e.source,
        to: nodeLabel.get(e.target) ?? e.target,
      });
    }
  }
  const relations: Record<string, Prf> = {};
  for (const k of Object.keys(relCounts).sort()) relations[k] = prf(relCounts[k]!);
  const relationsTotal = prf({
    gold: gold.relations.length,
    pred: edges.length,
    tp: relTaken.filter(Boolean).length,
  });
  const missedRelations = gold.relations
    .filter((_, i) => !relTaken[i])
    .map((r) => ({ kind: r.kind, from: goldById.get(r.from)?.label ?? r.from, to: goldById.get(r.to)?.label ?? r.to }));

  // project attributes
  const goldToNode = new Map<string, PredNode>();
  const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
  for (const m of [...matches, ...kindMismatches]) {
    const n = nodeByKey.get(m.nodeKey);
    if (n) goldToNode.set(m.goldId, n);
  }
  let periodTotal = 0;
  let periodOk = 0;
  let beginTotal = 0;
  let beginOk = 0;
  let sgbTotal = 0;
  const sgb = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of gold.projects) {
    const n = goldToNode.get(p.entity);
    if (p.period && (p.period.start || p.period.end)) {
      periodTotal++;
      if (n && periodMatches(p.period, n.period)) periodOk++;
    }
    if (p.begin) {
      beginTotal++;
      if (n && dateMatches(p.begin, n.begin)) beginOk++;
    }
    if (n) {
      sgbTotal++;
      const want = p.sgb2Target === true;
      const got = n.sgb2TargetGroup === true;
      if (want && got) sgb.tp++;
      else if (!want && got) sgb.fp++;
      else if (want && !got) sgb.fn++;
      else sgb.tn++;
    }
  }

  return {
    doc,
    hasText: text !== undefined,
    entities,
    entitiesTotal,
    entitiesLenient,
    kindMismatches,
    relations,
    relationsTotal,
    periods: ratio(periodOk, periodTotal),
    begins: ratio(beginOk, beginTotal),
    sgb2: { ...ratio(sgb.tp + sgb.tn, sgbTotal), ...sgb },
    matches,
    missed: gold.entities.filter((_, i) => !goldTaken[i]).map((g) => ({ id: g.id, kind: g.kind, label: g.label })),
    spurious: nodes.filter((_, i) => !predTaken[i]).map((n) => ({ key: n.key, kind: n.kind, label: n.label })),
    missedRelations,
    spuriousRelations,
    problems,
  };
}

// ---------------------------------------------------------------------------
// Offsets

export interface OffsetReport {
  /** Sources whose document text is known. */
  checked: number;
  valid: number;
  rate: number;
  /** Sources naming a document whose text is not available (not checked). */
  unknownDoc: number;
  /** Sources that are not {doc, start, end} with numbers. */
  unreadable: number;
  examples: string[];
}

export function checkOffsets(graph: PredGraph, texts: ReadonlyMap<string, string>): OffsetReport {
  let checked = 0;
  let valid = 0;
  let unknownDoc = 0;
  let unreadable = 0;
  const examples: string[] = [];
  const visit = (owner: string, sources: PredSource[], bad: number): void => {
    unreadable += bad;
    for (const s of sources) {
      const text = texts.get(s.doc);
      if (text === undefined) {
        unknownDoc++;
        continue;
      }
      checked++;
      const ok =
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.start < s.end &&
        s.end <= text.length &&
        text.slice(s.start, s.end).trim() !== '';
      if (ok) valid++;
      else if (examples.length < 10) examples.push(`${owner}: ${s.doc} [${s.start}, ${s.end})`);
    }
  };
  for (const n of graph.nodes) visit(`node ${n.key}`, n.sources, n.badSources);
  for (const e of graph.edges) visit(`edge ${e.key}`, e.sources, e.badSources);
  return { checked, valid, rate: checked === 0 ? 1 : valid / checked, unknownDoc, unreadable, examples };
}

// ---------------------------------------------------------------------------
// Cross-document merges

export interface CrossDocReport {
  /** Pairs of gold entities (in different documents) listed as the same actor in cross-document.json. */
  pairs: number;
  /** Listed pairs whose both documents were scored. */
  evaluable: number;
  /** Evaluable listed pairs that ended up as one node. */
  merged: number;
  rate: number;
  /**
   * Unlisted pairs of gold entities in different scored documents with the same kind and the same
   * normalised gold label (e.g. the ZiQ programme on a seed and on an unseen page), and how many of
   * them ended up as one node. Reported separately; not part of `rate`.
   */
  implicitPairs: number;
  implicitMerged: number;
  /** Pairs of gold entities that are *different* actors (neither listed nor same kind+label) merged into one node. */
  overMerged: number;
  details: Array<{ a: string; b: string; merged: boolean }>;
  overMergedDetails: Array<{ node: string; a: string; b: string }>;
}

export function scoreCrossDoc(groups: CrossDocGroup[], docs: DocScore[]): CrossDocReport {
  const byDoc = new Map(docs.map((d) => [d.doc, d]));
  const tag = (doc: string, id: string): string => `${doc}#${id}`;
  // every matched gold entity of a scored document: tag -> {node, implicit identity}
  const matched = new Map<string, { node: string; same: string }>();
  const allGold: Array<{ tag: string; doc: string; same: string }> = [];
  for (const d of docs) {
    for (const m of [...d.matches, ...d.kindMismatches]) {
      matched.set(tag(d.doc, m.goldId), { node: m.nodeKey, same: `${m.goldKind}|${normalise(m.goldLabel)}` });
    }
    for (const g of [
      ...d.matches,
      ...d.kindMismatches,
      ...d.missed.map((x) => ({ goldId: x.id, goldKind: x.kind, goldLabel: x.label })),
    ]) {
      allGold.push({ tag: tag(d.doc, g.goldId), doc: d.doc, same: `${g.goldKind}|${normalise(g.goldLabel)}` });
    }
  }
  // union-find over listed equivalences
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string): void => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  let pairs = 0;
  let evaluable = 0;
  let merged = 0;
  const details: CrossDocReport['details'] = [];
  for (const g of groups) {
    for (let i = 0; i < g.entities.length; i++) {
      for (let j = i + 1; j < g.entities.length; j++) {
        const a = tag(...g.entities[i]!);
        const b = tag(...g.entities[j]!);
        union(a, b);
        pairs++;
        if (!byDoc.has(g.entities[i]![0]) || !byDoc.has(g.entities[j]![0])) continue;
        evaluable++;
        const na = matched.get(a)?.node;
        const ok = na !== undefined && na === matched.get(b)?.node;
        if (ok) merged++;
        details.push({ a, b, merged: ok });
      }
    }
  }
  const listed = (a: string, b: string): boolean => parent.has(a) && find(a) === find(b);

  let implicitPairs = 0;
  let implicitMerged = 0;
  for (let i = 0; i < allGold.length; i++) {
    for (let j = i + 1; j < allGold.length; j++) {
      const a = allGold[i]!;
      const b = allGold[j]!;
      if (a.doc === b.doc || a.same !== b.same || listed(a.tag, b.tag)) continue;
      implicitPairs++;
      const na = matched.get(a.tag)?.node;
      if (na !== undefined && na === matched.get(b.tag)?.node) implicitMerged++;
    }
  }

  const byNode = new Map<string, Array<{ tag: string; same: string }>>();
  for (const [t, m] of matched) {
    const list = byNode.get(m.node) ?? [];
    list.push({ tag: t, same: m.same });
    byNode.set(m.node, list);
  }
  let overMerged = 0;
  const overMergedDetails: CrossDocReport['overMergedDetails'] = [];
  for (const [node, list] of [...byNode.entries()].sort((x, y) => x[0].localeCompare(y[0]))) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.same === b.same || listed(a.tag, b.tag)) continue;
        overMerged++;
        if (overMergedDetails.length < 20) overMergedDetails.push({ node, a: a.tag, b: b.tag });
      }
    }
  }
  return {
    pairs,
    evaluable,
    merged,
    rate: evaluable === 0 ? 1 : merged / evaluable,
    implicitPairs,
    implicitMerged,
    overMerged,
    details,
    overMergedDetails,
  };
}

// ---------------------------------------------------------------------------
// Everything together

export interface EvalResult {
  documents: DocScore[];
  total: {
    entities: Record<string, Prf>;
    entitiesTotal: Prf;
    entitiesLenient: Prf;
    kindMismatches: number;
    relations: Record<string, Prf>;
    relationsTotal: Prf;
    periods: Ratio;
    begins: Ratio;
    sgb2: Ratio;
  };
  crossDocument: CrossDocReport;
  offsets: OffsetReport;
  /** Gold documents that have no source in the graph (not scored). */
  unscoredGold: string[];
  problems: string[];
}

function sumPrf(items: Array<Record<string, Prf>>): Record<string, Prf> {
  const acc: Record<string, Counts> = {};
  for (const it of items) for (const [k, v] of Object.entries(it)) addCounts(acc, k, v);
  const out: Record<string, Prf> = {};
  for (const k of Object.keys(acc).sort()) out[k] = prf(acc[k]!);
  return out;
}
function sumOne(items: Counts[]): Prf {
  return prf(
    items.reduce((a, c) => ({ gold: a.gold + c.gold, pred: a.pred + c.pred, tp: a.tp + c.tp }), {
      gold: 0,
      pred: 0,
      tp: 0,
    }),
  );
}
function sumRatio(items: Ratio[]): Ratio {
  const correct = items.reduce((a, r) => a + r.correct, 0);
  const total = items.reduce((a, r) => a + r.total, 0);
  return ratio(correct, total);
}

/**
 * Scores a graph (raw JSON, any shape) against gold documents. Only gold documents whose `doc`
 * appears in some node or edge source of the graph are scored. Never throws on odd graphs.
 */
export function evaluate(
  rawGraph: unknown,
  golds: GoldDoc[],
  texts: ReadonlyMap<string, string>,
  crossDoc: CrossDocGroup[] = [],
): EvalResult {
  const graph = parseGraph(rawGraph);
  const problems = [...graph.problems];
  const graphDocs = new Set<string>();
  for (const n of graph.nodes) for (const s of n.sources) graphDocs.add(s.doc);
  for (const e of graph.edges) for (const s of e.sources) graphDocs.add(s.doc);
  const scored = golds.filter((g) => graphDocs.has(g.doc)).sort((a, b) => a.doc.localeCompare(b.doc));
  const unscoredGold = golds
    .filter((g) => !graphDocs.has(g.doc))
    .map((g) => g.doc)
    .sort();
  const documents = scored.map((g) => scoreDocument(g, texts.get(g.doc), graph));
  for (const d of documents) problems.push(...d.problems);
  return {
    documents,
    total: {
      entities: sumPrf(documents.map((d) => d.entities)),
      entitiesTotal: sumOne(documents.map((d) => d.entitiesTotal)),
      entitiesLenient: sumOne(documents.map((d) => d.entitiesLenient)),
      kindMismatches: documents.reduce((a, d) => a + d.kindMismatches.length, 0),
      relations: sumPrf(documents.map((d) => d.relations)),
      relationsTotal: sumOne(documents.map((d) => d.relationsTotal)),
      periods: sumRatio(documents.map((d) => d.periods)),
      begins: sumRatio(documents.map((d) => d.begins)),
      sgb2: sumRatio(documents.map((d) => d.sgb2)),
    },
    crossDocument: scoreCrossDoc(crossDoc, documents),
    offsets: checkOffsets(graph, texts),
    unscoredGold,
    problems,
  };
}

// ---------------------------------------------------------------------------
// Text report

const f3 = (x: number): string => x.toFixed(3);
function prfTable(title: string, rows: Record<string, Prf>, total: Prf, extra?: Prf): string[] {
  const out = [
    `  ${title.padEnd(18)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'TP'.padStart(5)}  ${'P'.padStart(5)}  ${'R'.padStart(5)}  ${'F1'.padStart(5)}`,
  ];
  const line = (name: string, p: Prf): string =>
    `  ${name.padEnd(18)} ${String(p.gold).padStart(5)} ${String(p.pred).padStart(5)} ${String(p.tp).padStart(5)}  ${f3(p.precision)}  ${f3(p.recall)}  ${f3(p.f1)}`;
  for (const [k, v] of Object.entries(rows)) out.push(line(k, v));
  out.push(line('ALL', total));
  if (extra) out.push(line('ALL (kind-lenient)', extra));
  return out;
}
const pct = (r: Ratio): string => `${r.correct}/${r.total}${r.total ? ` (${(100 * r.rate).toFixed(1)} %)` : ''}`;

export function formatReport(res: EvalResult, verbose = false): string {
  const out: string[] = [];
  for (const d of res.documents) {
    out.push(`== ${d.doc}${d.hasText ? '' : '  (text not found)'}`);
    out.push(...prfTable('entities', d.entities, d.entitiesTotal, d.entitiesLenient));
    if (d.kindMismatches.length) {
      out.push(
        `  kind mismatches: ${d.kindMismatches.map((m) => `${m.goldLabel} [${m.goldKind}→${m.nodeKind}]`).join('; ')}`,
      );
    }
    out.push(...prfTable('relations', d.relations, d.relationsTotal));
    out.push(`  periods ${pct(d.periods)} · begin ${pct(d.begins)} · sgb2Target ${pct(d.sgb2)}`);
    if (verbose) {
      for (const m of d.missed) out.push(`  - missed ${m.kind}: ${m.label} (${m.id})`);
      for (const s of d.spurious) out.push(`  + spurious ${s.kind}: ${s.label} (${s.key})`);
      for (const r of d.missedRelations) out.push(`  - missed ${r.kind}: ${r.from} → ${r.to}`);
      for (const r of d.spuriousRelations) out.push(`  + spurious ${r.kind}: ${r.from} → ${r.to}`);
    }
    out.push('');
  }
  out.push(`== TOTAL (micro-averaged over ${res.documents.length} document(s))`);
  out.push(...prfTable('entities', res.total.entities, res.total.entitiesTotal, res.total.entitiesLenient));
  out.push(`  kind mismatches: ${res.total.kindMismatches}`);
  out.push(...prfTable('relations', res.total.relations, res.total.relationsTotal));
  out.push(
    `  periods exact ${pct(res.total.periods)} · begin ${pct(res.total.begins)} · sgb2Target accuracy ${pct(res.total.sgb2)}`,
  );
  const c = res.crossDocument;
  out.push(
    `  cross-document merges ${c.merged}/${c.evaluable} listed pairs${c.evaluable ? ` (${(100 * c.rate).toFixed(1)} %)` : ''}` +
      ` · same-label pairs merged ${c.implicitMerged}/${c.implicitPairs} · over-merged pairs ${c.overMerged}`,
  );
  if (verbose) for (const o of c.overMergedDetails) out.push(`  over-merged in ${o.node}: ${o.a} + ${o.b}`);
  const o = res.offsets;
  out.push(
    `  offsets valid ${o.valid}/${o.checked}${o.checked ? ` (${(100 * o.rate).toFixed(1)} %)` : ''}` +
      (o.unknownDoc ? ` · ${o.unknownDoc} source(s) in documents without text` : '') +
      (o.unreadable ? ` · ${o.unreadable} unreadable source(s)` : ''),
  );
  if (verbose) for (const e of o.examples) out.push(`  invalid offset: ${e}`);
  if (res.unscoredGold.length) out.push(`  gold documents not in the graph: ${res.unscoredGold.length}`);
  if (res.problems.length) {
    out.push('', 'Problems:');
    for (const p of res.problems) out.push(`  ! ${p}`);
  }
  return out.join('\n');
}

/** Problems of a gold file against its page text (empty when consistent). */
export function checkGold(gold: GoldDoc, text: string): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const kinds = new Map<string, string>();
  for (const e of gold.entities) {
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
    kinds.set(e.id, e.kind);
    if (!(NODE_KINDS as readonly string[]).includes(e.kind)) problems.push(`${e.id}: unknown kind ${e.kind}`);
    if (e.mentions.length === 0) problems.push(`${e.id}: no mentions`);
    for (const m of e.mentions)
      if (!text.includes(m)) problems.push(`${e.id}: mention ${JSON.stringify(m)} is not in the page`);
  }
  for (const [i, r] of gold.relations.entries()) {
    if (!(RELATION_KINDS as readonly string[]).includes(r.kind))
      problems.push(`relations[${i}]: unknown kind ${r.kind}`);
    if (!ids.has(r.from)) problems.push(`relations[${i}]: from ${r.from} is no entity`);
    if (!ids.has(r.to)) problems.push(`relations[${i}]: to ${r.to} is no entity`);
    if (r.from === r.to) problems.push(`relations[${i}]: a tie from ${r.from} to itself`);
  }
  const seen = new Set<string>();
  for (const r of gold.relations) {
    const k = UNDIRECTED_RELATIONS.has(r.kind)
      ? [r.kind, ...[r.from, r.to].sort()].join('|')
      : `${r.kind}|${r.from}|${r.to}`;
    if (seen.has(k)) problems.push(`duplicate relation ${k}`);
    seen.add(k);
  }
  const projectIds = gold.entities
    .filter((e) => e.kind === 'project')
    .map((e) => e.id)
    .sort();
  const listed = gold.projects.map((p) => p.entity).sort();
  if (projectIds.join() !== listed.join())
    problems.push(`projects[] must list exactly the project entities (${projectIds.join(', ') || 'none'})`);
  const date = /^\d{4}(-\d{2}-\d{2})?$/;
  for (const p of gold.projects) {
    if (kinds.get(p.entity) !== 'project') problems.push(`projects[]: ${p.entity} is not a project`);
    if (typeof p.sgb2Target !== 'boolean') problems.push(`projects[]: ${p.entity} needs sgb2Target true/false`);
    for (const d of [p.period?.start, p.period?.end, p.begin])
      if (d !== undefined && !date.test(d))
        problems.push(`projects[]: ${p.entity}: date ${d} is not YYYY or YYYY-MM-DD`);
  }
  return problems;
}
