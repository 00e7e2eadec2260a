/**
 * The Kreis overview of a large network (issue 14): one point per Kreis or kreisfreie Stadt (a name
 * the gazetteer does not know stands for itself, as in the Kommune filter), the ties between them
 * counted, and one group „ohne Ort“ for what has no place. Pure and linear in the shown nodes and
 * edges; the map draws the result instead of the nodes, the data exports never see it.
 *
 * Which group a shown node belongs to:
 *  1. its Kreis (place-tree.ts: from its municipality or, for a place node, its own name), else its
 *     municipality as written — exactly the value of the Kommune filter that shows it;
 *  2. a project, programme or person without a place of its own follows its shown neighbours with a
 *     place (the group most of them are in; equal counts: the first in the groups' order), as the
 *     Kommune filter keeps a project tied to the Kreis's actors;
 *  3. everything else is „ohne Ort“.
 */
import { compareStrings } from '../../util/index.ts';
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { isActorKind } from './chart-inputs.ts';

export interface OverviewGroup {
  /** The Kommune filter value that expands the group; null for „ohne Ort“. */
  place: string | null;
  /** The group's key on the overview map (never a node key of the data). */
  key: string;
  /** Shown nodes in the group, and how many of them are actors (organisations, offices, carriers …). */
  nodes: number;
  actors: number;
  /** Shown ties with both ends in the group. */
  internalTies: number;
  /** The mean position of the group's nodes. */
  x: number;
  y: number;
}

export interface OverviewTie {
  /** Group indices, source < target. */
  source: number;
  target: number;
  /** Shown ties between the two groups. */
  weight: number;
}

export interface KreisOverview {
  groups: OverviewGroup[];
  ties: OverviewTie[];
  /** The group index per node index; -1 for a node not shown. */
  groupOf: Int32Array;
}

export const OVERVIEW_KEY_PREFIX = 'kreis:';
export const NO_PLACE_KEY = `${OVERVIEW_KEY_PREFIX}-`;

/** Step 1: the Kommune filter value of a node's own place, or null. */
export function ownPlace(n: NodeRecord): string | null {
  return n.kreis ?? n.municipality ?? null;
}

const FOLLOWS_NEIGHBOURS = (n: NodeRecord) => !isActorKind(n.kind);

/** Places per shown node: own places first, then step 2 for the followers; '' marks „ohne Ort“. */
function assignPlaces(model: ExplorerModel, shown: Uint8Array, shownEdges: Uint8Array): string[] {
  const place = model.nodes.map((n) => (shown[n.index] ? (ownPlace(n) ?? '') : ''));
  const followed: Array<[number, string]> = [];
  for (const n of model.nodes) {
    if (!shown[n.index] || place[n.index] !== '' || !FOLLOWS_NEIGHBOURS(n)) continue;
    const votes = new Map<string, number>();
    for (const ei of model.incident[n.index]!) {
      if (!shownEdges[ei]) continue;
      const e = model.edges[ei]!;
      const other = e.source === n.index ? e.target : e.source;
      const p = ownPlace(model.nodes[other]!);
      if (p !== null) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    let best = '';
    let most = 0;
    for (const [p, v] of votes) if (v > most || (v === most && compareStrings(p, best) < 0)) [best, most] = [p, v];
    if (best) followed.push([n.index, best]);
  }
  // decided from own places only, so the order of the nodes does not matter
  for (const [i, p] of followed) place[i] = p;
  return place;
}

/** `position`: where node `i` is drawn now (so the overview sits where the network's parts are). */
export function kreisOverview(
  model: ExplorerModel,
  shown: Uint8Array,
  shownEdges: Uint8Array,
  position: (i: number) => readonly [number, number],
): KreisOverview {
  const place = assignPlaces(model, shown, shownEdges);
  const names = [...new Set(model.nodes.filter((n) => shown[n.index]).map((n) => place[n.index]!))];
  // the Kreise by name, „ohne Ort“ last
  names.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareStrings(a, b)));
  const indexOf = new Map(names.map((p, i) => [p, i]));
  const groups: OverviewGroup[] = names.map((p) => ({
    place: p === '' ? null : p,
    key: p === '' ? NO_PLACE_KEY : `${OVERVIEW_KEY_PREFIX}${p}`,
    nodes: 0,
    actors: 0,
    internalTies: 0,
    x: 0,
    y: 0,
  }));
  const groupOf = new Int32Array(model.nodes.length).fill(-1);
  for (const n of model.nodes) {
    if (!shown[n.index]) continue;
    const gi = indexOf.get(place[n.index]!)!;
    const g = groups[gi]!;
    groupOf[n.index] = gi;
    g.nodes++;
    if (isActorKind(n.kind)) g.actors++;
    const [x, y] = position(n.index);
    g.x += x;
    g.y += y;
  }
  for (const g of groups) {
    g.x /= g.nodes;
    g.y /= g.nodes;
  }
  return { groups, ties: aggregateTies(model, shownEdges, groupOf, groups), groupOf };
}

function aggregateTies(
  model: ExplorerModel,
  shownEdges: Uint8Array,
  groupOf: Int32Array,
  groups: OverviewGroup[],
): OverviewTie[] {
  const weights = new Map<number, number>();
  const n = groups.length;
  for (const e of model.edges) {
    if (!shownEdges[e.index]) continue;
    const a = groupOf[e.source]!;
    const b = groupOf[e.target]!;
    if (a < 0 || b < 0) continue;
    if (a === b) {
      groups[a]!.internalTies++;
      continue;
    }
    const id = Math.min(a, b) * n + Math.max(a, b);
    weights.set(id, (weights.get(id) ?? 0) + 1);
  }
  return [...weights.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([id, weight]) => ({ source: Math.floor(id / n), target: id % n, weight }));
}

/** Sizes on the map: the area grows with the number of actors (a group of projects only still shows). */
export function groupSizes(groups: readonly OverviewGroup[], min = 5, max = 32): number[] {
  const most = groups.reduce((m, g) => Math.max(m, g.actors), 1);
  return groups.map((g) => min + (max - min) * Math.sqrt(g.actors / most));
}

/** Tie widths on the map: 1 px for one tie, up to `max` for the strongest. */
export function tieWidths(ties: readonly OverviewTie[], max = 8): number[] {
  const most = ties.reduce((m, t) => Math.max(m, t.weight), 1);
  return ties.map((t) => 1 + (max - 1) * Math.sqrt((t.weight - 1) / Math.max(1, most - 1)));
}

/** The ties of group `gi` with the other groups, strongest first (for the details panel). */
export function tiesOf(o: KreisOverview, gi: number): Array<{ group: number; weight: number }> {
  const out: Array<{ group: number; weight: number }> = [];
  for (const t of o.ties) {
    if (t.source === gi) out.push({ group: t.target, weight: t.weight });
    else if (t.target === gi) out.push({ group: t.source, weight: t.weight });
  }
  return out.sort((a, b) => b.weight - a.weight || a.group - b.group);
}
