/** German one-liners for the entries of a curation log (the list in the explorer, the CLI's report). */
import { type GraphJSON, NODE_KIND_LABELS_DE, RELATION_KIND_LABELS_DE } from '../model/index.ts';
import type { CurationEntry, EdgeRef } from './schema.ts';

export type LabelOf = (key: string) => string | undefined;

/** Labels by key of a graph, for `describeEntry` (best taken from the graph before curation). */
export function labelsOf(graph: GraphJSON): LabelOf {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes.label] as const));
  return (key) => labels.get(key);
}

function edgeText(ref: EdgeRef, name: (key: string) => string): string {
  return `${name(ref.source)} – ${RELATION_KIND_LABELS_DE[ref.kind]} → ${name(ref.target)}`;
}

/** e.g. „Zusammengeführt: Caritasverband Musterstadt ← Caritas Musterstadt“; unknown keys are shown as keys. */
export function describeEntry(entry: CurationEntry, labelOf: LabelOf = () => undefined): string {
  const name = (key: string) => {
    const l = labelOf(key);
    return l && l.trim() ? l : key;
  };
  switch (entry.op) {
    case 'merge':
      return `Zusammengeführt: ${name(entry.keep)} ← ${name(entry.remove)}`;
    case 'rename':
      return `Umbenannt: ${name(entry.node)} → ${entry.label}`;
    case 'setKind':
      return `Art geändert: ${name(entry.node)} → ${NODE_KIND_LABELS_DE[entry.kind]}`;
    case 'addEdge':
      return `Beziehung ergänzt: ${edgeText(entry, name)}`;
    case 'removeEdge':
      return `Beziehung entfernt: ${edgeText(entry, name)}`;
    case 'markWrong':
      return `Als falsch markiert: ${'edge' in entry.target ? edgeText(entry.target.edge, name) : name(entry.target.node)}`;
    case 'setAttribute':
      switch (entry.name) {
        case 'municipality':
          return entry.value === null
            ? `Kommune entfernt: ${name(entry.node)}`
            : `Kommune gesetzt: ${name(entry.node)} → ${entry.value}`;
        case 'domains':
          return `Rechtskreise gesetzt: ${name(entry.node)} → ${entry.value.length ? entry.value.join(', ') : 'nach Art'}`;
        case 'period':
          return entry.value === null || (!entry.value.start && !entry.value.end)
            ? `Förderzeitraum entfernt: ${name(entry.node)}`
            : `Förderzeitraum gesetzt: ${name(entry.node)} → ${entry.value.start ?? '…'}–${entry.value.end ?? '…'}`;
        case 'sgb2TargetGroup':
          return `Zielgruppe SGB II: ${name(entry.node)} → ${entry.value ? 'ja' : 'nein'}`;
      }
  }
  return unknownEntry(entry);
}

/** An operation of a newer version: named by its id (narrowing does not reach past the exhaustive switch). */
function unknownEntry(entry: unknown): string {
  const raw = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
  const id = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  return `Unbekannte Korrektur ${id}`.trim();
}
