/**
 * The geographic arrangement "Lage in NRW" (issue 14): every node at the place it belongs to, read
 * from the gazetteer through the same jurisdiction model the Kommune filter and the SGB rules use
 * (analysis/jurisdiction). Pure and deterministic (no DOM, no randomness): same input, same positions.
 *
 * - Projection: equirectangular, x = lon · cos(51.5°), y = lat (sigma's y points up: north is up).
 * - A node with its own coordinates (a place node, an imported point) stays there; a place node
 *   otherwise at the place its name means; an actor at its municipality (a town at its own point,
 *   a Kreis at the centroid of its towns, a kreisfreie Stadt at its own point); a Quartier at its
 *   town (its `municipality`, else the place it is located_in).
 * - A project at the mean of the places it is located_in, else at its municipality, else at the
 *   mean of its placed neighbours; a person (and a project still without a place) at the mean of
 *   its placed neighbours.
 * - Everything else (programmes, funders, organisations without a municipality …) has no place:
 *   one group beside the Land, to the west of its north-west corner ("ohne Ort").
 * - Nodes at one point are spread on a golden-angle spiral (place nodes first, then Quartiere,
 *   then the rest by key); a light collision step then pushes apart nodes of neighbouring towns
 *   that would still cover each other.
 */
import { type AdminMap, jurisdictionOf, nrwAdminMap } from '../analysis/index.ts';
import type { NodeKind } from '../model/index.ts';
import { compareStrings } from '../util/index.ts';

export interface GeoNodeInput {
  key: string;
  kind: NodeKind;
  label: string;
  municipality?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

export interface GeoEdgeInput {
  source: string;
  target: string;
  kind: string;
}

export interface GeoLayout {
  /** Position per node key, in the projection's units. */
  positions: Record<string, [number, number]>;
  /** Keys of the nodes without any place (sorted): the group beside the Land. */
  unplaced: string[];
  /** Centre and outer radius of that group; null when every node has a place. */
  unplacedGroup: { x: number; y: number; radius: number } | null;
  /** All Gemeinden of the gazetteer, projected the same way: the dots that draw the Land. */
  backdrop: Array<[number, number]>;
  /** The box around the backdrop and every position (for framing the map). */
  bounds: { x: [number, number]; y: [number, number] };
}

const COS_LAT = Math.cos((51.5 * Math.PI) / 180);
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Spacing of nodes at one point in projection units (≈ 6 km north–south) for a network of up to 120 nodes. */
const BASE_SPACING = 0.055;
const COLLISION_ROUNDS = 40;

/** Longitude/latitude → map coordinates. */
export function projectLonLat(lon: number, lat: number): [number, number] {
  return [lon * COS_LAT, lat];
}

/** The spacing of nodes at one point: smaller in large networks, so a town's group stays near its town. */
export function geoSpacing(nodeCount: number): number {
  return BASE_SPACING * Math.min(1, Math.sqrt(120 / Math.max(1, nodeCount)));
}

const FOLLOWS_NEIGHBOURS: ReadonlySet<NodeKind> = new Set(['project', 'person', 'district']);
const PLACE_KINDS: ReadonlySet<NodeKind> = new Set(['municipality', 'district']);
const SPREAD_RANK = (kind: NodeKind) => (kind === 'municipality' ? 0 : kind === 'district' ? 1 : 2);

type Point = [number, number];

function mean(points: readonly Point[]): Point | null {
  if (!points.length) return null;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p[0];
    y += p[1];
  }
  return [x / points.length, y / points.length];
}

function placeResolver(map: AdminMap): (name: string | undefined) => Point | null {
  const memo = new Map<string, Point | null>();
  const pointOfId = (id: string): Point | null => {
    const p = map.gazetteer.byId(id);
    if (p?.lat !== undefined && p.lon !== undefined) return projectLonLat(p.lon, p.lat);
    // a Kreis without its own point: the centroid of its towns
    const towns = (map.townsOfKreis.get(id) ?? [])
      .map((t) => map.gazetteer.byId(t))
      .filter((t) => t?.lat !== undefined && t.lon !== undefined);
    return mean(towns.map((t) => projectLonLat(t!.lon!, t!.lat!)));
  };
  return (name) => {
    const n = name?.trim();
    if (!n) return null;
    if (memo.has(n)) return memo.get(n)!;
    const j = jurisdictionOf(map, n);
    const point = j?.known ? pointOfId(j.gemeinde ?? j.kreis) : null;
    memo.set(n, point);
    return point;
  };
}

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Where each node belongs before spreading; null: no place at all. */
function anchors(nodes: readonly GeoNodeInput[], edges: readonly GeoEdgeInput[], map: AdminMap): Array<Point | null> {
  const resolve = placeResolver(map);
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const neighbours: number[][] = nodes.map(() => []);
  const placesOf: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
    if (e.kind === 'located_in') {
      if (PLACE_KINDS.has(nodes[t]!.kind)) placesOf[s]!.push(t);
      else if (PLACE_KINDS.has(nodes[s]!.kind)) placesOf[t]!.push(s);
    }
  }
  const at: Array<Point | null> = nodes.map(() => null);
  // 1. the node's own point, its own name (place nodes) or its municipality (actors)
  nodes.forEach((n, i) => {
    if (finite(n.lat) && finite(n.lon)) at[i] = projectLonLat(n.lon, n.lat);
    else if (n.kind === 'municipality') at[i] = resolve(n.label) ?? resolve(n.municipality);
    else if (n.kind !== 'project' && !(n.kind === 'person' && !n.municipality)) at[i] = resolve(n.municipality);
  });
  // 2. a Quartier without a known town: the place it lies in
  nodes.forEach((n, i) => {
    if (n.kind !== 'district' || at[i]) return;
    at[i] = mean(placesOf[i]!.map((p) => at[p]).filter((p): p is Point => !!p));
  });
  // 3. a project: the places it lies in, else its municipality, else (step 4) its neighbours
  const direct = [...at];
  nodes.forEach((n, i) => {
    if (n.kind !== 'project' || at[i]) return;
    at[i] = mean(placesOf[i]!.map((p) => direct[p]).filter((p): p is Point => !!p)) ?? resolve(n.municipality);
  });
  // 4. projects, persons and Quartiere still without a place follow their placed neighbours (round by round)
  for (let round = 0; round < 4; round++) {
    const before = [...at];
    let changed = false;
    nodes.forEach((n, i) => {
      if (at[i] || !FOLLOWS_NEIGHBOURS.has(n.kind)) return;
      const p = mean(neighbours[i]!.map((j) => before[j]).filter((q): q is Point => !!q));
      if (p) {
        at[i] = p;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return at;
}

/** Nodes at one point on a golden-angle spiral around it (the first one at the point itself). */
function spiral(centre: Point, count: number, spacing: number, out: (k: number, p: Point) => void): void {
  for (let k = 0; k < count; k++) {
    const r = spacing * Math.sqrt(k);
    const a = k * GOLDEN_ANGLE;
    out(k, [centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)]);
  }
}

/** Pushes apart nodes closer than `minDistance` (a uniform grid: fast for 50 000 nodes), in a fixed order. */
function separate(points: Point[], minDistance: number): void {
  const n = points.length;
  if (n < 2) return;
  const cell = minDistance;
  for (let round = 0; round < COLLISION_ROUNDS; round++) {
    const grid = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      const key = `${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      const cx = Math.floor(p[0] / cell);
      const cy = Math.floor(p[1] / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const q = points[j]!;
            let vx = q[0] - p[0];
            let vy = q[1] - p[1];
            let d = Math.hypot(vx, vy);
            if (d >= minDistance * 0.999) continue;
            if (d < 1e-9) {
              // the same point: apart along a direction fixed by the pair
              const a = (i + j) * GOLDEN_ANGLE;
              vx = Math.cos(a);
              vy = Math.sin(a);
              d = 0;
            } else {
              vx /= d;
              vy /= d;
            }
            const push = (minDistance - d) / 2;
            p[0] -= vx * push;
            p[1] -= vy * push;
            q[0] += vx * push;
            q[1] += vy * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}

const round4 = (v: number) => Math.round(v * 10000) / 10000;

/** Positions of the geographic arrangement, the group of nodes without a place, and the Land's dots. */
export function geoLayout(
  nodeList: readonly GeoNodeInput[],
  edges: readonly GeoEdgeInput[],
  map: AdminMap = nrwAdminMap(),
): GeoLayout {
  const nodes = [...nodeList].sort((a, b) => compareStrings(a.key, b.key));
  const at = anchors(nodes, edges, map);
  const spacing = geoSpacing(nodes.length);

  const backdrop: Point[] = map.gazetteer
    .all()
    .filter((p) => p.level === 'gemeinde' && p.lat !== undefined && p.lon !== undefined)
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((p) => projectLonLat(p.lon!, p.lat!));
  const box = { x: [Infinity, -Infinity] as [number, number], y: [Infinity, -Infinity] as [number, number] };
  const extend = (p: Point) => {
    box.x = [Math.min(box.x[0], p[0]), Math.max(box.x[1], p[0])];
    box.y = [Math.min(box.y[0], p[1]), Math.max(box.y[1], p[1])];
  };
  for (const p of backdrop) extend(p);
  for (const p of at) if (p) extend(p);
  if (!Number.isFinite(box.x[0])) {
    box.x = [0, 1];
    box.y = [0, 1];
  }

  // groups of nodes at the same point, in a fixed order: place nodes in the middle, then Quartiere, then by key
  const groups = new Map<string, number[]>();
  const unplacedIdx: number[] = [];
  at.forEach((p, i) => {
    if (!p) {
      unplacedIdx.push(i);
      return;
    }
    const key = `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const points: Point[] = nodes.map(() => [0, 0]);
  const byRank = (a: number, b: number) =>
    SPREAD_RANK(nodes[a]!.kind) - SPREAD_RANK(nodes[b]!.kind) || compareStrings(nodes[a]!.key, nodes[b]!.key);
  for (const members of groups.values()) {
    members.sort(byRank);
    spiral(at[members[0]!]!, members.length, spacing, (k, p) => (points[members[k]!] = p));
  }
  let unplacedGroup: GeoLayout['unplacedGroup'] = null;
  if (unplacedIdx.length) {
    // beside the Land: west of its north-west corner, clear of every dot
    const radius = spacing * Math.sqrt(unplacedIdx.length - 1) + spacing / 2;
    const gap = Math.max(0.15, spacing * 2);
    const centre: Point = [box.x[0] - gap - radius, box.y[1] - radius];
    spiral(centre, unplacedIdx.length, spacing, (k, p) => (points[unplacedIdx[k]!] = p));
    unplacedGroup = { x: round4(centre[0]), y: round4(centre[1]), radius: round4(radius) };
  }
  separate(points, spacing);

  const positions: Record<string, [number, number]> = {};
  nodes.forEach((n, i) => {
    const p: Point = [round4(points[i]![0]), round4(points[i]![1])];
    positions[n.key] = p;
    extend(p);
  });
  return {
    positions,
    unplaced: unplacedIdx.map((i) => nodes[i]!.key),
    unplacedGroup,
    backdrop: backdrop.map((p) => [round4(p[0]), round4(p[1])]),
    bounds: box,
  };
}
