/**
 * How a local actor's name is shown: with its town where the name does not already hold it
 * („Abteilung Soziales (Herford)“), so two equal names from two towns can be told apart on the map
 * and in the report. The data keeps the name as found or declared in `label` and the town in
 * `municipality`; only displays (and the resolver's key seeds) join them.
 */
import type { NodeKind } from './kinds.ts';

const LOCAL_KINDS: ReadonlySet<NodeKind> = new Set(['organisation', 'carrier', 'school', 'daycare']);

export function displayLabel(node: { label: string; kind: NodeKind; municipality?: string | undefined }): string {
  const town = node.municipality;
  if (!town || !LOCAL_KINDS.has(node.kind) || node.label.includes(town.replace(/^(Kreis|Stadt) /, '')))
    return node.label;
  return `${node.label} (${town})`;
}
