/**
 * What the two compare maps are drawn from, besides the comparison itself: where the main map puts
 * each node, how large, under which name, in which language, and in the geographic arrangement its
 * frame and dots. Kept as a value, so the open maps are drawn again exactly when one of these
 * changes (a switch of the arrangement, a relayout, another size measure, presenter names), and
 * keep their camera when only the look, not the places, changed.
 */
import type { GraphJSON } from '../../model/index.ts';
import { buildExplorerModel, type ExplorerModel } from '../data/explorer-model.ts';
import type { CompareGeo, CompareMapsInput } from '../map/compare-maps.ts';
import { presence } from '../state/compare-subsets.ts';
import type { Language } from '../state/view-state.ts';

/** One side of a comparison: its name and its graph. */
export interface Side {
  name: string;
  graph: GraphJSON;
}

export interface MapLook {
  /** x, y of every node of the main model, by index. */
  coords: Float64Array;
  /** The main map's size of every node, by index. */
  sizes: Float64Array;
  lang: Language;
  geo: CompareGeo | null;
  aliases: ReadonlyMap<string, string> | null;
}

export interface MapLookSource {
  model: ExplorerModel;
  lang(): Language;
  sizeOf(key: string): number;
  positions(): Readonly<Record<string, readonly [number, number]>>;
  geo?(): CompareGeo | null;
  aliases?(): ReadonlyMap<string, string> | null;
}

export function mapLook(src: MapLookSource): MapLook {
  const nodes = src.model.nodes;
  const positions = src.positions();
  const coords = new Float64Array(nodes.length * 2);
  const sizes = new Float64Array(nodes.length);
  for (const n of nodes) {
    const p = positions[n.key];
    coords[2 * n.index] = p ? p[0] : n.x;
    coords[2 * n.index + 1] = p ? p[1] : n.y;
    sizes[n.index] = src.sizeOf(n.key);
  }
  return { coords, sizes, lang: src.lang(), geo: src.geo?.() ?? null, aliases: src.aliases?.() ?? null };
}

const sameArray = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => v === b[i]);

const frameOf = (g: CompareGeo | null) => (g ? [...g.frame.x, ...g.frame.y].join(',') : '');

/** The nodes sit at the same places in the same frame: a camera stays meaningful. */
export function samePlace(a: MapLook, b: MapLook): boolean {
  return frameOf(a.geo) === frameOf(b.geo) && sameArray(a.coords, b.coords);
}

/** Nothing the maps show differs. */
export function sameLook(a: MapLook, b: MapLook): boolean {
  return (
    samePlace(a, b) &&
    a.lang === b.lang &&
    a.aliases === b.aliases &&
    a.geo?.backdrop.dots === b.geo?.backdrop.dots &&
    a.geo?.backdrop.group?.caption === b.geo?.backdrop.group?.caption &&
    sameArray(a.sizes, b.sizes)
  );
}

/** The input of compareMaps for two sides as `look` has the main map: one model of both, at the main map's places. */
export function compareMapsInput(
  main: ExplorerModel,
  look: MapLook,
  a: Side,
  b: Side,
): Omit<CompareMapsInput, 'area' | 'onClose'> {
  const positions: Record<string, [number, number]> = {};
  for (const n of main.nodes) positions[n.key] = [look.coords[2 * n.index]!, look.coords[2 * n.index + 1]!];
  const union: GraphJSON = { nodes: [], edges: [...a.graph.edges, ...b.graph.edges] };
  const seen = new Set<string>();
  for (const n of [...a.graph.nodes, ...b.graph.nodes]) {
    if (seen.has(n.key)) continue;
    seen.add(n.key);
    union.nodes.push(n);
  }
  const model = buildExplorerModel({ name: 'union', graph: union, analysis: null, positions });
  const inA = new Set(a.graph.nodes.map((n) => n.key));
  const inB = new Set(b.graph.nodes.map((n) => n.key));
  return {
    model,
    where: model.nodes.map((n) => presence(inA.has(n.key), inB.has(n.key))),
    nameA: a.name,
    nameB: b.name,
    lang: look.lang,
    // a node only in a second graph file has no size on the main map: the default size
    sizeOf: (key) => look.sizes[main.byKey.get(key) ?? -1] ?? 4,
    geo: look.geo,
    labels: look.aliases,
  };
}
