/**
 * The curation operations on a WorkGraph, one function per operation. Each returns what happened as
 * a report entry; a node that does not exist (any more) is never an error but a skipped entry.
 * Applying an operation whose effect is already in the graph changes nothing (status `unchanged`),
 * which makes replaying a log onto its own result a no-op (apply.ts names the few exceptions).
 */
import {
  defaultDomainsOfKind,
  domainsOfKind,
  LEGAL_DOMAINS,
  type LegalDomain,
  type NodeAttributes,
  uniqueSources,
} from '../model/index.ts';
import { compareStrings, stableStringify } from '../util/index.ts';
import type { CurationEntry, CurationOp, EdgeRef } from './schema.ts';
import { curationCue, curationSource } from './sources.ts';
import type { WorkGraph } from './work-graph.ts';

export type CurationStatus = 'applied' | 'unchanged' | 'skipped';

export interface CurationReportEntry {
  /** 0-based position in the log */
  index: number;
  id: string;
  op: CurationOp;
  status: CurationStatus;
  /** German, for the CLI and the explorer's list: what was done, or why not */
  message: string;
  /** node keys the entry names that are not in the graph */
  missing?: string[];
}

type Outcome = Omit<CurationReportEntry, 'index' | 'id' | 'op'>;

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(compareStrings);
const orderedDomains = (ds: Iterable<string>): LegalDomain[] => {
  const set = new Set(ds);
  return LEGAL_DOMAINS.filter((d) => set.has(d));
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Resolve the keys an entry names; the ones missing make the entry skipped. */
function lookup(g: WorkGraph, keys: readonly string[]): { keys: string[]; notes: string[]; missing: string[] } {
  const out: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  for (const k of keys) {
    const r = g.resolve(k);
    out.push(r.key);
    if (!g.nodes.has(r.key)) missing.push(k);
    else if (r.via) notes.push(`„${k}“ ist seit Eintrag ${r.via.index + 1} Teil von „${r.key}“`);
  }
  return { keys: out, notes, missing: sortedUnique(missing) };
}

function missingOutcome(missing: readonly string[]): Outcome {
  const list = missing.map((k) => `„${k}“`).join(' und ');
  return {
    status: 'skipped',
    message: `nicht angewendet: Knoten ${list} ${missing.length === 1 ? 'fehlt' : 'fehlen'}`,
    missing: [...missing],
  };
}

function withNotes(o: Outcome, notes: readonly string[]): Outcome {
  return notes.length ? { ...o, message: `${o.message} (${notes.join('; ')})` } : o;
}

function setOrDelete<K extends keyof NodeAttributes>(
  attrs: NodeAttributes,
  name: K,
  value: NodeAttributes[K] | undefined,
): void {
  if (value === undefined) delete attrs[name];
  else attrs[name] = value;
}

/** Aliases of a node: sorted, unique, never its own label. */
function aliasesFor(label: string, names: Iterable<string>): string[] | undefined {
  const list = sortedUnique(names).filter((a) => a !== label && a.trim() !== '');
  return list.length ? list : undefined;
}

/** The kept node's attributes win; lists are united; what the kept node lacks comes from the removed one. */
export function mergeNodeAttributes(keep: NodeAttributes, removed: NodeAttributes): NodeAttributes {
  const out: NodeAttributes = { ...removed, ...keep };
  for (const [k, v] of Object.entries(keep)) if (v === undefined && removed[k] !== undefined) out[k] = removed[k];
  out.sources = uniqueSources([...keep.sources, ...removed.sources]);
  setOrDelete(
    out,
    'aliases',
    aliasesFor(keep.label, [...(keep.aliases ?? []), removed.label, ...(removed.aliases ?? [])]),
  );
  if (keep.domains || removed.domains)
    out.domains = orderedDomains([...(keep.domains ?? []), ...(removed.domains ?? [])]);
  // the stronger evidence names the source of the united domains
  const sources = [keep.domainSource, removed.domainSource];
  const source = (['curation', 'import', 'text', 'kind'] as const).find((x) => sources.includes(x));
  setOrDelete(out, 'domainSource', source);
  for (const f of ['email', 'phone', 'website', 'targetGroups'] as const) {
    if (keep[f] || removed[f]) out[f] = sortedUnique([...(keep[f] ?? []), ...(removed[f] ?? [])]);
  }
  if (keep.sgb2TargetGroup !== undefined || removed.sgb2TargetGroup !== undefined)
    out.sgb2TargetGroup = keep.sgb2TargetGroup === true || removed.sgb2TargetGroup === true;
  return out;
}

/**
 * The removed node's edges move to the kept node: an edge that then joins the same two nodes in the
 * same way as one of the kept node's edges of the same kind is united with it (sources joined); a
 * partner edge beside a carried_by edge of the same project goes, as in resolution; edges between the
 * two merged nodes go (a node is not its own partner). Later entries that name the removed key mean
 * the kept node.
 */
function merge(g: WorkGraph, e: Extract<CurationEntry, { op: 'merge' }>, index: number): Outcome {
  const { keys, notes, missing } = lookup(g, [e.keep, e.remove]);
  if (missing.length) return missingOutcome(missing);
  const [keep, remove] = keys as [string, string];
  if (keep === remove) return withNotes({ status: 'unchanged', message: 'schon ein Knoten' }, notes);
  const keepAttrs = g.nodes.get(keep)!;
  const removeAttrs = g.nodes.get(remove)!;
  g.nodes.set(keep, mergeNodeAttributes(keepAttrs, removeAttrs));
  let moved = 0;
  let joined = 0;
  let dropped = 0;
  for (const k of g.edgeKeysOf(remove)) {
    const edge = g.unlink(k)!;
    const source = edge.source === remove ? keep : edge.source;
    const target = edge.target === remove ? keep : edge.target;
    if (source === target) {
      dropped++; // a tie between the two merged nodes (or a loop) says nothing once they are one
      continue;
    }
    // as in resolution: a carrier is not also listed as a mere partner of the same project
    if (edge.attributes.kind === 'partner' && g.edgesBetween(source, target, 'carried_by').length) {
      joined++;
      continue;
    }
    if (edge.attributes.kind === 'carried_by') {
      for (const p of g.edgesBetween(source, target, 'partner')) {
        g.unlink(p.key);
        joined++;
      }
    }
    const r = g.insertEdge({ source, target, undirected: edge.undirected, attributes: edge.attributes });
    if (r.kind === 'added') moved++;
    else if (r.kind === 'merged') joined++;
    else dropped++;
  }
  g.removeNode(remove);
  g.redirect(remove, keep, index);
  const parts = [plural(moved, 'Beziehung übertragen', 'Beziehungen übertragen')];
  if (joined) parts.push(`${plural(joined, 'Beziehung', 'Beziehungen')} mit vorhandenen zusammengelegt`);
  if (dropped) parts.push(`${plural(dropped, 'Beziehung', 'Beziehungen')} zwischen den beiden Knoten entfallen`);
  return withNotes({ status: 'applied', message: `zusammengeführt: ${parts.join(', ')}` }, notes);
}

function rename(g: WorkGraph, e: Extract<CurationEntry, { op: 'rename' }>): Outcome {
  const { keys, notes, missing } = lookup(g, [e.node]);
  if (missing.length) return missingOutcome(missing);
  const key = keys[0]!;
  const attrs = g.nodes.get(key)!;
  const label = e.label.trim();
  if (attrs.label === label) return withNotes({ status: 'unchanged', message: 'Bezeichnung ist schon gesetzt' }, notes);
  const next: NodeAttributes = { ...attrs, label };
  setOrDelete(next, 'aliases', aliasesFor(label, [...(attrs.aliases ?? []), attrs.label]));
  g.nodes.set(key, next);
  return withNotes({ status: 'applied', message: 'umbenannt, die alte Bezeichnung ist jetzt ein Alias' }, notes);
}

function setKind(g: WorkGraph, e: Extract<CurationEntry, { op: 'setKind' }>): Outcome {
  const { keys, notes, missing } = lookup(g, [e.node]);
  if (missing.length) return missingOutcome(missing);
  const key = keys[0]!;
  const attrs = g.nodes.get(key)!;
  const next: NodeAttributes = { ...attrs, kind: e.kind };
  // stored domains include those the old kind implied (a Jugendamt is SGB VIII): swap them for the new
  // kind's (also when the kind is already set, so that replaying the log gives the same domains)
  // (a node without stored domains gets the new kind's too, as the extraction stores them)
  {
    // (domains read from the text or set by hand stay; a graph without provenance stored the old
    // hints, domainsOfKind, while a kind now adds only its defaults: a carrier no SGB VIII)
    const legacy = attrs.domainSource === undefined;
    const changed = attrs.kind !== e.kind;
    // (the same kind again removes nothing, so replaying a log changes nothing)
    const removed = !changed
      ? []
      : legacy
        ? domainsOfKind(attrs.kind)
        : attrs.domainSource === 'kind'
          ? defaultDomainsOfKind(attrs.kind)
          : [];
    const implied = new Set<string>(removed);
    // domains set by a correction are the user's: a new kind adds none of its own to them (else a
    // replay, which finds them marked so, would add the defaults a first run had already swapped away)
    const domains = orderedDomains([
      ...(attrs.domains ?? []).filter((d) => !implied.has(d)),
      ...(attrs.domainSource === 'curation' ? [] : defaultDomainsOfKind(e.kind)),
    ]);
    setOrDelete(next, 'domains', domains.length ? domains : undefined);
    if (attrs.domainSource === 'kind') setOrDelete(next, 'domainSource', domains.length ? 'kind' : undefined);
    // old hints the new kind does not explain are kept as set by this correction: a later change of
    // kind must not take them for the new kind's and drop them (replaying the log would differ)
    else if (
      legacy &&
      changed &&
      domains.length &&
      stableStringify(domains) !== stableStringify(orderedDomains(defaultDomainsOfKind(e.kind)))
    )
      next.domainSource = 'curation';
  }
  if (attrs.kind === e.kind && stableStringify(next.domains ?? null) === stableStringify(attrs.domains ?? null)) {
    return withNotes({ status: 'unchanged', message: 'Art ist schon gesetzt' }, notes);
  }
  g.nodes.set(key, next);
  return withNotes({ status: 'applied', message: 'Art geändert (der Schlüssel bleibt)' }, notes);
}

function undirectedFor(g: WorkGraph, kind: string): boolean {
  return g.type === 'undirected' || (g.type === 'mixed' && kind === 'cooperates_with');
}

function addEdge(g: WorkGraph, e: Extract<CurationEntry, { op: 'addEdge' }>, index: number): Outcome {
  const { keys, notes, missing } = lookup(g, [e.source, e.target]);
  if (missing.length) return missingOutcome(missing);
  const [source, target] = keys as [string, string];
  if (source === target)
    return withNotes(
      { status: 'skipped', message: 'nicht angewendet: eine Beziehung braucht zwei verschiedene Knoten' },
      notes,
    );
  const r = g.insertEdge({
    source,
    target,
    undirected: undirectedFor(g, e.kind),
    attributes: { kind: e.kind, sources: [curationSource(index)], cue: curationCue(e.note) },
  });
  if (r.kind === 'added') return withNotes({ status: 'applied', message: 'Beziehung ergänzt' }, notes);
  if (r.kind === 'merged')
    return withNotes(
      r.changed
        ? { status: 'applied', message: 'Beziehung bestand schon; die Korrektur ist als Beleg ergänzt' }
        : { status: 'unchanged', message: 'Beziehung ist schon vorhanden' },
      notes,
    );
  return withNotes(
    {
      status: 'skipped',
      message: `nicht angewendet: der Graph erlaubt keine zweite Kante zwischen diesen Knoten (vorhanden: „${r.key}“)`,
    },
    notes,
  );
}

function removeEdges(g: WorkGraph, ref: EdgeRef): Outcome {
  const { keys, notes, missing } = lookup(g, [ref.source, ref.target]);
  if (missing.length) return missingOutcome(missing);
  const [source, target] = keys as [string, string];
  const found = g.edgesBetween(source, target, ref.kind);
  for (const edge of found) g.unlink(edge.key);
  if (!found.length)
    return withNotes({ status: 'unchanged', message: 'keine solche Beziehung (mehr) vorhanden' }, notes);
  return withNotes(
    { status: 'applied', message: `${plural(found.length, 'Beziehung', 'Beziehungen')} entfernt` },
    notes,
  );
}

function markWrong(g: WorkGraph, e: Extract<CurationEntry, { op: 'markWrong' }>): Outcome {
  if ('edge' in e.target) return removeEdges(g, e.target.edge);
  const { keys, notes, missing } = lookup(g, [e.target.node]);
  if (missing.length) return missingOutcome(missing);
  const n = g.removeNode(keys[0]!);
  return withNotes(
    { status: 'applied', message: `Knoten mit ${plural(n, 'Beziehung', 'Beziehungen')} entfernt` },
    notes,
  );
}

function setAttribute(g: WorkGraph, e: Extract<CurationEntry, { op: 'setAttribute' }>): Outcome {
  const { keys, notes, missing } = lookup(g, [e.node]);
  if (missing.length) return missingOutcome(missing);
  const key = keys[0]!;
  const attrs = g.nodes.get(key)!;
  const next: NodeAttributes = { ...attrs };
  switch (e.name) {
    case 'municipality':
      setOrDelete(next, 'municipality', e.value?.trim() ?? undefined);
      break;
    case 'domains': {
      const ds = orderedDomains(e.value);
      setOrDelete(next, 'domains', ds.length ? ds : undefined);
      // an empty list is a correction too: the node has no domain, not its kind's default
      next.domainSource = 'curation';
      break;
    }
    case 'period': {
      const p = e.value
        ? { ...(e.value.start ? { start: e.value.start } : {}), ...(e.value.end ? { end: e.value.end } : {}) }
        : undefined;
      setOrDelete(next, 'period', p && (p.start || p.end) ? p : undefined);
      break;
    }
    case 'sgb2TargetGroup':
      next.sgb2TargetGroup = e.value;
      break;
  }
  if (stableStringify(next[e.name] ?? null) === stableStringify(attrs[e.name] ?? null))
    return withNotes({ status: 'unchanged', message: 'Wert ist schon gesetzt' }, notes);
  g.nodes.set(key, next);
  return withNotes({ status: 'applied', message: 'Wert gesetzt' }, notes);
}

/** Apply one entry (its position in the log is `index`) to the working graph. */
export function applyEntry(g: WorkGraph, entry: CurationEntry, index: number): CurationReportEntry {
  const head = { index, id: entry.id, op: entry.op };
  let outcome: Outcome;
  switch (entry.op) {
    case 'merge':
      outcome = merge(g, entry, index);
      break;
    case 'rename':
      outcome = rename(g, entry);
      break;
    case 'setKind':
      outcome = setKind(g, entry);
      break;
    case 'addEdge':
      outcome = addEdge(g, entry, index);
      break;
    case 'removeEdge':
      outcome = removeEdges(g, entry);
      break;
    case 'markWrong':
      outcome = markWrong(g, entry);
      break;
    case 'setAttribute':
      outcome = setAttribute(g, entry);
      break;
    default:
      outcome = {
        status: 'skipped',
        message: `nicht angewendet: unbekannte Operation „${String((entry as { op: unknown }).op)}“`,
      };
  }
  return { ...head, ...outcome };
}
